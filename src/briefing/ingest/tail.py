"""The page below the article: the comments, and what follows the last paragraph."""

from __future__ import annotations

import re

from .shapes import is_hard_wrapped, is_prose
from .sorting import Sorting, prose_lines, unmarked

COMMENTS_HEADING = re.compile(
    r"(?:\d+\s+)?(?:Comments?|Discussion(?: about this (?:post|article))?|"
    r"Leave a (?:Reply|Comment)|Responses?|Replies|Reader comments|"
    r"Join the (?:discussion|conversation)|"
    r"Kommentare?|Diskussion|Leserkommentare|Commentaires?|Réactions?|Laisser un commentaire|"
    r"Comentarios?|Deja un comentario|Commenti|Comentários|Комментарии|Обсуждение|Отзывы|"
    r"Оставить комментарий)\s*(?:\(\d+\)|\d+|:)?|"
    r"(?:\d+|One|Un|Une|Ein|Eine|Uno|Una) (?:thoughts?|responses?|replies|comments?|réponses?|"
    r"commentaires?|Kommentare?|Antworten|comentarios?|respuestas?) "
    r"(?:on|to|sur|à|zu|a|en) .{1,200}",
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


# Furniture that closes an article: past it, a page has only its own lines.
CLOSING_RULES = {
    "share",
    "tags",
    "tag-list",
    "related-links",
    "newsletter",
    "comments",
    "copyright",
    "footer-links",
    "disclaimer",
    "credits",
    "menu",
    "counter",
    "print",
    "back-to-top",
    "podcast-plug",
    "rss-footer",
    "source-footer",
    "note-line",
    "offer",
    "about-author",
    "about-site",
    "author-name",
    "author-bio",
    "poll",
    "item-number",
    "skip-link",
    "broadcast",
}
LONG_PARAGRAPH_WORDS = 20  # an appeal or a charity's number is shorter
SENTENCE_WORDS = 8
MIN_PARAGRAPHS_AFTER = 3  # the text going on past a "read also" block


def drop_after_article(sorting: Sorting) -> None:
    """Below the first closing furniture (share buttons, tags, related links …) past
    which the page has no paragraph of article length and at most a couple of
    sentences (a teaser, a charity's number), every line is the site's."""
    kept = sorting.kept()
    body = [i for i in kept if i >= sorting.masthead_end]
    if not body:
        return
    for index, name in sorted(sorting.dropped.items()):
        if index <= body[0] or name not in CLOSING_RULES:
            continue
        later = [i for i in kept if i > index]
        if not later:
            return
        if not _text_goes_on(sorting, later):
            for i in later:
                sorting.drop(i, "after-article")
            return


def _text_goes_on(sorting: Sorting, indexes: list[int]) -> bool:
    texts = [" ".join(sorting.lines[i].text for i in run) for run in _runs_within(sorting, indexes)]
    if any(len(text.split()) >= LONG_PARAGRAPH_WORDS for text in texts):
        return True
    sentences = [t for t in texts if is_prose(t) and len(t.split()) >= SENTENCE_WORDS]
    return len(sentences) >= MIN_PARAGRAPHS_AFTER


def _runs_within(sorting: Sorting, indexes: list[int]) -> list[list[int]]:
    """The paragraphs the lines belong to: a hard-wrapped run is one paragraph."""
    wanted = set(indexes)
    runs = []
    for run in sorting.runs():
        mine = [i for i in run if i in wanted]
        if not mine:
            continue
        if is_hard_wrapped([sorting.lines[i].text for i in mine]):
            runs.append(mine)
        else:
            runs.extend([i] for i in mine)
    return runs


def drop_page_tail(sorting: Sorting) -> None:
    """Short lines after the last paragraph (footer links, teasers, labels) are the
    site's, not the article's: an article ends on a sentence."""
    kept = sorting.kept()
    prose = prose_lines(sorting)
    if not prose:
        return
    for index in kept:
        if index > prose[-1]:
            sorting.drop(index, "page-footer")
