"""Fixtures for the ingest tests: small projects to ingest into."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.conftest import SCORES
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


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo) -> Iterator[None]:
    """The scores a test (or its fixtures) measured ride on its report, so that a run
    spread over processes prints them too (tests/conftest.py prints them)."""
    from tests.ingest.test_ingest_corpus import REPORTS

    report = yield
    report.user_properties.extend((SCORES, text) for text in REPORTS)
    REPORTS.clear()
    return report
