"""The site: the pages planned, and what the build keeps of the pages and indexes written."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
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
        return replace(self, context=self.plan(), plan=None) if self.plan else self


@dataclass(frozen=True)
class PageRecord:
    """A page as the last build wrote it: what it was rendered from, and its file as written."""

    fingerprint: str
    size: int
    mtime_ns: int


@dataclass(frozen=True)
class Bundle:
    """A part of the search index, and the pages it indexes (see search.py)."""

    folder: str  # in the site
    pages: tuple[str, ...]  # the site's files it indexes
