"""Warm rebuilds: only what changed is rendered, and the output equals a cold build's."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
import zlib
from fnmatch import fnmatch
from pathlib import Path

import pytest
from tests.conftest import REPO
from tests.hardening.helpers import run_cli
from tests.helpers import rendered_by_a_build

from briefing.commands.build import build, load_briefing
from briefing.load import content
from briefing.load.project import load_project
from briefing.model import Briefing, WovenText
from briefing.store import folder
from briefing.store.cache import BuildCache, StoredText
from briefing.store.folder import read_signed, write_signed


def _files(site: Path) -> dict[str, bytes]:
    return {
        p.relative_to(site).as_posix(): p.read_bytes()
        for p in sorted(site.rglob("*"))
        if p.is_file()
    }


def _mtimes(site: Path) -> dict[str, int]:
    return {p.relative_to(site).as_posix(): p.stat().st_mtime_ns for p in site.rglob("*.html")}


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


def test_warm_rebuild_after_an_edit_equals_a_cold_build(built_project: Path, tmp_path: Path):
    project = built_project  # as its first build left it
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


def test_unchanged_rebuild_rewrites_no_page(built_project: Path):
    project = built_project  # as its first build left it
    build(load_project(project))
    before = _mtimes(project / "site")
    files = _files(project / "site")
    build(load_project(project))
    assert _mtimes(project / "site") == before
    assert _files(project / "site") == files


def test_an_edit_rerenders_the_article_and_the_pages_that_show_it_only(built_project: Path):
    project = built_project  # as its first build left it
    build(load_project(project))
    before = _mtimes(project / "site")
    _edit_first_paragraph(project)
    build(load_project(project))
    after = _mtimes(project / "site")
    changed = {path for path in before if before[path] != after[path]}
    assert "articles/russia-china-military-cooperation-in-central-asia/index.html" in changed
    assert "articles/undercurrents-in-russia-china-bonhomie/index.html" not in changed
    assert len(changed) < len(before) / 2


def test_a_page_changed_by_hand_in_the_site_is_rendered_again(built_project: Path):
    project = built_project  # as its first build left it
    build(load_project(project))
    page = project / "site" / "themes" / "index.html"
    original = page.read_bytes()
    page.write_bytes(b"<p>scribbled over</p>")
    build(load_project(project))
    assert page.read_bytes() == original


def test_a_template_change_rerenders_the_pages_using_it(built_project: Path):
    project = built_project  # as its first build left it
    build(load_project(project))
    (project / "templates").mkdir()
    base = (REPO / "templates" / "base.html").read_text("utf-8")
    (project / "templates" / "base.html").write_text(
        base.replace("Skip to content", "Skip to the text"), "utf-8"
    )
    build(load_project(project))
    assert "Skip to the text" in (project / "site" / "index.html").read_text("utf-8")


def test_pages_rendered_again_to_the_same_bytes_keep_their_files(built_project: Path):
    """A template change renders every page again; only the pages it changed are new
    files, and only the search bundle holding them is indexed again."""
    project = built_project  # as its first build left it
    build(load_project(project))
    site = project / "site"
    before = {p.relative_to(site).as_posix(): p.stat() for p in site.rglob("*") if p.is_file()}
    (project / "templates").mkdir()
    theme = (REPO / "templates" / "theme.html").read_text("utf-8")
    (project / "templates" / "theme.html").write_text(
        theme.replace(">Compare sources<", ">Sources compared<"), "utf-8"
    )
    build(load_project(project))
    after = {p.relative_to(site).as_posix(): p.stat() for p in site.rglob("*") if p.is_file()}
    changed = {
        path
        for path, stat in before.items()
        if path not in after or after[path].st_mtime_ns != stat.st_mtime_ns
    }
    themes = {p for p in before if re.fullmatch(r"themes/[^/]+/index\.html", p)}
    assert themes and themes <= changed
    assert {p for p in changed - themes if not p.startswith("pagefind/")} == set()
    assert "Sources compared" in (site / sorted(themes)[0]).read_text("utf-8")


MILITARY = "russia-china-military-cooperation-in-central-asia"


def _add_an_actor(root: Path, slug: str) -> str:
    """Tag the article with an actor it did not have; the actor's id."""
    path = root / "content" / "articles" / f"{slug}.md"
    text = path.read_text("utf-8")
    tagged = re.search(r"^actors: \[(.*)\]$", text, re.M)
    assert tagged is not None
    actor = "ispi"  # in the gazetteer, on no article
    assert actor not in tagged.group(1)
    path.write_text(text.replace("actors: [", f"actors: [{actor}, ", 1), "utf-8")
    return actor


def _cold_differences(root: Path, tmp_path: Path) -> list[str]:
    build(load_project(root), tmp_path / "cold", use_cache=False)
    warm, cold = _files(root / "site"), _files(tmp_path / "cold")
    return sorted(path for path in warm.keys() | cold.keys() if warm.get(path) != cold.get(path))


def test_new_tags_on_one_article_render_only_the_pages_that_show_it(
    built_project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    project = built_project  # as its first build left it
    out = build(load_project(project)).out
    pages = sum(1 for p in out.rglob("*") if p.suffix in (".html", ".xml"))  # every page
    actor = _add_an_actor(project, MILITARY)
    rendered = rendered_by_a_build(project, monkeypatch)
    assert f"/articles/{MILITARY}/" in rendered and f"/actors/{actor}/" in rendered
    assert "/actors/myanmar/" not in rendered  # named only in another article
    assert len(rendered) < pages / 2
    assert _cold_differences(project, tmp_path) == []


def test_a_template_of_the_projects_makes_every_page_read_what_it_reads(
    project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """No template declares what it reads: a footer that counts one article's actors
    makes every page render again when they change, and no other."""
    (project / "templates").mkdir()
    footer = (REPO / "templates" / "base.html").read_text("utf-8")
    counted = f"{{{{ briefing.by_slug['{MILITARY}'].actors | length }}}} actors</footer>"
    (project / "templates" / "base.html").write_text(footer.replace("</footer>", counted), "utf-8")
    build(load_project(project))
    _edit_first_paragraph(project)  # its text, of which the footer reads nothing
    assert "/actors/myanmar/" not in rendered_by_a_build(project, monkeypatch)
    _add_an_actor(project, MILITARY)
    rendered = rendered_by_a_build(project, monkeypatch)
    assert "/actors/myanmar/" in rendered and "/quotes/" in rendered
    assert _cold_differences(project, tmp_path) == []


def test_no_cache_neither_reads_nor_writes_the_cache(project: Path):
    build(load_project(project), use_cache=False)
    assert not (project / ".briefing").exists()
    build(load_project(project))
    cache_files = _files(project / ".briefing")
    _edit_first_paragraph(project)
    build(load_project(project), use_cache=False)
    assert _files(project / ".briefing") == cache_files


# At scale the woven articles' text stays in the cache: pages read it when they show it.


def _loaded(root: Path) -> Briefing:
    project = load_project(root)
    briefing, _ = load_briefing(project, cache=BuildCache(project.cache_dir))
    return briefing


def test_a_cached_build_keeps_the_texts_out_of_memory_and_reads_them_back(built_project: Path):
    project = built_project  # as its first build left it
    build(load_project(project))
    briefing = _loaded(project)
    assert all(isinstance(w.text, StoredText) for w in briefing.articles)
    fresh, _ = load_briefing(load_project(project))  # no cache: woven afresh, held in memory
    for stored, woven in zip(briefing.articles, fresh.articles, strict=True):
        assert isinstance(woven.text, WovenText)
        assert stored.loaded_text() == woven.text
        assert stored == woven  # its counts of passages too


def test_unchanged_articles_are_taken_from_the_cache_without_parsing(
    built_project: Path, monkeypatch: pytest.MonkeyPatch
):
    project = built_project  # as its first build left it
    build(load_project(project))
    edited = _edit_first_paragraph(project)
    parsed: list[Path] = []
    real = content.parse_article
    monkeypatch.setattr(
        content,
        "parse_article",
        lambda text, path, *rest: parsed.append(path) or real(text, path, *rest),
    )
    briefing = _loaded(project)
    assert parsed == [edited]
    assert any("they say." in block.text for block in briefing.by_slug[edited.stem].blocks)


def test_a_new_default_language_is_not_taken_from_the_cache(project: Path):
    article = project / "content" / "articles" / "undercurrents-in-russia-china-bonhomie.md"
    text = article.read_text("utf-8")
    article.write_text(re.sub(r"(?m)^language: .*\n", "", text, count=1), "utf-8")
    build(load_project(project))
    config = project / "briefing.yml"
    config.write_text(config.read_text("utf-8").replace("language: en", "language: fr"), "utf-8")
    assert _loaded(project).by_slug[article.stem].article.language == "fr"


def _texts(root: Path) -> list[Path]:
    return sorted(p for p in (root / ".briefing" / "text").rglob("*") if p.is_file())


def test_a_damaged_text_in_the_cache_is_woven_again(built_project: Path, tmp_path: Path):
    project = built_project  # as its first build left it
    build(load_project(project))
    for text in _texts(project):
        text.write_bytes(b"damaged")
    build(load_project(project), tmp_path / "again")
    assert _files(tmp_path / "again") == _files(project / "site")


def test_a_text_damaged_in_place_stops_the_build_then_is_woven_again(
    built_project: Path, tmp_path: Path
):
    project = built_project  # as its first build left it
    build(load_project(project))
    for text in _texts(project):
        text.write_bytes(bytes(len(text.read_bytes())))  # same size: found only when read
    built = run_cli("build", "--root", str(project), "--out", str(tmp_path / "first"))
    assert built.code == 1
    assert "build cache was damaged or removed; the cache was cleared: build again" in built.err
    assert "Traceback" not in built.err
    assert (project / "site").is_dir()  # the last site stands
    build(load_project(project), tmp_path / "second")
    assert _files(tmp_path / "second") == _files(project / "site")


def test_every_file_a_build_keeps_is_one_the_store_folder_names(built_project: Path):
    project = built_project  # as its first build left it
    _edit_first_paragraph(project)
    build(load_project(project))  # on the last: keeps the articles woven since
    names = [value for key, value in vars(folder).items() if key.isupper() and type(value) is str]
    kept = sorted(path.name for path in (project / ".briefing").iterdir())
    assert [name for name in kept if not any(fnmatch(name, named) for named in names)] == []
    assert folder.SNAPSHOT_EDITS in kept  # a build on the last one's was checked


def _renamed_modules(record: bytes | None) -> bytes:
    """A pickle as code that had the model's and the store's modules elsewhere would have
    made it (the names of the same length: pickles within it still read as pickles)."""
    assert record is not None and b"briefing.model." in record
    return record.replace(b"briefing.model.", b"briefing.older.").replace(
        b"briefing.store.", b"briefing.older."
    )


def test_a_cache_left_by_code_laid_out_otherwise_is_woven_again(
    built_project: Path, tmp_path: Path
):
    """Cached records name the modules of the classes they hold: those of a build before
    modules moved name some that are gone, and are read as no records."""
    project = built_project  # as its first build left it
    cache = project / ".briefing"
    snapshot = cache / folder.SNAPSHOT
    write_signed(snapshot, _renamed_modules(read_signed(snapshot)))
    for record in (cache / folder.WOVEN).rglob("*"):
        if record.is_file():
            pickled = zlib.decompress(read_signed(record) or b"")
            write_signed(record, zlib.compress(_renamed_modules(pickled), 1))
    built = run_cli("build", "--root", str(project), "--out", str(tmp_path / "again"))
    assert built.code == 0, built.err
    assert _files(tmp_path / "again") == _files(project / "site")


def test_every_build_counts_the_files_of_the_site_it_leaves(project: Path, tmp_path: Path):
    def files_in(site: Path) -> int:
        return sum(1 for p in site.rglob("*") if p.is_file())

    hour_ago = time.time_ns() - 3600 * 10**9  # older than the clock's resolution
    for path in project.rglob("*"):
        os.utime(path, ns=(hour_ago, hour_ago))
    cold = build(load_project(project))
    unchanged = build(load_project(project))
    _edit_first_paragraph(project)
    warm = build(load_project(project))
    uncached = build(load_project(project), tmp_path / "uncached", use_cache=False)
    assert unchanged.unchanged
    site = files_in(project / "site")
    assert cold.files == warm.files == unchanged.files == site
    assert uncached.files == files_in(tmp_path / "uncached") == site


def _build_command(root: Path, out: Path) -> list[str]:
    return [sys.executable, "-m", "briefing", "build", "--root", str(root), "--out", str(out)]


def test_a_second_build_of_a_project_waits_for_the_first(built_project: Path, tmp_path: Path):
    """Two builds of one project at once would share its cache: while one holds it, the
    other waits, however long, and then builds as it would have."""
    started = time.perf_counter()
    alone = subprocess.run(_build_command(built_project, tmp_path / "alone"), capture_output=True)
    assert alone.returncode == 0, alone.stderr
    hold = max(2.0, 3 * (time.perf_counter() - started))
    with folder.held(built_project / ".briefing"):
        waiting = subprocess.Popen(_build_command(built_project, tmp_path / "site"),
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE)  # fmt: skip
        time.sleep(hold)
        assert waiting.poll() is None  # an unheld build took a third of the time
    err = waiting.communicate(timeout=300)[1]
    assert waiting.returncode == 0, err
    assert _files(tmp_path / "site") == _files(tmp_path / "alone")
