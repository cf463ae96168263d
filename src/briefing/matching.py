"""Finding many names in a text at once: Aho–Corasick automata, whole words, longest first.

Names match as whole words and phrases. A name with no lowercase letter (an
acronym such as "SCO" or "US") matches only as written, so "US" never matches
"us"; other names match in any case. Where names overlap, the leftmost and then
the longest wins ("Shanghai Cooperation Organisation" over "Shanghai"). Straight
and curly apostrophes are the same.

English texts are searched as they are, folded to lower case, by one automaton
pass; the matches that a letter or digit joins on either side are dropped. Texts
in an inflected language are first cut into words reduced to their keys (see
wordkeys.py), and the names' keys are searched in that sequence instead.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable

import ahocorasick

from .model import Mention
from .wordkeys import WordKeys, fold, stems

_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_INNER_APOSTROPHE = re.compile(r"['\u2019](?![sS]\b)[^\W\d_]")
TOKEN = re.compile(rf"{_HAN.pattern}|\w+|[^\w\s]")  # a Han character is a word of its own
SEPARATOR = "\x1f"  # between word keys: never inside a word
# Blanks that may stand between a name's words, each replaced by one space.
_BLANK = re.compile("[\t\n\r\f\v\u00a0\u2007\u202f\u2009\u200a]")


_Span = tuple[int, int, str]  # start, end, id
_Candidate = tuple[int, int, str]  # start, -end, id: sorts leftmost, then longest, first


def is_acronym(name: str) -> bool:
    return not any(c.islower() for c in name)


class NameMatcher:
    """Whole-word occurrences of many names, each mapped to an id, in one language."""

    def __init__(self, names: Iterable[tuple[str, str]], language: str | None = None):
        named = [(name.strip(), entry_id) for name, entry_id in names if name.strip()]
        self.stemmed = stems(language)
        base = WordKeys(language)
        known = {base.base(w) for name, _ in named for w in TOKEN.findall(name)}
        self.keys = WordKeys(language, known)
        self._folded = ahocorasick.Automaton()  # texts cut into word keys
        self._exact = ahocorasick.Automaton()
        variants: dict[str, list[tuple[str, int, str]]] = {}  # plain texts: one automaton
        for name, entry_id in named:
            exact = is_acronym(name)
            pattern = self._pattern(name, exact=exact)
            back = 1 - len(pattern)  # from a match's last character to its first
            if not pattern:
                continue
            if self.stemmed:
                automaton = self._exact if exact else self._folded
                if pattern not in automaton:  # the first entry to claim a name keeps it
                    automaton.add_word(pattern, (entry_id, back))
                continue
            claims = variants.setdefault(pattern.lower(), [])
            written = pattern if exact else ""
            if all(claim[2] != written for claim in claims):
                claims.append((entry_id, back, written))
        for automaton in (self._folded, self._exact):
            automaton.make_automaton()
        # Folded names and acronyms in lower case, an acronym kept only where the text
        # writes it as the acronym is written (acronyms first, as before).
        self._plain = ahocorasick.Automaton()
        for pattern, claims in variants.items():
            self._plain.add_word(pattern, tuple(sorted(claims, key=lambda c: not c[2])))
        self._plain.make_automaton()

    def _pattern(self, name: str, exact: bool) -> str:
        if not self.stemmed:
            text = _BLANK.sub(" ", name.replace("\u2019", "'"))
            return " ".join(text.split()) if exact else " ".join(text.split()).lower()
        words = TOKEN.findall(name.replace("\u2019", "'"))
        keys = words if exact else [self.keys.base(w) for w in words]
        return SEPARATOR + SEPARATOR.join(keys) + SEPARATOR if keys else ""

    def find(self, text: str) -> list[Mention]:
        if not text:
            return []
        found = self._find_words(text) if self.stemmed else self._find_raw(text)
        return [Mention(entry_id, start, end, text[start:end]) for start, end, entry_id in found]

    def _find_raw(self, text: str) -> list[_Span]:
        plain = text.replace("\u2019", "'") if "\u2019" in text else text
        if _BLANK.search(plain):
            plain = _BLANK.sub(" ", plain)
        plain, places = _single_spaced(plain)
        lowered = plain.lower()
        if len(lowered) != len(plain):  # "İ" lowers to two characters: fold one by one
            lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in plain)
        chosen = _chosen_in_passing(plain, self._plain.iter(lowered)) if self._plain else []
        if places is _same_place:
            return chosen
        return [(places(start), places(end - 1) + 1, entry_id) for start, end, entry_id in chosen]

    def _find_words(self, text: str) -> list[_Span]:
        spans = [(m.start(), m.end()) for m in TOKEN.finditer(text)]
        if not spans:
            return []
        words = [text[start:end].replace("\u2019", "'") for start, end in spans]
        found: list[_Candidate] = []
        for automaton, keys in (
            (self._folded, [self.keys.key(w) for w in words]),
            (self._exact, words),
        ):
            if len(automaton):
                found += _word_matches(automaton, keys, spans)
        return _leftmost_longest(text, found)


def _single_spaced(text: str) -> tuple[str, Callable[[int], int]]:
    """The text with runs of spaces made one, and where each of its characters was."""
    if "  " not in text:
        return text, _same_place
    kept = [i for i, c in enumerate(text) if c != " " or i == 0 or text[i - 1] != " "]
    return "".join(text[i] for i in kept), kept.__getitem__


def _same_place(index: int) -> int:
    return index


def _word_matches(
    automaton: ahocorasick.Automaton, keys: list[str], spans: list[tuple[int, int]]
) -> list[_Candidate]:
    """Matches of whole keys in the sequence, turned back into spans of the text."""
    starts = []  # where each word's key begins in the joined sequence
    position = 1
    for key in keys:
        starts.append(position)
        position += len(key) + 1
    haystack = SEPARATOR + SEPARATOR.join(keys) + SEPARATOR
    found = []
    for end, (entry_id, back) in automaton.iter(haystack):
        first = bisect_right(starts, end + 1 + back) - 1
        last = bisect_right(starts, end - 1) - 1
        found.append((spans[first][0], -spans[last][1], entry_id))
    return found


def _chosen_in_passing(
    text: str, matches: Iterable[tuple[int, tuple[tuple[str, int, str], ...]]]
) -> list[_Span]:
    """The leftmost-longest whole-word matches, chosen as the automaton reports them
    (in the order they end): a match that starts earlier takes the place of those
    inside it, unless a match chosen before it starts still earlier and overlaps it.
    The same choice as sorting them first, without the sort."""
    chosen: list[_Span] = []
    for last, found in matches:
        named = _as_written(text, last, found)
        if named is None:
            continue
        entry_id, start = named
        end = last + 1
        if not _alone(text, start, end):
            continue
        kept = len(chosen)
        while kept and chosen[kept - 1][0] >= start:
            kept -= 1
        if kept and chosen[kept - 1][1] > start:
            continue
        del chosen[kept:]
        chosen.append((start, end, entry_id))
    return chosen


def _as_written(
    text: str, last: int, found: tuple[tuple[str, int, str], ...]
) -> tuple[str, int] | None:
    """The id and start of the first name ending at `last` that the text writes as the
    name requires: an acronym in its own capitals, any other name in any case."""
    for entry_id, back, written in found:  # back: 1 - the name's length
        start = last + back
        if not written or text[start : last + 1] == written:
            return entry_id, start
    return None


def _alone(text: str, start: int, end: int) -> bool:
    """No letter or digit joins the match on either side, no "$" follows ("US$") and no
    apostrophe that goes on the word ("Xi'an", not "Russia's"). Chinese writes no
    spaces: a name in Han characters stands alone as it is."""
    if start:
        before = text[start - 1]
        if before != " " and (before.isalnum() or before == "_") and not _is_han(text[start]):
            return False
    if end < len(text):
        after = text[end]
        if after == " ":
            return True
        if after.isalnum() or after == "_" or after == "$":
            return _is_han(text[end - 1])
        if after == "'" and _INNER_APOSTROPHE.match(text, end):
            return False
    return True


def _leftmost_longest(text: str, found: list[_Candidate]) -> list[_Span]:
    """Whole-word matches, leftmost first, the longest where several start together."""
    found.sort()  # by start, then the longest first: (start, -end, id)
    chosen: list[_Span] = []
    free = 0
    for start, negative_end, entry_id in found:
        end = -negative_end
        if start >= free and _alone(text, start, end):
            chosen.append((start, end, entry_id))
            free = end
    return chosen


def _is_han(char: str) -> bool:
    return char >= "\u3400" and bool(_HAN.match(char))


def fold_name(name: str) -> str:
    """A name as matching sees it: apostrophes, spacing and case folded."""
    return " ".join(fold(name).split())
