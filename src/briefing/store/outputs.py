"""The site's outputs (pages and exports), and what each read when it was last made.

A build keeps, for every file it made, what it was planned from and the keys
it read (reads.py); the next build makes again only the outputs whose plan
changed or that read a key whose value changed (changes.py).
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import accumulate, chain
from pathlib import Path

from ..model import Page, Splice, field_values
from .cache import digest
from .folder import OUTPUTS, OUTPUTS_SINCE, read_pickle, write_pickle

# An export's content: whole, piece by piece, or as another file's bytes with some put anew.
Export = str | bytes | Splice | Iterator[str]
Output = Page | Callable[[], Export]  # a page to render, or an export made by a function
# What an output was planned from, the keys it read (each once: a tuple takes a sixth of a
# frozenset's memory, and ten thousand pages' are held to the build's end), and its seconds.
Made = tuple[str, tuple[str, ...], float]
_VERSION = 6


def planned_as(output: Output) -> str:
    """What an output was planned from, beyond what it reads: its template and title,
    and the data a page was given whole."""
    if not isinstance(output, Page):
        return ""
    return _plan_digest(repr((output.template, output.title, output.context)))


@lru_cache(maxsize=1024)
def _plan_digest(plan: str) -> str:
    """Pages that gather their data as they are rendered share a plan: the ten thousand
    article pages of a big briefing, one digest."""
    return digest(plan)


MAX_SINCE = 1_000  # outputs made again since the whole record; past this, all is stored again
NUMBER = "I" if array("I").itemsize >= 4 else "L"  # an array of numbers up to 4 billion


@dataclass(frozen=True)
class WholeReads:
    """The whole record of what the outputs read, in arrays of numbers. Each key read is
    named once, in byte order, in ``keys``: the nth is ``keys[key_starts[n]:key_starts[n
    + 1]]``. Each output is known by its number, its path's place in ``paths``, with what
    it was planned from, its seconds and the numbers of the keys it read:
    ``places[starts[n]:starts[n + 1]]``. Each key's readers, the numbers of the outputs
    that read it, lie likewise in ``readers`` from ``reader_starts``.

    Loading the reads of a 10,000-article site (640,000 keys read, 140,000 keys) as
    tuples and a list of keys took 70 ms of every rebuild, and checking each output
    against the changed keys another 40 ms, where a binary search finds the few changed
    keys and their readers.
    """

    keys: bytes
    key_starts: array[int]
    paths: list[str]
    planned: list[str]
    seconds: array[float]
    starts: array[int]
    places: array[int]
    reader_starts: array[int]
    readers: array[int]

    @classmethod
    def made(cls, outputs: Mapping[str, Made]) -> WholeReads:
        """The record of each output's plan, keys read and seconds."""
        # In code point order, which is the byte order of their UTF-8.
        table = sorted({key for _, read, _ in outputs.values() for key in read})
        place = {key: number for number, key in enumerate(table)}
        starts, places = array(NUMBER, [0]), array(NUMBER)
        readers_of: list[list[int]] = [[] for _ in table]
        for number, (_, read, _) in enumerate(outputs.values()):
            found = [place[key] for key in read]
            places.extend(found)
            for key_number in found:
                readers_of[key_number].append(number)
            starts.append(len(places))
        encoded = [key.encode("utf-8") for key in table]
        return cls(
            b"".join(encoded),
            array(NUMBER, accumulate(map(len, encoded), initial=0)),
            list(outputs),
            [planned for planned, _, _ in outputs.values()],
            array("d", (seconds for _, _, seconds in outputs.values())),
            starts,
            places,
            array(NUMBER, accumulate(map(len, readers_of), initial=0)),
            array(NUMBER, chain.from_iterable(readers_of)),
        )

    @cached_property
    def numbers(self) -> dict[str, int]:
        return {path: number for number, path in enumerate(self.paths)}

    def key(self, place: int) -> str:
        return self._key_bytes(place).decode("utf-8")

    def read_by(self, number: int) -> tuple[str, ...]:
        return tuple(map(self.key, self.places[self.starts[number] : self.starts[number + 1]]))

    def readers_of(self, keys: Iterable[str]) -> set[int]:
        """The numbers of the outputs that read any of these keys."""
        found: set[int] = set()
        for key in keys:
            place = self._place(key.encode("utf-8"))
            if place is not None:
                start, end = self.reader_starts[place], self.reader_starts[place + 1]
                found.update(self.readers[start:end])
        return found

    def _place(self, key: bytes) -> int | None:
        """The key's number, found by a binary search of the keys in byte order."""
        count = len(self.key_starts) - 1
        place = bisect_left(range(count), key, key=self._key_bytes)
        return place if place < count and self._key_bytes(place) == key else None

    def _key_bytes(self, place: int) -> bytes:
        return self.keys[self.key_starts[place] : self.key_starts[place + 1]]


@dataclass(frozen=True)
class OutputReads:
    """Each output's path: what it was planned from, the keys it read and the seconds it
    took to make.

    The whole record (WholeReads) is written by a full build; the outputs made again
    since are kept beside it with their keys as they are (None for an output gone), so
    that a build that makes a few outputs stores only theirs: rewriting the whole record
    of a 10,000-article site (640,000 keys read) took a tenth of a second of every
    rebuild, and placing the keys of the outputs made again as much.
    """

    record: WholeReads
    since: dict[str, Made | None] = field(default_factory=dict)
    base_id: str = ""  # the build that wrote the whole record

    @classmethod
    def empty(cls) -> OutputReads:
        return cls(WholeReads.made({}))

    def stale(self, outputs: Mapping[str, Output], changed: set[str]) -> list[str]:
        """The outputs to make again: new ones, those planned otherwise, and those that
        read a changed key."""
        record, since = self.record, self.since
        readers = record.readers_of(changed)
        stale = []
        for path, output in outputs.items():
            planned: str | None = None
            if path in since:
                made = since[path]
                if made is not None and changed.isdisjoint(made[1]):
                    planned = made[0]
            else:
                number = record.numbers.get(path)
                if number is not None and number not in readers:
                    planned = record.planned[number]
            if planned is None or planned != planned_as(output):
                stale.append(path)
        return stale

    def seconds_beside_longest(self, paths: Iterable[str]) -> float:
        """How long these outputs took to make last time, less the longest of them: what
        other processes could take on while one makes the longest (a new one: no time)."""
        seconds = [found for found in map(self._seconds, paths) if found is not None]
        return sum(seconds) - max(seconds, default=0.0)

    def _seconds(self, path: str) -> float | None:
        if path in self.since:
            made = self.since[path]
            return None if made is None else made[2]
        number = self.record.numbers.get(path)
        return None if number is None else self.record.seconds[number]

    def updated(self, made: dict[str, Made], paths: Iterable[str]) -> OutputReads:
        """The reads of these outputs: as made now, or as kept from before."""
        planned = set(paths)
        since = {path: kept for path, kept in self.since.items() if path in planned}
        since.update((path, made[path]) for path in planned & made.keys())
        since.update((path, None) for path in self.record.numbers.keys() - planned)
        return OutputReads(self.record, since, self.base_id)

    def whole(self) -> OutputReads:
        """The same reads as one whole record."""
        record = self.record
        outputs: dict[str, Made] = {
            path: (record.planned[number], record.read_by(number), record.seconds[number])
            for number, path in enumerate(record.paths)
            if path not in self.since
        }
        outputs.update((path, made) for path, made in self.since.items() if made is not None)
        return OutputReads(WholeReads.made(outputs))

    def read_by(self, path: str) -> set[str]:
        if path in self.since:
            made = self.since[path]
            if made is None:
                raise KeyError(path)
            return set(made[1])
        return set(self.record.read_by(self.record.numbers[path]))


def store_reads(folder: Path, build_id: str, reads: OutputReads) -> None:
    """Keep the reads for the build build_id: those made since the whole record beside
    it, or, when there is none or they are many, a whole record again."""
    if reads.base_id and len(reads.since) <= MAX_SINCE:
        write_pickle(folder / OUTPUTS_SINCE, (_VERSION, build_id, reads.base_id, reads.since))
        return
    whole = _whole_values(reads.whole().record)
    if write_pickle(folder / OUTPUTS, (_VERSION, build_id, whole)):
        (folder / OUTPUTS_SINCE).unlink(missing_ok=True)


_whole_values = field_values(WholeReads)


def load_reads(folder: Path, build_id: str) -> OutputReads | None:
    """The reads the build build_id kept, or None."""
    try:
        version, base_id, whole = read_pickle(folder / OUTPUTS)
        record = WholeReads(*whole)
    except (TypeError, ValueError):  # none kept, or not of this shape
        return None
    if version != _VERSION:
        return None
    if base_id == build_id:
        return OutputReads(record, {}, base_id)
    try:
        version, kept_for, kept_base, since = read_pickle(folder / OUTPUTS_SINCE)
    except (TypeError, ValueError):
        return None
    if (version, kept_for, kept_base) != (_VERSION, build_id, base_id):
        return None
    return OutputReads(record, since, base_id)
