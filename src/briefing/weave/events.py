"""The events an article's sentences state, each tied to its paragraph: found as it is
woven; views/timeline.py puts every article's in time order.

A sentence is an event when it carries a date used as a date: a full date
("May 9, 2015", "21 December 2018"), a month and year ("February 2016"), a
year after a preposition ("in 2001", "by 2021") or before a noun ("a 2014
vote"), or a decade ("the 1960s"). A year is not an event's date when it
only measures against something ("the levels of 2019", "the first exercises
since 2005", "higher than in 2014"), bounds a span ("from 2005 to 2015",
"since 2014"), or is part of a name ("Peace Mission 2018", "Vision 2030").
Numbers that merely look like years ("13,198", "2015 troops") are not dates.

Words that date a sentence against its article ("this year", "last week",
"in March", "on May 9") are resolved from the article's date, and left
undated when the article has none.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import NamedTuple

from ..model import Event, EventDate, Passage
from .datepatterns import DatePatterns, date_patterns
from .relative import relative_dates

_ANY_YEAR = re.compile(r"(?:18|19|20)\d{2}")  # every date needs one: most sentences end here
TRIM_AT = 320



class StatedDate(NamedTuple):
    date: EventDate
    start: int  # where its words start in the sentence
    written: str  # its words, as the sentence writes them: "May 9, 2015", "в 2014 году"


def find_dates(sentence: str, language: str | None = "en") -> list[StatedDate]:
    """The dates a sentence states as dates, in order; of one year, the most precise wins."""
    patterns = date_patterns(language)
    if not _ANY_YEAR.search(sentence) and not patterns.decade_cue.found(
        sentence, sentence.casefold()
    ):
        return []
    found: dict[int, StatedDate] = {}
    taken = _years_not_dates(sentence, patterns)
    for precision, pattern in patterns.dates:
        for match in pattern.finditer(sentence):
            if any(_year_start(match) in other for other in taken):
                continue
            taken.append(range(match.start(), match.end()))
            date = _event_date(precision, match, patterns)
            if date and date.year not in found and _used_as_date(sentence, match, date, patterns):
                start = _year_start(match) if precision in ("year", "decade") else match.start()
                found[date.year] = StatedDate(date, match.start(), sentence[start : match.end()])
    return sorted(found.values(), key=lambda stated: stated.start)


def _year_start(match: re.Match[str]) -> int:
    return match.start("year") if match.groupdict().get("year") else match.start()


def _years_not_dates(sentence: str, patterns: DatePatterns) -> list[range]:
    """Where the years that bound a span or name a thing stand."""
    spans = [range(m.start(), m.end()) for m in patterns.spans.finditer(sentence)]
    named = [range(m.start("year"), m.end("year")) for m in patterns.named.finditer(sentence)]
    return spans + named


def _used_as_date(
    sentence: str, match: re.Match[str], date: EventDate, patterns: DatePatterns
) -> bool:
    before = _year_start(match) if date.precision == "year" else match.start()
    if patterns.not_before.search(sentence, 0, before):
        return False
    if patterns.until.search(sentence, 0, before) and not patterns.when_after.match(
        sentence, match.end()
    ):
        return False  # "in force until 2042": a span's end, unless "until 2018 when…"
    # "mid-2000" is most often the 2000s with its "s" lost: no date to trust.
    return not (match.group().lower().startswith("mid") and date.year % 10 == 0)


def _event_date(precision: str, match: re.Match[str], patterns: DatePatterns) -> EventDate | None:
    groups = match.groupdict()
    if groups.get("decade_word"):
        return EventDate(patterns.decade_years[groups["decade_word"].casefold()], 0, 0, "decade")
    year = int(match.group("year"))
    month = patterns.month_number(groups["month"]) if groups.get("month") else 0
    day = int(groups["day"]) if groups.get("day") else 0
    if precision == "day" and not 1 <= day <= 31:
        return None
    if precision == "decade" and year % 100 == 0:
        precision = "century"
    return EventDate(year, month, day, precision)


MOST_DATES_PER_SENTENCE = 3


def article_events(
    passages: Iterable[Passage], published: dt.date | None, language: str | None = "en"
) -> tuple[Event, ...]:
    """The events an article's sentences state, at most three dates a sentence."""
    return tuple(
        event for passage in passages for event in _sentence_events(passage, published, language)
    )


def _sentence_events(
    passage: Passage, published: dt.date | None, language: str | None
) -> list[Event]:
    stated = find_dates(passage.text, language)
    found = [
        (date.start, Event(date.date, passage, trim(passage.text, date.start), None, date.written))
        for date in stated
    ]
    seen: set[EventDate | None] = {date.date for date in stated}
    for relative in relative_dates(passage.text, published, language):
        date = relative.date
        if date not in seen:
            seen.add(date)
            text = trim(passage.text, relative.start)
            found.append(
                (relative.start, Event(date, passage, text, relative.words, relative.words))
            )
    found.sort(key=lambda pair: pair[0])
    return [event for _, event in found][:MOST_DATES_PER_SENTENCE]


def trim(sentence: str, around: int, limit: int = TRIM_AT) -> str:
    """Shorten a long sentence at word boundaries, keeping the date in view."""
    if len(sentence) <= limit:
        return sentence
    start = max(0, min(around - limit // 3, len(sentence) - limit))
    end = start + limit
    if start > 0:
        start = sentence.find(" ", start) + 1
    if end < len(sentence):
        end = sentence.rfind(" ", start, end)
    return (
        ("…" if start > 0 else "")
        + sentence[start:end].strip()
        + ("…" if end < len(sentence) else "")
    )
