"""The W3C Nu HTML checker on every page of the site, in one run."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from tests.browser.conftest import ServedSite
from tests.conftest import REPO

from briefing.commands.build import build
from briefing.load.project import load_project
from briefing.site import pages as briefing_pages

# `make test` installs the checker (npm's vnu-jar, the W3C's own build) into the venv.
VNU_JAR = Path(
    os.environ.get("BRIEFING_VNU_JAR")
    or Path(sys.prefix) / "vnu" / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
)


def _nu_errors(folder: Path, pages: list[Path]) -> list[str]:
    """The checker's errors on these pages, each as "path:line: message"."""
    java = shutil.which("java")
    if java is None or not VNU_JAR.is_file():
        pytest.fail(f"the Nu checker needs java and {VNU_JAR}: `make test` installs both")
    result = subprocess.run(
        # Language detection only ever warns; --errors-only would drop its output.
        [java, "-jar", str(VNU_JAR), "--errors-only", "--no-langdetect", "--format", "json"]
        + [str(page) for page in pages],
        capture_output=True,
        text=True,
        timeout=600,
    )
    messages = json.loads(result.stderr or result.stdout)["messages"]
    errors = [
        f"{m.get('url', '').split(str(folder))[-1]}:{m.get('lastLine')}: {m['message']}"
        for m in messages
    ]
    assert errors or result.returncode == 0
    return errors


def test_every_page_passes_the_nu_html_checker(served: ServedSite):
    pages = sorted(
        path
        for path in served.folder.rglob("*.html")
        if "pagefind" not in path.relative_to(served.folder).parts  # the search bundle's own files
    )
    assert len(pages) > 100
    assert _nu_errors(served.folder, pages) == []


def test_a_timeline_by_year_and_quotes_on_pages_pass_the_nu_html_checker(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(briefing_pages, "TIMELINE_EVENTS", 10)
    monkeypatch.setattr(briefing_pages, "QUOTES_PER_PAGE", 4)
    site = build(load_project(REPO), tmp_path / "site", use_cache=False).out
    pages = sorted((site / "timeline").rglob("*.html")) + sorted((site / "quotes").rglob("*.html"))
    assert len(pages) > 10
    assert _nu_errors(site, pages) == []
