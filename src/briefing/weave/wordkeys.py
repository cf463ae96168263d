"""Word keys: what a word is reduced to before names are matched, in each language.

English keeps every word as written (its aliases list the forms: "Russia",
"Russian"). Inflected languages reduce a word to a key its other forms share:
Russian by its lemma (pymorphy3: "России", "Россией" → "россия"; "российской" →
"российский"); German, French, Spanish, Italian and Portuguese by a Snowball
stem. Snowball leaves some names' endings on ("Chinas", "Moskaus"): a word whose
stem is no name's tries again without its language's common endings, so only
names gain by it. Kazakh, Kyrgyz, Uzbek and Tajik add suffixes to a name one
after another ("Қытай|дың", "O‘zbekiston|dagi|lar", "Чин|ро"): a word that is a
name's key followed by a chain of its language's suffixes has that key.
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
# The suffixes a name may carry in the agglutinative languages of the region: case,
# possession, number, "of/in" and "-ish" (Қытайлық, xitoylik), and Tajik's object,
# ezafe and "and" (Чинро, Русияи, Тоҷикистону). Any chain of them follows a name.
SUFFIXES = {
    "kk": (
        *("ның", "нің", "дың", "дің", "тың", "тің", "ға", "ге", "қа", "ке", "на", "не", "а", "е"),
        *("ны", "ні", "ды", "ді", "ты", "ті", "н", "да", "де", "та", "те", "нда", "нде"),
        *("дан", "ден", "тан", "тен", "нан", "нен", "мен", "бен", "пен", "менен"),
        *("лық", "лік", "дық", "дік", "тық", "тік", "ғы", "гі", "қы", "кі", "лар", "лер"),
        *("дар", "дер", "тар", "тер", "ы", "і", "сы", "сі", "шы", "ші"),
    ),
    "ky": (
        *("нын", "нин", "нун", "нүн", "дын", "дин", "дун", "дүн", "тын", "тин", "тун", "түн"),
        *("га", "ге", "го", "гө", "ка", "ке", "ко", "кө", "а", "е", "о", "ө"),
        *("ны", "ни", "ну", "нү", "ды", "ди", "ду", "дү", "ты", "ти", "ту", "тү", "н"),
        *("да", "де", "до", "дө", "та", "те", "то", "тө", "нда", "нде", "ндо", "ндө"),
        *("дан", "ден", "дон", "дөн", "тан", "тен", "тон", "төн", "нан", "нен", "нон", "нөн"),
        *("менен", "лык", "лик", "лук", "лүк", "дык", "дик", "дук", "дүк", "тык", "тик"),
        *("тук", "түк", "гы", "ги", "гу", "гү", "кы", "ки", "ку", "кү", "лар", "лер", "лор"),
        *("лөр", "дар", "дер", "дор", "дөр", "тар", "тер", "тор", "төр", "ы", "и", "у", "ү"),
        *("сы", "си", "су", "сү"),
    ),
    "uz": (
        *("ning", "ni", "ga", "ka", "qa", "da", "dan", "dagi", "lik", "lar", "dek", "cha"),
        *("gacha", "i", "si", "miz", "ingiz"),
        *("нинг", "ни", "га", "ка", "қа", "да", "дан", "даги", "лик", "лар", "дек", "ча"),
        *("гача", "и", "си"),
    ),
    "tg": ("ро", "и", "ӣ", "ҳо", "ҳои", "он", "у", "ю", "ву", "йи", "аш", "ашон", "ест"),
}
SUFFIXED_STEM = 3  # letters a name's key keeps at the least ("Чин")


def fold(word: str) -> str:
    return word.replace(APOSTROPHE, "'").casefold()


def stems(language: str | None) -> bool:
    """Whether words of this language are reduced to keys before matching."""
    language = primary_language(language)
    return language in STEMMED or language in SUFFIXES


class WordKeys:
    """Keys for the words of one language; `known` are the keys names have."""

    def __init__(self, language: str | None, known: Collection[str] = ()):
        self.language = primary_language(language)
        self.known = frozenset(known)
        self._base = _base_key(self.language)
        self._endings = ENDINGS.get(self.language, ())
        self._suffixes = frozenset(SUFFIXES.get(self.language, ()))
        self._suffix_sizes = sorted({len(suffix) for suffix in self._suffixes}, reverse=True)

    def base(self, word: str) -> str:
        return self._base(fold(word))

    def key(self, word: str) -> str:
        """The word's key; when no name has it, the key of the word without an ending
        that does belong to a name."""
        folded = fold(word)
        found = self._base(folded)
        if found in self.known:
            return found
        if self._suffixes:
            return self._suffixed(folded) or found
        if not self._endings:
            return found
        for ending in self._endings:
            if folded.endswith(ending) and len(folded) > len(ending) + 2:
                shorter = self._base(folded[: -len(ending)])
                if shorter in self.known:
                    return shorter
        return found

    def _suffixed(self, word: str) -> str | None:
        """The longest name's key the word starts with, where the rest is suffixes."""
        for size in range(len(word) - 1, SUFFIXED_STEM - 1, -1):
            if word[:size] in self.known and self._chain(word[size:]):
                return word[:size]
        return None

    def _chain(self, rest: str) -> bool:
        return not rest or any(
            rest[:size] in self._suffixes and self._chain(rest[size:])
            for size in self._suffix_sizes
            if size <= len(rest)
        )


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
