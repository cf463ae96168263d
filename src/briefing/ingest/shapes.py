"""What a line looks like: prose, a person's name, a heading; and its first sentence."""

# ruff: noqa: SIM905 - word lists read better as words

from __future__ import annotations

import re

_SENTENCE_END = re.compile(r"[.!…][\"”’')\]]*$")
_HEADING_END = re.compile(r"[.,;:!?…\"”’'(\[-]$")
# A full stop ends a sentence when the next word starts a new one, unless it closes
# an abbreviation ("Mr.", "U.S.", "e.g.").
_SENTENCE_BREAK = re.compile(r"[.!?…][\"”’')\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9À-ÖØ-ÞА-ЯЁ])")
_ABBREVIATIONS = frozenset(
    (
        "mr mrs ms dr prof st gen col lt sgt capt cpt sen rep gov pres jr sr inc ltd co corp no"
        " nos vs etc e.g i.e approx fig vol pp mt ft jan feb mar apr jun jul aug sep sept oct nov"
        " dec art ch sec para cf ca"
    ).split()
)
_NAME_PARTICLES = frozenset(
    "de da di del della der den van von bin ibn al el le la du dos das ter y".split()
)
# A hard-wrapped paragraph: lines of a similar, modest length that do not all end sentences.
WRAP_MIN_CHARS = 30
WRAP_MAX_CHARS = 100
_WRAPPED_LINE_END = re.compile(r"[.!?…:][\"”’')\]]*$")
MAX_PROSE_FREE_WORDS = 25
MAX_HEADING_WORDS = 12
MAX_HEADING_CHARS = 90


def words(text: str) -> list[str]:
    return text.split()


def is_prose(text: str) -> bool:
    """A line of running text: it ends a sentence, or is too long for a label."""
    return len(words(text)) > MAX_PROSE_FREE_WORDS or bool(_SENTENCE_END.search(text))


def is_hard_wrapped(texts: list[str]) -> bool:
    """Consecutive lines that are one paragraph wrapped at a fixed width."""
    if len(texts) < 2:
        return False
    body = texts[:-1]
    modest = all(WRAP_MIN_CHARS <= len(text) <= WRAP_MAX_CHARS for text in body)
    return modest and not all(_WRAPPED_LINE_END.search(text) for text in body)


def is_name(text: str) -> bool:
    """A person's name standing alone: two to five capitalised words, no digits."""
    parts = words(text)
    if not 2 <= len(parts) <= 5 or len(text) > 60:
        return False
    for part in parts:
        if part.lower() in _NAME_PARTICLES and part is not parts[0]:
            continue
        if not part[0].isupper() or not all(c.isalpha() or c in ".-'’" for c in part):
            return False
    return True


def same_name(a: str, b: str) -> bool:
    return " ".join(words(a)).casefold() == " ".join(words(b)).casefold()


def is_heading_shaped(text: str) -> bool:
    """A short line that does not read as a sentence: a section heading, if placed as one."""
    return (
        len(words(text)) <= MAX_HEADING_WORDS
        and len(text) <= MAX_HEADING_CHARS
        and (text[0].isupper() or text[0].isdigit())
        and not _HEADING_END.search(text)
    )


def first_sentence(text: str) -> str:
    """The first sentence of a paragraph (the whole paragraph when no break is found)."""
    for found in _SENTENCE_BREAK.finditer(text):
        before = text[: found.start() + 1].split()[-1] if text[: found.start()].strip() else ""
        token = before.rstrip(".!?…").lstrip("\"“‘'(").lower()
        if found.group(0)[0] == "." and (token in _ABBREVIATIONS or _is_initial(token)):
            continue
        return text[: found.end()].strip()
    return text.strip()


def _is_initial(token: str) -> bool:
    """'u.s', 'j' and the like: single letters joined by full stops."""
    return all(len(piece) == 1 for piece in token.split("."))


def sentence_count_is_one(text: str) -> bool:
    return first_sentence(text) == text.strip()
