"""How the timeline lays out its events: each sentence once, by year, its dates marked."""

from __future__ import annotations

import pytest

from briefing.model import UNDATED, Entry, Event, EventDate, Passage, Reference
from briefing.views.chronology import entries, marked, years
from briefing.views.timeline import in_time
from briefing.weave.events import find_dates


def passage(text: str, anchor: str = "p-1", slug: str = "a") -> Passage:
    return Passage(slug, anchor, text, ("russia",), ("trade",))


TREATY = passage("In 1992 they met; in February 1996 they agreed; in 2001 they signed.", "p-2")
PARADE = passage("On May 9, 2015, Russia staged a parade.", "p-3")
WEEK = passage("Mr. Putin this week asserted himself.", "p-4", slug="undated-article")
RECORD = passage("2021 represented a record year, and trade grew this year.", "p-5")


def event(sentence: Passage, date: EventDate | None, relative: str | None = None) -> Event:
    """The event of this date in the sentence, with its words as the timeline reads them
    (none where it reads no such date, which leaves it unmarked)."""
    read = (d.written for d in find_dates(sentence.text) if d.date == date)
    return Event(date, sentence, sentence.text, relative, relative or next(read, ""))


def timeline_of(*found: Event) -> list[Event]:
    return sorted(found, key=in_time)


EVENTS = timeline_of(
    event(TREATY, EventDate(1992)),
    event(TREATY, EventDate(1996, 2, 0, "month")),
    event(TREATY, EventDate(2001)),
    event(PARADE, EventDate(2015, 5, 9, "day")),
    event(WEEK, None, "this week"),
    event(RECORD, EventDate(2021), "this year"),
)


def shown(groups) -> list[tuple[str, list[str]]]:
    return [
        (year.key, [("ref " if row.is_reference else "") + row.label for row in year.rows])
        for year in groups
    ]


def test_a_sentence_with_several_dates_shows_once_at_its_first_with_a_row_at_each_other():
    groups = years(entries(EVENTS))
    assert shown(groups) == [
        ("1992", ["1992"]),
        ("1996", ["ref February 1996"]),
        ("2001", ["ref 2001"]),
        ("2015", ["9 May 2015"]),
        ("2021", ["2021"]),
        (UNDATED, ["“this week”"]),
    ]
    treaty = groups[0].rows[0]
    assert isinstance(treaty, Entry) and [e.date.label for e in treaty.events] == [
        "1992", "February 1996", "2001"
    ]  # fmt: skip
    assert [(other.anchor, other.key) for other in treaty.others] == [
        ("e1-2", "1996"), ("e1-3", "2001")
    ]  # fmt: skip
    reference = groups[1].rows[0]
    assert isinstance(reference, Reference) and reference.entry is treaty
    texts = [row.event.text for year in groups for row in year.rows if isinstance(row, Entry)]
    assert len(texts) == len(set(texts)) == 4


def test_without_references_a_page_lists_only_the_sentences():
    groups = years(entries(EVENTS), references=False)
    assert shown(groups) == [
        ("1992", ["1992"]), ("2015", ["9 May 2015"]), ("2021", ["2021"]), (UNDATED, ["“this week”"])
    ]  # fmt: skip
    assert groups[-1].anchor == "undated" and groups[-1].slug == "undated"
    assert groups[0].anchor == "y1992"


def test_within_a_date_a_reference_to_an_earlier_sentence_comes_first():
    other = passage("Trade grew in February 1996, after a poor 1995.", "p-9")
    february = EventDate(1996, 2, 0, "month")
    found = timeline_of(*EVENTS, event(other, february), event(other, EventDate(1995)))
    assert shown(years(entries(found)))[1:3] == [
        ("1995", ["1995"]), ("1996", ["ref February 1996", "ref February 1996"])
    ]  # fmt: skip
    found = timeline_of(*EVENTS, event(other, february))
    assert shown(years(entries(found)))[1] == ("1996", ["ref February 1996", "February 1996"])
    decade = passage("In the 1990s, and in 1991, they talked.", "p-8")
    groups = years(entries(timeline_of(
        event(decade, EventDate(1990, precision="decade")), event(decade, EventDate(1991))
    )))  # fmt: skip
    assert shown(groups) == [("1990s", ["1990s"]), ("1991", ["ref 1991"])]


def test_a_sentence_dated_only_in_relative_words_goes_last_undated():
    undated = years(entries(EVENTS))[-1]
    assert undated.key == UNDATED
    assert [row.event.passage for row in undated.rows] == [WEEK]


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        ("On May 9, 2015, Russia staged a parade.", EventDate(2015, 5, 9, "day"), "May 9, 2015"),
        ("signed on 21 December 2018 in Rome", EventDate(2018, 12, 21, "day"), "21 December 2018"),
        ("Beijing’s move (February 2016) to", EventDate(2016, 2, 0, "month"), "February 2016"),
        ("signed in Sept. 2019 in", EventDate(2019, 9, 0, "month"), "Sept. 2019"),
        ("opponents by the 1960s with", EventDate(1960, precision="decade"), "1960s"),
        ("from 781 to 13,198 in 2005", EventDate(2005), "2005"),
        ("in June 2018, and again in 2018", EventDate(2018, 6, 0, "month"), "June 2018"),
    ],
)
def test_the_date_of_an_event_is_marked_where_the_sentence_writes_it(
    text: str, date: EventDate, expected: str
):
    pieces = marked(text, [event(passage(text), date)])
    assert "".join(piece for piece, _ in pieces) == text
    assert [piece for piece, is_date in pieces if is_date] == [expected]


def test_every_date_of_a_sentence_is_marked_and_relative_words_as_written():
    assert [piece for piece, is_date in entries(EVENTS)[0].pieces if is_date] == [
        "1992", "February 1996", "2001"
    ]  # fmt: skip
    record = next(entry for entry in entries(EVENTS) if entry.event.passage == RECORD)
    assert [piece for piece, is_date in record.pieces if is_date] == ["this year"]
    week = next(entry for entry in entries(EVENTS) if entry.event.passage == WEEK)
    assert week.pieces == (
        ("Mr. Putin ", False), ("this week", True), (" asserted himself.", False)
    )  # fmt: skip


def test_a_date_the_trimmed_sentence_does_not_show_is_not_marked():
    text = "…they signed a treaty."
    shown = Event(EventDate(2001), passage(text), text, written="2001")
    assert marked(text, [shown]) == ((text, False),)
