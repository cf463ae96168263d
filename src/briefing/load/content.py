"""Loads content/articles/*.md into Article records, collecting every problem."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Callable, Mapping
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import urlsplit

from ..errors import BriefingError, raise_all
from ..model import Article, Gazetteer
from ..urls import name_problem
from .frontmatter import split_document
from .language_tag import checked_language
from .yamlfile import LineDict, LineList, read_text

SLUG_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
TEXT_FIELDS = ("author_bio", "publisher", "source_url", "summary", "seed", "seed_sha256", "note")
DATE_FIELDS = ("accessed", "ingested")
KNOWN_FIELDS = {"title", "slug", "date", "language", "themes", "actors", "author"} | {
    *TEXT_FIELDS,
    *DATE_FIELDS,
}


def article_paths(articles_dir: Path) -> list[Path]:
    if articles_dir.exists() and not articles_dir.is_dir():
        raise BriefingError("is a file, not the folder of articles", articles_dir)
    if not articles_dir.is_dir():
        return []
    return sorted(p for p in articles_dir.glob("*.md") if not p.name.startswith("."))


# An article already read from this very file and text (path, sha256), or None.
Known = Callable[[Path, str], "Article | None"]


def load_articles(
    articles_dir: Path, gazetteer: Gazetteer, language: str, known: Known | None = None
) -> list[Article]:
    errors: list[BriefingError] = []
    articles: list[Article] = []
    for path in article_paths(articles_dir):
        try:
            text = read_text(path)
            article = known(path, text_digest(text)) if known else None
            articles.append(article or parse_article(text, path, gazetteer, language))
        except BriefingError as error:
            errors.append(error)
    _check_unique_slugs(articles, errors)
    raise_all(errors)
    return sorted(articles, key=article_order)


def article_order(article: Article) -> tuple[bool, int, str, str]:
    """Newest first; undated last; then by title."""
    return (
        article.date is None,
        -(article.date or dt.date.min).toordinal(),
        article.title,
        article.slug,
    )


def load_article(path: Path, gazetteer: Gazetteer, language: str) -> Article:
    return parse_article(read_text(path), path, gazetteer, language)


def text_digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def parse_article(text: str, path: Path, gazetteer: Gazetteer, language: str) -> Article:
    document = split_document(text, path)
    meta = document.meta
    for key in meta:
        if key not in KNOWN_FIELDS:
            raise BriefingError(f"unknown front-matter field {key!r}", path, meta.line_of(key))
    fields: dict[str, Any] = {key: _optional_text(meta, key, path) for key in TEXT_FIELDS}
    fields |= {key: _date(meta, key, path) for key in DATE_FIELDS}
    authors = _authors(meta, path)
    _check_seed(fields["seed"], meta, path)
    _check_source_url(fields["source_url"], meta, path)
    return Article(
        slug=_slug(meta, path),
        title=_required_text(meta, "title", path),
        date=_date(meta, "date", path),
        language=_language(meta, path) or language,
        themes=_ids(meta, "themes", path, gazetteer.themes_by_id, "theme"),
        actors=_ids(meta, "actors", path, gazetteer.actors_by_id, "actor"),
        body=document.body,
        path=path,
        body_line=document.body_line,
        author=read_out(authors),
        authors=authors,
        extra={"slug_line": meta.key_lines.get("slug")},
        digest=text_digest(text),
        **fields,
    )


def _authors(meta: LineDict, path: Path) -> tuple[str, ...]:
    """`author:` is one name, or a list of names when the byline names several."""
    value = meta.get("author")
    if isinstance(value, list):
        if not all(isinstance(name, str) and name.strip() for name in value):
            line = meta.line_of("author")
            raise BriefingError("'author' must be a name or a list of names", path, line)
        return tuple(name.strip() for name in value)
    name = _optional_text(meta, "author", path)
    return (name,) if name else ()


def read_out(names: tuple[str, ...]) -> str | None:
    """Names as a sentence says them: 'A', 'A and B', 'A, B and C'."""
    if len(names) <= 1:
        return names[0] if names else None
    return f"{', '.join(names[:-1])} and {names[-1]}"


def _required_text(meta: LineDict, key: str, path: Path) -> str:
    value = _optional_text(meta, key, path)
    if not value:
        raise BriefingError(f"'{key}' is missing", path, meta.line_of(key))
    return value


def _optional_text(meta: LineDict, key: str, path: Path) -> str | None:
    value = meta.get(key)
    if value is None:
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        raise BriefingError(f"'{key}' must be text", path, meta.line_of(key))
    return value.strip() or None


def _language(meta: LineDict, path: Path) -> str | None:
    tag = _optional_text(meta, "language", path)
    return tag and checked_language(tag, path, meta.line_of("language"))


def _slug(meta: LineDict, path: Path) -> str:
    slug = _optional_text(meta, "slug", path) or path.stem
    if not SLUG_PATTERN.match(slug):
        raise BriefingError(
            f"slug {slug!r} must be lowercase letters, digits and single hyphens",
            path,
            meta.line_of("slug"),
        )
    problem = name_problem("slug", slug)
    if problem:
        raise BriefingError(problem, path, meta.line_of("slug"))
    return slug


def _check_seed(seed: str | None, meta: LineDict, path: Path) -> None:
    """The seed is read and published as the source page: it must lie inside seeds/."""
    if seed is None:
        return
    if seed.startswith("/") or "\\" in seed or "\x00" in seed or ".." in PurePosixPath(seed).parts:
        raise BriefingError(
            f"seed {seed!r} must name a file inside seeds/", path, meta.line_of("seed")
        )


def _check_source_url(url: str | None, meta: LineDict, path: Path) -> None:
    """The source URL becomes a link: only a web address, never javascript: or data:."""
    if url is None:
        return
    try:
        parts = urlsplit(url)
        web = parts.scheme.lower() in ("http", "https") and bool(parts.hostname)
    except ValueError:  # a malformed address, such as an unclosed "[" around a host
        web = False
    if not web or any(c.isspace() or ord(c) < 32 for c in url):
        raise BriefingError(
            "'source_url' must be an http:// or https:// address, or null",
            path,
            meta.line_of("source_url"),
        )


def _date(meta: LineDict, key: str, path: Path) -> dt.date | None:
    value: Any = meta.get(key)
    if value is None or (isinstance(value, dt.date) and not isinstance(value, dt.datetime)):
        return value
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise BriefingError(
        f"'{key}' must be an ISO date like 2018-12-21, or null", path, meta.line_of(key)
    )


def _ids(
    meta: LineDict, key: str, path: Path, known: Mapping[str, object], what: str
) -> tuple[str, ...] | None:
    value = meta.get(key)
    if value is None:
        return None
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise BriefingError(f"'{key}' must be a list of {what} ids", path, meta.line_of(key))
    for index, item in enumerate(value):
        if item not in known:
            line = value.line_of_item(index) if isinstance(value, LineList) else meta.line_of(key)
            raise BriefingError(f"unknown {what} id {item!r}", path, line)
    return tuple(dict.fromkeys(value))


def _check_unique_slugs(articles: list[Article], errors: list[BriefingError]) -> None:
    seen: dict[str, Path] = {}
    for article in articles:
        other = seen.setdefault(article.slug, article.path)
        if other != article.path:
            line = article.extra.get("slug_line")
            errors.append(
                BriefingError(f"slug {article.slug!r} is also used by {other}", article.path, line)
            )
