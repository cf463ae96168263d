"""Faults: files that vanish or change mid-build, a full disk, Ctrl-C.

Whatever happens half-way, the previous site/ stays whole, no staging folder
or temporary file is left beside it, the error is one line, and the next
build succeeds and gives the very site a clean build gives. The ingest,
interrupted half-way, leaves no half-written article.
"""

from __future__ import annotations

import errno
import json
import os
import pathlib
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from tests.hardening.helpers import fingerprint, leftovers, run_cli

import briefing.output.writer
import briefing.site.render
from briefing.ingest import saving
from briefing.load.content import load_article
from briefing.load.gazetteer import load_gazetteer
from briefing.store import folder

REAL_READ_TEXT = pathlib.Path.read_text
REAL_READ_BYTES = pathlib.Path.read_bytes
REAL_WRITE_BYTES = pathlib.Path.write_bytes


def _is_staged(path: Path) -> bool:
    return any(part.startswith(".site.new-") for part in Path(path).parts)


def _recovers(root: Path, site_before: dict[str, str]) -> None:
    """The next build succeeds and gives exactly the site the last good build gave."""
    outcome = run_cli("build", "--root", str(root))
    assert outcome.code == 0, outcome.err
    assert fingerprint(root / "site") == site_before
    assert leftovers(root) == []


# Files that vanish or change while the build reads them


def test_an_article_that_vanishes_mid_build_is_one_line(built_mini: Path, monkeypatch):
    article = built_mini / "content" / "articles" / "beta.md"
    saved = article.read_bytes()
    site_before = fingerprint(built_mini / "site")

    def read_text(path, *args, **kwargs):
        if Path(path) == article:
            article.unlink()  # deleted by an editor or a sync tool at this very moment
        return REAL_READ_TEXT(path, *args, **kwargs)

    monkeypatch.setattr(pathlib.Path, "read_text", read_text)
    outcome = run_cli("build", "--root", str(built_mini), "--no-cache")
    monkeypatch.undo()
    assert (outcome.code, outcome.err) == (1, f"briefing: error: {article}: file not found\n")
    assert fingerprint(built_mini / "site") == site_before
    assert leftovers(built_mini) == []
    article.write_bytes(saved)
    _recovers(built_mini, site_before)


def test_an_article_half_saved_mid_build_is_one_line_with_its_line(built_mini: Path, monkeypatch):
    article = built_mini / "content" / "articles" / "alpha.md"
    saved = article.read_bytes()
    site_before = fingerprint(built_mini / "site")

    def read_text(path, *args, **kwargs):
        if Path(path) == article:  # an editor has written only the first lines so far
            article.write_bytes(saved[: saved.index(b"author:") + len(b"author: [Ja")])
        return REAL_READ_TEXT(path, *args, **kwargs)

    monkeypatch.setattr(pathlib.Path, "read_text", read_text)
    outcome = run_cli("build", "--root", str(built_mini), "--no-cache")
    monkeypatch.undo()
    assert outcome.code == 1
    assert outcome.err == (
        f"briefing: error: {article}:1: front matter is not closed: no second '---' line\n"
    )
    assert fingerprint(built_mini / "site") == site_before
    assert leftovers(built_mini) == []
    article.write_bytes(saved)
    _recovers(built_mini, site_before)


def test_a_seed_that_vanishes_mid_build_only_loses_its_source_page(built_mini: Path, monkeypatch):
    seed = built_mini / "seeds" / "alpha.txt"

    def read_bytes(path):
        if Path(path) == seed:
            seed.unlink()
        return REAL_READ_BYTES(path)

    monkeypatch.setattr(pathlib.Path, "read_bytes", read_bytes)
    outcome = run_cli("build", "--root", str(built_mini), "--no-cache")
    monkeypatch.undo()
    assert outcome.code == 0, outcome.err
    assert not (built_mini / "site" / "sources" / "alpha").exists()
    assert leftovers(built_mini) == []


def test_an_asset_that_vanishes_mid_build_is_one_line(built_mini: Path, monkeypatch):
    asset = built_mini / "templates" / "assets" / "extra.css"
    asset.parent.mkdir(parents=True)
    asset.write_text("body { margin: 0 }\n")
    run_cli("build", "--root", str(built_mini), "--no-cache")
    site_before = fingerprint(built_mini / "site")

    def read_bytes(path):
        if Path(path) == asset:
            asset.unlink()
        return REAL_READ_BYTES(path)

    monkeypatch.setattr(pathlib.Path, "read_bytes", read_bytes)
    outcome = run_cli("build", "--root", str(built_mini), "--no-cache")
    monkeypatch.undo()
    assert fingerprint(built_mini / "site") == site_before
    assert leftovers(built_mini) == []
    assert (outcome.code, outcome.err) == (1, f"briefing: error: {asset}: file not found\n")


# A full disk


@pytest.mark.parametrize("cache", ["--no-cache", None], ids=["no-cache", "cache"])
def test_a_full_disk_keeps_the_previous_site(built_mini: Path, monkeypatch, cache):
    site_before = fingerprint(built_mini / "site")
    (built_mini / "content" / "articles" / "beta.md").touch()  # so pages are rendered again
    written = []

    def write_bytes(path, data):
        if _is_staged(path):
            written.append(path)
            if len(written) == 6:
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return REAL_WRITE_BYTES(path, data)

    monkeypatch.setattr(pathlib.Path, "write_bytes", write_bytes)
    outcome = run_cli("build", "--root", str(built_mini), *([cache] if cache else []))
    monkeypatch.undo()
    staged = written[-1].relative_to(next(p for p in written[-1].parents if _is_staged(p.name)))
    assert outcome.code == 1
    assert outcome.err == (
        f"briefing: error: {built_mini / 'site'}: cannot write {staged.as_posix()}: "
        "No space left on device\n"
    )
    assert fingerprint(built_mini / "site") == site_before
    assert leftovers(built_mini) == []
    _recovers(built_mini, site_before)


def _can_mount_tmpfs() -> bool:
    if shutil.which("unshare") is None:
        return False
    probe = subprocess.run(
        ["unshare", "--mount", "--propagation", "private", "mount", "-t", "tmpfs", "-o",
         "size=1m", "tmpfs", "/mnt"],
        capture_output=True,
    )  # fmt: skip
    return probe.returncode == 0


DISK_DRIVER = r"""
import json, shutil, subprocess, sys
from pathlib import Path
sys.path[:0] = [sys.argv[4]]
from tests.hardening.helpers import fingerprint
disk, root, size = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
shutil.copytree(root / "site", disk / "site")
before = fingerprint(disk / "site")
command = [sys.executable, "-m", "briefing", "build", "--root", str(root),
           "--out", str(disk / "site"), "--no-cache"]
full = subprocess.run(command, capture_output=True, text=True)
after = fingerprint(disk / "site")
staged = sorted(p.name for p in disk.iterdir() if p.name != "site")
subprocess.run(["mount", "-o", f"remount,size={size}", str(disk)], check=True)
again = subprocess.run(command, capture_output=True, text=True)
print(json.dumps({
    "code": full.returncode, "err": full.stderr, "kept": after == before, "staged": staged,
    "again": again.returncode, "again_err": again.stderr,
    "rebuilt": sorted(set(fingerprint(disk / "site").items()) ^ set(before.items())),
}))
"""


def _blocks(files: list[Path]) -> int:
    """Bytes the files take on a tmpfs, which hands out whole 4 KiB pages."""
    return sum(-(-p.stat().st_size // 4096) * 4096 for p in files)


def _room_until(where: str, site: Path) -> int:
    """A disk with room for the old site and the new one up to half-way through ``where``."""
    files = [p for p in site.rglob("*") if p.is_file()]
    index = [p for p in files if "pagefind" in p.relative_to(site).parts]
    pages = [p for p in files if p not in index]
    room = _blocks(files) + 16 * 1024  # the old site, and a little slack
    if where == "pages":
        return room + _blocks(pages) // 2
    return room + _blocks(pages) + _blocks(index) // 2


@pytest.mark.skipif(
    not _can_mount_tmpfs(),
    reason="needs unshare and mount (root with CAP_SYS_ADMIN) to mount a small tmpfs",
)
@pytest.mark.parametrize(
    "where",
    [
        "pages",
        pytest.param("search index"),
    ],
)
def test_a_really_full_disk_keeps_the_previous_site(built_mini: Path, tmp_path: Path, where):
    """A small tmpfs that fills up mid-build, then is made larger for the next build."""
    disk = tmp_path / "disk"
    disk.mkdir()
    driver = tmp_path / "driver.py"
    driver.write_text(DISK_DRIVER)
    small = _room_until(where, built_mini / "site")
    large = 4 * small
    repo = str(Path(__file__).resolve().parents[2])
    script = 'mount -t tmpfs -o "size=$1" tmpfs "$2" && shift 2 && exec "$@"'
    result = subprocess.run(
        ["unshare", "--mount", "--propagation", "private", "sh", "-c", script, "sh", str(small),
         str(disk), sys.executable, str(driver), str(disk), str(built_mini), str(large), repo],
        capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["kept"], report
    assert report["staged"] == [], report
    assert report["code"] == 1, report
    assert len(report["err"].splitlines()) == 1, report
    assert report["err"].startswith("briefing: error: "), report
    assert "No space left on device" in report["err"], report
    assert report["again"] == 0, report
    # Pagefind numbers pages in the order the folder lists them, which differs
    # between file systems, so only its index may differ from the build on disk.
    assert [name for name, _ in report["rebuilt"] if not name.startswith("pagefind/")] == []


# Ctrl-C


def _interrupt_on_call(number: int):
    """Ctrl-C half way through writing the page rendered so many-th."""
    calls = []
    real = briefing.site.render.Renderer.stream

    def stream(self, page):
        calls.append(page)
        for index, piece in enumerate(real(self, page)):
            if len(calls) == number and index == 10:
                raise KeyboardInterrupt
            yield piece

    return stream


@pytest.mark.parametrize("cache", ["--no-cache", None], ids=["no-cache", "cache"])
def test_ctrl_c_while_rendering_keeps_the_previous_site(built_mini: Path, monkeypatch, cache):
    site_before = fingerprint(built_mini / "site")
    (built_mini / "content" / "articles" / "alpha.md").touch()
    monkeypatch.setattr(briefing.site.render.Renderer, "stream", _interrupt_on_call(3))
    outcome = run_cli("build", "--root", str(built_mini), *([cache] if cache else []))
    monkeypatch.undo()
    assert (outcome.code, outcome.err) == (130, "briefing: interrupted\n")
    assert fingerprint(built_mini / "site") == site_before
    assert leftovers(built_mini) == []
    _recovers(built_mini, site_before)


def test_ctrl_c_while_indexing_keeps_the_previous_site(built_mini: Path, monkeypatch):
    site_before = fingerprint(built_mini / "site")
    real_popen = subprocess.Popen

    def popen(command, *args, **kwargs):
        if any("pagefind" in str(part) for part in command):
            raise KeyboardInterrupt
        return real_popen(command, *args, **kwargs)

    monkeypatch.setattr(subprocess, "Popen", popen)
    outcome = run_cli("build", "--root", str(built_mini), "--no-cache")
    monkeypatch.undo()
    assert (outcome.code, outcome.err) == (130, "briefing: interrupted\n")
    assert fingerprint(built_mini / "site") == site_before
    assert leftovers(built_mini) == []
    _recovers(built_mini, site_before)


def test_ctrl_c_between_the_two_renames_of_the_swap_keeps_a_whole_site(
    built_mini: Path, monkeypatch
):
    site_before = fingerprint(built_mini / "site")
    renames = []
    real_replace = os.replace

    def replace(source, target):
        renames.append(target)
        if len(renames) == 2:
            raise KeyboardInterrupt
        return real_replace(source, target)

    monkeypatch.setattr(briefing.output.writer.os, "replace", replace)
    outcome = run_cli("build", "--root", str(built_mini), "--no-cache")
    monkeypatch.undo()
    assert outcome.code == 130
    assert fingerprint(built_mini / "site") == site_before
    assert leftovers(built_mini) == []


@pytest.mark.parametrize("delay", [0.0, 0.05, 0.15, 0.3])
def test_a_real_ctrl_c_at_any_moment_leaves_a_whole_site(built_mini: Path, delay: float):
    """SIGINT to a real build at several moments once it has begun writing: the site
    is the old one or the new one, which for unchanged content are byte-identical."""
    site_before = fingerprint(built_mini / "site")
    (built_mini / "content" / "articles" / "alpha.md").touch()
    process = subprocess.Popen(
        [sys.executable, "-m", "briefing", "build", "--root", str(built_mini), "--no-cache"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 60
    while process.poll() is None and not leftovers(built_mini) and time.monotonic() < deadline:
        time.sleep(0.005)  # until the staging folder appears: the build is writing
    time.sleep(delay)
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=120)
    assert process.returncode in (0, 130), err
    if process.returncode == 130:
        assert err == "briefing: interrupted\n"
    assert "Traceback" not in out + err
    assert fingerprint(built_mini / "site") == site_before
    assert leftovers(built_mini) == []


# Ctrl-C landing where Python only reports an exception and goes on: in a finaliser, or
# in the weakref callback by which the import system drops a module's lock (compiled
# here under the import system's file name, as its own is).
_CTRL_C_IN_A_CALLBACK = """
import gc, os, signal, time, weakref
from briefing.commands import cli
signal.signal(signal.SIGINT, cli._interrupted)
gc.disable()

class Finalised:
    def __del__(self):
        os.kill(os.getpid(), signal.SIGINT)  # handled within os.kill, in the finaliser

def interrupt():
    os.kill(os.getpid(), signal.SIGINT)

class FinalisedThroughACall:
    def __del__(self):
        interrupt()  # handled in a function the finaliser calls

namespace = {"os": os, "signal": signal}
exec(compile(
    "def cb(ref):\\n    os.kill(os.getpid(), signal.SIGINT)\\n",
    "<frozen importlib._bootstrap>", "exec"), namespace)

class Locked:
    pass

def interrupted_in(drop):
    try:
        drop()
        time.sleep(5)  # the rest of the command
    except KeyboardInterrupt:
        return "interrupted"
    return "went on"

def finaliser():
    Finalised()

def finaliser_calling():
    FinalisedThroughACall()

def lock_callback():
    lock = Locked()
    ref = weakref.ref(lock, namespace["cb"])
    del lock

print(interrupted_in(finaliser), interrupted_in(finaliser_calling), interrupted_in(lock_callback))
"""


def test_ctrl_c_in_a_finaliser_or_the_import_systems_callback_still_interrupts():
    """Raised there, or in what such code calls, the interrupt is printed as "Exception
    ignored in …" with a traceback, and lost: the command goes on. It is raised once that
    code is left."""
    done = subprocess.run(
        [sys.executable, "-c", _CTRL_C_IN_A_CALLBACK], capture_output=True, text=True, timeout=60
    )
    assert (done.stdout, done.stderr) == ("interrupted interrupted interrupted\n", "")


def test_ctrl_c_interrupts_a_command_run_from_an_import(tmp_path: Path):
    """The frames that called the command are not within it: run from a module's import
    (the import system's frames below it), Ctrl-C is not held back for ever."""
    (tmp_path / "run_at_import.py").write_text(
        "import sys\n"
        "from briefing.commands import cli\n"
        "cli.main = lambda: print(cli._within_callback(sys._getframe())) or 0\n"
        "cli.entry()\n",
        "utf-8",
    )
    done = subprocess.run(
        [sys.executable, "-c", "import run_at_import"],
        cwd=tmp_path, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert (done.stdout, done.stderr, done.returncode) == ("False\n", "", 0)


# The ingest, interrupted


class _HalfThenInterrupt:
    """A file stream that writes half of what it is given, then is interrupted."""

    def __init__(self, stream):
        self.stream = stream

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.stream.close()

    def write(self, data: bytes) -> int:
        self.stream.write(data[: len(data) // 2])
        self.stream.flush()
        raise KeyboardInterrupt


def _seed(root: Path, name: str, title: str) -> Path:
    path = root / "seeds" / name
    path.write_text(
        f"{title}\n\nRussia and China held a military exercise under the SCO near Bishkek.\n",
        encoding="utf-8",
    )
    return path


def test_ingest_interrupted_mid_write_leaves_no_half_article(mini_project: Path, monkeypatch):
    seed = _seed(mini_project, "gamma.txt", "Gamma Exercises in Kyrgyzstan")
    articles = mini_project / "content" / "articles"
    content_before = fingerprint(mini_project / "content")
    real_fdopen = os.fdopen
    monkeypatch.setattr(
        folder.os,  # the writer ingest's article files go through
        "fdopen",
        lambda *args, **kwargs: _HalfThenInterrupt(real_fdopen(*args, **kwargs)),
    )
    outcome = run_cli("ingest", "--root", str(mini_project), str(seed))
    monkeypatch.undo()
    assert (outcome.code, outcome.err) == (130, "briefing: interrupted\n")
    assert fingerprint(mini_project / "content") == content_before
    assert leftovers(mini_project) == []
    again = run_cli("ingest", "--root", str(mini_project), str(seed))
    assert again.code == 0, again.err
    article = articles / "gamma-exercises-in-kyrgyzstan.md"
    gazetteer = load_gazetteer(mini_project / "content")
    assert load_article(article, gazetteer, "en").title == "Gamma Exercises in Kyrgyzstan"


class _FullDisk(_HalfThenInterrupt):
    def write(self, data: bytes) -> int:
        self.stream.write(data[: len(data) // 2])
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def test_ingest_on_a_full_disk_is_one_line_and_writes_nothing(mini_project: Path, monkeypatch):
    seed = _seed(mini_project, "gamma.txt", "Gamma Exercises in Kyrgyzstan")
    content_before = fingerprint(mini_project / "content")
    real_fdopen = os.fdopen
    monkeypatch.setattr(
        folder.os, "fdopen", lambda *args, **kwargs: _FullDisk(real_fdopen(*args, **kwargs))
    )
    outcome = run_cli("ingest", "--root", str(mini_project), str(seed))
    monkeypatch.undo()
    article = mini_project / "content" / "articles" / "gamma-exercises-in-kyrgyzstan.md"
    assert outcome.code == 1
    assert outcome.err == f"briefing: error: {article}: cannot write: No space left on device\n"
    assert fingerprint(mini_project / "content") == content_before
    assert leftovers(mini_project) == []


def test_ingest_interrupted_mid_overwrite_keeps_the_old_article(mini_project: Path, monkeypatch):
    """--force over a person's article, interrupted: the person's bytes survive."""
    seed = _seed(mini_project, "gamma.txt", "Gamma Exercises in Kyrgyzstan")
    assert run_cli("ingest", "--root", str(mini_project), str(seed)).code == 0
    article = mini_project / "content" / "articles" / "gamma-exercises-in-kyrgyzstan.md"
    article.write_text(article.read_text() + "\nA paragraph a person added.\n")
    content_before = fingerprint(mini_project / "content")
    real_fdopen = os.fdopen
    monkeypatch.setattr(
        folder.os,  # the writer ingest's article files go through
        "fdopen",
        lambda *args, **kwargs: _HalfThenInterrupt(real_fdopen(*args, **kwargs)),
    )
    outcome = run_cli("ingest", "--root", str(mini_project), "--force", str(seed))
    monkeypatch.undo()
    assert outcome.code == 130
    assert fingerprint(mini_project / "content") == content_before
    assert leftovers(mini_project) == []


def test_ingest_interrupted_between_articles_leaves_whole_ones(mini_project: Path, monkeypatch):
    seeds = [
        _seed(mini_project, "gamma.txt", "Gamma Exercises in Kyrgyzstan"),
        _seed(mini_project, "delta.txt", "Delta Pipelines Across Kazakhstan"),
    ]
    calls = []
    real_write = saving.write_atomically

    def write_atomically(path, data):
        calls.append(path)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return real_write(path, data)

    import briefing.ingest.publish as publish

    monkeypatch.setattr(publish, "write_atomically", write_atomically)
    outcome = run_cli("ingest", "--root", str(mini_project), *map(str, seeds))
    monkeypatch.undo()
    assert outcome.code == 130
    gazetteer = load_gazetteer(mini_project / "content")
    for article in sorted((mini_project / "content" / "articles").glob("*.md")):
        load_article(article, gazetteer, "en")  # each one whole
    assert leftovers(mini_project) == []
    again = run_cli("ingest", "--root", str(mini_project), *map(str, seeds))
    assert again.code == 0, again.err
    assert again.out.splitlines()[-1] == "ingest: 2 seeds: 1 unchanged, 1 written"
    assert run_cli("build", "--root", str(mini_project)).code == 0


# A reader that goes away


def test_a_reader_that_stops_reading_is_not_an_error(built_mini: Path):
    """`briefing ingest --explain | head -1`: the pipe closes while ingest still writes."""
    (built_mini / "seeds" / "long.txt").write_text(
        "A Headline\n\n"
        + "Share this article\n\nBack to top\n\n" * 2000  # far more than a pipe holds
        + "Russia and China held a military exercise under the SCO near Bishkek.\n"
    )
    process = subprocess.Popen(
        [sys.executable, "-m", "briefing", "ingest", "--explain", "--root", str(built_mini)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.read(100)
    process.stdout.close()
    err = process.stderr.read().decode()
    assert process.wait(timeout=120) == 141
    assert err == ""
