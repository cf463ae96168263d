"""The research views computed once per build, for the pages that show them."""

from __future__ import annotations

from dataclasses import dataclass

from ..weave import Briefing
from .citation import Citation, citations
from .qa import Finding, research_qa
from .quotes import Quote, quotes, quotes_by_speaker
from .timeline import Event, events_by_actor, events_by_theme, timeline


@dataclass(frozen=True)
class Research:
    events: tuple[Event, ...]
    quotes: tuple[Quote, ...]
    citations: dict[str, Citation]  # by article slug
    findings: tuple[Finding, ...]
    actor_events: dict[str, tuple[Event, ...]]  # by actor id, in timeline order
    theme_events: dict[str, tuple[Event, ...]]  # by theme id
    speaker_quotes: dict[str, tuple[Quote, ...]]  # by the actor id of who is quoted


def research_views(briefing: Briefing) -> Research:
    found_quotes = tuple(quotes(briefing))
    events = tuple(timeline(briefing))
    return Research(
        events=events,
        quotes=found_quotes,
        citations=citations([w.article for w in briefing.articles]),
        findings=tuple(research_qa(briefing, found_quotes)),
        actor_events=events_by_actor(events),
        theme_events=events_by_theme(events),
        speaker_quotes=quotes_by_speaker(found_quotes),
    )
