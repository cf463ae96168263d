"""People named in full once, then by surname or title: "Vladimir Putin … Mr. Putin".

An article names a person in full, then goes on with the surname alone
("Putin"), a title and the surname ("President Putin", "Mr. Xi") or the title
and the full name. Once the full name has been read, an article's later surname
mentions resolve to that person, and a title before a person's name is part of
the mention, so the link covers "President Xi" and not "Xi" alone.
"""

from __future__ import annotations

import re

from ..model import Actor, Mention
from .matching import NameMatcher
from .tagging import Tagger

TITLES = (
    r"President|Vice[- ]President|Prime Minister|Premier|Foreign Minister|Defen[cs]e Minister|"
    r"Minister|Deputy Foreign Minister|Chairman|General|Secretary[- ]General|Secretary|"
    r"Senator|Ambassador|Mr|Mrs|Ms|Dr|Prof|Président|Présidente|Ministre|M|Mme|Präsident|"
    r"Präsidentin|Kanzler|Kanzlerin|Außenminister|Herr|Frau|Presidente|Canciller|Señor|Sr|Sra|"
    r"президент|премьер|премьер-министр|министр|глава МИД|генсек|председатель|г-н"
)
# Titles (any case, a nationality or office word before them allowed) ending right
# where the name begins: "Chinese president Xi", "Mr. Putin", "le président Tokaïev".
TITLE_REACH = 60  # characters before a name that a title may take up
_TITLE_BEFORE = re.compile(rf"(?:\b(?:{TITLES})\.?\s+)+$", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+")


def _last_word(text: str) -> str:
    found = _WORD.findall(text)
    return found[-1].casefold() if found else ""


# The last word of each title: a title ends right before a name with one of these.
_TITLE_ENDS = frozenset(_last_word(title) for title in TITLES.split("|"))
_TITLE_AT_START = re.compile(rf"^(?:(?:{TITLES})\.?\s+)+", re.IGNORECASE)


class PersonResolver:
    """Mentions of actors in an article's texts, read in order, people resolved."""

    def __init__(self, tagger: Tagger):
        self.tagger = tagger
        self.people = {a.id: a for a in tagger.gazetteer.actors if a.kind == "person"}
        self.others = {
            name.casefold() for a in tagger.gazetteer.actors for name in a.names_in(tagger.language)
        }
        self.named: set[str] = set()  # people named in full so far
        self.surnames: NameMatcher | None = None

    def mentions(self, text: str) -> list[Mention]:
        found = [self._completed(text, m) for m in self.tagger.actor_mentions(text)]
        found = _joined(text, found)
        full = [m for m in found if m.id in self.people and _is_full(m.text)]
        new = {m.id for m in full} - self.named
        if new:
            self.named |= new
            self.surnames = self._surname_matcher()
        if self.surnames is not None:
            first_full = min((m.start for m in full), default=0)
            later = [m for m in self.surnames.find(text) if m.start >= first_full]
            found = _joined(text, _merged(found, later))
        return [self._titled(text, m) for m in found]

    def _surname_matcher(self) -> NameMatcher | None:
        names = []
        for person_id in sorted(self.named):
            for surname in _surnames(self.people[person_id], self.tagger.language):
                if surname.casefold() not in self.others:
                    names.append((surname, person_id))
        return NameMatcher(names, self.tagger.language) if names else None

    def _completed(self, text: str, mention: Mention) -> Mention:
        """A person's mention that ends where a full name of theirs begins, run on to its
        end: "President Xi" in "President Xi Jinping"."""
        person = self.people.get(mention.id)
        if person is None:
            return mention
        for name in person.names_in(self.tagger.language):
            first, _, rest = name.partition(" ")
            ends_with_first = mention.text.casefold().endswith(first.casefold())
            if rest and ends_with_first and _follows(text, mention.end, rest):
                end = mention.end + 1 + len(rest)
                return Mention(mention.id, mention.start, end, text[mention.start : end])
        return mention

    def _titled(self, text: str, mention: Mention) -> Mention:
        if mention.id not in self.people:
            return mention
        before = text[max(0, mention.start - TITLE_REACH) : mention.start].split()
        if not before or _last_word(before[-1]) not in _TITLE_ENDS:
            return mention  # no title word right before the name: the common case, made quick
        title = _TITLE_BEFORE.search(text, max(0, mention.start - TITLE_REACH), mention.start)
        if title is None:
            return mention
        start = title.start()
        return Mention(mention.id, start, mention.end, text[start : mention.end])


def _surnames(person: Actor, language: str | None) -> list[str]:
    """The last word of each of a person's full names: how a text names them again."""
    return sorted({name.split()[-1] for name in person.names_in(language) if len(name.split()) > 1})


def _follows(text: str, end: int, rest: str) -> bool:
    after = text[end + 1 : end + 1 + len(rest)]
    beyond = text[end + 1 + len(rest) : end + 2 + len(rest)]
    return (
        text[end : end + 1] == " "
        and after.casefold() == rest.casefold()
        and not (beyond.isalnum())
    )


def untitled(name: str) -> str:
    """A name less the titles before it: "Xi Jinping" of "President Xi Jinping"."""
    return _TITLE_AT_START.sub("", name)


def _is_full(name: str) -> bool:
    """A name of two words or more once its title is set aside: "Xi Jinping", not "Mr. Xi"."""
    return len(untitled(name).split()) >= 2


def _joined(text: str, found: list[Mention]) -> list[Mention]:
    """Two mentions of one actor with only a space between are one: "President Xi" and
    "Jinping" make "President Xi Jinping"."""
    joined: list[Mention] = []
    for mention in found:
        last = joined[-1] if joined else None
        if last and last.id == mention.id and not text[last.end : mention.start].strip():
            mention = Mention(last.id, last.start, mention.end, text[last.start : mention.end])
            joined[-1] = mention
        else:
            joined.append(mention)
    return joined


def _merged(found: list[Mention], extra: list[Mention]) -> list[Mention]:
    taken = [(m.start, m.end) for m in found]
    free = [m for m in extra if all(m.end <= s or m.start >= e for s, e in taken)]
    return sorted([*found, *free], key=lambda m: m.start)
