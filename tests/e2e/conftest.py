"""Fixtures of the end-to-end tests."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from tests.conftest import REPO


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the seeds' briefing (configuration, content, seeds), free to change."""
    root = tmp_path / "briefing"
    root.mkdir()
    for name in ("briefing.yml", "content", "seeds"):
        source = REPO / name
        (shutil.copytree if source.is_dir() else shutil.copy)(source, root / name)
    return root
