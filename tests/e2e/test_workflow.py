"""The GitHub Pages workflow: valid for actionlint, and building under the Pages URL."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import yaml
from tests.conftest import REPO

WORKFLOW = REPO / ".github" / "workflows" / "pages.yml"


def test_workflow_passes_actionlint():
    beside_python = Path(sys.executable).parent / "actionlint"
    actionlint = str(beside_python) if beside_python.exists() else shutil.which("actionlint")
    assert actionlint, "actionlint is installed by the test extra"
    result = subprocess.run([actionlint, str(WORKFLOW)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_workflow_builds_with_the_pages_base_url_and_deploys():
    workflow = yaml.safe_load(WORKFLOW.read_text("utf-8"))
    assert workflow["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    assert workflow["concurrency"] == {"group": "pages", "cancel-in-progress": False}
    steps = workflow["jobs"]["build"]["steps"]
    uses = [step.get("uses", "") for step in steps]
    assert any(u.startswith("actions/configure-pages@") for u in uses)
    assert any(u.startswith("actions/upload-pages-artifact@") for u in uses)
    build = next(step["run"] for step in steps if "briefing build" in step.get("run", ""))
    assert "--base-url" in build and "steps.pages.outputs.base_url" in build
    deploy = workflow["jobs"]["deploy"]
    assert deploy["needs"] == "build"
    assert deploy["steps"][0]["uses"].startswith("actions/deploy-pages@")


def test_workflow_keeps_the_build_cache_and_its_signing_key_between_deployments():
    steps = yaml.safe_load(WORKFLOW.read_text("utf-8"))["jobs"]["build"]["steps"]
    uses = [step.get("uses", "") for step in steps]
    caching = [n for n, used in enumerate(uses) if used.startswith("actions/cache@")]
    building = [n for n, step in enumerate(steps) if "briefing build" in step.get("run", "")]
    assert len(caching) == 1 and caching[0] < building[0]
    cache = steps[caching[0]]["with"]
    assert set(cache["path"].split()) == {".briefing", "~/.cache/briefing"}
    assert cache["key"].startswith("briefing-") and cache["restore-keys"] == "briefing-"
