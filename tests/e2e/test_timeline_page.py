"""End to end: the seeds' timeline page, read as HTML.

Each sentence shows once, the years come in order, every event links to the
paragraph that states it, and what the filters read (data attributes, the
form's options, the index) is what the event's article, actors and themes are.
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from bs4 import BeautifulSoup, Tag
from tests.conftest import FIXTURES, REPO

from briefing.commands.build import build, load_briefing
from briefing.load.project import load_project
from briefing.model import Entry, Research
from briefing.output.linkcheck import check_site
from briefing.site import pages

TIMELINE = "timeline/index.html"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(load_project(REPO), tmp_path_factory.mktemp("timeline") / "site").out


@pytest.fixture(scope="module")
def research() -> Research:
    return load_briefing(load_project(REPO))[1]


def _soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text("utf-8"), "lxml")


@dataclass(frozen=True)
class Row:
    year: str
    id: str
    reference: bool
    text: str  # the sentence; a reference row has none
    marked: tuple[str, ...]
    links: tuple[str, ...]  # of its meta line, in order
    source: str
    actors: tuple[str, ...]
    themes: tuple[str, ...]
    tag: Tag


def _rows(soup: BeautifulSoup) -> list[Row]:
    return [
        Row(
            year=group.select_one(".chrono-label").get_text(),
            id=li["id"],
            reference="event-ref" in li["class"],
            text=text.get_text() if (text := li.select_one(".event-sentence")) else "",
            marked=tuple(mark.get_text() for mark in li.select("mark")),
            links=tuple(a["href"] for a in li.select(".event-meta a")),
            source=li["data-source"],
            actors=tuple(li["data-actors"].split()),
            themes=tuple(li["data-themes"].split()),
            tag=li,
        )
        for group in soup.select(".chronology .chrono-year")
        for li in group.select(".events > li")
    ]


def _entry(research: Research, row: Row) -> Entry:
    entry = research.entries[int(row.id[1:].split("-")[0]) - 1]
    assert entry.anchor == row.id.split("-")[0]
    return entry


def test_each_sentence_shows_once_and_each_date_has_a_row(site: Path, research: Research):
    rows = _rows(_soup(site / TIMELINE))
    sentences = [row for row in rows if not row.reference]
    assert len(sentences) == len(research.entries) < len(research.events)
    assert len({row.text for row in sentences}) == len(sentences)
    assert len(rows) == len(research.events)  # the other dates, as references
    shown = {(row.links[0], row.text) for row in sentences}
    stated = {
        (f"../articles/{e.event.slug}/#{e.event.passage.anchor}", e.event.text)
        for e in research.entries
    }
    assert shown == stated
    treaty = [row for row in sentences if "“constructive partnership”" in row.text]
    assert len(treaty) == 1 and treaty[0].year == "1992"
    assert treaty[0].marked == ("1992", "1996", "2001")


def _in_time(key: str) -> tuple[int, bool]:
    if key == "Undated":
        return (10_000, True)  # after every year
    return (int(key[:4]), not key.endswith("s"))  # a decade before its first year


def test_years_come_once_each_in_time_order_and_the_nav_lists_them(site: Path):
    soup = _soup(site / TIMELINE)
    headings = soup.select(".chronology .chrono-label")
    keys = [h.get_text() for h in headings]
    assert keys == sorted(set(keys), key=_in_time) and len(keys) > 20
    nav = [a["href"] for a in soup.select("nav.timeline-nav a")]
    assert nav == [f"#{heading['id']}" for heading in headings]
    for group in soup.select(".chronology .chrono-year"):
        precise = [t["datetime"] for t in group.select("time.event-date")]
        assert precise == sorted(precise)
        assert all(p.startswith(group.h2.get_text()[:3]) for p in precise)


def _paragraph(site: Path, href: str) -> str:
    target, anchor = href.split("#")
    article = _soup((site / "timeline" / target / "index.html").resolve())
    paragraph = article.find(id=anchor)
    assert paragraph is not None and paragraph.name == "p", href
    return " ".join(paragraph.get_text().split())


def test_every_sentence_links_to_the_paragraph_that_states_it(site: Path):
    for row in _rows(_soup(site / TIMELINE)):
        if row.reference:
            continue
        assert re.fullmatch(r"\.\./articles/[a-z0-9-]+/#p-\d+", row.links[0])
        words = " ".join(row.text.strip("…").split())
        assert words in _paragraph(site, row.links[0])
        assert row.source == row.links[0].split("/")[2]


def test_every_date_is_marked_in_its_sentence(site: Path):
    for row in _rows(_soup(site / TIMELINE)):
        if not row.reference:
            assert row.marked, row.text
            in_words = row.year == "Undated" or "dated from the article" in row.tag.get_text()
            assert in_words or any(row.year.removesuffix("s") in mark for mark in row.marked)


def test_other_dates_lead_to_a_row_in_their_year_that_leads_back(site: Path):
    rows = {row.id: row for row in _rows(_soup(site / TIMELINE))}
    checked = 0
    for row in rows.values():
        if row.reference:
            continue
        for also in row.tag.select(".event-meta a[href^='#']"):
            target = rows[also["href"][1:]]
            assert target.reference and target.links == (f"#{row.id}",)
            assert also.get_text().endswith(target.year.removesuffix("s"))
            assert (target.source, target.actors, target.themes) == (
                row.source, row.actors, row.themes
            )  # fmt: skip
            checked += 1
    assert checked == sum(row.reference for row in rows.values()) > 0


def test_filter_data_are_the_events_article_actors_and_themes(site: Path, research: Research):
    for row in _rows(_soup(site / TIMELINE)):
        passage = _entry(research, row).event.passage
        assert (row.source, row.actors, row.themes) == (
            passage.slug, passage.actors, passage.themes
        )  # fmt: skip
        if not row.reference:
            shown = [a["href"].split("/")[-2] for a in row.tag.select(".event-meta a.actor")]
            assert shown == list(passage.actors[:6])


@pytest.mark.parametrize(("kind", "attribute"), [("source", "source"), ("actor", "actors"),
                                                 ("theme", "themes")])  # fmt: skip
def test_the_filters_and_the_index_list_each_ones_events(site: Path, kind: str, attribute: str):
    soup = _soup(site / TIMELINE)
    rows = [row for row in _rows(soup) if not row.reference]

    def holding(value: str) -> list[str]:
        return [row.id for row in rows if value in _values(row, attribute)]

    select = soup.select_one(f"form.timeline-filter select#filter-{kind}")
    assert soup.select_one(f"label[for=filter-{kind}]")
    options = select.select("option")
    assert options[0]["value"] == ""
    assert {o["value"] for o in options[1:]} == {v for row in rows for v in _values(row, attribute)}
    for option in options[1:]:
        assert option.get_text().endswith(f"({len(holding(option['value']))})")
    index = soup.select(".timeline-index .facet-index")[["source", "actor", "theme"].index(kind)]
    listed = index.select(":scope > li")
    assert len(listed) == len(options) - 1
    for item in listed:
        name, *dates = item.select("a")
        value = name["href"].rstrip("/").split("/")[-1]
        assert [a["href"] for a in dates] == [f"#{row_id}" for row_id in holding(value)]


def _values(row: Row, attribute: str) -> tuple[str, ...]:
    return (row.source,) if attribute == "source" else getattr(row, attribute)


def test_without_javascript_the_form_is_hidden_and_the_script_comes_from_the_site(site: Path):
    soup = _soup(site / TIMELINE)
    assert soup.select_one("form.timeline-filter").has_attr("hidden")
    assert [s["src"] for s in soup.select("script[src]")] == ["../assets/timeline.js"]
    assert (site / "assets" / "timeline.js").is_file()


UNDATED_ARTICLE = "china-and-russia-are-as-much-allies-as-they-are-rivals"


@pytest.mark.parametrize("paged", [False, True])
def test_undated_events_come_last_and_relative_dates_say_how_they_were_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, paged: bool, research: Research
):
    """The seeds state events in relative words: "renewed this year" in an article dated
    2021, "this week" and "last month" in an undated one."""
    if paged:
        monkeypatch.setattr(pages, "TIMELINE_EVENTS", 10)
    site = build(load_project(REPO), tmp_path / "site", use_cache=False).out
    assert check_site(site) == []
    if paged:
        page = _soup(site / "timeline" / "undated" / "index.html")
        assert page.h1.get_text() == "Undated"
        assert "only in relative words" in page.select_one(".lede").get_text()
        rows = _rows(page)
        renewed = _rows(_soup(site / "timeline" / "2001" / "index.html"))
    else:
        soup = _soup(site / TIMELINE)
        assert soup.select("nav.timeline-nav a")[-1]["href"] == "#undated"
        rows = _rows(soup)
        renewed = rows
    undated = [row for row in rows if row.year == "Undated"]
    expected = [e for e in research.events if e.date is None]
    assert rows[-len(undated) :] == undated and len(undated) == len(expected) >= 4
    assert [row.marked for row in undated] == [(e.relative,) for e in expected]
    assert all(row.source == UNDATED_ARTICLE for row in undated)
    week = next(row for row in undated if row.marked == ("this week",))
    assert "“this week”, in an undated article" in week.tag.get_text()
    treaty = next(row for row in renewed if "renewed this year" in row.text)
    assert treaty.year == "2001" and treaty.marked == ("2001", "this year")
    meta = " ".join(treaty.tag.select_one(".event-meta").get_text().split())
    assert "also 2021 (“this year”, dated from the article)" in meta


def test_a_sentences_other_date_in_its_own_year_is_named_and_not_linked(tmp_path: Path):
    """A sentence dating two events of one year is one row: its other date is named in
    it, with no link to a row that is not there; the site's check finds no broken link."""
    root = tmp_path / "mini"
    shutil.copytree(FIXTURES / "mini", root)
    alpha = root / "content/articles/alpha.md"
    twice = "China remained Russia's largest partner in January-September 2019."
    alpha.write_text(f"{alpha.read_text('utf-8')}\n{twice}\n", "utf-8")
    site = build(load_project(root), use_cache=False).out
    (row,) = [row for row in _rows(_soup(site / TIMELINE)) if "largest" in row.tag.get_text()]
    meta = row.tag.select_one(".event-meta").get_text(" ", strip=True)
    assert "also September 2019" in meta
    assert row.tag.select(".event-meta a[href^='#']") == []
    assert check_site(site) == []
