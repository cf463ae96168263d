"""Helpers for tests that run the real command line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def run_briefing(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run the real command line, as a user would."""
    return subprocess.run(
        [sys.executable, "-m", "briefing", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=300,
    )
