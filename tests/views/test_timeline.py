"""Which sentences state a date, and which numbers only look like years."""

from __future__ import annotations

import pytest

from briefing.weave.events import find_dates, trim


def labels(sentence: str) -> list[str]:
    return [date.label for date, *_ in find_dates(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("On May 9, 2015, Russia staged a parade.", ["9 May 2015"]),
        ("It was signed on 21 December 2018 in Rome.", ["21 December 2018"]),
        ("Beijing’s move (February 2016) to involve Tajikistan", ["February 2016"]),
        ("in June 2018, Russia hosted a conference", ["June 2018"]),
        ("The SCO was established initially in 1996 as the Shanghai Five.", ["1996"]),
        ("In 2001, the goals were reformulated.", ["2001"]),
        ("China abstained in a 2014 United Nations vote.", ["2014"]),
        ("becoming Cold War opponents by the 1960s", ["1960s"]),
        ("2021 represented a record year.", ["2021"]),
        ("trade increased in mid-2015.", ["2015"]),
        ("It grew in the mid-2010s.", ["2010s"]),
        ("a history dating back to the 1800s", ["1800s"]),
        ("In the summer of 2019 the talks resumed.", ["2019"]),
        ("The pact was signed in 2001 and expired in 2021.", ["2001", "2021"]),
        ("the share rose to 25% by 2021", ["2021"]),
        ("until 2018 when the US sanctioned Huawei", ["2018"]),
        ("In 2015 the deal was signed, the first since 2009.", ["2015"]),
        ("Trade reached the levels of 2019 in 2021.", ["2021"]),
    ],
)
def test_dates_used_as_dates_are_found(sentence: str, expected: list[str]):
    assert labels(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "the number of Kazakhs increased from 781 to 13,198.",
        "expand by 60 hectares the Kant Air Base",
        "more than 16,000 troops marched",
        "deals worth US$6 billion",
        "a border that pushed 4,380 kilometers",
        "Mr. Putin this week asserted himself",
        "at 2-3% of total trade",
    ],
)
def test_numbers_that_are_not_dates_are_ignored(sentence: str):
    assert labels(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "trade reached the levels of 2019, the pre-pandemic high",
        "the first joint military exercises since 2005",
        "since 2017, Uzbekistan can purchase equipment",
        "deals announced since 2014 have been slow",
        "exports were higher than in 2014",
        "a third lower compared with 2016",
        "From 2005 to 2015, the number of students grew.",
        "between 1999 and 2004 the figures doubled",
        "in the 2014–2016 downturn",
        "The “Peace Mission 2018” was significant.",
        "under its Vision 2030 programme",
        "trade increased in mid-2000.",
    ],
)
def test_years_that_measure_bound_a_span_or_name_a_thing_are_not_events(sentence: str):
    assert labels(sentence) == []


def test_a_year_is_listed_once_per_sentence_with_its_most_precise_form():
    assert labels("In June 2018, and again in 2018, they met.") == ["June 2018"]


def test_dates_sort_in_time():
    dates = [
        d
        for d, *_ in find_dates(
            "In 1992 they met; in 1996 they agreed; in February 1996 they signed"
        )
    ]
    assert [d.iso for d in sorted(dates)] == ["1992", "1996-02"]


def test_long_sentences_are_trimmed_around_the_date_at_word_boundaries():
    sentence = ("word " * 100) + "in 2001 they signed " + ("tail " * 100)
    trimmed = trim(sentence.strip(), sentence.index("in 2001"))
    assert "in 2001 they signed" in trimmed
    assert trimmed.startswith("…") and trimmed.endswith("…")
    assert len(trimmed) <= 322
    assert " wor…" not in trimmed and "…ord" not in trimmed


def test_each_date_keeps_its_words_as_the_sentence_writes_them():
    found = find_dates("On May 9, 2015, troops marched; in 2001 it was founded.")
    assert [(d.date.label, d.written) for d in found] == [
        ("9 May 2015", "May 9, 2015"),
        ("2001", "2001"),
    ]
