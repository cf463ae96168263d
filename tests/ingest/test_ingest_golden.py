"""The committed articles are exactly what ingest makes of the five seeds.

A change to the rules shows here as a diff of content/articles/. To accept it,
re-run ingest on the repository and review the diff before committing:
    python -c "from pathlib import Path; from briefing.ingest import run; run(Path('.'), [])"
The actor and theme lists are left out of the comparison: they follow the
gazetteer, which people curate on their own schedule. Articles a person has
edited since ingest (their bytes no longer match the manifest) are not golden.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest
from tests.ingest.helpers import REAL_SEEDS, REPO, run_quietly

ARTICLES = REPO / "content" / "articles"
MANIFEST = ARTICLES / ".ingest.json"


def without_tags(text: str) -> str:
    return "".join(
        line
        for line in text.splitlines(keepends=True)
        if not line.startswith(("themes:", "actors:"))
    )


@pytest.fixture(scope="module")
def fresh(tmp_path_factory) -> Path:
    """The seeds ingested anew, next to the committed manifest (for the ingested dates)."""
    root = tmp_path_factory.mktemp("golden")
    shutil.copytree(REAL_SEEDS, root / "seeds")
    (root / "content" / "articles").mkdir(parents=True)
    for name in ("actors.yml", "themes.yml"):
        if (REPO / "content" / name).exists():
            shutil.copyfile(REPO / "content" / name, root / "content" / name)
    shutil.copyfile(MANIFEST, root / "content" / "articles" / ".ingest.json")
    run_quietly(root)
    return root / "content" / "articles"


def committed_manifest() -> dict:
    return json.loads(MANIFEST.read_text(encoding="utf-8"))


def test_the_same_articles_are_made(fresh):
    assert sorted(p.name for p in fresh.glob("*.md")) == sorted(
        p.name for p in ARTICLES.glob("*.md")
    )


def test_each_unedited_article_is_byte_for_byte_what_ingest_makes(fresh):
    for slug, entry in sorted(committed_manifest().items()):
        committed = (ARTICLES / f"{slug}.md").read_bytes()
        if hashlib.sha256(committed).hexdigest() != entry["sha256"]:
            continue  # edited by a person: theirs now, not golden
        made = (fresh / f"{slug}.md").read_text(encoding="utf-8")
        assert without_tags(made) == without_tags(committed.decode("utf-8")), slug


def test_the_manifest_names_the_same_seeds_and_dates(fresh):
    made = json.loads((fresh / ".ingest.json").read_text(encoding="utf-8"))

    def essentials(manifest: dict) -> dict:
        return {slug: (e["seed"], e["seed_sha256"], e["ingested"]) for slug, e in manifest.items()}

    assert essentials(made) == essentials(committed_manifest())
