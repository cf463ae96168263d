"""Hand gold of the timeline on the multilingual pages corpus, held to the text it was read from.

Each file of tests/fixtures/views-gold-corpus/ lists what a reader finds in one page of
tests/fixtures/pages/ (every German, French, Spanish, Russian, Italian and Portuguese page,
and six English ones): its dated events, the sentences whose dates date nothing, the events
dated only against the article's date, and the reader's doubts. Sentences are the passages
the build splits the page into, so the pages are ingested and woven here as the build does.
If a page, ingest or the sentence splitter changes, the gold must be read again: these tests
say so. They do not look at what the timeline extracts.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml
from tests.conftest import FIXTURES

from briefing.model import WovenArticle

PAGES = FIXTURES / "pages"
GOLD = sorted((FIXTURES / "views-gold-corpus").glob("*.yml"))
GOLD_LANGUAGES = {"de", "fr", "es", "ru", "it", "pt", "kk", "ky", "uz", "tg"}
ENGLISH_PAGES = 6
PRECISIONS = {"day", "month", "year", "decade", "century"}
RELATIVE_PRECISIONS = {"day", "week", "month", "year", None}
WHY = {"comparison", "span", "name", "not-a-date", "quantity"}
MOST_EVENTS_PER_SENTENCE = 3
DATE_SHAPES = {
    "day": r"(18|19|20)\d\d-\d\d-\d\d",
    "week": r"(18|19|20)\d\d-\d\d-\d\d",
    "month": r"(18|19|20)\d\d-(0[1-9]|1[0-2])",
    "year": r"(18|19|20)\d\d",
    "decade": r"(18|19|20)\d0s",
    "century": r"(18|19|20)00s",
}


@dataclass(frozen=True)
class Page:
    slug: str
    language: str
    date: dt.date | None
    passages: tuple[str, ...]


def _page_gold(stem: str) -> dict:
    return yaml.safe_load((PAGES / f"{stem}.gold.yml").read_text(encoding="utf-8"))


def _page_file(stem: str) -> Path:
    return next(p for p in PAGES.glob(f"{stem}.*") if not p.name.endswith(".gold.yml"))


def _gold(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def pages(gold_corpus: dict[str, WovenArticle]) -> dict[str, Page]:
    """The gold's pages as the build splits them: stem -> its sentences."""
    return {
        stem: Page(w.slug, w.article.language, w.article.date, tuple(p.text for p in w.passages))
        for stem, w in gold_corpus.items()
    }


def test_the_gold_covers_every_page_in_its_languages_and_six_english_ones():
    stems = {g.stem for g in GOLD}
    every_page = {p.name.removesuffix(".gold.yml") for p in PAGES.glob("*.gold.yml")}
    assert stems <= every_page
    wanted = {s for s in every_page if _page_gold(s)["language"] in GOLD_LANGUAGES}
    assert wanted <= stems
    english = {s for s in stems if _page_gold(s)["language"] == "en"}
    assert len(english) == ENGLISH_PAGES
    assert stems == wanted | english


def test_every_gold_page_is_ingested(pages):
    assert {g.stem for g in GOLD} <= set(pages)


@pytest.mark.parametrize("gold", GOLD, ids=[g.stem for g in GOLD])
def test_the_gold_names_its_article_language_and_date(gold: Path, pages):
    data, page, printed = _gold(gold), pages[gold.stem], _page_gold(gold.stem)
    assert data["article"] == page.slug
    assert data["language"] == page.language == printed["language"]
    assert data["date"] == page.date == printed["date"]


@pytest.mark.parametrize("gold", GOLD, ids=[g.stem for g in GOLD])
def test_every_gold_sentence_is_one_of_the_articles_sentences(gold: Path, pages):
    data, passages = _gold(gold), set(pages[gold.stem].passages)
    entries = [*data["events"], *data["not_events"], *data["relative"]]
    assert entries, "a page read for the timeline with nothing dated in it"
    missing = [entry["sentence"] for entry in entries if entry["sentence"] not in passages]
    assert missing == []


@pytest.mark.parametrize("gold", GOLD, ids=[g.stem for g in GOLD])
def test_events_are_well_formed(gold: Path):
    events = _gold(gold)["events"]
    for event in events:
        assert event["precision"] in PRECISIONS
        assert _shaped(event["date"], event["precision"]), event
        if event["precision"] in {"day", "month", "year"}:
            assert event["date"][:4] in event["sentence"], "a year the sentence does not print"
    pairs = [(e["date"], e["sentence"]) for e in events]
    assert len(pairs) == len(set(pairs))
    per_sentence = Counter(e["sentence"] for e in events)
    assert max(per_sentence.values(), default=0) <= MOST_EVENTS_PER_SENTENCE


@pytest.mark.parametrize("gold", GOLD, ids=[g.stem for g in GOLD])
def test_not_events_say_why(gold: Path):
    for entry in _gold(gold)["not_events"]:
        assert entry["why"] in WHY, entry


@pytest.mark.parametrize("gold", GOLD, ids=[g.stem for g in GOLD])
def test_relative_dates_quote_their_words_and_resolve_from_the_article_date(gold: Path):
    data = _gold(gold)
    article_date: dt.date | None = data["date"]
    for entry in data["relative"]:
        assert entry["words"] in entry["sentence"]
        assert entry["precision"] in RELATIVE_PRECISIONS
        resolved = entry["resolved"]
        if resolved is None:
            continue
        assert article_date is not None, "a relative date resolved without the article's date"
        assert entry["precision"] is not None
        assert _shaped(resolved, entry["precision"]), entry
        assert abs(int(resolved[:4]) - article_date.year) <= 1, entry
        if entry["precision"] == "week":
            assert dt.date.fromisoformat(resolved).weekday() == 0, "a week is named by its Monday"


@pytest.mark.parametrize("gold", GOLD, ids=[g.stem for g in GOLD])
def test_doubts_are_sentences(gold: Path):
    doubts = _gold(gold)["doubts"]
    assert isinstance(doubts, list)
    assert all(isinstance(d, str) and d.strip() for d in doubts)


def _shaped(date: str, precision: str) -> bool:
    if not re.fullmatch(DATE_SHAPES[precision], date):
        return False
    if precision in {"day", "week"}:
        dt.date.fromisoformat(date)  # a day that exists
    return True
