"""The site's outputs (pages and exports), and what each read when it was last made.

A build keeps, for every file it made, what it was planned from and the keys
it read (reads.py); the next build makes again only the outputs whose plan
changed or that read a key whose value changed (changes.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from ..model import Page
from .cache import digest
from .folder import OUTPUTS, OUTPUTS_SINCE, read_pickle, write_pickle

Export = str | bytes | Iterator[str]  # an export's content: whole, or piece by piece
Output = Page | Callable[[], Export]  # a page to render, or an export made by a function
# What an output was planned from, the keys it read (each once: a tuple takes a sixth of a
# frozenset's memory, and ten thousand pages' are held to the build's end), and its seconds.
Made = tuple[str, tuple[str, ...], float]
_VERSION = 4


def planned_as(output: Output) -> str:
    """What an output was planned from, beyond what it reads: its template and title,
    and the data a page was given whole."""
    if not isinstance(output, Page):
        return ""
    return digest(repr((output.template, output.title, output.context)))


MAX_SINCE = 1_000  # outputs made again since the whole record; past this, all is stored again


@dataclass(frozen=True)
class OutputReads:
    """Each output's path: what it was planned from, the keys it read and the seconds it
    took to make.

    The whole record names each key once, in a table, and an output's keys by their
    places there; the outputs made again since it was written are kept beside it with
    their keys as they are (None for an output gone), so that a build that makes a few
    outputs stores only theirs: rewriting the whole record of a 10,000-article site
    (13 MB, 640,000 keys read) took a tenth of a second of every rebuild, and placing
    the keys of the outputs made again (90,000, the articles export's most) as much.
    """

    table: list[str]
    outputs: dict[str, tuple[str, tuple[int, ...], float]]
    since: dict[str, Made | None] = field(default_factory=dict)
    base_id: str = ""  # the build that wrote the whole record

    @classmethod
    def empty(cls) -> OutputReads:
        return cls([], {})

    def stale(self, outputs: Mapping[str, Output], changed: set[str]) -> list[str]:
        """The outputs to make again: new ones, those planned otherwise, and those that
        read a changed key."""
        changed_places = {number for number, key in enumerate(self.table) if key in changed}
        stale = []
        for path, output in outputs.items():
            planned = self._planned_if_fresh(path, changed, changed_places)
            if planned is None or planned != planned_as(output):
                stale.append(path)
        return stale

    def _planned_if_fresh(self, path: str, changed: set[str], places: set[int]) -> str | None:
        """What the output was planned from, if no key it read changed; else None, as
        for an output new or gone."""
        if path in self.since:
            made = self.since[path]
            return made[0] if made is not None and changed.isdisjoint(made[1]) else None
        found = self.outputs.get(path)
        return found[0] if found is not None and places.isdisjoint(found[1]) else None

    def seconds_beside_longest(self, paths: Iterable[str]) -> float:
        """How long these outputs took to make last time, less the longest of them: what
        other processes could take on while one makes the longest (a new one: no time)."""
        seconds = [made[2] for made in map(self._made, paths) if made is not None]
        return sum(seconds) - max(seconds, default=0.0)

    def updated(self, made: dict[str, Made], paths: Iterable[str]) -> OutputReads:
        """The reads of these outputs: as made now, or as kept from before."""
        planned = set(paths)
        since = {path: kept for path, kept in self.since.items() if path in planned}
        since.update((path, made[path]) for path in planned & made.keys())
        since.update((path, None) for path in self.outputs.keys() - planned)
        return OutputReads(self.table, self.outputs, since, self.base_id)

    def whole(self) -> OutputReads:
        """The same reads as one whole record, each key named once in its table."""
        table = list(self.table)
        place = {key: number for number, key in enumerate(table)}

        def places(keys: Iterable[str]) -> tuple[int, ...]:
            found = []
            for key in keys:
                number = place.get(key)
                if number is None:
                    number = place[key] = len(table)
                    table.append(key)
                found.append(number)
            return tuple(found)

        outputs = {path: kept for path, kept in self.outputs.items() if path not in self.since}
        for path, made in self.since.items():
            if made is not None:
                outputs[path] = (made[0], places(made[1]), made[2])
        return OutputReads(table, outputs)

    def read_by(self, path: str) -> set[str]:
        made = self._made(path)
        if made is None:
            raise KeyError(path)
        return set(made[1])

    def _made(self, path: str) -> Made | None:
        if path in self.since:
            return self.since[path]
        found = self.outputs.get(path)
        if found is None:
            return None
        return found[0], tuple(self.table[number] for number in found[1]), found[2]


def store_reads(folder: Path, build_id: str, reads: OutputReads) -> None:
    """Keep the reads for the build build_id: those made since the whole record beside
    it, or, when there is none or they are many, a whole record again."""
    if reads.base_id and len(reads.since) <= MAX_SINCE:
        write_pickle(folder / OUTPUTS_SINCE, (_VERSION, build_id, reads.base_id, reads.since))
        return
    whole = reads.whole()
    if write_pickle(folder / OUTPUTS, (_VERSION, build_id, whole.table, whole.outputs)):
        (folder / OUTPUTS_SINCE).unlink(missing_ok=True)


def load_reads(folder: Path, build_id: str) -> OutputReads | None:
    """The reads the build build_id kept, or None."""
    try:
        version, base_id, table, outputs = read_pickle(folder / OUTPUTS)
    except (TypeError, ValueError):  # none kept, or not of this shape
        return None
    if version != _VERSION:
        return None
    if base_id == build_id:
        return OutputReads(table, outputs, {}, base_id)
    try:
        version, kept_for, kept_base, since = read_pickle(folder / OUTPUTS_SINCE)
    except (TypeError, ValueError):
        return None
    if (version, kept_for, kept_base) != (_VERSION, build_id, base_id):
        return None
    return OutputReads(table, outputs, since, base_id)
