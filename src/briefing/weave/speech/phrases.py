"""A sentence as words, each quotation in it one word, and the walks that find the
words naming someone: before a verb ("Mr. Putin said"), after it ("said Russia
expert Stephen Blank"), in an aside ("Sergei Lavrov, Russia’s foreign minister,
said") or before "who" ("Alexander Gabuev, who called it …")."""

from __future__ import annotations

import re
from typing import NamedTuple

from .marks import Quoted
from .words import (
    ADVERBS,
    AFTER_SPEAKER,
    AUXILIARIES,
    BE,
    CLAUSE_WORDS,
    CONTENT_VERBS,
    DETERMINERS,
    LEADING,
    PARTICIPLES,
    PREPOSITIONS,
    QUOTING,
    SPEECH_VERBS,
    TIME_LEADS,
    TIME_WORDS,
)

Span = tuple[int, int]

_TOKEN = re.compile(
    r"(?:Mr|Mrs|Ms|Dr|Prof|St|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Jr|Sr)\."
    r"|(?:[A-Za-z]\.){2,}"
    r"|[^\W_](?:[\w\-]|[’'‘ʼ](?=\w))*"
    r"|[^\w\s]"
)


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


def tokens(text: str, start: int, end: int, quoted: list[Quoted]) -> list[Token]:
    """The words of a stretch of text, each quotation in it one token, followed by the
    stop it ends with (“…,” ends a clause as “…”, would)."""
    found: list[Token] = []
    position = start
    for index, quote in enumerate(quoted):
        if quote.stop <= start or quote.opened >= end:
            continue
        found += _words(text, position, quote.opened)
        found.append(Token(text[quote.opened : quote.stop], quote.opened, quote.stop, index))
        last = text[quote.start : quote.end].rstrip()[-1:]
        if last in ",;:.!?":
            found.append(Token(last, quote.stop, quote.stop))
        position = quote.stop
    return found + _words(text, position, end)


def _words(text: str, start: int, end: int) -> list[Token]:
    return [Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, start, end)]


def next_is(words: list[Token], index: int, word: str) -> bool:
    return index + 1 < len(words) and words[index + 1].lower == word


def aside_after(words: list[Token], end: int) -> Span | None:
    """ "said Helen Ashby, a London-based analyst who …": the words describing the speaker."""
    if end + 1 >= len(words) or words[end].text != ",":
        return None
    if words[end + 1].lower not in ("a", "an", "the"):
        return None
    last = end + 1
    while last + 1 < len(words) and words[last + 1].word:
        if words[last + 1].lower in CLAUSE_WORDS:
            break
        last += 1
    return words[end + 1].start, words[last].end


def ends_clause(words: list[Token], end: int) -> bool:
    """Whether the words after an inverted verb end where its clause does: "said X." """
    return end == len(words) or (words[end].quote < 0 and not words[end].word)


def boundary_before(words: list[Token], index: int) -> bool:
    return index == 0 or words[index - 1].text in ",:;—" or words[index - 1].quote >= 0


def phrase_after(words: list[Token], start: int) -> Span | None:
    """The words naming a speaker after a verb or "according to", up to a stop."""
    end = start
    while end < len(words) and words[end].word and words[end].lower not in AFTER_SPEAKER:
        end += 1
    return (start, end) if end > start else None


def agent_after(words: list[Token], index: int) -> Span | None:
    """The agent of a passive: "described by X as …"."""
    if next_is(words, index, "by"):
        phrase = phrase_after(words, index + 2)
        if phrase:
            return words[phrase[0]].start, words[phrase[1] - 1].end
    return None


def subject_before(words: list[Token], index: int) -> tuple[Span | None, bool]:
    """The words naming who speaks by the verb at ``index``, and whether it is passive."""
    end = _verb_group_start(words, index)
    passive = any(t.lower in BE for t in words[end:index])
    verb = words[index].lower
    if passive and (verb.endswith("ed") or verb in PARTICIPLES) and verb not in QUOTING:
        return None, True
    if end > 0 and words[end - 1].lower == "to":  # "led Beijing and Moscow to promote"
        end -= 1
    return subject_ending(words, end), False


def subject_ending(words: list[Token], end: int) -> Span | None:
    """The words naming someone that end where ``end`` is, as word indexes."""
    start = end
    while start > 0 and in_subject(words, start - 1):
        start -= 1
    return trimmed(words, start, end)


def _verb_group_start(words: list[Token], index: int) -> int:
    """Where the words that lead to a verb begin: auxiliaries, adverbs, a time, a verb
    leading to it ("has nonetheless", "this week", "keep saying", "wants to")."""
    end = index
    while end > 0:
        token = words[end - 1]
        word = token.lower
        adverb = word in ADVERBS or (word.endswith("ly") and token.text.islower())
        if word in AUXILIARIES or adverb or word in LEADING:
            end -= 1
        elif end > 1 and (
            (word in TIME_WORDS and words[end - 2].lower in TIME_LEADS)
            or (word == "to" and words[end - 2].lower in LEADING)
        ):
            end -= 2
        else:
            return end
    return end


def in_subject(words: list[Token], index: int) -> bool:
    """Whether a word may be part of the words naming someone before a verb."""
    token = words[index]
    if not token.word or token.lower in CLAUSE_WORDS or token.lower in AUXILIARIES:
        return False
    if token.lower in SPEECH_VERBS or token.lower in CONTENT_VERBS:
        return False
    before = words[index - 1].lower if index else ""
    return before not in AUXILIARIES and (token.lower, before) != ("to", "according")


def trimmed(words: list[Token], start: int, end: int) -> Span | None:
    """A subject less an opening phrase of time or place: "In 1992 the two countries"."""
    if start < end and words[start].lower in PREPOSITIONS:
        rest = [i for i in range(start + 1, end) if words[i].lower in DETERMINERS]
        if not rest:
            return None
        start = rest[0]
    return (start, end) if start < end else None
