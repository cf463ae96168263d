"""Whether the last build still stands: nothing it read and nothing it wrote has changed.

A build records the size and modification time of every file it may read (the
configuration, content, seeds, templates and briefing's own code) and of every
file in the site it wrote. When all of them are the same at the next build,
the site already is what that build would produce, and it stops there, as
make does. A file changed within the clock's resolution of being recorded
cannot be told from an unchanged one, so it is recorded as changed, as git
does for its index.
"""

from __future__ import annotations

import hashlib
import os
import sys
import time
from collections.abc import Iterable
from contextlib import suppress
from dataclasses import dataclass, field
from importlib.util import find_spec
from pathlib import Path

from .. import __version__
from ..load.project import PACKAGED_TEMPLATES, Project
from .folder import STAMP, read_pickle, write_pickle

CODE = Path(__file__).parent.parent  # the whole package, every stage
DEPENDENCIES = ("jinja2", "markdown_it", "pygments", "pagefind_bin")  # modules shaping output
RACY_NS = 100_000_000  # a file this close to its recording may change unseen

Stats = dict[str, tuple[int, int]]  # path -> (size, mtime in ns)


@dataclass(frozen=True)
class Stamp:
    options: str
    inputs: Stats
    outputs: Stats
    pages: int
    files: int
    build_id: str = ""  # names the build cache's snapshot of this build's briefing
    racy: dict[str, str] = field(default_factory=dict)  # sha256 of inputs changed too lately


def options_key(project: Project, out: Path, offline: bool, live_reload: bool) -> str:
    return repr((__version__, sys.version, installed(), repr(project.config), str(out),
                 offline, live_reload))  # fmt: skip


def installed() -> list[str]:
    """The distributions installed where the dependencies that shape the output are, as
    their metadata folders name them ("Jinja2-3.1.6.dist-info"): any of them upgraded,
    the last build no longer stands. (importlib.metadata took 10-20 ms to import.)"""
    folders = set()
    for name in DEPENDENCIES:
        spec = find_spec(name)
        if spec is not None and spec.origin is not None:
            folders.add(Path(spec.origin).parent.parent)
    found = []
    for folder in sorted(folders):
        with suppress(OSError):
            found += sorted(e.name for e in os.scandir(folder) if e.name.endswith(".dist-info"))
    return found


def input_stats(project: Project) -> Stats:
    """What a build may read, stamped before it reads any of it."""
    started = time.time_ns()
    folders = [project.content_dir, project.seeds_dir, project.templates_dir,
               PACKAGED_TEMPLATES, CODE]  # fmt: skip
    stats = _tree_stats(folders, started)
    _add_stat(stats, str(project.config_path), started)
    return stats


def output_stats(out: Path, folders: Iterable[str] = ("",)) -> Stats:
    """The site's files (or those in some of its folders), by path within the site."""
    return _within(out, _tree_stats([out / folder for folder in folders], None))


def file_stats(out: Path, paths: Iterable[str]) -> Stats:
    stats: Stats = {}
    for path in paths:
        _add_stat(stats, str(out / path), None)
    return _within(out, stats)


def _within(out: Path, stats: Stats) -> Stats:
    # String slicing: pathlib's relative_to took half a second for 20,000 files.
    start = len(str(out)) + 1
    return {path[start:].replace(os.sep, "/"): stat for path, stat in stats.items()}


def load(folder: Path) -> Stamp | None:
    found = read_pickle(folder / STAMP)
    return found if isinstance(found, Stamp) else None


def store(folder: Path, stamp: Stamp) -> None:
    """Keep the stamp, pickled and signed as the cache's other records (read as JSON, the
    stamp of a 10,000-article site, 32,000 files, took 0.06 s of every build). One that
    cannot be written only makes the next build do its work again."""
    write_pickle(folder / STAMP, stamp)


def racy_digests(inputs: Stats) -> dict[str, str]:
    """The contents of the inputs changed too lately for their time to tell a later change.

    Taken before the build reads them: a file changed in between then differs
    from what the stamp says, and the next build reads it again.
    """
    return {path: digest for path, (_, mtime) in inputs.items()
            if mtime == -1 and (digest := _digest(path)) is not None}  # fmt: skip


def changed_inputs(stamp: Stamp, inputs: Stats) -> set[str]:
    """The files added, removed or changed since the stamped build read them.

    A file stamped as changed too lately is compared by its contents, as git
    does for the files of its index.
    """
    changed = set()
    for path in stamp.inputs.keys() | inputs.keys():
        old, new = stamp.inputs.get(path), inputs.get(path)
        if old is None or new is None or old[0] != new[0]:
            changed.add(path)
        elif old[1] == -1:
            if stamp.racy.get(path) is None or _digest(path) != stamp.racy[path]:
                changed.add(path)
        elif old[1] != new[1]:
            changed.add(path)
    return changed


def _digest(path: str) -> str | None:
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError:
        return None


def clear(folder: Path) -> None:
    """Forget the last build, so that the next one checks everything."""
    with suppress(FileNotFoundError):
        (folder / STAMP).unlink()


def _tree_stats(folders: Iterable[Path], racy_after: int | None) -> Stats:
    stats: Stats = {}
    pending = [str(folder) for folder in folders]
    while pending:
        try:
            entries = list(os.scandir(pending.pop()))
        except OSError:
            continue  # absent: the stage that needs it will say so
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                if entry.name != "__pycache__":
                    pending.append(entry.path)
            else:
                _add_stat(stats, entry.path, racy_after)
    return stats


def _add_stat(stats: Stats, path: str, racy_after: int | None) -> None:
    try:
        stat = os.stat(path)
    except OSError:
        return  # gone since it was listed: as absent
    racy = racy_after is not None and stat.st_mtime_ns >= racy_after - RACY_NS
    stats[path] = (stat.st_size, -1 if racy else stat.st_mtime_ns)
