"""One seed in, one ingested article out: metadata, body blocks and the lines dropped."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..errors import BriefingError
from ..urls import is_reserved
from .body import Block, build_blocks
from .language import detect_language
from .metadata import find_author_block, find_title
from .reading import Seed
from .shapes import first_sentence
from .slugs import slug_for
from .sorting import apply_rules


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
    author: str | None
    author_bio: str | None
    publisher: str | None
    source_url: str | None
    language: str
    summary: str | None
    blocks: tuple[Block, ...]
    dropped: tuple[Dropped, ...]

    @property
    def paragraph_count(self) -> int:
        return sum(1 for block in self.blocks if block.kind == "paragraph")

    @property
    def plain_text(self) -> str:
        """Title and body as plain text, for the gazetteer matcher."""
        return "\n\n".join([self.title, *(block.text for block in self.blocks)])


def ingest_seed(seed: Seed) -> IngestedArticle:
    sorting = apply_rules(seed.lines)
    title = find_title(seed, sorting)
    find_author_block(sorting)
    blocks = tuple(build_blocks(sorting))
    paragraphs = [block.text for block in blocks if block.kind == "paragraph"]
    if not paragraphs:
        raise BriefingError(
            "no article text found: every line was taken as page furniture", seed.path
        )
    slug = slug_for(title)
    if not slug:
        raise BriefingError(f"title {title!r} gives an empty slug", seed.path)
    if is_reserved(slug):
        raise BriefingError(
            f"title {title!r} gives the slug {slug!r}, a reserved file name on Windows: "
            "retitle the seed",
            seed.path,
        )
    return IngestedArticle(
        seed=seed,
        title=title,
        slug=slug,
        date=_value(sorting.value("date"), dt.date),
        author=_value(sorting.value("author"), str),
        author_bio=_value(sorting.value("author_bio"), str),
        publisher=_value(sorting.value("publisher"), str),
        source_url=_value(sorting.value("source_url"), str),
        language=detect_language("\n".join(paragraphs)),
        summary=first_sentence(paragraphs[0]),
        blocks=blocks,
        dropped=tuple(
            Dropped(seed.lines[i].number, seed.lines[i].text, rule)
            for i, rule in sorted(sorting.dropped.items())
        ),
    )


def _value(value: object, kind: type) -> object:
    return value if isinstance(value, kind) else None
