"""The one gazetteer matcher: text in, mentions of actors and themes out.

Actors are found by their names in the text's language and the names every
text shares (see matching.py for how names match). Themes are found by their
keyword phrases.
"""

from __future__ import annotations

import re
from collections import Counter

from ..model import Gazetteer, Mention
from .matching import NameMatcher, fold_name
from .themes import ThemeEvidence, outside_actors, treated_themes

MEMO_SIZE = 4096  # texts remembered: a paragraph is matched by several stages of one build


def normal_name(name: str) -> str:
    """A name as matching sees it: apostrophes, spacing and case folded."""
    return fold_name(name)


class Tagger:
    """Matches a gazetteer's actors (by name and aliases) and themes (by keywords)."""

    def __init__(self, gazetteer: Gazetteer, language: str | None = None):
        self.gazetteer = gazetteer
        self.language = language
        self.actors = NameMatcher(
            ((name, a.id) for a in gazetteer.actors for name in a.names_in(language)), language
        )
        self.themes = NameMatcher(
            ((kw, t.id) for t in gazetteer.themes for kw in t.keywords_in(language)), language
        )
        self._memo: dict[tuple[str, str], list[Mention]] = {}
        self._languages: dict[str | None, Tagger] = {language: self}

    def in_language(self, language: str | None) -> Tagger:
        """The tagger for texts in another language (made once, then kept)."""
        tagger = self._languages.get(language)
        if tagger is None:
            tagger = self._languages[language] = Tagger(self.gazetteer, language)
            tagger._languages = self._languages
        return tagger

    def actor_mentions(self, text: str) -> list[Mention]:
        return self._find("actors", self.actors, text)

    def theme_mentions(self, text: str) -> list[Mention]:
        return self._find("themes", self.themes, text)

    def _find(self, kind: str, matcher: NameMatcher, text: str) -> list[Mention]:
        found = self._memo.get((kind, text))
        if found is None:
            if len(self._memo) >= MEMO_SIZE:
                self._memo.clear()
            found = self._memo[(kind, text)] = matcher.find(text)
        return list(found)

    def actor_ids(self, text: str) -> list[str]:
        """Actors mentioned in the text, most mentioned first."""
        return _ranked(self.actor_mentions(text))

    def treated_themes(self, paragraphs: list[str]) -> list[ThemeEvidence]:
        """The themes the paragraphs treat, strongest first, with their evidence."""
        return treated_themes(
            [outside_actors(self.theme_mentions(p), self.actor_mentions(p)) for p in paragraphs]
        )


def _ranked(mentions: list[Mention]) -> list[str]:
    return _ranked_counts(Counter(m.id for m in mentions))


def _ranked_counts(counts: Counter[str]) -> list[str]:
    return sorted(counts, key=lambda entry_id: (-counts[entry_id], entry_id))


_CAPITALISED_RUN = re.compile(
    r"\b[A-Z][a-z][\w’'\-]*(?:\s+(?:of\s+|the\s+|and\s+)?[A-Z][a-z][\w’'\-]*)+"
)
LEADING_WORDS = frozenset({
    "a", "an", "and", "as", "at", "but", "by", "for", "from", "however", "if", "in", "it",
    "mr", "on", "since", "so", "the", "this", "though", "to", "until", "when", "while",
    "with", "yet", "both", "said", "unlike", "after", "although", "moreover",
})  # fmt: skip


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
    while words and words[0].lower().rstrip(".") in LEADING_WORDS:
        words.pop(0)
    return " ".join(words)
