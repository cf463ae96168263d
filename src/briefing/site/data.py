"""The /data/*.json exports: every article, actor, theme and mention, for reuse."""

from __future__ import annotations

import json
import mmap
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from .. import urls
from ..model import Briefing, Research
from ..store import reads
from ..store.outputs import Export
from ..views.citation import bibliography, ris

ARTICLES = "data/articles.json"


def data_files(
    briefing: Briefing, research: Research, edited: tuple[Path, set[str]] | None = None
) -> dict[str, Callable[[], Export]]:
    """Each export's path, with what makes it: made only when a build needs it anew.

    ``edited``: the last articles export and the slugs of the only articles that may
    have changed since it was made, when every other article is as it was.
    """
    gazetteer = briefing.gazetteer
    return {
        "data/briefing.bib": lambda: bibliography(research.citations),
        "data/briefing.json": lambda: json_lines(c.csl for c in research.citations.values()),
        "data/briefing.ris": lambda: ris(research.citations),
        ARTICLES: lambda: articles_export(briefing, edited),
        "data/actors.json": lambda: json_lines(_actor(briefing, a.id) for a in gazetteer.actors),
        "data/themes.json": lambda: json_lines(_theme(briefing, t.id) for t in gazetteer.themes),
    }


def articles_export(briefing: Briefing, edited: tuple[Path, set[str]] | None) -> Export:
    """The articles export, made from the last one when only some articles changed; it
    reads every article all the same, for the next build to know."""
    if edited is None:
        return _article_lines(briefing)
    last, slugs = edited
    reads.note(reads.ARTICLES)  # it lists every article there is
    try:
        with (
            last.open("rb") as file,
            mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ) as old,
            reads.recording() as seen,
        ):
            made = articles_with(old, briefing, slugs)
    except (OSError, ValueError):  # gone, unreadable or empty
        return _article_lines(briefing)
    if slugs:  # each record reads of its article what the edited ones' read
        reads.note_alike(seen, next(iter(slugs)))
    return made


def articles_json(briefing: Briefing) -> str:
    return "".join(_article_lines(briefing))


def _article_lines(briefing: Briefing) -> Iterator[str]:
    return json_lines(_article(briefing, w.slug) for w in briefing.articles)


def articles_with(old: bytes | mmap.mmap, briefing: Briefing, slugs: Iterable[str]) -> bytes:
    """The articles export, made from the last one (``old``) with these articles' records
    anew; the last one holds a line for each article there is now.

    The other records and the other exports say only what other pages show of
    an article, which an edit to its text alone leaves as it was. Bytes, not
    text, and spliced rather than split into lines: at 10,000 articles,
    decoding and encoding the export took a tenth of a second, splitting it
    and joining it again half that.
    """
    spans = []
    for slug in slugs:
        span = _record_line(old, slug)
        if span is None:
            return articles_json(briefing).encode("utf-8")
        spans.append((*span, slug))
    view, done = memoryview(old), 0
    pieces: list[memoryview | bytes] = []
    try:
        for start, end, slug in sorted(spans):
            comma = "," if old[end - 1 : end] == b"," else ""
            line = _line(_article(briefing, slug)) + comma
            pieces += [view[done:start], line.encode("utf-8")]
            done = end
        pieces.append(view[done:])
        return b"".join(pieces)
    finally:
        pieces.clear()  # the views of an mmap go before it is closed
        view.release()


def _record_line(export: bytes | mmap.mmap, slug: str) -> tuple[int, int] | None:
    """Where the line of the article's record starts and ends in an export. Its slug,
    as the record has it, is found nowhere else: a quotation mark inside a string is
    escaped, and no other field is a string named "slug"."""
    found = export.find(_line({"slug": slug})[1:-1].encode("utf-8"))
    if found < 0:
        return None
    start = export.rfind(b"\n", 0, found) + 1
    return start, export.find(b"\n", found)


def json_lines(records: Iterable[dict[str, Any]]) -> Iterator[str]:
    """A JSON list with one record per line: easy to read and diff, and encoded by C.

    (An indented dump goes through json's pure-Python encoder, ten times slower.)
    It comes line by line, each record made as it is written: the records of
    10,000 articles, held all at once, took ten times the memory of their export.
    """
    before = "[\n"
    for record in records:
        yield before + _line(record)
        before = ",\n"
    yield "[]\n" if before == "[\n" else "\n]\n"


def _line(record: dict[str, Any]) -> str:
    text = json.dumps(record, ensure_ascii=False, sort_keys=True)
    # Safe to embed in a page's <script>: no "</script" or "<!--" can appear.
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _article(briefing: Briefing, slug: str) -> dict[str, Any]:
    woven = briefing.by_slug[slug]
    article = woven.article
    mentions = [
        {"paragraph": anchor, "actor": actor_id}
        for anchor, actors in woven.paragraph_actors.items()
        for actor_id in actors
    ]
    return {
        "slug": slug,
        "url": urls.article(slug),
        "title": article.title,
        "date": article.date.isoformat() if article.date else None,
        "author": article.author,
        "authors": list(article.authors),
        "publisher": article.publisher,
        "source_url": article.source_url,
        "summary": article.summary,
        "themes": list(woven.themes),
        "theme_scores": {t: woven.theme_scores.get(t, 0.0) for t in woven.themes},
        "actors": {a: woven.actor_counts[a] for a in woven.actors},
        "mentions": mentions,
        "words": woven.words,
    }


def _actor(briefing: Briefing, actor_id: str) -> dict[str, Any]:
    actor = briefing.gazetteer.actors_by_id[actor_id]
    return {
        "id": actor.id,
        "url": urls.actor(actor.id),
        "name": actor.name,
        "kind": actor.kind,
        "aliases": list(actor.aliases),
        "names_by_language": {language: list(names) for language, names in actor.translations},
        "wikidata": actor.wikidata or None,
        "description": actor.description,
        "articles": dict(briefing.actor_articles.get(actor_id, ())),
        "co_mentions": dict(briefing.co_mentions.get(actor_id, ())),
    }


def _theme(briefing: Briefing, theme_id: str) -> dict[str, Any]:
    theme = briefing.gazetteer.themes_by_id[theme_id]
    return {
        "id": theme.id,
        "url": urls.theme(theme.id),
        "title": theme.title,
        "description": theme.description,
        "keywords": list(theme.keywords),
        "articles": dict(briefing.theme_articles.get(theme_id, ())),
    }
