"""The article's language: English unless the text is clearly in another language."""

from __future__ import annotations

import re
from collections import Counter

# Words common in running text of each language and rare in the others.
_COMMON_WORDS = {
    "en": "the and of to is that for with are this from which have were been their",
    "fr": "le les des est une dans pour qui sur pas du au aux sont cette avec leur",
    "de": "der die das und ist nicht mit den von zu ein eine auf für sich dem auch",
    "es": "el los las y que en del por para una con es se al como más sus",
    "it": "il che di per una con non sono del della gli nel alla anche delle questo",
    "pt": "o os que do da em para uma com não dos das ao pelo mais são",
    "ru": "и в не на что с по это как из к для о но от его же",
}
_WORD = re.compile(r"[^\W\d_]+")
_SETS = {language: frozenset(words.split()) for language, words in _COMMON_WORDS.items()}
MIN_WORDS = 30
MIN_SHARE = 0.08  # of all words, for a language to count as clear
MARGIN = 2.0  # the winner must beat English by this factor


def detect_language(text: str) -> str:
    words = [w.casefold() for w in _WORD.findall(text)]
    if len(words) < MIN_WORDS:
        return "en"
    counts = Counter(w for w in words for language in _SETS if w in _SETS[language])
    scores = {language: sum(counts[w] for w in common) for language, common in _SETS.items()}
    best = max(sorted(scores), key=lambda language: scores[language])
    clear = scores[best] >= MIN_SHARE * len(words) and scores[best] >= MARGIN * scores["en"]
    return best if best != "en" and clear else "en"
