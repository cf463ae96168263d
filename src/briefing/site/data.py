"""The /data/*.json exports: every article, actor, theme and mention, for reuse."""

from __future__ import annotations

import json
import mmap
import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .. import urls
from ..model import Briefing, Research, Splice
from ..store import reads
from ..store.outputs import Export
from ..views.citation import bibliography, ris

ARTICLES = "data/articles.json"
ACTORS = "data/actors.json"


@dataclass(frozen=True)
class Edited:
    """What may differ in the exports the last build left in ``site``, when every other
    article is as it was: the records of these articles (``slugs``), and those that read
    one of these changed keys (reads.py; None: any record)."""

    site: Path
    slugs: set[str]
    keys: set[str] | None


def data_files(
    briefing: Briefing, research: Research, edited: Edited | None = None
) -> dict[str, Callable[[], Export]]:
    """Each export's path, with what makes it: made only when a build needs it anew.
    ``edited``: see Edited; the exports listing articles and actors are then made from
    the last ones, with the records that may differ made anew."""
    gazetteer = briefing.gazetteer
    return {
        "data/briefing.bib": lambda: bibliography(research.citations),
        "data/briefing.json": lambda: json_lines(c.csl for c in research.citations.values()),
        "data/briefing.ris": lambda: ris(research.citations),
        ARTICLES: lambda: articles_export(briefing, edited),
        ACTORS: lambda: actors_export(briefing, edited),
        "data/themes.json": lambda: json_lines(_theme(briefing, t.id) for t in gazetteer.themes),
    }


def articles_export(briefing: Briefing, edited: Edited | None) -> Export:
    """The articles export, made from the last one when only some articles changed; it
    reads every article all the same, for the next build to know."""
    if edited is None:
        return _article_lines(briefing)
    reads.note(reads.ARTICLES)  # it lists every article there is
    with reads.recording() as seen:
        lines = {slug: _line(_article(briefing, slug)) for slug in edited.slugs}
    if edited.slugs:  # each record reads of its article what the edited ones' read
        reads.note_alike(seen, next(iter(edited.slugs)))
    made = spliced(edited.site / ARTICLES, "slug", lines)
    return _article_lines(briefing) if made is None else made


def actors_export(briefing: Briefing, edited: Edited | None) -> Export:
    """The actors export, made from the last one when some records read no changed key.
    Every record is made all the same (what it reads, the next build knows), but only
    the others are written again: writing them all took four times as long."""
    actors = briefing.gazetteer.actors
    if edited is None or edited.keys is None:
        return json_lines(_actor(briefing, actor.id) for actor in actors)
    records, lines = [], {}
    for actor in actors:
        with reads.recording() as seen:
            record = _actor(briefing, actor.id)
        records.append(record)
        if not seen.isdisjoint(edited.keys):
            lines[actor.id] = _line(record)
    made = spliced(edited.site / ACTORS, "id", lines)
    return json_lines(records) if made is None else made


def _article_lines(briefing: Briefing) -> Iterator[str]:
    return json_lines(_article(briefing, w.slug) for w in briefing.articles)


def spliced(export: Path, field: str, lines: Mapping[str, str]) -> Splice | None:
    """The export (one record a line, each named by a string ``field``), with the lines
    of the records named as ``lines`` says put in place of theirs; None when it cannot
    be read or lacks one of them. A splice of its bytes, rather than split into lines and
    joined again: at 10,000 articles, decoding and encoding the articles export took a
    tenth of a second, splitting and joining it half that, and writing its 26 MB from
    this process four to ten times as long as the writer's copy of its ranges."""
    try:
        with export.open("rb") as file, mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ) as old:
            stat = os.fstat(file.fileno())
            pieces = _with_lines(old, field, lines)
    except (OSError, ValueError):  # gone, unreadable or empty
        return None
    return None if pieces is None else Splice(export, (stat.st_size, stat.st_mtime_ns), pieces)


def _with_lines(
    old: mmap.mmap, field: str, lines: Mapping[str, str]
) -> tuple[tuple[int, int] | bytes, ...] | None:
    spans = []
    for name, line in lines.items():
        span = _record_line(old, field, name)
        if span is None:
            return None
        spans.append((*span, line))
    pieces: list[tuple[int, int] | bytes] = []
    done = 0
    for start, end, line in sorted(spans):
        comma = "," if old[end - 1 : end] == b"," else ""
        pieces += [(done, start), (line + comma).encode("utf-8")]
        done = end
    pieces.append((done, len(old)))
    return tuple(pieces)


def _record_line(export: mmap.mmap, field: str, name: str) -> tuple[int, int] | None:
    """Where the line of the record named ``name`` starts and ends in an export. Its
    field, as the record has it, is found nowhere else: a quotation mark inside a
    string is escaped, and no other string is a field's of that name."""
    found = export.find(_line({field: name})[1:-1].encode("utf-8"))
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
        "keywords_by_language": {language: list(words) for language, words in theme.translations},
        "articles": dict(briefing.theme_articles.get(theme_id, ())),
    }
