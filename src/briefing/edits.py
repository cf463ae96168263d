"""Rebuilds after edits to article texts: the last build's site, patched in place.

When the only inputs changed since the last build are article files, and each
edit leaves all that other pages read of its article as it was (its card, tags,
counts, events, quotes and findings: everything but the text), the last
build's woven briefing still stands but for those articles. Only the pages
that may show their text are planned again, only those whose data changed are
rendered, only the search bundles holding those pages are indexed again, and
the new files are put in place together, the old ones put back if anything
fails. Anything else takes the full build, which also reports every problem
an edit brings.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import wraps
from pathlib import Path
from typing import ParamSpec

from . import data, stamp
from . import snapshot as snapshots
from .cache import BuildCache, fingerprinter
from .errors import BriefingError
from .loading import reweave
from .model import Briefing, Page, PageRecord, WovenArticle
from .pages import text_pages
from .project import Project
from .render import Renderer
from .search import index_site
from .snapshot import Snapshot
from .urls import output_path
from .writer import SitePatch

P = ParamSpec("P")


@dataclass(frozen=True)
class Patched:
    pages: int  # in the site
    files: int
    rendered: int  # pages rendered again


def _unless_damaged(patch: Callable[P, Patched | None]) -> Callable[P, Patched | None]:
    """None, for the full build, where a pickle of the snapshot is not as it was signed."""

    @wraps(patch)
    def patching(*args: P.args, **kwargs: P.kwargs) -> Patched | None:
        try:
            return patch(*args, **kwargs)
        except snapshots.DamagedSnapshot:
            return None  # the patch's files went back; the full build weaves again

    return patching


@_unless_damaged
def rebuild(
    project: Project,
    out: Path,
    offline: bool,
    live_reload: bool,
    last: stamp.Stamp,
    changed: set[str],
    inputs: stamp.Stats,
    racy: dict[str, str],
) -> Patched | None:
    """Patch the site the stamped build left for edited article texts; None if it cannot."""
    cache = BuildCache(project.cache_dir)
    woven = _weave_edits(project, offline, last, changed, cache)
    if woven is None:
        return None
    snapshot, rewoven = woven
    renderer = Renderer(
        project.templates_dir,
        project.config,
        offline,
        {"briefing": snapshot.briefing, "live_reload": live_reload},
        keep_compiled=True,
    )
    records = cache.page_records()
    patch = SitePatch(out)
    try:
        try:
            pages = _pages_showing(snapshot, rewoven)
            fingerprint = fingerprinter(snapshot.site_key, snapshot.briefing)
            fingerprints = _write_pages(patch, renderer, pages, records, fingerprint)
        except BriefingError:
            # A text the snapshot names was damaged (and the cache cleared), or a
            # template fails: the full build weaves again, or says what fails.
            patch.discard()
            return None
        _write_articles_data(patch, snapshot.briefing, [w.slug for w in rewoven])
        stamp.clear(project.cache_dir)  # a patch cut short must not pass for the last build
        _apply(patch, snapshot)
    except BaseException:
        patch.discard()
        raise
    outputs = _outputs_after(out, last.outputs, patch)
    new_stamp = replace(last, inputs=inputs, racy=racy, outputs=outputs, files=len(outputs))
    _remember(project, cache, snapshot, rewoven, records, fingerprints, new_stamp)
    return Patched(last.pages, len(outputs), len(fingerprints))


def _weave_edits(
    project: Project, offline: bool, last: stamp.Stamp, changed: set[str], cache: BuildCache
) -> tuple[Snapshot, list[WovenArticle]] | None:
    """The last build's snapshot with the edited articles woven anew, if a patch can do."""
    edited = _edited_articles(project, changed)
    snapshot = snapshots.load(project.cache_dir, last.build_id) if edited else None
    if snapshot is None:
        return None
    try:
        rewoven = reweave(project, snapshot.briefing.gazetteer, edited, offline, cache)
    except BriefingError:
        return None  # the full build reports it, with every other problem
    briefing = _with_articles(snapshot.briefing, rewoven)
    return (replace(snapshot, briefing=briefing), rewoven) if briefing else None


def _apply(patch: SitePatch, snapshot: Snapshot) -> None:
    """Put the patch in place, index its pages' search bundles anew, and commit."""
    written = set(patch.written)
    stale = [b for b in snapshot.bundles if not written.isdisjoint(b.pages)]
    patch.put_in_place()
    index_site(patch.out, stale, patch.out, into=patch.staging)
    for bundle in stale:
        patch.replace_folder(bundle.folder)
    patch.commit()


def _edited_articles(project: Project, changed: set[str]) -> list[Path]:
    """The article files changed since the last build, if nothing else changed and none
    came or went; else an empty list."""
    paths = [Path(path) for path in sorted(changed)]
    articles = project.articles_dir
    if not all(
        path.parent == articles and path.suffix == ".md" and path.is_file() for path in paths
    ):
        return []
    return paths


def _seen_by_other_pages(woven: WovenArticle) -> WovenArticle:
    """The article less its text and what only its text's pages and the data show."""
    return replace(woven, key="", words=0, article=replace(woven.article, digest=""))


def _with_articles(briefing: Briefing, rewoven: list[WovenArticle]) -> Briefing | None:
    """The briefing with these articles woven anew, if no other page sees a change."""
    for woven in rewoven:
        old = briefing.by_slug.get(woven.slug)
        if old is None or old.article.path != woven.article.path:
            return None
        if _seen_by_other_pages(old) != _seen_by_other_pages(woven):
            return None
    return snapshots.with_articles(briefing, rewoven)


def _pages_showing(snapshot: Snapshot, rewoven: list[WovenArticle]) -> list[Page]:
    pages: dict[str, Page] = {}
    for woven in rewoven:
        for page in text_pages(snapshot.briefing, snapshot.research, woven):
            pages.setdefault(page.url, page)
    return list(pages.values())


def _write_pages(
    patch: SitePatch,
    renderer: Renderer,
    pages: list[Page],
    records: dict[str, PageRecord],
    fingerprint_of: Callable[[Page], str],
) -> dict[str, str]:
    """Render the pages whose data changed; their new fingerprints by URL."""
    fingerprints = {}
    for page in pages:
        page = page.planned()
        fingerprint = fingerprint_of(page)
        record = records.get(page.url)
        if record is None or record.fingerprint != fingerprint:
            path = output_path(page.url)
            patch.write_pieces(path, renderer.stream(page))
            patch.keep_unchanged(path)
            fingerprints[page.url] = fingerprint
    return fingerprints


def _write_articles_data(patch: SitePatch, briefing: Briefing, slugs: list[str]) -> None:
    try:
        old = (patch.out / data.ARTICLES).read_bytes()
    except OSError:
        old = b""
    new = data.articles_with(old, briefing, slugs)
    if new != old:
        patch.write(data.ARTICLES, new)


def _outputs_after(out: Path, before: stamp.Stats, patch: SitePatch) -> stamp.Stats:
    """The site's files as the stamp records them, from the last build's and the patch's."""
    folders = tuple(f"{folder}/" for folder in patch.folders)
    outputs = {path: stat for path, stat in before.items() if not path.startswith(folders)}
    outputs.update(stamp.output_stats(out, patch.folders))
    outputs.update(stamp.file_stats(out, patch.written))
    return dict(sorted(outputs.items()))


def _remember(
    project: Project,
    cache: BuildCache,
    snapshot: Snapshot,
    rewoven: list[WovenArticle],
    records: dict[str, PageRecord],
    fingerprints: dict[str, str],
    new_stamp: stamp.Stamp,
) -> None:
    """Leave the cache as the full build would have: records, index, snapshot, stamp."""
    for url, fingerprint in fingerprints.items():
        size, mtime = new_stamp.outputs[output_path(url)]
        records[url] = PageRecord(fingerprint, size, mtime)
    cache.store_page_records(records)
    index = cache.article_index()
    for woven in rewoven:
        index[woven.article.path.as_posix()] = (woven.article.digest, woven.article.seed)
    cache.store_article_index(index)
    build_id = secrets.token_hex(16)
    snapshots.store_edits(project.cache_dir, build_id, snapshot, rewoven)
    stamp.store(project.cache_dir, replace(new_stamp, build_id=build_id))
