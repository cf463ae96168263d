"""The site's outputs (pages and exports), and what each read when it was last made.

A build keeps, for every file it made, what it was planned from and the keys
it read (reads.py); the next build makes again only the outputs whose plan
changed or that read a key whose value changed (changes.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from ..model import Page
from .cache import digest
from .folder import OUTPUTS, read_pickle, write_pickle

Export = str | bytes | Iterator[str]  # an export's content: whole, or piece by piece
Output = Page | Callable[[], Export]  # a page to render, or an export made by a function
# What an output was planned from, the keys it read (each once: a tuple takes a sixth of a
# frozenset's memory, and ten thousand pages' are held to the build's end), and its seconds.
Made = tuple[str, tuple[str, ...], float]
_VERSION = 3


def planned_as(output: Output) -> str:
    """What an output was planned from, beyond what it reads: its template and title,
    and the data a page was given whole."""
    if not isinstance(output, Page):
        return ""
    return digest(repr((output.template, output.title, output.context)))


@dataclass(frozen=True)
class OutputReads:
    """Each output's path: what it was planned from, the keys it read (each key kept once
    in a table and named by its place there) and the seconds it took to make."""

    table: list[str]
    outputs: dict[str, tuple[str, tuple[int, ...], float]]

    @classmethod
    def empty(cls) -> OutputReads:
        return cls([], {})

    def stale(self, outputs: Mapping[str, Output], changed: set[str]) -> list[str]:
        """The outputs to make again: new ones, those planned otherwise, and those that
        read a changed key."""
        place = {key: number for number, key in enumerate(self.table)}
        changed_places = {place[key] for key in changed if key in place}
        stale = []
        for path, output in outputs.items():
            found = self.outputs.get(path)
            if (
                found is None
                or found[0] != planned_as(output)
                or not changed_places.isdisjoint(found[1])
            ):
                stale.append(path)
        return stale

    def seconds_beside_longest(self, paths: Iterable[str]) -> float:
        """How long these outputs took to make last time, less the longest of them: what
        other processes could take on while one makes the longest (a new one: no time)."""
        seconds = [self.outputs[path][2] for path in paths if path in self.outputs]
        return sum(seconds) - max(seconds, default=0.0)

    def updated(self, made: dict[str, Made], paths: Iterable[str]) -> OutputReads:
        """The reads of these outputs: as made now, or as kept from before."""
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

        outputs = {}
        for path in paths:
            if path in made:
                planned, keys, seconds = made[path]
                outputs[path] = (planned, places(keys), seconds)
            elif path in self.outputs:
                outputs[path] = self.outputs[path]
        return OutputReads(table, outputs)

    def read_by(self, path: str) -> set[str]:
        return {self.table[number] for number in self.outputs[path][1]}


def store_reads(folder: Path, build_id: str, reads: OutputReads) -> None:
    """Keep the reads for the build build_id."""
    write_pickle(folder / OUTPUTS, (_VERSION, build_id, reads.table, reads.outputs))


def load_reads(folder: Path, build_id: str) -> OutputReads | None:
    """The reads the build build_id kept, or None."""
    try:
        version, kept_for, table, outputs = read_pickle(folder / OUTPUTS)
    except (TypeError, ValueError):  # none kept, or not of this shape
        return None
    if version != _VERSION or kept_for != build_id:
        return None
    return OutputReads(table, outputs)
