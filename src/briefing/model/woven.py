"""The woven briefing: each article with what the cross-indexes need, and the indexes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from .articles import Article, Block, Gazetteer, Passage, SeedText
from .pickling import pickled_as_call
from .views import Event, Quote


@pickled_as_call
@dataclass(frozen=True, slots=True)
class WovenText:
    """An article's text, as only the pages that show it need it (see TextSource)."""

    blocks: tuple[Block, ...]
    passages: tuple[Passage, ...]  # every sentence, in order
    seed: SeedText | None


class TextSource(Protocol):
    """Where a woven article's text is kept when it is not held in memory."""

    def load(self) -> WovenText: ...


@pickled_as_call
@dataclass(frozen=True, slots=True)
class WovenArticle:
    """An article with all that the cross-indexes and lists need; its text apart.

    A briefing of thousands of articles holds these in memory, so the text,
    which only the article's own pages and a few quoting pages show, may be
    kept in the build cache and read when asked for (``blocks``, ``passages``).
    """

    article: Article  # as loaded, less its body, which lives on as the text's blocks
    actors: tuple[str, ...]  # most mentioned first
    themes: tuple[str, ...]  # most treated first
    actor_counts: dict[str, int]
    theme_counts: dict[str, int]  # passages per theme
    paragraph_actors: dict[str, tuple[str, ...]]  # anchor -> actors in that paragraph
    source_lines: dict[str, int]  # anchor -> line of the seed it came from
    seed_digest: str | None  # sha256 of its seed as read; None without one
    unsourced: tuple[tuple[int, str], ...]  # (number, anchor) of paragraphs not in the seed
    words: int
    names_matched: frozenset[str]  # gazetteer names found, case-folded, for alias checks
    uncovered_names: tuple[str, ...]  # capitalised names no actor covers, for QA
    events: tuple[Event, ...]  # dated events its sentences state
    quotes: tuple[Quote, ...]  # the words it quotes, with who speaks them
    # Counts over its passages, so that pages listing it need not read its text:
    actor_themes: dict[str, dict[str, int]]  # actor -> themes of the passages naming it
    theme_actors: dict[str, dict[str, int]]  # theme -> actors in the passages treating it
    theme_pairs: dict[str, dict[str, int]]  # theme -> other themes its passages treat
    text: WovenText | TextSource = field(compare=False, repr=False)
    key: str = ""  # content hash of everything it was woven from (see cache.py)
    theme_scores: dict[str, float] = field(default_factory=dict)  # theme -> evidence (0-1)

    @property
    def slug(self) -> str:
        return self.article.slug

    def loaded_text(self) -> WovenText:
        text = self.text
        return text if isinstance(text, WovenText) else text.load()

    @property
    def blocks(self) -> tuple[Block, ...]:
        return self.loaded_text().blocks

    @property
    def passages(self) -> tuple[Passage, ...]:
        return self.loaded_text().passages

    @property
    def seed(self) -> SeedText | None:
        return self.loaded_text().seed if self.seed_digest is not None else None

    def passages_on_actor(self, actor_id: str) -> tuple[Passage, ...]:
        return tuple(p for p in self.passages if actor_id in p.actors)

    def passages_on_theme(self, theme_id: str) -> tuple[Passage, ...]:
        return tuple(p for p in self.passages if theme_id in p.themes)


@pickled_as_call
@dataclass(frozen=True, slots=True)
class Related:
    slug: str
    score: float  # shared themes and actors, each weighted by how rare it is
    shared_themes: tuple[str, ...]
    shared_actors: tuple[str, ...]


@dataclass(frozen=True)
class Briefing:
    """The whole briefing, woven: what every page is rendered from."""

    gazetteer: Gazetteer
    articles: Sequence[WovenArticle]  # a tuple, or articles read when asked for (snapshot.py)
    by_slug: Mapping[str, WovenArticle]
    actor_articles: Mapping[str, tuple[tuple[str, int], ...]]  # actor -> (slug, mentions)
    theme_articles: Mapping[str, tuple[tuple[str, int], ...]]  # theme -> (slug, passages)
    co_mentions: Mapping[str, tuple[tuple[str, int], ...]]  # actor -> (actor, paragraphs)
    related: Mapping[str, tuple[Related, ...]]  # a dict, or made when asked for (snapshot.py)
    bylines: Mapping[str, tuple[str, ...]]  # actor -> slugs of the articles it wrote or published
    mention_totals: Mapping[str, int]  # actor -> mentions across the briefing
    dates: Mapping[str, dt.date]  # slug -> date, for the articles that are dated
    seed_digests: Mapping[str, str]  # slug -> sha256 of its seed, for the articles that have one
