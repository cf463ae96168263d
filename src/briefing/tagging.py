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
_WORD_BEFORE = r"(?<!\w)"
_WORD_AFTER = r"(?![\w$])"


def _phrase_pattern(name: str) -> str:
    parts = []
    for char in name:
        if char in APOSTROPHES:
            parts.append(f"[{APOSTROPHES}]")
        elif char.isspace():
            parts.append(r"\s+")
        else:
            parts.append(re.escape(char))
    body = "".join(parts)
    return body if not any(c.islower() for c in name) else f"(?i:{body})"


class NameMatcher:
    """Finds whole-word occurrences of many names, each mapped to an id."""

    def __init__(self, names: Iterable[tuple[str, str]]):
        self._ids: dict[str, str] = {}
        self._folded: dict[str, str] = {}
        for name, entry_id in names:
            key = _normalise(name)
            self._ids[key] = entry_id
            self._folded.setdefault(key.casefold(), entry_id)
        ordered = sorted(self._ids, key=lambda n: (-len(n), n))
        self._regex = (
            re.compile(f"{_WORD_BEFORE}(?:{'|'.join(map(_phrase_pattern, ordered))}){_WORD_AFTER}")
            if ordered
            else None
        )

    def find(self, text: str) -> list[Mention]:
        if self._regex is None:
            return []
        mentions = []
        for match in self._regex.finditer(text):
            found = match.group(0)
            key = _normalise(found)
            entry_id = self._ids.get(key) or self._folded[key.casefold()]
            mentions.append(Mention(entry_id, match.start(), match.end(), found))
        return mentions


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
