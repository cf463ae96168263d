"""Deciding, for each ingested article, whether to write it, and writing it safely."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from ..errors import BriefingError
from ..weave.tagging import Tagger
from .article import IngestedArticle
from .manifest import Entry, Manifest, sha256_of, today
from .saving import write_atomically
from .writing import article_text, read_front_matter

WRITTEN = "written"
UPDATED = "updated"
UNCHANGED = "unchanged"
FORCED = "overwritten (--force)"
EDITED = "left alone: edited since ingest (--force overwrites)"
FOREIGN = "left alone: not written by ingest (--force overwrites)"


@dataclass(frozen=True)
class Plan:
    article: IngestedArticle
    path: Path
    data: bytes
    ingested: dt.date
    status: str
    replaces: str | None = None  # the seed's previous slug, whose article goes


def plan_articles(
    articles: list[IngestedArticle],
    articles_dir: Path,
    manifest: Manifest,
    tagger: Tagger,
    force: bool,
) -> tuple[list[Plan], list[BriefingError]]:
    """Decide every write before any is made: the plans, and the clashes refused."""
    if articles_dir.exists() and not articles_dir.is_dir():
        raise BriefingError("is a file, not the folder of articles", articles_dir)
    plans, errors = [], []
    for article in articles:
        path = articles_dir / f"{article.slug}.md"
        if path.is_dir():
            errors.append(BriefingError("is a folder, not an article file", path))
            continue
        owner = manifest.entries.get(article.slug)
        if owner and owner.seed != article.seed.name and path.exists():
            errors.append(_clash(article, owner, path))
            continue
        ingested = _ingested(article, path, manifest)
        data = article_text(article, ingested, tagger).encode("utf-8")
        previous = manifest.slug_of_seed(article.seed.name)
        replaces = previous if previous not in (None, article.slug) else None
        status = _status(article.slug, path, data, manifest, force)
        plans.append(Plan(article, path, data, ingested, status, replaces))
    return plans, errors


def _clash(article: IngestedArticle, owner: Entry, path: Path) -> BriefingError:
    return BriefingError(
        f"slug {article.slug!r} is already the article of seed {owner.seed} ({path.name}); "
        "retitle or remove one of the two seeds",
        article.seed.path,
    )


def _ingested(article: IngestedArticle, path: Path, manifest: Manifest) -> dt.date:
    """Keep the date the seed was first ingested, so re-ingesting changes no byte."""
    slug = manifest.slug_of_seed(article.seed.name)
    if slug is not None:
        return dt.date.fromisoformat(manifest.entries[slug].ingested)
    matter = read_front_matter(path) if path.exists() else {}
    existing = matter.get("ingested", matter.get("accessed"))
    return existing if isinstance(existing, dt.date) else today()


def _status(slug: str, path: Path, data: bytes, manifest: Manifest, force: bool) -> str:
    if not path.exists():
        return WRITTEN
    current = path.read_bytes()
    if current == data:
        return UNCHANGED
    if manifest.is_ingest_output(slug, path):
        return UPDATED
    if force:
        return FORCED
    return EDITED if slug in manifest.entries else FOREIGN


def carry_out(plans: list[Plan], manifest: Manifest) -> list[str]:
    """Write the planned articles, then the manifest; return notes for the user."""
    notes = []
    for plan in plans:
        if plan.status in (WRITTEN, UPDATED, FORCED):
            write_atomically(plan.path, plan.data)
        if plan.status in (EDITED, FOREIGN):
            continue
        if plan.replaces:
            notes.append(_retire(plan, manifest))
        manifest.entries[plan.article.slug] = Entry(
            seed=plan.article.seed.name,
            seed_sha256=plan.article.seed.sha256,
            ingested=plan.ingested.isoformat(),
            sha256=sha256_of(plan.data),
        )
    manifest.save()
    return notes


def _retire(plan: Plan, manifest: Manifest) -> str:
    """The seed now gives another slug: remove its old article unless a person edited it."""
    old_slug = plan.replaces or ""
    old_path = plan.path.parent / f"{old_slug}.md"
    if old_path.exists() and not manifest.is_ingest_output(old_slug, old_path):
        return f"{plan.article.seed.name}: old article {old_path.name} left alone: edited"
    old_path.unlink(missing_ok=True)
    del manifest.entries[old_slug]
    return f"{plan.article.seed.name}: {old_path.name} renamed to {plan.path.name}"
