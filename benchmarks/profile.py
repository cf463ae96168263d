"""Profile one cold build of N generated articles in this process, under cProfile.

    .venv/bin/python benchmarks/profile.py [--n 1000] [--top 25] [--sort cumulative]

Prints the top functions by cumulative time. Only this process is profiled:
time spent in worker processes or in Pagefind shows up as waiting on them.
"""

import sys
from pathlib import Path

# This file is named profile.py and cProfile imports the standard `profile`,
# so its own folder must not come first on the import path.
HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]

import argparse  # noqa: E402
import cProfile  # noqa: E402
import pstats  # noqa: E402
import shutil  # noqa: E402
import time  # noqa: E402

from briefing.commands.cli import main as briefing  # noqa: E402

sys.path.append(str(HERE))
import corpus  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000, help="articles (default: %(default)s)")
    parser.add_argument("--top", type=int, default=25, help="functions shown (default: 25)")
    parser.add_argument(
        "--sort", default="cumulative", help="pstats sort key (default: cumulative)"
    )
    parser.add_argument(
        "--work", type=Path, default=corpus.DEFAULT_WORK, help="corpora and outputs"
    )
    args = parser.parse_args()
    project = corpus.cached(args.work, args.n) / "briefing"
    out = args.work / f"profile-{args.n}" / "site"
    shutil.rmtree(out.parent, ignore_errors=True)
    out.parent.mkdir(parents=True)
    command = ["build", "--root", str(project), "--out", str(out), "--no-cache"]
    profiler = cProfile.Profile()
    started = time.perf_counter()
    status = profiler.runcall(briefing, command)
    seconds = time.perf_counter() - started
    print(f"cold build of {args.n} articles: {seconds:.2f} s under cProfile, exit status {status}")
    print("(work done in worker processes shows here as time waiting on them)")
    pstats.Stats(profiler).sort_stats(args.sort).print_stats(args.top)


if __name__ == "__main__":
    main()
