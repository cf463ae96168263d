"""Shared fixtures: the repository, the mini project, and built sites."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def mini_project(tmp_path: Path) -> Path:
    """A copy of the small fixture project, free to change."""
    root = tmp_path / "mini"
    shutil.copytree(FIXTURES / "mini", root)
    return root
