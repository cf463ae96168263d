"""A build with nothing changed since the last one stops at once, and any change defeats that."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from tests.helpers import run_briefing

from briefing.commands.build import build
from briefing.load.project import load_project
from briefing.store import folder, stamp

HOUR_AGO_NS = time.time_ns() - 3600 * 10**9


def _age(root: Path) -> None:
    """Make every file older than the clock's resolution, as files are between two builds."""
    for path in root.rglob("*"):
        os.utime(path, ns=(HOUR_AGO_NS, HOUR_AGO_NS))


def _site(root: Path) -> dict[str, tuple[bytes, int]]:
    return {
        p.relative_to(root).as_posix(): (p.read_bytes(), p.stat().st_mtime_ns)
        for p in sorted((root / "site").rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def built(mini_project: Path) -> Path:
    _age(mini_project)
    assert not build(load_project(mini_project)).unchanged
    return mini_project


def test_a_build_with_nothing_changed_leaves_the_site_as_it_was(built: Path):
    before = _site(built)
    result = build(load_project(built))
    assert result.unchanged
    assert result.pages > 10 and result.files > result.pages
    assert _site(built) == before


def test_the_command_line_says_that_nothing_had_changed(built: Path):
    done = run_briefing("build", "--root", str(built))
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("built ")
    assert done.stdout.rstrip().endswith("nothing had changed since the last build")


def _same_size_edit(root: Path) -> None:
    article = next((root / "content" / "articles").glob("*.md"))
    text = article.read_text("utf-8")
    article.write_text(text.replace("a", "e", 1), "utf-8")
    os.utime(article, ns=(HOUR_AGO_NS + 10**9, HOUR_AGO_NS + 10**9))


def _remove_a_page(root: Path) -> None:
    (root / "site" / "themes" / "index.html").unlink()


def _add_a_site_file(root: Path) -> None:
    (root / "site" / "stray.html").write_text("<p>stray</p>", "utf-8")


def _override_a_template(root: Path) -> None:
    (root / "templates").mkdir()
    (root / "templates" / "404.html").write_text("{% extends 'base.html' %}", "utf-8")


def _add_a_seed(root: Path) -> None:
    (root / "seeds" / "beta.txt").write_text("Another seed\n", "utf-8")


def _change_the_configuration(root: Path) -> None:
    config = root / "briefing.yml"
    config.write_text(config.read_text("utf-8") + "\n# changed\n", "utf-8")


@pytest.mark.parametrize(
    "change",
    [
        _same_size_edit,
        _remove_a_page,
        _add_a_site_file,
        _override_a_template,
        _add_a_seed,
        _change_the_configuration,
    ],
)
def test_any_change_to_what_a_build_reads_or_wrote_builds_again(
    built: Path, change: Callable[[Path], None]
):
    change(built)
    assert not build(load_project(built)).unchanged


def test_a_same_size_edit_reaches_the_page(built: Path):
    _same_size_edit(built)
    build(load_project(built))
    cold = built.parent / "cold"
    build(load_project(built), cold, use_cache=False)
    assert _site(built).keys() == {
        f"site/{p.relative_to(cold).as_posix()}" for p in cold.rglob("*") if p.is_file()
    }
    assert all(
        data == (cold / path.removeprefix("site/")).read_bytes()
        for path, (data, _) in _site(built).items()
    )


def test_other_options_build_again(built: Path):
    assert not build(load_project(built), offline=True).unchanged
    assert not build(load_project(built), built / "elsewhere").unchanged


def test_no_cache_always_builds(built: Path):
    assert not build(load_project(built), use_cache=False).unchanged


def test_a_file_changed_within_the_clocks_resolution_counts_as_changed(built: Path):
    article = next((built / "content" / "articles").glob("*.md"))
    article.write_text(article.read_text("utf-8"), "utf-8")  # just now
    stats = stamp.input_stats(load_project(built))
    assert stats[str(article)][1] == -1


def test_a_damaged_stamp_is_ignored(built: Path):
    (built / ".briefing" / folder.STAMP).write_bytes(b"\0" * 40)
    assert not build(load_project(built)).unchanged
    assert build(load_project(built)).unchanged


def test_a_file_stamped_too_lately_counts_as_changed_only_if_its_contents_did(built: Path):
    article = next((built / "content" / "articles").glob("*.md"))
    text = article.read_text("utf-8")
    article.write_text(text, "utf-8")  # just now: its time cannot tell a later change
    build(load_project(built))
    last = stamp.load(built / ".briefing")
    assert last is not None and last.inputs[str(article)][1] == -1
    assert str(article) in last.racy
    assert stamp.changed_inputs(last, stamp.input_stats(load_project(built))) == set()
    assert build(load_project(built)).unchanged
    article.write_text(text.replace("a", "b", 1), "utf-8")  # same size, same instant
    assert stamp.changed_inputs(last, stamp.input_stats(load_project(built))) == {str(article)}
