"""The source-by-theme matrix: its counts, buckets and links, and its partial."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from bs4 import BeautifulSoup

from briefing.commands.build import build
from briefing.load.project import Project
from briefing.model import Briefing
from briefing.site.render import Renderer
from briefing.views.matrix import Matrix, bucket, matrix

PAGE = "/themes/"


@pytest.fixture(scope="module")
def table(project: Project, briefing: Briefing) -> BeautifulSoup:
    renderer = Renderer(project.templates_dir, project.config, False, {"briefing": briefing})
    template = renderer.env.from_string('{% include "partials/matrix.html" %}')
    html = template.render(matrix=matrix(briefing), page_url=PAGE)
    return BeautifulSoup(html, "html.parser")


def _passages_on(briefing: Briefing, theme_id: str) -> int:
    """What the theme page lists: every passage of every article on the theme."""
    return sum(1 for w in briefing.articles for p in w.passages if theme_id in p.themes)


def _path(href: str) -> tuple[str, str]:
    target = urlsplit(urljoin("https://site.test" + PAGE, href))
    return target.path, target.fragment


def test_rows_are_articles_and_columns_the_themes_treated(briefing: Briefing) -> None:
    grid = matrix(briefing)
    assert [r.slug for r in grid.rows] == [w.slug for w in briefing.articles]
    treated = [t.id for t in briefing.gazetteer.themes if t.id in briefing.theme_articles]
    assert [c.id for c in grid.columns] == treated == ["security", "trade"]


def test_cells_count_the_passages_of_each_article_on_each_theme(briefing: Briefing) -> None:
    grid = matrix(briefing)
    for row in grid.rows:
        counts = briefing.by_slug[row.slug].theme_counts
        assert [c.count for c in row.cells] == [counts.get(c.id, 0) for c in grid.columns]
        assert row.total == sum(c.count for c in row.cells)
    # alpha names trade once: brushed, not treated
    assert [[c.count for c in r.cells] for r in grid.rows] == [[3, 0], [0, 2]]


def test_column_totals_are_the_passages_the_theme_pages_list(briefing: Briefing) -> None:
    grid = matrix(briefing)
    for index, column in enumerate(grid.columns):
        cells = sum(row.cells[index].count for row in grid.rows)
        assert cells == column.total == _passages_on(briefing, column.id)
        assert column.total == sum(n for _, n in briefing.theme_articles[column.id])
    assert grid.total == sum(c.total for c in grid.columns) == sum(r.total for r in grid.rows)


def test_a_matrix_of_the_newest_rows_keeps_the_totals_of_all(briefing: Briefing) -> None:
    whole, newest = matrix(briefing), matrix(briefing, 1)
    assert [r.slug for r in newest.rows] == [briefing.articles[0].slug]
    assert newest.rows[0] == whole.rows[0]
    assert newest.columns == whole.columns and newest.total == whole.total
    assert newest.total > newest.rows[0].total


def test_buckets_grow_with_the_count_up_to_the_fullest_cell(briefing: Briefing) -> None:
    assert [bucket(n, 16) for n in (0, 1, 4, 5, 8, 9, 12, 13, 16)] == [0, 1, 1, 2, 2, 3, 3, 4, 4]
    assert bucket(0, 0) == 0 and bucket(1, 1) == 4
    grid = matrix(briefing)
    assert grid.peak == 3
    assert [[c.bucket for c in r.cells] for r in grid.rows] == [[4, 0], [0, 3]]


def test_non_empty_cells_link_to_the_article_on_the_theme_page(briefing: Briefing) -> None:
    for row in matrix(briefing).rows:
        for cell in row.cells:
            expected = f"/themes/{cell.theme}/#src-{row.slug}" if cell.count else None
            assert cell.url == expected


def test_cell_links_land_on_a_section_of_the_built_theme_page(
    project: Project, briefing: Briefing, tmp_path: Path
) -> None:
    site = tmp_path / "site"
    build(project, site)
    for row in matrix(briefing).rows:
        for cell in filter(lambda c: c.url, row.cells):
            path, fragment = cell.url.split("#")
            page = BeautifulSoup((site / path.strip("/") / "index.html").read_text(), "lxml")
            assert page.find(id=fragment) is not None, cell.url


def test_the_partial_is_a_table_with_caption_and_scoped_headers(
    briefing: Briefing, table: BeautifulSoup
) -> None:
    grid: Matrix = matrix(briefing)
    wrap = table.select_one("div.matrix-wrap")
    assert wrap["tabindex"] == "0"
    caption = table.select_one("table caption")
    assert wrap["aria-labelledby"] == caption["id"]
    heads = table.select("thead th")
    assert [th["scope"] for th in heads] == ["col"] * (len(grid.columns) + 2)
    assert [th.get_text(strip=True) for th in heads[1:-1]] == [c.title for c in grid.columns]
    rows = table.select("tbody tr")
    assert [r.th["scope"] for r in rows] == ["row"] * len(grid.rows)
    assert rows[0].th.get_text() == briefing.articles[0].article.title  # escaped, read back


def test_the_partial_shows_each_count_as_a_shaded_link(
    briefing: Briefing, table: BeautifulSoup
) -> None:
    grid = matrix(briefing)
    for row, tr in zip(grid.rows, table.select("tbody tr"), strict=True):
        tds = tr.find_all("td")
        for cell, td in zip(row.cells, tds, strict=False):
            assert td.get_text() == str(cell.count)
            assert td["class"] == [f"w{cell.bucket}"]
            link = td.a
            assert (link is not None) == bool(cell.count)
            if link is not None:
                assert _path(link["href"]) == tuple(cell.url.split("#"))
        assert tds[-1].get_text() == str(row.total)
    footer = [td.get_text() for td in table.select("tfoot td")]
    assert footer == [str(c.total) for c in grid.columns] + [str(grid.total)]


def test_the_partial_has_no_inline_styles(table: BeautifulSoup) -> None:
    assert table.find_all(style=True) == []
    assert table.find_all("style") == []
