"""Full-text search: Pagefind indexes of the written pages, made at build time.

Pages opt in with data-pagefind-body and carry their facets (kind, actor,
theme, source, year) as data-pagefind-filter attributes in the templates.
The index comes in bundles that the search page merges: one for actors and
themes, which holds Pagefind's scripts, and one per 125 articles or so, each
article's bundle fixed by its slug. A rebuild indexes again only the bundles
holding a page that changed. Pagefind reads each bundle's pages from a folder
of its own, where a big page is cut down to what Pagefind reads of it; with a
build cache, that folder is kept between builds, and only the pages whose files
changed since are put in it again.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache, partial
from pathlib import Path
from typing import IO, Any

import cbor2

from ..errors import BriefingError
from ..model import Bundle
from ..parallel import workers
from ..store.folder import read_pickle, write_pickle
from .slim import slim_page
from .writer import link_or_copy

BUNDLE = "pagefind"  # actors and themes, and the scripts the search page loads
BUNDLE_ARTICLES = 125  # articles per further bundle: an edit indexes one again (0.3 s)
FULL_DISK = 1 << 20  # bytes free below which a broken index is put down to a full disk


def article_bundles(slugs: Sequence[str]) -> dict[str, list[str]]:
    """The article bundles' folders, each with the slugs of the articles it indexes."""
    return {folder: list(group) for folder, group in _article_bundles(tuple(slugs)).items()}


@lru_cache(maxsize=1)  # a build asks twice: for the search page, and to index
def _article_bundles(slugs: tuple[str, ...]) -> dict[str, list[str]]:
    count = -(-len(slugs) // BUNDLE_ARTICLES)
    groups: dict[str, list[str]] = {}
    for slug in sorted(slugs):
        number = int.from_bytes(hashlib.sha256(slug.encode("utf-8")).digest()[:4], "big")
        groups.setdefault(f"{BUNDLE}-{number % count + 1}", []).append(slug)
    return dict(sorted(groups.items(), key=lambda item: int(item[0].rsplit("-", 1)[1])))


def bundles(urls: Iterable[str]) -> list[Bundle]:
    """The bundles that index a site of these page URLs (the pages with data-pagefind-body)."""
    main, slugs = [], []
    for url in urls:
        parts = url.strip("/").split("/")
        if len(parts) == 2 and parts[0] in ("actors", "themes"):
            main.append(f"{parts[0]}/{parts[1]}/index.html")
        elif len(parts) == 2 and parts[0] == "articles":
            slugs.append(parts[1])
    found = [
        Bundle(folder, tuple(f"articles/{slug}/index.html" for slug in group))
        for folder, group in article_bundles(slugs).items()
    ]
    if not main:  # no actor or theme pages: the first articles make the main bundle
        return [Bundle(BUNDLE, found[0].pages), *found[1:]] if found else []
    return [Bundle(BUNDLE, tuple(sorted(main))), *found]


def index_site(site: Path, stale: Sequence[Bundle], named: Path | None = None,
               into: Path | None = None, kept: Path | None = None) -> None:  # fmt: skip
    """Index each bundle's pages in ``site`` into its folder of ``into`` (default: ``site``).
    ``kept``: where the folders of pages Pagefind reads are kept between builds (none:
    each is made for the one index and removed).

    Errors name ``named`` (the output). Bundles are indexed side by side, one
    Pagefind to a core: Pagefind keeps one core busy on bundles of this size
    (at 1,000 articles, nine bundles took 3.35 s one at a time, 1.79 s two at
    a time on two cores), and each holds only its own bundle's pages in memory.
    """
    named, into = named or site, into or site
    page_at = partial(_page_in, site)

    def index(bundle: Bundle) -> None:
        with started_indexing(page_at, named, into, kept) as indexing:
            indexing.start(bundle)
            indexing.finish()

    with ThreadPoolExecutor(max_workers=min(workers(), MOST_INDEXERS)) as pool:
        for _ in pool.map(index, stale):  # the first error, once all are done
            pass


MOST_INDEXERS = 4  # Pagefinds at once: each holds up to a bundle's pages in memory
SLIM_FROM = 64 * 1024  # bytes from which a page is cut down for Pagefind (see _slim_pages)
PageAt = Callable[[str], Path]  # a page's file, by its path in the site


def _page_in(site: Path, page: str) -> Path:
    return site / page


@contextmanager
def started_indexing(page_at: PageAt, named: Path, into: Path,
                     kept: Path | None) -> Iterator[Indexing]:  # fmt: skip
    """Bundles indexed while this process goes on: ``start(bundle)`` starts Pagefind on
    the bundle's pages (``page_at`` gives each page's file) in a process of its own, and
    ``finish()`` waits for those started and checks what they wrote into ``into``. Those
    not finished when the block ends, by an error or Ctrl-C, are stopped. See index_site
    for ``named`` and ``kept``."""
    indexing = Indexing(page_at, named, into, kept)
    try:
        yield indexing
    finally:
        indexing.stop()


class Indexing:
    """Bundles being indexed (see started_indexing)."""

    def __init__(self, page_at: PageAt, named: Path, into: Path, kept: Path | None):
        self.page_at, self.named, self.into, self.kept = page_at, named, into, kept
        self.runs: dict[Bundle, _Run] = {}

    def start(self, bundle: Bundle) -> None:
        output = self.into / bundle.folder
        self.runs[bundle] = _started(self.page_at, bundle, self.named, output, self.kept)

    def cancel(self, bundle: Bundle) -> None:
        """Stop indexing the bundle, and remove what its Pagefind wrote so far."""
        run = self.runs.pop(bundle)
        run.stop()
        shutil.rmtree(run.output, ignore_errors=True)

    def finish(self) -> None:
        while self.runs:
            bundle = next(iter(self.runs))
            self.runs[bundle].finish(self.named)
            self.runs.pop(bundle).stop()

    def stop(self) -> None:
        while self.runs:
            self.runs.pop(next(reversed(self.runs))).stop()


@dataclass
class _Run:
    """One Pagefind indexing one bundle."""

    process: subprocess.Popen[bytes]
    output: Path
    log: IO[bytes]  # what Pagefind says, read if it fails
    pages: Path | None  # a folder of pages made for this index alone, removed after it

    def finish(self, named: Path) -> None:
        try:
            code = self.process.wait(timeout=TIMEOUT)
        except subprocess.TimeoutExpired as error:
            raise BriefingError(f"search indexing failed: {error}", named) from None
        if code != 0:
            self.log.seek(0)
            detail = self.log.read().decode("utf-8", "replace").strip().splitlines()
            raise BriefingError(f"search indexing failed: {detail[-1] if detail else code}", named)
        # Pagefind can exit 0 having written only part of its files when the disk is
        # full, some of them cut short: a disk left full is taken as a failed index.
        if shutil.disk_usage(self.output.parent).free < FULL_DISK:
            raise BriefingError("search indexing failed: No space left on device", named)
        try:
            stabilise_bundle(self.output)
            if self.output.name != BUNDLE:
                _drop_scripts(self.output)
        except (OSError, ValueError, EOFError, gzip.BadGzipFile, cbor2.CBORError) as error:
            raise BriefingError(f"search index incomplete ({error})", named) from None

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        self.log.close()
        if self.pages is not None:
            shutil.rmtree(self.pages, ignore_errors=True)


TIMEOUT = 600  # seconds a bundle's index may take


def _started(page_at: PageAt, bundle: Bundle, named: Path, output: Path,
             kept: Path | None) -> _Run:  # fmt: skip
    """Pagefind started on the bundle's pages, as it reads them (see _put_page)."""
    if kept is not None:
        pages = _kept_pages(page_at, bundle.pages, kept / bundle.folder, named)
        return _run(pages, output, named, made=None)
    made = _folder_beside(output.parent, named)
    try:
        _slim_pages(page_at, bundle.pages, made, named)
        return _run(made, output, named, made)
    except BaseException:
        shutil.rmtree(made, ignore_errors=True)  # the pages made for this index alone
        raise


def _run(pages: Path, output: Path, named: Path, made: Path | None) -> _Run:
    """Pagefind started on a folder of pages; ``made``: the folder, if it goes with the run."""
    command = [*_pagefind(), "--silent", "--site", str(pages), "--output-path", str(output)]
    log = tempfile.TemporaryFile()  # noqa: SIM115 (the run closes it when it stops)
    try:
        process = _start_pagefind(command, log)
    except BaseException as error:
        log.close()
        if isinstance(error, OSError):
            raise BriefingError(f"search indexing failed: {error}", named) from None
        raise
    return _Run(process, output, log, made)


def _start_pagefind(command: list[str], log: IO[bytes]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=log, stderr=log)


def _folder_beside(beside: Path, named: Path) -> Path:
    """A new folder to hold a bundle's pages for Pagefind, which walks the whole folder
    it is given: on a site of 10,000 articles, walking it took a third of the time of
    indexing a bundle of its pages."""
    try:
        return Path(tempfile.mkdtemp(dir=beside, prefix=".index-"))
    except OSError as error:
        raise BriefingError(f"search indexing failed: {error.strerror}", named) from None


def _slim_pages(page_at: PageAt, pages: Sequence[str], folder: Path, named: Path) -> None:
    """Each page cut down to what Pagefind reads of it (slim.py), or linked when small."""
    try:
        for page in pages:
            whole = page_at(page)
            _put_page(whole, folder / page, whole.stat().st_size)
    except OSError as error:
        raise BriefingError(f"search indexing failed: {error.strerror}", named) from None


def _put_page(whole: Path, copy: Path, size: int) -> None:
    """The page as Pagefind reads it, at ``copy``: cut down when big, else linked.

    Pagefind parses every byte of a page, the parts it ignores too: an actor's
    page of 450 KB is 7 KB cut down, and at 1,000 articles the actors' and
    themes' bundle took 0.08 s to index instead of 0.6 s. An article's page
    loses less than half its bytes, which saved Pagefind nothing measurable
    while writing its copy cost more than linking it.
    """
    slim = slim_page(whole.read_bytes()) if size >= SLIM_FROM else None
    copy.unlink(missing_ok=True)
    if slim is None:
        link_or_copy(whole, copy)
    else:
        copy.parent.mkdir(parents=True, exist_ok=True)
        copy.write_bytes(slim)


def _kept_pages(page_at: PageAt, pages: Sequence[str], folder: Path, named: Path) -> Path:
    """``folder``, kept between builds, holding these pages of the site as Pagefind reads
    them: a page is put in it again only when its file in the site changed since.

    Cutting the 64 MB of actor and theme pages of a 10,000-article site down took
    0.2 s of each build, when an edit changes one or two of them. A file is known
    by its size, time and inode: a site written anew has new inodes. The record of
    what the folder holds is removed while the folder changes, so a build cut short
    leaves a folder that the next one makes again whole.
    """
    record = folder.with_name(f"{folder.name}.pages")
    held = read_pickle(record)
    try:
        record.unlink(missing_ok=True)
        if not isinstance(held, dict):
            shutil.rmtree(folder, ignore_errors=True)
            held = {}
        now: dict[str, tuple[int, int, int]] = {}
        for page in pages:
            whole = page_at(page)
            stat = whole.stat()
            now[page] = (stat.st_size, stat.st_mtime_ns, stat.st_ino)
            if held.pop(page, None) != now[page] or not (folder / page).exists():
                _put_page(whole, folder / page, stat.st_size)
        for page in held:
            (folder / page).unlink(missing_ok=True)
    except OSError as error:
        raise BriefingError(f"search indexing failed: {error.strerror}", named) from None
    write_pickle(record, now)
    return folder


def _pagefind() -> list[str]:
    """Pagefind's own program: started through Python, it takes 80 ms more per bundle."""
    try:
        from pagefind_bin import get_executable  # only here: not needed to start

        return [str(get_executable())]
    except (ImportError, OSError, FileNotFoundError):
        return [sys.executable, "-m", "pagefind"]


# Pagefind writes its filter indexes in hash-map order, which changes from run
# to run (upstream issue #638), so the same site would give different bytes.
# The indexes are gzipped CBOR behind a signature; sorting their entries and
# naming each file by its content makes the bundle deterministic.
SIGNATURE = b"pagefind_dcd"


def stabilise_bundle(bundle: Path) -> None:
    entry_path = bundle / "pagefind-entry.json"
    entry = json.loads(entry_path.read_text("utf-8"))
    for language, info in sorted(entry.get("languages", {}).items()):
        meta_path = bundle / f"pagefind.{info['hash']}.pf_meta"
        meta = _read(meta_path)
        _check_complete(bundle, info.get("wasm") or "unknown", meta)
        filters = _filter_list(meta, bundle)
        if filters is None:
            continue
        renamed = [[name, _stabilise_filter(bundle, language, old)] for name, old in filters]
        filters[:] = sorted(renamed)
        info["hash"] = _rewrite(meta_path, bundle, "pagefind.{}.pf_meta", language, 10, meta)
    entry_path.write_text(json.dumps(entry, ensure_ascii=False, separators=(",", ":")), "utf-8")


CORE_FILES = ("pagefind.js", "pagefind-ui.js", "pagefind-ui.css", "pagefind-worker.js")


def _drop_scripts(bundle: Path) -> None:
    """Remove a merged bundle's copy of Pagefind's scripts and styles: the search page
    loads the main bundle's, which reads the others' indexes and language files alone.
    At 10,000 articles the 80 copies came to 33 MB of the site."""
    for path in [*bundle.glob("pagefind*.js"), *bundle.glob("pagefind*.css")]:
        path.unlink()


def _check_complete(bundle: Path, wasm: str, meta: list[Any]) -> None:
    """Pagefind can exit 0 having failed to write some files (a full disk): look for each.
    ``wasm``: the language's search code, "unknown" for a language Pagefind cannot stem
    (Kazakh, Uzbek), as its scripts name it."""
    needed = [bundle / name for name in CORE_FILES] + [bundle / f"wasm.{wasm}.pagefind"]
    for item in meta:
        for row in item if isinstance(item, list) else ():
            if isinstance(row, list) and len(row) == 2 and isinstance(row[1], int):
                needed.append(bundle / "fragment" / f"{row[0]}.pf_fragment")
            elif isinstance(row, list) and len(row) == 3:
                needed.append(bundle / "index" / f"{row[2]}.pf_index")
    missing = [path.name for path in needed if not path.is_file() or path.stat().st_size == 0]
    if missing:
        raise OSError(f"missing {', '.join(missing[:3])}")


def _filter_list(meta: list[Any], bundle: Path) -> list[list[str]] | None:
    """The [name, file hash] list of the filter indexes within the meta index."""
    for item in meta:
        if (
            isinstance(item, list)
            and item
            and all(isinstance(p, list) and len(p) == 2 for p in item)
            and all((bundle / "filter" / f"{p[1]}.pf_filter").is_file() for p in item)
        ):
            return item
    return None


def _stabilise_filter(bundle: Path, language: str, old: str) -> str:
    path = bundle / "filter" / f"{old}.pf_filter"
    data = _read(path)
    for _value, pages in data[1]:
        pages.sort()
    data[1].sort(key=lambda pair: pair[0])
    return _rewrite(path, bundle / "filter", "{}.pf_filter", language, 7, data)


def _read(path: Path) -> Any:
    raw = gzip.decompress(path.read_bytes())
    if not raw.startswith(SIGNATURE):
        raise BriefingError("unexpected search index format", path)
    return cbor2.loads(raw[len(SIGNATURE) :])


def _rewrite(old: Path, folder: Path, pattern: str, language: str, length: int, data: Any) -> str:
    raw = SIGNATURE + cbor2.dumps(data)
    name = f"{language}_{hashlib.sha256(raw).hexdigest()[:length]}"
    old.unlink()
    (folder / pattern.format(name)).write_bytes(gzip.compress(raw, mtime=0))
    return name
