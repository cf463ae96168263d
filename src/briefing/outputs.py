"""The site's outputs (pages and exports), and what each read when it was last made.

A build keeps, for every file it made, what it was planned from and the keys
it read (reads.py); the next build makes again only the outputs whose plan
changed or that read a key whose value changed (changes.py).
"""

from __future__ import annotations

import pickle
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from .cache import digest, read_signed, write_signed
from .pages import Page

Output = Page | Callable[[], str]  # a page to render, or an export made by a function
FILE = "outputs"
_VERSION = 1


def planned_as(output: Output) -> str:
    """What an output was planned from, beyond what it reads: its template and title,
    and the data a page was given whole."""
    if not isinstance(output, Page):
        return ""
    return digest(repr((output.template, output.title, output.context)))


@dataclass(frozen=True)
class OutputReads:
    """Each output's path: what it was planned from, and the keys it read."""

    outputs: dict[str, tuple[str, frozenset[str]]]

    def stale(self, outputs: Mapping[str, Output], changed: set[str]) -> list[str]:
        """The outputs to make again: new ones, those planned otherwise, and those that
        read a changed key."""
        stale = []
        for path, output in outputs.items():
            found = self.outputs.get(path)
            if found is None or found[0] != planned_as(output) or not changed.isdisjoint(found[1]):
                stale.append(path)
        return stale

    def paths(self) -> set[str]:
        return set(self.outputs)

    def kept(self, paths: Iterable[str]) -> dict[str, tuple[str, frozenset[str]]]:
        """The records of these outputs, where there are any."""
        return {path: self.outputs[path] for path in paths if path in self.outputs}


def store_reads(folder: Path, build_id: str, reads: OutputReads) -> None:
    """Keep the reads for the build build_id; each key is written once."""
    table: dict[str, int] = {}
    outputs = {
        path: (planned, tuple(table.setdefault(key, len(table)) for key in keys))
        for path, (planned, keys) in reads.outputs.items()
    }
    data = (_VERSION, build_id, tuple(table), outputs)
    write_signed(folder / FILE, pickle.dumps(data, protocol=5))


def load_reads(folder: Path, build_id: str) -> OutputReads | None:
    """The reads the build build_id kept, or None."""
    data = read_signed(folder / FILE)
    if data is None:
        return None  # not written by this user's briefing: never unpickle it
    try:
        version, kept_for, table, outputs = pickle.loads(data)
    except (pickle.UnpicklingError, EOFError, AttributeError, TypeError, ValueError):
        return None
    if version != _VERSION or kept_for != build_id:
        return None
    found = {}
    for path, (planned, keys) in outputs.items():
        found[path] = (planned, frozenset(table[n] for n in keys))
    return OutputReads(found)
