"""Work spread over the machine's cores, in forked processes that share the parent's data.

Forking lets workers read the woven briefing, the templates and the page plan
without copying them; only the small arguments and results cross over.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

MIN_ITEMS = 64  # below this, starting processes costs more than it saves

_task: Callable[[Any], Any] | None = None


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
    global _task
    _task = task  # inherited by the forked workers, so it need not be picklable
    try:
        with multiprocessing.get_context("fork").Pool(count) as pool:
            return pool.map(_run, items, chunksize=max(1, len(items) // (count * 8)))
    finally:
        _task = None


def _run(item: Any) -> Any:
    assert _task is not None
    return _task(item)
