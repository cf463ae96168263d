"""Dates stated against the article's own date, resolved no further than the words allow."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.model import EventDate, Passage
from briefing.weave.events import article_events
from briefing.weave.relative import relative_dates

DECEMBER = dt.date(2021, 12, 17)  # a Friday


def resolved(sentence: str, published: dt.date | None = DECEMBER) -> list[tuple[str, str | None]]:
    return [
        (found.words, found.date.label if found.date else None)
        for found in relative_dates(sentence, published)
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The treaty was renewed this year.", [("this year", "2021")]),
        ("Exports fell last year.", [("last year", "2020")]),
        ("The summit is planned for next year.", [("next year", "2022")]),
        ("He resigned last month.", [("last month", "November 2021")]),
        ("Mr. Putin this week asserted himself.", [("this week", "the week of 13 December 2021")]),
        ("Talks resumed last week.", [("last week", "the week of 6 December 2021")]),
        ("ahead of a summit in Beijing in February", [("in February", "February 2022")]),
        ("the summit held in Beijing in February", [("in February", "February 2021")]),
        ("the vote in December", [("in December", "December 2021")]),
        ("his visit to Kyrgyzstan in March", [("in March", "March 2021")]),
        ("in early October the vote was held", [("in early October", "October 2021")]),
        ("the parade in Moscow on May 9", [("on May 9", "9 May 2021")]),
        ("the meeting on 14 December", [("on 14 December", "14 December 2021")]),
        ("The minister said yesterday.", [("yesterday", "16 December 2021")]),
        ("the handover almost two decades ago", [("almost two decades ago", None)]),
    ],
)
def test_words_dating_a_sentence_against_its_article_are_resolved(sentence, expected):
    assert resolved(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "On May 9, 2015, Russia staged a parade.",
        "in March 2014 Crimea was annexed",
        "the last week of June was hot",
        "in the last year of the war",
        "It may rain in the morning.",
        "They have met monthly since March.",
        "Today, China is the larger economy.",
        "over the past year trade grew",
    ],
)
def test_dates_with_a_year_spans_and_other_words_are_not_relative(sentence):
    assert resolved(sentence) == []


def test_an_undated_article_leaves_relative_dates_unresolved():
    assert resolved("Mr. Bogdanov this week proposed a concept.", None) == [("this week", None)]


def test_a_sentence_gives_one_event_per_date_with_its_words():
    passage = Passage("a", "p-3", "It was signed in 2001 and renewed this year.", (), ())
    events = article_events([passage], DECEMBER)
    assert [(e.date.label if e.date else None, e.relative) for e in events] == [
        ("2001", None),
        ("2021", "this year"),
    ]


def test_a_relative_date_equal_to_a_stated_one_is_not_repeated():
    passage = Passage("a", "p-1", "In 2021, and again this year, they met.", (), ())
    assert [e.date.label for e in article_events([passage], DECEMBER) if e.date] == ["2021"]


def test_week_dates_have_an_iso_week():
    assert EventDate(2021, 12, 13, "week").iso == "2021-W50"
