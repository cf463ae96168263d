"""The article's language, by a trained detector (py3langid) over its running text."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from . import shapes

_WORD = re.compile(r"[^\W\d_]+")
FEWEST_WORDS = 4  # fewer words than this say too little to tell a language by
MIN_WORDS = 12  # from this many words, the detector's guess is taken however sure it is
SURE = 0.8  # how likely a shorter text's guess must be


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of the text's language, or None when the text is too short to
    tell it.

    Over windows of the test pages' kept text in seven languages, the guess for 12
    words was right 428 times in 430. For 4 to 10 words, all guesses were right only
    78-99% of the time, but those with a probability of 0.8 or more (32% of the
    windows of 4 words, 83% of those of 10) were right 2,509 times in 2,510. So a
    brief of a sentence or two gets its language too, when the detector is sure.
    """
    words = sum(len(shapes.words(found)) for found in _WORD.findall(text))  # 中文: 2 a word
    if words < FEWEST_WORDS:
        return None
    language, probability = _detector().classify(text)
    if words < MIN_WORDS and probability < SURE:
        return None
    return str(language)


@cache
def _detector() -> Any:
    """py3langid's model, giving probabilities; loaded on first use, when ingest runs."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
