"""Which themes an article treats, how strongly, and on what evidence.

A keyword here and there brushes a theme; an article treats it when a paragraph
is about it (two of its keywords or more) and another paragraph comes back to
it, or when a large share of its paragraphs touch it. A keyword inside an actor's
name does not count ("Afghan" in "Tajik–Afghan border" is a place, not a threat).
The score is the share of the article's paragraphs that carry the theme, each
weighted by how many of its keywords it holds (up to three), so a theme argued
through the text outranks one named in passing.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..model import Mention

ABOUT_KEYWORDS = 2  # distinct keywords that make a paragraph about a theme
FULL_WEIGHT = 3  # keywords past this add nothing more to a paragraph's weight
MIN_PARAGRAPHS = 2  # a theme treated in one paragraph only is brushed
MIN_SHARE = 0.3  # or touched by this share of the paragraphs


@dataclass(frozen=True)
class ThemeEvidence:
    theme: str
    score: float  # 0 to 1
    paragraphs: int  # paragraphs that name the theme
    share: float  # the share of the article's paragraphs that name it
    about: tuple[int, ...]  # positions of the paragraphs about it

    @property
    def treated(self) -> bool:
        about, touched = len(self.about), self.paragraphs
        if touched < MIN_PARAGRAPHS and self.share < 1:  # a text of one paragraph may treat it
            return False
        return about >= 1 or self.share >= MIN_SHARE


def outside_actors(themes: Iterable[Mention], actors: Sequence[Mention]) -> list[Mention]:
    """Theme keywords that are not part of an actor's name."""
    return [t for t in themes if not any(a.start < t.end and t.start < a.end for a in actors)]


def theme_evidence(paragraphs: Sequence[Sequence[Mention]]) -> list[ThemeEvidence]:
    """Every theme the paragraphs name (keywords per paragraph), strongest first."""
    if not paragraphs:
        return []
    weights: dict[str, float] = {}
    touched: dict[str, int] = {}
    about: dict[str, list[int]] = {}
    for position, mentions in enumerate(paragraphs):
        keywords: dict[str, set[str]] = {}
        for mention in mentions:
            keywords.setdefault(mention.id, set()).add(mention.text.casefold())
        for theme, found in keywords.items():
            weights[theme] = weights.get(theme, 0.0) + min(len(found), FULL_WEIGHT)
            touched[theme] = touched.get(theme, 0) + 1
            if len(found) >= ABOUT_KEYWORDS:
                about.setdefault(theme, []).append(position)
    count = len(paragraphs)
    evidence = [
        ThemeEvidence(
            theme,
            round(weights[theme] / (FULL_WEIGHT * count), 3),
            touched[theme],
            round(touched[theme] / count, 3),
            tuple(about.get(theme, ())),
        )
        for theme in weights
    ]
    return sorted(evidence, key=lambda e: (-e.score, e.theme))


def treated_themes(paragraphs: Sequence[Sequence[Mention]]) -> list[ThemeEvidence]:
    """The themes the paragraphs treat, strongest first; the ones only brushed left out."""
    return [e for e in theme_evidence(paragraphs) if e.treated]
