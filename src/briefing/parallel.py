"""Work spread over the machine's cores, in forked processes that share the parent's data.

Forking lets workers read the woven briefing, the templates and the page plan
without copying them; only the small arguments and results cross over.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import pickle
import signal
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext, suppress
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

MIN_ITEMS = 64  # below this, starting processes costs more than it saves
CHUNKS_PER_PROCESS = 32  # enough that no process is left with much when the others finish

_task: Callable[[Any], Any] | None = None
_items: Sequence[Any] = ()
_chunk_size = 1
_next_chunk: Any = None  # a counter in memory shared by the processes


def workers() -> int:
    available = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return max(1, min(available or 1, 8))


def fork_map(task: Callable[[T], R], items: Sequence[T], spread: bool = False) -> list[R]:
    """``[task(item) for item in items]``, in order, over the cores when it pays: for
    MIN_ITEMS items or more, or for two or more the caller knows to be long (``spread``).

    This process works too, beside one worker fewer than there are cores: a
    worker copies, page by page, whatever of the shared memory it touches, so
    each worker spared is one copy of the briefing spared.
    """
    count = workers()
    global _task, _items, _chunk_size, _next_chunk
    outer = _task, _items, _chunk_size, _next_chunk  # a task may map in its turn
    _task, _items, _next_chunk = task, items, _Counter()
    _chunk_size = max(1, len(items) // (count * CHUNKS_PER_PROCESS))
    # What exists now is frozen: left out of the garbage collections after each
    # chunk (see _take_chunks), which then walk only what the chunks made. In a
    # worker, walking it would also touch, and so copy, every page of memory it
    # shares with this process. A map within a task leaves the outer map's as it is.
    outermost = outer[0] is None
    if outermost:
        gc.freeze()
    try:
        if (
            count == 1
            or len(items) < (2 if spread else MIN_ITEMS)
            or "fork" not in multiprocessing.get_all_start_methods()
        ):
            return _in_order(_take_chunks(0))
        return _in_order(_forked(count))
    finally:
        _task, _items, _chunk_size, _next_chunk = outer
        if outermost:
            gc.unfreeze()


def _forked(count: int) -> dict[int, list[Any]]:
    """The chunks' results, taken by this process and count - 1 forked workers.

    Workers inherit the task and the items, and take chunks of positions from a
    shared counter: pickling the items (pages with their data) would cost as
    much as the work. Each sends its results back through a pipe of its own, read
    once this process has done its share. Should this process fail or be stopped,
    the workers are killed at once: none is left writing to a pipe no one reads.
    """
    global _next_chunk
    _next_chunk = multiprocessing.get_context("fork").Value("l", 0)
    _return_free_memory()
    workers: list[tuple[int, int]] = []
    try:
        for _ in range(count - 1):
            workers.append(_fork_worker())  # each kept at once: a later fork may fail
        done = _take_chunks(0)
        for worker in workers:
            done.update(_results_of(worker))
        return done
    except BaseException:
        for pid, _ in workers:
            with suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        raise
    finally:
        for pid, reading in workers:
            os.close(reading)
            with suppress(ChildProcessError):
                os.waitpid(pid, 0)


def _fork_worker() -> tuple[int, int]:
    """A forked process taking chunks; its id, and the pipe its results come back by."""
    reading, writing = os.pipe()
    pid = os.fork()
    if pid == 0:  # the worker: its results, or its error, then an end that runs nothing else
        code = 1
        try:
            os.close(reading)
            with os.fdopen(writing, "wb") as stream:
                stream.write(_outcome())
            code = 0
        finally:
            os._exit(code)
    os.close(writing)
    return pid, reading


def _outcome() -> bytes:
    try:
        return pickle.dumps((True, _take_chunks(0)), pickle.HIGHEST_PROTOCOL)
    except Exception as error:  # sent back whole, a BriefingError with its file and line
        try:
            return pickle.dumps((False, error), pickle.HIGHEST_PROTOCOL)
        except Exception:
            return pickle.dumps((False, RuntimeError(repr(error))))


def _results_of(worker: tuple[int, int]) -> dict[int, list[Any]]:
    with os.fdopen(os.dup(worker[1]), "rb") as stream:
        data = stream.read()
    if not data:
        raise RuntimeError("a worker process ended without sending its results")
    succeeded, value = pickle.loads(data)
    if not succeeded:
        raise value
    results: dict[int, list[Any]] = value
    return results


def _in_order(done: dict[int, list[Any]]) -> list[Any]:
    return [result for start in sorted(done) for result in done[start]]


def _return_free_memory() -> None:
    """Give the C allocator's free memory back to the system before forking.

    Loading a big briefing frees much (article bodies once woven, records read
    and dropped) that glibc keeps for later; the workers would inherit it and
    every process would count it. After weaving 10,000 articles this process
    held 430 MB, of which 160 MB was free.
    """
    if not sys.platform.startswith("linux"):
        return
    import ctypes  # only here: it is not needed to start

    with suppress(OSError, AttributeError):  # AttributeError: not glibc
        ctypes.CDLL("libc.so.6").malloc_trim(0)


def _take_chunks(_: int) -> dict[int, list[Any]]:
    """Run chunks of the items until none is left; their results by first position.

    A build turns automatic collection off (see collecting_less), yet each page
    rendered leaves cycles, its template context's: 190,000 objects at 1,000
    articles, kept to the build's end. Each chunk's are collected when it ends.
    """
    assert _task is not None and _next_chunk is not None
    done: dict[int, list[Any]] = {}
    while True:
        with _next_chunk.get_lock():
            start = _next_chunk.value * _chunk_size
            _next_chunk.value += 1
        if start >= len(_items):
            return done
        done[start] = [_task(item) for item in _items[start : start + _chunk_size]]
        gc.collect(0)


class _Counter:
    """The next chunk's number, for this process alone."""

    def __init__(self) -> None:
        self.value = 0

    def get_lock(self) -> AbstractContextManager[None]:
        return nullcontext()


@contextmanager
def collecting_less(process_ends: bool = False) -> Iterator[None]:
    """No cyclic garbage collection in this process for the span of a build.

    A build makes millions of objects that live until it ends; each collection
    along the way would walk all of them again, which cost more than loading
    them. They hold few cycles, so reference counting frees them all the same;
    a map collects what each of its chunks left, in this process and its workers
    (see fork_map).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if process_ends:
            # What the build made is young to the collector: the first collection
            # after it would walk all of it, 0.4 s after a cold build of 1,000 articles.
            gc.freeze()
        else:
            # A server's or a test's process builds again and again: the cycles each
            # build made (its template environment's) are freed.
            gc.collect()
        if was_enabled:
            gc.enable()


@contextmanager
def answered_apart(question: Callable[[], R]) -> Iterator[Callable[[], R]]:
    """``question`` worked out in a forked process while the block runs; the function
    yielded waits for the answer. For work this process would wait on (statting a
    site's 22,000 files took 0.2 s of a rebuild) beside work of its own.

    The answer comes back pickled through a pipe. Without fork, or when the process
    gives no answer (it failed, or Ctrl-C stopped it), the question is worked out here.
    The process is waited for when the block ends, answered or not.
    """
    if "fork" not in multiprocessing.get_all_start_methods():
        yield question
        return
    reading, writing = os.pipe()
    pid = os.fork()
    if pid == 0:  # the forked process: answer, and end without running what follows
        try:
            os.close(reading)
            with os.fdopen(writing, "wb") as stream:
                stream.write(pickle.dumps(question()))
        finally:
            os._exit(0)
    os.close(writing)
    answers: list[R] = []

    def answer() -> R:
        if not answers:
            with os.fdopen(os.dup(reading), "rb") as stream:
                data = stream.read()
            try:
                answers.append(pickle.loads(data))
            except (pickle.UnpicklingError, EOFError):
                answers.append(question())
        return answers[0]

    try:
        yield answer
    finally:
        os.close(reading)
        os.waitpid(pid, 0)
