"""Fixtures of the views tests: the multilingual pages corpus, ingested and woven."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from tests.conftest import FIXTURES

from briefing.commands.build import load_briefing
from briefing.commands.cli import main
from briefing.load.project import load_project
from briefing.model import WovenArticle

GOLD_CORPUS = sorted((FIXTURES / "views-gold-corpus").glob("*.yml"))
QUOTES_GOLD_CORPUS = sorted((FIXTURES / "quotes-gold-corpus").glob("*.yml"))


@pytest.fixture(scope="session")
def gold_corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, WovenArticle]:
    """The pages the views' and the quotations' corpus gold were read from, ingested into
    a minimal project and woven as the build does: page stem -> its woven article."""
    root = tmp_path_factory.mktemp("views-gold-corpus") / "project"
    (root / "seeds").mkdir(parents=True)
    (root / "content").mkdir()
    shutil.copy(FIXTURES / "mini" / "briefing.yml", root / "briefing.yml")
    for name in ("actors.yml", "themes.yml"):
        shutil.copy(FIXTURES / "mini" / "content" / name, root / "content" / name)
    for stem in sorted({gold.stem for gold in GOLD_CORPUS + QUOTES_GOLD_CORPUS}):
        page = next(
            p for p in (FIXTURES / "pages").glob(f"{stem}.*") if not p.name.endswith(".yml")
        )
        shutil.copy(page, root / "seeds" / page.name)
    assert main(["ingest", "--root", str(root)]) == 0
    woven = load_briefing(load_project(root))[0].articles
    return {Path(w.article.seed).stem: w for w in woven}
