"""Fixtures for the hardening tests: the mini project with a site already built."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from tests.conftest import FIXTURES
from tests.hardening.helpers import copy_project, run_cli


@pytest.fixture(scope="session")
def built_mini_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The mini project after one good build: the 'previous site' every case must keep."""
    root = tmp_path_factory.mktemp("built") / "mini"
    shutil.copytree(FIXTURES / "mini", root)
    outcome = run_cli("build", "--root", str(root))
    assert outcome.code == 0, outcome.err
    return root


@pytest.fixture
def built_mini(built_mini_template: Path, tmp_path: Path) -> Path:
    """A copy of the built mini project, free to break."""
    return copy_project(built_mini_template, tmp_path / "mini")
