"""Quotations: the words an article quotes, who it says speaks them, and where they stand.

speech/ reads each paragraph: the quoted words, the frames that report them and the
speakers they name (see there for the shapes of reported speech it knows). Here the
quotations of an article are gathered as records the pages show: the speaker in the
text's words and as the gazetteer's actors, the role the text gives, and the words
within the sentences that hold them, a part per paragraph they run over.

A quotation whose speaker the text does not state ("… is being hailed as a “…”")
keeps the speaker None; the quotes page lists it apart with the quotations of
speakers the text only describes ("the two countries"), under no one's name, and no
actor's page shows it. Quoted terms with no frame ("the “reset”") are no quotations.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import speech
from ..model import Block, Gazetteer, Mention, pickled_as_call
from . import grouped

if TYPE_CHECKING:
    from ..weave import Briefing


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

    @property
    def named(self) -> bool:
        """Whether an unknown speaker is a name ("Joseph Nye"), not a description
        ("the two countries", "India's prime minister")."""
        return not self.actors and speech.is_name(self.speaker or "")


def article_quotes(
    slug: str,
    paragraphs: Sequence[tuple[Block, list[Mention]]],
    gazetteer: Gazetteer,
    language: str | None = "en",
) -> tuple[Quote, ...]:
    """The quotations of an article, from its paragraphs and the actors woven in them.

    Only English is read: the frames are English words, and another language's
    quotations are left unfound rather than found wrongly."""
    if not (language or "en").lower().startswith("en"):
        return ()
    found: list[tuple[list[QuotedPart], speech.Speaker | None]] = []
    left_open: int | None = None  # the number of a paragraph that ends in open quotation
    for block, mentions in paragraphs:
        text = block.text
        quoted = speech.quotations(text)
        reader = speech.SpeakerReader(text, quoted, mentions, gazetteer)
        for index, quote in enumerate(quoted):
            speaker = reader.speaker(index)
            part = _part(slug, block.anchor, text, quote)
            goes_on = left_open is not None and block.number == left_open + 1
            if index == 0 and goes_on and not text[: quote.opened].strip():
                parts, before = found[-1]
                found[-1] = ([*parts, part], before or speaker)
            else:
                found.append(([part], speaker))
        left_open = block.number if quoted and not quoted[-1].closed else None
    full = _full_names([s for _, s in found if s and s.person and not s.actors])
    return tuple(
        Quote(_named(speaker, full), speaker.actors, speaker.role, tuple(parts))
        for parts, speaker in found
        if speaker is not None
    )


def _full_names(strangers: list[speech.Speaker]) -> dict[str | None, str]:
    """A surname to the full name the article first gave it, for people the gazetteer
    lacks: "Aigerim Bekova … Bekova said" (persons.py does as much for its people)."""
    full: dict[str | None, str] = {}
    for speaker in strangers:
        name = speaker.name or ""
        if " " in name:
            full.setdefault(name.split()[-1], name)
    return full


def _named(speaker: speech.Speaker, full: dict[str | None, str]) -> str | None:
    return speaker.name if speaker.actors else full.get(speaker.name, speaker.name)


def _part(slug: str, anchor: str, text: str, quote: speech.Quoted) -> QuotedPart:
    start, end = speech.context(text, quote)
    return QuotedPart(slug, anchor, text[start:end], quote.start - start, quote.end - start)


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


def candidate_speakers(found: list[Quote]) -> list[str]:
    """Quoted people and bodies the gazetteer does not know yet, by their names."""
    return sorted({q.speaker for q in found if q.speaker and q.named})
