"""The build: load → weave → plan → render → write, as plain calls read top to bottom."""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass
from pathlib import Path

from . import data, feeds
from .content import load_articles
from .errors import BriefingError
from .gazetteer import load_gazetteer
from .pages import plan_pages
from .project import PACKAGED_TEMPLATES, Project, load_project
from .render import Renderer
from .search import index_site
from .sources import load_seed
from .tagging import Tagger
from .urls import is_absolute, output_path
from .views.research import Research, research_views
from .weave import Briefing, weave_article, weave_briefing
from .writer import SiteWriter, check_output_dir


@dataclass(frozen=True)
class BuildResult:
    out: Path
    pages: int
    files: int
    seconds: float


def load_briefing(project: Project, offline: bool = False) -> tuple[Briefing, Research]:
    """Load and check all content, then weave it: everything before rendering."""
    gazetteer = load_gazetteer(project.content_dir)
    articles = load_articles(project.articles_dir, gazetteer, project.config.language)
    tagger = Tagger(gazetteer)
    woven = [
        weave_article(a, tagger, load_seed(project.seeds_dir, a.seed), offline) for a in articles
    ]
    briefing = weave_briefing(gazetteer, woven)
    return briefing, research_views(briefing, tagger)


def build(
    project: Project, out: Path | None = None, offline: bool = False, live_reload: bool = False
) -> BuildResult:
    started = time.perf_counter()
    out = check_output_dir(out or project.site_dir, project.root)
    briefing, research = load_briefing(project, offline)
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
    writer = SiteWriter(out)
    try:
        for page in pages:
            writer.write(output_path(page.url), renderer.render(page))
        for path, text in data.data_files(briefing, research).items():
            writer.write(path, text)
        _copy_assets(writer, project)
        writer.write(".nojekyll", "")
        index_site(writer.staging)
        writer.commit()
    except BaseException:
        writer.discard()
        raise
    return BuildResult(out, len(pages), len(writer.written), time.perf_counter() - started)


def _copy_assets(writer: SiteWriter, project: Project) -> None:
    """Packaged assets first, then the project's own, which win file by file."""
    assets: dict[str, Path] = {}
    for folder in (PACKAGED_TEMPLATES / "assets", project.templates_dir / "assets"):
        if folder.is_dir():
            for file in sorted(p for p in folder.rglob("*") if p.is_file()):
                assets[file.relative_to(folder).as_posix()] = file
    for name, file in sorted(assets.items()):
        writer.write(f"assets/{name}", file.read_bytes())


def build_command(
    root: Path | None, out: Path | None, base_url: str | None, offline: bool, no_cache: bool
) -> int:
    project = load_project(root)
    project = Project(project.root, project.config.with_base_url(base_url))
    if out is not None and not out.expanduser().parent.exists():
        raise BriefingError("the folder holding the output does not exist", out.parent)
    result = build(project, out, offline)
    if not is_absolute(project.config.base_url):
        print(
            f"note: base_url {project.config.base_url!r} is not an absolute URL, so the feeds "
            "and the sitemap hold relative links; set it in briefing.yml or with --base-url",
            file=sys.stderr,
        )
    print(
        f"built {result.pages} pages ({result.files} files) into {result.out} "
        f"in {result.seconds:.2f} s",
        file=sys.stdout,
    )
    return 0
