"""The research views computed once per build, for the pages that show them."""

from __future__ import annotations

from ..model import Briefing, Research
from .chronology import entries, entries_by
from .citation import citations
from .qa import research_qa
from .quotes import quotes, quotes_by_speaker
from .timeline import timeline


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
        article_entries=entries_by(sentences, lambda passage: (passage.slug,)),
        speaker_quotes=quotes_by_speaker(found_quotes),
    )
