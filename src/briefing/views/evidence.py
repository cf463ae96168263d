"""Evidence passages in groups: an actor's by the theme they treat, a theme's by source.

A group holds every passage it counts. It shows the strongest few, ranked by
what theme evidence already weighs (the theme's keywords a passage holds, and
how strongly its article treats the theme); the rest are folded away, in
reading order.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..model import Passage, WovenArticle


@dataclass(frozen=True)
class Evidence:
    shown: tuple[Passage, ...]  # the strongest, strongest first
    folded: tuple[Passage, ...]  # the others, in reading order

    @property
    def count(self) -> int:
        return len(self.shown) + len(self.folded)


@dataclass(frozen=True)
class ThemeGroup:
    theme: str | None  # None: the passages that treat no theme
    evidence: Evidence


def strongest_first(
    passages: Sequence[Passage], rank: Callable[[Passage], tuple[float, ...]], shown: int
) -> Evidence:
    """The ``shown`` strongest of ``passages`` (given in reading order), set apart.

    ``rank`` is a sort key, strongest first; ties keep reading order."""
    order = sorted(range(len(passages)), key=lambda i: (rank(passages[i]), i))
    chosen = set(order[:shown])
    return Evidence(
        tuple(passages[i] for i in order[:shown]),
        tuple(p for i, p in enumerate(passages) if i not in chosen),
    )


def source_evidence(passages: Sequence[Passage], theme_id: str, shown: int) -> Evidence:
    """One source's passages on a theme: those holding most of its keywords shown."""
    return strongest_first(passages, lambda p: (-p.keywords_on(theme_id),), shown)


def actor_evidence(sources: Sequence[WovenArticle], actor_id: str, shown: int) -> list[ThemeGroup]:
    """The passages of these articles that mention the actor, by the theme they treat.

    ``sources`` come most mentioning first, and a passage on several themes is in
    each of their groups. The largest groups come first, the passages on no theme
    last. A theme's strongest passages hold most of its keywords, then come from
    the articles that treat it most; the passages on no theme come in reading order.
    """
    on_theme: dict[str, list[Passage]] = defaultdict(list)
    on_none: list[Passage] = []
    scores = {woven.slug: woven.theme_scores for woven in sources}
    for woven in sources:
        for passage in woven.passages_on_actor(actor_id):
            for theme_id in passage.themes:
                on_theme[theme_id].append(passage)
            if not passage.themes:
                on_none.append(passage)

    def theme_rank(theme_id: str) -> Callable[[Passage], tuple[float, ...]]:
        return lambda p: (-p.keywords_on(theme_id), -scores[p.slug].get(theme_id, 0.0))

    groups = [
        ThemeGroup(theme_id, strongest_first(passages, theme_rank(theme_id), shown))
        for theme_id, passages in sorted(on_theme.items(), key=_largest_first)
    ]
    if on_none:
        groups.append(ThemeGroup(None, strongest_first(on_none, lambda p: (), shown)))
    return groups


def _largest_first(group: tuple[str, list[Passage]]) -> tuple[int, str]:
    theme_id, passages = group
    return -len(passages), theme_id
