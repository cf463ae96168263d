"""What the views find in the woven articles: dated events, quotations, the timeline's
sentences, citations and research findings."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Protocol

from .articles import Passage
from .pickling import pickled_as_call

MONTHS = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip


@pickled_as_call
@dataclass(frozen=True, slots=True, order=True)
class EventDate:
    year: int
    month: int = 0
    day: int = 0
    precision: str = "year"  # day, week, month, year, decade or century

    @property
    def label(self) -> str:
        if self.precision in ("decade", "century"):
            return f"{self.year}s"
        if self.precision == "year":
            return str(self.year)
        month = MONTHS[self.month - 1].title()
        if self.precision == "month":
            return f"{month} {self.year}"
        if self.precision == "week":
            return f"the week of {self.day} {month} {self.year}"
        return f"{self.day} {month} {self.year}"

    @property
    def iso(self) -> str:
        if self.precision in ("year", "decade", "century"):
            return f"{self.year:04d}"
        if self.precision == "month":
            return f"{self.year:04d}-{self.month:02d}"
        if self.precision == "week":
            year, week, _ = dt.date(self.year, self.month, self.day).isocalendar()
            return f"{year:04d}-W{week:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


@pickled_as_call
@dataclass(frozen=True, slots=True)
class Event:
    date: EventDate | None  # None: dated only against an article that has no date
    passage: Passage
    text: str  # the sentence, trimmed around the date
    relative: str | None = None  # the words that date it against the article ("this year")
    written: str = ""  # the date's words in the sentence: "May 9, 2015", "this year"

    @property
    def slug(self) -> str:
        return self.passage.slug


@pickled_as_call
@dataclass(frozen=True, slots=True)
class QuotedPart:
    """Quoted words in one paragraph, within the sentences that hold them."""

    slug: str
    anchor: str  # the paragraph's, "p-12"
    sentences: str
    start: int  # the words' span in the sentences
    end: int

    @property
    def before(self) -> str:
        return self.sentences[: self.start]

    @property
    def words(self) -> str:
        return self.sentences[self.start : self.end]

    @property
    def after(self) -> str:
        return self.sentences[self.end :]


@pickled_as_call
@dataclass(frozen=True, slots=True)
class Quote:
    speaker: str | None  # in the text's words ("Mr. Putin", "the two countries"); None: unstated
    actors: tuple[str, ...]  # the gazetteer actors the speaker is, when it knows them
    role: str  # how the text describes the person who speaks ("Russia expert"), or ""
    parts: tuple[QuotedPart, ...]  # a part per paragraph the words run over

    @property
    def words(self) -> str:
        return " ".join(part.words for part in self.parts)

    @property
    def slug(self) -> str:
        return self.parts[0].slug

    @property
    def anchor(self) -> str:
        return self.parts[0].anchor


UNDATED = "Undated"


def year_key(event: Event) -> str:
    """The year an event is listed under: "1996", a decade ("1990s"), or Undated."""
    date = event.date
    if date is None:
        return UNDATED
    return f"{date.year}s" if date.precision in ("decade", "century") else str(date.year)


def date_label(event: Event) -> str:
    if event.date is not None:
        return event.date.label
    return f"“{event.relative}”" if event.relative else "undated"


class _Dated(Protocol):
    @property
    def event(self) -> Event: ...


class _Row:
    """A row of the timeline (an Entry or a Reference, each with its event): listed under
    its event's year, labelled by its date."""

    __slots__ = ()

    @property
    def key(self: _Dated) -> str:
        return year_key(self.event)

    @property
    def label(self: _Dated) -> str:
        return date_label(self.event)


@dataclass(frozen=True, slots=True)
class Entry(_Row):
    """A sentence of the timeline: its events in time order, shown at the first."""

    number: int  # from 1, in timeline order
    events: tuple[Event, ...]
    pieces: tuple[tuple[str, bool], ...]  # the sentence shown, cut where its dates are marked

    is_reference = False

    @property
    def event(self) -> Event:
        return self.events[0]

    @property
    def anchor(self) -> str:
        return f"e{self.number}"

    @property
    def others(self) -> tuple[Reference, ...]:
        """The sentence's other dates, each a row in its own year."""
        return tuple(Reference(self, place) for place in range(1, len(self.events)))


@dataclass(frozen=True, slots=True)
class Reference(_Row):
    """A later date of a sentence shown at its first: a row that points to it."""

    entry: Entry
    place: int  # of the date among the entry's events

    is_reference = True

    @property
    def event(self) -> Event:
        return self.entry.events[self.place]

    @property
    def anchor(self) -> str:
        return f"{self.entry.anchor}-{self.place + 1}"


@dataclass(frozen=True)
class Citation:
    key: str
    text: str
    bibtex: str
    csl: dict[str, Any]
    ris: str


@dataclass(frozen=True)
class Finding:
    kind: str  # a short machine name, e.g. "few-actors"
    message: str
    url: str | None = None  # the page to look at


@dataclass(frozen=True)
class Research:
    events: tuple[Event, ...]
    quotes: tuple[Quote, ...]
    citations: dict[str, Citation]  # by article slug
    findings: tuple[Finding, ...]
    entries: tuple[Entry, ...]  # the events by sentence, as the timeline shows them
    actor_entries: dict[str, tuple[Entry, ...]]  # by actor id, in timeline order
    theme_entries: dict[str, tuple[Entry, ...]]  # by theme id
    article_entries: dict[str, tuple[Entry, ...]]  # by the slug of the article stating them
    speaker_quotes: dict[str, tuple[Quote, ...]]  # by the actor id of who is quoted
