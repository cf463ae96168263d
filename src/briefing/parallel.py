"""Work spread over the machine's cores, in forked processes that share the parent's data.

Forking lets workers read the woven briefing, the templates and the page plan
without copying them; only the small arguments and results cross over.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

MIN_ITEMS = 64  # below this, starting processes costs more than it saves

_task: Callable[[Any], Any] | None = None
_items: Sequence[Any] = ()


def workers() -> int:
    available = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return max(1, min(available or 1, 8))


def fork_map(task: Callable[[T], R], items: Sequence[T]) -> list[R]:
    """``[task(item) for item in items]``, in order, over the cores when it pays."""
    count = workers()
    if (
        count == 1
        or len(items) < MIN_ITEMS
        or "fork" not in multiprocessing.get_all_start_methods()
    ):
        return [task(item) for item in items]
    global _task, _items
    # Workers inherit the task and the items, and are sent only positions:
    # pickling the items (pages with their data) would cost as much as the work.
    _task, _items = task, items
    # Frozen objects are left out of the workers' garbage collections, which
    # would otherwise touch, and so copy, every page of memory they share.
    gc.freeze()
    try:
        with multiprocessing.get_context("fork").Pool(count, initializer=gc.enable) as pool:
            chunk = max(1, len(items) // (count * 8))
            return pool.map(_run, range(len(items)), chunksize=chunk)
    finally:
        _task, _items = None, ()
        gc.unfreeze()


@contextmanager
def collecting_less() -> Iterator[None]:
    """No cyclic garbage collection in this process for the span of a build.

    A build makes millions of objects that live until it ends; each collection
    along the way would walk all of them again, which cost more than loading
    them. They hold no cycles, so reference counting frees them all the same.
    Workers collect as usual, leaving out the heap they share (see fork_map).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _run(position: int) -> Any:
    assert _task is not None
    return _task(_items[position])
