"""The timeline laid out for reading: each sentence once, under its year, and its filters.

A sentence that dates several events is one entry, shown at its first date
with its other dates listed; each of those keeps a short reference row in its
own year, so that a year still lists all that happened in it and no sentence
shows twice on a page. Events stated only in relative words of an undated
article ("this week") come last, as undated.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from ..model import UNDATED, Briefing, Entry, Event, Passage, Reference
from . import grouped
from .timeline import in_time


@dataclass(frozen=True, slots=True)
class Year:
    key: str  # "1996", "1990s" or Undated
    rows: tuple[Entry | Reference, ...]

    @property
    def anchor(self) -> str:
        return "undated" if self.key == UNDATED else f"y{self.key}"

    @property
    def slug(self) -> str:
        """The year's folder when the timeline has a page per year."""
        return self.key.lower()

    @property
    def entries(self) -> tuple[Entry, ...]:
        return tuple(row for row in self.rows if isinstance(row, Entry))


def entries(events: Sequence[Event]) -> tuple[Entry, ...]:
    """Each sentence once, with its events in the order given, numbered in that order."""
    by_sentence: dict[Passage, list[Event]] = {}
    for event in events:
        by_sentence.setdefault(event.passage, []).append(event)
    return tuple(
        Entry(number, tuple(found), marked(found[0].text, found))
        for number, found in enumerate(by_sentence.values(), start=1)
    )


def years(shown: Iterable[Entry], references: bool = True) -> list[Year]:
    """Entries by year in time order, undated last; with references, a row per other date.

    Within a date, rows follow their sentences' order: a reference to a
    sentence shown earlier comes before the sentences that start there.
    """
    rows: list[Entry | Reference] = []
    for entry in shown:
        rows.append(entry)
        if references:
            rows += [other for other in entry.others if other.key != entry.key]
    rows.sort(key=lambda row: (in_time(row.event), _entry_of(row).number))
    by_key = grouped((row.key, row) for row in rows)
    return [Year(key, found) for key, found in by_key.items()]


def _entry_of(row: Entry | Reference) -> Entry:
    return row.entry if isinstance(row, Reference) else row


def entries_by(
    entries: Iterable[Entry], keys: Callable[[Passage], Iterable[str]]
) -> dict[str, tuple[Entry, ...]]:
    """Each actor's or theme's entries, in timeline order: one pass, however many."""
    return grouped((key, entry) for entry in entries for key in keys(entry.event.passage))


# Marking the dates in a sentence: where each of its events' dates is written.


def marked(text: str, events: Iterable[Event]) -> tuple[tuple[str, bool], ...]:
    """The text cut into pieces, each date of these events a marked piece."""
    spans = sorted(span for event in events if (span := _date_span(text, event)))
    pieces: list[tuple[str, bool]] = []
    at = 0
    for start, end in spans:
        if start < at:
            continue  # within a date marked already
        if start > at:
            pieces.append((text[at:start], False))
        pieces.append((text[start:end], True))
        at = end
    if at < len(text):
        pieces.append((text[at:], False))
    return tuple(pieces)


def _date_span(text: str, event: Event) -> tuple[int, int] | None:
    """Where the event's date stands in the text, as the sentence writes it (in any
    language); None when the text shown is trimmed short of it."""
    at = text.find(event.written) if event.written else -1
    return (at, at + len(event.written)) if at >= 0 else None


# Filters: the sources, actors and themes of the entries shown, each with its entries.


@dataclass(frozen=True, slots=True)
class Facet:
    id: str
    name: str
    links: tuple[tuple[str, str], ...]  # (anchor, date label) of its entries, in timeline order


@dataclass(frozen=True, slots=True)
class Filters:
    sources: tuple[Facet, ...]
    actors: tuple[Facet, ...]
    themes: tuple[Facet, ...]


def filters(briefing: Briefing, shown: Sequence[Entry]) -> Filters:
    actors, themes = briefing.gazetteer.actors_by_id, briefing.gazetteer.themes_by_id
    return Filters(
        sources=_facets(
            shown, lambda p: (p.slug,), lambda slug: briefing.by_slug[slug].article.title
        ),
        actors=_facets(shown, lambda p: p.actors, lambda actor: actors[actor].name),
        themes=_facets(shown, lambda p: p.themes, lambda theme: themes[theme].title),
    )


def _facets(
    shown: Sequence[Entry], keys: Callable[[Passage], Iterable[str]], name: Callable[[str], str]
) -> tuple[Facet, ...]:
    found = [Facet(key, name(key), _links(mine)) for key, mine in entries_by(shown, keys).items()]
    return tuple(sorted(found, key=lambda facet: (facet.name.casefold(), facet.id)))


def _links(mine: Iterable[Entry]) -> tuple[tuple[str, str], ...]:
    """Links to entries by their dates; a date met again is numbered: 2018, 2018 (2)."""
    seen: Counter[str] = Counter()
    links = []
    for entry in mine:
        seen[entry.label] += 1
        times = seen[entry.label]
        links.append((entry.anchor, entry.label if times == 1 else f"{entry.label} ({times})"))
    return tuple(links)
