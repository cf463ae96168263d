"""Rebuilds after edits to article texts patch the last site, and equal a cold build."""

from __future__ import annotations

import os
import shutil
from collections import defaultdict
from pathlib import Path

import jinja2.bccache
import pytest
from tests.conftest import REPO
from tests.hardening.helpers import fingerprint, leftovers, run_cli

from briefing.commands import build as build_module
from briefing.commands.build import BuildResult, build
from briefing.errors import BriefingError
from briefing.load.project import load_project
from briefing.model import Bundle, WovenArticle, WovenText
from briefing.output import search
from briefing.store import folder, stamp
from briefing.store import snapshot as snapshots
from briefing.store.outputs import OutputReads, load_reads
from briefing.store.snapshot import Snapshot

ARTICLES = "content/articles"
MILITARY = f"{ARTICLES}/russia-china-military-cooperation-in-central-asia.md"
DRAGON = f"{ARTICLES}/a-dragon-and-a-bear-sino-russian-rapprochement-in-central-asia.md"
SENTENCE = "Arctic security and cybersecurity."


@pytest.fixture
def project(built_project: Path) -> Path:
    """The seeds' briefing as built once: each test's first build finds nothing changed."""
    return built_project


def _files(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file()}


def _rebuild(root: Path) -> BuildResult:
    return build(load_project(root))


def _replace(root: Path, relative: str, old: str, new: str) -> None:
    path = root / relative
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), "utf-8")


def _differences_from_cold(root: Path, tmp_path: Path) -> list[str]:
    cold = tmp_path / "cold"
    shutil.rmtree(cold, ignore_errors=True)
    build(load_project(root), cold, use_cache=False)
    warm, fresh = _files(root / "site"), _files(cold)
    return sorted(path for path in warm.keys() | fresh.keys() if warm.get(path) != fresh.get(path))


def test_an_edit_to_a_text_patches_the_site_into_what_a_cold_build_makes(project, tmp_path):
    _rebuild(project)
    _replace(project, MILITARY, SENTENCE, "Arctic security and cybersecurity, they say.")
    result = _rebuild(project)
    assert result.patched
    assert _differences_from_cold(project, tmp_path) == []
    page = project / "site/articles/russia-china-military-cooperation-in-central-asia/index.html"
    assert "cybersecurity, they say." in page.read_text("utf-8")
    assert leftovers(project) == []


def test_edits_in_a_row_each_equal_a_cold_build(project, tmp_path):
    _rebuild(project)
    said = SENTENCE
    for number, verb in enumerate(("say", "said", "argue")):
        new = f"Arctic security and cybersecurity, they {verb}."
        _replace(project, MILITARY, said, new)
        said = new
        if number == 1:
            _replace(project, DRAGON, "is to be expected,", "is to be expected by many,")
        assert _rebuild(project).patched
        assert _differences_from_cold(project, tmp_path) == []


def test_a_patch_renders_only_the_pages_showing_the_text(project):
    _rebuild(project)
    site = project / "site"
    before = {p: p.stat().st_mtime_ns for p in site.rglob("*") if p.is_file()}
    _replace(project, MILITARY, SENTENCE, "Arctic security and cybersecurity, they say.")
    assert _rebuild(project).patched
    after = {p: p.stat().st_mtime_ns for p in site.rglob("*") if p.is_file()}
    changed = sorted(p.relative_to(site).as_posix() for p in after if after[p] != before.get(p))
    assert "articles/russia-china-military-cooperation-in-central-asia/index.html" in changed
    assert "data/articles.json" in changed
    assert "index.html" not in changed
    assert "articles/undercurrents-in-russia-china-bonhomie/index.html" not in changed
    assert len([path for path in changed if path.endswith(".html")]) < 12


def test_an_edit_that_changes_what_lists_show_renders_the_lists_again(project, tmp_path):
    _rebuild(project)
    site = project / "site"
    before = {p: p.stat().st_mtime_ns for p in site.rglob("*") if p.is_file()}
    # A new mention changes the article's actors, counts and every list that shows them.
    _replace(project, MILITARY, SENTENCE, "Arctic security and cybersecurity, as in Pakistan.")
    result = _rebuild(project)
    assert result.patched and not result.unchanged
    assert _differences_from_cold(project, tmp_path) == []
    after = {p: p.stat().st_mtime_ns for p in site.rglob("*") if p.is_file()}
    changed = {p.relative_to(site).as_posix() for p in after if after[p] != before.get(p)}
    assert {"actors/pakistan/index.html", "actors/index.html", "index.html"} <= changed


@pytest.mark.parametrize(
    "change", ["new article", "gazetteer", "template", "title", "byline", "tags"]
)
def test_other_changes_equal_a_cold_build(project, tmp_path, change):
    _rebuild(project)
    _replace(project, MILITARY, SENTENCE, "Arctic security and cybersecurity, they say.")
    if change == "new article":
        text = (project / DRAGON).read_text("utf-8").replace("slug: a-dragon", "slug: b-dragon")
        (project / ARTICLES / "b-dragon.md").write_text(text, "utf-8")
    elif change == "gazetteer":
        _replace(project, "content/themes.yml", "title:", "title: The")
    elif change == "template":
        (project / "templates").mkdir()
        footer = (
            (REPO / "templates/base.html").read_text("utf-8").replace("</footer>", "</footer>\n")
        )
        (project / "templates/base.html").write_text(footer, "utf-8")
    elif change == "title":
        _replace(project, MILITARY, "title: '", "title: 'On ")
    elif change == "byline":
        _replace(project, MILITARY, "date: 2018-12-21", "date: 2017-01-02")
        _replace(project, MILITARY, "author: Fabio Indeo", "author: Fabio Indeo and Ann Other")
    else:
        _replace(project, MILITARY, "themes: [", "themes: [arctic, ")
        _replace(project, DRAGON, "actors: [", "actors: [ispi, ")
    assert _rebuild(project).patched
    assert _differences_from_cold(project, tmp_path) == []


def test_a_bad_edit_gets_the_full_builds_error_and_leaves_the_site(project):
    assert run_cli("build", "--root", str(project)).code == 0
    site = fingerprint(project / "site")
    _replace(project, MILITARY, "date: ", "date: not-a-date ")
    outcome = run_cli("build", "--root", str(project))
    assert outcome.code == 1
    line = next(
        number
        for number, text in enumerate((project / MILITARY).read_text("utf-8").splitlines(), 1)
        if text.startswith("date:")
    )
    assert outcome.err == (
        f"briefing: error: {project / MILITARY}:{line}: "
        "'date' must be an ISO date like 2018-12-21, or null\n"
    )
    assert fingerprint(project / "site") == site


@pytest.mark.parametrize("failure", [KeyboardInterrupt, OSError])
@pytest.mark.parametrize("when", ["starting", "finishing"])
def test_a_patch_cut_short_while_indexing_puts_the_old_files_back(
    project, tmp_path, monkeypatch, failure, when
):
    """Pagefind starts on the edited article's bundle before the patch is put in place,
    and is waited for after: cut short at either, the site is the last one whole."""
    _rebuild(project)
    site = fingerprint(project / "site")
    _replace(project, MILITARY, SENTENCE, "Arctic security and cybersecurity, they say.")

    def failing(*args: object) -> None:
        raise failure("stopped")

    if when == "starting":
        monkeypatch.setattr(search, "_start_pagefind", failing)
    else:
        monkeypatch.setattr(search._Run, "finish", failing)
    with pytest.raises((KeyboardInterrupt, OSError, BriefingError)):  # OSError: named
        _rebuild(project)
    assert fingerprint(project / "site") == site
    assert leftovers(project) == []
    monkeypatch.undo()
    # Once the patch was put in place, the stamp was cleared: everything is checked.
    assert _rebuild(project).patched == (when == "starting")
    assert _differences_from_cold(project, tmp_path) == []


def test_a_site_changed_by_hand_is_not_patched(project, tmp_path):
    _rebuild(project)
    (project / "site/themes/index.html").write_text("scribbled over", "utf-8")
    _replace(project, MILITARY, SENTENCE, "Arctic security and cybersecurity, they say.")
    assert not _rebuild(project).patched
    assert _differences_from_cold(project, tmp_path) == []


@pytest.mark.parametrize("damage", ["snapshot", "snapshot-edits", "data"])
def test_a_damaged_snapshot_takes_the_full_build(project, tmp_path, damage):
    _rebuild(project)
    _replace(project, MILITARY, SENTENCE, "Arctic security and cybersecurity, they say.")
    assert _rebuild(project).patched
    if damage == "data":  # every pickle of the data file, each checked when read
        (record,) = (project / ".briefing").glob(folder.SNAPSHOT_DATA)
        data = bytearray(record.read_bytes())
        for place in range(0, len(data), 97):
            data[place] ^= 0xFF
    else:
        record = project / ".briefing" / damage
        data = bytearray(record.read_bytes())
        data[-10] ^= 0xFF
    record.write_bytes(bytes(data))
    _replace(project, MILITARY, "they say.", "they said.")
    assert not _rebuild(project).patched
    assert _differences_from_cold(project, tmp_path) == []


def test_every_output_that_reads_a_text_records_it(unbuilt_project, monkeypatch):
    """The reads a build keeps name, for each output, every article text it read: the
    texts are watched here apart from the recording, at the record itself."""
    project = unbuilt_project
    readers: dict[str, set[str]] = defaultdict(set)
    making: list[str] = []
    original = WovenArticle.loaded_text

    def watching(self: WovenArticle) -> WovenText:
        if making:
            readers[self.slug].add(making[-1])
        return original(self)

    original_render = build_module._render

    def one_by_one(renderer, outputs, paths, write):  # in this process, output by output
        found = {}
        for path in paths:
            making.append(path)
            found.update(original_render(renderer, outputs, [path], write))
            making.pop()
        return found

    monkeypatch.setattr(WovenArticle, "loaded_text", watching)
    monkeypatch.setattr(build_module, "_render", one_by_one)
    _rebuild(project)
    monkeypatch.undo()
    last = stamp.load(project / ".briefing")
    assert last is not None
    kept = load_reads(project / ".briefing", last.build_id)
    assert kept is not None
    assert readers  # the article pages at least
    for slug, paths in readers.items():
        for path in paths:
            assert f"t:{slug}" in kept.read_by(path), (slug, path)


def _snapshot(root: Path) -> Snapshot:
    last = stamp.load(root / ".briefing")
    assert last is not None
    snapshot = snapshots.load(root / ".briefing", last.build_id)
    assert snapshot is not None
    return snapshot


def test_the_patch_keeps_file_times_of_pages_it_leaves(project):
    _rebuild(project)
    home = project / "site" / "index.html"
    os.utime(home, ns=(1, 1))
    # The stamp now differs from the site: a full build renders the home page again.
    assert not _rebuild(project).patched
    before = home.stat().st_mtime_ns
    _replace(project, MILITARY, SENTENCE, "Arctic security and cybersecurity, they say.")
    assert _rebuild(project).patched
    assert home.stat().st_mtime_ns == before


def test_compiled_templates_that_cannot_be_kept_only_cost_time(
    unbuilt_project, tmp_path, monkeypatch
):
    project = unbuilt_project
    cache_home = tmp_path / "cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache_home))
    _rebuild(project)
    compiled = cache_home / "briefing" / "templates"
    assert any(compiled.iterdir())
    for path in compiled.iterdir():
        path.write_bytes(b"not compiled code")  # damaged: compiled again

    def full_disk(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(jinja2.bccache.tempfile, "NamedTemporaryFile", full_disk)
    assert build(load_project(project), tmp_path / "again", use_cache=True).pages > 0
    monkeypatch.undo()
    assert _differences_from_cold(project, tmp_path) == []


@pytest.mark.parametrize("another", [False, True])
def test_the_edited_articles_bundle_indexed_first_is_indexed_again_when_others_change(
    project, tmp_path, monkeypatch, another
):
    """The edited article's page is made, and its bundle's index started, before what
    the other outputs read is compared; when another page of that bundle is to be made
    again too, that index is stopped, and started again once that page is made."""
    _rebuild(project)
    events: list[tuple[str, str]] = []
    other = DRAGON.replace(f"{ARTICLES}/", "articles/").removesuffix(".md") + "/index.html"
    stale, render = OutputReads.stale, build_module._render_patch
    start, cancel = search.Indexing.start, search.Indexing.cancel

    def also_stale(self: OutputReads, *args: object) -> list[str]:
        return [*stale(self, *args), *([other] if another else [])]  # type: ignore[arg-type]

    def rendering(renderer: object, outputs: object, paths: list[str], *args: object) -> object:
        events.extend(("made", path) for path in paths)
        return render(renderer, outputs, paths, *args)  # type: ignore[arg-type]

    def starting(self: search.Indexing, bundle: Bundle) -> None:
        events.append(("indexed", bundle.folder))
        start(self, bundle)

    def cancelling(self: search.Indexing, bundle: Bundle) -> None:
        events.append(("stopped", bundle.folder))
        cancel(self, bundle)

    monkeypatch.setattr(OutputReads, "stale", also_stale)
    monkeypatch.setattr(build_module, "_render_patch", rendering)
    monkeypatch.setattr(search.Indexing, "start", starting)
    monkeypatch.setattr(search.Indexing, "cancel", cancelling)
    _replace(project, MILITARY, SENTENCE, "Arctic security and cybersecurity, they say.")
    assert _rebuild(project).patched
    assert _differences_from_cold(project, tmp_path) == []
    edited = MILITARY.replace(f"{ARTICLES}/", "articles/").removesuffix(".md") + "/index.html"
    assert events[:2] == [("made", edited), ("indexed", "pagefind-1")]
    if another:
        made = events.index(("made", other))
        assert ("stopped", "pagefind-1") in events[2:made]
        assert events.index(("indexed", "pagefind-1"), made) > made
    else:
        assert ("stopped", "pagefind-1") not in events
    assert leftovers(project) == []


def test_a_bundle_started_before_the_site_is_planned_is_stopped_if_the_plan_changed_it():
    """The edited articles' bundles are started as the last build had them; the whole plan
    may hold them otherwise (an article added to one), and then they are stopped."""
    before = Bundle("pagefind-1", ("articles/a/index.html", "articles/b/index.html"))
    after = Bundle("pagefind-1", (*before.pages, "articles/c/index.html"))
    kept = Bundle("pagefind-2", ("articles/d/index.html",))
    stopped: list[Bundle] = []

    class Indexing:
        def cancel(self, bundle: Bundle) -> None:
            stopped.append(bundle)

    making = build_module._Making(
        None, {}, None, [before, kept], set(), Indexing(), early=[before, kept]  # type: ignore[arg-type]
    )
    making.planned({}, [after, kept], set(after.pages))
    assert stopped == [before]
    assert making.early == [kept]
    assert (making.found, making.indexed) == ([after, kept], set(after.pages))
