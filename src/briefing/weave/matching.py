"""Finding many names in a text at once: Aho–Corasick automata, whole words, longest first.

Names match as whole words and phrases. A name with no lowercase letter (an
acronym such as "SCO" or "US") matches only as written, so "US" never matches
"us"; other names match in any case. Where names overlap, the leftmost and then
the longest wins ("Shanghai Cooperation Organisation" over "Shanghai"). Straight
and curly apostrophes are the same.

English texts are searched as they are, folded to lower case, by one automaton
pass; the matches that a letter or digit joins on either side are dropped. Texts
in an inflected language are first cut into words reduced to their keys (see
wordkeys.py), and the names' keys are searched in that sequence instead. Chinese
writes no spaces: a name in Han characters stands as it is, and one of a single
character (中, 俄) only beside another, as Chinese shortens countries named together.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator

import ahocorasick

from ..model import Mention, primary_language
from .wordkeys import WordKeys, fold, stems

_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_INNER_APOSTROPHE = re.compile(r"['\u2019](?![sS]\b)[^\W\d_]")
TOKEN = re.compile(rf"{_HAN.pattern}|\w+|[^\w\s]")  # a Han character is a word of its own
SEPARATOR = "\x1f"  # between word keys: never inside a word
# Uzbek writes the letters oʻ and gʻ with any of these marks ("O‘zbekiston", "O'zbekiston"):
# each is made the one that is a letter, so that every spelling is one word.
_UZBEK_MARKS = str.maketrans(dict.fromkeys("'\u2018\u2019\u02bc`", "\u02bb"))
# Blanks that may stand between a name's words, each replaced by one space.
_BLANK = re.compile("[\t\n\r\f\v\u00a0\u2007\u202f\u2009\u200a]")


_Span = tuple[int, int, str]  # start, end, id
_Claim = tuple[str, int, str]  # id, 1 - the pattern's length, the acronym as written or ""


def is_acronym(name: str) -> bool:
    return not any(c.islower() for c in name)


class NameMatcher:
    """Whole-word occurrences of many names, each mapped to an id, in one language.

    One automaton holds every name: in plain texts as the name in lower case, in
    inflected texts as its words' keys. An acronym's pattern is found like any
    other and kept only where the text writes it in the acronym's own capitals.
    """

    def __init__(self, names: Iterable[tuple[str, str]], language: str | None = None):
        named = [(name.strip(), entry_id) for name, entry_id in names if name.strip()]
        self.stemmed = stems(language)
        self._marks = _UZBEK_MARKS if primary_language(language) == "uz" else None
        base = WordKeys(language)
        known = {base.base(w) for name, _ in named for w in TOKEN.findall(name)}
        self.keys = WordKeys(language, known)
        claims: dict[str, list[_Claim]] = {}
        for name, entry_id in named:
            pattern, written = self._pattern(name)
            found = claims.setdefault(pattern, []) if pattern else []
            if pattern and all(claim[2] != written for claim in found):  # the first claims it
                found.append((entry_id, 1 - len(pattern), written))
        self._automaton = ahocorasick.Automaton()
        for pattern, found in claims.items():  # acronyms first, as written
            self._automaton.add_word(pattern, tuple(sorted(found, key=lambda c: not c[2])))
        self._automaton.make_automaton()

    def _pattern(self, name: str) -> tuple[str, str]:
        """What the automaton looks for, and the acronym as the text must write it."""
        plain = _BLANK.sub(" ", name.replace("\u2019", "'"))
        if not self.stemmed:
            written = " ".join(plain.split())
            return written.lower(), written if is_acronym(name) else ""
        words = TOKEN.findall(plain.translate(self._marks) if self._marks else plain)
        if not words:
            return "", ""
        keys = [self.keys.base(w) for w in words]
        written = SEPARATOR.join(words) if is_acronym(name) else ""
        return SEPARATOR + SEPARATOR.join(keys) + SEPARATOR, written

    def find(self, text: str) -> list[Mention]:
        if not text or not self._automaton:
            return []
        found = self._find_words(text) if self.stemmed else self._find_raw(text)
        return [Mention(entry_id, start, end, text[start:end]) for start, end, entry_id in found]

    def _find_raw(self, text: str) -> list[_Span]:
        plain = text.replace("\u2019", "'") if "\u2019" in text else text
        if _BLANK.search(plain):
            plain = _BLANK.sub(" ", plain)
        plain, places = _single_spaced(plain)
        lowered = plain.lower()
        if len(lowered) != len(plain):  # "İ" lowers to two characters: fold one by one
            lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in plain)
        chosen = _chosen_in_passing(plain, _plain_spans(plain, self._automaton.iter(lowered)))
        chosen = _abbreviations_paired(plain, chosen)
        if places is _same_place:
            return chosen
        return [(places(start), places(end - 1) + 1, entry_id) for start, end, entry_id in chosen]

    def _find_words(self, text: str) -> list[_Span]:
        source = text.translate(self._marks) if self._marks else text  # of the same length
        spans = [(m.start(), m.end()) for m in TOKEN.finditer(source)]
        if not spans:
            return []
        words = [source[start:end].replace("\u2019", "'") for start, end in spans]
        keys = [self.keys.key(w) for w in words]
        return _chosen_in_passing(text, _word_spans(self._automaton, keys, words, spans))


def _plain_spans(text: str, matches: Iterable[tuple[int, tuple[_Claim, ...]]]) -> Iterator[_Span]:
    """The automaton's matches in a plain text, as spans in the order they end: for each,
    the first name the text writes as the name requires (an acronym in its capitals)."""
    for last, claims in matches:
        for entry_id, back, written in claims:
            start = last + back
            if not written or text[start : last + 1] == written:
                yield start, last + 1, entry_id
                break


def _single_spaced(text: str) -> tuple[str, Callable[[int], int]]:
    """The text with runs of spaces made one, and where each of its characters was."""
    if "  " not in text:
        return text, _same_place
    kept = [i for i, c in enumerate(text) if c != " " or i == 0 or text[i - 1] != " "]
    return "".join(text[i] for i in kept), kept.__getitem__


def _same_place(index: int) -> int:
    return index


def _word_spans(
    automaton: ahocorasick.Automaton,
    keys: list[str],
    words: list[str],
    spans: list[tuple[int, int]],
) -> Iterator[_Span]:
    """The automaton's matches in the sequence of word keys, turned back into spans of
    the text in the order they end; an acronym only where the words are written as it is."""
    starts = []  # where each word's key begins in the joined sequence
    position = 1
    for key in keys:
        starts.append(position)
        position += len(key) + 1
    haystack = SEPARATOR + SEPARATOR.join(keys) + SEPARATOR
    for end, claims in automaton.iter(haystack):
        for entry_id, back, written in claims:
            first = bisect_right(starts, end + 1 + back) - 1
            last = bisect_right(starts, end - 1) - 1
            if not written or SEPARATOR.join(words[first : last + 1]) == written:
                yield spans[first][0], spans[last][1], entry_id
                break


def _chosen_in_passing(text: str, spans: Iterable[_Span]) -> list[_Span]:
    """The leftmost-longest whole-word matches, chosen as the automaton reports them
    (in the order they end): a match that starts earlier takes the place of those
    inside it, unless a match chosen before it starts still earlier and overlaps it.
    The same choice as sorting them first, without the sort."""
    chosen: list[_Span] = []
    for start, end, entry_id in spans:
        if not _alone(text, start, end):
            continue
        kept = len(chosen)
        while kept and chosen[kept - 1][0] >= start:
            kept -= 1
        if kept and chosen[kept - 1][1] > start:
            continue
        del chosen[kept:]
        chosen.append((start, end, entry_id))
    return chosen


def _abbreviations_paired(text: str, chosen: list[_Span]) -> list[_Span]:
    """Chinese shortens a country to one character only beside another, to name them
    together ("中俄" China and Russia, "中吉乌" China, Kyrgyzstan and Uzbekistan): a name of
    one Han character stands only next to another."""
    single = [end - start == 1 and _is_han(text[start]) for start, end, _ in chosen]
    if not any(single):
        return chosen
    kept = []
    for index, span in enumerate(chosen):
        paired = (index and single[index - 1] and chosen[index - 1][1] == span[0]) or (
            index + 1 < len(chosen) and single[index + 1] and chosen[index + 1][0] == span[1]
        )
        if paired or not single[index]:
            kept.append(span)
    return kept


def _alone(text: str, start: int, end: int) -> bool:
    """No letter or digit joins the match on either side, no "$" follows ("US$") and no
    apostrophe that goes on the word ("Xi'an", not "Russia's"). Chinese writes no
    spaces: a name in Han characters stands alone as it is."""
    if start:
        before = text[start - 1]
        if before != " " and (before.isalnum() or before == "_") and not _is_han(text[start]):
            return False
    if end < len(text):
        after = text[end]
        if after == " ":
            return True
        if after.isalnum() or after == "_" or after == "$":
            return _is_han(text[end - 1])
        if after == "'" and _INNER_APOSTROPHE.match(text, end):
            return False
    return True


def _is_han(char: str) -> bool:
    return char >= "\u3400" and bool(_HAN.match(char))


def fold_name(name: str) -> str:
    """A name as matching sees it: apostrophes, spacing and case folded."""
    return " ".join(fold(name).split())
