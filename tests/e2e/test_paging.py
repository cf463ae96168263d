"""End to end: a long timeline gets a page per year, and many quotes are cut into pages.

The seeds' briefing is built twice: as it is, on one page each, and with low
limits, so that the same events and quotes must all show on the pages made.
"""

from __future__ import annotations

import posixpath
from pathlib import Path
from types import SimpleNamespace

import pytest
from bs4 import BeautifulSoup
from tests.conftest import REPO

from briefing.commands.build import build
from briefing.load.project import load_project
from briefing.output.linkcheck import check_site
from briefing.site import pages

PER_PAGE = 4


def _build(out: Path) -> Path:
    return build(load_project(REPO), out, use_cache=False).out


@pytest.fixture(scope="module")
def whole(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _build(tmp_path_factory.mktemp("whole") / "site")


@pytest.fixture(scope="module")
def paged(tmp_path_factory: pytest.TempPathFactory) -> Path:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pages, "TIMELINE_EVENTS", 10)
        patch.setattr(pages, "QUOTES_PER_PAGE", PER_PAGE)
        return _build(tmp_path_factory.mktemp("paged") / "site")


def _soup(site: Path, path: str) -> BeautifulSoup:
    return BeautifulSoup((site / path).read_text("utf-8"), "lxml")


def _events(soup: BeautifulSoup) -> list[tuple[str, str, str]]:
    """Each row of a timeline page: its year, its id, and its sentence or where that is."""
    return [
        (
            year.h2.get_text(),
            li["id"],
            (li.select_one(".event-text") or li.select_one(".event-meta a")).get_text(),
        )
        for year in soup.select(".chronology .chrono-year")
        for li in year.select(".events > li")
    ]


def _year_pages(site: Path) -> list[str]:
    """The year pages, in the order the overview lists them."""
    links = _soup(site, "timeline/index.html").select("main .timeline-years a[href]")
    return [link["href"].strip("./").split("/")[-1] for link in links]


def test_a_short_timeline_stays_on_one_page(whole: Path):
    assert _events(_soup(whole, "timeline/index.html"))
    assert [p.parent.name for p in (whole / "timeline").rglob("index.html")] == ["timeline"]


def test_a_long_timeline_has_a_page_per_year_holding_every_event_once(whole: Path, paged: Path):
    years = _year_pages(paged)
    assert len(years) > 5 and "2018" in years
    overview = _soup(paged, "timeline/index.html")
    assert overview.select(".events li") == []  # the overview lists years only
    assert not overview.select("form.timeline-filter, script[src*=timeline]")
    counts = [int(c.get_text().split()[0]) for c in overview.select(".timeline-years .count")]
    found = []
    for year, count in zip(years, counts, strict=True):
        page = _soup(paged, f"timeline/{year}/index.html")
        assert page.h1.get_text().lower() == year  # "undated" for the Undated
        events = _events(page)
        assert len(events) == count and {shown.lower() for shown, _, _ in events} == {year}
        found += events
    sentences = [(year, row, text) for year, row, text in found if "-" not in row]
    assert found == _events(_soup(whole, "timeline/index.html"))
    assert len(sentences) == len({text for _, _, text in sentences})  # each on one page only


def test_year_pages_link_to_the_years_before_and_after(paged: Path):
    years = _year_pages(paged)
    for number, year in enumerate(years):
        page = _soup(paged, f"timeline/{year}/index.html")
        earlier = page.select_one("nav.pager a[rel=prev]")
        later = page.select_one("nav.pager a[rel=next]")
        assert (earlier["href"] if earlier else None) == (
            f"../{years[number - 1]}/" if number else None
        )
        assert (later["href"] if later else None) == (
            f"../{years[number + 1]}/" if number + 1 < len(years) else None
        )


def _quote_pages(site: Path) -> list[BeautifulSoup]:
    """The pages of quotes, in the order the first page's pager lists them."""
    first = _soup(site, "quotes/index.html")
    pager = first.select_one("nav.pager")
    targets = [a["href"] for a in pager.select("a[href]")] if pager else ["./"]
    return [_soup(site, posixpath.join(posixpath.normpath(f"quotes/{t}"), "index.html"))
            for t in targets]  # fmt: skip


def _quotes(soup: BeautifulSoup) -> list[tuple[str, str]]:
    return [
        (section.h2.get_text().replace(" (continued)", ""), li.blockquote.get_text())
        for section in soup.select("main section.speaker")
        for li in section.select("li")
    ]


def test_many_quotes_are_cut_into_pages_holding_each_once_in_order(whole: Path, paged: Path):
    assert len(_quote_pages(whole)) == 1
    found = []
    quote_pages = _quote_pages(paged)
    assert len(quote_pages) > 1
    for number, page in enumerate(quote_pages, 1):
        quotes = _quotes(page)
        assert 0 < len(quotes) <= PER_PAGE
        current = page.select("nav.pager a[aria-current=page]")
        assert [a.get_text() for a in current] == [str(number)] * 2  # above and below
        found += quotes
    assert found == _quotes(_soup(whole, "quotes/index.html"))


def test_a_speaker_cut_by_a_page_goes_on_over_the_next(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(pages, "QUOTES_PER_PAGE", 3)
    quotes = [SimpleNamespace(words=name) for name in "AAAAABC"]
    groups = [
        pages._speakers_group([], name, found)
        for name, found in (("A", quotes[:5]), ("B", quotes[5:6]), ("C", quotes[6:]))
    ]
    cut = pages._pages_of_quotes(groups)
    shown = [[(g["name"], len(g["quotes"]), g["continued"]) for g in page] for page in cut]
    assert shown == [[("A", 3, False)], [("A", 2, True), ("B", 1, False)], [("C", 1, False)]]
    assert pages._pages_of_quotes([]) == [[]]  # one page, which says no one is quoted


def test_every_link_of_the_paged_site_works(paged: Path):
    assert [str(broken) for broken in check_site(paged)] == []
