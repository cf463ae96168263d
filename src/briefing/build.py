"""The build: load → weave → plan → render → write, as plain calls read top to bottom."""

from __future__ import annotations

import re
import secrets
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from . import data, edits, feeds, snapshot, stamp
from .cache import (
    BuildCache,
    digest,
    fingerprinter,
    metadata_digest,
    tree_digest,
)
from .errors import BriefingError
from .loading import gazetteer_key, load_briefing
from .model import Briefing, Bundle, Page, PageRecord
from .pages import plan_pages
from .parallel import collecting_less, fork_map
from .project import PACKAGED_TEMPLATES, Project, load_project
from .render import Renderer
from .search import bundles as search_bundles
from .search import index_site
from .snapshot import Snapshot
from .urls import is_absolute, output_path
from .writer import SiteWriter, check_output_dir

__all__ = ["BuildResult", "build", "build_command", "load_briefing"]


@dataclass(frozen=True)
class BuildResult:
    out: Path
    pages: int  # HTML pages (feeds, data and assets are the other files)
    files: int
    seconds: float
    unchanged: bool = False  # nothing it reads or wrote had changed: the site stood as it was
    patched: bool = False  # only article texts had changed: the site was patched (edits.py)


def build(
    project: Project,
    out: Path | None = None,
    offline: bool = False,
    live_reload: bool = False,
    use_cache: bool = True,
) -> BuildResult:
    with collecting_less():
        return _build(project, out, offline, live_reload, use_cache)


def _build(
    project: Project, out: Path | None, offline: bool, live_reload: bool, use_cache: bool
) -> BuildResult:
    started = time.perf_counter()
    out = check_output_dir(out or project.site_dir, project.root)
    options = stamp.options_key(project, out, offline, live_reload)
    inputs = stamp.input_stats(project)
    racy = stamp.racy_digests(inputs) if use_cache else {}  # only a stamp keeps them
    last = stamp.load(project.cache_dir) if use_cache else None
    if last is not None and last.options == options and last.outputs == stamp.output_stats(out):
        changed = stamp.changed_inputs(last, inputs)
        if not changed:
            return BuildResult(out, last.pages, last.files, time.perf_counter() - started, True)
        patched = edits.rebuild(project, out, offline, live_reload, last, changed, inputs, racy)
        if patched is not None:
            seconds = time.perf_counter() - started
            return BuildResult(out, patched.pages, patched.files, seconds, patched=True)
    cache = BuildCache(project.cache_dir if use_cache else None)
    briefing, research = load_briefing(project, offline, cache)
    pages = plan_pages(briefing, research)
    pages += feeds.feed_pages(
        briefing, project.config, [p.url for p in pages if p.url.endswith("/")]
    )
    renderer = Renderer(
        project.templates_dir,
        project.config,
        offline,
        {"briefing": briefing, "live_reload": live_reload},
        keep_compiled=cache.enabled,
    )
    site_key = _site_key(project, briefing, offline, live_reload) if cache.enabled else ""
    fingerprint = fingerprinter(site_key, briefing) if cache.enabled else None
    previous = cache.page_records() if out.is_dir() else {}
    writer = SiteWriter(out)
    try:
        fingerprints, rendered = _write_pages(writer, renderer, pages, previous, fingerprint)
        for path, text in data.data_files(briefing, research).items():
            writer.write(path, text)
        _copy_assets(writer, project)
        writer.write(".nojekyll", "")
        same_pages = previous.keys() == fingerprints.keys()
        bundles = search_bundles(page.url for page in pages)
        index_site(writer.staging, _stale_bundles(writer, bundles, rendered, same_pages), out)
        writer.commit()
    except BaseException:
        writer.discard()
        raise
    html_pages = sum(1 for page in pages if page.url.endswith(("/", ".html")))
    try:
        outputs = stamp.output_stats(out)  # every file of the site, the search index's too
        if cache.enabled:
            build_id = secrets.token_hex(16)
            cache.store_page_records(_records(outputs, fingerprints))
            snapshot.store(project.cache_dir, build_id,
                           Snapshot(briefing, research, site_key, tuple(bundles)))  # fmt: skip
            stamp.store(
                project.cache_dir,
                stamp.Stamp(options, inputs, outputs, html_pages, len(outputs), build_id, racy),
            )
    finally:
        writer.wait()
    return BuildResult(out, html_pages, len(outputs), time.perf_counter() - started)


def _site_key(project: Project, briefing: Briefing, offline: bool, live_reload: bool) -> str:
    """What every page's fingerprint shares: templates, configuration, gazetteer, options.

    Every article's card joins them when a template of the project's own may
    look articles up in the whole briefing: any card may then show on any page.
    """
    return digest(
        tree_digest([project.templates_dir, PACKAGED_TEMPLATES]),
        repr(project.config),
        metadata_digest(briefing) if _own_templates_read_briefing(project) else "",
        gazetteer_key(project),
        f"{offline}|{live_reload}",
    )


def _own_templates_read_briefing(project: Project) -> bool:
    """Whether a template of the project's, not a packaged one, names the briefing.

    The packaged templates look an article up only by the slug of a record
    that names it (a passage, an event), and the fingerprints hold the card of
    each article so named.
    """
    own = project.templates_dir
    if not own.is_dir() or own.resolve() == PACKAGED_TEMPLATES.resolve():
        return False
    for file in own.rglob("*"):
        relative = file.relative_to(own)
        if relative.parts[0] == "assets" or not file.is_file():
            continue
        try:
            text = file.read_bytes()
        except OSError:
            return True  # the renderer says what is wrong with it
        twin = PACKAGED_TEMPLATES / relative
        if b"briefing" in text and not (twin.is_file() and twin.read_bytes() == text):
            return True
    return False


def _stale_bundles(
    writer: SiteWriter, bundles: list[Bundle], rendered: set[str], same_pages: bool
) -> list[Bundle]:
    """The search bundles to index again; the others are taken over from the last build."""
    return [
        bundle
        for bundle in bundles
        if not (same_pages and rendered.isdisjoint(bundle.pages))
        or not writer.reuse_tree(bundle.folder)
    ]


def _write_pages(
    writer: SiteWriter,
    renderer: Renderer,
    pages: list[Page],
    previous: dict[str, PageRecord],
    fingerprint: Callable[[Page], str] | None,  # None: no cache
) -> tuple[dict[str, str], set[str]]:
    """Render and write each page, or take it over from the last build when unchanged.

    Returns each page's fingerprint by URL, and the files rendered afresh.
    """

    def produce(page: Page) -> tuple[str, str, bool]:
        path = output_path(page.url)
        page = page.planned()
        printed = fingerprint(page) if fingerprint else ""
        record = previous.get(page.url)
        if record and record.fingerprint == printed and writer.reuse(path, record):
            return path, printed, False
        writer.write_pieces(path, renderer.stream(page))
        return path, printed, not (record and writer.keep_unchanged(path))

    results = fork_map(produce, pages)
    writer.adopt([path for path, _, _ in results])  # files the workers wrote or linked
    fingerprints = {page.url: fp for page, (_, fp, _) in zip(pages, results, strict=True)}
    return fingerprints, {path for path, _, rendered in results if rendered}


def _records(outputs: stamp.Stats, fingerprints: dict[str, str]) -> dict[str, PageRecord]:
    """Each page's fingerprint with the size and time of the file written for it."""
    records = {}
    for url, fingerprint in fingerprints.items():
        found = outputs.get(output_path(url))
        if found is not None:
            records[url] = PageRecord(fingerprint, *found)
    return records


def _copy_assets(writer: SiteWriter, project: Project) -> None:
    """Packaged assets first, then the project's own, which win file by file."""
    assets: dict[str, Path] = {}
    for folder in (PACKAGED_TEMPLATES / "assets", project.templates_dir / "assets"):
        if folder.is_dir():
            for file in sorted(p for p in folder.rglob("*") if p.is_file()):
                assets[file.relative_to(folder).as_posix()] = file
    for name, file in sorted(assets.items()):
        try:
            data = file.read_bytes()
        except FileNotFoundError:
            raise BriefingError("file not found", file) from None
        except OSError as error:
            raise BriefingError(f"cannot read: {error.strerror}", file) from None
        writer.write(f"assets/{name}", data)


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
    result = build(project, out, offline, use_cache=not no_cache)
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
    from .ingest.manifest import Manifest
    from .ingest.reading import SEED_SUFFIXES

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
