"""The page below the article: the comments, and what follows the last paragraph."""

from __future__ import annotations

import re

from .shapes import is_prose
from .sorting import Sorting, unmarked

COMMENTS_HEADING = re.compile(
    r"(?:\d+\s+)?(?:Comments?|Discussion(?: about this (?:post|article))?|"
    r"Leave a (?:Reply|Comment)|Responses?|Replies|Reader comments|"
    r"Join the (?:discussion|conversation)|"
    r"Kommentare?|Diskussion|Leserkommentare|Commentaires?|Réactions?|Laisser un commentaire|"
    r"Comentarios?|Deja un comentario|Commenti|Comentários|Комментарии|Обсуждение|Отзывы|"
    r"Оставить комментарий)\s*(?:\(\d+\)|\d+|:)?",
    re.IGNORECASE,
)


def drop_comments(sorting: Sorting) -> None:
    """Readers' comments are not the article: from their heading below the text on,
    every line goes (comments are prose, so no line rule could tell them apart)."""
    lines = sorting.lines
    start = next(
        (
            i
            for i in range(sorting.masthead_end, len(lines))
            if lines[i].text and COMMENTS_HEADING.fullmatch(unmarked(lines[i].text))
        ),
        None,
    )
    if start is None:
        return
    for index in sorting.kept():
        if index >= start:
            sorting.drop(index, "comments")


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
