"""Work over several processes: same results, same order, same errors."""

from __future__ import annotations

import gc
import os
import signal
import time
import weakref
from pathlib import Path

import pytest

from briefing import parallel
from briefing.errors import BriefingError, BriefingErrors


def test_results_keep_the_order_of_the_items():
    items = list(range(500))
    assert parallel.fork_map(lambda n: n * n, items) == [n * n for n in items]


def test_a_task_need_not_be_picklable():
    offset = object()  # a closure over an unpicklable object
    assert parallel.fork_map(lambda n: (n, offset is not None), range(100))[99] == (99, True)


def test_items_are_not_sent_to_the_workers():
    # Pages carry large data: workers must read them from the memory they share.
    items = [lambda n=n: n for n in range(200)]  # lambdas cannot be pickled
    assert parallel.fork_map(lambda item: item(), items) == list(range(200))


def test_a_briefing_error_in_a_worker_keeps_its_file_and_line():
    def fail(n: int) -> int:
        if n == 77:
            raise BriefingError("template error: 'nope' is undefined", Path("t/article.html"), 3)
        return n

    with pytest.raises(BriefingError) as raised:
        parallel.fork_map(fail, range(200))
    assert str(raised.value) == "t/article.html:3: template error: 'nope' is undefined"


def test_several_errors_cross_over_together():
    errors = [BriefingError("a", Path("x"), 1), BriefingError("b")]

    def fail(n: int) -> int:
        raise BriefingErrors(errors)

    with pytest.raises(BriefingErrors) as raised:
        parallel.fork_map(fail, range(100))
    assert str(raised.value) == "x:1: a\nb"


@pytest.mark.skipif(parallel.workers() < 2, reason="one core: no workers")
def test_an_error_here_ends_the_map_at_once_and_leaves_no_worker(tmp_path: Path):
    """This process fails while a worker still has long to go, and one that would not
    stop when asked to (it ignores SIGTERM): the map ends with the error, the worker
    killed, instead of waiting for its work."""
    here = os.getpid()
    pids = tmp_path / "pids"

    def task(n: int) -> int:
        if os.getpid() == here:
            time.sleep(0.2)  # the worker is under way
            raise BriefingError("stop")
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        with pids.open("a") as out:
            out.write(f"{os.getpid()}\n")
        time.sleep(0.5)  # its share would take minutes
        return n

    def too_long(number: int, frame: object) -> None:
        raise TimeoutError("the map waited for its worker")

    before = signal.signal(signal.SIGALRM, too_long)
    signal.alarm(30)
    try:
        with pytest.raises(BriefingError):
            parallel.fork_map(task, range(parallel.MIN_ITEMS * 8))
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, before)
    for pid in {int(line) for line in pids.read_text().split()}:
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)  # killed and reaped


def _slowly(task):
    """A task that takes long enough for the workers to start and share the items."""

    def slow(item):
        time.sleep(0.002)
        return task(item)

    return slow


@pytest.mark.skipif(parallel.workers() < 2, reason="one core: no workers")
def test_this_process_works_beside_one_worker_fewer_than_the_cores():
    here = os.getpid()
    found = parallel.fork_map(_slowly(lambda n: (n, os.getpid())), range(300))
    assert [n for n, _ in found] == list(range(300))
    pids = {pid for _, pid in found}
    assert here in pids
    assert len(pids) == parallel.workers()


def test_small_jobs_stay_in_this_process(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(parallel.multiprocessing, "get_context", None)
    assert parallel.fork_map(str, range(parallel.MIN_ITEMS - 1))[-1] == str(parallel.MIN_ITEMS - 2)


@pytest.mark.skipif(parallel.workers() < 2, reason="one core: no workers")
def test_a_few_items_known_to_be_long_are_spread_over_the_cores():
    def long(_: int) -> int:
        time.sleep(0.2)
        return os.getpid()

    here = os.getpid()
    found = parallel.fork_map(long, range(6), spread=True)
    assert here in found and len(set(found)) == parallel.workers()
    assert set(parallel.fork_map(long, range(2))) == {here}


def test_the_cycles_a_build_made_are_freed_when_the_process_goes_on():
    """A server or a test builds again and again in one process: the cycles each build
    made must not pile up."""
    import weakref

    class Node:
        pass

    def cycle() -> weakref.ref[Node]:
        node = Node()
        node.me = node  # type: ignore[attr-defined]
        return weakref.ref(node)

    with parallel.collecting_less():
        gone = cycle()
        assert gone() is not None  # no collection during the build
    assert gone() is None


class _Node:
    """An object in a cycle of its own: only the cyclic collector frees it."""

    def __init__(self) -> None:
        self.me = self


_cycles: list[weakref.ref[_Node]] = []


def _leaves_a_cycle(_: int) -> tuple[int, int]:
    """This process's id, and how many cycles its earlier tasks left are still alive."""
    alive = sum(ref() is not None for ref in _cycles)
    _cycles.append(weakref.ref(_Node()))
    return os.getpid(), alive


def test_a_build_holds_collection_back_and_each_chunk_of_a_map_frees_its_cycles():
    assert gc.isenabled()
    with parallel.collecting_less():
        assert not gc.isenabled()
        found = parallel.fork_map(_slowly(_leaves_a_cycle), range(300))
        assert not gc.isenabled()
    chunk = 300 // (parallel.workers() * parallel.CHUNKS_PER_PROCESS)
    assert len({pid for pid, _ in found}) == parallel.workers()
    # in this process as in the workers, what a chunk left is freed when it ends
    assert max(alive for _, alive in found) < chunk
    _cycles.clear()
    assert gc.isenabled()
    with pytest.raises(ValueError), parallel.collecting_less():
        raise ValueError("a failed build")
    assert gc.isenabled()
    gc.disable()
    try:
        with parallel.collecting_less():
            pass
        assert not gc.isenabled()  # left as the caller had it
    finally:
        gc.enable()


def _frozen_after_a_map_within(item: int) -> tuple[list[int], bool]:
    inner = parallel.fork_map(lambda n: n + item, range(3))
    return inner, gc.get_freeze_count() > 0


def test_a_map_within_a_task_gives_its_results_and_leaves_the_outer_map_frozen():
    found = parallel.fork_map(_slowly(_frozen_after_a_map_within), range(200))
    assert [inner for inner, _ in found] == [[n, n + 1, n + 2] for n in range(200)]
    assert all(frozen for _, frozen in found)
    assert gc.get_freeze_count() == 0


def _resident_mib() -> int:
    status = Path("/proc/self/status").read_text()
    return int(status.split("VmRSS:")[1].split()[0]) // 1024


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs Linux's /proc")
def test_free_memory_goes_back_to_the_system_before_forking():
    # Texts of 9 KB, like article bodies, with small records between them that
    # outlive them, so the heap cannot simply shrink from its end.
    kept, dropped = [], []
    for n in range(12_000):
        dropped.append(str(n) * 3000)
        kept.append(str(n))
    del dropped
    before = _resident_mib()
    parallel._return_free_memory()
    assert _resident_mib() < before - 50
    assert len(kept) == 12_000


def test_a_question_answered_apart_is_worked_out_in_another_process():
    here = os.getpid()
    with parallel.answered_apart(os.getpid) as answer:
        time.sleep(0.01)  # this process's own work meanwhile
        assert answer() != here and answer() == answer()


def test_a_question_the_other_process_cannot_answer_is_worked_out_here():
    here = os.getpid()

    def question() -> int:
        if os.getpid() != here:
            raise OSError("not answered there")
        return here

    with parallel.answered_apart(question) as answer:
        assert answer() == here
    with parallel.answered_apart(question):
        pass  # never asked for: the other process is still waited for
