"""The quotations woven from the seeds, held to the hand gold: every one, and no other.

Each file of tests/fixtures/views-gold/ lists the quotations a reader finds in one
seed article: who speaks (as pages name them: the gazetteer's name when it knows the
speaker, else the text's own words; null where the text does not say), the role
the text gives them, the exact words between the marks and the start of the
sentence that holds them. test_views_gold.py holds that gold to the articles' text;
here the quotes the build weaves are held to the gold, with precision and recall
both whole.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import yaml
from tests.conftest import REPO

from briefing.commands.loading import load_briefing
from briefing.load.project import load_project
from briefing.model import Briefing, Quote
from briefing.views.quotes import speaker_name

GOLD = sorted((REPO / "tests" / "fixtures" / "views-gold").glob("*.yml"))

Key = tuple[str | None, str | None, str]


@pytest.fixture(scope="module")
def seeds() -> Briefing:
    return load_briefing(load_project(REPO))[0]


def _gold(path: Path) -> tuple[str, list[dict]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data["article"], data.get("quotes") or []


def _key(quote: Quote, briefing: Briefing) -> Key:
    return speaker_name(quote, briefing.gazetteer), quote.role or None, quote.words


def _found(briefing: Briefing, slug: str) -> Counter[Key]:
    return Counter(_key(q, briefing) for q in briefing.by_slug[slug].quotes)


def _wanted(entries: list[dict]) -> Counter[Key]:
    return Counter((e["speaker"], e["role"], e["words"]) for e in entries)


@pytest.mark.parametrize("gold", GOLD, ids=[g.stem[:30] for g in GOLD])
def test_the_quotes_woven_are_the_gold_quotes(seeds: Briefing, gold: Path):
    slug, entries = _gold(gold)
    found, wanted = _found(seeds, slug), _wanted(entries)
    assert {
        "found but not in the gold": found - wanted,
        "in the gold, not found": wanted - found,
    } == {
        "found but not in the gold": Counter(),
        "in the gold, not found": Counter(),
    }


@pytest.mark.parametrize("gold", GOLD, ids=[g.stem[:30] for g in GOLD])
def test_each_quote_shows_in_the_sentence_the_gold_names(seeds: Briefing, gold: Path):
    slug, entries = _gold(gold)
    woven = seeds.by_slug[slug]
    for entry in entries:
        quote = next(
            q
            for q in woven.quotes
            if _key(q, seeds) == (entry["speaker"], entry["role"], entry["words"])
        )
        first = quote.parts[0]
        assert first.sentences.startswith(entry["sentence_start"])
        assert first.before + first.words + first.after == first.sentences
        paragraph = next(b for b in woven.blocks if b.anchor == first.anchor)
        assert first.sentences in paragraph.text


def test_precision_and_recall_over_the_seeds_are_whole(seeds: Briefing):
    found: Counter[tuple[str, Key]] = Counter()
    wanted: Counter[tuple[str, Key]] = Counter()
    for gold in GOLD:
        slug, entries = _gold(gold)
        found.update((slug, key) for key in _found(seeds, slug).elements())
        wanted.update((slug, key) for key in _wanted(entries).elements())
    right = sum((found & wanted).values())
    precision = right / max(1, sum(found.values()))
    recall = right / max(1, sum(wanted.values()))
    assert sum(wanted.values()) >= 18  # the gold is read, not empty
    assert (precision, recall) == (1.0, 1.0)
