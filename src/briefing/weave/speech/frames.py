"""The words that report a quotation as someone's: its frame, found in its sentence.

A frame is a word of saying (or "according to", "are of the view", a colon) with
the words naming who speaks: before it, after it, in an aside, or none (the
passive). The frames that may name a quotation's speaker come nearest first: those
before it that reach it, those closing its clause after it; then, for a sentence
opening with quoted words or a clause whose subject is a pronoun, the quotation
before it, whose speaker goes on.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ..sentences import split_sentences
from .marks import Quoted, context
from .phrases import (
    Span,
    Token,
    agent_after,
    aside_after,
    boundary_before,
    ends_clause,
    next_is,
    phrase_after,
    subject_before,
    subject_ending,
    tokens,
)
from .words import (
    BE,
    CLAUSE_VERBS,
    CLAUSE_WORDS,
    CONTENT_VERBS,
    DETERMINERS,
    INVERTING,
    PREPOSITIONS,
    PRONOUNS,
    SAYING,
    SPEECH_VERBS,
)

_CLAUSE_ENDS = frozenset(";.!?")


@dataclass(frozen=True)
class Frame:
    """Words that report a quotation as someone's: who, as a span of the paragraph."""

    speaker: Span | None  # the words naming the speaker; None: the text does not say
    pronoun: str = ""  # "he", "it", "they" (the speaker's words): someone named before
    content: bool = False  # a verb only documents speak by ("would entail")
    apposition: Span | None = None  # "X, Russia’s foreign minister, said"
    saying: bool = False  # a verb only speakers are subjects of ("said", "told"), not "underlined"


@dataclass(frozen=True)
class Continues:
    """The quotation goes on quoting the speaker of an earlier one of the paragraph."""

    quote: int  # its index among the paragraph's quotations


Attribution = Frame | Continues


def attributions(text: str, quoted: list[Quoted], index: int) -> Iterator[Attribution]:
    """The frames that may name the speaker of a paragraph's quotation, the likeliest
    first, found as they are asked for."""
    start, end = context(text, quoted[index])
    words = tokens(text, start, end, quoted)
    at = next(i for i, t in enumerate(words) if t.quote == index)
    yield from _frames_before(words, at)
    yield from _frames_after(words, at)
    earlier = index - 1
    in_sentence = any(t.quote == earlier for t in words)
    if earlier >= 0 and (at == 0 or (in_sentence and _pronoun_clause(words, at))):
        yield Continues(earlier)
    if at == 0 and start > 0:
        yield from _frames_of_sentence_before(text, start, quoted)


def frames_before(text: str, quoted: list[Quoted], at: int) -> list[Frame]:
    """The frames of the paragraph before a point that name a speaker, quoting or not, in
    order: whom a later "he said" may stand for ("Sadykov emphasized that … “…,” he said")."""
    found: list[Frame] = []
    for start, end in split_sentences(text[:at]):
        words = tokens(text, start, end, quoted)
        for index, word in enumerate(words):
            if word.lower in SPEECH_VERBS and _frame_word(words, index):
                found += [
                    frame
                    for frame in _frames_at(words, index)
                    if frame.speaker and not frame.pronoun and frame.speaker[1] <= at
                ]
    return found


def _frames_before(words: list[Token], at: int) -> Iterator[Frame]:
    """Frames before the quotation that reach it, nearest first (a verb whose object is a
    thing reaches no further than a comma); then the clause a colon before it ends ("he
    laughed: “…”"), when that clause has no word of saying."""
    crossed_comma = False
    for index in range(at - 1, -1, -1):
        word = words[index]
        if word.text in _CLAUSE_ENDS:
            break
        if word.text == ",":
            crossed_comma = True
        elif _frame_word(words, index) and _reaches(words, index, crossed_comma):
            yield from _frames_at(words, index)
    if at and words[at - 1].text == ":":
        yield from _colon_frame(words, at - 1)


def _reaches(words: list[Token], index: int, over_comma: bool) -> bool:
    """Whether a frame reaches a quotation after it: over a comma only a verb whose object
    is a clause ("said that …, …, …"), or one that closed a quotation before ("“…,” said
    X, “…”")."""
    if not over_comma:
        return True
    word = words[index].lower
    reaching = word in CLAUSE_VERBS or word in INVERTING or word == "according"
    return reaching or _of_the_view(words, index)


def _frames_after(words: list[Token], at: int) -> Iterator[Frame]:
    """Frames after the quotation that close its clause: “…,” said X / “…,” X said."""
    for index in range(at + 1, len(words)):
        if words[index].text in _CLAUSE_ENDS:
            return
        if _frame_word(words, index) and _closes_clause(words, index):
            yield from _frames_at(words, index)


def _frames_of_sentence_before(text: str, start: int, quoted: list[Quoted]) -> Iterator[Frame]:
    """Frames of the sentence before, for a sentence that opens with quoted words."""
    before = [(s, e) for s, e in split_sentences(text[:start]) if e <= start]
    if not before:
        return
    words = tokens(text, before[-1][0], before[-1][1], quoted)
    for index in range(len(words) - 1, -1, -1):
        if _frame_word(words, index) and words[index].lower not in CONTENT_VERBS:
            yield from _frames_at(words, index)


def _frame_word(words: list[Token], index: int) -> bool:
    word = words[index].lower
    if word == "according":
        return next_is(words, index, "to")
    if _of_the_view(words, index):
        return True
    if word not in SPEECH_VERBS and word not in CONTENT_VERBS:
        return False
    if index == 0:
        return True
    before = words[index - 1]
    if before.lower in DETERMINERS or before.lower.endswith(("’s", "'s")):
        return False  # a noun: "their claims", "Putin’s remarks"
    return not (index >= 2 and before.text == "-" and words[index - 2].lower == "so")


def _of_the_view(words: list[Token], index: int) -> bool:
    """ "are of the view that": a stance, spoken by the subject of "are"."""
    if words[index].text != "of":
        return False
    found = [t.lower for t in words[index - 1 : index + 3]] if index else []
    return (
        len(found) == 4
        and found[0] in BE
        and found[1:3] == ["of", "the"]
        and found[3] in ("view", "opinion")
    )


def _closes_clause(words: list[Token], index: int) -> bool:
    """Whether a frame after a quotation is its closing aside: nothing quoted, no
    clause of its own ("that", a colon) follows it in the clause."""
    for word in words[index + 1 :]:
        if word.text in _CLAUSE_ENDS or word.text == ",":
            return True
        if word.quote >= 0 or word.lower == "that" or word.text == ":":
            return False
    return True


def _frames_at(words: list[Token], index: int) -> Iterator[Frame]:
    """The frames a word of saying may make: its speaker after it, before it, or unstated."""
    if words[index].lower == "according":
        phrase = phrase_after(words, index + 2)
        if phrase:
            yield _named(words, phrase, index)
        return
    verb = index
    if _of_the_view(words, index):
        index -= 1  # the subject of "are"
    elif words[index].lower in INVERTING and boundary_before(words, index):
        phrase = phrase_after(words, index + 1)
        if phrase and ends_clause(words, phrase[1]):
            yield _named(words, phrase, verb, aside_after(words, phrase[1]))
    subject, passive = subject_before(words, index)
    if passive:
        yield Frame(agent_after(words, index))
    elif subject:
        yield _named(words, subject, verb)
    elif index and words[index - 1].text == ",":
        yield from _apposed(words, index - 1, verb)
    elif index > 1 and words[index - 1].lower in ("who", "which"):
        yield from _antecedent(words, index - 1, verb)


def _named(words: list[Token], span: Span, verb: int, aside: Span | None = None) -> Frame:
    first, last = words[span[0]], words[span[1] - 1]
    pronoun = first.lower if span[1] - span[0] == 1 and first.lower in PRONOUNS else ""
    by = words[verb].lower
    return Frame((first.start, last.end), pronoun, by in CONTENT_VERBS, aside, by in SAYING)


def _apposed(words: list[Token], comma: int, verb: int) -> Iterator[Frame]:
    """ "Sergei Lavrov, Russia’s foreign minister, said": the name before the aside,
    which describes them unless it is a clause ("…, who asked not to be named, told")."""
    opening = comma - 1
    while opening >= 0 and words[opening].word:
        opening -= 1
    if opening < 0 or words[opening].text != "," or opening == comma - 1:
        return
    subject = subject_ending(words, opening)
    if subject:
        describes = words[opening + 1].lower not in CLAUSE_WORDS
        aside = (words[opening + 1].start, words[comma - 1].end) if describes else None
        yield _named(words, subject, verb, aside)


def _antecedent(words: list[Token], relative: int, verb: int) -> Iterator[Frame]:
    """ "according to Alexander Gabuev, who called the deal “…”": whom "who" stands for."""
    subject = subject_ending(words, relative - 1 if words[relative - 1].text == "," else relative)
    if subject:
        yield _named(words, subject, verb)


def _colon_frame(words: list[Token], colon: int) -> Iterator[Frame]:
    """The subject of the clause a colon ends: "Mr. Putin was blunt:", "he laughed:"."""
    start = colon
    while start > 0 and words[start - 1].word and words[start - 1].lower not in CLAUSE_WORDS:
        start -= 1
    if start == colon or any(_frame_word(words, i) for i in range(start, colon)):
        return
    be = next((i for i in range(start, colon) if words[i].lower in BE), None)
    end = be if be is not None else start + 1
    if be is None and words[start].lower not in PRONOUNS:
        while end < colon and words[end].text[0].isupper():  # "Lavrov put it bluntly:"
            end += 1
    if end > start and words[start].lower not in PREPOSITIONS:
        yield _named(words, (start, end), colon)


def _pronoun_clause(words: list[Token], at: int) -> bool:
    """Whether the quotation's clause has a pronoun for subject: "…; in 1996, they …"."""
    start = at
    while start > 0 and words[start - 1].text not in _CLAUSE_ENDS:
        start -= 1
    clause = words[start:at]
    commas = [i for i, t in enumerate(clause) if t.text == ","]
    if commas and clause[0].lower in PREPOSITIONS | {"and", "but"}:
        clause = clause[commas[0] + 1 :]
    return bool(clause) and clause[0].lower in PRONOUNS
