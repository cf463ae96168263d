"""The name matcher as it was before the automaton: the peer the benchmark and the
equality tests compare briefing.matching.NameMatcher with, on English texts."""

from __future__ import annotations

import re
from collections.abc import Iterable

from briefing.model import Mention

APOSTROPHES = "'\u2019"
_TOKEN = re.compile(r"\w+|[^\w\s]")
MEMO_SIZE = 4096  # texts remembered: a paragraph is matched by several stages of one build


def _key(words: Iterable[str]) -> tuple[str, ...]:
    return tuple("'" if word == "\u2019" else word for word in words)


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


class NameMatcher:
    """Finds whole-word occurrences of many names, each mapped to an id.

    Text and names are cut into the same tokens (words and single punctuation
    marks), and a name matches a run of tokens; looking names up by their first
    token keeps matching linear in the length of the text, however many names
    the gazetteer holds.
    """

    def __init__(self, names: Iterable[tuple[str, str]]):
        self._exact: dict[tuple[str, ...], str] = {}  # acronyms: case as written
        self._folded: dict[tuple[str, ...], str] = {}  # other names: any case
        self._lengths: dict[str, set[int]] = {}  # first token (case-folded) -> name lengths
        for name, entry_id in names:
            words = _key(m.group(0) for m in _TOKEN.finditer(name))
            if not words:
                continue
            if any(c.islower() for c in name):
                self._folded.setdefault(tuple(w.casefold() for w in words), entry_id)
            else:
                self._exact.setdefault(words, entry_id)
            self._lengths.setdefault(words[0].casefold(), set()).add(len(words))
        self._by_length = {first: sorted(n, reverse=True) for first, n in self._lengths.items()}
        self._memo: dict[str, list[Mention]] = {}

    def find(self, text: str) -> list[Mention]:
        found = self._memo.get(text)
        if found is None:
            if len(self._memo) >= MEMO_SIZE:
                self._memo.clear()
            found = self._memo[text] = self._find(text)
        return list(found)

    def _find(self, text: str) -> list[Mention]:
        # One character for another keeps every offset: tokens as _key makes them.
        words = tuple(_TOKEN.findall(text.replace("\u2019", "'")))
        folded = [word.casefold() for word in words]
        by_length = self._by_length
        candidates = [i for i, word in enumerate(folded) if word in by_length]
        if not candidates:
            return []
        matches = list(_TOKEN.finditer(text))
        mentions: list[Mention] = []
        free = 0  # the first token not yet inside a mention
        for index in candidates:
            if index < free:
                continue
            found = self._longest_at(text, matches, words, folded, index)
            if found is not None:
                entry_id, length = found
                start, end = matches[index].start(), matches[index + length - 1].end()
                mentions.append(Mention(entry_id, start, end, text[start:end]))
                free = index + length
        return mentions

    def _longest_at(
        self,
        text: str,
        matches: list[re.Match[str]],
        words: tuple[str, ...],
        folded: list[str],
        index: int,
    ) -> tuple[str, int] | None:
        for length in self._by_length[folded[index]]:
            if index + length > len(words):
                continue
            entry_id = self._exact.get(words[index : index + length]) or self._folded.get(
                tuple(folded[index : index + length])
            )
            start, end = matches[index].start(), matches[index + length - 1].end()
            if entry_id and self._stands_alone(text, start, end):
                return entry_id, length
        return None

    @staticmethod
    def _stands_alone(text: str, start: int, end: int) -> bool:
        """No letter or digit joins the match on either side, and no "$" follows ("US$")."""
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        return not _is_word_char(before) and not (_is_word_char(after) or after == "$")
