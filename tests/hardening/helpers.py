"""Helpers for the hardening tests: run the command line, fingerprint folders, serve."""

from __future__ import annotations

import contextlib
import hashlib
import io
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from briefing.commands.cli import main

SERVING = re.compile(r"^serving .* at (http://127\.0\.0\.1:(\d+)/) ")


@dataclass(frozen=True)
class Outcome:
    code: int
    out: str
    err: str


def run_cli(*argv: str) -> Outcome:
    """Run the command line in this process, as the console script does."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(list(argv))
        except SystemExit as exit_:  # argparse refusing its arguments
            code = exit_.code if isinstance(exit_.code, int) else 2
    return Outcome(code, out.getvalue(), err.getvalue())


def fingerprint(folder: Path) -> dict[str, str]:
    """Every file, folder and link under a folder, hidden ones too, by relative path."""
    if not folder.exists():
        return {}
    found: dict[str, str] = {}
    for path in sorted(folder.rglob("*")):
        name = path.relative_to(folder).as_posix()
        if path.is_symlink():
            found[name] = f"link {path.readlink()}"
        elif path.is_dir():
            found[name] = "folder"
        else:
            found[name] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


def leftovers(root: Path) -> list[str]:
    """Staging and swap folders of the writer, and temporary files of the ingest."""
    staged = [p.name for p in root.iterdir() if re.match(r"\.site\.(new|old)-", p.name)]
    articles = root / "content" / "articles"
    temporary = [p.name for p in articles.glob("*.tmp")] if articles.is_dir() else []
    return sorted(staged + temporary)


def copy_project(source: Path, target: Path) -> Path:
    shutil.copytree(source, target, symlinks=True)
    return target


@dataclass
class Served:
    process: subprocess.Popen[str]
    origin: str
    port: int
    said: str  # standard output up to and including the "serving … at" line

    def output(self) -> tuple[str, str]:
        """Stop the server and return all it printed (stdout, stderr)."""
        if self.process.poll() is None:
            self.process.terminate()
        out, err = self.process.communicate(timeout=30)
        return self.said + out, err


@contextlib.contextmanager
def serving(root: Path, timeout: float = 120) -> Iterator[Served]:
    """`briefing serve` on a free port of 127.0.0.1, stopped on leaving."""
    process = subprocess.Popen(
        [sys.executable, "-u", "-m", "briefing", "serve", "--root", str(root), "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        served = _wait_until_serving(process, timeout)
        yield served
    finally:
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def _wait_until_serving(process: subprocess.Popen[str], timeout: float) -> Served:
    assert process.stdout is not None
    deadline = time.monotonic() + timeout
    said = ""
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            _, err = process.communicate(timeout=30)
            raise AssertionError(f"serve stopped before serving: {err}")
        said += line
        found = SERVING.match(line)
        if found:
            return Served(process, found.group(1).rstrip("/"), int(found.group(2)), said)
    raise AssertionError("serve did not start in time")


# The table of bad inputs: each case breaks a built project, runs commands, expects one line.


@dataclass(frozen=True)
class Case:
    """A way to break a project, the commands to run on it, and the one line they print.

    Command arguments and the line may hold {root} (the project) and {tmp} (the folder
    holding it); ``--root {root}`` is added unless the command gives its own.
    """

    name: str
    breaks: Callable[[Path], object]
    commands: tuple[tuple[str, ...], ...]
    line: str
    code: int = 1


def run_case(case: Case, root: Path) -> None:
    """Break the project, then check every command: exit code, one line, nothing lost."""
    case.breaks(root)
    before = {name: fingerprint(root / name) for name in ("site", "content", "seeds")}
    places = {"root": root, "tmp": root.parent}
    for command in case.commands:
        argv = [part.format(**places) for part in command]
        if "--root" not in argv:
            argv[1:1] = ["--root", str(root)]
        outcome = run_cli(*argv)
        shown = f"{' '.join(command)}: {outcome.err!r}"
        assert outcome.code == case.code, shown
        assert outcome.err == case.line.format(**places) + "\n", shown
        assert "Traceback" not in outcome.out + outcome.err, shown
        after = {name: fingerprint(root / name) for name in ("site", "content", "seeds")}
        assert after == before, f"{' '.join(command)} changed files"
        assert leftovers(root) == [], shown
