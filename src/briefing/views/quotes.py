"""Attributed quotes: sentences in which a named person is quoted or paraphrased.

Two shapes cover how reporting attributes speech: the verb before the speaker
("…,” said Russia expert Stephen Blank", "Said … Paul Stronski: “…”") and the
speaker before the verb ("Mr. Putin said", "American scholar Joseph Nye argues:").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..model import Passage, pickled_as_call
from ..tagging import Tagger
from . import grouped

if TYPE_CHECKING:
    from ..weave import Briefing

_VERBS = (
    "said|says|added|adds|argued|argues|noted|notes|warned|warns|explained|explains|told|"
    "wrote|writes|stressed|stresses|insisted|insists|observed|observes|stated|states|claimed|claims"
)
_WORD = r"[A-Z][a-z][\w’'\-]*"
_NAME = (
    rf"(?P<name>(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+{_WORD}(?:\s+{_WORD})?)|{_WORD}(?:\s+{_WORD}){{1,2}})"
)
_DESCRIPTOR = r"(?P<role>(?:[\w’'\-]+\s+){0,6}?)"
_VERB_FIRST = re.compile(
    rf"\b(?i:{_VERBS}|according\s+to)\s+{_DESCRIPTOR}{_NAME}(?=\s*[:,.;]|\s*$)"
)
_SPEAKER_FIRST = re.compile(
    rf"(?P<role>(?:\b[A-Z][a-z]+\s+)?(?:\b[a-z][\w\-]*\s+){{0,3}}?)\b{_NAME}\s+(?:{_VERBS})\b"
)
# Both shapes need one of these words; plain substring tests rule most
# sentences out many times faster than a case-blind pattern would.
_CUES = (*_VERBS.split("|"), "according")
_ROLE_WORDS = re.compile(r"^(?:[A-Z][a-z]+\s+(?:and\s+[A-Z][a-z]+\s+)?)?(?:[a-z][\w\-]*\s*)+$")


@pickled_as_call
@dataclass(frozen=True, slots=True)
class Quote:
    speaker: str | None  # actor id of the person, when the gazetteer knows them
    name: str  # the name as the source gives it
    role: str  # how the source describes the speaker, or ""
    passage: Passage


def find_speaker(sentence: str) -> tuple[str, str] | None:
    """(name, role) of the person a sentence attributes speech to, if any."""
    folded = sentence.lower()
    if not any(cue in folded for cue in _CUES):
        return None
    for pattern in (_VERB_FIRST, _SPEAKER_FIRST):
        match = pattern.search(sentence)
        if match:
            name = match.group("name").strip()
            role = match.group("role").strip()
            return name, role if _ROLE_WORDS.match(role + " ") or not role else ""
    return None


def article_quotes(passages: list[Passage], tagger: Tagger) -> tuple[Quote, ...]:
    """The quotes among an article's sentences, each tied to a person of the gazetteer if known."""
    found = []
    for passage in passages:
        speaker = find_speaker(passage.text)
        if speaker is None:
            continue
        name, role = speaker
        person = _person(tagger, name)
        if person is None and _names_other_actor(tagger, name):
            continue  # "said China's foreign ministry" style: not a person
        found.append(Quote(person, name, role, passage))
    return tuple(found)


def quotes(briefing: Briefing) -> list[Quote]:
    return [quote for woven in briefing.articles for quote in woven.quotes]


def quotes_by_speaker(found: tuple[Quote, ...]) -> dict[str, tuple[Quote, ...]]:
    """The quotes of each actor who speaks, in briefing order."""
    return grouped((quote.speaker, quote) for quote in found if quote.speaker)


def _person(tagger: Tagger, name: str) -> str | None:
    for mention in tagger.actor_mentions(name):
        if tagger.gazetteer.actors_by_id[mention.id].kind == "person":
            return mention.id
    return None


def _names_other_actor(tagger: Tagger, name: str) -> bool:
    return any(m.start == 0 and m.end == len(name) for m in tagger.actor_mentions(name))


def candidate_speakers(found: list[Quote]) -> list[str]:
    """Quoted people the gazetteer does not know yet."""
    return sorted({q.name for q in found if q.speaker is None})
