"""Fixtures for the ingest tests: small projects to ingest into."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from tests.ingest.helpers import REAL_SEEDS, SMALL_GAZETTEER


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A project folder with an empty seeds/ folder and a small gazetteer."""
    root = tmp_path / "project"
    (root / "seeds").mkdir(parents=True)
    (root / "content").mkdir()
    for name, text in SMALL_GAZETTEER.items():
        (root / "content" / name).write_text(text, encoding="utf-8")
    return root


@pytest.fixture
def real_project(tmp_path: Path) -> Path:
    """A project holding copies of the five real seeds."""
    root = tmp_path / "real"
    shutil.copytree(REAL_SEEDS, root / "seeds")
    (root / "content").mkdir()
    return root


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """The ingest scores, printed after the run so every run reports them."""
    from tests.ingest.test_ingest_corpus import REPORTS

    if REPORTS:
        terminalreporter.section("ingest scores against hand gold")
        for text in REPORTS:
            terminalreporter.write_line(text)
