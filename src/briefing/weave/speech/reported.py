"""How a paragraph in another language than English reports speech: the few frames
the press of each language quotes by, read with its words (lexicons.py).

    «…», — заявил министр Сергей Лавров.       the verb after the words, then the speaker
    « … », a-t-il ajouté.  /  „…“, sagte er.     a pronoun: the speaker quoted last
    «…», añadió.                                 no subject, where the language drops it
    Лавров заявил журналистам: «…»              the speaker, the verb, a colon
    Am Montag sagte Scholz: „…“                 the verb, then the speaker
    Путин назвал отношения «беспрецедентными»   the words called, said "that" …
    Selon X, « … »  /  „…“, so Scholz           attributed
    «Мы готовы, — сказал Лавров. — …»           the frame within the marks

A quotation opening its sentence with no frame goes on quoting the paragraph's last
speaker. Words in marks with no frame are a name or a term, and no quotation; nor
are those whose frame names no one it can read (no name, no actor, no short
description): a quotation is left unfound rather than given to the wrong speaker.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from ...model import Actor, Mention
from .lexicons import Lexicon
from .marks import Quoted, quotations_between
from .naming import ELIDED, MOST_DESCRIBED, NameReader, name_word, without_asides
from .phrases import Token, tokens
from .speakers import UNSTATED, Speaker

_PASSING = {",", "—", "–", "-", "!", "?", "…"}  # between quoted words and their verb
_SENTENCE_END = {".", "!", "?", "…"}
_INVERTED = re.compile(r"(.+?)-(?:t-)?(il|elle|ils|elles|on)")  # "a-t-il", "déclare-t-elle"
MOST_SPEAKER_WORDS = 10  # past this, the words after a verb are more than its speaker
MOST_REACH = 8  # words between a verb before the quoted words and them
MOST_CLAUSE_REACH = 20  # the same, through "that": "defendeu que … e “…”"
MOST_TITLE_WORDS = 5  # a name in marks among a speaker's words: "глава «Газпрома»"


def reported_speech(
    text: str,
    mentions: Sequence[Mention],
    actors: dict[str, Actor],
    lexicon: Lexicon,
    last: Speaker | None = None,
) -> list[tuple[Quoted, Speaker | None]]:
    """Each quotation of the paragraph with its speaker; None: words in marks with no
    frame, no quotation. ``last``: the speaker quoted last before the paragraph."""
    quoted = quotations_between(text, lexicon.marks)
    if not quoted:
        return []
    reader = _Reader(text, quoted, mentions, actors, lexicon, last)
    return [(quote, reader.speaker(index)) for index, quote in enumerate(quoted)]


def last_named(
    text: str, mentions: Sequence[Mention], actors: dict[str, Actor], lexicon: Lexicon
) -> Speaker | None:
    """The person a paragraph names last, whom "– дейді ол" in the next may stand for: a
    person of the gazetteer, or a given name and a surname of the region's shapes ("Бакыт
    Асанов", the last two words of "Өзбекстандын Президенти Шавкат Мирзиёев"). None when
    it names no one so."""
    words = tokens(text, 0, len(text), [])
    return NameReader(text, mentions, actors, lexicon).person_among(words, by_role=False)


class _Reader:
    def __init__(
        self,
        text: str,
        quoted: list[Quoted],
        mentions: Sequence[Mention],
        actors: dict[str, Actor],
        lexicon: Lexicon,
        last: Speaker | None,
        words: list[Token] | None = None,
    ) -> None:
        self.text, self.quoted, self.mentions = text, quoted, mentions
        self.actors, self.lexicon, self.last = actors, lexicon, last
        self.words = tokens(text, 0, len(text), quoted) if words is None else words
        self.spoken: list[Speaker | None] = []
        self.names = NameReader(text, mentions, actors, lexicon)

    def speaker(self, index: int) -> Speaker | None:
        """Read the quotations in order: a pronoun stands for the speakers before."""
        at = next(i for i, word in enumerate(self.words) if word.quote == index)
        found = (
            self._said_before(at)
            or self._after(at, self._opens(at))
            or self._attributed_before(at)
            or self._passive(at)
            or self._before(at)
            or self._within(at, self.quoted[index])
            or self._goes_on(at)
        )
        self.spoken.append(found)
        return found

    # --- the frames --------------------------------------------------------------

    def _after(self, at: int, opens: bool = True) -> Speaker | None:
        """ "«…», — заявил X", "„…“, so X": the verb or attribution after the words.
        A verb after them reports them only when they open their sentence: after a
        name in marks ("… месторождения «Галкыныш», сообщает агентство") it reports
        the whole sentence."""
        position = self._past_passing(at + 1)
        verb = self._verb_at(position, self.lexicon.saying)
        if verb is not None and opens:
            end, pronoun = verb
            return self._antecedent(position) if pronoun else self._speaker_after(end, True)
        said_by = self._attribution_at(position, self.lexicon.according)
        return self._speaker_after(said_by, False) if said_by is not None else None

    def _said_before(self, at: int) -> Speaker | None:
        """ "Министр Ерлан Қарин «…» деп мәлімдеді": the words, then a quotative, by the
        subject before them, which opens the clause: a pronoun, a person ("Қытайдың
        Астанадағы елшісі Ли Вэньцзюнь"), or an actor ("Ресей СІМ"). None when the
        words before name no one so."""
        position = self._past_passing(at + 1)
        quotative = position < len(self.words) and self.words[position].lower in (
            self.lexicon.quotative
        )
        start = self._clause_start(at)
        if not quotative or start == at:
            return None
        if self.words[start].lower in self.lexicon.pronouns:
            return self._antecedent(start)
        words = without_asides(self.words[start:at])
        return self.names.person_among(words) or self.names.opening_actor(words)

    def _attributed_before(self, at: int) -> Speaker | None:
        """ "Саясаттанушы Ерғали Бекмұхамбетовтың айтуынша, «…»": the speaker, the words
        that attribute after it, a comma, then the quoted words."""
        if not self.lexicon.according_after or at < 2 or self.words[at - 1].text != ",":
            return None
        start = self._clause_start(at)
        first = self._phrase_ending(at - 1, self.lexicon.according_after)
        return self._speaker_in(start, first) if first is not None and first > start else None

    def _before(self, at: int) -> Speaker | None:
        """ "X заявил: «…»", "Selon X, « … »", "X назвал отношения «…»"."""
        start = self._clause_start(at)
        said_by = self._attribution_at(start, self.lexicon.attributing)
        if said_by is not None:
            return self._attributed(start, said_by, at)
        for position in range(at - 1, start - 1, -1):
            verb = self._verb_at(position, self.lexicon.verbs)
            if verb is not None and self._reaches(verb[0], at, position):
                return self._subject(start, position, verb, at)
        return None

    def _passive(self, at: int) -> Speaker | None:
        """ "были названы «…»", "fue calificado de «…»": said, by no one the text states."""
        return UNSTATED if self._phrase_ending(at, self.lexicon.passive) is not None else None

    def _attributed(self, start: int, said_by: int, at: int) -> Speaker | None:
        """ "Selon X, « … »"; "Laut Sergej Lawrow ist die SCO „…“", the first words in
        marks after the name. "Pour les migrants, la « patente »" is for whom, not by whom."""
        if any(w.quote >= 0 for w in self.words[said_by:at]):
            return None
        comma = self._next(said_by, ",", at)
        if comma is not None and not (self._leading(start) and comma + 1 < at):
            return self._speaker_after(said_by, False, stop_at=comma)
        if self._leading(start) or not name_word(self.words[said_by].text):
            return None
        end = said_by
        while end < at and name_word(self.words[end].text):
            end += 1
        return self._speaker_in(said_by, end) if end - said_by >= 2 else None

    def _within(self, at: int, quote: Quoted) -> Speaker | None:
        """ "«Мы готовы, — сказал Лавров. — …»", "« …, résume un diplomate. … »": a frame
        between dashes or commas inside the marks."""
        inner = tokens(self.text, quote.start, quote.end, [])
        before = self._spoken_here() or self._named_before(at) or self.last
        reader = _Reader(self.text, [], self.mentions, self.actors, self.lexicon, before, inner)
        for position, word in enumerate(inner[1:-1], start=1):
            if word.text in ("—", "–", ","):
                speaker = reader._after(position - 1)
                if speaker is not None:
                    return speaker
        return None

    def _opens(self, at: int) -> bool:
        """Whether the quoted words open their sentence, or follow a colon or a dash."""
        return self._clause_start(at) == at or self.words[at - 1].text in (":", "—", "–")

    def _leading(self, start: int) -> bool:
        return self.words[start].lower in self.lexicon.leading

    def _goes_on(self, at: int) -> Speaker | None:
        """Quoted words opening their sentence go on quoting the paragraph's last speaker."""
        if self._clause_start(at) < at:
            return None
        return next((s for s in reversed(self.spoken) if s is not None), None)

    # --- the words around the verb -----------------------------------------------

    def _past_passing(self, position: int) -> int:
        """Past the commas and dashes between quoted words and their verb."""
        while position < len(self.words) and self._passing(self.words[position]):
            position += 1
        return position

    def _passing(self, word: Token) -> bool:
        return word.text in _PASSING or (word.start == word.end and word.text != ".")

    def _verb_at(self, position: int, verbs: frozenset[str]) -> tuple[int, bool] | None:
        """Where a verb of these standing at the position ends, and whether a pronoun
        fused to it names its speaker ("a-t-il déclaré")."""
        if position >= len(self.words) or not self.words[position].word:
            return None
        first = self.words[position].lower
        inverted = _INVERTED.fullmatch(first)
        base = inverted[1] if inverted else first
        following = self.words[position + 1].lower if position + 1 < len(self.words) else ""
        if f"{base} {following}" in verbs:
            return position + 2, bool(inverted)
        if base in verbs:
            return position + 1, bool(inverted)
        return None

    def _attribution_at(self, position: int, phrases: frozenset[str]) -> int | None:
        """Where words attributing what is said to whom follows end: one of these phrases,
        or "as" with a verb of saying ("как сказал", "como reconoce")."""
        if position < len(self.words) and self.words[position].lower == self.lexicon.as_word:
            verb = self._verb_at(position + 1, self.lexicon.saying)
            if verb is not None and not verb[1]:
                return verb[0]
        return self._phrase_at(position, phrases)

    def _phrase_ending(self, end: int, phrases: frozenset[str]) -> int | None:
        """Where a phrase of these ending right before this position starts."""
        for length in (3, 2, 1):
            start = end - length
            if start >= 0 and " ".join(w.lower for w in self.words[start:end]) in phrases:
                return start
        return None

    def _phrase_at(self, position: int, phrases: frozenset[str]) -> int | None:
        """Where a phrase of these standing at the position ends."""
        for length in (3, 2, 1):
            words = self.words[position : position + length]
            if len(words) == length and " ".join(w.lower for w in words) in phrases:
                return position + length
        return None

    def _clause_start(self, at: int) -> int:
        """Where the sentence holding the word at this position starts: after the last
        stop or quotation before it."""
        position = at
        while position > 0:
            word = self.words[position - 1]
            quotation = word.quote >= 0 and (
                word.quote >= len(self.spoken) or self.spoken[word.quote] is not None
            )  # a name in marks, read as no quotation, is one of the sentence's words
            if quotation or (word.text in _SENTENCE_END and word.start < word.end):
                break
            position -= 1
        return position

    def _next(self, start: int, text: str, until: int) -> int | None:
        return next((i for i in range(start, until) if self.words[i].text == text), None)

    def _reaches(self, end: int, at: int, verb: int) -> bool:
        """Whether a verb before the quoted words reports them: nothing but a colon, "that",
        a few words (what is called) or one spoken to lies between."""
        between = self.words[end:at]
        texts = [w.text for w in between]
        if ":" in texts[-2:] and len(between) <= MOST_SPEAKER_WORDS:
            return True
        called = self.words[verb].lower in self.lexicon.calling or (
            f"{self.words[verb].lower} {self.words[verb + 1].lower}" in self.lexicon.calling
        )
        if called:
            return len(between) <= MOST_REACH and "," not in texts
        clause = [i for i, w in enumerate(between) if w.lower in self.lexicon.clause]
        return bool(clause) and len(between) <= MOST_CLAUSE_REACH and ":" not in texts

    def _subject(self, start: int, verb: int, found: tuple[int, bool], at: int) -> Speaker | None:
        """Who speaks by a verb before the quoted words: a pronoun fused to it, a name
        right after it ("sagte Scholz:"), else the words before it."""
        end, pronoun = found
        if pronoun:
            return self._antecedent(verb)
        after = self._speaker_after(end, False, stop_at=at)
        colon = ":" in [w.text for w in self.words[end:at]]
        headed = end < at and self.words[end].lower in self.lexicon.articles
        if after is not None and (after.actors or after.person or (colon and headed)):
            return after  # "sagte Scholz, dass", "sagte ein Sprecher der OVKS: „…“"
        while verb > start and self.words[verb - 1].lower in self.lexicon.clitics:
            verb -= 1  # "Un amigo me lo resumió"
        return self._speaker_in(start, verb) if start < verb else None

    def _speaker_after(
        self, start: int, dropped: bool, stop_at: int | None = None
    ) -> Speaker | None:
        """The speaker named after a verb: the words up to a stop or a word that ends them,
        once those spoken to are passed. None past MOST_SPEAKER_WORDS. ``dropped``:
        no words at all stand for the last speaker, in a language that drops subjects."""
        limit = len(self.words) if stop_at is None else stop_at
        position = self._past_places(self._past_times(self._past_addressee(start)), limit)
        end = position
        while end < limit and (self._in_speaker(self.words[end]) or self._titled(end, limit)):
            end += 1
        end = self._past_roles(position, end, limit)
        if end == position:
            return self._antecedent(start) if dropped and self.lexicon.pro_drop else None
        if end - position > MOST_SPEAKER_WORDS:
            return None
        return self._named_after(position, end, limit) or self._speaker_in(
            position, end, MOST_SPEAKER_WORDS
        )

    def _titled(self, position: int, limit: int) -> bool:
        """A name in marks within a speaker's words: "– деді «QazaqGaz» басқарма төрағасы
        Нұрлан Әбдіқалықов", "глава «Газпрома» Алексей Миллер"."""
        word = self.words[position]
        return (
            word.quote >= 0
            and len(word.text.split()) <= MOST_TITLE_WORDS
            and position + 1 < limit
            and self._in_speaker(self.words[position + 1])
        )

    def _past_roles(self, start: int, end: int, limit: int) -> int:
        """ "– деді машыгуунун жетекчиси, генерал-майор Талант Осмонов": roles, a comma, and
        the one who holds them named after it. Where the speaker's words end. Not in a
        language with articles: there "un conseiller du président, Kassym Tokaïev" names the
        president (and "le porte-parole, Dmitri Peskov" is read by _named_after)."""
        if end >= limit or end == start or self.words[end].text != ",":
            return end
        if self.lexicon.articles:
            return end
        if any(name_word(word.text) for word in self.words[start:end]):
            return end
        last = end + 1
        while last < limit and self._in_speaker(self.words[last]):
            last += 1
        named = last - end > 2 and all(name_word(w.text) for w in self.words[last - 2 : last])
        return last if named and last - start <= MOST_SPEAKER_WORDS else end

    def _named_after(self, start: int, end: int, limit: int) -> Speaker | None:
        """ "dijo el portavoz del Kremlin, Dmitri Peskov": a title with the definite
        article, then the name of the one who holds it, after a comma."""
        first = self.words[start].lower
        definite = first in self.lexicon.definite or (
            bool(ELIDED.match(first)) and first[:2] in self.lexicon.definite
        )
        if not definite or end + 1 >= limit or self.words[end].text != ",":
            return None
        last = end + 1
        while last < limit and name_word(self.words[last].text):
            last += 1
        ends = last == limit or not self.words[last].word or not self._in_speaker(self.words[last])
        if last - end - 1 < 2 or not ends:
            return None
        name = self.words[end + 1].start
        role = self.names.role(self.words[start].start, self.words[end].start)
        return Speaker(self.text[name : self.words[last - 1].end], (), role, True)

    def _past_places(self, position: int, limit: int) -> int:
        """Where the speaker starts after phrases of place, time or manner that come first:
        "resume por teléfono desde Biskek el economista …". Its first word follows no word
        that ends a speaker, and is an article or capitalised."""
        if position >= limit or not self.words[position].word:
            return position
        if self._in_speaker(self.words[position]):
            return position
        for index in range(position + 1, limit):
            word, before = self.words[index], self.words[index - 1]
            if not word.word:
                break
            starts = word.lower in self.lexicon.articles or name_word(word.text)
            if starts and self._in_speaker(before) and before.lower not in self.lexicon.articles:
                return index
        return position

    def _past_times(self, position: int) -> int:
        """Past words of time, and the rest of a verb ("деп атап өтті"), before a speaker."""
        skipped = self.lexicon.times | self.lexicon.verb_tail
        while position < len(self.words) and self.words[position].lower in skipped:
            position += 1
        return position

    def _in_speaker(self, word: Token) -> bool:
        """Whether a word after the verb may be its speaker's: not a stop, nor a word that
        ends a speaker, nor the first of those spoken to ("заявил Лукин журналистам")."""
        spoken_to = self.lexicon.spoken_to.match(self.text, word.start)
        return word.word and word.lower not in self.lexicon.ends and not spoken_to

    def _past_addressee(self, position: int) -> int:
        if position >= len(self.words):
            return position
        spoken_to = self.lexicon.spoken_to.match(self.text, self.words[position].start)
        if not spoken_to:
            return position
        while position < len(self.words) and self.words[position].start < spoken_to.end():
            position += 1
        return position

    # --- the speaker in some words -----------------------------------------------

    def _speaker_in(self, start: int, end: int, described: int = MOST_DESCRIBED) -> Speaker | None:
        """The speaker words[start:end] name: a pronoun's, or who the words name."""
        words = without_asides(self.words[start:end])
        plain = len(words) <= described and all(w.quote < 0 for w in words)
        if words and plain and words[-1].lower in self.lexicon.pronouns:
            return self._antecedent(start)  # "он", "où il"
        return self.names.speaker_in(words, described)

    def _antecedent(self, position: int) -> Speaker | None:
        """Whom a pronoun, or no subject, stands for: the speaker quoted last in the
        paragraph, else the last person it has say something, else the last person of
        the gazetteer it names, else the speaker quoted before it, unless it names
        someone else (a name of two words) before the pronoun."""
        named = self._spoken_here() or self._named_before(position)
        if named is not None:
            return named
        before = self.words[position].start if position < len(self.words) else len(self.text)
        people = [m for m in self.mentions if m.end <= before and self.names.is_person(m.id)]
        if people:
            return Speaker(people[-1].text, (people[-1].id,), person=True)
        if self.last is None or self._names_someone(position):
            return None
        return self.last

    def _names_someone(self, position: int) -> bool:
        """Whether two capitalised words stand together before the position, not at the
        start of a sentence: a name the pronoun may stand for."""
        words = self.words[: min(position, len(self.words))]
        return any(
            name_word(a.text) and name_word(b.text) and self._clause_start(index) < index
            for index, (a, b) in enumerate(pairwise(words))
        )

    def _spoken_here(self) -> Speaker | None:
        return next((s for s in reversed(self.spoken) if s is not None), None)

    def _named_before(self, position: int) -> Speaker | None:
        """The last person a verb of saying has as its subject before the position:
        "Zugleich warnte Brandner vor … „…“, sagte sie"."""
        for verb in range(min(position, len(self.words)) - 1, -1, -1):
            found = self._verb_at(verb, self.lexicon.saying)
            if found is None or found[1]:
                continue
            start = self._clause_start(verb)
            after = self._speaker_after(found[0], False, stop_at=position)
            before = self._speaker_in(start, verb) if start < verb else None
            person = next((s for s in (after, before) if s is not None and s.person), None)
            if person is not None:
                return person
        return None
