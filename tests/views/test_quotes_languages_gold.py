"""Quotations in other languages than English, scored against hand gold.

Two sets, read by hand without the reader's rules in view:
- tests/fixtures/quotes-gold-corpus/: every quotation, and every pair of marks that is
  none, in the 42 German, French, Spanish, Russian, Italian and Portuguese pages of
  tests/fixtures/pages/, ingested and woven as the build does (the eight k-ru-* pages
  were read after the reader's rules were written, and scored 9/9, 9/11, 7/9);
- tests/fixtures/quotes-gold-paragraphs/: 150 paragraphs written in the manner of each
  language's press, with made-up statements, in shapes the pages lack.

A quotation is found when a quotation the reader gives in that paragraph holds the gold's
first words; its speaker agrees when one of the two names the other ("el ministro de
Defensa ruso" and "ministro de Defensa ruso"), or both say no speaker is stated. The
bars sit below today's scores (pages: precision 48/48, recall 48/68, speakers 46/48;
paragraphs: 95/95, 95/123, 94/95): a quotation is left unfound rather than given to the
wrong speaker.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

import pytest
import yaml
from tests.conftest import FIXTURES
from tests.helpers import woven_quotes

from briefing.load.gazetteer import load_gazetteer
from briefing.model import Quote, WovenArticle

PAGES_GOLD = sorted((FIXTURES / "quotes-gold-corpus").glob("*.yml"))
PARAGRAPHS_GOLD = sorted((FIXTURES / "quotes-gold-paragraphs").glob("*.yml"))
LANGUAGES = {"de", "fr", "es", "ru", "it", "pt"}
# Kazakh, Kyrgyz, Uzbek and Tajik: 16 pages (k-* and m-*) read after their lexicons.
CENTRAL_ASIAN = {"kk", "ky", "uz", "tg"}
CHINESE = {"zh"}  # 4 pages and 25 paragraphs, read after the reader of Chinese was written
HEAD = 25  # characters of the gold's first words that a quotation found must hold


def _plain(text: str | None) -> str:
    return " ".join(unicodedata.normalize("NFKC", text or "").split()).lower()


@dataclass
class Score:
    found: int = 0  # gold quotations found
    extra: int = 0  # quotations found that the gold does not have
    missed: int = 0
    speakers: int = 0  # of those found, with the gold's speaker
    wrong: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.found / max(1, self.found + self.extra)

    @property
    def recall(self) -> float:
        return self.found / max(1, self.found + self.missed)

    @property
    def speaker_agreement(self) -> float:
        return self.speakers / max(1, self.found)

    def __str__(self) -> str:
        return (
            f"precision {self.found}/{self.found + self.extra}, recall {self.found}/"
            f"{self.found + self.missed}, speakers {self.speakers}/{self.found}"
        )

    def add(self, gold: list[dict], found: list[Quote], where: str) -> None:
        left = list(found)
        for quote in gold:
            head = _plain(quote["words"])[:HEAD]
            match = next((q for q in left if head in _plain(q.words)), None)
            if match is None:
                self.missed += 1
                continue
            left.remove(match)
            self.found += 1
            if _agree(quote.get("speaker"), match.speaker):
                self.speakers += 1
            else:
                self.wrong.append(f"{where}: {quote['speaker']!r} read as {match.speaker!r}")
        self.extra += len(left)
        self.wrong += [f"{where}: no quotation: {q.words[:40]!r}" for q in left]


def _agree(gold: str | None, found: str | None) -> bool:
    gold, found = _plain(gold), _plain(found)
    return gold == found or bool(gold and found and (gold in found or found in gold))


def _pages_score(gold_corpus: dict[str, WovenArticle], languages: set[str]) -> Score:
    score = Score()
    for path in PAGES_GOLD:
        gold = yaml.safe_load(path.read_text("utf-8"))
        woven = gold_corpus[path.stem]
        if woven.article.language not in languages:
            continue
        for anchor in {q["paragraph"] for q in gold["quotes"]} | {q.anchor for q in woven.quotes}:
            wanted = [q for q in gold["quotes"] if q["paragraph"] == anchor]
            found = [q for q in woven.quotes if q.anchor == anchor]
            score.add(wanted, found, f"{path.stem} {anchor}")
    return score


@pytest.fixture(scope="module")
def pages_score(gold_corpus: dict[str, WovenArticle]) -> Score:
    return _pages_score(gold_corpus, LANGUAGES)


@pytest.fixture(scope="module")
def paragraphs_score() -> dict[str, Score]:
    gazetteer = load_gazetteer(FIXTURES / "mini" / "content")
    scores = {}
    for path in PARAGRAPHS_GOLD:
        score = scores[path.stem] = Score()
        for number, item in enumerate(yaml.safe_load(path.read_text("utf-8")), 1):
            found = list(woven_quotes(gazetteer, path.stem, item["text"]))
            score.add(item["quotes"] or [], found, f"{path.stem} {number}")
    return scores


def test_the_gold_covers_every_page_in_those_languages(gold_corpus: dict[str, WovenArticle]):
    languages = LANGUAGES | CENTRAL_ASIAN | CHINESE
    pages = {stem for stem, w in gold_corpus.items() if w.article.language in languages}
    assert {path.stem for path in PAGES_GOLD} == pages
    assert {path.stem for path in PARAGRAPHS_GOLD} == languages


def test_the_gold_holds_the_words_of_the_pages_as_ingested(
    gold_corpus: dict[str, WovenArticle],
):
    """If ingest changes a page's paragraphs, its gold must be read again: this says so."""
    for path in PAGES_GOLD:
        gold = yaml.safe_load(path.read_text("utf-8"))
        texts = {b.anchor: _plain(b.text) for b in gold_corpus[path.stem].blocks}
        assert gold["article"] == gold_corpus[path.stem].slug
        for item in gold["quotes"] + gold["not_quotes"]:
            assert _plain(item["words"]) in texts[item["paragraph"]], (path.stem, item)


def test_quotations_in_the_pages_are_found_and_given_to_their_speakers(pages_score: Score):
    assert pages_score.precision >= 0.95, (str(pages_score), pages_score.wrong)
    assert pages_score.recall >= 0.6, str(pages_score)
    assert pages_score.speaker_agreement >= 0.9, (str(pages_score), pages_score.wrong)


def _total(scores: list[Score]) -> Score:
    total = Score()
    for score in scores:
        total.found += score.found
        total.extra += score.extra
        total.missed += score.missed
        total.speakers += score.speakers
        total.wrong += score.wrong
    return total


def test_quotations_in_the_paragraphs_are_found_and_given_to_their_speakers(
    paragraphs_score: dict[str, Score],
):
    paragraphs_score = {k: v for k, v in paragraphs_score.items() if k in LANGUAGES}
    total = _total(list(paragraphs_score.values()))
    said = "; ".join(f"{language}: {score}" for language, score in paragraphs_score.items())
    assert total.precision >= 0.95, (said, total.wrong)
    assert total.recall >= 0.7, said
    assert total.speaker_agreement >= 0.9, (said, total.wrong)
    for language, score in paragraphs_score.items():  # no language left behind
        assert score.precision >= 0.9 and score.recall >= 0.55, (language, str(score))


def test_quotations_in_kazakh_kyrgyz_uzbek_and_tajik_pages_are_found(
    gold_corpus: dict[str, WovenArticle],
):
    """The 16 pages in the region's own languages. At first reading, after the lexicons
    and before the frames these pages showed: precision 14/15, recall 14/23, speakers 8/14;
    now 22/23, 22/23, 21/22."""
    score = _pages_score(gold_corpus, CENTRAL_ASIAN)
    assert score.precision >= 0.9, (str(score), score.wrong)
    assert score.recall >= 0.5, (str(score), score.wrong)
    assert score.speaker_agreement >= 0.8, (str(score), score.wrong)


def test_quotations_in_kazakh_kyrgyz_uzbek_and_tajik_paragraphs_are_found(
    paragraphs_score: dict[str, Score],
):
    """100 paragraphs in the press manner of those languages, written apart from the
    lexicons and frames (a quarter each). First reading, after the frames the pages
    showed: precision 51/53, recall 51/91, speakers 41/51; the speakers wrongly read were
    mended by reading a verb-last subject only when it names a person or an actor:
    40/41, 40/91, 39/40; with the attributions ("X-тің айтуынша, «…»", "ба гуфтаи X"):
    now 55/56, 55/91, 51/55. Unfound rather than given to the wrong speaker."""
    scores = [paragraphs_score[language] for language in sorted(CENTRAL_ASIAN)]
    total = _total(scores)
    said = "; ".join(f"{language}: {paragraphs_score[language]}" for language in CENTRAL_ASIAN)
    assert total.precision >= 0.9 and total.speaker_agreement >= 0.88, (said, total.wrong)
    assert total.recall >= 0.55, said
    assert all(score.precision >= 0.85 and score.recall >= 0.45 for score in scores), said


def test_quotations_in_chinese_are_found(
    gold_corpus: dict[str, WovenArticle], paragraphs_score: dict[str, Score]
):
    """Chinese is read on its characters (speech/chinese.py). First reading, the reader
    written before the gold: pages 0/0, 0/3; paragraphs 13/13, 13/27, 13/13. After the
    names with a dot (达尼亚尔·萨特巴耶夫), "他说" for whoever last said something, and
    "简称" (abbreviated as) no verb of saying: pages 2/2, 2/3, 2/2; paragraphs 20/20,
    20/27, 20/20. Quotes inside indirect speech ("正处于“历史最好时期”") are not read."""
    pages = _pages_score(gold_corpus, CHINESE)
    paragraphs = paragraphs_score["zh"]
    for score in (pages, paragraphs):
        assert score.precision >= 0.95 and score.speaker_agreement >= 0.95, str(score)
    assert paragraphs.recall >= 0.7, str(paragraphs)
