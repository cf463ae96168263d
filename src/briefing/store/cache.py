"""The build cache in .briefing/: woven articles, keyed by what they were woven from.

Everything is keyed by content hashes of the inputs (article files, seeds,
gazetteer, language and options, and the code's version), so a stale entry is
never used: it is simply not found.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import shutil
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from .. import __version__
from ..errors import BriefingError
from ..model import WovenArticle, WovenText
from .folder import (
    ARTICLE_INDEX,
    SPRINGS,
    TEXT,
    WOVEN,
    read_signed,
    signed,
    write_atomically,
    write_signed,
)

SCHEMA = 20  # bump when cached records change shape


def digest(*parts: str | bytes) -> str:
    hasher = hashlib.sha256(f"{SCHEMA}|{__version__}".encode())
    for part in parts:
        hasher.update(part if isinstance(part, bytes) else part.encode("utf-8"))
        hasher.update(b"\0")
    return hasher.hexdigest()


def files_digest(paths: Iterable[Path]) -> str:
    """A digest of files' names and contents; missing files count as absent."""
    parts: list[str | bytes] = []
    for path in sorted(paths):
        try:
            parts += [path.as_posix(), path.read_bytes()]
        except OSError:
            continue  # absent (or gone mid-build): the stage that needs it will say so
    return digest(*parts)


def tree_digest(folders: Iterable[Path]) -> str:
    files = [p for folder in folders if folder.is_dir() for p in folder.rglob("*") if p.is_file()]
    return files_digest(files)


class BuildCache:
    """Reads and writes .briefing/; a disabled cache (--no-cache) does neither."""

    def __init__(self, folder: Path | None):
        self.folder = folder
        _load_text.cache_clear()  # a build reads the texts as they are now

    @property
    def enabled(self) -> bool:
        return self.folder is not None

    def load_woven(self, key: str) -> WovenArticle | None:
        """The woven article stored under key, its text left on disk until a page asks."""
        if self.folder is None:
            return None
        stored = _read_record(_entry(self.folder, WOVEN, key))
        if not (isinstance(stored, tuple) and len(stored) == 2):
            return None
        woven, text_size = stored
        if not isinstance(woven, WovenArticle) or woven.key != key:
            return None
        try:  # a text file damaged or replaced since is seldom the same size
            if _entry(self.folder, TEXT, key).stat().st_size != text_size:
                return None
        except OSError:
            return None
        return replace(woven, text=StoredText(self.folder, key))

    def store_woven(self, woven: WovenArticle) -> WovenArticle:
        """Stores woven; returns it with its text to be read back from the cache when stored."""
        if self.folder is None:
            return woven
        folder, key = self.folder, woven.key
        text = _record(woven.loaded_text())
        summary = _record((replace(woven, text=_NOT_HELD), len(text)))
        if not (_write_record(_entry(folder, TEXT, key), text)
                and _write_record(_entry(folder, WOVEN, key), summary)):  # fmt: skip
            return woven
        return replace(woven, text=StoredText(folder, key))

    def article_index(self) -> dict[str, tuple[str, str | None]]:
        """Each article file the last build read: its digest and the seed it names."""
        if self.folder is None:
            return {}
        try:
            raw = json.loads((self.folder / ARTICLE_INDEX).read_text("utf-8"))
            return {path: (digest_, seed) for path, (digest_, seed) in raw.items()}
        except (OSError, ValueError, TypeError):
            return {}

    def store_article_index(self, index: dict[str, tuple[str, str | None]]) -> None:
        if self.folder is not None:
            write_atomically(self.folder / ARTICLE_INDEX, json.dumps(index).encode("utf-8"))


def _entry(folder: Path, kind: str, key: str) -> Path:
    """Where a record of a kind (WOVEN, TEXT) is kept: 256 folders by key."""
    return folder / kind / key[:2] / key


def _write_record(path: Path, record: bytes) -> bool:
    """Write a signed record; False if it cannot be written. A new one is written in
    place, not beside and renamed, which took twice as long (a cold build writes two
    records an article): one cut short fails its signature and reads as absent. One
    that exists is replaced whole, never written into."""
    try:
        try:
            with open(path, "xb") as file:
                file.write(record)
        except FileNotFoundError:
            path.parent.mkdir(parents=True, exist_ok=True)
            with open(path, "xb") as file:
                file.write(record)
    except FileExistsError:
        return write_atomically(path, record)
    except OSError:
        return False
    return True


def _record(value: Any) -> bytes:
    return signed(zlib.compress(pickle.dumps(value, protocol=5), 1))


def _read_record(path: Path) -> Any:
    """What _record stored at path, or None when it is absent, damaged or not signed by us."""
    data = read_signed(path)
    if data is None:
        return None  # not written by this user's briefing: never unpickle it
    try:
        return pickle.loads(zlib.decompress(data))
    except (zlib.error, pickle.UnpicklingError, EOFError, AttributeError, TypeError, ImportError):
        return None  # ImportError: a record naming a module that has since moved


class _NotHeld:
    """Stands for the text in a stored summary; the text is stored apart."""

    def load(self) -> WovenText:
        raise RuntimeError("a woven article's text was not stored with it")


_NOT_HELD = _NotHeld()


@dataclass(frozen=True)
class StoredText:
    """A woven article's text in the cache, read when a page shows it.

    Holding every article's blocks and passages in memory would cost gigabytes
    for a briefing of ten thousand articles; few pages show more than one text.
    """

    folder: Path
    key: str

    def load(self) -> WovenText:
        text = _load_text(self.folder, self.key)
        if text is None:
            # Whatever damaged one record may have damaged others: the next build
            # weaves every article again.
            for records in (TEXT, WOVEN):
                shutil.rmtree(self.folder / records, ignore_errors=True)
            raise BriefingError(
                "an article's text in the build cache was damaged or removed; "
                "the cache was cleared: build again",
                _entry(self.folder, TEXT, self.key),
            )
        return text


@lru_cache(maxsize=64)  # a page reads its article's text more than once
def _load_text(folder: Path, key: str) -> WovenText | None:
    text = _read_record(_entry(folder, TEXT, key))
    return text if isinstance(text, WovenText) else None


class KeptSprings:
    """Spring layouts of networks, by the digest of what they were worked out from, each
    a signed JSON list of positions in a file of its own (network_layout.springs_kept):
    a process drawing a network finds or keeps its layout alone."""

    MOST = 2_000  # layouts kept at most: past this, the old ones go (a full build adds ~60)

    def __init__(self, folder: Path):
        self.folder = folder / SPRINGS

    def get(self, key: str) -> list[tuple[float, float]] | None:
        data = read_signed(self.folder / key)
        try:
            spots = json.loads(data) if data is not None else None
        except ValueError:
            return None
        if not isinstance(spots, list) or not all(_is_spot(spot) for spot in spots):
            return None
        return [(float(x), float(y)) for x, y in spots]

    def put(self, key: str, spots: list[tuple[float, float]]) -> None:
        write_signed(self.folder / key, json.dumps(spots).encode("utf-8"))

    def prune(self) -> None:
        """Remove every layout kept, once they are more than MOST."""
        try:
            with os.scandir(self.folder) as entries:
                if sum(1 for _ in entries) > self.MOST:
                    shutil.rmtree(self.folder, ignore_errors=True)
        except OSError:
            pass


def _is_spot(spot: object) -> bool:
    return (
        isinstance(spot, list)
        and len(spot) == 2
        and all(isinstance(c, float | int) and not isinstance(c, bool) for c in spot)
    )
