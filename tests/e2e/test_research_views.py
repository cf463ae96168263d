"""End to end: the research views of the seeds' briefing, read as HTML."""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import urljoin

import pytest
from bs4 import BeautifulSoup, Tag
from tests.conftest import REPO

from briefing.commands.build import build
from briefing.load.project import load_project
from briefing.views.network import DRAWN, EDGE_LIMIT
from briefing.views.network_labels import ASCENT, DESCENT, FONT_SIZE, LINE_HEIGHT, text_width


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
    """Each sentence of the timeline: its date, its text and the link to its paragraph."""
    soup = _soup(site, "timeline/index.html")
    return [
        (
            li.time["datetime"] if li.time else year.h2.get_text().removesuffix("s"),
            li.select_one(".event-sentence").get_text(),
            li.select_one(".event-meta a")["href"],
        )
        for year in soup.select(".chronology .chrono-year")
        for li in year.select(".events > li:not(.event-ref)")
    ]


def test_timeline_is_in_time_order_and_grouped_by_year(site: Path):
    soup = _soup(site, "timeline/index.html")
    years = [h2.get_text() for h2 in soup.select(".chronology h2")]
    assert years == sorted(years) and len(years) == len(set(years))
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
    dates = [d for d, _, _ in _events(site)]
    assert all(re.fullmatch(r"\d{4}(-\d\d){0,2}|\d{4}-W\d\d|Undated", d) for d in dates)


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


def _actors(site: Path) -> dict[str, dict]:
    return {a["id"]: a for a in json.loads((site / "data" / "actors.json").read_text("utf-8"))}


def _last_part(href: str) -> str:
    return href.rstrip("/").split("/")[-1]


def _network(site: Path, page: str) -> Tag | None:
    """The page's network figure, its links made absolute (an actor's own page links "./")."""
    figure = _soup(site, page).select_one("figure.network")
    for link in figure.select("a[href]") if figure else ():
        link["href"] = urljoin("/" + page, link["href"])
    return figure


def _label_lines(text: Tag) -> list[str]:
    return [line.get_text() for line in text.find_all("tspan") or [text]]


def _label_box(text: Tag, bold: bool) -> tuple[float, float, float, float]:
    """Where a drawn label's glyphs may reach, estimated as the layout estimates it."""
    lines = _label_lines(text)
    width = max(text_width(line, bold) for line in lines)
    x, y = float(text["x"]), float(text["y"])
    left = {"start": x, "middle": x - width / 2, "end": x - width}[text["text-anchor"]]
    top = y - ASCENT * FONT_SIZE
    bottom = y + ((len(lines) - 1) * LINE_HEIGHT + DESCENT) * FONT_SIZE
    return (left, top, left + width, bottom)


def _overlap(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return min(a[2], b[2]) > max(a[0], b[0]) + 0.05 and min(a[3], b[3]) > max(a[1], b[1]) + 0.05


def _check_drawing(figure: Tag) -> dict[str, str]:
    """The drawn actors' names by id, once every label is whole, in bounds and clear of the
    other labels and nodes."""
    svg = figure.select_one("svg")
    _, _, width, height = (float(v) for v in svg["viewbox"].split())
    assert (float(svg["width"]), float(svg["height"])) == (width, height)
    assert width <= 704  # the page's column, 44rem: on a desktop the drawing is never scaled
    nodes = svg.select("a.node")
    assert 1 <= len(nodes) <= DRAWN
    names, boxes, discs = {}, [], []
    for node in nodes:
        circle, text = node.circle, node.find("text")
        name = node.title.get_text().rsplit(" (", 1)[0]
        names[_last_part(node["href"])] = name
        assert " ".join(_label_lines(text)) == name  # the whole name, never cut
        assert "".join(text.find_all(string=True)) == "".join(_label_lines(text))
        cx, cy, r = (float(circle[k]) for k in ("cx", "cy", "r"))
        discs.append((cx - r, cy - r, cx + r, cy + r))
        boxes.append(_label_box(text, "is-focus" in node["class"]))
    for box in boxes + discs:
        assert box[0] >= 0 and box[1] >= 0 and box[2] <= width and box[3] <= height
    for i, box in enumerate(boxes):
        assert not any(_overlap(box, other) for other in boxes[i + 1 :]), names
        assert not any(_overlap(box, disc) for j, disc in enumerate(discs) if j != i), names
    return names


def _table(figure: Tag, kind: str) -> list[list[Tag]]:
    return [row.find_all("td") for row in figure.select(f"table.network-{kind} tbody tr")]


def test_the_network_page_draws_the_most_mentioned_and_tables_every_actor_and_pair(site: Path):
    actors = _actors(site)
    mentions = {a: sum(data["articles"].values()) for a, data in actors.items() if data["articles"]}
    figure = _network(site, "network/index.html")
    drawn = _check_drawing(figure)
    assert len(drawn) == DRAWN < len(mentions)
    assert min(mentions[a] for a in drawn) >= max(mentions[a] for a in mentions if a not in drawn)
    assert all(actors[a]["name"] == name for a, name in drawn.items())
    count = figure.select_one(".network-count").get_text()
    assert count.startswith(f"The {DRAWN} most mentioned of {len(mentions)} actors are drawn.")
    rows = _table(figure, "actors")
    assert {_last_part(r[0].a["href"]): int(r[2].get_text()) for r in rows} == mentions
    assert {_last_part(r[0].a["href"]) for r in rows if r[3].get_text() == "yes"} == set(drawn)
    exported = {frozenset((a, b)): n for a in actors for b, n in actors[a]["co_mentions"].items()}
    tabled = {
        frozenset(_last_part(a["href"]) for a in row[0].select("a") + row[1].select("a")): int(
            row[2].get_text()
        )
        for row in _table(figure, "pairs")
    }
    assert tabled == exported
    lines = figure.select("svg line[data-weight]")
    assert len(lines) == EDGE_LIMIT
    for line in lines:
        assert {line["data-a"], line["data-b"]} <= set(drawn)
        assert exported[frozenset((line["data-a"], line["data-b"]))] == int(line["data-weight"])


def test_an_actor_page_draws_its_strongest_partners_and_tables_them_all(site: Path):
    actors = _actors(site)
    partners = actors["china"]["co_mentions"]
    figure = _network(site, "actors/china/index.html")
    assert figure.has_attr("data-pagefind-ignore")
    drawn = _check_drawing(figure)
    assert len(drawn) == DRAWN < len(partners) + 1
    assert figure.select_one("a.node.is-focus")["href"] == "/actors/china/"
    weakest = min(partners[a] for a in drawn if a != "china")
    assert all(n <= weakest for a, n in partners.items() if a not in drawn)
    lines = figure.select("svg line[data-weight]")
    assert len(lines) == EDGE_LIMIT
    spokes = {ln["data-b"]: int(ln["data-weight"]) for ln in lines if ln["data-a"] == "china"}
    assert spokes == {a: n for a, n in partners.items() if a in drawn}
    rows = _table(figure, "actors")
    assert _last_part(rows[0][0].a["href"]) == "china"
    assert {_last_part(r[0].a["href"]) for r in rows} == {"china", *partners}
    tabled = {
        (_last_part(row[0].a["href"]), _last_part(row[1].a["href"])): int(row[2].get_text())
        for row in _table(figure, "pairs")
    }
    assert {b: n for (a, b), n in tabled.items() if a == "china"} == partners
    assert all(a in drawn and b in drawn for a, b in tabled if a != "china")


def test_every_actor_page_draws_a_readable_network(site: Path):
    for actor, data in _actors(site).items():
        figure = _network(site, f"actors/{actor}/index.html")
        if not data["co_mentions"]:
            assert figure is None
            continue
        drawn = _check_drawing(figure)
        assert actor in drawn and len(drawn) == min(DRAWN, 1 + len(data["co_mentions"]))


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
    "fabbri2021undercurrents": {
        "author": "Valerio Fabbri",
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
    from briefing.site import pages

    monkeypatch.setattr(pages, "PACK_TEXTS", 2)
    monkeypatch.setattr(pages, "COMPARED_SOURCES", 1)
    build(load_project(REPO), tmp_path / "site", use_cache=False)
    soup = _soup(tmp_path / "site", "print/index.html")
    texts = [a.select_one("h3").get_text() for a in soup.select(".pack-article")]
    sources = [li.get_text() for li in soup.select("#pack-sources ~ ol > li")]
    assert len(texts) == 2
    assert [source.split(" — ")[0] for source in sources] == texts
    note = soup.select_one("#pack-sources ~ .pack-more").get_text()
    assert note.startswith("The 2 newest of the 5 sources, printed in full below.")
    assert "This pack leaves out the other 3: the articles page lists them all." in note
    note = soup.select_one("#pack-articles ~ .pack-more").get_text()
    assert note == "The 2 newest of the 5 articles, in full; the articles page lists the other 3."
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
    assert not section.select(".event-ref")
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
    from briefing.site import pages

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
    from briefing.commands.build import load_briefing
    from briefing.site import feeds

    project = load_project(REPO)
    briefing, _ = load_briefing(project)
    monkeypatch.setattr(feeds, "FEED_SIZE", 2)
    planned = {page.url: page for page in feeds.feed_pages(briefing, project.config, [])}
    checked = 0
    for actor_id, postings in briefing.actor_articles.items():
        slugs = {slug for slug, _ in postings}
        mine = [w for w in briefing.articles if w.slug in slugs]  # briefing order: newest first
        feed = planned[f"/actors/{actor_id}/feed.xml"].planned().context
        assert feed["entries"] == mine[:2]
        dated = [w.article.date for w in mine if w.article.date]
        assert feed["updated"] == max(dated, default=feeds.EPOCH)
        checked += len(mine) > 2
    assert checked  # some actors have more articles than the feed holds
    assert planned["/feed.xml"].planned().context["entries"] == list(briefing.articles[:2])


def test_an_actor_page_shows_its_most_recent_events(site: Path):
    from briefing.commands.build import load_briefing

    _, research = load_briefing(load_project(REPO))
    events = [e for e in research.actor_entries["china"] if e.event.date]  # undated: not recent
    soup = _soup(site, "actors/china/index.html")
    shown = [
        li.select_one(".event-meta a")["href"].split("/articles/")[1]
        for li in soup.select("#chronology-heading ~ .chronology .events > li")
    ]
    assert len(events) > 12
    assert not soup.select("#chronology-heading ~ .chronology .event-ref")
    newest = [f"{e.event.slug}/#{e.event.passage.anchor}" for e in events[-12:]]
    assert shown == newest  # the newest sentences, oldest first
    years = [h3.get_text() for h3 in soup.select("#chronology-heading ~ .chronology h3")]
    assert years == list(dict.fromkeys(entry.key for entry in events[-12:]))
    note = soup.select_one("#chronology-heading ~ p.meta").get_text(" ", strip=True)
    assert note == f"The 12 most recent of the {len(events)} sentences that date events."
    more = soup.select_one("#chronology-heading ~ p > a")
    assert more.get_text() == f"All {len(research.actor_entries['china'])} in the timeline"
    assert more["href"] == "../../timeline/?actor=china"
