"""Warm rebuilds: only what changed is rendered, and the output equals a cold build's."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from tests.conftest import REPO

from briefing.build import build
from briefing.project import load_project


def _files(site: Path) -> dict[str, bytes]:
    return {
        p.relative_to(site).as_posix(): p.read_bytes()
        for p in sorted(site.rglob("*"))
        if p.is_file()
    }


def _mtimes(site: Path) -> dict[str, int]:
    return {p.relative_to(site).as_posix(): p.stat().st_mtime_ns for p in site.rglob("*.html")}


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = tmp_path / "briefing"
    root.mkdir()
    for name in ("briefing.yml", "content", "seeds"):
        source = REPO / name
        (shutil.copytree if source.is_dir() else shutil.copy)(source, root / name)
    return root


def _edit_first_paragraph(root: Path) -> Path:
    article = root / "content" / "articles" / "russia-china-military-cooperation-in-central-asia.md"
    text = article.read_text("utf-8")
    article.write_text(
        text.replace(
            "Arctic security and cybersecurity.", "Arctic security and cybersecurity, they say.", 1
        ),
        "utf-8",
    )
    return article


def test_warm_rebuild_after_an_edit_equals_a_cold_build(project: Path, tmp_path: Path):
    build(load_project(project))
    _edit_first_paragraph(project)
    build(load_project(project))
    cold = tmp_path / "cold"
    build(load_project(project), cold, use_cache=False)
    warm = _files(project / "site")
    assert warm.keys() == _files(cold).keys()
    assert [path for path, data in _files(cold).items() if warm[path] != data] == []
    page = (
        project
        / "site"
        / "articles"
        / "russia-china-military-cooperation-in-central-asia"
        / "index.html"
    )
    assert "cybersecurity, they say." in page.read_text("utf-8")


def test_unchanged_rebuild_rewrites_no_page(project: Path):
    build(load_project(project))
    before = _mtimes(project / "site")
    files = _files(project / "site")
    build(load_project(project))
    assert _mtimes(project / "site") == before
    assert _files(project / "site") == files


def test_an_edit_rerenders_the_article_and_the_pages_that_show_it_only(project: Path):
    build(load_project(project))
    before = _mtimes(project / "site")
    _edit_first_paragraph(project)
    build(load_project(project))
    after = _mtimes(project / "site")
    changed = {path for path in before if before[path] != after[path]}
    assert "articles/russia-china-military-cooperation-in-central-asia/index.html" in changed
    assert "articles/undercurrents-in-russia-china-bonhomie/index.html" not in changed
    assert len(changed) < len(before) / 2


def test_a_page_changed_by_hand_in_the_site_is_rendered_again(project: Path):
    build(load_project(project))
    page = project / "site" / "themes" / "index.html"
    original = page.read_bytes()
    page.write_bytes(b"<p>scribbled over</p>")
    build(load_project(project))
    assert page.read_bytes() == original


def test_a_template_change_rerenders_the_pages_using_it(project: Path):
    build(load_project(project))
    (project / "templates").mkdir()
    base = (REPO / "templates" / "base.html").read_text("utf-8")
    (project / "templates" / "base.html").write_text(
        base.replace("Skip to content", "Skip to the text"), "utf-8"
    )
    build(load_project(project))
    assert "Skip to the text" in (project / "site" / "index.html").read_text("utf-8")


def test_no_cache_neither_reads_nor_writes_the_cache(project: Path):
    build(load_project(project), use_cache=False)
    assert not (project / ".briefing").exists()
    build(load_project(project))
    cache_files = _files(project / ".briefing")
    _edit_first_paragraph(project)
    build(load_project(project), use_cache=False)
    assert _files(project / ".briefing") == cache_files
