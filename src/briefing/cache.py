"""The build cache in .briefing/: woven articles and the fingerprint of every page.

Everything is keyed by content hashes of the inputs (article files, seeds,
gazetteer, templates, configuration and the code's version), so a stale entry
is never used: it is simply not found. A page whose fingerprint is unchanged
since the last build is taken over from the previous site instead of being
rendered and written again.
"""

from __future__ import annotations

import hashlib
import hmac
import io
import json
import os
import pickle
import secrets
import shutil
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields, is_dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import IO, Any

from . import __version__
from .errors import BriefingError
from .model import Article, Briefing, Page, PageRecord, WovenArticle, WovenText, field_values

SCHEMA = 13  # bump when cached records change shape


def digest(*parts: str | bytes) -> str:
    hasher = hashlib.sha256(f"{SCHEMA}|{__version__}".encode())
    for part in parts:
        hasher.update(part if isinstance(part, bytes) else part.encode("utf-8"))
        hasher.update(b"\0")
    return hasher.hexdigest()


def files_digest(paths: Iterable[Path]) -> str:
    """A digest of files' names and contents; missing files count as absent."""
    parts: list[str | bytes] = []
    for path in sorted(paths):
        try:
            parts += [path.as_posix(), path.read_bytes()]
        except OSError:
            continue  # absent (or gone mid-build): the stage that needs it will say so
    return digest(*parts)


def tree_digest(folders: Iterable[Path]) -> str:
    files = [p for folder in folders if folder.is_dir() for p in folder.rglob("*") if p.is_file()]
    return files_digest(files)


class BuildCache:
    """Reads and writes .briefing/; a disabled cache (--no-cache) does neither."""

    def __init__(self, folder: Path | None):
        self.folder = folder
        _load_text.cache_clear()  # a build reads the texts as they are now

    @property
    def enabled(self) -> bool:
        return self.folder is not None

    def load_woven(self, key: str) -> WovenArticle | None:
        """The woven article stored under key, its text left on disk until a page asks."""
        if self.folder is None:
            return None
        stored = _read_record(_entry(self.folder, "woven", key))
        if not (isinstance(stored, tuple) and len(stored) == 2):
            return None
        woven, text_size = stored
        if not isinstance(woven, WovenArticle) or woven.key != key:
            return None
        try:  # a text file damaged or replaced since is seldom the same size
            if _entry(self.folder, "text", key).stat().st_size != text_size:
                return None
        except OSError:
            return None
        return replace(woven, text=StoredText(self.folder, key))

    def store_woven(self, woven: WovenArticle) -> WovenArticle:
        """Stores woven; returns it with its text to be read back from the cache when stored."""
        if self.folder is None:
            return woven
        folder, key = self.folder, woven.key
        text = _record(woven.loaded_text())
        summary = _record((replace(woven, text=_NOT_HELD), len(text)))
        if not (
            write_atomically(_entry(folder, "text", key), text)
            and write_atomically(_entry(folder, "woven", key), summary)
        ):
            return woven
        return replace(woven, text=StoredText(folder, key))

    def article_index(self) -> dict[str, tuple[str, str | None]]:
        """Each article file the last build read: its digest and the seed it names."""
        if self.folder is None:
            return {}
        try:
            raw = json.loads((self.folder / "articles.json").read_text("utf-8"))
            return {path: (digest_, seed) for path, (digest_, seed) in raw.items()}
        except (OSError, ValueError, TypeError):
            return {}

    def store_article_index(self, index: dict[str, tuple[str, str | None]]) -> None:
        if self.folder is not None:
            write_atomically(self.folder / "articles.json", json.dumps(index).encode("utf-8"))

    def page_records(self) -> dict[str, PageRecord]:
        if self.folder is None:
            return {}
        try:
            raw = json.loads((self.folder / "pages.json").read_text("utf-8"))
            return {url: PageRecord(*record) for url, record in raw.items()}
        except (OSError, ValueError, TypeError):
            return {}

    def store_page_records(self, records: dict[str, PageRecord]) -> None:
        if self.folder is None:
            return
        raw = {url: [r.fingerprint, r.size, r.mtime_ns] for url, r in sorted(records.items())}
        write_atomically(self.folder / "pages.json", json.dumps(raw).encode("utf-8"))


# Cached records are pickles, and unpickling runs code: a project folder from
# elsewhere could carry a crafted .briefing/. Each record is therefore signed
# with a key kept outside the project, in the user's own cache folder, and a
# record whose signature does not check is ignored.
def user_cache_folder() -> Path:
    """briefing's folder in the user's own cache, outside any project."""
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "briefing"


def _signing_key() -> bytes:
    global _KEY
    if _KEY is None:
        folder = user_cache_folder()
        path = folder / "signing-key"
        try:
            _KEY = path.read_bytes()
        except OSError:
            _KEY = secrets.token_bytes(32)
            try:
                folder.mkdir(parents=True, exist_ok=True)
                descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
                with os.fdopen(descriptor, "wb") as file:
                    file.write(_KEY)
            except OSError:
                pass  # then the cache lasts only as long as this process
        if len(_KEY) < 16:
            _KEY = secrets.token_bytes(32)
    return _KEY


_KEY: bytes | None = None
_MAC_SIZE = 32


def _signed(data: bytes) -> bytes:
    return hmac.new(_signing_key(), data, hashlib.sha256).digest() + data


def _verified(signed: bytes) -> bytes | None:
    mac, data = signed[:_MAC_SIZE], signed[_MAC_SIZE:]
    expected = hmac.new(_signing_key(), data, hashlib.sha256).digest()
    return data if hmac.compare_digest(mac, expected) else None


def write_signed(target: Path, data: bytes) -> bool:
    """Store data signed, for read_signed; False if it cannot be written."""
    return write_atomically(target, _signed(data))


def read_signed(path: Path) -> bytes | None:
    """What write_signed stored at path, or None when absent or not signed by us."""
    try:
        return _verified(path.read_bytes())
    except OSError:
        return None


def write_atomically(target: Path, data: bytes) -> bool:
    """Store data whole or not at all; False if it cannot be written."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        temporary.write_bytes(data)
        os.replace(temporary, target)
    except OSError:
        return False  # a cache that cannot be written only makes the next build slower
    return True


def _entry(folder: Path, kind: str, key: str) -> Path:
    """Where a record of a kind ("woven", "text") is kept: 256 folders by key."""
    return folder / kind / key[:2] / key


def _record(value: Any) -> bytes:
    return _signed(zlib.compress(pickle.dumps(value, protocol=5), 1))


def _read_record(path: Path) -> Any:
    """What _record stored at path, or None when it is absent, damaged or not signed by us."""
    data = read_signed(path)
    if data is None:
        return None  # not written by this user's briefing: never unpickle it
    try:
        return pickle.loads(zlib.decompress(data))
    except (zlib.error, pickle.UnpicklingError, EOFError, AttributeError, TypeError):
        return None


class _NotHeld:
    """Stands for the text in a stored summary; the text is stored apart."""

    def load(self) -> WovenText:
        raise RuntimeError("a woven article's text was not stored with it")


_NOT_HELD = _NotHeld()


@dataclass(frozen=True)
class StoredText:
    """A woven article's text in the cache, read when a page shows it.

    Holding every article's blocks and passages in memory would cost gigabytes
    for a briefing of ten thousand articles; few pages show more than one text.
    """

    folder: Path
    key: str

    def load(self) -> WovenText:
        text = _load_text(self.folder, self.key)
        if text is None:
            # Whatever damaged one record may have damaged others: the next build
            # weaves every article again.
            for records in ("text", "woven"):
                shutil.rmtree(self.folder / records, ignore_errors=True)
            raise BriefingError(
                "an article's text in the build cache was damaged or removed; "
                "the cache was cleared: build again",
                _entry(self.folder, "text", self.key),
            )
        return text


@lru_cache(maxsize=64)  # a page reads its article's text more than once
def _load_text(folder: Path, key: str) -> WovenText | None:
    text = _read_record(_entry(folder, "text", key))
    return text if isinstance(text, WovenText) else None


class _ContextPickler(pickle.Pickler):
    """Pickles a page's data with each woven article reduced to what lists show of it.

    A page that shows more of an article than its card (title, dates, names,
    summary, tags) — its text, its passages — carries that article's full key
    in its context (see pages.py), so an edit to the text re-renders it. A
    record naming an article by slug (a passage, a related article) carries
    that article's card, which templates look up by the slug.

    Records (dataclasses) are reduced to their type and field values. Unlike
    persistent_id, reducer_override is not consulted for str, int, tuple,
    list or dict, which are most of what a page holds.
    """

    def __init__(self, file: IO[bytes], cards: Callable[[str], str]):
        super().__init__(file, protocol=5)
        self.cards = cards

    def reducer_override(self, obj: Any) -> Any:
        kind = type(obj)
        try:
            reduce = _REDUCERS[kind]
        except KeyError:
            reduce = _REDUCERS[kind] = _reducer_for(kind)
        if reduce is None:
            return NotImplemented
        reduced = reduce(obj)
        if kind in _NAMING_ARTICLES:
            return reduced[0], (*reduced[1], self.cards(obj.slug))
        return reduced


def _reducer_for(kind: type) -> Callable[[Any], Any] | None:
    if issubclass(kind, WovenArticle):
        return lambda woven: (str, (card_digest(woven),))
    if issubclass(kind, Briefing):
        return lambda briefing: (str, ("briefing",))  # pages carry what they show of it
    if is_dataclass(kind):
        values = field_values(kind)
        if "slug" in {f.name for f in fields(kind)} and not issubclass(kind, Article):
            _NAMING_ARTICLES.add(kind)
        return lambda record: (kind, values(record))
    return None


# By exact type, as pickling asks about millions of objects per build.
_REDUCERS: dict[type, Callable[[Any], Any] | None] = {}
_NAMING_ARTICLES: set[type] = set()  # records with the slug of an article not their own


_CARDS: dict[str, str] = {}


def card_digest(woven: WovenArticle) -> str:
    card = _CARDS.get(woven.key)
    if card is None:
        article = woven.article
        shown = (woven.slug, article.title, str(article.date), article.author,
                 article.publisher, article.summary, woven.themes, woven.actors)  # fmt: skip
        card = _CARDS[woven.key] = digest(repr(shown))
    return card


def fingerprinter(site_digest: str, briefing: Briefing) -> Callable[[Page], str]:
    """Fingerprints of the pages of a site whose shared inputs have this digest."""
    by_slug = briefing.by_slug

    def card(slug: str) -> str:
        return card_digest(by_slug[slug]) if slug in by_slug else ""

    return lambda page: page_fingerprint(page, site_digest, card)


def page_fingerprint(page: Page, site_digest: str, cards: Callable[[str], str]) -> str:
    buffer = io.BytesIO()
    pickler = _ContextPickler(buffer, cards)
    # Without the memo, equal data gives equal bytes whether or not objects are
    # shared, as they are in a fresh weave but not in one loaded from the cache.
    pickler.fast = True
    pickler.dump((page.url, page.template, page.title, page.context))
    return digest(site_digest, buffer.getvalue())


def metadata_digest(briefing: Briefing) -> str:
    """What templates may look up about any article: every article's card."""
    return digest(*(card_digest(woven) for woven in briefing.articles))
