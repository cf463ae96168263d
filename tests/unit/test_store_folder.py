"""The cache folder's atomic writes: whole or not at all, pieces written as they come."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from briefing.store.folder import write_atomically


def test_pieces_are_written_whole(tmp_path: Path):
    target = tmp_path / "data"
    assert write_atomically(target, (bytes([n]) * 3 for n in range(4)))
    assert target.read_bytes() == b"\x00\x00\x00\x01\x01\x01\x02\x02\x02\x03\x03\x03"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"]


def test_pieces_that_cannot_be_written_leave_the_last_file_and_nothing_beside(tmp_path: Path):
    target = tmp_path / "data"
    target.write_bytes(b"last")

    def failing() -> Iterator[bytes]:
        yield b"first piece"
        raise OSError(28, "No space left on device")

    assert not write_atomically(target, failing())
    assert target.read_bytes() == b"last"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"]


def test_a_write_cut_short_by_ctrl_c_leaves_the_last_file_and_nothing_beside(tmp_path: Path):
    target = tmp_path / "data"
    target.write_bytes(b"last")

    def interrupted() -> Iterator[bytes]:
        yield b"first piece"
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_atomically(target, interrupted())
    assert target.read_bytes() == b"last"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"]


def test_a_file_replaced_keeps_its_mode(tmp_path: Path):
    target = tmp_path / "data"
    target.write_bytes(b"last")
    target.chmod(0o640)
    assert write_atomically(target, b"new")
    assert (target.read_bytes(), target.stat().st_mode & 0o777) == (b"new", 0o640)
