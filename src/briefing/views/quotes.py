"""Quotations: the words an article quotes, who it says speaks them, and where they stand.

speech.py finds quoted words and the frames that report them. Here a frame's words
are read as a speaker, through the mentions woven for the paragraph:

- a person named last ("Russia expert Stephen Blank"): the person, and the words
  before the name as the role the text gives them;
- actors joined by "and" ("Beijing and Moscow"): all of them;
- words headed by an actor ("China’s recently published … defense white paper");
- a document of someone's ("Mr. Bogdanov’s proposal"): its author;
- else the text's own words, when they name a source at all: a name the gazetteer
  lacks ("Joseph Nye"), a group ("the two countries", "Many in Russia"), a document
  ("the concept"). Words that name no source ("this rupture") make no quotation.

A quotation whose speaker the text does not state ("… is being hailed as a “…”")
keeps the speaker None: the quotes page lists it apart, under no one's name, and
no actor's page shows it. A quotation that goes on over paragraphs (the first left
open, the next opening with a mark) is one quotation in several parts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING

from .. import speech
from ..model import Block, Gazetteer, Mention, pickled_as_call
from ..persons import _TITLE_AT_START
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
        words = (self.speaker or "").split()
        if self.actors or not words:
            return False
        return _capitalised_name(words[0]) and _capitalised_name(words[-1])


@dataclass(frozen=True)
class Speaker:
    name: str | None  # None: the text does not say
    actors: tuple[str, ...] = ()
    role: str = ""
    person: bool = False  # whom "he" or "she" may stand for
    document: bool = False  # what may "entail" or "envisage"


UNSTATED = Speaker(None)

_forms = speech.word_set
# Words that name a source when the gazetteer does not know it: people, bodies, groups.
_PEOPLE = _forms(
    "official expert analyst scholar observer critic diplomat minister spokesman spokeswoman",
    "spokesperson president leader researcher commentator source resident citizen member",
    "delegate participant woman man person trader operator economist officer worker",
)
_BODIES = _forms(
    "countries country states nations governments government leaders officials experts",
    "analysts scholars observers critics diplomats ministry ministries sides side parties",
    "partners capitals media press agency authorities researchers commentators sources",
    "residents people citizens members delegates delegation participants military army",
    "embassy council committee commission bank company organisation organization alliance",
    "bloc union office administration cabinet parliament court newspaper institute team group",
    "groups many some most several few both all others",
)
_DOCUMENTS = _forms(
    "concept proposal proposals plan paper papers report statement declaration communiqué",
    "communique treaty agreement charter resolution strategy doctrine document letter article",
    "law constitution memorandum text study survey editorial speech remarks draft blueprint",
    "programme program roadmap manifesto",
)
_ARTICLES = _forms("the a an")
_COMMON_HEADS = _PEOPLE | _BODIES | _DOCUMENTS | _ARTICLES | _forms("this these those one")
_HONORIFICS = _forms("mr mr. mrs mrs. ms ms. dr dr. prof prof.")
_JOINING = _forms("and , both")
_AUTHOR = _forms("i we you me us")  # the writer and the reader: never the speaker quoted
# Words that say a speaker is a woman or a man, whom "he" or "she" then cannot stand for.
_SHE = _forms("she her woman women mrs mrs. ms ms. mother wife daughter sister girl lady")
_SHE |= _forms("businesswoman chairwoman spokeswoman")
_HE = _forms("he his man men mr mr. father husband son brother boy businessman chairman")
_HE |= _forms("spokesman")
_INNER = _forms("of in from at between among within with for on to")


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
    found: list[tuple[list[QuotedPart], Speaker | None]] = []
    left_open: int | None = None  # the number of a paragraph that ends in open quotation
    for block, mentions in paragraphs:
        text = block.text
        quoted = speech.quotations(text)
        reader = _Reader(text, mentions, gazetteer, quoted)
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
    named = _full_names([s for _, s in found if s and s.person and not s.actors])
    return tuple(
        Quote(named.get(speaker.name, speaker.name), speaker.actors, speaker.role, tuple(parts))
        for parts, speaker in found
        if speaker is not None
    )


def _full_names(strangers: list[Speaker]) -> dict[str | None, str]:
    """A surname to the full name the article first gave it, for people the gazetteer
    lacks: "Aigerim Bekova … Bekova said" (persons.py does as much for its people)."""
    full: dict[str | None, str] = {}
    for speaker in strangers:
        name = speaker.name or ""
        if " " in name:
            full.setdefault(name.split()[-1], name)
    return full


def _part(slug: str, anchor: str, text: str, quote: speech.Quoted) -> QuotedPart:
    start, end = speech.context(text, quote)
    return QuotedPart(slug, anchor, text[start:end], quote.start - start, quote.end - start)


class _Reader:
    """Reads the frames of one paragraph's quotations as speakers, in order."""

    def __init__(
        self, text: str, mentions: list[Mention], gazetteer: Gazetteer, quoted: list[speech.Quoted]
    ) -> None:
        self.text = text
        self.mentions = mentions
        self.actors = gazetteer.actors_by_id
        self.frames = speech.attributions(text, quoted)
        self.quoted = quoted
        self.spoken: list[Speaker | None] = []  # the speaker of each quotation read so far

    def speaker(self, index: int) -> Speaker | None:
        """The speaker of the first frame that names one; None: no quotation."""
        found = None
        for frame in self.frames[index]:
            if isinstance(frame, speech.Continues):
                found = self.spoken[frame.quote]
            elif frame.speaker is None:
                found = UNSTATED
            elif frame.pronoun:
                found = self._antecedent(frame.pronoun, frame.speaker[0], frame.content)
            else:
                found = self._named(*frame.speaker, frame.apposition, frame.saying)
                if found and frame.content and not found.document:
                    found = None
            if found is not None:
                break
        self.spoken.append(found)
        return found

    def _antecedent(self, pronoun: str, at: int, content: bool) -> Speaker | None:
        """Whom a pronoun stands for: the last speaker it may be, quoted or saying."""
        person = pronoun in ("he", "she")
        for earlier in reversed(self.spoken):
            if earlier and _agrees(pronoun, earlier):
                return earlier if earlier.document or not content else None
        if content:
            return None
        for frame in reversed(speech.frames_before(self.text, self.quoted, at)):
            found = self._named(*frame.speaker, frame.apposition, frame.saying)
            if found and _agrees(pronoun, found):
                return found
        people = [m for m in self.mentions if m.end <= at and self._is_person(m.id)]
        return self._person(people[-1], people[-1].start, None) if people and person else UNSTATED

    def _named(
        self, start: int, end: int, aside: tuple[int, int] | None, saying: bool
    ) -> Speaker | None:
        """The speaker some words name, or None when they name no source (a verb that
        only speakers are subjects of takes any words: "a woman selling jackets told me")."""
        if self.text[start:end].lower() in _AUTHOR:
            return None
        within = [m for m in self.mentions if start <= m.start and m.end <= end]
        if len(within) > 1 and self._joined(within, start, end):
            return Speaker(self.text[start:end], tuple(dict.fromkeys(m.id for m in within)))
        if within and within[-1].end == end and self._is_person(within[-1].id):
            return self._person(within[-1], start, aside)
        head_end = self._head_end(start, end)
        words = self.text[start:head_end].split()
        head = words[-1].lower() if words else ""
        document = head in _DOCUMENTS
        headed = [m for m in within if m.end == head_end]
        if headed:
            return Speaker(self.text[start:end], (headed[0].id,), document=document)
        owners = [m for m in within if self.text[m.end : m.end + 2] in ("’s", "'s")]
        if document and owners:
            if self._is_person(owners[-1].id):
                return self._person(owners[-1], start, None, document=True)
            return Speaker(self.text[start:end], (owners[-1].id,), document=True)
        name = self._name_at_end(start, end)
        if name is not None:
            return self._stranger(name, start, end, aside)
        if (
            saying
            or head in _COMMON_HEADS - _ARTICLES
            or _capitalised_name(words[-1] if words else "")
        ):
            person = head in _PEOPLE or (saying and not document and not head.endswith("s"))
            return Speaker(_lowered(self.text[start:end]), (), "", person, document)
        return None

    def _person(
        self, mention: Mention, start: int, aside: tuple[int, int] | None, document=False
    ) -> Speaker:
        bare = _TITLE_AT_START.sub("", mention.text)
        title = mention.text[: len(mention.text) - len(bare)]
        role = _role(self.text[start : mention.start] + title)
        if not role and aside:
            role = _role(self.text[aside[0] : aside[1]])
        return Speaker(mention.text, (mention.id,), role, person=True, document=document)

    def _stranger(self, name: int, start: int, end: int, aside: tuple[int, int] | None) -> Speaker:
        """A person the gazetteer does not know: the name, a title before it in the role."""
        full = self.text[name:end]
        bare = _TITLE_AT_START.sub("", full)
        role = _role(self.text[start:name] + full[: len(full) - len(bare)])
        if not role and aside:
            role = _role(self.text[aside[0] : aside[1]])
        return Speaker(bare, (), role, person=True)

    def _is_person(self, actor_id: str) -> bool:
        return self.actors[actor_id].kind == "person"

    def _joined(self, within: list[Mention], start: int, end: int) -> bool:
        """Whether the words are nothing but actors joined: "Beijing and Moscow"."""
        gaps = [self.text[start : within[0].start], self.text[within[-1].end : end]]
        gaps += [self.text[a.end : b.start] for a, b in pairwise(within)]
        return all(set(gap.replace(",", " , ").split()) <= _JOINING for gap in gaps)

    def _head_end(self, start: int, end: int) -> int:
        """Where the head of the words ends: before words that only place it ("Many in
        Russia"), a name going on over "of" ("Ministry of Foreign Affairs")."""
        position = start
        previous = ""
        for word in self.text[start:end].split(" "):
            if word.lower() in _INNER and previous and not _capitalised_name(previous):
                return position - 1
            position += len(word) + 1
            previous = word
        return end

    def _name_at_end(self, start: int, end: int) -> int | None:
        """Where a name of two words or more begins, when the words end with one after
        those describing its bearer ("American scholar Joseph Nye")."""
        words = self.text[start:end].split(" ")
        count = 0
        while count < len(words) and _capitalised_name(words[-1 - count]):
            count += 1
        before = words[: len(words) - count]
        if count < 2 or (before and before[-1].lower() in _INNER | _ARTICLES):
            return None
        return end - len(" ".join(words[len(words) - count :]))


def _agrees(pronoun: str, speaker: Speaker) -> bool:
    """Whether a pronoun may stand for a speaker: "he" for a person not said to be a woman."""
    if not speaker.name or speaker.person != (pronoun in ("he", "she")):
        return False
    other = {"he": _SHE, "she": _HE}.get(pronoun, frozenset())
    return other.isdisjoint(speaker.name.lower().split() + speaker.role.lower().split())


def _capitalised_name(word: str) -> bool:
    """Whether a word is capitalised and may be a name, not a common word opening a sentence."""
    return word[:1].isupper() and word.lower() not in _COMMON_HEADS


def _role(words: str) -> str:
    kept = words.split()
    while kept and kept[0].lower() in _ARTICLES:
        kept.pop(0)
    while kept and kept[-1].lower() in _HONORIFICS:
        kept.pop()
    return " ".join(kept).strip(" ,")


def _lowered(words: str) -> str:
    """The text's words, an article opening them in lower case: "the two countries"."""
    first, _, rest = words.partition(" ")
    return f"{first.lower()} {rest}" if first in ("The", "A", "An") and rest else words


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
