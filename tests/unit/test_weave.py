"""Weaving one article: the tallies that let list pages leave its text on disk."""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict

from briefing.model import Passage
from briefing.weave import tally_passages

PASSAGES = (
    Passage("a", "p-1", "Russia and China met.", ("russia", "china"), ("security", "trade")),
    Passage("a", "p-1", "China paid.", ("china",), ("trade",)),
    Passage("a", "p-2", "Nothing of note.", (), ()),
    Passage("a", "p-3", "Kazakhstan watched.", ("kazakhstan",), ("security",)),
)


def _direct(passages: tuple[Passage, ...]) -> dict[str, object]:
    """The same counts, taken passage by passage as a page would without tallies."""
    actors = {a for p in passages for a in p.actors}
    themes = {t for p in passages for t in p.themes}
    return {
        "actor_passages": {a: sum(a in p.actors for p in passages) for a in actors},
        "actor_themes": {
            a: dict(Counter(t for p in passages if a in p.actors for t in p.themes))
            for a in actors
            if any(p.themes for p in passages if a in p.actors)
        },
        "theme_actors": {
            t: dict(Counter(a for p in passages if t in p.themes for a in p.actors)) for t in themes
        },
        "theme_pairs": {
            t: dict(Counter(o for p in passages if t in p.themes for o in p.themes if o != t))
            for t in themes
            if any(len(p.themes) > 1 for p in passages if t in p.themes)
        },
    }


def test_tallies_count_what_the_passages_say():
    tallies = tally_passages(PASSAGES)
    assert asdict(tallies) == _direct(PASSAGES)
    assert tallies.actor_themes["china"] == {"security": 1, "trade": 2}
    assert tallies.theme_pairs == {"security": {"trade": 1}, "trade": {"security": 1}}


def test_no_passages_tally_nothing():
    assert asdict(tally_passages(())) == {
        "actor_passages": {},
        "actor_themes": {},
        "theme_actors": {},
        "theme_pairs": {},
    }
