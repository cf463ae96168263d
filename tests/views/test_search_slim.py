"""Pagefind reads each page cut down to what it indexes, and indexes it as it would whole."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from tests.conftest import REPO

from briefing.commands.build import build
from briefing.errors import BriefingError
from briefing.load.project import load_project
from briefing.output import search, slim


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("seeds")
    for name in ("briefing.yml", "content", "seeds"):
        source = REPO / name
        (shutil.copytree if source.is_dir() else shutil.copy)(source, root / name)
    return build(load_project(root), use_cache=False).out


def _bundles(site: Path) -> list[search.Bundle]:
    return search.bundles(f"/{p.parent.relative_to(site).as_posix()}/"
                          for p in site.rglob("index.html"))  # fmt: skip


def _index(site: Path, into: Path, slim_from: int, monkeypatch: pytest.MonkeyPatch,
           kept: Path | None = None) -> list[int]:  # fmt: skip
    """Index every bundle of the site into ``into``; the sizes of the pages cut down, whole."""
    cut: list[int] = []

    def slim_page(page: bytes) -> bytes | None:
        slimmed = slim.slim_page(page)
        if slimmed is not None:
            cut.append(len(page))
        return slimmed

    monkeypatch.setattr(search, "SLIM_FROM", slim_from)
    monkeypatch.setattr(search, "slim_page", slim_page)
    into.mkdir()
    search.index_site(site, _bundles(site), into=into, kept=kept)
    return cut


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*")
            if p.is_file()}  # fmt: skip


def test_every_page_cut_down_gives_the_same_bundles_byte_for_byte(
    site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    indexed = sum(len(bundle.pages) for bundle in _bundles(site))
    assert _index(site, tmp_path / "whole", 1 << 40, monkeypatch) == []
    assert len(_index(site, tmp_path / "cut", 0, monkeypatch)) == indexed
    files = _files(tmp_path / "whole")
    assert len([name for name in files if name.endswith(".pf_fragment")]) == indexed
    assert _files(tmp_path / "cut") == files


def test_only_big_pages_are_cut_down_and_they_lose_most_of_their_bytes(
    site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    sizes = _index(site, tmp_path / "index", search.SLIM_FROM, monkeypatch)
    pages = [site / page for bundle in _bundles(site) for page in bundle.pages]
    big = [page.stat().st_size for page in pages if page.stat().st_size >= search.SLIM_FROM]
    assert big and sorted(sizes) == sorted(big) and len(big) < len(pages)
    actor = (site / "actors" / "russia" / "index.html").read_bytes()
    assert len(actor) >= search.SLIM_FROM
    assert len(slim.slim_page(actor) or actor) < len(actor) / 4


def test_kept_pages_are_cut_down_again_only_when_their_page_changed(
    site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    copy, kept = tmp_path / "site", tmp_path / "kept"
    shutil.copytree(site, copy)
    big = len(_index(copy, tmp_path / "first", search.SLIM_FROM, monkeypatch, kept))
    assert big and _files(tmp_path / "first") == _whole_index(copy, tmp_path, monkeypatch)
    assert _index(copy, tmp_path / "again", search.SLIM_FROM, monkeypatch, kept) == []
    assert _files(tmp_path / "again") == _files(tmp_path / "first")

    actor = copy / "actors" / "russia" / "index.html"
    actor.write_bytes(actor.read_bytes().replace(b"</h1>", b" Federation</h1>", 1))
    changed = _index(copy, tmp_path / "edited", search.SLIM_FROM, monkeypatch, kept)
    assert changed == [actor.stat().st_size]
    assert _files(tmp_path / "edited") == _whole_index(copy, tmp_path, monkeypatch)


def test_a_kept_folder_without_its_record_is_made_again_whole(
    site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """As a build cut short while the folder changed leaves it: a page left in it that
    the bundle no longer holds must not be indexed."""
    kept = tmp_path / "kept"
    _index(site, tmp_path / "first", search.SLIM_FROM, monkeypatch, kept)
    main = kept / search.BUNDLE
    stray = main / "actors" / "gone" / "index.html"
    shutil.copytree(main / "actors" / "russia", stray.parent)
    (kept / f"{search.BUNDLE}.pages").unlink()
    redone = _index(site, tmp_path / "redone", search.SLIM_FROM, monkeypatch, kept)
    assert len(redone) > 1 and not stray.exists()
    assert _files(tmp_path / "redone") == _files(tmp_path / "first")


def _whole_index(site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, bytes]:
    """The site's bundles as an index made afresh, nothing kept, makes them."""
    into = tmp_path / "whole"
    shutil.rmtree(into, ignore_errors=True)
    _index(site, into, search.SLIM_FROM, monkeypatch)
    return _files(into)


def test_a_folder_of_pages_made_for_one_index_goes_when_a_page_cannot_be_read(
    site: Path, tmp_path: Path
):
    """Without a cache each bundle's pages are put in a folder made for its index alone:
    a page gone mid-build fails the index, naming the output, and the folder goes."""
    copy, into = tmp_path / "site", tmp_path / "index"
    shutil.copytree(site, copy)
    bundles = _bundles(copy)
    (copy / bundles[0].pages[0]).unlink()
    into.mkdir()
    with pytest.raises(BriefingError, match="search indexing failed"):
        search.index_site(copy, bundles, into=into)
    assert not [p.name for p in into.iterdir() if p.name.startswith(".index-")]
