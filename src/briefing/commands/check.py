"""`briefing check`: loading everything (which validates content) plus link checks."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from ..errors import BriefingError
from ..load.project import load_project
from ..model import Finding
from ..output.linkcheck import check_site
from .build import load_briefing

LIST_AT_MOST = 10


def check_command(root: Path | None, out: Path | None) -> int:
    project = load_project(root)
    briefing, research = load_briefing(project)
    _print_findings(research.findings)
    site = (out or project.site_dir).expanduser()
    if not site.is_dir():
        raise BriefingError("no built site to check: run `briefing build` first", site)
    broken = check_site(site)
    for link in broken:
        print(f"briefing: error: {site / link.page}: {link.problem()}")
    pages = sum(1 for _ in site.rglob("*.html"))
    print(
        f"checked {len(briefing.articles)} articles, {len(briefing.gazetteer.actors)} actors, "
        f"{len(briefing.gazetteer.themes)} themes and {pages} pages: "
        f"{len(broken)} problem{'s' if len(broken) != 1 else ''}"
    )
    return 1 if broken else 0


def _print_findings(findings: Iterable[Finding]) -> None:
    """Research QA notes: advice for an editor, not errors."""
    counts = Counter(f.kind for f in findings)
    for finding in findings:
        if counts[finding.kind] <= LIST_AT_MOST:
            print(f"note: {finding.message}")
    for kind, count in sorted(counts.items()):
        if count > LIST_AT_MOST:
            print(f"note: {count} findings of kind {kind!r}: see the /qa/ page")
