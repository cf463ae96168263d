"""The hand gold of the seeds' views (events, quotes), held to the articles it was read from.

Each file of tests/fixtures/views-gold/ lists what a reader finds in one article:
its dated events, the sentences with a year that state none, events dated only
relatively, and every quotation with its speaker. If an article changes, its gold
must be read again: these tests say so.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from briefing.load.frontmatter import split_document

REPO = Path(__file__).resolve().parents[2]
GOLD = sorted((REPO / "tests" / "fixtures" / "views-gold").glob("*.yml"))
PRECISIONS = {"day", "month", "year", "decade", "century"}


def _article_text(stem: str) -> tuple[dict, str]:
    path = REPO / "content" / "articles" / f"{stem}.md"
    document = split_document(path.read_text(encoding="utf-8"), path)
    return dict(document.meta), " ".join(document.body.replace("\\", "").split())


def test_every_seed_article_has_its_views_gold():
    articles = sorted(p.stem for p in (REPO / "content" / "articles").glob("*.md"))
    assert [g.stem for g in GOLD] == articles


@pytest.mark.parametrize("gold", GOLD, ids=[g.stem[:30] for g in GOLD])
def test_the_gold_quotes_its_article_exactly(gold: Path):
    data = yaml.safe_load(gold.read_text(encoding="utf-8"))
    meta, text = _article_text(gold.stem)
    assert (data["article"], data["date"]) == (meta["slug"], meta["date"])
    for event in data["events"]:
        assert event["precision"] in PRECISIONS
        assert " ".join(event["sentence"].split()) in text
    for entry in [*(data.get("not_events") or []), *(data.get("relative") or [])]:
        assert " ".join(entry["sentence"].split()) in text
    for quote in data.get("quotes") or []:
        assert quote["sentence_start"] in text
        for piece in quote["words"].split(" "):
            assert piece in text
