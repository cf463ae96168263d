"""Quoted words in a paragraph: the spans between the marks.

Quoted words stand between “ ” (or straight ") marks; single marks ‘ ’ nest inside
them. A quotation left open where its paragraph ends runs to that end (a quotation
over paragraphs leaves each but the last open, and opens the next with a mark:
weave/quoting.py joins them). Words in marks that are a name or a title ("the “Peace
Mission 2018”") are no quotation.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from ..sentences import split_sentences
from .words import TITLE_SMALL_WORDS

_OPENING, _CLOSING, _STRAIGHT = "“", "”", '"'
_MARKS = re.compile('[“”"]')


class Quoted(NamedTuple):
    """Quoted words in a paragraph: their span inside the marks."""

    start: int
    end: int
    opened: int  # where the opening mark stands
    closed: bool  # False: still open where the paragraph ends

    @property
    def stop(self) -> int:
        """Where the quotation ends, its closing mark included."""
        return self.end + 1 if self.closed else self.end


def quotations(text: str) -> list[Quoted]:
    """The quoted spans of a paragraph, in order; names and titles in marks are left out."""
    return [q for q in _marked(text) if not _is_title(text[q.start : q.end])]


def _marked(text: str) -> list[Quoted]:
    found: list[Quoted] = []
    opened: int | None = None
    for mark in _MARKS.finditer(text):
        index, char = mark.start(), mark.group()
        straight_opens = char == _STRAIGHT and _straight_opens(text, index)
        if char == _OPENING or (opened is None and straight_opens):
            if opened is not None:  # a new quotation before this one closed
                found.append(_open_quote(text, opened, index))
            opened = index
        elif opened is not None and char in (_CLOSING, _STRAIGHT):
            found.append(Quoted(opened + 1, index, opened, True))
            opened = None
    if opened is not None:
        found.append(_open_quote(text, opened, len(text)))
    return [q for q in found if text[q.start : q.end].strip()]


def _open_quote(text: str, opened: int, until: int) -> Quoted:
    return Quoted(opened + 1, len(text[:until].rstrip()), opened, False)


def _is_title(words: str) -> bool:
    """A name in marks: two words or more, each capitalised but for the small words
    ("Peace Mission 2018", "Joint Declaration on a Multipolar World")."""
    found = re.findall(r"[^\W_][\w’'\-]*", words)
    significant = [w for w in found if w.lower() not in TITLE_SMALL_WORDS]
    return len(found) > 1 and all(w[0].isupper() or w[0].isdigit() for w in significant)


@lru_cache(maxsize=64)
def _sentences(text: str) -> list[tuple[int, int]]:
    """The paragraph's sentences: asked for by each of its quotations, found once."""
    return split_sentences(text)


def context(text: str, quote: Quoted) -> tuple[int, int]:
    """The sentences of the paragraph that hold the quoted words."""
    end = quote.stop
    spans = _sentences(text)
    first = next((s for s, e in reversed(spans) if s <= quote.opened), 0)
    last = next((e for s, e in spans if e >= end), len(text.rstrip()))
    return first, last


def quotations_between(text: str, marks: tuple[tuple[str, str], ...]) -> list[Quoted]:
    """The outermost quoted spans of a paragraph whose language quotes between these
    marks («…» with „…“ inside, say); each quotation's inner marks are its words'.
    A mark that closes the quotation open within closes it, though it may open another
    (German „…“ closes with the mark English opens with)."""
    closing_of = dict(marks)
    found: list[Quoted] = []
    open_marks: list[tuple[str, int]] = []  # (the mark that closes it, where it opened)
    for index, char in enumerate(text):
        if open_marks and char == open_marks[-1][0]:
            _, opened = open_marks.pop()
            if not open_marks:
                found.append(Quoted(opened + 1, index, opened, True))
        elif char in closing_of and (char != _STRAIGHT or _straight_opens(text, index)):
            open_marks.append((closing_of[char], index))
    if open_marks:
        found.append(_open_quote(text, open_marks[0][1], len(text)))
    return [q for q in found if text[q.start : q.end].strip()]


def _straight_opens(text: str, index: int) -> bool:
    return index == 0 or text[index - 1] in " \t([—–-"
