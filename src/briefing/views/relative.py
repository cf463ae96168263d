"""Dates a sentence states against its article's own date: "this year", "in March".

Each is resolved from the article's date to no more precision than the words
give ("last month" is a month, "this week" the week of the article), or left
unresolved when the article has no date or the words give no point in time
("two decades ago").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

_MONTH_NAMES = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip
_MONTH = r"(?P<month>" + "|".join(m.title() for m in _MONTH_NAMES) + r")"
_DAY = r"(?P<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"
_NO_YEAR_AFTER = r"(?!,?\s+(?:of\s+)?(?:18|19|20)\d{2}|\d|\s+\d)"  # nor a day: its own form
_LEAD = r"(?:[Ii]n|[Oo]n|[Bb]y|[Uu]ntil|[Ee]arly|[Ll]ate|[Mm]id-|[Ee]arlier|[Ll]ater)"
_PATTERNS = (
    (
        "calendar",
        re.compile(
            r"(?<!the\s)\b(?P<which>this|last|next)\s+(?P<unit>week|month|year)\b(?!\s+of\b)", re.I
        ),
    ),
    ("day", re.compile(rf"\b(?:[Oo]n\s+)?{_MONTH}\s+{_DAY}\b{_NO_YEAR_AFTER}")),
    (
        "day",
        re.compile(rf"\b(?:[Oo]n\s+)?(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH}\b{_NO_YEAR_AFTER}"),
    ),
    (
        "month",
        re.compile(rf"\b{_LEAD}\s+(?:(?:early|late|mid-)\s*)?{_MONTH}\b{_NO_YEAR_AFTER}"),
    ),
    ("yesterday", re.compile(r"\byesterday\b", re.I)),
    (
        "ago",
        re.compile(
            r"\b(?:(?:almost|nearly|about|some|around|over|more\s+than)\s+)?"
            r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several|\d+)\s+"
            r"(?:days?|weeks?|months?|years?|decades?)\s+ago\b",
            re.I,
        ),
    ),
)
_AHEAD = re.compile(
    r"\b(?:will|shall|plans?|planned|planning|scheduled|upcoming|forthcoming|expected\s+to"
    r"|to\s+be\s+held|in\s+preparation|ahead\s+of|due\s+to|set\s+to)\b",
    re.I,
)
_SINCE = re.compile(r"\b(?:ever\s+)?since\s+(?:the\s+)?$", re.I)


@dataclass(frozen=True, slots=True)
class RelativeDate:
    words: str  # as the sentence puts it
    start: int
    date: tuple[int, int, int, str] | None  # (year, month, day, precision), when resolvable


def relative_dates(sentence: str, published: dt.date | None) -> list[RelativeDate]:
    """The words that date a sentence against its article, in order, each resolved if it can be."""
    found: list[RelativeDate] = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(sentence):
            if _SINCE.search(sentence, 0, match.start()) or _overlaps(found, match):
                continue
            date = _resolve(kind, match, published, bool(_AHEAD.search(sentence)))
            found.append(RelativeDate(match.group().strip(), match.start(), date))
    return sorted(found, key=lambda r: r.start)


def _overlaps(found: list[RelativeDate], match: re.Match[str]) -> bool:
    return any(r.start < match.end() and match.start() < r.start + len(r.words) for r in found)


def _resolve(
    kind: str, match: re.Match[str], published: dt.date | None, ahead: bool
) -> tuple[int, int, int, str] | None:
    if published is None:
        return None
    if kind == "calendar":
        return _calendar(match.group("which").lower(), match.group("unit").lower(), published)
    if kind == "yesterday":
        day = published - dt.timedelta(days=1)
        return day.year, day.month, day.day, "day"
    if kind == "ago":
        return None  # a span back from the article, not a point in time
    month = _MONTH_NAMES.index(match.group("month").lower()) + 1
    if kind == "month":
        year = _year_of(published, month, published.day, ahead)  # its own month is this one
        return year, month, 0, "month"
    day = int(match.group("day"))
    year = _year_of(published, month, day, ahead)
    try:
        dt.date(year, month, day)
    except ValueError:
        return None  # "February 30": no such day to give
    return year, month, day, "day"


def _calendar(which: str, unit: str, published: dt.date) -> tuple[int, int, int, str]:
    step = {"this": 0, "next": 1}.get(which, -1)
    if unit == "year":
        return published.year + step, 0, 0, "year"
    if unit == "month":
        index = published.year * 12 + published.month - 1 + step
        return index // 12, index % 12 + 1, 0, "month"
    week = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=step)
    return week.year, week.month, week.day, "week"


def _year_of(published: dt.date, month: int, day: int, ahead: bool) -> int:
    """The year of the month (and day) just past, or just coming when the sentence
    looks ahead ("will", "planned", "ahead of"): news speaks of the months around it."""
    this_year = dt.date(published.year, month, min(day, 28))
    if ahead:
        return published.year if this_year >= published else published.year + 1
    return published.year if this_year <= published else published.year - 1
