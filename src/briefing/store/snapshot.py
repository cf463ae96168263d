"""The last build's woven briefing, kept in the build cache for the next build to compare
with and, when only some articles were edited, to build on.

A rebuild after an edit reads few of the articles a snapshot holds, so each is
pickled apart and unpickled when a page first asks for it; the research views
wait, too, until a page asks for them, a table's slots (an actor's events, an
article's citation) each on its own. Unpickling a whole briefing of 10,000
articles took most of a second, its citations alone a tenth. The pickles lie in a data
file of their own, read where they lie (mapped into memory), each checked
against its digest in the signed snapshot when first read: reading and checking
all 60 MB of a briefing of 10,000 articles took a third of a second. A build on
the last one's stores only the articles it wove and the indexes it updated,
beside the snapshot of the last build that wove everything.
"""

from __future__ import annotations

import hashlib
import mmap
import os
import pickle
from collections import ChainMap
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from itertools import chain
from pathlib import Path
from typing import Any, Protocol, cast, overload

from ..errors import DamagedSnapshot
from ..model import (
    Briefing,
    Bundle,
    Related,
    Research,
    SiteShape,
    WovenArticle,
    field_values,
)
from .folder import (
    SNAPSHOT,
    SNAPSHOT_DATA,
    SNAPSHOT_EDITS,
    UNREADABLE,
    read_pickle,
    write_atomically,
    write_pickle,
)
from .reads import RESEARCH_TABLES

MAX_EDITS = 500  # articles woven anew since the last full build; past this, all is stored again

# Each article's related articles, as a pickle of their field values.
PlainRelated = dict[str, bytes]


@dataclass(frozen=True)
class Snapshot:
    """What a build wove, its texts left in their records, for a rebuild after edits."""

    briefing: Briefing
    research: Research
    site_key: str  # what every output shared: templates, configuration, gazetteer, options
    bundles: tuple[Bundle, ...]  # the search index's
    shape: SiteShape | None = None  # what the list of pages needed of the research views
    base_id: str = ""  # the full build whose snapshot this starts from
    edited: dict[str, WovenArticle] = field(default_factory=dict)  # woven since, by path
    # Each field of the core as it was read, with the pickle it was read from (_core).
    read_from: dict[str, tuple[Any, bytes]] = field(default_factory=dict, compare=False)


def store(folder: Path, build_id: str, snapshot: Snapshot) -> None:
    """Store a whole snapshot (a full build's), each article pickled apart."""
    briefing, research = snapshot.briefing, snapshot.research
    layout: Layout = {}
    spans: list[tuple[int, int, bytes]] = []
    articles = chain.from_iterable(article_pickles(woven) for woven in briefing.articles)
    pickles = chain(articles, _research_pickles(research, layout))
    data_file = _data_file(folder, build_id)
    if not write_atomically(data_file, _spanned(pickles, spans)):
        return
    # The core's pickles lie within the header's: a build on edits since takes theirs.
    core = _core(snapshot)
    slugs = tuple(woven.slug for woven in briefing.articles)
    header = (build_id, core, slugs, tuple(spans), layout, _VERSION)
    if not write_pickle(folder / SNAPSHOT, header):
        return  # the last snapshot stands, with its own data file
    (folder / SNAPSHOT_EDITS).unlink(missing_ok=True)
    for old in folder.glob(SNAPSHOT_DATA):
        if old != data_file:
            old.unlink(missing_ok=True)


_BRIEFING_CORE = tuple(f.name for f in fields(Briefing) if f.name not in ("articles", "by_slug"))
_SNAPSHOT_CORE = ("site_key", "bundles", "shape")


def _core(snapshot: Snapshot) -> dict[str, bytes]:
    """The snapshot less its articles and research views, which lie apart: a pickle a
    field, the related articles as their plain values (made records again when first
    asked for: StoredRelated). A field as it was read keeps the pickle it was read from:
    a rebuild after an edit changes a few indexes, and pickling the whole core of a
    10,000-article briefing (4.8 MB, 3 MB of it the related articles) took 0.1 s."""
    briefing = snapshot.briefing
    values = {name: getattr(briefing, name) for name in _BRIEFING_CORE}
    values["related"] = _plain_related(briefing.related)
    values |= {name: getattr(snapshot, name) for name in _SNAPSHOT_CORE}
    return {name: _pickled(value, snapshot.read_from.get(name)) for name, value in values.items()}


def _pickled(value: Any, read: tuple[Any, bytes] | None) -> bytes:
    if read is not None and (read[0] is value or read[0] == value):
        return read[1]
    return pickle.dumps(value, protocol=5)


def _core_read(core: object) -> dict[str, tuple[Any, bytes]] | None:
    """Each field of a core as _core() left it, with its pickle; None if it does not read."""
    if not isinstance(core, dict) or set(core) != {*_BRIEFING_CORE, *_SNAPSHOT_CORE}:
        return None
    try:
        return {name: (pickle.loads(data), data) for name, data in core.items()}
    except UNREADABLE:
        return None


_VERSION = 12  # of the snapshot's layout
_VIEWS = tuple(f.name for f in fields(Research))


def _data_file(folder: Path, build_id: str) -> Path:
    return folder / SNAPSHOT_DATA.replace("*", build_id)


def store_edits(
    folder: Path, build_id: str, snapshot: Snapshot, rewoven: Iterable[WovenArticle]
) -> None:
    """Keep a loaded snapshot with these articles woven anew, as the build build_id's."""
    edited = {**snapshot.edited, **{w.article.path.as_posix(): w for w in rewoven}}
    if not snapshot.base_id or len(edited) > MAX_EDITS:
        briefing = snapshot.briefing
        articles = tuple(briefing.articles)
        plain = replace(briefing, articles=articles, by_slug={w.slug: w for w in articles})
        store(folder, build_id, replace(snapshot, briefing=plain))
        return
    data = (build_id, snapshot.base_id, edited, _core(snapshot))
    write_pickle(folder / SNAPSHOT_EDITS, data)


def load(folder: Path, build_id: str) -> Snapshot | None:
    """The snapshot the build named build_id left, or None."""
    base = read_pickle(folder / SNAPSHOT)
    if not (isinstance(base, tuple) and len(base) == 6 and base[-1] == _VERSION):
        return None
    base_id, core, slugs, spans, layout, _ = base
    chunks = _Chunks.mapped(_data_file(folder, base_id), spans)
    if chunks is None:
        return None
    stored = StoredArticles(slugs, chunks)
    research = cast(Research, StoredResearch(_Offset(chunks, 2 * len(slugs)), layout))
    if base_id == build_id:
        read = _core_read(core)
        return _loaded(read, stored, research, base_id) if read is not None else None
    edits = read_pickle(folder / SNAPSHOT_EDITS)
    if not (isinstance(edits, tuple) and len(edits) == 4 and edits[:2] == (build_id, base_id)):
        return None
    edited, read = edits[2], _core_read(edits[3])
    if read is None:
        return None
    snapshot = _loaded(read, stored, research, base_id)
    return replace(snapshot, briefing=with_articles(snapshot.briefing, edited.values()),
                   edited=edited)  # fmt: skip


def _loaded(
    read: dict[str, tuple[Any, bytes]], stored: StoredArticles, research: Research, base_id: str
) -> Snapshot:
    values = {name: value for name, (value, _) in read.items()}
    related = StoredRelated(cast(PlainRelated, values.pop("related")))  # as _core() left it
    site_key, bundles, shape = (values.pop(name) for name in _SNAPSHOT_CORE)
    briefing = Briefing(articles=stored, by_slug=StoredBySlug(stored), related=related,
                        **values)  # fmt: skip
    return Snapshot(briefing, research, site_key, bundles, shape, base_id, read_from=read)


def with_articles(briefing: Briefing, rewoven: Iterable[WovenArticle]) -> Briefing:
    """The briefing with these articles in the places of the ones of their slugs.

    Only for articles that every cross-index sees as it saw the old ones: the
    indexes are kept as they are.
    """
    articles = briefing.articles
    if not isinstance(articles, StoredArticles):
        articles = StoredArticles.holding(articles)
    articles = articles.replaced(rewoven)
    return replace(briefing, articles=articles, by_slug=StoredBySlug(articles))


class Pickles(Protocol):
    """Each article's two pickles (article_pickles) by their places, the nth article's
    at 2n and 2n + 1: a list, or a data file's (_Chunks); None for an article held as it
    is."""

    def __getitem__(self, index: int, /) -> bytes | None: ...


# What pages listing articles read of each (its card, what it names and treats, and how
# much), pickled apart from the rest (its events, quotes, paragraphs' actors, lines in
# its seed): an actor's page lists a thousand articles of 10,000, and unpickling each
# whole took 0.13 s, its listed fields alone a fifth of that.
LISTED = ("article", "actors", "themes", "actor_counts", "theme_counts", "actor_themes",
          "theme_actors", "theme_pairs", "theme_scores", "words", "key")  # fmt: skip
_FIELDS = tuple(f.name for f in fields(WovenArticle))
_UNLISTED = tuple(name for name in _FIELDS if name not in LISTED)
_LISTED_AT = {name: place for place, name in enumerate(LISTED)}


def article_pickles(woven: WovenArticle) -> tuple[bytes, bytes]:
    """A woven article as two pickles: the values of its LISTED fields, and the others'."""
    return (
        pickle.dumps(tuple(getattr(woven, name) for name in LISTED), protocol=5),
        pickle.dumps(tuple(getattr(woven, name) for name in _UNLISTED), protocol=5),
    )


class StoredArticles(Sequence[WovenArticle]):
    """A briefing's woven articles in order, each unpickled when first asked for; a field
    that list pages read, alone with the others of its kind (field_of)."""

    def __init__(self, slugs: tuple[str, ...], pickled: Pickles,
                 loaded: dict[int, WovenArticle] | None = None):  # fmt: skip
        self.slugs = slugs
        self.place = {slug: number for number, slug in enumerate(slugs)}
        self._pickled = pickled
        self._loaded = dict(loaded or {})
        self._listed: dict[int, tuple[Any, ...]] = {}

    @classmethod
    def holding(cls, articles: Sequence[WovenArticle]) -> StoredArticles:
        slugs = tuple(woven.slug for woven in articles)
        return cls(slugs, [None] * (2 * len(slugs)), dict(enumerate(articles)))

    def field_of(self, index: int, name: str) -> Any:
        """A field of the article at index: a LISTED one without unpickling the others."""
        found = self._loaded.get(index)
        if found is None and name in _LISTED_AT:
            return self._listed_values(index)[_LISTED_AT[name]]
        return getattr(found if found is not None else self[index], name)

    def _listed_values(self, index: int) -> tuple[Any, ...]:
        values = self._listed.get(index)
        if values is None:
            values = self._listed[index] = self._unpickled(2 * index)
        return values

    def _unpickled(self, place: int) -> tuple[Any, ...]:
        pickled = self._pickled[place]
        assert pickled is not None  # an article without a pickle is held as it is
        return cast(tuple[Any, ...], pickle.loads(pickled))

    def replaced(self, rewoven: Iterable[WovenArticle]) -> StoredArticles:
        anew = {self.place[woven.slug]: woven for woven in rewoven}
        kept = {n: woven for n, woven in self._loaded.items() if n not in anew}
        return StoredArticles(self.slugs, self._pickled, {**kept, **anew})

    def __len__(self) -> int:
        return len(self.slugs)

    @overload
    def __getitem__(self, index: int) -> WovenArticle: ...
    @overload
    def __getitem__(self, index: slice) -> tuple[WovenArticle, ...]: ...
    def __getitem__(self, index: int | slice) -> WovenArticle | tuple[WovenArticle, ...]:
        if isinstance(index, slice):
            return tuple(self[number] for number in range(*index.indices(len(self))))
        if not -len(self) <= index < len(self):
            raise IndexError(index)
        index %= len(self)
        found = self._loaded.get(index)
        if found is None:
            values = dict(zip(LISTED, self._listed_values(index), strict=True))
            values.update(zip(_UNLISTED, self._unpickled(2 * index + 1), strict=True))
            found = self._loaded[index] = WovenArticle(*(values[name] for name in _FIELDS))
            self._listed.pop(index)
        return found

    def __iter__(self) -> Iterator[WovenArticle]:
        return (self[number] for number in range(len(self)))

    def __reduce__(self) -> tuple[type[tuple[WovenArticle, ...]], tuple[tuple[WovenArticle, ...]]]:
        return tuple, (tuple(self),)  # as the tuple it stands for, never the pickles it holds


class StoredBySlug(Mapping[str, WovenArticle]):
    """The articles by slug, in the briefing's order, each unpickled when first asked for."""

    def __init__(self, articles: StoredArticles):
        self.articles = articles

    def __getitem__(self, slug: str) -> WovenArticle:
        return self.articles[self.articles.place[slug]]

    def __iter__(self) -> Iterator[str]:
        return iter(self.articles.slugs)

    def __len__(self) -> int:
        return len(self.articles)


class StoredRelated(Mapping[str, tuple[Related, ...]]):
    """Each article's related articles, made records when first asked for.

    Unpickling 50,000 records took a quarter of a second, and their field values
    0.04 s of every rebuild, which shows the related articles of a few articles:
    each article's are pickled apart.
    """

    def __init__(self, plain: PlainRelated):
        self.plain = plain
        self._made: dict[str, tuple[Related, ...]] = {}

    def __getitem__(self, slug: str) -> tuple[Related, ...]:
        made = self._made.get(slug)
        if made is None:
            values = pickle.loads(self.plain[slug])
            made = self._made[slug] = tuple(Related(*fields) for fields in values)
        return made

    def __iter__(self) -> Iterator[str]:
        return iter(self.plain)

    def __len__(self) -> int:
        return len(self.plain)

    def __reduce__(self) -> tuple[type[dict[str, Any]], tuple[dict[str, tuple[Related, ...]]]]:
        return dict, (dict(self.items()),)  # as the dict it stands for


def _plain_related(related: Mapping[str, tuple[Related, ...]]) -> PlainRelated:
    """Each article's related articles pickled, those of stored ones as they were."""
    if isinstance(related, StoredRelated):
        return related.plain
    if isinstance(related, ChainMap):  # some articles' anew, over the others'
        plain = {}
        for layer in reversed(related.maps):
            plain.update(_plain_related(layer))
        return plain
    return {slug: _related_pickle(found) for slug, found in related.items()}


def _related_pickle(related: tuple[Related, ...]) -> bytes:
    return pickle.dumps(tuple(_related_values(r) for r in related), protocol=5)


_related_values = field_values(Related)


# Where a research view lies among the data file's pickles, after the articles': a list
# as (its length, its pickle's place), a table as (its keys, the place of its first slot's).
Layout = dict[str, tuple[int | tuple[Any, ...], int]]


def _spanned(pickles: Iterable[bytes], spans: list[tuple[int, int, bytes]]) -> Iterator[bytes]:
    """The pickles as they come, each one's place, length and digest noted in spans."""
    offset = 0
    for data in pickles:
        spans.append((offset, len(data), hashlib.sha256(data).digest()))
        offset += len(data)
        yield data


def _research_pickles(research: Research, layout: Layout) -> Iterator[bytes]:
    """Each research view pickled, and where it lies noted in layout: a list whole, a
    table slot by slot, for a page showing one actor's events to read that actor's alone.
    A view kept from the last build keeps its pickles."""
    if isinstance(research, StoredResearch):
        found, kept = research.pickles()
        layout.update(kept)
        yield from found
        return
    made = 0
    for name in _VIEWS:
        view = getattr(research, name)
        if name in RESEARCH_TABLES:
            keys = tuple(view)
            layout[name] = (keys, made)
            made += len(keys)
            yield from (pickle.dumps(view[key], protocol=5) for key in keys)
        else:
            layout[name] = (len(view), made)
            made += 1
            yield pickle.dumps(tuple(view), protocol=5)


class StoredResearch:
    """The research views, unpickled when first read (a page list needs only how many
    events there are; an actor's page, its own events; an article's page, its citation)."""

    def __init__(self, chunks: Pickles, layout: Layout):
        self._chunks = chunks
        self._layout = layout
        self._views: dict[str, Any] = {}

    def pickles(self) -> tuple[list[bytes], Layout]:
        """The views' pickles as they lie, and where each lies among them."""
        count = sum(len(s) if isinstance(s, tuple) else 1 for s, _ in self._layout.values())
        found = [self._chunks[number] for number in range(count)]
        return cast(list[bytes], found), self._layout

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_") or name not in _VIEWS:
            raise AttributeError(name)
        view = self._views.get(name)
        if view is None:
            shape, first = self._layout[name]
            if isinstance(shape, tuple):
                view = StoredTable(shape, _Offset(self._chunks, first))
            else:
                view = StoredList(shape, self._chunks, first)
            self._views[name] = view
        return view


class StoredList(Sequence[Any]):
    """A research view that is one list: its length at hand, its items unpickled when
    first read."""

    def __init__(self, length: int, chunks: Pickles, place: int):
        self._length, self._chunks, self._place = length, chunks, place
        self._items: tuple[Any, ...] | None = None

    def _loaded(self) -> tuple[Any, ...]:
        if self._items is None:
            chunk = self._chunks[self._place]
            assert chunk is not None  # the views are always pickled
            self._items = cast(tuple[Any, ...], pickle.loads(chunk))
        return self._items

    def __len__(self) -> int:
        return self._length

    def __getitem__(self, index: Any) -> Any:
        return self._loaded()[index]

    def __iter__(self) -> Iterator[Any]:
        return iter(self._loaded())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, StoredList | tuple | list):
            return self._loaded() == tuple(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # as the tuple's it stands for, held

    def __reduce__(self) -> tuple[type[tuple[Any, ...]], tuple[tuple[Any, ...]]]:
        return tuple, (self._loaded(),)


class StoredTable(Mapping[Any, Any]):
    """A research view that is a table, each slot unpickled when first read."""

    def __init__(self, keys: tuple[Any, ...], chunks: Pickles):
        self._place = {key: number for number, key in enumerate(keys)}
        self._chunks = chunks
        self._slots: dict[Any, Any] = {}

    def __getitem__(self, key: Any) -> Any:
        if key not in self._slots:
            chunk = self._chunks[self._place[key]]  # KeyError for a key it lacks
            assert chunk is not None  # the views are always pickled
            self._slots[key] = pickle.loads(chunk)
        return self._slots[key]

    def __contains__(self, key: object) -> bool:
        return key in self._place

    def __iter__(self) -> Iterator[Any]:
        return iter(self._place)

    def __len__(self) -> int:
        return len(self._place)

    def __reduce__(self) -> tuple[type[dict[Any, Any]], tuple[dict[Any, Any]]]:
        return dict, (dict(self.items()),)


class _Offset:
    """Pickles counted from a place on: a research view's among the data file's."""

    def __init__(self, chunks: Pickles, first: int):
        self._chunks, self._first = chunks, first

    def __getitem__(self, index: int, /) -> bytes | None:
        return self._chunks[self._first + index]


class _Chunks:
    """The pickles of a data file, each read where it lies and checked when asked for."""

    def __init__(self, data: mmap.mmap | bytes, spans: tuple[tuple[int, int, bytes], ...]):
        self._data = data  # a memory map of the file, or b"" for an empty one
        self._spans = spans

    @classmethod
    def mapped(cls, path: Path, spans: tuple[tuple[int, int, bytes], ...]) -> _Chunks | None:
        try:
            with path.open("rb") as file:
                size = os.fstat(file.fileno()).st_size
                data = mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ) if size else b""
        except OSError:
            return None
        ends = [offset + length for offset, length, _ in spans]
        return cls(data, spans) if max(ends, default=0) <= size else None

    def __len__(self) -> int:
        return len(self._spans)

    def __getitem__(self, index: int) -> bytes:
        offset, length, digest = self._spans[index]
        data = self._data[offset : offset + length]
        if hashlib.sha256(data).digest() != digest:
            raise DamagedSnapshot(f"snapshot data {offset}:{length}")
        return data

