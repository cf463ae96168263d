"""The timeline: every dated event the sources state, in time order, each tied to its
paragraph (weave/events.py finds them, and says which sentences are events).
"""

from __future__ import annotations

from ..model import Briefing, Event, EventDate

_NO_DATE = EventDate(0)


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


def _number(anchor: str) -> int:
    return int(anchor[2:]) if anchor.startswith("p-") and anchor[2:].isdigit() else 0
