"""Scoring ingest against hand gold: one check per field, kept sentence and dropped line.

A gold file (`<page>.gold.yml` beside the page) gives the title, date and author a
reader finds on the page, sentences the article must keep, furniture it must drop,
and its section headings. Each is one check; the score is the share passed.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from briefing.load.frontmatter import split_document

REPO = Path(__file__).resolve().parents[2]
PAGES = REPO / "tests" / "fixtures" / "pages"
SEED_GOLD = REPO / "tests" / "fixtures" / "seed-gold"
FIELDS = ("title", "date", "author", "keep", "drop", "headings")


@dataclass(frozen=True)
class Gold:
    page: Path
    language: str
    shape: str
    title: str
    date: dt.date | None
    authors: tuple[str, ...]
    keep: tuple[str, ...]
    drop: tuple[str, ...]
    headings: tuple[str, ...]


@dataclass
class Check:
    page: str
    field: str
    passed: bool
    detail: str = ""


@dataclass
class Score:
    checks: list[Check] = field(default_factory=list)

    @property
    def share(self) -> float:
        return sum(c.passed for c in self.checks) / max(1, len(self.checks))

    def failures(self) -> list[Check]:
        return [c for c in self.checks if not c.passed]

    def by(self, key) -> dict[str, tuple[int, int]]:
        table: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for check in self.checks:
            row = table[key(check)]
            row[0] += check.passed
            row[1] += 1
        return {name: (passed, total) for name, (passed, total) in sorted(table.items())}


def load_gold(path: Path, page: Path) -> Gold:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return Gold(
        page=page,
        language=data.get("language", "en"),
        shape=data.get("shape", ""),
        title=data["title"],
        date=data.get("date"),
        authors=_names(data.get("author")),
        keep=tuple(data.get("must_keep") or ()),
        drop=tuple(data.get("must_drop") or ()),
        headings=tuple(data.get("headings") or ()),
    )


def gold_ids(gold: Gold, field: str) -> list[str] | None:
    """The actors or themes ("actors", "themes") a page's gold names, in its order, or
    None when its gold does not say."""
    path = gold.page.with_name(gold.page.name.rsplit(".", 1)[0] + ".gold.yml")
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return list(data[field] or ()) if field in data else None


def corpus_golds() -> list[Gold]:
    golds = []
    for gold in sorted(PAGES.glob("*.gold.yml")):
        stem = gold.name.removesuffix(".gold.yml")
        page = next(p for p in PAGES.glob(f"{stem}.*") if not p.name.endswith(".gold.yml"))
        golds.append(load_gold(gold, page))
    return golds


def seed_golds() -> list[Gold]:
    return [
        load_gold(gold, REPO / "seeds" / gold.name.removesuffix(".gold.yml"))
        for gold in sorted(SEED_GOLD.glob("*.gold.yml"))
    ]


def make_project(root: Path, golds: list[Gold]) -> Path:
    """A project holding the pages as seeds and the repository's gazetteer."""
    (root / "seeds").mkdir(parents=True)
    shutil.copytree(REPO / "content", root / "content", ignore=_articles)
    shutil.copy(REPO / "briefing.yml", root / "briefing.yml")
    for gold in golds:
        shutil.copy(gold.page, root / "seeds" / gold.page.name)
    return root


def _articles(folder: str, names: list[str]) -> list[str]:
    return ["articles"] if Path(folder).name == "content" else []


def score(root: Path, golds: list[Gold]) -> Score:
    """Every check of every page, against the articles ingest wrote into root."""
    written = _articles_by_seed(root / "content" / "articles")
    result = Score()
    for gold in golds:
        article = written.get(gold.page.name)
        result.checks.extend(_checks(gold, article))
    return result


def _articles_by_seed(folder: Path) -> dict[str, tuple[dict, str]]:
    found = {}
    for path in sorted(folder.glob("*.md")):
        document = split_document(path.read_text(encoding="utf-8"), path)
        found[document.meta["seed"]] = (dict(document.meta), document.body)
    return found


def _checks(gold: Gold, article: tuple[dict, str] | None) -> list[Check]:
    name = gold.page.name
    if article is None:
        total = 4 + len(gold.keep) + len(gold.drop)
        return [Check(name, "missing", False, "no article written")] * total
    meta, body = article
    text = _plain(body)
    headings = tuple(_plain(h) for h in re.findall(r"^## (.+)$", body, re.M))
    checks = [
        Check(name, "title", _plain(meta["title"]) == _plain(gold.title), str(meta["title"])),
        Check(name, "date", meta.get("date") == gold.date, str(meta.get("date"))),
        Check(name, "author", _names(meta.get("author")) == gold.authors, str(meta.get("author"))),
        Check(name, "headings", headings == tuple(map(_plain, gold.headings)), str(headings)),
    ]
    checks += [Check(name, "keep", _plain(s) in text, s) for s in gold.keep]
    checks += [Check(name, "drop", _plain(s) not in text, s) for s in gold.drop]
    return checks


def _names(value: object) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    return tuple(value) if isinstance(value, list) else ()


def _plain(text: str) -> str:
    """Text as a reader sees it: Markdown escapes gone, spaces collapsed."""
    return " ".join(re.sub(r"\\(.)", r"\1", text).split())


def report(label: str, result: Score, golds: list[Gold]) -> str:
    language = {g.page.name: g.language for g in golds}
    lines = [f"{label}: {result.share:.1%} of {len(result.checks)} checks"]
    for title, key in (("field", lambda c: c.field), ("language", lambda c: language[c.page])):
        parts = [f"{k} {p}/{t}" for k, (p, t) in result.by(key).items()]
        lines.append(f"  by {title}: " + ", ".join(parts))
    lines += [f"  FAIL {c.page} {c.field}: {c.detail[:90]}" for c in result.failures()]
    return "\n".join(lines)
