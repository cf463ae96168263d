"""End to end: the research views of the seeds' briefing, read as HTML."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from tests.conftest import REPO

from briefing.build import build
from briefing.project import load_project
from briefing.views.network import EDGE_LIMIT


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("views") / "site"
    build(load_project(REPO), out)
    return out


def _soup(site: Path, path: str) -> BeautifulSoup:
    return BeautifulSoup((site / path).read_text("utf-8"), "lxml")


def _paragraph_text(site: Path, page: str, href: str) -> str:
    """The text of the paragraph a link from ``page`` points to."""
    target, anchor = href.split("#")
    folder = (site / page).parent / target
    article = BeautifulSoup((folder / "index.html").resolve().read_text("utf-8"), "lxml")
    return article.find(id=anchor).get_text()


def _events(site: Path) -> list[tuple[str, str, str]]:
    soup = _soup(site, "timeline/index.html")
    return [
        (
            li.time["datetime"],
            li.select_one(".event-text").get_text(),
            li.select_one(".event-meta a")["href"],
        )
        for li in soup.select(".events li")
    ]


def test_timeline_is_in_time_order_and_grouped_by_year(site: Path):
    soup = _soup(site, "timeline/index.html")
    years = [h2.get_text() for h2 in soup.select("main section h2")]
    assert years == sorted(years)
    dates = [d for d, _, _ in _events(site)]
    assert dates == sorted(dates, key=lambda d: d[:4])
    assert len(dates) >= 30


def test_timeline_holds_the_sco_in_2001_and_the_belt_and_road_in_2013(site: Path):
    events = _events(site)
    sco = [e for e in events if e[0] == "2001" and "organisation were reformulated" in e[1]]
    assert len(sco) == 1
    assert "Shanghai Cooperation Organisation" in _paragraph_text(
        site, "timeline/index.html", sco[0][2]
    )
    bri = [e for e in events if e[0] == "2013" and "unveil his Belt and Road" in e[1]]
    assert len(bri) == 1
    assert "Astana" in _paragraph_text(site, "timeline/index.html", bri[0][2])


def test_timeline_makes_no_event_of_numbers_that_are_not_dates(site: Path):
    texts = [text for _, text, _ in _events(site)]
    assert not any("13,198" in t and "2005" not in t for t in texts)
    assert not any("60 hectares" in t for t in texts)
    assert not any("16,000 troops" in t and "2015" not in t for t in texts)
    assert all(re.fullmatch(r"\d{4}(-\d\d){0,2}", d) for d, _, _ in _events(site))


@pytest.mark.parametrize(
    ("actor", "words", "said"),
    [
        ("stephen-blank", "self-proclaimed ‘sphere of influence’ in Central Asia,", "said Russia"),
        ("paul-goble", "accelerate the decline of Russian influence there,", "added Eurasia"),
        ("paul-stronski", "China’s deft diplomacy", "it is unclear how long this stability"),
        ("vladimir-putin", "needs political stability. Everybody needs to unite", "Mr. Putin said"),
    ],
)
def test_quotes_appear_on_their_speakers_pages_marked_and_linked_to_the_paragraph(
    site: Path, actor: str, words: str, said: str
):
    page = f"actors/{actor}/index.html"
    quotes = _soup(site, page).select("#quotes-heading + ul li")
    assert len(quotes) == 1
    marked = quotes[0].blockquote.select("mark")
    assert len(marked) == 1 and words in marked[0].get_text()
    assert said in quotes[0].blockquote.get_text()  # the whole sentences that hold the words
    link = quotes[0].select_one(".passage-link a")["href"]
    paragraph = " ".join(_paragraph_text(site, page, link).split())
    assert " ".join(quotes[0].blockquote.get_text().split()) in paragraph


def test_quotes_page_lists_every_speaker_and_the_roles_the_sources_give(site: Path):
    soup = _soup(site, "quotes/index.html")
    sections = {
        section.h2.get_text(" ", strip=True): section for section in soup.select("main section")
    }
    assert {
        "Stephen Blank",
        "Paul Goble",
        "Paul Stronski",
        "Vladimir Putin",
        "Mikhail Bogdanov",
        "Chinese defence white papers",
        "China and Russia",
    } <= set(sections)
    assert "Joseph Nye" not in sections  # an argument the text puts in no marks: no quotation
    blank = sections["Stephen Blank"].select_one(".passage-link").get_text()
    assert blank.startswith("Russia expert ·")
    described = sections["Speakers described or unstated"].select(".passage-link")
    speakers = [line.get_text().split(" · ")[0] for line in described]
    assert {"the two countries", "Many in Russia", "the concept", "speaker not stated"} == set(
        speakers
    )


def test_network_has_a_node_per_mentioned_actor_and_the_exported_weights(site: Path):
    actors = json.loads((site / "data" / "actors.json").read_text("utf-8"))
    mentioned = {a["id"] for a in actors if a["articles"]}
    svg = _soup(site, "network/index.html").select_one("figure svg")
    nodes = {a["href"].rstrip("/").split("/")[-1] for a in svg.select("a[href]")}
    assert nodes == mentioned
    exported = {(a["id"], b): n for a in actors for b, n in a["co_mentions"].items()}
    lines = svg.select("line[data-weight]")
    assert len(lines) == len(exported) // 2
    rows = _soup(site, "network/index.html").select("figure table tbody tr")
    tabled = {}
    for row in rows:
        first, second = (a["href"].rstrip("/").split("/")[-1] for a in row.select("a[href]"))
        tabled[frozenset((first, second))] = int(row.select_one("td.num").get_text())
    assert tabled == {frozenset(pair): n for pair, n in exported.items()}
    assert sum(int(line["data-weight"]) for line in lines) == sum(exported.values()) // 2


def test_an_actor_page_draws_its_own_edges_and_the_strongest_others(site: Path):
    actors = {a["id"]: a for a in json.loads((site / "data" / "actors.json").read_text("utf-8"))}
    figure = _soup(site, "actors/china/index.html").select_one("figure.network")
    assert figure.has_attr("data-pagefind-ignore")
    lines = figure.select("svg line[data-weight]")
    assert len(lines) == EDGE_LIMIT == len(figure.select("details tbody tr"))
    spokes = {ln["data-b"]: int(ln["data-weight"]) for ln in lines if ln["data-a"] == "china"}
    partners = len(figure.select("svg a.node")) - 1  # every actor drawn but China
    assert len(spokes) == partners and partners < len(actors["china"]["co_mentions"])
    assert all(actors["china"]["co_mentions"][b] == n for b, n in spokes.items())
    others = [int(line["data-weight"]) for line in lines if line["data-a"] != "china"]
    assert min(others) >= 1 and "most shared of" in figure.select_one("details summary").get_text()


def test_matrix_cells_sum_to_the_passages_on_the_theme_pages(site: Path):
    soup = _soup(site, "themes/index.html")
    table = soup.select_one("table")
    headers = [a["href"] for a in table.select("thead a[href]")]
    assert headers
    for column, href in enumerate(headers):
        theme_id = href.rstrip("/").split("/")[-1]
        cells = [row.find_all("td")[column] for row in table.select("tbody tr")]
        total = sum(int(cell.get_text(strip=True) or 0) for cell in cells)
        theme = _soup(site, f"themes/{theme_id}/index.html")
        listed = len(theme.select(".compare .passages li"))
        assert total == listed, theme_id


def test_feeds_per_actor_and_theme_are_linked_from_their_pages(site: Path):
    for page in ("actors/sco/index.html", "themes/security-cooperation/index.html"):
        soup = _soup(site, page)
        alternate = soup.select_one('link[rel="alternate"][href$="feed.xml"][title*=":"]')
        assert alternate is not None
        assert (site / page).with_name("feed.xml").is_file()


# The seeds' BibTeX, read off their pages by hand: key, then the fields.
BIBTEX_GOLD = {
    "dragon2015": {
        "title": "{A Dragon and a Bear: Sino-Russian Rapprochement in Central Asia}",
        "year": "2015",
        "month": "jun",
        "language": "en",
    },
    "china": {
        "title": "{China and Russia are as much allies as they are rivals.}",
        "year": "n.d.",
        "language": "en",
    },
    "valerio2021undercurrents": {
        "title": "{Undercurrents in Russia-China Bonhomie}",
        "howpublished": "Valerio Fabbri's Blog",
        "year": "2021",
        "month": "dec",
        "language": "en",
    },
    "indeo2018russia": {
        "author": "Fabio Indeo",
        "title": "{Russia-China military cooperation in Central Asia: A Temporary Convergence "
        "of Strategic Interests}",
        "howpublished": "ISPI",
        "year": "2018",
        "month": "dec",
        "url": "https://www.ispionline.it/it/pubblicazione/russia-china-military-cooperation-"
        "central-asia-temporary-convergence-strategic-interests-21832",
        "language": "en",
    },
    "wanirussia": {
        "author": "David Ceasar Wani",
        "title": "{Russia-China relations: Engagement abilities in managing their differences "
        "in Central Asia}",
        "year": "n.d.",
        "language": "en",
    },
}


def test_the_seeds_bibtex_is_the_hand_gold_and_parses(site: Path):
    import bibtexparser

    library = bibtexparser.parse_string((site / "data" / "briefing.bib").read_text("utf-8"))
    assert library.failed_blocks == []
    found = {e.key: {f.key: f.value for f in e.fields} for e in library.entries}
    assert found == BIBTEX_GOLD


def test_the_seeds_csl_json_and_ris_name_the_same_works(site: Path):
    items = json.loads((site / "data" / "briefing.json").read_text("utf-8"))
    assert sorted(item["id"] for item in items) == sorted(BIBTEX_GOLD)
    ris = (site / "data" / "briefing.ris").read_text("utf-8")
    assert ris.count("TY  - ELEC") == ris.count("ER  - ") == len(BIBTEX_GOLD)


def test_cite_this_gives_text_and_bibtex_and_no_access_date_the_seed_does_not_state(site: Path):
    soup = _soup(site, "articles/russia-china-military-cooperation-in-central-asia/index.html")
    text = soup.select_one("#cite-text").get_text()
    assert text.startswith("Fabio Indeo. “Russia-China military cooperation in Central Asia")
    assert "ISPI, 21 December 2018." in text
    assert "Accessed" not in text  # when ingest ran is not when the source was read
    bibtex = soup.select_one("#cite-bibtex").get_text()
    assert "urldate" not in bibtex
    assert bibtex.startswith("@misc{indeo2018russia,")
    assert bibtex in (site / "data" / "briefing.bib").read_text("utf-8")


def test_briefing_pack_holds_every_part(site: Path):
    soup = _soup(site, "print/index.html")
    ids = {element["id"] for element in soup.select("[id]")}
    assert {"pack-sources", "pack-matrix", "pack-timeline", "pack-themes", "pack-articles"} <= ids
    assert len(soup.select(".pack-article")) == 5


def test_qa_page_lists_findings_with_links(site: Path):
    soup = _soup(site, "qa/index.html")
    assert soup.select_one("#silent-alias") is not None
    assert soup.select("main section li a[href]")


def test_a_big_briefings_pack_prints_the_newest_texts_and_counts_the_rest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    from briefing import pages

    monkeypatch.setattr(pages, "PACK_TEXTS", 2)
    monkeypatch.setattr(pages, "COMPARED_SOURCES", 1)
    build(load_project(REPO), tmp_path / "site", use_cache=False)
    soup = _soup(tmp_path / "site", "print/index.html")
    texts = [a.select_one("h3").get_text() for a in soup.select(".pack-article")]
    sources = [li.get_text() for li in soup.select("#pack-sources ~ ol > li")]
    assert len(texts) == 2 and len(sources) == 5
    assert [source.split(" — ")[0] for source in sources[:2]] == texts
    assert soup.select("#pack-sources ~ ol > li")[2].select_one("a") is None
    note = soup.select_one("#pack-articles ~ .pack-more").get_text()
    assert note.startswith("The 2 newest of the 5 articles, in full")
    for theme in soup.select(".pack-theme"):
        assert len(theme.select("h4")) == 1
    more = [p.get_text() for p in soup.select(".pack-theme .pack-more")]
    assert more and all(
        re.match(r"\d+ more sources? treats? this theme, with \d+", m) for m in more
    )
    rows = soup.select("#matrix-print tbody tr")
    assert [row.select_one("th").get_text() for row in rows] == texts
    printed = _slugs_of(soup, texts)
    section = soup.select_one(".pack-section:has(#pack-timeline)")
    events = {a["href"] for a in section.select(".event-meta > a:first-child")}
    assert events and all(any(f"/{slug}/" in href for slug in printed) for href in events)


def _slugs_of(soup: BeautifulSoup, titles: list[str]) -> set[str]:
    return {
        a["href"].removeprefix("#article-")
        for a in soup.select("#pack-sources ~ ol > li > a[href]")
        if a.get_text() in titles
    }


def test_a_big_briefings_home_shows_the_newest_sources_and_links_to_all(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    from briefing import pages

    monkeypatch.setattr(pages, "HOME_SOURCES", 2)
    build(load_project(REPO), tmp_path / "site", use_cache=False)
    soup = _soup(tmp_path / "site", "index.html")
    cards = [li.select_one("h3").get_text() for li in soup.select("#sources-heading ~ .cards > li")]
    assert len(cards) == 2
    assert soup.select_one("#sources-heading ~ .more-link").get_text().startswith("All 5 articles")
    rows = [row.select_one("th").get_text() for row in soup.select("#matrix-home tbody tr")]
    assert rows == cards
    themes_page = _soup(tmp_path / "site", "themes/index.html")
    assert len(themes_page.select("table.matrix tbody tr")) == 5


def test_feeds_hold_the_newest_articles_of_their_actor_or_theme_newest_first(monkeypatch):
    from briefing import feeds
    from briefing.build import load_briefing

    project = load_project(REPO)
    briefing, _ = load_briefing(project)
    monkeypatch.setattr(feeds, "FEED_SIZE", 2)
    planned = {page.url: page for page in feeds.feed_pages(briefing, project.config, [])}
    checked = 0
    for actor_id, postings in briefing.actor_articles.items():
        slugs = {slug for slug, _ in postings}
        mine = [w for w in briefing.articles if w.slug in slugs]  # briefing order: newest first
        feed = planned[f"/actors/{actor_id}/feed.xml"].context
        assert feed["entries"] == mine[:2]
        dated = [w.article.date for w in mine if w.article.date]
        assert feed["updated"] == max(dated, default=feeds.EPOCH)
        checked += len(mine) > 2
    assert checked  # some actors have more articles than the feed holds
    assert planned["/feed.xml"].context["entries"] == list(briefing.articles[:2])


def test_an_actor_page_shows_its_most_recent_events(site: Path):
    from briefing.build import load_briefing

    _, research = load_briefing(load_project(REPO))
    events = research.actor_events["china"]
    soup = _soup(site, "actors/china/index.html")
    shown = [t["datetime"] for t in soup.select("#chronology-heading ~ ol.events time")]
    assert len(events) > 12
    assert shown == [event.date.iso for event in events[-12:]]  # the newest, oldest first
    note = soup.select_one("#chronology-heading ~ p.meta").get_text(" ", strip=True)
    assert note == f"The 12 most recent of {len(events)} events."
