"""Loading: content read and checked, then woven, with the build cache's help.

Everything a build does before it plans pages. An article file unchanged since
the last build is taken from the cache without parsing; the others are woven
over the cores.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path

from ..errors import BriefingError
from ..load.content import load_article, load_articles
from ..load.gazetteer import load_gazetteer
from ..load.project import Project
from ..load.sources import load_seed
from ..model import (
    Article,
    Briefing,
    Bundle,
    Gazetteer,
    Research,
    SeedText,
    SiteShape,
    WovenArticle,
)
from ..parallel import fork_map
from ..store import snapshot
from ..store.cache import BuildCache, digest, files_digest
from ..store.snapshot import Snapshot
from ..views.research import research_views
from ..weave.tagging import Tagger
from ..weave.weave import weave_article, weave_briefing, with_edits


def load_briefing(
    project: Project, cache: BuildCache | None = None
) -> tuple[Briefing, Research]:
    """Load and check all content, then weave it: everything before rendering."""
    cache = cache or BuildCache(None)
    gazetteer = load_gazetteer(project.content_dir)
    known = _KnownArticles(project, cache)
    articles = load_articles(project.articles_dir, gazetteer, project.config.language, known.find)
    cache.store_article_index({a.path.as_posix(): (a.digest, a.seed) for a in articles})
    # Cached articles are read here: sending them back from workers would cost
    # more than reading them. Only the rest are woven over the cores.
    jobs = [known.job(a) for a in articles]
    tagger = Tagger(gazetteer)
    missing = [job for job in jobs if job.woven is None]
    fresh = iter(fork_map(lambda job: _weave(job, tagger, cache), missing))
    woven = [job.woven or next(fresh) for job in jobs]
    briefing = weave_briefing(gazetteer, woven)
    return briefing, research_views(briefing)


def gazetteer_key(project: Project) -> str:
    return files_digest([project.content_dir / "actors.yml", project.content_dir / "themes.yml"])


def _woven_key(
    gazetteer_key: str, language: str, digest_: str, seed: SeedText | None
) -> str:
    """What a woven article depends on: its file, its seed, the gazetteer and two options."""
    return digest(digest_, seed.sha256 if seed else "", gazetteer_key, language)


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

    def __init__(self, project: Project, cache: BuildCache):
        self.project, self.cache = project, cache
        self.woven_key = partial(
            _woven_key, gazetteer_key(project), project.config.language
        )
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


def _weave(job: _WeaveJob, tagger: Tagger, cache: BuildCache) -> WovenArticle:
    return cache.store_woven(weave_article(job.article, tagger, job.seed, job.key))


def reweave(
    project: Project, gazetteer: Gazetteer, paths: list[Path], cache: BuildCache
) -> list[WovenArticle]:
    """These article files read and woven afresh, or taken from the cache as they stand."""
    known = _KnownArticles(project, cache)
    tagger = Tagger(gazetteer)
    found = []
    for path in paths:
        job = known.job(load_article(path, gazetteer, project.config.language))
        found.append(job.woven or _weave(job, tagger, cache))
    return found


@dataclass(frozen=True)
class Woven:
    """The briefing a build renders, and how it came to be: woven whole, or the last
    build's with some articles woven anew."""

    briefing: Briefing
    research: Research
    rewoven: set[str] | None  # slugs of the articles that may differ from the last build's
    build_id: str = field(default_factory=lambda: secrets.token_hex(16))
    base: Snapshot | None = None  # the last build's, when this one is it with edits
    edited: tuple[WovenArticle, ...] = ()

    def store(
        self, folder: Path, site_key: str, bundles: tuple[Bundle, ...], shape: SiteShape
    ) -> None:
        """Keep it in the build cache, for the next build to compare with."""
        if self.base is None:
            kept = Snapshot(self.briefing, self.research, site_key, bundles, shape)
            snapshot.store(folder, self.build_id, kept)
            return
        kept = replace(self.base, briefing=self.briefing, site_key=site_key, bundles=bundles,
                       shape=shape)  # fmt: skip
        snapshot.store_edits(folder, self.build_id, kept, self.edited)


def woven_briefing(
    project: Project,
    cache: BuildCache,
    last: Snapshot | None,
    changed: set[str],
) -> Woven:
    """The briefing, woven: the last build's with the edited articles woven anew and its
    indexes updated from them, when the edits reach no further (see weave.with_edits),
    else all of it."""
    if last is not None:
        edited = _edits_of(project, last, cache, changed)
        if edited is not None:
            pairs = [(last.briefing.by_slug[w.slug], w) for w in edited]
            briefing = with_edits(snapshot.with_articles(last.briefing, edited), pairs)
            if briefing is not None:
                return Woven(briefing, last.research, {w.slug for w in edited},
                             base=last, edited=tuple(edited))  # fmt: skip
    briefing, research = load_briefing(project, cache)
    return Woven(briefing, research, None)


def _edits_of(
    project: Project, last: Snapshot, cache: BuildCache, changed: set[str]
) -> list[WovenArticle] | None:
    """The edited articles woven anew, if only article files changed and none came or
    went."""
    paths = [Path(path) for path in sorted(changed)]
    folder = project.articles_dir
    if not paths or not all(
        p.parent == folder and p.suffix == ".md" and p.is_file() for p in paths
    ):
        return None
    try:
        rewoven = reweave(project, last.briefing.gazetteer, paths, cache)
    except BriefingError:
        return None  # the whole weave reports it, with every other problem
    for woven in rewoven:
        old = last.briefing.by_slug.get(woven.slug)
        if old is None or old.article.path != woven.article.path:
            return None
    return rewoven
