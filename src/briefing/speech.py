"""How a paragraph reports speech: its quoted words, and the words around them that
say who speaks them.

Quoted words stand between “ ” (or straight ") marks; single marks ‘ ’ nest inside
them. A quotation left open where its paragraph ends runs to that end (and on into
the next paragraph when it opens with a mark: see views/quotes.py). What makes
quoted words a quotation is a frame, one of the few shapes English reports speech in:

    “…,” said Russia expert Stephen Blank.            the verb, then the speaker
    Said Russia and Eurasia scholar Paul Stronski: “…”
    “…,” Mr. Putin said.  /  “…,” he added.           the speaker, then the verb
    The two countries declared that they … a “…”      the speaker first, the words in
    The white paper praised a “…” relationship        what is said, praised, called for
    “…”, according to X  /  X was blunt: “…”
    … is being hailed as a “…”                         the passive: no speaker stated
    The concept would entail creation of a “…”        a document, by the verbs documents speak by

A sentence that opens with quoted words goes on quoting whoever spoke last in the
paragraph, and so does a clause whose subject is a pronoun (“they … a “…””).
Without a frame, quoted words are a term or a name (the “reset”, the “Peace
Mission 2018”), and no quotation. This module finds frames as spans of text;
views/quotes.py says whom they name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import NamedTuple

from .sentences import split_sentences


class Quoted(NamedTuple):
    """Quoted words in a paragraph: their span inside the marks."""

    start: int
    end: int
    opened: int  # where the opening mark stands
    closed: bool  # False: still open where the paragraph ends


@dataclass(frozen=True)
class Frame:
    """Words that report a quotation as someone's: who, as a span of the paragraph."""

    speaker: tuple[int, int] | None  # the words naming the speaker; None: the text does not say
    pronoun: str = ""  # "he", "it", "they" (the speaker's words): someone named before
    content: bool = False  # a verb only documents speak by ("would entail")
    apposition: tuple[int, int] | None = None  # "X, Russia’s foreign minister, said"
    saying: bool = False  # a verb only speakers are subjects of ("said", "told"), not "underlined"


@dataclass(frozen=True)
class Continues:
    """The quotation goes on quoting the speaker of an earlier one of the paragraph."""

    quote: int  # its index among the paragraph's quotations


Attribution = Frame | Continues


def word_set(*groups: str) -> frozenset[str]:
    return frozenset(word for group in groups for word in group.split())


_forms = word_set


# Verbs of saying, thinking and proposing that anyone may speak by. Forms that are
# more often nouns ("calls", "remarks", "states") are left out.
SPEECH_VERBS = _forms(
    "say says said saying tell tells told add adds added argue argues argued note notes noted",
    "warn warns warned explain explains explained write writes wrote written stress stresses",
    "stressed insist insists insisted observe observes observed stated claim claimed declare",
    "declares declared announce announces announced praise praised hail hails hailed call",
    "called describe describes described term termed dub dubs dubbed label labels labelled",
    "labeled brand branded promote promotes promoted tout touts touted champion championed",
    "urge urges urged demand demanded propose proposes proposed suggest suggests suggested",
    "recommend recommends recommended consider considers considered believe believes believed",
    "think thinks thought fear feared hope hoped acknowledge acknowledges acknowledged admit",
    "admits admitted concede concedes conceded assert asserts asserted maintain maintains",
    "maintained contend contends contended emphasise emphasises emphasised emphasize",
    "emphasizes emphasized underline underlines underlined remarked commented reply replies",
    "replied respond responds responded ask asks asked recall recalls recalled predict",
    "predicts predicted conclude concludes concluded agree agrees agreed deny denies denied",
    "pledged promised vowed complained tweeted reported quoted cited calls expect expects summed",
    "expected",
)
# Verbs by which a document, and only a document, says something.
CONTENT_VERBS = _forms(
    "entail entails entailed involve involves involved envisage envisages envisaged envision",
    "envisions envisioned stipulate stipulates stipulated outline outlines outlined",
)
# Verbs whose subject speaks, whatever it is: "a woman selling jackets told me", where
# "the rupture underlined" or "the data suggest" make no speaker.
_SAYING = _forms(
    "say says said saying tell tells told add adds added write writes wrote ask asks asked",
    "reply replies replied explain explains explained insist insists insisted",
)
# Verbs that end a quotation with the speaker after them: “…,” said X.
_INVERTING = _forms(
    "said says added adds wrote writes argued argues noted notes explained explains warned",
    "warns observed insisted stressed asked replied recalled declared stated concluded remarked",
    "commented continued",
)
# Verbs whose object is a clause, which may run over commas to the end of the clause.
_CLAUSE_VERBS = _forms(
    "say says said saying tell tells told add adds added argue argues argued note notes noted",
    "warn warns warned explain explains explained write writes wrote stress stresses stressed",
    "insist insists insisted observe observes observed stated claim claimed declare declares",
    "declared announce announces announced suggest suggests suggested believe believes",
    "believed think thinks thought fear feared hope hoped acknowledge acknowledges",
    "acknowledged admit admits admitted concede concedes conceded assert asserts asserted",
    "maintain maintains maintained contend contends contended emphasise emphasises emphasised",
    "emphasize emphasizes emphasized underline underlines underlined remarked reply replies",
    "replied recall recalls recalled predict predicts predicted conclude concludes concluded",
    "agree agrees agreed deny denies denied pledged promised vowed complained reported expect",
    "expects expected",
)
_PARTICIPLES = _forms("said told written thought")
_QUOTING = _forms("quoted cited")  # "X was quoted as saying": X speaks
_BE = _forms("is are was were be been being am")
_AUXILIARIES = _BE | _forms("has have had do does did will would shall should can could may")
_AUXILIARIES |= _forms("might must")
_DETERMINERS = _forms("the a an this that these those its their his her our my your such")
PRONOUNS = _forms("he she it they")
_ADVERBS = _forms(
    "also further nonetheless nevertheless however still then now again once later earlier",
    "already often repeatedly never always just not too even yesterday today soon thus",
)
# Verbs that lead to the verb of saying: "officials keep saying", "wants to promote".
_LEADING = _forms(
    "keep keeps kept continue continues continued begin begins began start starts started go",
    "goes went tend tends tended want wants wanted seem seems seemed appear appears appeared",
    "like likes liked try tries tried used",
)
_TIME_WORDS = _forms(
    "week month year weekend morning afternoon evening night day monday tuesday wednesday",
    "thursday friday saturday sunday january february march april may june july august",
    "september october november december",
)
_TIME_LEADS = _forms("this last next that on in earlier late early")
# Words that open a clause or phrase of their own: a subject never runs over them.
_CLAUSE_WORDS = _forms(
    "that which who whom whose where when while whilst because since although though but or",
    "if as than so after before despite nor yet whereas until unless whether what according",
)
# Words after a speaker named after the verb that are no longer part of the name.
_AFTER_SPEAKER = _CLAUSE_WORDS | _AUXILIARIES | _forms(
    "in on at during to with without adding noting told last this yesterday today by from"
)
_PREPOSITIONS = _forms("in on at by for from during after before since with among between")

_TOKEN = re.compile(
    r"(?:Mr|Mrs|Ms|Dr|Prof|St|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Jr|Sr)\."
    r"|(?:[A-Za-z]\.){2,}"
    r"|[^\W_](?:[\w\-]|[’'](?=\w))*"
    r"|[^\w\s]"
)
_OPENING, _CLOSING, _STRAIGHT = "“", "”", '"'
_TITLE_SMALL_WORDS = _forms("of and the a an on in for to at by with or")
_CLAUSE_ENDS = frozenset(";.!?")


class Token(NamedTuple):
    text: str
    start: int
    end: int
    quote: int = -1  # index of the quotation this token stands for, or -1

    @property
    def word(self) -> bool:
        return self.quote < 0 and self.text[0].isalnum()

    @property
    def lower(self) -> str:
        return self.text.lower() if self.quote < 0 else ""


def quotations(text: str) -> list[Quoted]:
    """The quoted spans of a paragraph, in order; names and titles in marks are left out."""
    return [q for q in _marked(text) if not _is_title(text[q.start : q.end])]


def _marked(text: str) -> list[Quoted]:
    found: list[Quoted] = []
    opened: int | None = None
    for index, char in enumerate(text):
        straight_opens = char == _STRAIGHT and (index == 0 or text[index - 1] in " \t([—–-")
        if char == _OPENING or (opened is None and straight_opens):
            if opened is not None:  # a new quotation before this one closed
                found.append(_open_quote(text, opened, index))
            opened = index
        elif opened is not None and char in (_CLOSING, _STRAIGHT):
            found.append(Quoted(opened + 1, index, opened, True))
            opened = None
    if opened is not None:
        found.append(_open_quote(text, opened, len(text)))
    return [q for q in found if text[q.start : q.end].strip()]


def _open_quote(text: str, opened: int, until: int) -> Quoted:
    return Quoted(opened + 1, len(text[:until].rstrip()), opened, False)


def _is_title(words: str) -> bool:
    """A name in marks: two words or more, each capitalised but for the small words
    ("Peace Mission 2018", "Joint Declaration on a Multipolar World")."""
    found = re.findall(r"[^\W_][\w’'\-]*", words)
    significant = [w for w in found if w.lower() not in _TITLE_SMALL_WORDS]
    return len(found) > 1 and all(w[0].isupper() or w[0].isdigit() for w in significant)


def context(text: str, quote: Quoted) -> tuple[int, int]:
    """The sentences of the paragraph that hold the quoted words."""
    end = quote.end + 1 if quote.closed else quote.end
    spans = split_sentences(text)
    first = next((s for s, e in reversed(spans) if s <= quote.opened), 0)
    last = next((e for s, e in spans if e >= end), len(text.rstrip()))
    return first, last


def attributions(text: str, quoted: list[Quoted]) -> list[list[Attribution]]:
    """For each quotation, the frames that may name its speaker, the likeliest first."""
    return [list(_attributions(text, quoted, index)) for index in range(len(quoted))]


def _attributions(text: str, quoted: list[Quoted], index: int) -> Iterator[Attribution]:
    start, end = context(text, quoted[index])
    tokens = _tokens(text, start, end, quoted)
    at = next(i for i, t in enumerate(tokens) if t.quote == index)
    yield from _frames_before(tokens, at)
    yield from _frames_after(tokens, at)
    earlier = index - 1
    in_sentence = any(t.quote == earlier for t in tokens)
    if earlier >= 0 and (at == 0 or (in_sentence and _pronoun_clause(tokens, at))):
        yield Continues(earlier)
    if at == 0 and start > 0:
        yield from _frames_of_sentence(text, start, quoted)


def frames_before(text: str, quoted: list[Quoted], at: int) -> list[Frame]:
    """The frames of the paragraph before a point that name a speaker, quoting or not, in
    order: whom a later "he said" may stand for ("Sadykov emphasized that … “…,” he said")."""
    found: list[Frame] = []
    for start, end in split_sentences(text[:at]):
        tokens = _tokens(text, start, end, quoted)
        for index, token in enumerate(tokens):
            if token.lower in SPEECH_VERBS and _frame_word(tokens, index):
                found += [
                    frame
                    for frame in _frames_at(tokens, index)
                    if frame.speaker and not frame.pronoun and frame.speaker[1] <= at
                ]
    return found


def _tokens(text: str, start: int, end: int, quoted: list[Quoted]) -> list[Token]:
    """The words of a stretch of text, each quotation in it one token, followed by the
    stop it ends with (“…,” ends a clause as “…”, would)."""
    tokens: list[Token] = []
    position = start
    for index, quote in enumerate(quoted):
        stop = quote.end + 1 if quote.closed else quote.end
        if stop <= start or quote.opened >= end:
            continue
        tokens += _words(text, position, quote.opened)
        tokens.append(Token(text[quote.opened : stop], quote.opened, stop, index))
        last = text[quote.start : quote.end].rstrip()[-1:]
        if last in ",;:.!?":
            tokens.append(Token(last, stop, stop))
        position = stop
    return tokens + _words(text, position, end)


def _words(text: str, start: int, end: int) -> list[Token]:
    return [Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, start, end)]


def _frames_before(tokens: list[Token], at: int) -> Iterator[Frame]:
    """Frames before the quotation that reach it, nearest first; then the clause a colon
    before it ends ("he laughed: “…”"), when that clause has no word of saying."""
    crossed_comma = False
    for index in range(at - 1, -1, -1):
        token = tokens[index]
        if token.text in _CLAUSE_ENDS:
            break
        if token.text == ",":
            crossed_comma = True
        elif _frame_word(tokens, index):
            clause = token.lower in _CLAUSE_VERBS or token.lower == "according"
            clause = clause or _of_the_view(tokens, index)
            if clause or not crossed_comma or token.lower in _INVERTING:
                yield from _frames_at(tokens, index)
    if at and tokens[at - 1].text == ":":
        yield from _colon_frame(tokens, at - 1)


def _frames_after(tokens: list[Token], at: int) -> Iterator[Frame]:
    """Frames after the quotation that close its clause: “…,” said X / “…,” X said."""
    for index in range(at + 1, len(tokens)):
        token = tokens[index]
        if token.text in _CLAUSE_ENDS:
            return
        if _frame_word(tokens, index) and _closes_clause(tokens, index):
            yield from _frames_at(tokens, index)


def _frames_of_sentence(text: str, start: int, quoted: list[Quoted]) -> Iterator[Frame]:
    """Frames of the sentence before, for a sentence that is all quotation."""
    before = [(s, e) for s, e in split_sentences(text[:start]) if e <= start]
    if not before:
        return
    tokens = _tokens(text, before[-1][0], before[-1][1], quoted)
    for index in range(len(tokens) - 1, -1, -1):
        if _frame_word(tokens, index) and tokens[index].lower not in CONTENT_VERBS:
            yield from _frames_at(tokens, index)


def _frame_word(tokens: list[Token], index: int) -> bool:
    word = tokens[index].lower
    if word == "according":
        return _next_is(tokens, index, "to")
    if _of_the_view(tokens, index):
        return True
    if word not in SPEECH_VERBS and word not in CONTENT_VERBS:
        return False
    before = tokens[index - 1] if index else None
    if before is not None and (before.lower in _DETERMINERS or before.lower.endswith(("’s", "'s"))):
        return False  # a noun: "their claims", "Putin’s remarks"
    return not (index >= 2 and before.text == "-" and tokens[index - 2].lower == "so")


def _of_the_view(tokens: list[Token], index: int) -> bool:
    """ "are of the view that": a stance, spoken by the subject of "are"."""
    words = [t.lower for t in tokens[index - 1 : index + 3]] if index else []
    return (
        len(words) == 4
        and words[0] in _BE
        and words[1:3] == ["of", "the"]
        and words[3] in ("view", "opinion")
    )


def _next_is(tokens: list[Token], index: int, word: str) -> bool:
    return index + 1 < len(tokens) and tokens[index + 1].lower == word


def _closes_clause(tokens: list[Token], index: int) -> bool:
    """Whether a frame after a quotation is its closing aside: nothing quoted, no
    clause of its own ("that", a colon) follows it in the clause."""
    for token in tokens[index + 1 :]:
        if token.text in _CLAUSE_ENDS or token.text == ",":
            return True
        if token.quote >= 0 or token.lower == "that" or token.text == ":":
            return False
    return True


def _frames_at(tokens: list[Token], index: int) -> Iterator[Frame]:
    """The frames a word of saying may make: its speaker after it, before it, or unstated."""
    word = tokens[index].lower
    if word == "according":
        phrase = _phrase_after(tokens, index + 2)
        if phrase:
            yield _named(tokens, phrase, index)
        return
    verb = index
    if _of_the_view(tokens, index):
        index -= 1  # the subject of "are"
    elif word in _INVERTING and _boundary_before(tokens, index):
        phrase = _phrase_after(tokens, index + 1)
        if phrase and _ends_clause(tokens, phrase[1]):
            yield _named(tokens, phrase, verb, _aside_after(tokens, phrase[1]))
    subject, passive = _subject_before(tokens, index)
    if passive:
        yield Frame(_agent_after(tokens, index))
    elif subject:
        yield _named(tokens, subject, verb)
    elif index and tokens[index - 1].text == ",":
        yield from _apposed(tokens, index - 1, verb)
    elif index > 1 and tokens[index - 1].lower in ("who", "which"):
        yield from _antecedent(tokens, index - 1, verb)


def _named(
    tokens: list[Token], span: tuple[int, int], verb: int, aside: tuple[int, int] | None = None
) -> Frame:
    first, last = tokens[span[0]], tokens[span[1] - 1]
    pronoun = first.lower if span[1] - span[0] == 1 and first.lower in PRONOUNS else ""
    word = tokens[verb].lower
    return Frame((first.start, last.end), pronoun, word in CONTENT_VERBS, aside, word in _SAYING)


def _aside_after(tokens: list[Token], end: int) -> tuple[int, int] | None:
    """ "said Helen Ashby, a London-based analyst who …": the words describing the speaker."""
    if end + 1 >= len(tokens) or tokens[end].text != ",":
        return None
    if tokens[end + 1].lower not in ("a", "an", "the"):
        return None
    last = end + 1
    while last + 1 < len(tokens) and tokens[last + 1].word:
        if tokens[last + 1].lower in _CLAUSE_WORDS:
            break
        last += 1
    return tokens[end + 1].start, tokens[last].end


def _ends_clause(tokens: list[Token], end: int) -> bool:
    """Whether the words after an inverted verb end where its clause does: "said X." """
    return end == len(tokens) or (tokens[end].quote < 0 and not tokens[end].word)


def _boundary_before(tokens: list[Token], index: int) -> bool:
    return index == 0 or tokens[index - 1].text in ",:;—" or tokens[index - 1].quote >= 0


def _phrase_after(tokens: list[Token], start: int) -> tuple[int, int] | None:
    """The words naming a speaker after a verb or "according to", up to a stop."""
    end = start
    while end < len(tokens) and tokens[end].word and tokens[end].lower not in _AFTER_SPEAKER:
        end += 1
    return (start, end) if end > start else None


def _agent_after(tokens: list[Token], index: int) -> tuple[int, int] | None:
    """The agent of a passive: "described by X as …"."""
    if _next_is(tokens, index, "by"):
        phrase = _phrase_after(tokens, index + 2)
        if phrase:
            return tokens[phrase[0]].start, tokens[phrase[1] - 1].end
    return None


def _subject_before(tokens: list[Token], index: int) -> tuple[tuple[int, int] | None, bool]:
    """The words naming who speaks by the verb at ``index``, and whether it is passive."""
    end = _verb_group_start(tokens, index)
    passive = any(t.lower in _BE for t in tokens[end:index])
    verb = tokens[index].lower
    if passive and (verb.endswith("ed") or verb in _PARTICIPLES) and verb not in _QUOTING:
        return None, True
    if end > 0 and tokens[end - 1].lower == "to":  # "led Beijing and Moscow to promote"
        end -= 1
    start = end
    while start > 0 and _in_subject(tokens, start - 1):
        start -= 1
    return _trimmed(tokens, start, end), False


def _verb_group_start(tokens: list[Token], index: int) -> int:
    """Where the words that lead to a verb begin: auxiliaries, adverbs, a time, a verb
    leading to it ("has nonetheless", "this week", "keep saying", "wants to")."""
    end = index
    while end > 0:
        token = tokens[end - 1]
        word = token.lower
        adverb = word in _ADVERBS or (word.endswith("ly") and token.text.islower())
        if word in _AUXILIARIES or adverb or word in _LEADING:
            end -= 1
        elif end > 1 and (
            (word in _TIME_WORDS and tokens[end - 2].lower in _TIME_LEADS)
            or (word == "to" and tokens[end - 2].lower in _LEADING)
        ):
            end -= 2
        else:
            return end
    return end


def _in_subject(tokens: list[Token], index: int) -> bool:
    token = tokens[index]
    if not token.word or token.lower in _CLAUSE_WORDS or token.lower in _AUXILIARIES:
        return False
    if token.lower in SPEECH_VERBS or token.lower in CONTENT_VERBS:
        return False
    before = tokens[index - 1].lower if index else ""
    return before not in _AUXILIARIES and (token.lower, before) != ("to", "according")


def _trimmed(tokens: list[Token], start: int, end: int) -> tuple[int, int] | None:
    """A subject less an opening phrase of time or place: "In 1992 the two countries"."""
    if start < end and tokens[start].lower in _PREPOSITIONS:
        rest = [i for i in range(start + 1, end) if tokens[i].lower in _DETERMINERS]
        if not rest:
            return None
        start = rest[0]
    return (start, end) if start < end else None


def _apposed(tokens: list[Token], comma: int, verb: int) -> Iterator[Frame]:
    """ "Sergei Lavrov, Russia’s foreign minister, said": the name before the aside,
    which describes them unless it is a clause ("…, who asked not to be named, told")."""
    opening = comma - 1
    while opening >= 0 and tokens[opening].word:
        opening -= 1
    if opening < 0 or tokens[opening].text != "," or opening == comma - 1:
        return
    start = opening
    while start > 0 and _in_subject(tokens, start - 1):
        start -= 1
    subject = _trimmed(tokens, start, opening)
    if subject:
        describes = tokens[opening + 1].lower not in _CLAUSE_WORDS
        aside = (tokens[opening + 1].start, tokens[comma - 1].end) if describes else None
        yield _named(tokens, subject, verb, aside)


def _antecedent(tokens: list[Token], relative: int, verb: int) -> Iterator[Frame]:
    """ "according to Alexander Gabuev, who called the deal “…”": whom "who" stands for."""
    end = relative - 1 if tokens[relative - 1].text == "," else relative
    start = end
    while start > 0 and _in_subject(tokens, start - 1):
        start -= 1
    subject = _trimmed(tokens, start, end)
    if subject:
        yield _named(tokens, subject, verb)


def _colon_frame(tokens: list[Token], colon: int) -> Iterator[Frame]:
    """The subject of the clause a colon ends: "Mr. Putin was blunt:", "he laughed:"."""
    start = colon
    while start > 0 and tokens[start - 1].word and tokens[start - 1].lower not in _CLAUSE_WORDS:
        start -= 1
    if start == colon or any(_frame_word(tokens, i) for i in range(start, colon)):
        return
    be = next((i for i in range(start, colon) if tokens[i].lower in _BE), None)
    end = be if be is not None else start + 1
    if be is None and tokens[start].lower not in PRONOUNS:
        while end < colon and _capitalised(tokens[end]):  # "Lavrov put it bluntly:"
            end += 1
    subject = _trimmed(tokens, start, end)
    if subject:
        yield _named(tokens, subject, colon)


def _capitalised(token: Token) -> bool:
    return token.word and token.text[0].isupper()


def _pronoun_clause(tokens: list[Token], at: int) -> bool:
    """Whether the quotation's clause has a pronoun for subject: "…; in 1996, they …"."""
    start = at
    while start > 0 and tokens[start - 1].text not in _CLAUSE_ENDS:
        start -= 1
    words = tokens[start:at]
    commas = [i for i, t in enumerate(words) if t.text == ","]
    if commas and words[0].lower in _PREPOSITIONS | {"and", "but"}:
        words = words[commas[0] + 1 :]
    return bool(words) and words[0].lower in PRONOUNS
