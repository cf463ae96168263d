"""The research views computed once per build, for the pages that show them."""

from __future__ import annotations

from dataclasses import dataclass

from ..tagging import Tagger
from ..weave import Briefing
from .citation import Citation, citations
from .quotes import Quote, quotes
from .timeline import Event, timeline


@dataclass(frozen=True)
class Research:
    events: tuple[Event, ...]
    quotes: tuple[Quote, ...]
    citations: dict[str, Citation]  # by article slug


def research_views(briefing: Briefing, tagger: Tagger) -> Research:
    return Research(
        events=tuple(timeline(briefing)),
        quotes=tuple(quotes(briefing, tagger)),
        citations=citations([w.article for w in briefing.articles]),
    )
