"""The seeds' timeline events against the hand gold read from the articles.

For each seed article the gold lists its dated events (date and sentence) and
its events dated only relatively (resolved from the article's date, or None
when the article has none). The events the build finds must be exactly these.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
import yaml

from briefing.commands.loading import load_briefing
from briefing.load.project import load_project
from briefing.model import Briefing, EventDate

REPO = Path(__file__).resolve().parents[2]
GOLD = sorted((REPO / "tests" / "fixtures" / "views-gold").glob("*.yml"))


@cache
def seeds_briefing() -> Briefing:
    return load_briefing(load_project(REPO))[0]


def _plain(text: str) -> str:
    return " ".join(text.replace("\\", "").split())


def _gold_events(data: dict) -> set[tuple[str | None, str]]:
    dated = {(str(e["date"]), _plain(e["sentence"])) for e in data["events"]}
    relative = {(r["resolved"], _plain(r["sentence"])) for r in data.get("relative") or []}
    return dated | relative


def _found_events(slug: str) -> set[tuple[str | None, str]]:
    woven = seeds_briefing().by_slug[slug]
    return {(_gold_date(event.date), _plain(event.passage.text)) for event in woven.events}


def _gold_date(date: EventDate | None) -> str | None:
    """The gold writes a decade or century as the text does ("the 1800s")."""
    if date is None:
        return None
    return date.label if date.precision in ("decade", "century") else date.iso


@pytest.mark.parametrize("gold", GOLD, ids=[g.stem[:30] for g in GOLD])
def test_the_timeline_finds_exactly_the_gold_events(gold: Path):
    data = yaml.safe_load(gold.read_text(encoding="utf-8"))
    found, expected = _found_events(data["article"]), _gold_events(data)
    assert sorted(found - expected, key=str) == [], "found but not in the gold"
    assert sorted(expected - found, key=str) == [], "in the gold but not found"


def test_the_gold_is_not_empty():
    events = [e for g in GOLD for e in _gold_events(yaml.safe_load(g.read_text(encoding="utf-8")))]
    assert len(events) >= 40
