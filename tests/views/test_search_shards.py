"""The search index comes in bundles: actors and themes, then articles 125 at a time."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from tests.conftest import REPO

from briefing.commands.build import build
from briefing.load.project import load_project
from briefing.output import search
from briefing.output.search import BUNDLE, Bundle, article_bundles, bundles

SLUGS = [f"article-{n}" for n in range(2500)]


def test_articles_are_spread_over_bundles_of_about_125():
    groups = article_bundles(SLUGS)
    assert list(groups) == [f"{BUNDLE}-{number}" for number in range(1, 21)]
    assert sorted(slug for group in groups.values() for slug in group) == sorted(SLUGS)
    assert all(75 < len(group) < 175 for group in groups.values())


def test_an_articles_bundle_does_not_move_when_others_come_and_go():
    before = article_bundles(SLUGS)
    after = article_bundles([*SLUGS[:2400], "a-new-one"])
    where = {slug: folder for folder, group in before.items() for slug in group}
    assert all(where[slug] == folder for folder, group in after.items() for slug in group
               if slug in where)  # fmt: skip


def test_actor_and_theme_pages_make_the_main_bundle():
    urls = ["/", "/actors/", "/actors/russia/", "/themes/trade/", "/articles/a/",
            "/articles/a/source/", "/sources/a/", "/timeline/"]  # fmt: skip
    assert bundles(urls) == [
        Bundle(BUNDLE, ("actors/russia/index.html", "themes/trade/index.html")),
        Bundle(f"{BUNDLE}-1", ("articles/a/index.html",)),
    ]


def test_without_actor_or_theme_pages_the_first_articles_make_the_main_bundle():
    assert bundles(["/articles/a/", "/articles/b/"]) == [
        Bundle(BUNDLE, ("articles/a/index.html", "articles/b/index.html"))
    ]
    assert bundles(["/", "/articles/"]) == []  # nothing to index


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(search, "BUNDLE_ARTICLES", 2)
    root = tmp_path / "briefing"
    root.mkdir()
    for name in ("briefing.yml", "content", "seeds"):
        source = REPO / name
        (shutil.copytree if source.is_dir() else shutil.copy)(source, root / name)
    build(load_project(root))
    return root


def _page_count(bundle: Path) -> int:
    entry = json.loads((bundle / "pagefind-entry.json").read_text("utf-8"))
    return sum(language["page_count"] for language in entry["languages"].values())


def _stamps(folder: Path) -> dict[str, int]:
    return {
        p.relative_to(folder).as_posix(): p.stat().st_mtime_ns
        for p in folder.rglob("*")
        if p.is_file()
    }


def test_each_bundle_indexes_its_pages_and_the_search_page_merges_them(project: Path):
    site = project / "site"
    folders = sorted(p.name for p in site.iterdir() if p.name.startswith(BUNDLE))
    assert folders == [BUNDLE, f"{BUNDLE}-1", f"{BUNDLE}-2", f"{BUNDLE}-3"]
    articles = len(list((site / "articles").glob("*/index.html")))
    actors_and_themes = len(list(site.glob("actors/*/index.html"))) + len(
        list(site.glob("themes/*/index.html"))
    )
    assert _page_count(site / BUNDLE) == actors_and_themes
    assert sum(_page_count(site / folder) for folder in folders[1:]) == articles == 5
    soup = BeautifulSoup((site / "search" / "index.html").read_text("utf-8"), "html.parser")
    merged = soup.select_one("#search")["data-bundles"].split()
    assert merged == [f"../{folder}/" for folder in folders[1:]]
    # Pagefind read each bundle's pages from a folder of links, gone once indexed.
    assert [p for p in project.rglob(".index-*")] == []


def test_only_the_main_bundle_holds_pagefinds_scripts(project: Path):
    """The search page loads the main bundle's scripts, which read the merged bundles'
    indexes and language files: a copy in each of them would only weigh on the site."""
    site = project / "site"

    def top_files(folder: str) -> set[str]:
        return {p.name for p in (site / folder).iterdir() if p.is_file()}

    assert set(search.CORE_FILES) <= top_files(BUNDLE)
    for number in (1, 2, 3):
        held = top_files(f"{BUNDLE}-{number}")
        assert not [name for name in held if name.endswith((".js", ".css"))]
        assert "pagefind-entry.json" in held
        assert any(name.startswith("wasm.") for name in held)
        assert any(name.endswith(".pf_meta") for name in held)


def test_an_edit_indexes_again_only_the_bundles_of_the_pages_it_changed(project: Path):
    site = project / "site"
    slug = "russia-china-military-cooperation-in-central-asia"
    slugs = [p.name for p in (site / "articles").iterdir() if p.is_dir()]
    home = next(folder for folder, group in article_bundles(slugs).items() if slug in group)
    before = {p.name: _stamps(p) for p in site.iterdir() if p.name.startswith(BUNDLE)}
    article = project / "content" / "articles" / f"{slug}.md"
    article.write_text(
        article.read_text("utf-8").replace(
            "Arctic security and cybersecurity.", "Arctic security and cybersecurity, they say.", 1
        ),
        "utf-8",
    )
    build(load_project(project))
    after = {p.name: _stamps(p) for p in site.iterdir() if p.name.startswith(BUNDLE)}
    changed = {name for name in before if before[name] != after[name]}
    assert changed == {BUNDLE, home}
