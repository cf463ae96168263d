"""Quotations: the words an article quotes, who it says speaks them, and where they stand,
found as the article is woven (views/quotes.py gathers every article's).

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

from collections.abc import Callable, Sequence

from ..model import Block, Gazetteer, Mention, Quote, QuotedPart, primary_language
from . import speech
from .speech.chinese import chinese_speech
from .speech.lexicons import lexicon
from .speech.reported import last_named, reported_speech
from .speech.speakers import last_speaker


def article_quotes(
    slug: str,
    paragraphs: Sequence[tuple[Block, list[Mention]]],
    gazetteer: Gazetteer,
    language: str | None = "en",
) -> tuple[Quote, ...]:
    """The quotations of an article, from its paragraphs and the actors woven in them.

    English is read by its many frames (speech/), the languages lexicons.py knows by
    theirs (speech/reported.py); another language's quotations are left unfound
    rather than found wrongly."""
    read = _reader(language, gazetteer)
    if read is None:
        return ()
    found: list[tuple[list[QuotedPart], speech.Speaker | None]] = []
    left_open: int | None = None  # the number of a paragraph that ends in open quotation
    for block, mentions in paragraphs:
        text = block.text
        quoted = read(text, mentions)
        for index, (quote, speaker) in enumerate(quoted):
            part = _part(slug, block.anchor, text, quote)
            goes_on = left_open is not None and block.number == left_open + 1
            if index == 0 and goes_on and not text[: quote.opened].strip():
                parts, before = found[-1]
                found[-1] = ([*parts, part], before or speaker)
            else:
                found.append(([part], speaker))
        left_open = block.number if quoted and not quoted[-1][0].closed else None
    full = _full_names([s for _, s in found if s and s.person and not s.actors])
    return tuple(
        Quote(_named(speaker, full), speaker.actors, speaker.role, tuple(parts))
        for parts, speaker in found
        if speaker is not None
    )


_Found = list[tuple[speech.Quoted, speech.Speaker | None]]
_Read = Callable[[str, list[Mention]], _Found]


def _reader(language: str | None, gazetteer: Gazetteer) -> _Read | None:
    """What reads a paragraph's quotations and their speakers in this language."""
    if (language or "en").lower().startswith("en"):

        def english(text: str, mentions: list[Mention]) -> _Found:
            quoted = speech.quotations(text)
            reader = speech.SpeakerReader(text, quoted, mentions, gazetteer)
            return [(quote, reader.speaker(index)) for index, quote in enumerate(quoted)]

        return english
    last: list[speech.Speaker | None] = [None]  # the speaker quoted last, paragraph to paragraph
    if primary_language(language) == "zh":

        def chinese(text: str, mentions: list[Mention]) -> _Found:
            quoted = chinese_speech(text, mentions, gazetteer.actors_by_id, last[0])
            last[0] = last_speaker(quoted, last[0])
            return quoted

        return chinese
    words = lexicon(language)
    if words is None:
        return None

    def other(text: str, mentions: list[Mention]) -> _Found:
        quoted = reported_speech(text, mentions, gazetteer.actors_by_id, words, last[0])
        if not any(speaker for _, speaker in quoted):  # "– дейді ол" in the next stands
            # for whom this one names last
            last[0] = last_named(text, mentions, gazetteer.actors_by_id, words) or last[0]
        last[0] = last_speaker(quoted, last[0])
        return quoted

    return other


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
    words = text[quote.start : quote.end]
    first = quote.start + len(words) - len(words.lstrip())  # French sets spaces inside: « … »
    last = max(first, quote.start + len(words.rstrip()))
    return QuotedPart(slug, anchor, text[start:end], first - start, last - start)
