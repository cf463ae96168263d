"""What each page reads of the woven briefing, recorded as it is rendered.

A page is rendered from the briefing handed out through the views made here:
every article it touches, every index slot it looks up, every research table
it walks leaves a key in the recording of the page being made. The next build
compares the briefing it wove with the last one key by key (changes.py) and
renders again exactly the pages that read a key whose value changed, so that a
warm build equals a cold one by construction: no page declares what it reads.

Keys:
    ``a:<field>:<slug>``   a field of a woven article (its card, counts, events…)
    ``t:<slug>``           a woven article's text (blocks, passages, seed)
    ``articles``           which articles there are, and in what order
    ``b:<index>:<key>``    a slot of one of the briefing's cross-article indexes
    ``b:<index>:#``        which keys the index has, in order: it walked or counted
    ``b:<index>:*``        the whole index, its values walked
    ``r:<view>``           a research view that is one list (events, quotes…)
    ``r:<view>:<key>``     a slot of a research view that is a table, ``#`` and ``*`` as above
"""

from __future__ import annotations

import sys
from collections.abc import (
    Callable,
    ItemsView,
    Iterable,
    Iterator,
    KeysView,
    Mapping,
    Sequence,
    ValuesView,
)
from contextlib import contextmanager
from dataclasses import fields, replace
from typing import Any, TypeVar, cast, overload

from ..model import Briefing, Research, WovenArticle

T = TypeVar("T")
V = TypeVar("V")

ARTICLES = "articles"
TEXT_NAMES = frozenset(
    {
        "text",
        "key",
        "blocks",
        "passages",
        "seed",
        "loaded_text",
        "passages_on_actor",
        "passages_on_theme",
    }
)
BRIEFING_INDEXES = tuple(
    f.name for f in fields(Briefing) if f.name not in ("gazetteer", "articles", "by_slug")
)
RESEARCH_TABLES = tuple(f.name for f in fields(Research) if f.type.startswith("dict"))
RESEARCH_LISTS = tuple(f.name for f in fields(Research) if f.name not in RESEARCH_TABLES)

_recordings: list[set[str]] = []


@contextmanager
def recording() -> Iterator[set[str]]:
    """Collect the keys read inside the block; an outer recording gets them too."""
    seen: set[str] = set()
    _recordings.append(seen)
    try:
        yield seen
    finally:
        _recordings.pop()
        if _recordings:
            _recordings[-1].update(seen)


def note(key: str) -> None:
    if _recordings:
        # Interned: the keys of a process's outputs are sent back in one pickle, which
        # then holds each key once however many outputs read it.
        _recordings[-1].add(sys.intern(key))


def note_alike(seen: Iterable[str], slug: str) -> None:
    """Note, as read of every article, the reads that ``seen`` holds of the article
    ``slug``: for an output that reads every article alike but made its part of only
    some of them anew. One key a field (any_article_key), not one an article: the
    articles export of 10,000 articles read 70,000."""
    ending = f":{slug}"
    for key in seen:
        if key.endswith(ending) and key.startswith(("a:", "t:")):
            note(any_article_key(key))


def any_article_key(key: str) -> str:
    """The key of a field of any article, for the key of that field of one article: an
    output reading it is stale when that field of any article changed (changes.py)."""
    return f"{key.rsplit(':', 1)[0]}:{EVERY_SLOT}"


def article_key(field: str, slug: str) -> str:
    return f"t:{slug}" if field in TEXT_NAMES else f"a:{field}:{slug}"


def text_key(slug: str) -> str:
    return f"t:{slug}"


EVERY_SLOT = "*"
KEYS_ONLY = "#"


def index_key(kind: str, name: str, key: Any = EVERY_SLOT) -> str:
    return f"{kind}:{name}:{key}"


class WovenView:
    """A woven article that notes each field read of it. Its slug is free, and the record
    is fetched only when a field is read: a page list names articles it may not show."""

    __slots__ = ("_articles", "_field_of", "_number", "_record", "_slug")
    _articles: Sequence[WovenArticle]
    _field_of: Callable[[int, str], Any] | None
    _number: int
    _record: WovenArticle | None
    _slug: str

    def __init__(self, articles: Sequence[WovenArticle], number: int, slug: str):
        object.__setattr__(self, "_articles", articles)
        # Stored articles give a field list pages read alone (snapshot.StoredArticles).
        object.__setattr__(self, "_field_of", getattr(articles, "field_of", None))
        object.__setattr__(self, "_number", number)
        object.__setattr__(self, "_slug", slug)
        object.__setattr__(self, "_record", None)

    @property
    def slug(self) -> str:
        return self._slug

    @property
    def _woven(self) -> WovenArticle:
        record = self._record
        if record is None:
            record = self._articles[self._number]
            object.__setattr__(self, "_record", record)
        return record

    def __getattr__(self, name: str) -> Any:
        note(article_key(name, self._slug))
        if self._record is None and self._field_of is not None:
            return self._field_of(self._number, name)
        return getattr(self._woven, name)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("a woven article is read-only")

    def __eq__(self, other: object) -> bool:
        other = other._woven if isinstance(other, WovenView) else other
        return self._woven == other

    __hash__ = None  # type: ignore[assignment]  # as the record's own


class _Articles(Sequence[WovenView]):
    """The briefing's articles in order: walking, counting or slicing them reads which
    articles there are; each is handed out as a WovenView."""

    def __init__(self, articles: Sequence[WovenArticle], slugs: list[str]):
        self._articles = articles
        self.slugs = slugs
        self._views: dict[int, WovenView] = {}

    def view(self, number: int) -> WovenView:
        view = self._views.get(number)
        if view is None:
            view = self._views[number] = WovenView(self._articles, number, self.slugs[number])
        return view

    def __len__(self) -> int:
        note(ARTICLES)
        return len(self.slugs)

    @overload
    def __getitem__(self, index: int) -> WovenView: ...
    @overload
    def __getitem__(self, index: slice) -> tuple[WovenView, ...]: ...
    def __getitem__(self, index: int | slice) -> WovenView | tuple[WovenView, ...]:
        note(ARTICLES)
        count = len(self.slugs)
        if isinstance(index, slice):
            return tuple(self.view(n) for n in range(*index.indices(count)))
        if not -count <= index < count:
            raise IndexError(index)
        return self.view(index % count)

    def __iter__(self) -> Iterator[WovenView]:
        note(ARTICLES)
        return (self.view(n) for n in range(len(self.slugs)))


class _BySlug(Mapping[str, WovenView]):
    """The articles by slug: looking one up reads only what is then read of it."""

    def __init__(self, articles: _Articles):
        self._place = {slug: number for number, slug in enumerate(articles.slugs)}
        self._articles = articles

    def __getitem__(self, slug: str) -> WovenView:
        return self._articles.view(self._place[slug])

    def __contains__(self, slug: object) -> bool:
        return slug in self._place

    def __iter__(self) -> Iterator[str]:
        note(ARTICLES)
        return iter(self._place)

    def __len__(self) -> int:
        note(ARTICLES)
        return len(self._place)


class _Table(Mapping[Any, V]):
    """A table (an index or a research view) that notes each slot read of it."""

    def __init__(self, kind: str, name: str, table: Mapping[Any, V]):
        self._table = table
        self._prefix = f"{kind}:{name}:"

    def __getitem__(self, key: Any) -> V:
        note(f"{self._prefix}{key}")
        return self._table[key]

    def get(self, key: Any, default: Any = None) -> Any:
        note(f"{self._prefix}{key}")
        return self._table.get(key, default)

    def __contains__(self, key: object) -> bool:
        note(f"{self._prefix}{key}")
        return key in self._table

    # Its keys alone are one key, which changes when a slot comes or goes (or moves):
    # a count of names stays as it was when what is said of them changes.
    def __iter__(self) -> Iterator[Any]:
        note(f"{self._prefix}{KEYS_ONLY}")
        return iter(self._table)

    def __len__(self) -> int:
        note(f"{self._prefix}{KEYS_ONLY}")
        return len(self._table)

    def keys(self) -> KeysView[Any]:
        note(f"{self._prefix}{KEYS_ONLY}")
        return self._table.keys()

    # The whole table read at once is one key, which changes with any slot.
    def values(self) -> ValuesView[V]:
        note(f"{self._prefix}{EVERY_SLOT}")
        return self._table.values()

    def items(self) -> ItemsView[Any, V]:
        note(f"{self._prefix}{EVERY_SLOT}")
        return self._table.items()


class _List(Sequence[T]):
    """A research view that is one list: any use of it reads all of it."""

    def __init__(self, name: str, items: Sequence[T]):
        self._items = items
        self._key = f"r:{name}"

    def __len__(self) -> int:
        note(self._key)
        return len(self._items)

    def __getitem__(self, index: Any) -> Any:
        note(self._key)
        return self._items[index]

    def __iter__(self) -> Iterator[T]:
        note(self._key)
        return iter(self._items)


def watched_briefing(briefing: Briefing) -> Briefing:
    """The briefing as pages read it: every read noted in the recording under way."""
    articles = _Articles(briefing.articles, list(briefing.by_slug))
    tables = {name: _Table("b", name, getattr(briefing, name)) for name in BRIEFING_INDEXES}
    # A view stands for its record: it has every field the record has.
    return replace(
        briefing,
        articles=cast(Sequence[WovenArticle], articles),
        by_slug=cast(Mapping[str, WovenArticle], _BySlug(articles)),
        **cast(dict[str, Any], tables),
    )


def watched_research(research: Research) -> Research:
    """The research views as pages read them; a view kept by the last build is read
    from the cache only when a page asks for it."""
    return cast(Research, _WatchedResearch(research))


class _WatchedResearch:
    def __init__(self, research: Research):
        self._research = research
        self._views: dict[str, Any] = {}

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        view = self._views.get(name)
        if view is None:
            found = getattr(self._research, name)
            if name in RESEARCH_TABLES:
                view = _Table("r", name, found)
            elif name in RESEARCH_LISTS:
                view = _List(name, found)
            else:
                raise AttributeError(name)
            view = self._views[name] = view
        return view


_memo: dict[tuple[Any, ...], tuple[Any, frozenset[str], tuple[Any, ...]]] = {}


def derived(function: Callable[..., T]) -> Callable[..., T]:
    """A value worked out once per build from what it reads, for every page that needs
    it: each caller is noted as having read what the first computation read."""

    def once(*args: Any) -> T:
        key = (function, *map(id, args))
        found = _memo.get(key)
        if found is None:
            with recording() as seen:
                value = function(*args)
            found = _memo[key] = (value, frozenset(seen), args)  # args held: their ids stay theirs
        else:
            for read in found[1]:
                note(read)
        return found[0]

    once.__name__ = function.__name__
    once.__doc__ = function.__doc__
    return once


def forget() -> None:
    """Drop the values worked out for the last build."""
    _memo.clear()
