"""The research views computed once per build, for the pages that show them."""

from __future__ import annotations

from dataclasses import dataclass

from ..weave import Briefing
from .citation import Citation, citations
from .qa import Finding, research_qa
from .quotes import Quote, quotes
from .timeline import Event, timeline


@dataclass(frozen=True)
class Research:
    events: tuple[Event, ...]
    quotes: tuple[Quote, ...]
    citations: dict[str, Citation]  # by article slug
    findings: tuple[Finding, ...]


def research_views(briefing: Briefing) -> Research:
    found_quotes = tuple(quotes(briefing))
    return Research(
        events=tuple(timeline(briefing)),
        quotes=found_quotes,
        citations=citations([w.article for w in briefing.articles]),
        findings=tuple(research_qa(briefing, found_quotes)),
    )
