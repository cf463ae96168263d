"""The build cache's folder, .briefing/ in the project: every file a build keeps there,
and how each is written whole and read back only when this user's briefing signed it.

Cached records are pickles, and unpickling runs code: a project folder from
elsewhere could carry a crafted .briefing/. Each record is therefore signed
with a key kept outside the project, in the user's own cache folder, and a
record whose signature does not check is ignored.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import pickle
import secrets
import sys
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

WOVEN = "woven"  # woven articles less their texts, by key (cache.py)
TEXT = "text"  # their texts, read when a page shows one (cache.py)
ARTICLE_INDEX = "articles.json"  # each article file the last build read: digest, seed
SNAPSHOT = "snapshot"  # the last build's woven briefing, signed (snapshot.py)
SNAPSHOT_EDITS = "snapshot-edits"  # the articles woven anew since the last full snapshot
SNAPSHOT_DATA = "snapshot-*.data"  # a full snapshot's pickles, one file named by its build
OUTPUTS = "outputs"  # what each output was planned from and read (outputs.py)
OUTPUTS_SINCE = "outputs-since"  # the same for the outputs made again since
STAMP = "stamp"  # what the last build read and wrote, by size and time (stamp.py)
SEARCH_PAGES = "search"  # each search bundle's pages as Pagefind reads them (search.py)
SPRINGS = "springs"  # the networks' spring layouts, by what they were worked out from (cache.py)
LOCK = "lock"  # locked by the build using the cache (held)


@contextmanager
def held(cache: Path) -> Iterator[None]:
    """The cache for one build at a time: another build of the project (a second
    command, or `briefing serve` beside one) waits until this one is done. Two at once
    would each take the other's records for their own, and Pagefind would read the
    search pages one puts in place while the other changes them."""
    try:
        cache.mkdir(parents=True, exist_ok=True)
        lock = (cache / LOCK).open("a+b")
    except OSError:  # a cache that cannot be written holds nothing to share
        yield
        return
    with lock:
        if sys.platform != "win32":
            import fcntl

            fcntl.flock(lock.fileno(), fcntl.LOCK_EX)  # let go when the file is closed
        yield


def user_cache_folder() -> Path:
    """briefing's folder in the user's own cache, outside any project."""
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "briefing"


def _signing_key() -> bytes:
    global _KEY
    if _KEY is None:
        folder = user_cache_folder()
        path = folder / "signing-key"
        try:
            _KEY = path.read_bytes()
        except OSError:
            _KEY = secrets.token_bytes(32)
            try:
                folder.mkdir(parents=True, exist_ok=True)
                descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
                with os.fdopen(descriptor, "wb") as file:
                    file.write(_KEY)
            except OSError:
                pass  # then the cache lasts only as long as this process
        if len(_KEY) < 16:
            _KEY = secrets.token_bytes(32)
    return _KEY


_KEY: bytes | None = None
_MAC_SIZE = 32


def signed(data: bytes) -> bytes:
    """Data as write_signed stores it, its signature first."""
    return hmac.new(_signing_key(), data, hashlib.sha256).digest() + data


def _verified(stored: bytes) -> memoryview | None:
    """The data of a signed record, if the signature checks: a view, not a copy (the
    records a rebuild reads are some tens of megabytes)."""
    mac, data = stored[:_MAC_SIZE], memoryview(stored)[_MAC_SIZE:]
    expected = hmac.new(_signing_key(), data, hashlib.sha256).digest()
    return data if hmac.compare_digest(mac, expected) else None


def write_signed(target: Path, data: bytes) -> bool:
    """Store data signed, for read_signed; False if it cannot be written."""
    return write_atomically(target, signed(data))


def read_signed(path: Path) -> bytes | None:
    """What write_signed stored at path, or None when absent or not signed by us."""
    data = _read_verified(path)
    return None if data is None else bytes(data)


def _read_verified(path: Path) -> memoryview | None:
    try:
        return _verified(path.read_bytes())
    except OSError:
        return None


def write_pickle(target: Path, value: Any) -> bool:
    """Store value pickled and signed, for read_pickle; False if it cannot be written."""
    return write_signed(target, pickle.dumps(value, protocol=5))


def read_pickle(path: Path) -> Any:
    """What write_pickle stored at path, or None when it is absent, damaged or not signed
    by us."""
    data = _read_verified(path)
    if data is None:
        return None  # not written by this user's briefing: never unpickle it
    return unpickled(data)


def unpickled(data: bytes | memoryview) -> Any:
    """A pickle of this user's briefing's (signed, or within a signed one), or None when
    it no longer reads."""
    try:
        return pickle.loads(data)
    except UNREADABLE:
        return None


# What unpickling a record of an earlier briefing raises (ImportError: naming a module
# that has since moved).
UNREADABLE = (pickle.UnpicklingError, EOFError, AttributeError, TypeError, ValueError, ImportError)


def write_atomically(target: Path, data: bytes | Iterable[bytes]) -> bool:
    """Store data whole or not at all; False if it cannot be written. Data given in
    pieces is written as they are made, none of them held beyond its turn."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        replace_file(target, [data] if isinstance(data, bytes) else data)
    except OSError:
        return False  # a cache that cannot be written only makes the next build slower
    return True


def replace_file(target: Path, pieces: Iterable[bytes]) -> None:
    """Write the pieces into a new file beside target, then rename it over target: a
    reader finds the old file or the new one, whole. Whatever stops the writing (an
    OSError, which is raised, or Ctrl-C) leaves no new file behind. An existing file's
    mode is kept; a new file gets the usual mode under the umask."""
    handle, temporary = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=".tmp", dir=target.parent
    )
    try:
        os.chmod(temporary, _file_mode(target))
        with os.fdopen(handle, "wb") as stream:
            for piece in pieces:
                stream.write(piece)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _file_mode(path: Path) -> int:
    if path.exists():
        return path.stat().st_mode & 0o777
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask
