"""The quotes of the whole briefing, by speaker, as the pages name them (weave/quoting.py
finds each article's, and says which words are quotations and who speaks them).
"""

from __future__ import annotations

from ..model import Briefing, Gazetteer, Quote
from ..weave import speech
from . import grouped


def quotes(briefing: Briefing) -> list[Quote]:
    return [quote for woven in briefing.articles for quote in woven.quotes]


def quotes_by_speaker(found: tuple[Quote, ...]) -> dict[str, tuple[Quote, ...]]:
    """The quotes of each actor who speaks, in briefing order."""
    return grouped((actor, quote) for quote in found for actor in quote.actors)


def speaker_name(quote: Quote, gazetteer: Gazetteer) -> str | None:
    """Who speaks, as pages name them: the gazetteer's names, else the text's words."""
    if quote.actors:
        names = [gazetteer.actors_by_id[a].name for a in quote.actors]
        return ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else names[0]
    return quote.speaker


def named_stranger(quote: Quote) -> bool:
    """Whether an unknown speaker is a name ("Joseph Nye"), not a description
    ("the two countries", "India's prime minister")."""
    return not quote.actors and speech.is_name(quote.speaker or "")


def candidate_speakers(found: list[Quote]) -> list[str]:
    """Quoted people and bodies the gazetteer does not know yet, by their names."""
    return sorted({q.speaker for q in found if q.speaker and named_stranger(q)})
