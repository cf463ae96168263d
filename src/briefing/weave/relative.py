"""Dates a sentence states against its article's own date: "this year", "in March".

Each is resolved from the article's date to no more precision than the words
give ("last month" is a month, "this week" the week of the article), or left
unresolved when the article has no date or the words give no point in time
("two decades ago").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial

from ..model import EventDate
from .datepatterns import DatePatterns, date_patterns


@dataclass(frozen=True, slots=True)
class RelativeDate:
    words: str  # as the sentence puts it
    start: int
    date: EventDate | None  # when resolved


def relative_dates(
    sentence: str, published: dt.date | None, language: str | None = "en"
) -> list[RelativeDate]:
    """The words that date a sentence against its article, in order, each resolved if it can be."""
    patterns = date_patterns(language)
    lowered = sentence.casefold()
    found: list[RelativeDate] = []
    for match, resolve in _matches(sentence, lowered, patterns):
        if patterns.not_before.search(sentence, 0, match.start()) or _overlaps(found, match):
            continue
        ahead = _looks_ahead(sentence, match, patterns)
        date = resolve(match, published, ahead) if published else None
        found.append(RelativeDate(match.group().strip(), match.start(), date))
    return sorted(found, key=lambda r: r.start)


Resolver = Callable[[re.Match[str], dt.date, bool], EventDate | None]


def _matches(
    sentence: str, lowered: str, patterns: DatePatterns
) -> Iterator[tuple[re.Match[str], Resolver]]:
    """Each relative date's words, with how to resolve them; only the kinds whose words
    the sentence holds are looked for (most sentences hold none)."""
    if patterns.word_cue.found(sentence, lowered):
        for pattern, which, unit in patterns.calendar:
            for match in pattern.finditer(sentence):
                yield match, partial(_calendar, which, unit)
        for match in patterns.yesterday.finditer(sentence):
            yield match, partial(_days_from, -1)
        for match in patterns.tomorrow.finditer(sentence):
            yield match, partial(_days_from, 1)
        for match in patterns.ago.finditer(sentence):
            yield match, _no_point  # a span back from the article, not a point in time
    if patterns.month_cue.found(sentence, lowered):
        for pattern in patterns.bare_days:
            for match in pattern.finditer(sentence):
                yield match, partial(_day, patterns)
        for pattern in patterns.bare_months:
            for match in pattern.finditer(sentence):
                yield match, partial(_month, patterns)
    if patterns.weekday_cue.found(sentence, lowered):
        for match in patterns.this_weekday.finditer(sentence):
            yield match, partial(_this_weekday, patterns)
        for match in patterns.weekday.finditer(sentence):
            yield match, partial(_weekday, patterns)


def _looks_ahead(sentence: str, match: re.Match[str], patterns: DatePatterns) -> bool:
    """Whether a date is one to come: after "by" or "until", or in a clause that looks ahead."""
    named = [match.start(g) for g in ("day", "month", "weekday") if match.groupdict().get(g)]
    lead = sentence[max(0, match.start() - DEADLINE_REACH) : min(named, default=match.start())]
    return bool(patterns.deadline.search(lead) or patterns.ahead.search(_clause(sentence, match)))


DEADLINE_REACH = 10  # characters before a date where "by" or "until" may stand
_CLAUSE_END = re.compile(r"[,;:–—()]")


def _clause(sentence: str, match: re.Match[str]) -> str:
    """The clause around a date, whose verb tells whether it looks ahead: in "On 14 April,
    Biden said the troops would leave by 11 September", only the second does."""
    starts = [m.end() for m in _CLAUSE_END.finditer(sentence, 0, match.start())]
    end = _CLAUSE_END.search(sentence, match.end())
    return sentence[starts[-1] if starts else 0 : end.start() if end else len(sentence)]


def _overlaps(found: list[RelativeDate], match: re.Match[str]) -> bool:
    return any(r.start < match.end() and match.start() < r.start + len(r.words) for r in found)


def _no_point(_match: re.Match[str], _published: dt.date, _ahead: bool) -> None:
    return None


def _days_from(days: int, _match: re.Match[str], published: dt.date, _ahead: bool) -> EventDate:
    return _day_of(published + dt.timedelta(days=days))


def _this_weekday(
    patterns: DatePatterns, match: re.Match[str], published: dt.date, _ahead: bool
) -> EventDate:
    """ "This Thursday": the Thursday of the article's own week."""
    weekday = patterns.weekday_number(match.group("weekday"))
    return _day_of(published + dt.timedelta(days=weekday - published.weekday()))


def _weekday(
    patterns: DatePatterns, match: re.Match[str], published: dt.date, ahead: bool
) -> EventDate:
    """ "On Tuesday": the Tuesday just past (the article's day included), or just coming."""
    back = (published.weekday() - patterns.weekday_number(match.group("weekday"))) % 7
    return _day_of(published + dt.timedelta(days=(-back % 7) if ahead else -back))


def _day_of(day: dt.date) -> EventDate:
    return EventDate(day.year, day.month, day.day, "day")


def _month(
    patterns: DatePatterns, match: re.Match[str], published: dt.date, ahead: bool
) -> EventDate:
    month = patterns.month_number(match.group("month"))
    return EventDate(_year_of(published, month, published.day, ahead), month, 0, "month")


def _day(
    patterns: DatePatterns, match: re.Match[str], published: dt.date, ahead: bool
) -> EventDate | None:
    month, day = patterns.month_number(match.group("month")), int(match.group("day"))
    year = _year_of(published, month, day, ahead)
    try:
        dt.date(year, month, day)
    except ValueError:
        return None  # "February 30": no such day to give
    return EventDate(year, month, day, "day")


def _calendar(
    which: str, unit: str, _match: re.Match[str], published: dt.date, _ahead: bool
) -> EventDate:
    step = {"this": 0, "next": 1}.get(which, -1)
    if unit == "year":
        return EventDate(published.year + step, 0, 0, "year")
    if unit == "month":
        index = published.year * 12 + published.month - 1 + step
        return EventDate(index // 12, index % 12 + 1, 0, "month")
    week = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=step)
    return EventDate(week.year, week.month, week.day, "week")


SOON_DAYS = 45  # a month or day this close ahead is the coming one, whatever the tense


def _year_of(published: dt.date, month: int, day: int, ahead: bool) -> int:
    """The year of the month (and day) just past, or of the coming one when the sentence
    looks ahead ("will", "planned", "ahead of") or it is only weeks away: news speaks of
    the months around it."""
    this_year = dt.date(published.year, month, min(day, 28))
    coming = this_year if this_year >= published else this_year.replace(year=published.year + 1)
    if ahead or (coming - published).days <= SOON_DAYS:
        return coming.year
    return published.year if this_year <= published else published.year - 1
