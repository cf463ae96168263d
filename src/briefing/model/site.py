"""The site: the pages planned, and what the build keeps of the pages and indexes written."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Page:
    url: str
    template: str
    context: dict[str, Any] = field(default_factory=dict)
    title: str = ""
    # The pages of each article, actor and theme gather their data where they
    # are rendered, so that the work is spread over the cores with the rendering.
    plan: Callable[[], dict[str, Any]] | None = field(default=None, compare=False, repr=False)

    def planned(self) -> Page:
        """The page with its data gathered; a plan may name the title too (PAGE_TITLE),
        which an article's page takes from its article's record."""
        if self.plan is None:
            return self
        context = self.plan()
        title = context.pop(PAGE_TITLE, self.title)
        return replace(self, context=context, title=title, plan=None)


PAGE_TITLE = "page_title"


@dataclass(frozen=True)
class Splice:
    """A file made of another's bytes with some of them put anew: ``pieces`` are ranges
    (start, end) of ``source``'s bytes and new bytes between them, in order. ``stat``:
    the source's size and time when the ranges were found in it."""

    source: Path
    stat: tuple[int, int]
    pieces: tuple[tuple[int, int] | bytes, ...]


@dataclass(frozen=True)
class SiteShape:
    """What the list of pages needs of the research views: which timeline years have a
    page, and how many pages the quotes take."""

    years: tuple[tuple[str, str], ...]  # (label, slug) of each year, when paged
    quote_pages: int


@dataclass(frozen=True)
class Bundle:
    """A part of the search index, and the pages it indexes (see search.py)."""

    folder: str  # in the site
    pages: tuple[str, ...]  # the site's files it indexes
