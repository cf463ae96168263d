"""Who a frame's words name as speaking, read through the actors woven in the paragraph.

- a person named last ("Russia expert Stephen Blank"): the person, and the words
  before the name, or an aside, as the role the text gives them;
- actors joined by "and" ("Beijing and Moscow"): all of them;
- words headed by an actor ("China’s recently published … defense white paper");
- a document of someone's ("Mr. Bogdanov’s proposal"): its author;
- a name the gazetteer lacks ("American scholar Joseph Nye"), its title in the role;
- else the text's own words, when they name a source at all: a group ("the two
  countries", "Many in Russia"), a body, a document ("the concept"), or anything a
  verb only speakers are subjects of has ("a woman selling jackets told me").
Words that name no source ("this rupture … underlined") make no speaker; nor does
the writer ("we asked").
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from ...model import Actor, Gazetteer, Mention
from ..persons import untitled
from .frames import Continues, Frame, attributions, frames_before
from .marks import Quoted
from .phrases import Span
from .words import (
    ARTICLES,
    AUTHOR,
    COMMON_HEADS,
    DOCUMENTS,
    HE,
    HONORIFICS,
    INNER,
    JOINING,
    PEOPLE,
    SHE,
)


@dataclass(frozen=True)
class Speaker:
    name: str | None  # in the text's words; None: the text does not say
    actors: tuple[str, ...] = ()
    role: str = ""
    person: bool = False  # whom "he" or "she" may stand for
    document: bool = False  # what may "entail" or "envisage"


UNSTATED = Speaker(None)


def is_person(actors: dict[str, Actor], actor_id: str) -> bool:
    """Whether the gazetteer's actor of this id is a person."""
    actor = actors.get(actor_id)
    return actor is not None and actor.kind == "person"


def last_speaker(
    read: list[tuple[Quoted, Speaker | None]], before: Speaker | None = None
) -> Speaker | None:
    """The speaker of the last quotation read that has one, else ``before``."""
    return next((speaker for _, speaker in reversed(read) if speaker is not None), before)


class SpeakerReader:
    """Reads the frames of one paragraph's quotations as speakers, in order."""

    def __init__(
        self, text: str, quoted: list[Quoted], mentions: list[Mention], gazetteer: Gazetteer
    ) -> None:
        self.text = text
        self.quoted = quoted
        self.mentions = mentions
        self.actors = gazetteer.actors_by_id
        self.spoken: list[Speaker | None] = []  # the speaker of each quotation read so far

    def speaker(self, index: int) -> Speaker | None:
        """The speaker of the quotation, from the first of its frames that names one; None:
        no frame names one, and the words in marks are no quotation. Read them in order."""
        found = None
        for frame in attributions(self.text, self.quoted, index):
            if isinstance(frame, Continues):
                found = self.spoken[frame.quote]
            elif frame.speaker is None:
                found = UNSTATED
            elif frame.pronoun:
                found = self._antecedent(frame.pronoun, frame.speaker[0], frame.content)
            else:
                found = self._framed(frame)
            if found is not None:
                break
        self.spoken.append(found)
        return found

    def _framed(self, frame: Frame) -> Speaker | None:
        assert frame.speaker is not None
        found = self.named(*frame.speaker, frame.apposition, frame.saying)
        return None if found and frame.content and not found.document else found

    def _antecedent(self, pronoun: str, at: int, content: bool) -> Speaker | None:
        """Whom a pronoun stands for: the last speaker it may be, quoted or saying, else
        the last person named before it."""
        for earlier in reversed(self.spoken):
            if earlier and _agrees(pronoun, earlier):
                return earlier if earlier.document or not content else None
        if content:
            return None
        for frame in reversed(frames_before(self.text, self.quoted, at)):
            found = self._framed(frame)
            if found and _agrees(pronoun, found):
                return found
        people = [m for m in self.mentions if m.end <= at and self._is_person(m.id)]
        if people and pronoun in ("he", "she"):
            return self._person(people[-1], people[-1].start, None)
        return UNSTATED

    def named(self, start: int, end: int, aside: Span | None, saying: bool) -> Speaker | None:
        """The speaker some words of the paragraph name, or None when they name no source.
        ``saying``: they are the subject of a verb only speakers are subjects of."""
        if self.text[start:end].lower() in AUTHOR:
            return None
        within = [m for m in self.mentions if start <= m.start and m.end <= end]
        known = self._known(start, end, within, aside)
        if known:
            return known
        name = self._name_at_end(start, end)
        if name is not None:
            return self._stranger(name, start, end, aside)
        words = self.text[start : self._head_end(start, end)].split()
        head = words[-1].lower() if words else ""
        if saying or head in COMMON_HEADS - ARTICLES or _capitalised_name(words[-1:]):
            document = head in DOCUMENTS
            person = head in PEOPLE or (saying and not document and not head.endswith("s"))
            return Speaker(_lowered(self.text[start:end]), (), "", person, document)
        return None

    def _known(
        self, start: int, end: int, within: list[Mention], aside: Span | None
    ) -> Speaker | None:
        """The speaker, when the words name actors the gazetteer knows."""
        if len(within) > 1 and self._joined(within, start, end):
            return Speaker(self.text[start:end], tuple(dict.fromkeys(m.id for m in within)))
        if within and within[-1].end == end and self._is_person(within[-1].id):
            return self._person(within[-1], start, aside)
        head_end = self._head_end(start, end)
        head = self.text[start:head_end].split()[-1:]
        document = bool(head) and head[0].lower() in DOCUMENTS
        headed = [m for m in within if m.end == head_end]
        if headed:
            return Speaker(self.text[start:end], (headed[0].id,), document=document)
        owners = [m for m in within if self.text[m.end : m.end + 2] in ("’s", "'s")]
        if document and owners:  # "Mr. Bogdanov’s proposal": the author speaks
            if self._is_person(owners[-1].id):
                return self._person(owners[-1], start, None, document=True)
            return Speaker(self.text[start:end], (owners[-1].id,), document=True)
        return None

    def _person(
        self, mention: Mention, start: int, aside: Span | None, document: bool = False
    ) -> Speaker:
        bare = untitled(mention.text)
        title = mention.text[: len(mention.text) - len(bare)]
        role = _role(self.text[start : mention.start] + title)
        if not role and aside:
            role = _role(self.text[aside[0] : aside[1]])
        return Speaker(mention.text, (mention.id,), role, person=True, document=document)

    def _stranger(self, name: int, start: int, end: int, aside: Span | None) -> Speaker:
        """A person the gazetteer does not know: the name, a title before it in the role."""
        full = self.text[name:end]
        bare = untitled(full)
        role = _role(self.text[start:name] + full[: len(full) - len(bare)])
        if not role and aside:
            role = _role(self.text[aside[0] : aside[1]])
        return Speaker(bare, (), role, person=True)

    def _is_person(self, actor_id: str) -> bool:
        return is_person(self.actors, actor_id)

    def _joined(self, within: list[Mention], start: int, end: int) -> bool:
        """Whether the words are nothing but actors joined: "Beijing and Moscow"."""
        gaps = [self.text[start : within[0].start], self.text[within[-1].end : end]]
        gaps += [self.text[a.end : b.start] for a, b in pairwise(within)]
        return all(set(gap.replace(",", " , ").split()) <= JOINING for gap in gaps)

    def _head_end(self, start: int, end: int) -> int:
        """Where the head of the words ends: before words that only place it ("Many in
        Russia"), not in a name that goes on over "of" ("Ministry of Foreign Affairs")."""
        position = start
        previous: list[str] = []
        for word in self.text[start:end].split(" "):
            if word.lower() in INNER and previous and not _capitalised_name(previous):
                return position - 1
            position += len(word) + 1
            previous = [word]
        return end

    def _name_at_end(self, start: int, end: int) -> int | None:
        """Where a name of two words or more begins, when the words end with one after
        those describing its bearer ("American scholar Joseph Nye")."""
        words = self.text[start:end].split(" ")
        count = 0
        while count < len(words) and _capitalised_name(words[len(words) - 1 - count :][:1]):
            count += 1
        before = words[: len(words) - count]
        if count < 2 or (before and before[-1].lower() in INNER | ARTICLES):
            return None
        return end - len(" ".join(words[len(words) - count :]))


def is_name(words: str) -> bool:
    """Whether a speaker in the text's words is a name ("Joseph Nye"), not a description
    ("the two countries", "Many in Russia", "India's prime minister")."""
    found = words.split()
    return bool(found) and _capitalised_name(found[:1]) and _capitalised_name(found[-1:])


def _agrees(pronoun: str, speaker: Speaker) -> bool:
    """Whether a pronoun may stand for a speaker: "he" for a person not said to be a woman."""
    if not speaker.name or speaker.person != (pronoun in ("he", "she")):
        return False
    other = {"he": SHE, "she": HE}.get(pronoun, frozenset())
    return other.isdisjoint(speaker.name.lower().split() + speaker.role.lower().split())


def _capitalised_name(words: list[str]) -> bool:
    """Whether a word is capitalised and may be a name, not a common word opening a sentence."""
    return bool(words) and words[0][:1].isupper() and words[0].lower() not in COMMON_HEADS


def _role(words: str) -> str:
    kept = words.split()
    while kept and kept[0].lower() in ARTICLES:
        kept.pop(0)
    while kept and kept[-1].lower() in HONORIFICS:
        kept.pop()
    return " ".join(kept).strip(" ,")


def _lowered(words: str) -> str:
    """The text's words, an article opening them in lower case: "the two countries"."""
    first, _, rest = words.partition(" ")
    return f"{first.lower()} {rest}" if first in ("The", "A", "An") and rest else words
