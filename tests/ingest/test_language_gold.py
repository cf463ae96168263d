"""The language of short texts, scored on windows of the test pages' hand-kept text."""

from __future__ import annotations

from collections import Counter

import yaml
from tests.conftest import FIXTURES

from briefing.ingest.language import MIN_WORDS, detect_language


def _kept_texts() -> list[tuple[str, str]]:
    """(language, kept text) of every page of the test corpora whose gold names both."""
    found = []
    golds = [*(FIXTURES / "pages").glob("*.gold.yml"), *(FIXTURES / "seed-gold").glob("*.yml")]
    for path in sorted(golds):
        gold = yaml.safe_load(path.read_text("utf-8"))
        if isinstance(gold, dict) and gold.get("language") and gold.get("must_keep"):
            found.append((gold["language"], " ".join(gold["must_keep"])))
    return found


def test_short_texts_get_a_language_only_when_the_detector_is_sure_and_it_is_right():
    """Windows of 4 to 11 words: a language is given for many, and almost always the
    right one (the guess for 12 words, taken however sure, is right 99.5% of the time)."""
    told, right, windows = Counter(), Counter(), Counter()
    for language, text in _kept_texts():
        words = text.split()
        for size in range(4, MIN_WORDS):
            for start in range(0, len(words) - size, size):
                found = detect_language(" ".join(words[start : start + size]))
                windows[size] += 1
                told[size] += found is not None
                right[size] += found == language
    assert len({language for language, _ in _kept_texts()}) >= 7
    assert sum(right.values()) / sum(told.values()) >= 0.998
    assert told[4] / windows[4] >= 0.25 and told[11] / windows[11] >= 0.75


def test_a_brief_gets_its_language_and_a_few_words_none():
    brief = "Казахстан и Узбекистан между Москвой и Пекином. Россия сохраняет влияние."
    assert detect_language(brief) == "ru"
    assert detect_language("Hotel Taxi Radio Internet Pizza") is None
    assert detect_language("Le monde") is None
