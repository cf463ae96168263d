"""Article files: front matter plus Markdown body, written whole or not at all."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import yaml

from ..weave.tagging import Tagger
from .article import IngestedArticle
from .body import render_body

YAML_WIDTH = 10_000  # one value per line, never folded, so diffs stay readable


def front_matter(article: IngestedArticle, ingested: dt.date, tagger: Tagger) -> dict[str, object]:
    """The front matter of SPEC.md, in its order; a note and an access date only when
    the page states them. `ingested` is when ingest first read the seed: never cited."""
    text = article.plain_text
    tagger = tagger.in_language(article.language)
    optional = {"note": article.note, "accessed": article.accessed}
    return {
        "title": article.title,
        "slug": article.slug,
        "date": article.date,
        "author": article.author,
        "author_bio": article.author_bio,
        "publisher": article.publisher,
        "source_url": article.source_url,
        **{key: value for key, value in optional.items() if value},
        "language": article.language,
        "summary": article.summary,
        "seed": article.seed.name,
        "seed_sha256": article.seed.sha256,
        "themes": [e.theme for e in tagger.treated_themes(list(article.paragraphs))],
        "actors": tagger.actor_ids(text),
        "ingested": ingested,
    }


def article_text(article: IngestedArticle, ingested: dt.date, tagger: Tagger) -> str:
    matter = yaml.safe_dump(
        front_matter(article, ingested, tagger),
        sort_keys=False,
        allow_unicode=True,
        width=YAML_WIDTH,
        default_flow_style=None,
    )
    return f"---\n{matter}---\n\n{render_body(list(article.blocks))}"


def read_front_matter(path: Path) -> dict[str, object]:
    """The front matter of an existing article, or {} when it has none readable."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return {}
    if not text.startswith("---\n"):
        return {}
    end = text.find("\n---\n", 4)
    try:
        data = yaml.safe_load(text[4:end]) if end > 0 else None
    except yaml.YAMLError:
        return {}
    return data if isinstance(data, dict) else {}

