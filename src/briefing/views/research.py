"""The research views computed once per build, for the pages that show them."""

from __future__ import annotations

from dataclasses import dataclass

from ..tagging import Tagger
from ..weave import Briefing
from .quotes import Quote, quotes
from .timeline import Event, timeline


@dataclass(frozen=True)
class Research:
    events: tuple[Event, ...]
    quotes: tuple[Quote, ...]


def research_views(briefing: Briefing, tagger: Tagger) -> Research:
    return Research(events=tuple(timeline(briefing)), quotes=tuple(quotes(briefing, tagger)))
