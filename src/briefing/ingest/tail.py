"""The page below the article: what follows its last paragraph and is not prose."""

from __future__ import annotations

from .shapes import is_prose
from .sorting import Sorting


def drop_page_tail(sorting: Sorting) -> None:
    """Short lines after the last paragraph (footer links, teasers, labels) are the
    site's, not the article's: an article ends on a sentence."""
    kept = sorting.kept()
    prose = [i for i in kept if is_prose(sorting.lines[i].text)]
    if not prose:
        return
    for index in kept:
        if index > prose[-1]:
            sorting.drop(index, "page-footer")
