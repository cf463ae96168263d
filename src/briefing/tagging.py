"""The one gazetteer matcher: text in, mentions of actors and themes out.

Names match as whole words and phrases. A name with no lowercase letter (an
acronym such as "SCO" or "US") matches only in that exact case, so "US" never
matches "us" and "SCO" never matches inside "discos"; other names match in
any case. Where names overlap, the longest wins ("Shanghai Cooperation
Organisation" over "Shanghai"). Straight and curly apostrophes are the same.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from .model import Gazetteer, Mention

APOSTROPHES = "'\u2019"
_TOKEN = re.compile(r"\w+|[^\w\s]")


def _tokens(text: str) -> list[re.Match[str]]:
    return list(_TOKEN.finditer(text))


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

    def find(self, text: str) -> list[Mention]:
        tokens = _tokens(text)
        words = _key(t.group(0) for t in tokens)
        mentions: list[Mention] = []
        index = 0
        while index < len(tokens):
            found = self._longest_at(text, tokens, words, index)
            if found is None:
                index += 1
                continue
            entry_id, length = found
            start, end = tokens[index].start(), tokens[index + length - 1].end()
            mentions.append(Mention(entry_id, start, end, text[start:end]))
            index += length
        return mentions

    def _longest_at(
        self, text: str, tokens: list[re.Match[str]], words: tuple[str, ...], index: int
    ) -> tuple[str, int] | None:
        lengths = self._by_length.get(words[index].casefold())
        if not lengths:
            return None
        for length in lengths:
            run = words[index : index + length]
            if len(run) < length:
                continue
            entry_id = self._exact.get(run) or self._folded.get(tuple(w.casefold() for w in run))
            start, end = tokens[index].start(), tokens[index + length - 1].end()
            if entry_id and self._stands_alone(text, start, end):
                return entry_id, length
        return None

    @staticmethod
    def _stands_alone(text: str, start: int, end: int) -> bool:
        """No letter or digit joins the match on either side, and no "$" follows ("US$")."""
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        return not _is_word_char(before) and not (_is_word_char(after) or after == "$")


def _normalise(name: str) -> str:
    return " ".join(name.replace("\u2019", "'").split())


def normal_name(name: str) -> str:
    """A name as matching sees it: apostrophes, spacing and case folded."""
    return _normalise(name).casefold()


class Tagger:
    """Matches a gazetteer's actors (by name and aliases) and themes (by keywords)."""

    def __init__(self, gazetteer: Gazetteer):
        self.gazetteer = gazetteer
        self.actors = NameMatcher((name, a.id) for a in gazetteer.actors for name in a.names)
        self.themes = NameMatcher((kw, t.id) for t in gazetteer.themes for kw in t.keywords)

    def actor_mentions(self, text: str) -> list[Mention]:
        return self.actors.find(text)

    def theme_mentions(self, text: str) -> list[Mention]:
        return self.themes.find(text)

    def actor_ids(self, text: str) -> list[str]:
        """Actors mentioned in the text, most mentioned first."""
        return _ranked(self.actors.find(text))

    def theme_ids(self, text: str, min_hits: int = 2) -> list[str]:
        """Themes the text treats (at least ``min_hits`` keyword hits), strongest first."""
        counts = Counter(m.id for m in self.themes.find(text))
        return [tid for tid in _ranked_counts(counts) if counts[tid] >= min_hits]


def _ranked(mentions: list[Mention]) -> list[str]:
    return _ranked_counts(Counter(m.id for m in mentions))


def _ranked_counts(counts: Counter[str]) -> list[str]:
    return sorted(counts, key=lambda entry_id: (-counts[entry_id], entry_id))
