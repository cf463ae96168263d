"""One seed in, one ingested article out: metadata, body blocks and the lines dropped."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TypeVar

from ..errors import BriefingError
from ..urls import is_reserved
from .body import Block, build_blocks
from .captions import drop_captions
from .copyright import copyright_holder
from .language import detect_language
from .metadata import (
    blog_owner,
    drop_masthead_labels,
    find_author_block,
    find_dateline,
    find_name_byline,
    find_wire_reporters,
)
from .reading import Seed
from .shapes import first_sentence, words
from .slugs import slug_for
from .sorting import Sorting, apply_rules
from .tail import drop_after_article, drop_comments, drop_page_tail
from .title import drop_repeated_title, find_title

T = TypeVar("T")


@dataclass(frozen=True)
class Dropped:
    line: int  # line number in the seed
    text: str
    rule: str


@dataclass(frozen=True)
class IngestedArticle:
    seed: Seed
    title: str
    slug: str
    date: dt.date | None
    author: str | list[str] | None  # a list when the byline names several people
    author_bio: str | None
    publisher: str | None
    source_url: str | None
    language: str | None
    summary: str | None
    blocks: tuple[Block, ...]
    dropped: tuple[Dropped, ...]
    note: str | None = None  # "Originally published in …"
    accessed: dt.date | None = None  # only when the copy states it

    @property
    def paragraph_count(self) -> int:
        return sum(1 for block in self.blocks if block.kind == "paragraph")

    @property
    def paragraphs(self) -> tuple[str, ...]:
        return tuple(block.text for block in self.blocks if block.kind == "paragraph")

    @property
    def plain_text(self) -> str:
        """Title and body as plain text, for the gazetteer matcher."""
        return "\n\n".join([self.title, *(block.text for block in self.blocks)])


def _site_holding(sorting: Sorting, author: str | list[str] | None) -> str | None:
    """The copyright line's holder, unless it is the author: a newsletter's writer holds
    its copyright, and publishes under another name."""
    holder = copyright_holder(sorting)
    authors = [author] if isinstance(author, str) else author or []
    return None if holder in authors else holder


def ingest_seed(seed: Seed) -> IngestedArticle:
    language = detect_language(seed_prose(seed))
    sorting = apply_rules(seed.lines, language or "en")
    stated = seed.stated
    title = find_title(seed, sorting, _value(stated.get("title"), str))
    title_index = sorting.first_dropped_by({"title"})
    after = -1 if title_index is None else title_index  # the masthead's lines come after it
    drop_repeated_title(sorting, title)
    find_name_byline(sorting, after)
    find_dateline(sorting, after)
    find_wire_reporters(sorting, after)
    drop_masthead_labels(sorting, after)
    drop_captions(sorting)
    drop_comments(sorting)
    find_author_block(sorting)
    drop_after_article(sorting)
    drop_page_tail(sorting)
    blocks = tuple(build_blocks(sorting, title))
    paragraphs = [block.text for block in blocks if block.kind == "paragraph"]
    if not paragraphs:
        raise BriefingError(
            "no article text found: every line was taken as page furniture "
            "(`briefing ingest --explain` shows which rule took each)",
            seed.path,
        )
    slug = _slug(title, seed)
    publisher = _stated_or_found("publisher", stated, sorting, str)
    author = _byline(_author(stated.get("author")), _author(sorting.value("author")))
    author = author or blog_owner(publisher)
    publisher = publisher or _site_holding(sorting, author)
    return IngestedArticle(
        seed=seed,
        title=title,
        slug=slug,
        date=_stated_or_found("date", stated, sorting, dt.date)
        or _value(stated.get("markup_date"), dt.date),
        author=author,
        author_bio=_value(sorting.value("author_bio"), str),
        publisher=publisher,
        source_url=_stated_or_found("source_url", stated, sorting, str),
        language=language,
        summary=first_sentence(paragraphs[0]),
        blocks=blocks,
        dropped=tuple(
            Dropped(seed.lines[i].number, seed.lines[i].text, rule)
            for i, rule in sorted(sorting.dropped.items())
        ),
        note=_value(sorting.value("note"), str),
        accessed=_value(sorting.value("accessed"), dt.date),
    )


def seed_prose(seed: Seed) -> str:
    """The seed's longer lines: running text, which tells its language better than menus."""
    long_lines = [line.text for line in seed.lines if len(words(line.text)) >= 8]
    return "\n".join(long_lines or [line.text for line in seed.lines])


def _slug(title: str, seed: Seed) -> str:
    slug = slug_for(title)
    if not slug:
        raise BriefingError(
            f"title {title!r} gives an empty slug: put a headline in Latin or Cyrillic letters "
            "at the top, e.g. '# The headline'",
            seed.path,
        )
    if is_reserved(slug):
        raise BriefingError(
            f"title {title!r} gives the slug {slug!r}, a reserved file name on Windows: "
            "retitle the seed",
            seed.path,
        )
    return slug


def _stated_or_found(
    name: str, stated: dict[str, object], sorting: Sorting, kind: type[T]
) -> T | None:
    """What a saved page's markup states wins over what its lines suggest."""
    return _value(stated.get(name), kind) or _value(sorting.value(name), kind)


def _byline(
    stated: str | list[str] | None, printed: str | list[str] | None
) -> str | list[str] | None:
    """The metadata's authors, in the order and form the byline prints them when both
    name the same people ("Li, Wen" in a tag is "Li Wen" in the byline)."""
    if stated and printed and _name_words(stated) == _name_words(printed):
        return printed
    return stated or printed


def _name_words(names: str | list[str]) -> list[frozenset[str]]:
    listed = [names] if isinstance(names, str) else names
    return sorted((frozenset(n.casefold().split()) for n in listed), key=sorted)


def _author(value: object) -> str | list[str] | None:
    if isinstance(value, str) and value:
        return value
    if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        return list(value) if len(value) > 1 else value[0]
    return None


def _value(value: object, kind: type[T]) -> T | None:
    return value if isinstance(value, kind) else None
