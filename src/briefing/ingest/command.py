"""`briefing ingest`: every seed read, made into an article, and published safely."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from ..errors import BriefingError, raise_all
from ..load.gazetteer import load_gazetteer
from ..weave.tagging import Tagger
from .article import IngestedArticle, ingest_seed
from .manifest import Manifest
from .publish import Plan, carry_out, plan_articles
from .reading import SEED_SUFFIXES, find_seeds, read_seed

__all__ = ["run"]

SKIP_REASON = (
    f"not a seed (seeds are {', '.join(SEED_SUFFIXES[:-1])} or {SEED_SUFFIXES[-1]} files "
    "other than a README)"
)


def run(
    root: Path,
    sources: Sequence[Path],
    *,
    force: bool = False,
    explain: bool = False,
    echo: Callable[[str], None] = print,
) -> None:
    """Ingest seed files/folders (default root/'seeds' when sources is empty) into
    root/'content'/'articles'.

    explain=True: for each named seed, print every dropped line with its line number
    and the rule name that dropped it, and write nothing.
    A seed that cannot be read or made into an article is refused on its own: every
    other seed is still written, then BriefingError lists each refusal (one line each,
    naming the file, and line where there is one).
    """
    found = find_seeds(root / "seeds", list(sources))
    for path in found.skipped:
        echo(f"skipped {_shown(path, root)}: {SKIP_REASON}")
    articles, refused = _ingest_all(found.files)
    if explain:
        for article in articles:
            _explain(article, root, echo)
        raise_all(refused)
        return
    articles_dir = root / "content" / "articles"
    tagger = Tagger(load_gazetteer(root / "content"))
    manifest = Manifest.load(articles_dir)
    plans, clashes = plan_articles(articles, articles_dir, manifest, tagger, force)
    notes = carry_out(plans, manifest)
    for plan in plans:
        echo(_summary_line(plan.article, plan.status))
    for note in notes:
        echo(note)
    refused += clashes
    echo(_totals(plans, len(refused)))
    raise_all(refused)


def _ingest_all(
    files: tuple[tuple[Path, str], ...],
) -> tuple[list[IngestedArticle], list[BriefingError]]:
    """Read every seed and check slugs are unique; the articles made, and the refusals."""
    articles: list[IngestedArticle] = []
    errors: list[BriefingError] = []
    by_slug: dict[str, IngestedArticle] = {}
    for path, name in files:
        try:
            article = ingest_seed(read_seed(path, name))
        except BriefingError as error:
            errors.append(error)
            continue
        other = by_slug.setdefault(article.slug, article)
        if other is not article:
            errors.append(
                BriefingError(
                    f"seeds {other.seed.name} and {name} both give the slug {article.slug!r}",
                    path,
                )
            )
            continue
        articles.append(article)
    return articles, errors


def _summary_line(article: IngestedArticle, status: str) -> str:
    dropped = len(article.dropped)
    return (
        f"{article.seed.name} -> {article.slug}.md: {article.title!r}, "
        f"date {article.date or 'none'}, author {_names(article.author)}, "
        f"{article.paragraph_count} paragraphs kept, {dropped} lines dropped: {status}"
    )


def _names(author: str | list[str] | None) -> str:
    if isinstance(author, list):
        return " and ".join(author)
    return author or "none"


def _totals(plans: list[Plan], refused: int = 0) -> str:
    counts: dict[str, int] = {}
    for plan in plans:
        word = plan.status.split(":")[0].split(" (")[0]
        counts[word] = counts.get(word, 0) + 1
    if refused:
        counts["refused"] = refused
    parts = ", ".join(f"{count} {word}" for word, count in sorted(counts.items()))
    return f"ingest: {len(plans) + refused} seeds: {parts}"


def _explain(article: IngestedArticle, root: Path, echo: Callable[[str], None]) -> None:
    shown = _shown(article.seed.path, root)
    for dropped in article.dropped:
        echo(f"{shown}:{dropped.line}: {dropped.rule}: {dropped.text}")
    echo(_summary_line(article, "explained, nothing written"))


def _shown(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return str(path)
