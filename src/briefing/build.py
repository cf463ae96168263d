"""The build: load → weave → plan → render → write, as plain calls read top to bottom."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from . import data, feeds, stamp
from .cache import (
    BuildCache,
    PageRecord,
    digest,
    files_digest,
    metadata_digest,
    page_fingerprint,
    tree_digest,
)
from .content import load_articles
from .errors import BriefingError
from .gazetteer import load_gazetteer
from .model import Article
from .pages import Page, plan_pages
from .parallel import collecting_less, fork_map
from .project import PACKAGED_TEMPLATES, Project, load_project
from .render import Renderer
from .search import Bundle, index_site
from .search import bundles as search_bundles
from .sources import SeedText, load_seed
from .tagging import Tagger
from .urls import is_absolute, output_path
from .views.research import Research, research_views
from .weave import Briefing, WovenArticle, weave_article, weave_briefing
from .writer import SiteWriter, check_output_dir


@dataclass(frozen=True)
class BuildResult:
    out: Path
    pages: int
    files: int
    seconds: float
    unchanged: bool = False  # nothing it reads or wrote had changed: the site stood as it was


def load_briefing(
    project: Project, offline: bool = False, cache: BuildCache | None = None
) -> tuple[Briefing, Research]:
    """Load and check all content, then weave it: everything before rendering."""
    cache = cache or BuildCache(None)
    gazetteer = load_gazetteer(project.content_dir)
    woven_key = partial(
        _woven_key,
        _gazetteer_key(project),
        project.config.language,
        offline,
    )
    known = _KnownArticles(project, cache, woven_key)
    articles = load_articles(project.articles_dir, gazetteer, project.config.language, known.find)
    cache.store_article_index({a.path.as_posix(): (a.digest, a.seed) for a in articles})
    # Cached articles are read here: sending them back from workers would cost
    # more than reading them. Only the rest are woven over the cores.
    jobs = [known.job(a) for a in articles]
    tagger = Tagger(gazetteer)
    missing = [job for job in jobs if job.woven is None]
    fresh = iter(fork_map(lambda job: _weave(job, tagger, offline, cache), missing))
    woven = [job.woven or next(fresh) for job in jobs]
    briefing = weave_briefing(gazetteer, woven)
    return briefing, research_views(briefing)


def _gazetteer_key(project: Project) -> str:
    return files_digest([project.content_dir / "actors.yml", project.content_dir / "themes.yml"])


def _woven_key(
    gazetteer_key: str, language: str, offline: bool, digest_: str, seed: SeedText | None
) -> str:
    """What a woven article depends on: its file, its seed, the gazetteer and two options."""
    return digest(digest_, seed.sha256 if seed else "", gazetteer_key, language, str(offline))


@dataclass(frozen=True)
class _WeaveJob:
    article: Article
    seed: SeedText | None
    key: str
    woven: WovenArticle | None  # from the cache, when it holds this very article


class _KnownArticles:
    """Articles whose file is as the last build read it, taken from the cache unparsed.

    Parsing front matter is most of the cost of loading an article that did
    not change; the cache's index names each file's digest and seed, which
    give the key of its woven record, and that record holds the parsed article.
    """

    def __init__(self, project: Project, cache: BuildCache, woven_key: Callable[..., str]):
        self.project, self.cache, self.woven_key = project, cache, woven_key
        self.index = cache.article_index()
        self.jobs: dict[Path, _WeaveJob] = {}

    def find(self, path: Path, digest_: str) -> Article | None:
        entry = self.index.get(path.as_posix())
        if entry is None or entry[0] != digest_:
            return None
        seed, key, woven = self._cached(digest_, entry[1])
        if woven is None or woven.article.digest != digest_ or woven.article.path != path:
            return None
        self.jobs[path] = _WeaveJob(woven.article, seed, key, woven)
        return woven.article

    def job(self, article: Article) -> _WeaveJob:
        job = self.jobs.get(article.path)
        if job is not None and job.article is article:
            return job
        seed, key, woven = self._cached(article.digest, article.seed)
        # The key holds the file's digest; the same text in another file is another article.
        cached = woven if woven and woven.article.path == article.path else None
        return _WeaveJob(article, seed, key, cached)

    def _cached(
        self, digest_: str, seed_name: str | None
    ) -> tuple[SeedText | None, str, WovenArticle | None]:
        seed = load_seed(self.project.seeds_dir, seed_name)
        key = self.woven_key(digest_, seed)
        return seed, key, self.cache.load_woven(key)


def _weave(job: _WeaveJob, tagger: Tagger, offline: bool, cache: BuildCache) -> WovenArticle:
    return cache.store_woven(weave_article(job.article, tagger, job.seed, offline, job.key))


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
    last = stamp.load(project.cache_dir) if use_cache else None
    if last is not None and stamp.still_stands(last, options, inputs, out):
        return BuildResult(out, last.pages, last.files, time.perf_counter() - started, True)
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
    )
    site_key = _site_key(project, briefing, offline, live_reload) if cache.enabled else ""
    previous = cache.page_records() if out.is_dir() else {}
    writer = SiteWriter(out)
    try:
        fingerprints, rendered = _write_pages(writer, renderer, pages, previous, site_key, cache)
        for path, text in data.data_files(briefing, research).items():
            writer.write(path, text)
        _copy_assets(writer, project)
        writer.write(".nojekyll", "")
        same_pages = previous.keys() == fingerprints.keys()
        index_site(writer.staging, _stale_bundles(writer, pages, rendered, same_pages), out)
        writer.commit()
    except BaseException:
        writer.discard()
        raise
    outputs = stamp.output_stats(out)  # every file of the site, the search index's too
    if cache.enabled:
        cache.store_page_records(_records(outputs, fingerprints))
        stamp.store(
            project.cache_dir, stamp.Stamp(options, inputs, outputs, len(pages), len(outputs))
        )
    return BuildResult(out, len(pages), len(outputs), time.perf_counter() - started)


def _site_key(project: Project, briefing: Briefing, offline: bool, live_reload: bool) -> str:
    """What every page's fingerprint shares: templates, configuration, gazetteer, metadata."""
    return digest(
        tree_digest([project.templates_dir, PACKAGED_TEMPLATES]),
        repr(project.config),
        metadata_digest(briefing),
        _gazetteer_key(project),
        f"{offline}|{live_reload}",
    )


def _stale_bundles(
    writer: SiteWriter, pages: list[Page], rendered: set[str], same_pages: bool
) -> list[Bundle]:
    """The search bundles to index again; the others are taken over from the last build."""
    return [
        bundle
        for bundle in search_bundles(page.url for page in pages)
        if not (same_pages and rendered.isdisjoint(bundle.pages))
        or not writer.reuse_tree(bundle.folder)
    ]


def _write_pages(
    writer: SiteWriter,
    renderer: Renderer,
    pages: list[Page],
    previous: dict[str, PageRecord],
    site_key: str,
    cache: BuildCache,
) -> tuple[dict[str, str], set[str]]:
    """Render and write each page, or take it over from the last build when unchanged.

    Returns each page's fingerprint by URL, and the files rendered afresh.
    """

    def produce(page: Page) -> tuple[str, str, bool]:
        path = output_path(page.url)
        page = page.planned()
        fingerprint = page_fingerprint(page, site_key) if cache.enabled else ""
        record = previous.get(page.url)
        if record and record.fingerprint == fingerprint and writer.reuse(path, record):
            return path, fingerprint, False
        writer.write_pieces(path, renderer.stream(page))
        return path, fingerprint, True

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


def build_command(
    root: Path | None, out: Path | None, base_url: str | None, offline: bool, no_cache: bool
) -> int:
    project = load_project(root)
    project = Project(project.root, project.config.with_base_url(base_url))
    if out is not None and not out.expanduser().parent.exists():
        raise BriefingError("the folder holding the output does not exist", out.parent)
    result = build(project, out, offline, use_cache=not no_cache)
    if not is_absolute(project.config.base_url):
        print(
            f"note: base_url {project.config.base_url!r} is not an absolute URL, so the feeds "
            "and the sitemap hold relative links; set it in briefing.yml or with --base-url",
            file=sys.stderr,
        )
    print(
        f"built {result.pages} pages ({result.files} files) into {result.out} "
        f"in {result.seconds:.2f} s"
        + (": nothing had changed since the last build" if result.unchanged else ""),
        file=sys.stdout,
    )
    return 0
