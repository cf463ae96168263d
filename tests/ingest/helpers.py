"""Helpers for the ingest tests: seed paths, a small gazetteer, captured output."""

from __future__ import annotations

from pathlib import Path

from briefing.ingest import run
from briefing.ingest.article import IngestedArticle, ingest_seed
from briefing.ingest.body import render_body
from briefing.ingest.reading import read_seed

REPO = Path(__file__).resolve().parents[2]
REAL_SEEDS = REPO / "seeds"
FIXTURE_SEEDS = REPO / "tests" / "fixtures" / "seeds"

SMALL_GAZETTEER = {
    "actors.yml": """\
- id: russia
  name: Russia
  kind: country
  aliases: [Russian, Moscow]
- id: china
  name: China
  kind: country
  aliases: [Chinese, Beijing]
- id: sco
  name: Shanghai Cooperation Organisation
  kind: organisation
  aliases: [SCO]
- id: us
  name: United States
  kind: country
  aliases: [US]
""",
    "themes.yml": """\
- id: security
  title: Security cooperation
  keywords: [security, investment, military]
""",
}


def ingest_file(path: Path) -> IngestedArticle:
    return ingest_seed(read_seed(path, path.name))


def body_of(article: IngestedArticle) -> str:
    return render_body(list(article.blocks))


class Echo:
    """Collects what ingest says."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def __call__(self, line: str) -> None:
        self.lines.append(line)


def run_quietly(root: Path, *sources: Path, **options: bool) -> list[str]:
    echo = Echo()
    run(root, list(sources), echo=echo, **options)
    return echo.lines


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under a folder (hidden ones too), by relative path."""
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }
