"""Writes the site: into a fresh folder beside the output, swapped in at the end.

A failed or interrupted build leaves the previous site untouched. Every path
is checked to stay inside the output folder, and two pages that would write
one file are refused together.
"""

from __future__ import annotations

import errno
import filecmp
import os
import shutil
import signal
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from functools import partial
from itertools import islice
from pathlib import Path, PurePosixPath

from ..errors import BriefingError
from ..model import Splice

_RESERVED = {
    "con",
    "prn",
    "aux",
    "nul",
    *(f"com{i}" for i in range(1, 10)),
    *(f"lpt{i}" for i in range(1, 10)),
}


def check_output_dir(out: Path, root: Path) -> Path:
    """Refuse an output folder whose replacement would destroy the project."""
    out = out.expanduser().resolve()
    protected = [root, root / "content", root / "seeds", root / "templates", root / "src"]
    for folder in protected:
        inside = folder != root and folder.resolve() in out.parents
        if out == folder.resolve() or out in folder.resolve().parents or inside:
            raise BriefingError(f"refusing to build into {out}: it would replace {folder}", out)
    if out.exists() and not out.is_dir():
        raise BriefingError("output is a file, not a folder", out)
    if out.parent.exists() and not out.parent.is_dir():
        raise BriefingError("the folder holding the output is a file, not a folder", out.parent)
    if not out.parent.is_dir():
        raise BriefingError("the folder holding the output does not exist", out.parent)
    if not os.access(out.parent, os.W_OK):
        raise BriefingError("cannot write here: permission denied", out.parent)
    return out


def safe_relative(path: str) -> PurePosixPath:
    relative = PurePosixPath(path)
    parts = relative.parts
    if (
        not parts
        or relative.is_absolute()
        or any(p in ("", ".", "..") or "\x00" in p or "\\" in p for p in parts)
        or any(p.split(".")[0].lower() in _RESERVED for p in parts)
    ):
        raise BriefingError(f"refusing to write outside the site: {path!r}")
    return relative


def find_collisions(paths: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    clashes = []
    for path in paths:
        key = path.lower()
        if key in seen:
            clashes.append(path)
        seen.add(key)
    return clashes


class SiteWriter:
    """Collects files in a staging folder next to ``out``, then swaps it in."""

    def __init__(self, out: Path):
        self.out = out
        self.written: list[str] = []
        self._removal: threading.Thread | None = None
        staging = None
        try:
            with _no_interruption():  # a folder made must be one the writer knows of
                staging = self.staging = _folder_beside(out, "new")
            umask = os.umask(0)
            os.umask(umask)
            self.staging.chmod(0o777 & ~umask)
        except BaseException as error:
            # Ctrl-C held back while the folder was made comes as soon as it is made.
            if staging is not None:
                shutil.rmtree(staging, ignore_errors=True)
            if isinstance(error, OSError):
                raise BriefingError(f"cannot write here: {error.strerror}", out.parent) from None
            raise

    def write(self, path: str, content: str | bytes) -> None:
        """Write a file, or keep the current site's if it holds these very bytes."""
        self.write_bytes(path, content.encode("utf-8") if isinstance(content, str) else content)
        self.keep_unchanged(path)

    def write_bytes(self, path: str, data: bytes) -> None:
        """Write a file of these bytes; whether it is kept unchanged is the caller's call."""
        self._write(path, lambda target: target.write_bytes(data))

    def write_pieces(self, path: str, pieces: Iterable[str]) -> None:
        """Write text as it is made, without holding the whole of it."""
        pieces = iter(pieces)

        def fill(target: Path) -> None:
            with target.open("wb") as file:
                # Pieces are often a few characters: joined a thousand at a time,
                # they cost one write call instead of a thousand.
                while batch := list(islice(pieces, 1024)):
                    file.write("".join(batch).encode("utf-8"))

        self._write(path, fill)

    def write_splice(self, path: str, splice: Splice) -> None:
        """Write a file made of ranges of another's bytes and new bytes (Splice)."""
        self._write(path, partial(_put_splice, splice))

    def _write(self, path: str, fill: Callable[[Path], object]) -> None:
        target = self.staging / safe_relative(path)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            fill(target)
        except OSError as error:
            raise BriefingError(f"cannot write {path}: {error.strerror}", self.out) from None
        self.written.append(path)

    def keep_unchanged(self, path: str) -> bool:
        """Keep the current site's file if the one just written has the same bytes.

        Its timestamp then stays, and the search index need not read it again.
        """
        source, target = self.out / safe_relative(path), self.staging / safe_relative(path)
        if not _same_bytes(source, target):
            return False
        linked = target.with_name(f".{target.name}.same")
        try:
            os.link(source, linked)
            os.replace(linked, target)
        except OSError:
            with suppress(OSError):
                linked.unlink()
            return False
        return True

    def adopt(self, paths: list[str]) -> None:
        """Count files that worker processes wrote into the staging folder."""
        known = set(self.written)
        self.written += [path for path in paths if path not in known]

    def commit(self) -> None:
        clashes = find_collisions(self.written)
        if clashes:
            raise BriefingError("two pages write the same file: " + ", ".join(sorted(clashes)))
        with _no_interruption():
            old = None
            try:
                if self.out.exists():
                    old = _folder_beside(self.out, "old")
                    os.replace(self.out, old / "site")
                os.replace(self.staging, self.out)
            except BaseException as error:
                if old is not None:
                    if (old / "site").exists():
                        os.replace(old / "site", self.out)  # put the previous site back
                    shutil.rmtree(old, ignore_errors=True)
                if isinstance(error, OSError):
                    raise BriefingError(
                        f"cannot replace the site: {error.strerror}", self.out
                    ) from None
                raise
        if old is not None:
            # Removing ten thousand folders takes a second or two.
            self._removed_meanwhile(partial(shutil.rmtree, old, ignore_errors=True))

    def _removed_meanwhile(self, removal: Callable[[], None]) -> None:
        """What a commit set aside, removed beside what the build does next, until wait()."""
        self._removal = threading.Thread(target=removal)
        self._removal.start()

    def wait(self) -> None:
        """Wait until the site the commit replaced is removed. Ctrl-C meanwhile waits for
        it too: the process ends once this returns, and would leave it half removed."""
        if self._removal is not None:
            with _no_interruption():
                self._removal.join()

    def discard(self) -> None:
        shutil.rmtree(self.staging, ignore_errors=True)


class SitePatch(SiteWriter):
    """New versions of some of a site's files, put in place, then kept or rolled back.

    They are written into a staging folder beside the site, as a whole site
    would be. Each file then goes into place with one rename, the old version
    kept aside until the commit, which also swaps in any folder written whole
    (a search bundle). Until then, discarding puts every old file back.
    """

    def __init__(self, out: Path):
        super().__init__(out)
        self.folders: list[str] = []
        self.gone_folders: list[str] = []
        self.removed: set[str] = set()
        kept = None
        try:
            with _no_interruption():
                kept = self.kept = _folder_beside(out, "old")
        except BaseException as error:
            if kept is not None:  # Ctrl-C, held back while it was made
                shutil.rmtree(kept, ignore_errors=True)
            super().discard()
            if isinstance(error, OSError):
                raise BriefingError(f"cannot write here: {error.strerror}", out.parent) from None
            raise
        self.placed: list[str] = []

    def remove(self, path: str) -> None:
        """The site's file at path goes when the patch is put in place."""
        safe_relative(path)
        self.removed.add(path)

    def remove_folder(self, folder: str) -> None:
        """The site's folder goes at commit."""
        safe_relative(folder)
        self.gone_folders.append(folder)

    def replace_folder(self, folder: str) -> None:
        """The staging folder holds the whole of this folder: the old one goes at commit."""
        safe_relative(folder)
        self.folders.append(folder)

    def keep_unchanged(self, path: str) -> bool:
        """Leave the site's file as it is if the one just written has the same bytes."""
        staged = self.staging / safe_relative(path)
        if not _same_bytes(self.out / safe_relative(path), staged):
            return False
        with suppress(OSError):
            staged.unlink()
        self.written.remove(path)
        return True

    def put_in_place(self) -> None:
        """Move the patch's files into the site, keeping the old ones aside."""
        with _no_interruption(), self._errors_named():
            for path in sorted(set(self.written)):
                current, old = self.out / path, self.kept / path
                if current.exists():
                    old.parent.mkdir(parents=True, exist_ok=True)
                    os.link(current, old)
                current.parent.mkdir(parents=True, exist_ok=True)
                os.replace(self.staging / path, current)
                self.placed.append(path)
            for path in sorted(self.removed):
                current, old = self.out / path, self.kept / path
                if current.exists():
                    old.parent.mkdir(parents=True, exist_ok=True)
                    os.link(current, old)
                    self.placed.append(path)
                    current.unlink()

    def commit(self) -> None:
        with _no_interruption(), self._errors_named():
            for number, folder in enumerate(self.folders):
                if (self.out / folder).exists():
                    os.replace(self.out / folder, self.kept / f"{number}.folder")
                os.replace(self.staging / folder, self.out / folder)
            for number, folder in enumerate(self.gone_folders):
                if (self.out / folder).exists():
                    os.replace(self.out / folder, self.kept / f"{number}.gone")
        self.placed = []
        self._removed_meanwhile(self.discard)  # with nothing placed, it only removes

    def discard(self) -> None:
        with _no_interruption():
            for path in reversed(self.placed):  # the old versions go back
                old, current = self.kept / path, self.out / path
                with suppress(OSError):
                    if old.exists():
                        os.replace(old, current)
                    else:
                        current.unlink()
        self.placed = []
        shutil.rmtree(self.kept, ignore_errors=True)
        super().discard()

    @contextmanager
    def _errors_named(self) -> Iterator[None]:
        try:
            yield
        except OSError as error:
            raise BriefingError(f"cannot update the site: {error.strerror}", self.out) from None


def _put_splice(splice: Splice, target: Path) -> None:
    """The splice's bytes written to target, its ranges copied by the kernel rather than
    read into this process and written back."""
    with splice.source.open("rb") as source, target.open("wb", buffering=0) as file:
        stat = os.fstat(source.fileno())
        if (stat.st_size, stat.st_mtime_ns) != splice.stat:
            raise BriefingError("changed while the build read it", splice.source)
        for piece in splice.pieces:
            if isinstance(piece, bytes):
                _write_all(file.fileno(), piece)
            else:
                _copy_range(source.fileno(), file.fileno(), *piece)


def _copy_range(source: int, target: int, start: int, end: int) -> None:
    """Bytes start to end of the source appended to the target."""
    while start < end:
        try:
            copied = os.copy_file_range(source, target, end - start, start)
        except (AttributeError, OSError):  # no such call here, or not between these files
            copied = os.write(target, os.pread(source, min(end - start, 1 << 20), start))
        if copied == 0:
            raise OSError(errno.EIO, "source cut short")
        start += copied


def _write_all(target: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(target, view) :]


def link_or_copy(source: Path, target: Path) -> None:
    """Put source's file at target: a hard link (same bytes, same timestamp, no copy),
    or a copy where the filesystem has no hard links."""
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


def _folder_beside(out: Path, kind: str) -> Path:
    """A new hidden folder next to the output, which a build writes into or sets aside."""
    return Path(tempfile.mkdtemp(prefix=f".{out.name}.{kind}-", dir=out.parent))


def _same_bytes(one: Path, other: Path) -> bool:
    try:
        return filecmp.cmp(one, other, shallow=False)
    except OSError:
        return False


@contextmanager
def _no_interruption() -> Iterator[None]:
    """Hold Ctrl-C back while the old site is swapped for the new one."""
    can_block = threading.current_thread() is threading.main_thread() and hasattr(
        signal, "pthread_sigmask"
    )
    if can_block:
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})
    try:
        yield
    finally:
        if can_block:
            signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT, signal.SIGTERM})
