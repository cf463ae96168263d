"""A language's date words (see datewords.py) compiled once into the patterns that read them."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from .datewords import DateWords, date_words

_YEAR = r"(?P<year>(?:18|19|20)\d{2})"
# A day, or the first of a range of days: "18–19 May", "les 15 et 16 septembre".
_DAY = (
    r"(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th|er|º)?"
    r"(?:\.?\s*(?:[–-]|and|et|y|e|und|и|to|au|al|bis(?:\s+zum)?|по)\s*(?:(?:le|el|the)\s+)?"
    r"(?:[12]\d|3[01]|0?[1-9])(?=\.?\s))?"
)
# A year with its place, as in a person's introduction: "Irene Saldaña (Zaragoza, 1979)".
_PLACE_AND_YEAR = r"\((?:[^\W\d][^(),]{1,40},\s*)?<YEAR>\)"
_NO_YEAR_AFTER = r"(?!\.?,?\s+(?:of\s+|de\s+|del\s+)?(?:18|19|20)\d{2}|\d|\s+\d|\.\d)"


@dataclass(frozen=True)
class Cue:
    """Plain words, one of which a sentence must hold to be read further: a search for
    literal words costs a fraction of the patterns that read dates."""

    words: re.Pattern[str]
    lowered: bool  # searched for in the sentence in lower case; else as written

    @classmethod
    def of(cls, words: tuple[str, ...], lowered: bool) -> Cue:
        forms = dict.fromkeys(w.casefold() if lowered else w for w in words)
        return cls(re.compile("|".join(map(re.escape, forms)) or "(?!)"), lowered)

    def found(self, sentence: str, lowered: str) -> bool:
        return self.words.search(lowered if self.lowered else sentence) is not None


@dataclass(frozen=True)
class DatePatterns:
    """A language's date words, compiled."""

    month_numbers: dict[str, int]  # every written form, case-folded
    weekday_numbers: dict[str, int]  # every written form, case-folded: Monday is 0
    decade_years: dict[str, int]  # "nineties": 1990
    dates: tuple[tuple[str, re.Pattern[str]], ...]  # (precision, pattern), most precise first
    not_before: re.Pattern[str]
    until: re.Pattern[str]
    when_after: re.Pattern[str]
    spans: re.Pattern[str]
    named: re.Pattern[str]
    calendar: tuple[tuple[re.Pattern[str], str, str], ...]
    bare_days: tuple[re.Pattern[str], ...]
    bare_months: tuple[re.Pattern[str], ...]
    this_weekday: re.Pattern[str]
    weekday: re.Pattern[str]
    yesterday: re.Pattern[str]
    tomorrow: re.Pattern[str]
    ago: re.Pattern[str]
    ahead: re.Pattern[str]
    deadline: re.Pattern[str]
    # Words of which each kind of relative date holds one (see DateWords.relative_words).
    word_cue: Cue
    month_cue: Cue
    weekday_cue: Cue
    decade_cue: Cue  # a decade in words: "the nineties"

    def month_number(self, name: str) -> int:
        return self.month_numbers[name.casefold().rstrip(".")]

    def weekday_number(self, name: str) -> int:
        return self.weekday_numbers[name.casefold()]


@cache
def date_patterns(language: str | None) -> DatePatterns:
    words = date_words(language)
    month = _alternatives("month", words.months, words.months_case_blind)
    weekday = _alternatives("weekday", words.weekdays, words.months_case_blind)
    decade = _alternatives("decade_word", tuple((w,) for w, _ in words.decade_words), True)
    year = rf"{_YEAR}(?![\d,.]\d|\d|{words.quantity_after})"
    # "this Thursday and Friday": one stretch of days, dated by its first.
    also = rf"(?:\s*(?:and|et|y|e|und|и)\s+{_either(words.weekdays, case_blind=True)})?"

    def filled(source: str, year_group: str = year) -> str:
        return (
            source.replace("<MONTH>", month)
            .replace("<DAY>", _DAY)
            .replace("<YEAR>", year_group)
            .replace("<DECADE>", decade)
        )

    def compiled(sources: tuple[str, ...], after: str = "") -> tuple[re.Pattern[str], ...]:
        return tuple(re.compile(filled(source) + after) for source in sources)

    return DatePatterns(
        month_numbers=_numbers(words.months, 1),
        weekday_numbers=_numbers(words.weekdays, 0),
        decade_years={w.casefold(): y for w, y in words.decade_words},
        dates=_dates(words, compiled),
        not_before=re.compile(words.not_before, re.IGNORECASE),
        until=re.compile(words.until, re.IGNORECASE),
        when_after=re.compile(words.when_after, re.IGNORECASE),
        spans=re.compile(
            "|".join(filled(s, _YEAR) for s in words.spans)
            + r"|(?<![\d,.])(?:18|19|20)\d{2}\s*[–-]\s*(?:18|19|20)?\d{2}(?![\d%])"
        ),
        named=re.compile(filled(words.names) if words.names else _capitalised_names(words, year)),
        calendar=tuple((re.compile(s, re.IGNORECASE), w, u) for s, w, u in words.calendar),
        bare_days=compiled(words.bare_days, _NO_YEAR_AFTER),
        bare_months=compiled(words.bare_months, _NO_YEAR_AFTER),
        this_weekday=re.compile(rf"{words.this_weekday}\s+{weekday}\b{also}"),
        weekday=re.compile(rf"{words.weekday_lead}\b{weekday}\b{also}"),
        yesterday=re.compile(words.yesterday, re.IGNORECASE),
        tomorrow=re.compile(words.tomorrow),
        ago=re.compile(words.ago, re.IGNORECASE),
        ahead=re.compile(words.ahead, re.IGNORECASE),
        deadline=re.compile(words.deadline),
        word_cue=Cue.of(words.relative_words, lowered=True),
        month_cue=Cue.of(_forms(words.months), lowered=words.months_case_blind),
        weekday_cue=Cue.of(_forms(words.weekdays), lowered=words.months_case_blind),
        decade_cue=Cue.of(tuple(w for w, _ in words.decade_words), lowered=True),
    )


def _dates(
    words: DateWords, compiled: Callable[[tuple[str, ...]], tuple[re.Pattern[str], ...]]
) -> tuple[tuple[str, re.Pattern[str]], ...]:
    dates = [("day", p) for p in compiled(words.day_dates)]
    dates += [("month", p) for p in compiled(words.month_dates)]
    dates += [("decade", p) for p in compiled(words.decades + words.decade_word_dates)]
    dates += [("year", p) for p in compiled((*words.year_dates, _PLACE_AND_YEAR))]
    return tuple(dates)


def _alternatives(group: str, names: tuple[tuple[str, ...], ...], case_blind: bool) -> str:
    return rf"(?P<{group}>{_either(names, case_blind)})"


def _either(names: tuple[tuple[str, ...], ...], case_blind: bool) -> str:
    """Any written form of any of these names, longest first."""
    if not names:
        return "(?!)"
    forms = "|".join(sorted((re.escape(f) for name in names for f in name), key=len, reverse=True))
    return f"(?i:{forms})" if case_blind else f"(?:{forms})"


def _numbers(names: tuple[tuple[str, ...], ...], first: int) -> dict[str, int]:
    return {form.casefold(): n for n, name in enumerate(names, first) for form in name}


def _capitalised_names(words: DateWords, year: str) -> str:
    """A year right after a capitalised word names a thing: "Peace Mission 2018"."""
    months = "|".join(_forms(words.months))
    return rf"\b(?!(?:{words.not_names}|{months})\b)[A-ZÀ-ÖØ-ÞА-ЯЁ][^\W\d_]+\s+{year}\b"


def _forms(names: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    return tuple(form for name in names for form in name)
