"""Fixtures shared by the view tests: the mini project, loaded and woven once per module."""

from __future__ import annotations

import shutil

import pytest
from tests.conftest import FIXTURES

from briefing.commands.build import load_briefing
from briefing.load.project import Project, load_project
from briefing.model import Briefing


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Project:
    root = tmp_path_factory.mktemp("views") / "mini"
    shutil.copytree(FIXTURES / "mini", root)
    return load_project(root)


@pytest.fixture(scope="module")
def briefing(project: Project) -> Briefing:
    woven, _research = load_briefing(project)
    return woven
