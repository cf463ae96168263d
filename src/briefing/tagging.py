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


_CAPITALISED_RUN = re.compile(
    r"\b[A-Z][a-z][\w’'\-]*(?:\s+(?:of\s+|the\s+|and\s+)?[A-Z][a-z][\w’'\-]*)+"
)
_LEADING_WORDS = {
    "a", "an", "and", "as", "at", "but", "by", "for", "from", "however", "if", "in", "it",
    "mr", "on", "since", "so", "the", "this", "though", "to", "until", "when", "while",
    "with", "yet", "both", "said", "unlike", "after", "although", "moreover",
}  # fmt: skip


def uncovered_names(text: str, mentions: list[Mention]) -> list[str]:
    """Capitalised runs of words ("Cold War") no mention covers: names the gazetteer may lack."""
    names = []
    for match in _CAPITALISED_RUN.finditer(text):
        name = _trim_leading(match.group(0))
        overlaps = any(m.start < match.end() and match.start() < m.end for m in mentions)
        if " " in name and not overlaps:
            names.append(name)
    return names


def _trim_leading(name: str) -> str:
    words = name.split()
    while words and words[0].lower().rstrip(".") in _LEADING_WORDS:
        words.pop(0)
    return " ".join(words)
