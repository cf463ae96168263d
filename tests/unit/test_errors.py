"""The one family of user-facing errors: path:line: message."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.errors import BriefingError, BriefingErrors, raise_all


def test_error_with_path_and_line_reads_path_line_message():
    assert str(BriefingError("bad value", "content/a.md", 7)) == "content/a.md:7: bad value"


def test_error_with_path_only_reads_path_message():
    assert str(BriefingError("file not found", Path("content/a.md"))) == (
        "content/a.md: file not found"
    )


def test_error_without_path_is_the_message_alone():
    assert str(BriefingError("something went wrong")) == "something went wrong"


def test_line_without_path_is_not_shown():
    assert str(BriefingError("oops", None, 3)) == "oops"


def test_line_zero_means_no_line():
    assert str(BriefingError("oops", "a.yml", 0)) == "a.yml: oops"


def test_error_keeps_its_parts():
    error = BriefingError("bad", "a.md", 2)
    assert (error.message, error.path, error.line) == ("bad", Path("a.md"), 2)


def test_path_given_as_text_becomes_a_path():
    assert isinstance(BriefingError("bad", "a.md").path, Path)


def test_location_is_path_and_line():
    assert (
        BriefingError("x", "a.md", 4).location(),
        BriefingError("x", "a.md").location(),
        BriefingError("x").location(),
    ) == ("a.md:4", "a.md", "")


def test_briefing_errors_list_each_error_on_its_own_line():
    errors = BriefingErrors([BriefingError("one", "a.md", 1), BriefingError("two", "b.md")])
    assert str(errors) == "a.md:1: one\nb.md: two"


def test_briefing_errors_count_their_problems():
    errors = BriefingErrors([BriefingError("one"), BriefingError("two"), BriefingError("three")])
    assert (errors.message, len(errors.errors)) == ("3 problems", 3)


def test_briefing_errors_are_briefing_errors():
    assert isinstance(BriefingErrors([BriefingError("x")]), BriefingError)


def test_raise_all_of_nothing_raises_nothing():
    assert raise_all([]) is None


def test_raise_all_of_one_error_raises_that_error():
    error = BriefingError("only", "a.md", 1)
    with pytest.raises(BriefingError) as caught:
        raise_all([error])
    assert caught.value is error


def test_raise_all_of_several_errors_raises_them_together():
    first, second = BriefingError("one", "a.md", 1), BriefingError("two", "b.md", 2)
    with pytest.raises(BriefingErrors) as caught:
        raise_all([first, second])
    assert (caught.value.errors, str(caught.value)) == ([first, second], "a.md:1: one\nb.md:2: two")
