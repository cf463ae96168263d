"""YAML loading that keeps line numbers and names file and line in every error."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.errors import BriefingError
from briefing.load.yamlfile import LineDict, load_yaml_file, parse_yaml, read_text

FILE = Path("data.yml")


def error_of(text: str, first_line: int = 1) -> BriefingError:
    with pytest.raises(BriefingError) as caught:
        parse_yaml(text, FILE, first_line)
    return caught.value


def test_mapping_loads_as_line_dict_with_values():
    data = parse_yaml("a: 1\nb: text\n", FILE)
    assert isinstance(data, LineDict)
    assert data == {"a": 1, "b": "text"}


def test_mapping_remembers_its_line_and_key_lines():
    data = parse_yaml("\n\na: 1\nb: 2\n", FILE)
    assert (data.line, data.key_lines) == (3, {"a": 3, "b": 4})


def test_nested_mappings_in_a_list_remember_their_lines():
    data = parse_yaml("- id: a\n  name: A\n- id: b\n", FILE)
    assert [(entry.line, entry.line_of("id")) for entry in data] == [(1, 1), (3, 3)]


def test_line_of_an_absent_key_is_the_mapping_line():
    data = parse_yaml("x: 1\n\ny:\n  z: 2\n", FILE)
    assert data["y"].line_of("missing") == 4


def test_first_line_shifts_every_line():
    data = parse_yaml("a: 1\nb:\n  c: 2\nd:\n  - e: 3\n", FILE, first_line=5)
    assert (data.line, data.key_lines) == (5, {"a": 5, "b": 6, "d": 8})
    assert (data["b"].line, data["d"][0].line_of("e")) == (7, 9)


def test_empty_text_is_none():
    assert parse_yaml("", FILE) is None


def test_list_loads_as_list():
    assert parse_yaml("- a\n- b\n", FILE) == ["a", "b"]


def test_malformed_yaml_names_file_and_line():
    assert str(error_of("a: 1\nb: @x\n")) == (
        "data.yml:2: invalid YAML: found character that cannot start any token"
    )


def test_malformed_yaml_line_counts_from_first_line():
    assert str(error_of("a: 1\nb: @x\n", first_line=2)) == (
        "data.yml:3: invalid YAML: found character that cannot start any token"
    )


def test_tab_indentation_is_reported_on_its_line():
    assert str(error_of("a: 1\n\tb: 2\n")) == (
        "data.yml:2: invalid YAML: found a tab character that violates indentation"
    )


def test_duplicate_key_is_an_error_on_the_second_key():
    assert str(error_of("a: 1\nb: 2\na: 3\n")) == "data.yml:3: invalid YAML: duplicate key 'a'"


def test_non_text_key_is_an_error():
    assert str(error_of("? [a, b]\n: 1\n")) == "data.yml:1: invalid YAML: a key must be plain text"


def test_python_tags_are_refused():
    error = error_of("a: !!python/object/apply:os.system [ls]\n")
    assert (error.line, error.message.startswith("invalid YAML: could not determine")) == (1, True)


def test_error_carries_path_and_line_attributes():
    error = error_of("a: [\n", first_line=4)
    assert (error.path, error.line) == (FILE, 5)


# Reading files


def test_read_text_reads_utf8(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Москва", encoding="utf-8")
    assert read_text(path) == "Москва"


def test_read_text_drops_a_byte_order_mark(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("\ufeffhello".encode())
    assert read_text(path) == "hello"


def test_read_text_of_missing_file_is_an_error(tmp_path):
    path = tmp_path / "nope.yml"
    with pytest.raises(BriefingError) as caught:
        read_text(path)
    assert str(caught.value) == f"{path}: file not found"


def test_read_text_of_a_folder_is_an_error(tmp_path):
    with pytest.raises(BriefingError) as caught:
        read_text(tmp_path)
    assert str(caught.value) == f"{tmp_path}: is a folder, not a file"


def test_read_text_of_non_utf8_names_the_byte(tmp_path):
    path = tmp_path / "bad.yml"
    path.write_bytes(b"ab\xffcd")
    with pytest.raises(BriefingError) as caught:
        read_text(path)
    assert str(caught.value) == f"{path}: not UTF-8 text (byte 2)"


def test_load_yaml_file_reads_and_parses(tmp_path):
    path = tmp_path / "a.yml"
    path.write_text("- id: x\n")
    assert load_yaml_file(path) == [{"id": "x"}]


def test_load_yaml_file_names_the_file_in_errors(tmp_path):
    path = tmp_path / "a.yml"
    path.write_text("ok: 1\nbad: @\n")
    with pytest.raises(BriefingError) as caught:
        load_yaml_file(path)
    assert str(caught.value) == (
        f"{path}:2: invalid YAML: found character that cannot start any token"
    )


def test_impossible_date_is_a_briefing_error_on_its_line():
    with pytest.raises(BriefingError) as caught:
        parse_yaml("title: T\ndate: 2018-13-45\n", FILE)
    assert (caught.value.path, caught.value.line) == (FILE, 2)
