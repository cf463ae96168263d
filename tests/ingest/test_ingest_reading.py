"""Reading seeds: encodings, line ends, bad files and which files in a folder are seeds."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.errors import BriefingError
from briefing.ingest.reading import decode_seed, find_seeds, read_seed

TEXT = "Headline\n\nChina’s “belt” runs through Kazakhstan – and on to Europe.\n"


def write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "seed is empty"),
        (b"  \n\t\n\xc2\xa0\n", "seed has no text (only whitespace)"),
        (b"GIF89a\x01\x00\x00\x00", "seed is binary, not text (NUL byte at offset 7)"),
        (
            bytes(range(0x80, 0x100)) * 3,
            "cannot decode seed: not UTF-8 or Windows-1252 text (byte 0)",
        ),
    ],
)
def test_bad_seeds_are_refused_with_one_line_naming_the_file(tmp_path, data, message):
    seed = write(tmp_path / "bad.txt", data)
    with pytest.raises(BriefingError) as caught:
        read_seed(seed, "bad.txt")
    assert str(caught.value) == f"{seed}: {message}"
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        b"\xef\xbb\xbf" + TEXT.encode("utf-8"),
        TEXT.replace("\n", "\r\n").encode("utf-8"),
        TEXT.replace("\n", "\r\n").encode("cp1252"),
        TEXT.encode("utf-16"),
    ],
    ids=["utf-8", "bom", "crlf", "cp1252-crlf", "utf-16"],
)
def test_encodings_and_line_ends_read_the_same(tmp_path, data):
    assert decode_seed(data, tmp_path / "seed.txt") == TEXT


def test_cyrillic_code_page_is_not_mistaken_for_windows_1252(tmp_path):
    text = "Россия и Китай подписали соглашение о сотрудничестве в Центральной Азии.\n" * 3
    assert decode_seed(text.encode("cp1251"), tmp_path / "seed.txt") == text


def test_lines_are_numbered_and_cleaned(tmp_path):
    seed = write(
        tmp_path / "s.txt", "Title\r\n\u00a0\r\n  Two\u00a0 spaces\u200b here \r\nend".encode()
    )
    lines = read_seed(seed, "s.txt").lines
    assert [(line.number, line.text, line.indented) for line in lines] == [
        (1, "Title", False),
        (2, "", False),
        (3, "Two spaces here", True),
        (4, "end", False),
    ]


def test_seed_hash_is_of_the_raw_bytes(tmp_path):
    seed = write(tmp_path / "s.txt", b"Title\r\n\r\nText.")
    assert read_seed(seed, "s.txt").sha256 == (
        "34c030355b1c79e19bfbe969dabfe9df295d4d59162b37f4a77d054e6fea025e"
    )


def test_folder_seeds_are_sorted_hidden_skipped_subfolders_searched(tmp_path):
    seeds = tmp_path / "seeds"
    for name in ("b.txt", "a.md", "sub/c.text", ".hidden.txt", ".git/d.txt", "notes.pdf"):
        write(seeds / name, b"x")
    found = find_seeds(seeds, [])
    assert [name for _, name in found.files] == ["a.md", "b.txt", "sub/c.text"]
    assert [path.name for path in found.skipped] == ["notes.pdf"]


def test_named_files_keep_their_order_and_are_not_repeated(tmp_path):
    seeds = tmp_path / "seeds"
    b = write(seeds / "b.txt", b"x")
    a = write(seeds / "a.txt", b"x")
    found = find_seeds(seeds, [b, a, seeds, b])
    assert [name for _, name in found.files] == ["b.txt", "a.txt"]


def test_a_named_file_outside_the_seeds_folder_is_named_by_its_file_name(tmp_path):
    outside = write(tmp_path / "elsewhere" / "x.txt", b"x")
    assert [name for _, name in find_seeds(tmp_path / "seeds", [outside]).files] == ["x.txt"]


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda root: root / "missing.txt", "no such seed file or folder"),
        (
            lambda root: write(root / "seed.pdf", b"x"),
            "not a seed: expected a .txt, .md, .text, .html, .htm file",
        ),
        (
            lambda root: (root / "empty").mkdir() or root / "empty",
            "no seed files (.txt, .md, .text, .html, .htm) found",
        ),
    ],
    ids=["missing", "wrong-suffix", "empty-folder"],
)
def test_bad_sources_are_errors(tmp_path, make, message):
    source = make(tmp_path)
    with pytest.raises(BriefingError) as caught:
        find_seeds(tmp_path / "seeds", [source])
    assert str(caught.value) == f"{source}: {message}"
