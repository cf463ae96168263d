"""Shared fixtures (the repository, the mini project), the order of the run, and the
scores printed at its end."""

from __future__ import annotations

import shutil
import signal
import threading
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).parent / "fixtures"
SCORES = "scores against hand gold"  # the name scores go by on a test's report

_scores: list[str] = []


def pytest_configure(config: pytest.Config) -> None:
    """Ctrl-C reaches the commands the tests start, as from a terminal, even when the run
    was started in the background: a shell then ignores Ctrl-C for it, and what it starts
    inherits that (a handler of Python's own is not inherited: they get the default)."""
    ignored = signal.getsignal(signal.SIGINT) is signal.SIG_IGN
    if ignored and threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, signal.default_int_handler)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Modules with a test marked ``long`` run first: `make test` spreads modules over
    the cores, and the longest should not start when the others are done."""
    long_modules = {item.path for item in items if item.get_closest_marker("long")}
    items.sort(key=lambda item: item.path not in long_modules)


@pytest.fixture
def mini_project(tmp_path: Path) -> Path:
    """A copy of the small fixture project, free to change."""
    root = tmp_path / "mini"
    shutil.copytree(FIXTURES / "mini", root)
    return root


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    _scores.extend(text for name, text in report.user_properties if name == SCORES)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """The scores the tests measured, printed after the run so every run reports them."""
    if _scores:
        terminalreporter.section(SCORES)
        for text in _scores:
            terminalreporter.write_line(str(text))
