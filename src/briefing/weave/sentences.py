"""Splits paragraph text into sentences, minding abbreviations like "Mr." and "U.S."."""

from __future__ import annotations

import re

_ABBREVIATIONS = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "st",
    "gen",
    "col",
    "lt",
    "sgt",
    "gov",
    "sen",
    "rep",
    "jr",
    "sr",
    "inc",
    "ltd",
    "co",
    "corp",
    "vs",
    "etc",
    "e.g",
    "i.e",
    "fig",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "u.s",
    "u.k",
    "u.n",
    "e.u",
    "p.m",
    "a.m",
    "approx",
    "est",
    "ph.d",
}
# A sentence ends at . ! or ? (optionally followed by closing quotes or brackets)
# and is followed by space and an opening quote, bracket, digit or capital letter;
# or at a full-width 。！？, which Chinese and Japanese follow with no space.
# The capitals a sentence may open with: Latin (with those of Latin-1: "À Pékin",
# "Österreich"), Russian, and those the Cyrillic of Kazakh, Kyrgyz, Tajik and Uzbek adds.
_CAPITALS = "A-Z0-9\u00c0-\u00d6\u00d8-\u00de\u0400-\u042fҒҚҢҰҮҺҲҶӘӨӮӢ"
_SPACED = rf"[.!?][\"'\u201d\u2019)\]]*\s+(?=[\"'\u201c\u2018(\[]?[{_CAPITALS}])"
_BOUNDARY = re.compile(_SPACED)
_UNSPACED_STOPS = "。！？"
_BOUNDARY_UNSPACED = re.compile(
    rf"{_SPACED}|[{_UNSPACED_STOPS}][\u201d\u2019\u300d\u300f\uff09]*(?=\S)"
)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """The (start, end) span of each sentence in ``text``."""
    spans: list[tuple[int, int]] = []
    start = 0
    unspaced = any(stop in text for stop in _UNSPACED_STOPS)  # looked for only where written
    for match in (_BOUNDARY_UNSPACED if unspaced else _BOUNDARY).finditer(text):
        candidate = text[start : match.start() + 1]
        rest = text[match.end() :]
        if (
            _ends_with_abbreviation(candidate)
            or _number_sign(candidate, rest)
            or _ordinal_date(candidate, rest)
        ):
            continue
        end = match.end()
        spans.append((start, len(text[:end].rstrip())))
        start = end
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return spans


def _ends_with_abbreviation(candidate: str) -> bool:
    last_word = candidate.rstrip(".").rsplit(None, 1)[-1] if candidate.strip() else ""
    word = last_word.lstrip("(\"'\u201c").lower()
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha())


def _number_sign(candidate: str, rest: str) -> bool:
    """ "No. 5": the abbreviation of "number" before a digit; elsewhere "no." ends a sentence."""
    return candidate.lower().endswith(" no.") and rest[:1].isdigit()


# "am 21. März", "im 19. Jahrhundert": a German ordinal's dot ends no sentence.
_ORDINAL = re.compile(r"(?<![\d.,])\d{1,2}\.$")
_AFTER_ORDINAL = re.compile(
    r"(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November"
    r"|Dezember|Jahrhunderts?|Jahrtausends?)\b"
)


def _ordinal_date(candidate: str, rest: str) -> bool:
    return bool(_ORDINAL.search(candidate) and _AFTER_ORDINAL.match(rest))
