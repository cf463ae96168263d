"""The search bundle is checked whole after Pagefind, which may exit 0 without it."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from tests.conftest import FIXTURES

from briefing.commands.build import build
from briefing.load.project import load_project
from briefing.output.search import BUNDLE, stabilise_bundle


@pytest.fixture
def bundle(tmp_path: Path) -> Path:
    root = tmp_path / "mini"
    shutil.copytree(FIXTURES / "mini", root)
    build(load_project(root), use_cache=False)
    return root / "site" / BUNDLE


def test_a_whole_bundle_passes_and_stays_the_same(bundle: Path):
    files = {p: p.read_bytes() for p in bundle.rglob("*") if p.is_file()}
    stabilise_bundle(bundle)
    assert {p: p.read_bytes() for p in bundle.rglob("*") if p.is_file()} == files


@pytest.mark.parametrize("lost", ["fragment", "index", "pagefind-ui.js", "wasm.en.pagefind"])
def test_a_bundle_missing_a_file_is_refused(bundle: Path, lost: str):
    target = bundle / lost
    (next(target.iterdir()) if target.is_dir() else target).unlink()
    with pytest.raises(OSError, match="missing"):
        stabilise_bundle(bundle)


@pytest.fixture
def unstemmed(tmp_path: Path) -> Path:
    """The site of the small briefing in Kazakh, a language Pagefind indexes without
    stemming, with its search code for any language."""
    root = tmp_path / "mini"
    shutil.copytree(FIXTURES / "mini", root)
    config = root / "briefing.yml"
    config.write_text(config.read_text("utf-8").replace("language: en", "language: kk"))
    build(load_project(root), use_cache=False)
    return root / "site"


def test_a_bundle_in_a_language_pagefind_cannot_stem_is_built_and_checked(unstemmed: Path):
    entries = [json.loads(p.read_text("utf-8")) for p in unstemmed.glob("pagefind*/*-entry.json")]
    assert len(entries) == 2  # the actors' and themes' bundle, and the articles'
    assert all(entry["languages"]["kk"]["wasm"] is None for entry in entries)
    bundle = unstemmed / BUNDLE
    (bundle / "wasm.unknown.pagefind").unlink()
    with pytest.raises(OSError, match=r"missing wasm\.unknown\.pagefind"):
        stabilise_bundle(bundle)
