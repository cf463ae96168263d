"""Fixtures of the end-to-end tests."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from tests.conftest import REPO


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the seeds' briefing (configuration, content, seeds), free to change."""
    return seeds_briefing(tmp_path / "briefing")


@pytest.fixture
def unbuilt_project(tmp_path: Path) -> Path:
    """The same, where a module's `project` is the built one."""
    return seeds_briefing(tmp_path / "briefing")


def seeds_briefing(root: Path) -> Path:
    root.mkdir()
    for name in ("briefing.yml", "content", "seeds"):
        source = REPO / name
        (shutil.copytree if source.is_dir() else shutil.copy)(source, root / name)
    return root


@pytest.fixture(scope="session")
def _built_once(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The seeds' briefing built once, where the tests that start from it find it (a
    build's records name the paths it read), and a copy of it as built."""
    from briefing.commands.build import build
    from briefing.load.project import load_project

    place = seeds_briefing(tmp_path_factory.mktemp("built") / "briefing")
    build(load_project(place))
    kept = place.parent / "as-built"
    shutil.copytree(place, kept, symlinks=True)  # times kept: the build's stamp holds
    return place, kept


@pytest.fixture
def built_project(_built_once: tuple[Path, Path]) -> Path:
    """The seeds' briefing as its first build left it (site, cache and all), free to
    change: put back in its place for each test, so that the next build is warm."""
    place, kept = _built_once
    shutil.rmtree(place, ignore_errors=True)
    shutil.copytree(kept, place, symlinks=True)
    return place
