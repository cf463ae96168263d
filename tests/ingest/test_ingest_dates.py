"""Date lines in the forms and languages a briefing meets; dates in prose are not taken."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.ingest.dates import parse_date_line

JUNE_17 = dt.date(2015, 6, 17)


@pytest.mark.parametrize(
    "line",
    [
        "Jun 17 , 2015",
        "June 17, 2015",
        "17 June 2015",
        "2015-06-17",
        "17.06.2015",
        "17/06/2015",
        "Mercredi 17 juin 2015",
        "17. Juni 2015",
        "17 июня 2015",
        "17 de junio de 2015",
        "Mercoledì, 17 Giugno, 2015 - 12:30",
        "Published: June 17, 2015",
        "Posted on 17 June 2015",
        "Publié le 17 juin 2015",
        "Veröffentlicht am 17. Juni 2015",
        "Jun 17, 2015 10:30 AM",
    ],
)
def test_date_lines_in_many_forms(line):
    assert parse_date_line(line) == JUNE_17


def test_the_italian_seed_date():
    assert parse_date_line("Venerdì, 21 Dicembre, 2018 - 12:30") == dt.date(2018, 12, 21)


@pytest.mark.parametrize(
    "line",
    [
        "On May 9, 2015, Russia staged the biggest military parade in its history.",
        "May 9, 2015 was a turning point for the relationship.",
        "Posted on March 3, 2020 by admin",
        "June 2015",
        "2015",
        "today",
        "2 days ago",
        "Foreign Policy",
        "Central Asia race",
        "Vision 2030",
    ],
)
def test_lines_that_are_not_only_a_full_date_are_refused(line):
    assert parse_date_line(line) is None
