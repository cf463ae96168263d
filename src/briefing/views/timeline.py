"""The timeline: every dated event the sources state, each tied to its paragraph.

A sentence is an event when it carries a date used as a date: a full date
("May 9, 2015", "21 December 2018"), a month and year ("February 2016"), a
year after a preposition ("in 2001", "since 2017") or naming an event
("Peace Mission 2018"), or a decade ("the 1960s"). Numbers that merely look
like years ("13,198", "2015 troops") are not dates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..model import Passage, pickled_as_call

if TYPE_CHECKING:
    from ..weave import Briefing

MONTHS = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip
_MONTH = (
    r"(?P<month>"
    + "|".join(m.title() for m in MONTHS)
    + r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
)
_YEAR = r"(?P<year>(?:18|19|20)\d{2})"
_LEAD = (
    r"(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Tt]ill|[Ff]rom|[Tt]o|[Aa]fter|[Bb]efore|[Dd]uring|[Oo]f"
    r"|[Tt]hrough|[Ee]arly|[Ll]ate|[Mm]id-?|[Tt]he end of|[Ss]tarting|[Bb]etween|and)"
)
_PATTERNS = (
    ("day", re.compile(rf"{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+{_YEAR}(?!\d|,\d)")),
    (
        "day",
        re.compile(
            rf"(?<![\d,])(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+{_YEAR}(?!\d|,\d)"
        ),
    ),
    ("month", re.compile(rf"{_MONTH},?\s+(?:of\s+)?{_YEAR}(?!\d|,\d)")),
    ("decade", re.compile(r"(?<![\d,.$])(?:the\s+)?(?P<year>(?:18|19|20)\d0)['’]?s\b")),
    (
        "year",
        re.compile(
            rf"\b{_LEAD}\s+(?:the\s+(?:year\s+)?)?{_YEAR}(?![\d,.]\d|\d|\s*(?:%|percent|troops|km|kilomet))"
        ),
    ),
    ("year", re.compile(rf"\b(?:[A-Z][a-z]+|[Mm]id-)\s*{_YEAR}(?!\d|,\d)")),
    (
        "year",
        re.compile(rf"\b(?:a|an|the|its|his|her|their)\s+{_YEAR}\s+(?!percent|per\b)[A-Za-z]"),
    ),
    ("year", re.compile(rf"^\W*{_YEAR}(?=\s+(?:was|is|represented|saw|marked|brought)\b)")),
    ("year", re.compile(rf"\({_YEAR}\)")),
)
_ANY_YEAR = re.compile(_YEAR)  # every pattern needs one: most sentences are ruled out at once
TRIM_AT = 320


@pickled_as_call
@dataclass(frozen=True, slots=True, order=True)
class EventDate:
    year: int
    month: int = 0
    day: int = 0
    precision: str = "year"  # day, month, year or decade

    @property
    def label(self) -> str:
        if self.precision == "decade":
            return f"{self.year}s"
        if self.precision == "year":
            return str(self.year)
        month = MONTHS[self.month - 1].title()
        return (
            f"{month} {self.year}"
            if self.precision == "month"
            else f"{self.day} {month} {self.year}"
        )

    @property
    def iso(self) -> str:
        if self.precision in ("year", "decade"):
            return f"{self.year:04d}"
        if self.precision == "month":
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


@pickled_as_call
@dataclass(frozen=True, slots=True)
class Event:
    date: EventDate | None  # None: stated only in relative words, in an undated article
    passage: Passage
    text: str  # the sentence, trimmed around the date
    relative: str | None = None  # the words a date was read from ("this year"), if relative

    @property
    def slug(self) -> str:
        return self.passage.slug


def find_dates(sentence: str) -> list[tuple[EventDate, int]]:
    """The dates a sentence states, each with where it starts; the most precise wins a spot."""
    if not _ANY_YEAR.search(sentence):
        return []
    found: dict[int, tuple[EventDate, int]] = {}
    taken: list[range] = []
    for precision, pattern in _PATTERNS:
        for match in pattern.finditer(sentence):
            span = range(match.start("year"), match.end("year"))
            if any(span.start in other for other in taken):
                continue
            date = _event_date(precision, match)
            if date and date.year not in found:
                found[date.year] = (date, match.start())
                taken.append(range(match.start(), match.end()))
    return sorted(found.values(), key=lambda pair: pair[1])


def _event_date(precision: str, match: re.Match[str]) -> EventDate | None:
    year = int(match.group("year"))
    if not 1800 <= year <= 2099:
        return None
    groups = match.groupdict()
    month = _month_number(groups.get("month"))
    day = int(groups["day"]) if groups.get("day") else 0
    if precision == "day" and not 1 <= day <= 31:
        return None
    return EventDate(year, month, day, precision)


def _month_number(name: str | None) -> int:
    if not name:
        return 0
    prefix = name.lower().rstrip(".")[:3]
    return next(i for i, month in enumerate(MONTHS, start=1) if month.startswith(prefix))


def article_events(passages: list[Passage]) -> tuple[Event, ...]:
    """The events an article's sentences state, at most three dates a sentence."""
    return tuple(
        Event(date, passage, trim(passage.text, start))
        for passage in passages
        for date, start in find_dates(passage.text)[:3]
    )


def timeline(briefing: Briefing) -> list[Event]:
    """Every event of every article, in time order (then by article and paragraph); undated last."""
    events = [event for woven in briefing.articles for event in woven.events]
    order = {w.slug: i for i, w in enumerate(briefing.articles)}
    return sorted(
        events, key=lambda e: (in_time(e), order[e.slug], _number(e.passage.anchor), e.text)
    )


def in_time(event: Event) -> tuple[bool, EventDate]:
    """A sort key: dated events in time order, then the undated."""
    return (event.date is None, event.date or _NO_DATE)


_NO_DATE = EventDate(0)


def _number(anchor: str) -> int:
    return int(anchor[2:]) if anchor.startswith("p-") and anchor[2:].isdigit() else 0


def trim(sentence: str, around: int, limit: int = TRIM_AT) -> str:
    """Shorten a long sentence at word boundaries, keeping the date in view."""
    if len(sentence) <= limit:
        return sentence
    start = max(0, min(around - limit // 3, len(sentence) - limit))
    end = start + limit
    if start > 0:
        start = sentence.find(" ", start) + 1
    if end < len(sentence):
        end = sentence.rfind(" ", start, end)
    return (
        ("…" if start > 0 else "")
        + sentence[start:end].strip()
        + ("…" if end < len(sentence) else "")
    )
