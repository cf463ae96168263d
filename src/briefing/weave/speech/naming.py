"""Who some words of a paragraph in another language than English name as speaking
(reported.py finds the words, by the frames that report a quotation):

- a person of the gazetteer ending them, the words before as the role the text gives
  ("глава МИД России Сергей Лавров": Lavrov, "глава МИД России");
- actors of the gazetteer and nothing else ("Москва и Пекин"): all of them;
- a name the gazetteer lacks, its last two capitalised words ("Außenministerin Anna
  Weber"), three with a patronymic; an abbreviation ("МИД") is no name;
- else the words themselves, when few enough to describe a speaker ("один из дипломатов").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from ...model import Actor, Mention
from .lexicons import Lexicon
from .phrases import Token
from .speakers import Speaker, is_person

_PATRONYMIC = re.compile(r"(?:вич|вна|ична)$")
ELIDED = re.compile(r"^[lLdD]['’](?=\w)")
MOST_DESCRIBED = 7  # a speaker described, not named, in as many words at most
MOST_ROLE_WORDS = 8


class NameReader:
    """Reads speakers in the words of one paragraph."""

    def __init__(
        self, text: str, mentions: Sequence[Mention], actors: dict[str, Actor], lexicon: Lexicon
    ) -> None:
        self.text, self.mentions, self.actors, self.lexicon = text, mentions, actors, lexicon

    def speaker_in(self, words: list[Token], described: int = MOST_DESCRIBED) -> Speaker | None:
        """The speaker the words name; in words too many or too odd for one (a quotation
        among them), the first name they hold."""
        if not words:
            return None
        if any(w.quote >= 0 for w in words) or len(words) > described:
            return self.first_name(words)
        first, last = words[0].start, words[-1].end
        within = [m for m in self.mentions if first <= m.start and m.end <= last]
        if within and within[-1].end == last and self.is_person(within[-1].id):
            person = within[-1]
            named = [w for w in words if w.start >= person.start]
            name = self._name_at_end(named) or person.start  # "глава МИД Сергей Лавров"
            return Speaker(self.text[name:last], (person.id,), self.role(first, name), True)
        if within and self._only(within, first, last):
            return Speaker(self.text[first:last], tuple(dict.fromkeys(m.id for m in within)))
        stranger = self._name_at_end(words)
        if stranger is not None:
            return Speaker(self.text[stranger:last], (), self.role(first, stranger), True)
        return Speaker(self._described(first, last))

    def is_person(self, actor_id: str) -> bool:
        return is_person(self.actors, actor_id)

    def role(self, first: int, name: int) -> str:
        """How the words before a name describe its bearer: what follows the last comma,
        the last place or time ("в понедельник", "Lundi,"), the articles."""
        role = self.text[first:name].replace(",", " , ").split()
        for index in range(len(role) - 1, -1, -1):
            word = role[index].lower()
            if word == "," or word in self.lexicon.ends:
                role = role[index + (2 if word in self.lexicon.ending else 1) :]
                break
        while role and role[0].lower() in self.lexicon.articles:
            role.pop(0)
        if role:
            role[0] = ELIDED.sub("", role[0])  # "l'imprenditore"
        return " ".join(role) if len(role) <= MOST_ROLE_WORDS else ""

    def first_name(self, words: list[Token]) -> Speaker | None:
        """The first name of two words or more, with the words before it as the role:
        "Синолог Илья Веденеев из НИУ ВШЭ в интервью «Ведомостям»"."""
        runs = _runs_of_names(words)
        if not runs:
            return None
        first, end = runs[0]
        name = self.text[words[first].start : words[end - 1].end]
        return Speaker(name, (), self.role(words[0].start, words[first].start), True)

    def person_among(self, words: list[Token], by_role: bool = True) -> Speaker | None:
        """The last person the words name, with what they say of them before as the role:
        a person of the gazetteer, or two capitalised words or more ending in a surname of
        the region ("Берік Уәли", "Сейтқалиеваның" as "Сейтқалиева") or, ``by_role``,
        after a word that holds a role ("елшісі Ли Вэньцзюнь"). No actor's name such as
        "Орталық Азия" is a person."""
        if not words:
            return None
        first, last = words[0].start, words[-1].end
        people = [
            m for m in self.mentions if first <= m.start and m.end <= last and self.is_person(m.id)
        ]
        others = [m for m in self.mentions if not self.is_person(m.id)]
        found = None
        for index, end in _runs_of_names(words):
            start, stop = words[index].start, words[end - 1].end
            if any(m.start < stop and start < m.end for m in others):
                continue
            surname = CASE_ENDING.sub("", words[end - 1].text)
            held = (
                by_role and index > 0 and words[index - 1].word and words[index - 1].text.islower()
            )
            if held or SURNAME.search(surname):
                name = self._name_at_end(words[index:end]) or start  # "Vazir Jo‘rabek …"
                written = self.text[name : words[end - 1].start] + surname
                found = Speaker(written, (), self.role(first, name), True)
        if people and (found is None or people[-1].start >= self.text.find(found.name or "")):
            person = people[-1]
            return Speaker(person.text, (person.id,), self.role(first, person.start), True)
        return found

    def opening_actor(self, words: list[Token]) -> Speaker | None:
        """An actor opening the words, with the abbreviation after it: "Ресей СІМ"."""
        first = words[0].start
        opening = next((m for m in self.mentions if m.start == first), None)
        if opening is None:
            return None
        end = opening.end
        for word in words:
            if word.start == end + 1 and word.text.isupper() and len(word.text) > 1:
                end = word.end
        return Speaker(self.text[first:end], (opening.id,))

    def _only(self, within: list[Mention], first: int, last: int) -> bool:
        """Whether the words are the actors named and nothing else: "Москва и Пекин"."""
        gaps = [self.text[first : within[0].start], self.text[within[-1].end : last]]
        gaps += [self.text[a.end : b.start] for a, b in pairwise(within)]
        return all(set(gap.replace(",", " , ").split()) <= self.lexicon.joining for gap in gaps)

    def _name_at_end(self, words: list[Token]) -> int | None:
        """Where the name ending the words starts: its last two capitalised words, three
        with a patronymic ("министр Сергей Лавров", "Außenministerin Anna Weber").
        An abbreviation ("МИД") is no name, nor a word after "de" ("ministro de Defensa")."""
        count = 0
        while count < min(len(words), 3) and name_word(words[len(words) - 1 - count].text):
            count += 1
        if count == 3 and not _PATRONYMIC.search(words[-2].text):
            count = 2
        before = words[len(words) - 1 - count].text if count < len(words) else ""
        if count == 0 or (before.islower() and len(before) <= 3):
            return None
        return words[len(words) - count].start

    def _described(self, first: int, last: int) -> str:
        words = self.text[first:last].split()
        if len(words) > 1 and words[1][:1].islower() and words[0][:1].isupper():
            words[0] = words[0].lower()  # "Один из дипломатов" opened its sentence
        return " ".join(words)


# A case ending a surname may carry: "Сейтқалиеваның пікірінше" (in her view).
CASE_ENDING = re.compile(r"(?:ның|нің|дың|дің|нын|нин|дын|дин|ning|нинг|ға|ге|га|ро)$")
# How the region's surnames end: Russian and Turkic -ov/-ev, -in, -ский, -uly/-kyzy,
# Tajik -zoda, Uzbek -ovich as written in any script.
SURNAME = re.compile(
    r"(?:ов|ев|ёв|ова|ева|ёва|ин|ина|ын|ына|ский|ская|ұлы|қызы|уулу|кызы|зода|зада|ович|евич"
    r"|ov|ev|yev|ova|eva|yeva|in|ina|zoda|zade|uli|qizi|ovich|evich)$",
    re.IGNORECASE,
)


def _runs_of_names(words: list[Token]) -> list[tuple[int, int]]:
    """Where each run of two capitalised words or more starts and ends."""
    runs, index = [], 0
    while index < len(words):
        end = index
        while end < len(words) and words[end].quote < 0 and name_word(words[end].text):
            end += 1
        if end - index >= 2:
            runs.append((index, end))
        index = max(end, index + 1)
    return runs


def name_word(word: str) -> bool:
    """A capitalised word, not an abbreviation in capitals."""
    return word[:1].isupper() and not (len(word) > 1 and word.isupper())


def without_asides(words: list[Token]) -> list[Token]:
    """The words naming a speaker without what is set between brackets or commas:
    "Dr. Ulrike Brandner (Universität Regensburg)", "Xi Jinping, mais contido,",
    "Lundi, le ministre"; but the name in "Le ministre russe, Sergueï Lavrov," with the
    title before it."""
    if words and words[-1].text == ")" and any(w.text == "(" for w in words):
        opened = max(i for i, w in enumerate(words) if w.text == "(")
        words = words[:opened]
    commas = [i for i, w in enumerate(words) if w.text == ","]
    if not commas:
        return words
    parts = [words[a + 1 : b] for a, b in pairwise([-1, *commas, len(words)])]
    for before, part in pairwise(parts):
        if len(part) >= 2 and all(name_word(w.text) for w in part):
            return before + part
    return words[commas[-1] + 1 :] or words[: commas[0]]
