"""The research views computed once per build, for the pages that show them."""

from __future__ import annotations

from dataclasses import dataclass

from ..weave import Briefing
from .chronology import Entry, entries, entries_by
from .citation import Citation, citations
from .qa import Finding, research_qa
from .quotes import Quote, quotes, quotes_by_speaker
from .timeline import Event, timeline


@dataclass(frozen=True)
class Research:
    events: tuple[Event, ...]
    quotes: tuple[Quote, ...]
    citations: dict[str, Citation]  # by article slug
    findings: tuple[Finding, ...]
    entries: tuple[Entry, ...]  # the events by sentence, as the timeline shows them
    actor_entries: dict[str, tuple[Entry, ...]]  # by actor id, in timeline order
    theme_entries: dict[str, tuple[Entry, ...]]  # by theme id
    speaker_quotes: dict[str, tuple[Quote, ...]]  # by the actor id of who is quoted


def research_views(briefing: Briefing) -> Research:
    found_quotes = tuple(quotes(briefing))
    events = tuple(timeline(briefing))
    sentences = entries(events)
    return Research(
        events=events,
        quotes=found_quotes,
        citations=citations([w.article for w in briefing.articles]),
        findings=tuple(research_qa(briefing, found_quotes)),
        entries=sentences,
        actor_entries=entries_by(sentences, lambda passage: passage.actors),
        theme_entries=entries_by(sentences, lambda passage: passage.themes),
        speaker_quotes=quotes_by_speaker(found_quotes),
    )
