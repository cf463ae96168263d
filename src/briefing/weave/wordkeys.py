"""Word keys: what a word is reduced to before names are matched, in each language.

English keeps every word as written (its aliases list the forms: "Russia",
"Russian"). Inflected languages reduce a word to a key its other forms share:
Russian by its lemma (pymorphy3: "России", "Россией" → "россия"; "российской" →
"российский"); German, French, Spanish, Italian and Portuguese by a Snowball
stem. Snowball leaves some names' endings on ("Chinas", "Moskaus"): a word whose
stem is no name's tries again without its language's common endings, so only
names gain by it.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from functools import cache, lru_cache

from ..model import primary_language

APOSTROPHE = "\u2019"
STEMMED = {
    "ru": "russian",
    "de": "german",
    "fr": "french",
    "es": "spanish",
    "it": "italian",
    "pt": "portuguese",
    "nl": "dutch",
    "uk": "russian",
}
# Case and number endings a name may carry that Snowball keeps ("Chinas", "Kataru").
ENDINGS = {
    "de": ("ns", "s", "es", "n"),
    "ru": (
        *("ами", "ями", "ом", "ем", "ой", "ей", "ам", "ям", "ах", "ях"),
        *("а", "я", "у", "ю", "е", "ы", "и"),
    ),
    "uk": ("ом", "ем", "ою", "ею", "а", "я", "у", "ю", "і", "и", "е"),
    "fr": ("s",),
    "es": ("s", "es"),
    "it": ("i", "e"),
    "pt": ("s",),
    "nl": ("s", "en"),
}


def fold(word: str) -> str:
    return word.replace(APOSTROPHE, "'").casefold()


def stems(language: str | None) -> bool:
    """Whether words of this language are reduced to stems before matching."""
    return primary_language(language) in STEMMED


class WordKeys:
    """Keys for the words of one language; `known` are the keys names have."""

    def __init__(self, language: str | None, known: Collection[str] = ()):
        self.language = primary_language(language)
        self.known = frozenset(known)
        self._base = _base_key(self.language)
        self._endings = ENDINGS.get(self.language, ())

    def base(self, word: str) -> str:
        return self._base(fold(word))

    def key(self, word: str) -> str:
        """The word's key; when no name has it, the key of the word without an ending
        that does belong to a name."""
        folded = fold(word)
        found = self._base(folded)
        if found in self.known or not self._endings:
            return found
        for ending in self._endings:
            if folded.endswith(ending) and len(folded) > len(ending) + 2:
                shorter = self._base(folded[: -len(ending)])
                if shorter in self.known:
                    return shorter
        return found


# How each language's words are reduced: "lemma" (pymorphy3), "stem" (Snowball), or
# "endings" (the word as written, less an ending that leaves a name's key).
# Measured on the test pages' hand gold (actor precision / recall): Russian by lemma
# 95.2% / 100%, by Snowball stem 93.7% / 100% ("грузов", cargo, stems as Georgia);
# German by stem 98.9% / 97.9%, by endings alone 100% / 93.8%.
REDUCTION = {
    "ru": "lemma",
    "uk": "lemma",
    "de": "stem",
    "fr": "stem",
    "es": "stem",
    "it": "stem",
    "pt": "stem",
    "nl": "stem",
}


@cache
def _base_key(language: str) -> Callable[[str], str]:
    """One reduction per language, its words' keys kept for every matcher and build of
    the process (a server's, a test run's): a lemma takes pymorphy3 some 0.2 ms."""
    how = REDUCTION.get(language)
    if how == "lemma+stem":
        stem, lemma = _stemmer(STEMMED[language]), _russian_lemma()
        return lru_cache(maxsize=65536)(lambda word: stem(lemma(word)))
    if how == "lemma":
        return lru_cache(maxsize=65536)(_russian_lemma())
    if how == "stem":
        return lru_cache(maxsize=65536)(_stemmer(STEMMED[language]))
    return _same


def _same(word: str) -> str:
    return word


@cache
def _stemmer(name: str) -> Callable[[str], str]:
    import snowballstemmer  # the C stemmer (PyStemmer) when installed

    stem: Callable[[str], str] = snowballstemmer.stemmer(name).stemWord  # it ships no types
    return stem


@lru_cache(maxsize=1)
def _russian_lemma() -> Callable[[str], str]:
    """A Russian word's dictionary form; a word it does not know keeps its form."""
    import pymorphy3

    analyser = pymorphy3.MorphAnalyzer(lang="ru")

    def lemma(word: str) -> str:
        if not any("а" <= c <= "я" or c == "ё" for c in word):
            return word
        return str(analyser.parse(word)[0].normal_form)

    return lemma
