"""The source-by-theme matrix: which article covers which theme, and how much.

A cell counts the passages of one article on one theme, the same number the
theme page lists for that article, and links to that article's section there.
"""

from __future__ import annotations

from dataclasses import dataclass

from .. import urls
from ..model import Briefing

BUCKETS = 4


@dataclass(frozen=True, slots=True)
class MatrixColumn:
    id: str
    title: str
    url: str
    total: int  # passages on the theme across all articles


@dataclass(frozen=True, slots=True)
class MatrixCell:
    theme: str
    count: int  # passages of the row's article on the theme
    bucket: int  # 0 for none, then 1-4 as the count nears the fullest cell
    url: str | None  # the article's section on the theme page; None when empty


@dataclass(frozen=True, slots=True)
class MatrixRow:
    slug: str
    title: str
    language: str | None  # the article's, its title's
    url: str
    cells: tuple[MatrixCell, ...]  # one per column, in column order
    total: int


@dataclass(frozen=True, slots=True)
class Matrix:
    columns: tuple[MatrixColumn, ...]
    rows: tuple[MatrixRow, ...]
    total: int  # passages on any theme across all articles
    peak: int  # the fullest cell's count


def matrix(briefing: Briefing, rows_limit: int | None = None) -> Matrix:
    """Articles in briefing order (the newest ``rows_limit`` of them) by the themes they treat;
    the totals are those of all articles, the shading that of the rows shown."""
    articles = briefing.articles[:rows_limit]
    themes = [t for t in briefing.gazetteer.themes if t.id in briefing.theme_articles]
    counts = {w.slug: w.theme_counts for w in articles}
    peak = max((n for per_theme in counts.values() for n in per_theme.values()), default=0)
    rows = []
    for woven in articles:
        cells = tuple(
            _cell(woven.slug, t.id, counts[woven.slug].get(t.id, 0), peak) for t in themes
        )
        rows.append(
            MatrixRow(
                slug=woven.slug,
                title=woven.article.title,
                language=woven.article.language,
                url=urls.article(woven.slug),
                cells=cells,
                total=sum(c.count for c in cells),
            )
        )
    columns = tuple(
        MatrixColumn(
            t.id, t.title, urls.theme(t.id), sum(n for _, n in briefing.theme_articles[t.id])
        )
        for t in themes
    )
    return Matrix(columns, tuple(rows), sum(c.total for c in columns), peak)


def bucket(count: int, peak: int) -> int:
    """0 for an empty cell, else 1-4 by quarters of the fullest cell."""
    if count <= 0 or peak <= 0:
        return 0
    return min(BUCKETS, -(-BUCKETS * count // peak))


def _cell(slug: str, theme_id: str, count: int, peak: int) -> MatrixCell:
    url = f"{urls.theme(theme_id)}#src-{slug}" if count else None
    return MatrixCell(theme_id, count, bucket(count, peak), url)
