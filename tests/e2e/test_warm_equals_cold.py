"""Property: whatever a person edits, a warm rebuild makes the site a cold build makes.

warm_cold.py holds the edits, the generated briefing's warm state and the
comparison. This module also keeps the edits that take the generated briefing
back over the plan's limits and the cases the property found, as plain tests.
"""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from hypothesis import example, given
from tests.conftest import REPO
from tests.e2e.briefing_corpus import LIMITS
from tests.e2e.warm_cold import (
    AddSentence,
    Date,
    DeleteArticle,
    Language,
    RemoveEverySentence,
    Revert,
    Reword,
    SourceUrl,
    Step,
    Template,
    WarmProject,
    article_paths,
    check_warm_equals_cold,
    drawn,
    site_differences,
    steps,
    warm_project_in,
)
from tests.helpers import rendered_by_a_build

from briefing.commands.build import build
from briefing.load.project import load_project
from briefing.output.search import BUNDLE_ARTICLES
from briefing.site import pages as plan
from briefing.site.pages import RECENT_EVENTS, TOP_ACTORS
from briefing.views.network import DRAWN
from briefing.weave import weave


@pytest.fixture(scope="module", autouse=True)
def plan_limits() -> Iterator[None]:
    """The plan's limits lowered to the generated briefing's size for every build of this
    module."""
    with pytest.MonkeyPatch.context() as patch:
        for module, limits in LIMITS.items():
            for name, value in limits.items():
                patch.setattr(f"{module}.{name}", value)
        yield


@pytest.fixture(scope="module")
def warm_project(tmp_path_factory: pytest.TempPathFactory, plan_limits: None) -> WarmProject:
    """The generated briefing, built once: each example starts from it."""
    return warm_project_in(tmp_path_factory.mktemp("warm-cold"))


# --- the tests -----------------------------------------------------------------

# Edits that take the generated briefing back over the plan's limits, tried first
# in every run (the threshold test below keeps the margins they need).
CROSSING = [
    # no more dated events than the limit: the timeline is one page again
    [Step((RemoveEverySentence(0, 12, "year"),))],
    # no more quotations than a page holds: one quotes page
    [Step((RemoveEverySentence(0, 20, "quote"),))],
    # Russia in 40 articles or fewer: it nominates related articles again
    [Step((DeleteArticle(0), DeleteArticle(1)))],
    # the Eurasian Development Bank in 7 articles: its page quotes the top 6
    [Step((AddSentence(0, 0, "actor", 2), AddSentence(1, 0, "actor", 2)))],
    # to the top of the home page and the pack, then its text alone edited
    [Step((Date(3, 1),)), Step((AddSentence(3, 0, "plain", 0),))],
    # a template of the project's, a text edited, then put back as it was
    [Step((Template("article.html", 1),)), Step((Reword(0, 0),)), Step((Revert(0),))],
]


def _crossing(test: Callable) -> Callable:
    for steps_ in reversed(CROSSING):
        test = example(steps=steps_)(test)
    return test


@pytest.mark.long
@_crossing
@drawn
@given(steps)
def test_a_warm_rebuild_after_any_edits_equals_a_cold_build(
    warm_project: WarmProject, steps: list[Step]
):
    check_warm_equals_cold(warm_project, steps)


def _text(page: Path) -> str:
    return BeautifulSoup(page.read_bytes(), "lxml").get_text(" ", strip=True)


def test_the_generated_briefing_crosses_every_threshold(warm_project: WarmProject):
    """The corpus reaches every limit of the site's plan, most of them narrowly."""
    site = warm_project.base / "site"
    articles = json.loads((site / "data/articles.json").read_text("utf-8"))
    actors = json.loads((site / "data/actors.json").read_text("utf-8"))
    themes = json.loads((site / "data/themes.json").read_text("utf-8"))
    assert len(articles) > plan.THEMES_SOURCES > plan.PACK_TEXTS > plan.HOME_SOURCES
    in_articles = {actor["id"]: len(actor["articles"]) for actor in actors}
    assert in_articles["russia"] == weave.NOMINATING_LIMIT + 1
    quoting = plan.EVIDENCE_ARTICLES
    assert sum(count > quoting for count in in_articles.values()) >= 8
    assert quoting - 2 < in_articles["edb"] <= quoting  # two to cross
    assert sum(1 for count in in_articles.values() if count) > max(DRAWN, TOP_ACTORS)
    assert all(len(theme["articles"]) > plan.COMPARED_SOURCES for theme in themes)
    events = re.search(r"(\d+) dated events", _text(site / "timeline/index.html"))
    limit = plan.TIMELINE_EVENTS
    assert events and limit < int(events[1]) <= limit + 10
    assert (site / "timeline/2015/index.html").is_file()  # paged by year
    assert (site / "pagefind-2").is_dir() == (len(articles) > BUNDLE_ARTICLES)
    quotes = re.search(r"(\d+) quotes on 2 pages", _text(site / "quotes/index.html"))
    limit = plan.QUOTES_PER_PAGE
    assert quotes and limit < int(quotes[1]) <= limit + 15
    assert f"The {RECENT_EVENTS} most recent of the" in _text(site / "actors/russia/index.html")
    assert "Articles by Aigerim Nurlanova" in _text(site / "actors/aigerim-nurlanova/index.html")
    assert "Articles by Eurasian Development Bank" in _text(site / "actors/edb/index.html")
    assert len(list((site / "sources").iterdir())) == 4
    cited = json.loads((site / "data/briefing.json").read_text("utf-8"))
    assert {"fr", "de", "ru"} < {item["language"] for item in cited}
    assert sum(article["date"] is None for article in articles) > 5
    markdown = [path.read_text("utf-8") for path in article_paths(warm_project.base)]
    assert 10 < sum("\nactors: null\n" in text for text in markdown) < len(markdown) - 10


# --- what the property found, kept as plain cases --------------------------------


def _article_number(project: WarmProject, place: int) -> int:
    """The number edits take for the article at this place in the site's order."""
    listed = json.loads((project.base / "site/data/articles.json").read_text("utf-8"))
    names = [path.name for path in article_paths(project.base)]
    return names.index(f"{listed[place]['slug']}.md")


def test_a_new_source_url_of_an_article_the_pack_prints_is_in_the_pack(
    warm_project: WarmProject,
):
    """The pack lists the PACK_TEXTS articles it prints, each with its source URL (which
    no card holds): a new URL shows there after a warm build."""
    number = _article_number(warm_project, plan.PACK_TEXTS - 5)
    check_warm_equals_cold(warm_project, [Step((SourceUrl(number, 1),))])
    pack = BeautifulSoup((warm_project.root / "site/print/index.html").read_bytes(), "lxml")
    assert pack.find("a", href="https://example.org/moved") is not None


@dataclass(frozen=True)
class HomeCards:
    """The project's own home.html: each card shows the article's language too (the
    packaged one does not, and it names no `briefing`)."""

    def apply(self, root: Path) -> None:
        text = (REPO / "templates/home.html").read_text("utf-8")
        shown = "<p>{{ woven.article.language }}</p>{% if woven.article.summary %}"
        (root / "templates").mkdir(exist_ok=True)
        (root / "templates/home.html").write_text(
            text.replace("{% if woven.article.summary %}", shown, 1), "utf-8"
        )


def test_a_footer_reading_the_briefing_beyond_its_cards_is_rendered_again_after_a_text_edit(
    warm_project: WarmProject,
):
    """A project's base.html that counts the briefing's words: a sentence added to one
    article changes the footer of every page."""
    footer = Template("base.html", 1, footer="words")
    check_warm_equals_cold(warm_project, [Step((footer,)), Step((AddSentence(5, 0, "plain", 0),))])


def test_a_home_page_of_the_projects_showing_languages_is_rendered_again_for_a_new_language(
    warm_project: WarmProject,
):
    """The newest article, on the home page, is marked French: its card there says so."""
    newest = _article_number(warm_project, 0)
    check_warm_equals_cold(warm_project, [Step((HomeCards(),)), Step((Language(newest, "fr"),))])


def _neither_printed_nor_compared(project: WarmProject) -> int:
    """The number of the oldest article that names Russia and that the pack neither prints
    nor quotes as a source compared on a theme."""
    pack = BeautifulSoup((project.base / "site/print/index.html").read_bytes(), "lxml")
    in_pack = {h.get_text(" ", strip=True) for h in pack.select(".pack-article h3")}
    in_pack |= {h.contents[0].get_text(strip=True) for h in pack.select(".pack-theme h4")}
    listed = json.loads((project.base / "site/data/articles.json").read_text("utf-8"))
    place = next(
        place
        for place, article in reversed(list(enumerate(listed)))
        if article["title"] not in in_pack and "russia" in article["actors"]
    )
    return _article_number(project, place)


def test_an_actor_named_again_where_the_pack_does_not_look_leaves_the_pack(
    warm_project: WarmProject, monkeypatch: pytest.MonkeyPatch
):
    """The pack's opening line counts the actors named, not their mentions: a sentence
    naming Russia once more, in an article the pack neither prints nor compares, renders
    the article and Russia's page again, not the pack."""
    number = _neither_printed_nor_compared(warm_project)
    warm_project.restore()
    AddSentence(number, 0, "actor", 0).apply(warm_project.root)
    rendered = rendered_by_a_build(warm_project.root, monkeypatch)
    slug = article_paths(warm_project.root)[number].stem
    assert {f"/articles/{slug}/", "/actors/russia/"} <= rendered
    assert "/print/" not in rendered
    shutil.rmtree(warm_project.cold, ignore_errors=True)
    build(load_project(warm_project.root), warm_project.cold, use_cache=False)
    assert site_differences(warm_project.root / "site", warm_project.cold) == ""
