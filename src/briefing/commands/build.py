"""The build: load → weave → plan → render → write, as plain calls read top to bottom."""

from __future__ import annotations

import re
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from functools import cached_property, lru_cache, partial
from pathlib import Path

from .. import urls
from ..errors import BriefingError, DamagedSnapshot
from ..load.project import PACKAGED_TEMPLATES, Config, Project, load_project
from ..model import Briefing, Bundle, Page, Research, SiteShape, Splice
from ..output.search import Indexing, index_site, started_indexing
from ..output.search import bundles as search_bundles
from ..output.writer import SitePatch, SiteWriter, check_output_dir
from ..parallel import answered_apart, collecting_less, fork_map, workers
from ..site import data, feeds
from ..site.pages import article_page, plan_pages, site_shape
from ..site.render import Renderer
from ..store import changes, reads, stamp
from ..store import snapshot as snapshots
from ..store.cache import BuildCache, KeptSprings, digest, tree_digest
from ..store.folder import SEARCH_PAGES, held
from ..store.outputs import Made, Output, OutputReads, load_reads, planned_as, store_reads
from ..store.snapshot import Snapshot
from ..urls import is_absolute, output_path
from ..views.network_layout import springs_kept
from .loading import Woven, gazetteer_key, load_briefing, woven_briefing

__all__ = ["BuildResult", "build", "build_command", "load_briefing"]

# Outputs are made over the cores however few they are when, last time, those beside the
# longest took this long: a worker costs some hundredths of a second to start, and a
# single long output (an export made anew from the last one) gains nothing from it.
SPREAD_FROM = 0.2


@dataclass(frozen=True)
class BuildResult:
    out: Path
    pages: int  # HTML pages (feeds, data and assets are the other files)
    files: int
    seconds: float
    unchanged: bool = False  # nothing it reads or wrote had changed: the site stood as it was
    patched: bool = False  # the last site was updated in place, not written anew
    rendered: int = 0  # pages and exports made afresh


def build(
    project: Project,
    out: Path | None = None,
    offline: bool = False,
    live_reload: bool = False,
    use_cache: bool = True,
    process_ends: bool = False,
) -> BuildResult:
    """Build the site; ``process_ends``: nothing follows in this process (the command
    line's build), which then need not free what the build made."""
    with collecting_less(process_ends), held(project.cache_dir) if use_cache else nullcontext():
        try:
            return _build(project, out, offline, live_reload, use_cache)
        except DamagedSnapshot:
            # A record of the last build's is not as it was signed: whatever it held
            # is woven again, and the site written whole.
            stamp.clear(project.cache_dir)
            return _build(project, out, offline, live_reload, use_cache)
        finally:
            reads.forget()


def _build(
    project: Project, out: Path | None, offline: bool, live_reload: bool, use_cache: bool
) -> BuildResult:
    started = time.perf_counter()
    out = check_output_dir(out or project.site_dir, project.root)
    options = stamp.options_key(project, out, offline, live_reload)
    last = stamp.load(project.cache_dir) if use_cache else None
    if last is not None and last.options != options:
        last = None  # built otherwise: nothing is taken over
    cache = BuildCache(project.cache_dir if use_cache else None)
    # Whether the site is as the last build left it is found while the inputs are
    # statted, the last build's records load and the edits are woven.
    as_left = partial(_site_as_left, out, last)
    with answered_apart(as_left) if last is not None else nullcontext(as_left) as site_as_left:
        inputs = stamp.input_stats(project)
        racy = stamp.racy_digests(inputs) if use_cache else {}  # only a stamp keeps them
        changed = stamp.changed_inputs(last, inputs) if last else None
        if last is not None and not changed and site_as_left():
            return BuildResult(out, last.pages, last.files, time.perf_counter() - started, True)
        code_changed = any(path.startswith(str(stamp.CODE)) for path in changed or ())
        before = None if code_changed else _last_build(project, last)
        woven = None
        if before is not None:
            woven = woven_briefing(project, cache, before.snapshot, changed or set())
        if not site_as_left():  # changed since: nothing is taken over
            changed, before = None, None
            woven = woven if woven is not None and woven.base is None else None
    site_key = _site_key(project, offline, live_reload) if cache.enabled else ""
    woven = woven or woven_briefing(project, cache, None, set())
    briefing = reads.watched_briefing(woven.briefing)
    research = reads.watched_research(woven.research)
    keys = None  # what changed since the last build, when it may be patched
    if before is not None and before.snapshot.site_key == site_key:
        keys = changes.changed_keys(before.briefing, before.research, woven.briefing,
                                    woven.research, woven.rewoven)  # fmt: skip
    edited = None
    if woven.rewoven is not None:
        edited = data.Edited(out, woven.rewoven, keys)
    same_views = before is not None and woven.research is before.research
    shape = before.snapshot.shape if before and same_views else None
    shape = shape or site_shape(briefing, research)
    # The whole plan waits, in a patch, until the edited articles' pages are made and
    # being indexed: at 10,000 articles it takes a twentieth of a second.
    plan = lru_cache(maxsize=1)(
        partial(plan_outputs, briefing, research, project.config, shape, edited)
    )
    renderer = Renderer(
        project.templates_dir,
        project.config,
        offline,
        {"briefing": briefing, "live_reload": live_reload},
        keep_compiled=cache.enabled,
    )
    springs = KeptSprings(project.cache_dir) if cache.enabled else None
    if springs is not None:
        springs.prune()
    kept = project.cache_dir / SEARCH_PAGES if cache.enabled else None
    keep: Keep | None = None
    if cache.enabled:
        keep = partial(_remember, project, woven, before, site_key, shape)
    with springs_kept(springs):
        if before is None:
            done = _write_site(out, project, renderer, plan(), kept, keep)
        else:
            own = _own_pages(briefing, research, woven.rewoven) if keys is not None else {}
            done = _patch_site(out, project, renderer, plan, before, keys, own, kept, keep)
    try:
        html_pages = sum(1 for path in plan() if path.endswith(".html"))
        if cache.enabled:
            stamp.store(
                project.cache_dir,
                stamp.Stamp(
                    options, inputs, done.files, html_pages, len(done.files), woven.build_id, racy
                ),
            )
    finally:
        done.wait()
    seconds = time.perf_counter() - started
    patched = before is not None
    return BuildResult(out, html_pages, len(done.files), seconds, False, patched, len(done.read))


@dataclass(frozen=True)
class LastBuild:
    """What the last build wove and what each of its outputs read: what this one compares."""

    snapshot: Snapshot
    files: stamp.Stats  # the site's files as it left them
    folder: Path  # the cache that holds its records
    build_id: str

    @property
    def briefing(self) -> Briefing:
        return self.snapshot.briefing

    @property
    def research(self) -> Research:
        return self.snapshot.research

    @cached_property
    def reads(self) -> OutputReads:
        """What each output read, loaded when first asked for: a patch starts indexing the
        edited articles' pages before. None kept: every output is made again."""
        return load_reads(self.folder, self.build_id) or OutputReads.empty()


def _last_build(project: Project, last: stamp.Stamp | None) -> LastBuild | None:
    """The last build, if this one may take its site over: its snapshot at hand."""
    if last is None:
        return None
    found = snapshots.load(project.cache_dir, last.build_id)
    if found is None:
        return None
    return LastBuild(found, last.outputs, project.cache_dir, last.build_id)


def _site_as_left(out: Path, last: stamp.Stamp | None) -> bool:
    """Whether the site's files are as the last build left them (none: no last build)."""
    return last is not None and last.outputs == stamp.output_stats(out)


def _site_key(project: Project, offline: bool, live_reload: bool) -> str:
    """What every output shares: templates, configuration, gazetteer, options."""
    return digest(
        tree_digest([project.templates_dir, PACKAGED_TEMPLATES]),
        repr(project.config),
        gazetteer_key(project),
        f"{offline}|{live_reload}",
    )


def _own_pages(
    briefing: Briefing, research: Research, rewoven: set[str] | None
) -> dict[str, Output]:
    """The edited articles' pages, planned alone, as the whole plan plans them."""
    return {
        output_path(urls.article(slug)): article_page(briefing, research, briefing.by_slug[slug])
        for slug in sorted(rewoven or ())
        if slug in briefing.by_slug  # not a deleted one
    }


def plan_outputs(
    briefing: Briefing,
    research: Research,
    config: Config,
    shape: SiteShape | None = None,
    edited: data.Edited | None = None,
) -> dict[str, Output]:
    """Every file the site's pages and exports make, by path, with what makes it.
    ``edited``: see data.data_files."""
    pages = plan_pages(briefing, research, shape)
    pages += feeds.feed_pages(briefing, config, [p.url for p in pages if p.url.endswith("/")])
    outputs: dict[str, Output] = {}
    for page in pages:
        outputs[output_path(page.url)] = page
    for path, make in data.data_files(briefing, research, edited).items():
        outputs[path] = make
    return outputs


@dataclass
class Written:
    """What a build wrote: every file of the site, and what each output it made read."""

    files: stamp.Stats
    read: dict[str, Made]  # path -> (what it was planned from, keys read, seconds)
    bundles: tuple[Bundle, ...]
    wait: Callable[[], None] = lambda: None


def _render(
    renderer: Renderer,
    outputs: dict[str, Output],
    paths: list[str],
    writer: SiteWriter,
    spare: float | None = None,
) -> dict[str, Made]:
    """Make these outputs over the cores, noting what each reads and how long it takes.
    ``spare``: how long those beside the longest took last time, when known (a few
    outputs that took long are worth spreading over processes too)."""

    def make(path: str) -> Made:
        started = time.perf_counter()
        output = outputs[path]
        with reads.recording() as seen:
            if isinstance(output, Page):
                page = output.planned()
                writer.write_pieces(path, renderer.stream(page))
            else:
                made = output()
                if isinstance(made, bytes):  # as it is: no decoding and encoding again
                    writer.write_bytes(path, made)
                elif isinstance(made, Splice):
                    writer.write_splice(path, made)
                else:
                    writer.write_pieces(path, [made] if isinstance(made, str) else made)
        return planned_as(output), tuple(seen), round(time.perf_counter() - started, 4)

    spread = spare is not None and spare >= SPREAD_FROM
    return dict(zip(paths, fork_map(make, paths, spread=spread), strict=True))


# Keeps what the next build compares with (see _remember), given the outputs, what each
# read and the search bundles.
Keep = Callable[[dict[str, Output], dict[str, Made], tuple[Bundle, ...]], None]


def _write_site(
    out: Path,
    project: Project,
    renderer: Renderer,
    outputs: dict[str, Output],
    kept: Path | None,
    keep: Keep | None,
) -> Written:
    """A whole new site, in a folder beside the old one, swapped in at the end. What the
    next build compares with is kept (``keep``) while Pagefind indexes, which leaves
    this process's core free; the search pages are kept in ``kept``."""
    writer = SiteWriter(out)
    try:
        paths = list(outputs)
        read = _render(renderer, outputs, paths, writer)
        writer.adopt(paths)
        _copy_assets(writer, project)
        writer.write(".nojekyll", "")
        found = search_bundles(_page_urls(outputs))
        with _meanwhile(None if keep is None else partial(keep, outputs, read, tuple(found))):
            index_site(writer.staging, found, out, kept=kept)
        writer.commit()
    except BaseException:
        writer.discard()
        raise
    try:
        return Written(stamp.output_stats(out), read, tuple(found), writer.wait)
    except BaseException:
        writer.wait()  # the old site is being removed: not left half removed
        raise


def _patch_site(
    out: Path,
    project: Project,
    renderer: Renderer,
    plan: Callable[[], dict[str, Output]],
    before: LastBuild,
    keys: set[str] | None,
    own: dict[str, Output],
    kept: Path | None,
    keep: Keep | None,
) -> Written:
    """The last site, with the outputs that read a changed key made again (every output,
    when ``keys`` is None: the templates, configuration or gazetteer changed), the ones
    gone removed, and the search bundles holding a changed page indexed again. A file
    made again to the same bytes is left as it was.

    The pages that search bundles index are made first, and Pagefind indexes the
    bundles they changed while the other outputs (exports, lists, feeds) are made; what
    the next build compares with is kept (``keep``) while Pagefind indexes the rest, if
    any. The search pages are kept in ``kept``. First of all come the edited articles'
    ``own`` pages, made again whatever they read: their bundles are being indexed while
    what the other outputs read is loaded and compared. They are planned alone, and the
    bundles that hold them are taken to be the last build's, until the whole site is
    planned (``plan``).
    """
    old = set(before.snapshot.bundles)
    patch = SitePatch(out)
    try:
        page_at = partial(_patched_page, patch)
        with started_indexing(page_at, out, patch.staging, kept) as indexing:
            making = _Making(renderer, own, patch, list(before.snapshot.bundles),
                             _pages_of(old), indexing)  # fmt: skip
            making.make(list(own), None)
            outputs = plan()
            found = search_bundles(_page_urls(outputs))
            indexed = _pages_of(b for b in found if b in old)
            making.planned(outputs, found, indexed)
            remade = set(own).union(
                outputs if keys is None else before.reads.stale(outputs, keys)
            )
            stale = [path for path in outputs if path in remade]  # in plan order
            making.stop_unfinished(remade)
            for pages in _indexed_first([p for p in stale if p not in making.read], found, indexed):
                making.make(pages, before.reads.seconds_beside_longest(pages))
            rest = [path for path in stale if path not in making.read]
            making.make(rest, before.reads.seconds_beside_longest(rest))
            read = {path: making.read[path] for path in stale}  # in the order they were planned
            early = making.early
            made = set(outputs) | {".nojekyll"}
            if keys is None:
                made |= _copy_assets(patch, project)
                patch.write(".nojekyll", "")
            _remove_unmade(patch, before.files, made, old | set(found), keys is not None)
            written = set(patch.written) | patch.removed
            again = [b for b in found if b not in early
                     and (b not in old or not written.isdisjoint(b.pages))]  # fmt: skip
            stamp.clear(project.cache_dir)  # a patch cut short must not pass for the last build
            patch.put_in_place()
            keeping = None if keep is None else partial(keep, outputs, read, tuple(found))
            with _meanwhile(keeping):
                index_site(patch.out, again, patch.out, into=patch.staging, kept=kept)
                indexing.finish()
        for bundle in [*early, *again]:
            patch.replace_folder(bundle.folder)
        for folder in {b.folder for b in old} - {b.folder for b in found}:
            patch.remove_folder(folder)
        patch.commit()
    except BaseException:
        patch.discard()
        raise
    try:
        return Written(_files_after(out, before.files, patch), read, tuple(found), patch.wait)
    except BaseException:
        patch.wait()
        raise


def _remove_unmade(patch: SitePatch, files: stamp.Stats, made: set[str], bundles: set[Bundle],
                   assets_kept: bool) -> None:  # fmt: skip
    """Remove the last site's files that this one does not make: neither an output, a
    search bundle's nor, if they are kept, an asset."""
    indexes = tuple(f"{bundle.folder}/" for bundle in bundles)
    for path in files:
        kept = path.startswith(indexes) or (assets_kept and path.startswith("assets/"))
        if path not in made and not kept:
            patch.remove(path)


@dataclass
class _Making:
    """Outputs made into a patch, Pagefind started on each search bundle (of those the last
    build indexed: ``indexed`` holds their pages) as soon as a page of it is made, up to a
    bundle a core."""

    renderer: Renderer
    outputs: dict[str, Output]
    patch: SitePatch
    found: list[Bundle]
    indexed: set[str]
    indexing: Indexing
    read: dict[str, Made] = field(default_factory=dict)
    early: list[Bundle] = field(default_factory=list)

    def make(self, paths: list[str], spare: float | None) -> None:
        """Make these outputs, which hold every page to make again of the bundles they
        are in. ``spare``: see _render."""
        self.read |= _render_patch(self.renderer, self.outputs, paths, self.patch, spare)
        pages = self.indexed.intersection(paths)
        for bundle in _bundles_written(self.found, pages, self.patch.written):
            if len(self.early) < workers() and bundle not in self.early:
                self.indexing.start(bundle)
                self.early.append(bundle)

    def planned(self, outputs: dict[str, Output], found: list[Bundle], indexed: set[str]) -> None:
        """The whole site planned: its outputs and bundles. A bundle started that the site
        no longer has (an article added or removed changes them) is stopped."""
        self.outputs, self.found, self.indexed = outputs, found, indexed
        self._stop([b for b in self.early if b not in found])

    def stop_unfinished(self, remade: set[str]) -> None:
        """Stop indexing the bundles with a page to make again that is not made yet."""
        self._stop([b for b in self.early if not self.read.keys() >= remade & set(b.pages)])

    def _stop(self, bundles: list[Bundle]) -> None:
        for bundle in bundles:
            self.indexing.cancel(bundle)
            self.early.remove(bundle)


def _render_patch(
    renderer: Renderer,
    outputs: dict[str, Output],
    paths: list[str],
    patch: SitePatch,
    spare: float | None,
) -> dict[str, Made]:
    """These outputs made into the patch, those made to the same bytes left as they were.
    ``spare``: see _render."""
    read = _render(renderer, outputs, paths, patch, spare)
    patch.adopt(paths)
    for path in paths:
        patch.keep_unchanged(path)
    return read


def _indexed_first(stale: list[str], found: list[Bundle], indexed: set[str]) -> list[list[str]]:
    """The stale pages that search bundles index, in the order they are made so that
    Pagefind starts soonest: the articles' (quick to make, long to index), then the
    actors' and themes' (the main bundle, found[0])."""
    main = set(found[0].pages) if found else set()
    pages = [path for path in stale if path in indexed]
    return [[p for p in pages if p not in main], [p for p in pages if p in main]]


def _bundles_written(found: list[Bundle], pages: set[str], written: list[str]) -> list[Bundle]:
    """The bundles holding a page written, of those holding these pages."""
    changed = pages.intersection(written)
    return [b for b in found if not changed.isdisjoint(b.pages)]


def _patched_page(patch: SitePatch, page: str) -> Path:
    """A page's file as the patch leaves it: written anew, or the site's."""
    staged = patch.staging / page
    return staged if staged.exists() else patch.out / page


def _files_after(out: Path, before: stamp.Stats, patch: SitePatch) -> stamp.Stats:
    """The site's files, from the last build's list and what the patch changed."""
    folders = tuple(f"{folder}/" for folder in [*patch.folders, *patch.gone_folders])
    files = dict(before)
    for path in [path for path in files if path.startswith(folders)] + list(patch.removed):
        files.pop(path, None)
    files.update(stamp.output_stats(out, patch.folders))
    files.update(stamp.file_stats(out, patch.written))
    return dict(sorted(files.items()))


def _pages_of(bundles: Iterable[Bundle]) -> set[str]:
    return {page for bundle in bundles for page in bundle.pages}


def _page_urls(outputs: dict[str, Output]) -> list[str]:
    return [output.url for output in outputs.values() if isinstance(output, Page)]


@contextmanager
def _meanwhile(task: Callable[[], None] | None) -> Iterator[None]:
    """Run task in a thread of its own while the block runs; its error, if any, at the end."""
    if task is None:
        yield
        return
    with ThreadPoolExecutor(max_workers=1) as pool:
        running = pool.submit(task)
        yield
        running.result()


def _remember(
    project: Project,
    woven: Woven,
    before: LastBuild | None,
    site_key: str,
    shape: SiteShape,
    outputs: dict[str, Output],
    read: dict[str, Made],
    bundles: tuple[Bundle, ...],
) -> None:
    """Keep what the next build compares with: the woven briefing and what each output read."""
    last_reads = before.reads if before else OutputReads.empty()
    store_reads(project.cache_dir, woven.build_id, last_reads.updated(read, outputs))
    woven.store(project.cache_dir, site_key, bundles, shape)


def _copy_assets(writer: SiteWriter, project: Project) -> set[str]:
    """Packaged assets first, then the project's own, which win file by file; their paths."""
    assets: dict[str, Path] = {}
    for folder in (PACKAGED_TEMPLATES / "assets", project.templates_dir / "assets"):
        if folder.is_dir():
            for file in sorted(p for p in folder.rglob("*") if p.is_file()):
                assets[f"assets/{file.relative_to(folder).as_posix()}"] = file
    for path, file in sorted(assets.items()):
        try:
            data = file.read_bytes()
        except FileNotFoundError:
            raise BriefingError("file not found", file) from None
        except OSError as error:
            raise BriefingError(f"cannot read: {error.strerror}", file) from None
        writer.write(path, data)
    return set(assets)


def base_url_note(base_url: str) -> str | None:
    """What a site built for this base URL lacks, if anything: said once per build."""
    if is_absolute(base_url):
        return None
    lacking = "the feeds hold relative links and no sitemap is written"
    if base_url == "/":  # GitHub Pages serves 404.html at any depth: it must know the path
        lacking = (
            "the feeds hold relative links, no sitemap is written and 404.html works only "
            "at a domain root"
        )
    return (
        f"note: base_url {base_url!r} is not an absolute URL, so {lacking}; "
        "set it in briefing.yml or with --base-url"
    )


def build_command(
    root: Path | None, out: Path | None, base_url: str | None, offline: bool, no_cache: bool
) -> int:
    project = load_project(root)
    project = Project(project.root, project.config.with_base_url(base_url))
    if out is not None and not out.expanduser().parent.exists():
        raise BriefingError("the folder holding the output does not exist", out.parent)
    waiting = seeds_not_ingested(project.root)  # before the build: its end says all at once
    result = build(project, out, offline, use_cache=not no_cache, process_ends=True)
    note = base_url_note(project.config.base_url)
    if note:
        print(note, file=sys.stderr)
    print(
        f"built {result.pages} pages ({result.files} files) into {result.out} "
        f"in {result.seconds:.2f} s"
        + (": nothing had changed since the last build" if result.unchanged else ""),
        file=sys.stdout,
    )
    if waiting:
        print(
            f"note: {len(waiting)} seed{'s' if len(waiting) != 1 else ''} in seeds/ "
            f"not ingested yet ({', '.join(waiting[:3])}{', …' if len(waiting) > 3 else ''}): "
            "run `briefing ingest`",
            file=sys.stderr,
        )
    return 0


def seeds_not_ingested(root: Path) -> list[str]:
    """Seeds that no article names as its seed: dropped in since the last ingest. The
    ingest manifest answers for most; only seeds it lacks are looked for in articles."""
    from ..ingest.manifest import Manifest
    from ..ingest.reading import SEED_SUFFIXES

    seeds, articles = root / "seeds", root / "content" / "articles"
    if not seeds.is_dir():
        return []
    try:
        known = {entry.seed for entry in Manifest.load(articles).entries.values()}
    except BriefingError:
        known = set()
    found = sorted(
        p.relative_to(seeds).as_posix()
        for p in seeds.rglob("*")
        if p.is_file()
        and p.suffix.lower() in SEED_SUFFIXES
        and p.stem.lower() != "readme"
        and not any(part.startswith(".") for part in p.relative_to(seeds).parts)
    )
    waiting = [name for name in found if name not in known]
    named = _seeds_named_by_articles(articles) if waiting else set()
    return [name for name in waiting if name not in named]


_SEED_LINE = re.compile(r"^seed:\s*['\"]?(.+?)['\"]?\s*$", re.MULTILINE)


def _seeds_named_by_articles(articles: Path) -> set[str]:
    named = set()
    for path in articles.glob("*.md"):
        try:
            with open(path, encoding="utf-8", errors="replace") as stream:
                head = stream.read(4000)  # the front matter is at the top
        except OSError:
            continue
        named.update(_SEED_LINE.findall(head))
    return named
