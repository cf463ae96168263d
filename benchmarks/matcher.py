"""Benchmark the name matcher against the one it replaced, on the benchmark corpus.

    .venv/bin/python benchmarks/matcher.py [--n 1000] [--runs 5]

Generates the benchmark corpus's articles (benchmarks/corpus.py), cuts their
bodies into paragraphs, and times finding every actor and theme in every
paragraph with the matcher today's builds use (pyahocorasick automata) and with
the token-by-token matcher before it (benchmarks/reference_matcher.py), each with
its memo of texts out of the way. Runs alternate which goes first; medians are
printed with their ratio, and the two must find the very same mentions.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from benchmarks.corpus import ACTORS, THEMES, make_articles
from benchmarks.reference_matcher import NameMatcher as ReferenceMatcher

from briefing.weave.matching import NameMatcher

TARGET = 2.5  # the new matcher at least this many times faster


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000, help="articles (default 1000)")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    paragraphs = [
        p for a in make_articles(args.n) for p in a.body.split("\n\n") if p and p[0] != "#"
    ]
    names = [(name, str(i)) for i, name, _, aliases in ACTORS for name in (name, *aliases)]
    names += [(kw, str(i)) for i, _, keywords in THEMES for kw in keywords]
    new, old = NameMatcher(names, "en"), ReferenceMatcher(names)
    assert all(new.find(p) == old._find(p) for p in paragraphs), "the matchers disagree"
    timings: dict[str, list[float]] = {"automaton": [], "reference": []}
    for run in range(args.runs):
        order = [("automaton", new.find), ("reference", old._find)]
        for label, find in order if run % 2 == 0 else order[::-1]:
            started = time.perf_counter()
            for paragraph in paragraphs:
                find(paragraph)
            timings[label].append(time.perf_counter() - started)
    new_s, old_s = (statistics.median(timings[k]) for k in ("automaton", "reference"))
    mentions = sum(len(new.find(p)) for p in paragraphs)
    print(f"{len(paragraphs)} paragraphs of {args.n} articles: {mentions} mentions of {len(names)}")
    print(f"reference matcher: {old_s:.3f} s ({old_s / len(paragraphs) * 1e6:.1f} µs a paragraph)")
    print(f"automaton matcher: {new_s:.3f} s ({new_s / len(paragraphs) * 1e6:.1f} µs a paragraph)")
    verdict = "pass" if old_s / new_s >= TARGET else "miss"
    print(f"speed-up: {old_s / new_s:.2f}x (target >= {TARGET}x: {verdict})")


if __name__ == "__main__":
    main()
