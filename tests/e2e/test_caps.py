"""End to end: the pages that would grow with a briefing stop at their caps and say so.

A generated briefing (the benchmark's articles) is built with low caps, so that it is
past each: the themes page's matrix shows the newest sources, the pack prints the
newest texts and lists only those, and each says in words how many it leaves out and
links to where they are.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from benchmarks.corpus import make_articles, write_briefing
from bs4 import BeautifulSoup, Tag

from briefing.commands.build import build, load_briefing
from briefing.load.project import load_project
from briefing.model import Briefing
from briefing.site import pages

ARTICLES, THEMES_SOURCES, PACK_TEXTS, HOME_SOURCES = 40, 12, 8, 5
ORIGIN = "https://site.test"


@pytest.fixture(scope="module")
def capped() -> Iterator[None]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pages, "THEMES_SOURCES", THEMES_SOURCES)
        patch.setattr(pages, "PACK_TEXTS", PACK_TEXTS)
        patch.setattr(pages, "HOME_SOURCES", HOME_SOURCES)
        yield


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("generated") / "briefing"
    write_briefing(root, make_articles(ARTICLES))
    return root


@pytest.fixture(scope="module")
def site(project: Path, capped: None, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(load_project(project), tmp_path_factory.mktemp("cold") / "site").out


@pytest.fixture(scope="module")
def briefing(project: Path, capped: None) -> Briefing:
    return load_briefing(load_project(project))[0]


def _soup(site: Path, page: str) -> BeautifulSoup:
    return BeautifulSoup((site / page / "index.html").read_text("utf-8"), "lxml")


def _address(page: str, href: str) -> str:
    """Where a link on ``page`` (a folder of the site, "" for the home page) leads."""
    return urljoin(f"{ORIGIN}/{page}/" if page else f"{ORIGIN}/", href)


def _target(site: Path, page: str, href: str) -> tuple[Path, str]:
    """The file a link on ``page`` leads to, which must exist, and its fragment."""
    url = urlsplit(_address(page, href))
    assert url.netloc == urlsplit(ORIGIN).netloc, href
    path = site / url.path.lstrip("/")
    path = path / "index.html" if url.path.endswith("/") else path
    assert path.is_file(), href
    return path, url.fragment


def _slug(page: str, href: str) -> str:
    """The slug of the article a link on ``page`` leads to."""
    return re.fullmatch(r"/articles/([^/]+)/", urlsplit(_address(page, href)).path)[1]


def _rows(page: str, table: Tag) -> list[str]:
    return [_slug(page, row.select_one("th a")["href"]) for row in table.select("tbody tr")]


def _statement(soup: BeautifulSoup, heading: str) -> Tag:
    note = soup.select_one(f"#{heading} ~ .more-link, #{heading} ~ .pack-more")
    assert note is not None, heading
    return note


def test_the_themes_matrix_shows_the_newest_sources_and_says_so(site: Path, briefing: Briefing):
    soup = _soup(site, "themes")
    table = soup.select_one("#matrix-themes table")
    newest = [woven.slug for woven in briefing.articles]
    assert _rows("themes", table) == newest[:THEMES_SOURCES]
    note = _statement(soup, "coverage-heading").get_text(" ", strip=True)
    left_out = ARTICLES - THEMES_SOURCES
    assert note.startswith(
        f"The {THEMES_SOURCES} newest of the {ARTICLES} sources; the other {left_out} are left"
        f" out of the table, and the totals count all {ARTICLES}."
    )
    assert f"the articles page lists all {ARTICLES} with their themes" in note


def test_the_left_out_sources_are_where_the_themes_page_says(site: Path, briefing: Briefing):
    soup = _soup(site, "themes")
    link = _statement(soup, "coverage-heading").select_one("a")
    articles_page, _ = _target(site, "themes", link["href"])
    listed = BeautifulSoup(articles_page.read_text("utf-8"), "lxml")
    links = listed.select("tbody tr > td:nth-of-type(2) > a")
    assert [_slug("articles", a["href"]) for a in links] == [w.slug for w in briefing.articles]
    theme_pages = {
        _slug_of_theme(a["href"]): _target(site, "themes", a["href"])[0].read_text("utf-8")
        for a in soup.select("#matrix-themes thead a[href]")
    }
    for woven in briefing.articles[THEMES_SOURCES:]:
        for theme_id in woven.themes:  # the theme page lists it: its link resolves there
            assert f'id="src-{woven.slug}"' in theme_pages[theme_id], (theme_id, woven.slug)


def _slug_of_theme(href: str) -> str:
    return href.rstrip("/").split("/")[-1]


def test_the_matrix_totals_count_every_source(site: Path):
    soup = _soup(site, "themes")
    heads = soup.select("#matrix-themes thead a[href]")
    totals = soup.select("#matrix-themes tfoot td")
    assert len(totals) == len(heads) + 1
    for head, total in zip(heads, totals, strict=False):
        theme = _soup(site, f"themes/{_slug_of_theme(head['href'])}")
        treated = theme.select_one(".page-header p.meta:-soup-contains('Treated in')").get_text()
        assert int(total.get_text()) == int(re.search(r"with (\d+) passages?", treated)[1])
    assert int(totals[-1].get_text()) == sum(int(t.get_text()) for t in totals[:-1])


def test_the_pack_prints_the_newest_texts_and_lists_only_those(site: Path, briefing: Briefing):
    soup = _soup(site, "print")
    newest = [woven.slug for woven in briefing.articles[:PACK_TEXTS]]
    sources = soup.select("#pack-sources ~ ol > li")
    assert [li.select_one("a")["href"] for li in sources] == [f"#article-{s}" for s in newest]
    assert [a["id"] for a in soup.select(".pack-article h3")] == [f"article-{s}" for s in newest]
    assert _rows("print", soup.select_one("#matrix-print table")) == newest
    left_out = ARTICLES - PACK_TEXTS
    note = _statement(soup, "pack-sources")
    assert note.get_text(" ", strip=True) == (
        f"The {PACK_TEXTS} newest of the {ARTICLES} sources, printed in full below. This pack"
        f" leaves out the other {left_out}: the articles page lists them all."
    )
    assert _target(site, "print", note.select_one("a")["href"])[0].parent.name == "articles"
    matrix_note = _statement(soup, "pack-matrix")
    assert f"the themes page has the table for the {THEMES_SOURCES} newest" in (
        matrix_note.get_text(" ", strip=True)
    )
    assert _target(site, "print", matrix_note.select_one("a")["href"])[0].parent.name == "themes"
    texts_note = _statement(soup, "pack-articles").get_text(" ", strip=True)
    assert texts_note == (
        f"The {PACK_TEXTS} newest of the {ARTICLES} articles, in full; the articles page lists"
        f" the other {left_out}."
    )
    for woven in briefing.articles[PACK_TEXTS:]:
        assert soup.find(id=f"article-{woven.slug}") is None


def test_the_home_page_says_how_much_the_themes_table_holds(site: Path, briefing: Briefing):
    soup = _soup(site, "")
    note = _statement(soup, "coverage-heading")
    assert note.get_text(" ", strip=True) == (
        f"The {HOME_SOURCES} newest sources; the themes page has the table for the"
        f" {THEMES_SOURCES} newest."
    )
    assert _rows("", soup.select_one("#matrix-home table")) == [
        woven.slug for woven in briefing.articles[:HOME_SOURCES]
    ]


def test_an_edit_past_the_caps_rebuilds_into_what_a_cold_build_makes(
    project: Path, site: Path, briefing: Briefing, tmp_path: Path
):
    root = tmp_path / "briefing"
    shutil.copytree(project, root)
    build(load_project(root))
    article = root / "content" / "articles" / f"{briefing.articles[-1].slug}.md"
    text = article.read_text("utf-8")
    assert "a step many had expected" in text
    article.write_text(text.replace("a step many had expected", "a step many long expected"))
    assert build(load_project(root)).patched
    cold = tmp_path / "cold"
    build(load_project(root), cold, use_cache=False)
    warm = {p.relative_to(root / "site"): p.read_bytes() for p in (root / "site").rglob("*")
            if p.is_file()}  # fmt: skip
    fresh = {p.relative_to(cold): p.read_bytes() for p in cold.rglob("*") if p.is_file()}
    assert sorted(k for k in warm.keys() | fresh.keys() if warm.get(k) != fresh.get(k)) == []
