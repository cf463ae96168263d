"""Front matter split from the body, with line numbers of the whole file."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.errors import BriefingError
from briefing.load.frontmatter import split_document

FILE = Path("articles/a.md")


def message(text: str) -> str:
    with pytest.raises(BriefingError) as caught:
        split_document(text, FILE)
    return str(caught.value)


def test_splits_meta_and_body():
    document = split_document("---\ntitle: T\nslug: t\n---\nBody.\n", FILE)
    assert (document.meta, document.body) == ({"title": "T", "slug": "t"}, "Body.\n")


def test_body_line_is_the_line_after_the_closing_fence():
    document = split_document("---\ntitle: T\ndate: null\n---\nBody.\n", FILE)
    assert document.body_line == 5


def test_front_matter_key_lines_count_from_line_two():
    document = split_document("---\ntitle: T\n\nslug: t\n---\n", FILE)
    assert document.meta.key_lines == {"title": 2, "slug": 4}


def test_empty_body_is_allowed():
    document = split_document("---\ntitle: T\n---\n", FILE)
    assert (document.body, document.body_line) == ("", 4)


def test_windows_line_endings_are_understood():
    document = split_document("---\r\ntitle: T\r\n---\r\nBody.\r\n", FILE)
    assert (document.meta, document.body_line) == ({"title": "T"}, 4)


def test_fence_with_trailing_spaces_is_a_fence():
    assert split_document("---  \ntitle: T\n---\t\nBody", FILE).body == "Body"


def test_later_fence_lines_stay_in_the_body():
    document = split_document("---\ntitle: T\n---\nA\n\n---\n\nB\n", FILE)
    assert document.body == "A\n\n---\n\nB\n"


def test_missing_front_matter_is_an_error_on_line_1():
    assert message("title: T\n\nBody") == (
        "articles/a.md:1: no front matter: the file must start with a '---' line"
    )


def test_empty_file_has_no_front_matter():
    assert message("") == "articles/a.md:1: no front matter: the file must start with a '---' line"


def test_front_matter_not_closed_is_an_error_on_line_1():
    assert message("---\ntitle: T\nBody\n") == (
        "articles/a.md:1: front matter is not closed: no second '---' line"
    )


def test_front_matter_that_is_a_list_is_an_error_on_line_2():
    assert message("---\n- a\n- b\n---\n") == (
        "articles/a.md:2: front matter must be a mapping of fields"
    )


def test_empty_front_matter_is_not_a_mapping():
    assert message("---\n---\nBody") == "articles/a.md:2: front matter must be a mapping of fields"


def test_front_matter_that_is_plain_text_is_not_a_mapping():
    assert message("---\njust words\n---\n") == (
        "articles/a.md:2: front matter must be a mapping of fields"
    )


def test_malformed_yaml_reports_its_line_in_the_whole_file():
    assert message("---\ntitle: T\nslug: t\nbad: @x\n---\nBody") == (
        "articles/a.md:4: invalid YAML: found character that cannot start any token"
    )


def test_badly_indented_field_is_reported_on_its_line():
    assert message("---\ntitle: T\n  oops: x\n---\n") == (
        "articles/a.md:3: invalid YAML: mapping values are not allowed in this context"
    )


def test_duplicate_field_is_reported_on_its_line():
    assert message("---\ntitle: A\ntitle: B\n---\n") == (
        "articles/a.md:3: invalid YAML: duplicate key 'title'"
    )
