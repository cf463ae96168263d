"""What a briefing is read from: the gazetteer, the articles and their seeds."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from .pickling import pickled_as_call

ACTOR_KINDS = ("country", "organisation", "person", "initiative", "place")


def primary_language(language: str | None) -> str:
    """The language of a tag, without its script or region: "pt" of "pt-BR", by which
    the gazetteer's names, the stemmers and the date words are kept."""
    return (language or "").partition("-")[0]


Translations = tuple[tuple[str, tuple[str, ...]], ...]  # (("ru", ("Россия", …)), …)


def in_language(
    shared: tuple[str, ...], translations: Translations, language: str | None
) -> tuple[str, ...]:
    """The words every text uses, then those of this language only."""
    return (*shared, *dict(translations).get(primary_language(language), ()))


@dataclass(frozen=True)
class Actor:
    id: str
    name: str
    kind: str
    aliases: tuple[str, ...]  # English, and every text whatever its language
    description: str
    line: int = 0
    # Names in one language only: (("ru", ("Россия", …)), ("de", ("Russland",))).
    translations: Translations = ()
    wikidata: str = ""

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)

    def names_in(self, language: str | None) -> tuple[str, ...]:
        """The names a text in this language may call the actor by."""
        return in_language(self.names, self.translations, language)

    @property
    def all_names(self) -> tuple[str, ...]:
        return (*self.names, *(name for _, names in self.translations for name in names))


@dataclass(frozen=True)
class Theme:
    id: str
    title: str
    description: str
    keywords: tuple[str, ...]  # English, and every text whatever its language
    line: int = 0
    # Keywords in one language only: (("ru", ("военное сотрудничество", …)), …).
    translations: Translations = ()

    def keywords_in(self, language: str | None) -> tuple[str, ...]:
        """The keywords a text in this language may carry the theme by."""
        return in_language(self.keywords, self.translations, language)


@dataclass(frozen=True)
class Gazetteer:
    actors: tuple[Actor, ...]
    themes: tuple[Theme, ...]

    actors_by_id: dict[str, Actor] = field(init=False, repr=False, compare=False)
    themes_by_id: dict[str, Theme] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "actors_by_id", {a.id: a for a in self.actors})
        object.__setattr__(self, "themes_by_id", {t.id: t for t in self.themes})


class Mention(NamedTuple):
    """One match of a gazetteer entry in a text: which entry, and where.

    A named tuple: a build makes millions, and a tuple is made in half the time."""

    id: str
    start: int
    end: int
    text: str


@pickled_as_call
@dataclass(frozen=True, slots=True)
class Passage:
    """A sentence of an article, with the actors it mentions and the themes it treats."""

    slug: str
    anchor: str
    text: str
    actors: tuple[str, ...]
    themes: tuple[str, ...]
    # How many of each theme's keywords it holds, in the order of themes: how
    # strongly it treats each, as theme evidence weighs a paragraph.
    theme_keywords: tuple[int, ...] = ()
    language: str = ""  # its article's ("": not known)

    def keywords_on(self, theme_id: str) -> int:
        """Distinct keywords of the theme in the passage (1 where they were not counted)."""
        if theme_id not in self.themes:
            return 0
        return self.theme_keywords[self.themes.index(theme_id)] if self.theme_keywords else 1


@pickled_as_call
@dataclass(frozen=True, slots=True)
class Block:
    """A heading or paragraph of an article body, with its place in the file."""

    kind: str  # "paragraph" or "heading"
    text: str  # plain text, as read
    html: str  # inline HTML of the block's content
    line: int  # line in the article file where the block starts
    number: int  # paragraph number (p-1 …) or heading number
    anchor: str
    level: int = 0


@pickled_as_call
@dataclass(frozen=True, slots=True)
class Article:
    slug: str
    title: str
    date: dt.date | None
    author: str | None
    publisher: str | None
    source_url: str | None
    language: str
    summary: str | None
    seed: str | None
    seed_sha256: str | None
    themes: tuple[str, ...] | None  # None: decided by the matcher
    actors: tuple[str, ...] | None
    body: str
    path: Path
    body_line: int  # line of the file where the body starts
    author_bio: str | None = None
    accessed: dt.date | None = None  # only when the source states it
    digest: str = ""  # sha256 of the file as read, for the build cache
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
    authors: tuple[str, ...] = ()  # each person the byline names; `author` reads them out
    note: str | None = None  # "Originally published in …"
    ingested: dt.date | None = None  # when ingest first read the seed: never cited


@dataclass(frozen=True)
class SeedText:
    """The raw seed behind an article, as its lines (see sources.py)."""

    name: str
    lines: tuple[str, ...]
    sha256: str
