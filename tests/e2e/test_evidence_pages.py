"""End to end: evidence passages on actor pages (by theme) and theme pages (by source).

Each group's heading counts the passages it lists; the strongest few are shown,
the others folded in <details>; every passage links to its paragraph.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from bs4 import BeautifulSoup, Tag
from tests.conftest import REPO

from briefing.commands.build import build, load_briefing
from briefing.load.project import load_project
from briefing.model import Briefing, Passage
from briefing.site.pages import SHOWN_PER_SOURCE, SHOWN_PER_THEME

ORIGIN = "https://site.test"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("evidence") / "site"
    build(load_project(REPO), out, use_cache=False)
    return out


@pytest.fixture(scope="module")
def briefing() -> Briefing:
    return load_briefing(load_project(REPO))[0]


def _soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text("utf-8"), "lxml")


def _count_in(heading: Tag) -> int:
    match = re.fullmatch(r"(\d+) passages?", heading.select_one(".count").get_text())
    assert match, heading
    return int(match[1])


def _split(group: Tag) -> tuple[list[Tag], list[Tag]]:
    """The passages a group shows and those it folds; no passage is anywhere else."""
    shown = group.select(":scope > ul.passages > li")
    folded = group.select(":scope > details.more-passages > ul.passages > li")
    assert len(group.select("ul.passages > li")) == len(shown) + len(folded)
    details = group.select(":scope > details")
    if folded:
        assert len(details) == 1
        more = len(folded)
        summary = details[0].select_one(":scope > summary").get_text()
        assert summary == f"{more} more passage{'s' if more != 1 else ''}"
        assert not details[0].has_attr("open")
    else:
        assert details == []
    return shown, folded


class Linked:
    """What a passage says and where its link leads, read off the built site."""

    def __init__(self, site: Path, page_url: str, item: Tag):
        link = item.select_one("a.passage-link")
        target = urlsplit(urljoin(ORIGIN + page_url, link["href"]))
        self.text = item.select_one("blockquote").get_text()
        self.label = link.get_text()
        self.path, self.anchor = target.path, target.fragment
        self.slug = self.path.removeprefix("/articles/").strip("/")
        self.site = site

    def key(self) -> tuple[str, str, str]:
        return self.slug, self.anchor, self.text

    def paragraph_text(self) -> str:
        """The text of the paragraph the link leads to, which must exist."""
        assert re.fullmatch(r"/articles/[^/]+/", self.path), self.path
        article = _soup(self.site / self.path.strip("/") / "index.html")
        paragraph = article.find(id=self.anchor)
        assert paragraph is not None and paragraph.name == "p", (self.path, self.anchor)
        return paragraph.get_text()


def _check_links(site: Path, page_url: str, items: list[Tag], titles: dict[str, str]) -> None:
    for item in items:
        linked = Linked(site, page_url, item)
        assert re.fullmatch(r"p-\d+", linked.anchor)
        assert linked.label.endswith(f"¶\xa0{linked.anchor[2:]}"), linked.label
        if titles:  # on an actor page, each passage names its article
            assert linked.label.startswith(titles[linked.slug].removesuffix(".")), linked.label
        assert linked.text in linked.paragraph_text()


def _passages(briefing: Briefing, slugs: list[str], keep) -> Counter:
    return Counter(
        (p.slug, p.anchor, p.text)
        for slug in slugs
        for p in briefing.by_slug[slug].passages
        if keep(p)
    )


def _strongest_first(shown: list[Passage], folded: list[Passage], theme_id: str) -> None:
    if shown and folded:
        weakest_shown = min(p.keywords_on(theme_id) for p in shown)
        assert weakest_shown >= max(p.keywords_on(theme_id) for p in folded)


def test_an_actor_page_groups_its_evidence_by_theme_with_counts_and_folds(
    site: Path, briefing: Briefing
):
    page_url = "/actors/china/"
    soup = _soup(site / "actors/china/index.html")
    groups = soup.select("#evidence-heading ~ .evidence-group")
    assert len(groups) > 5
    assert "theme evidence score" in soup.select_one("#evidence-heading ~ p.meta").get_text()
    slugs = [slug for slug, _ in briefing.actor_articles["china"]]
    by_key = {(p.slug, p.anchor, p.text): p for s in slugs for p in briefing.by_slug[s].passages}
    titles = {slug: briefing.by_slug[slug].article.title for slug in slugs}
    aside = {
        li.select_one("a")["href"].rstrip("/").split("/")[-1]: int(
            li.select_one(".count").get_text().split()[0]
        )
        for li in soup.select("#actor-themes ~ ul > li")
    }
    counts, shown_total, folded_total = [], 0, 0
    for group in groups:
        heading = group.select_one(":scope > h3")
        count = _count_in(heading)
        shown, folded = _split(group)
        assert count == len(shown) + len(folded)
        assert len(shown) == min(count, SHOWN_PER_THEME)
        _check_links(site, page_url, shown + folded, titles)
        listed = Counter(Linked(site, page_url, item).key() for item in shown + folded)
        theme_link = heading.select_one("a")
        if heading["id"] == "no-theme":
            assert theme_link is None and group is groups[-1]
            expected = _passages(briefing, slugs, lambda p: "china" in p.actors and not p.themes)
        else:
            theme_id = heading["id"].removeprefix("theme-")
            assert urlsplit(urljoin(ORIGIN + page_url, theme_link["href"])).path == (
                f"/themes/{theme_id}/"
            )
            expected = _passages(
                briefing, slugs, lambda p, t=theme_id: "china" in p.actors and t in p.themes
            )
            assert count == aside[theme_id]  # every article is quoted: the counts agree
            _strongest_first(
                [by_key[Linked(site, page_url, i).key()] for i in shown],
                [by_key[Linked(site, page_url, i).key()] for i in folded],
                theme_id,
            )
        assert listed == expected, heading.get_text()
        counts.append(count)
        shown_total += len(shown)
        folded_total += len(folded)
    assert counts[:-1] == sorted(counts[:-1], reverse=True)  # the largest themes first
    assert folded_total > shown_total  # most of the evidence is folded away


def test_an_actor_page_lists_every_article_that_mentions_it_with_its_count(
    site: Path, briefing: Briefing
):
    soup = _soup(site / "actors/china/index.html")
    items = soup.select("#sources-heading ~ ol > li")
    listed = [
        (li["id"].removeprefix("src-"), int(li.select_one(".meta").get_text().split()[0]))
        for li in items
    ]
    assert listed == list(briefing.actor_articles["china"])


def test_theme_pages_group_their_evidence_by_source_with_counts_and_folds(
    site: Path, briefing: Briefing
):
    folded_somewhere = False
    for theme in briefing.gazetteer.themes:
        page_url = f"/themes/{theme.id}/"
        soup = _soup(site / "themes" / theme.id / "index.html")
        groups = soup.select(".compare .source-passages")
        sources = [slug for slug, _ in briefing.theme_articles.get(theme.id, ())]
        assert [g.select_one(":scope > h3")["id"] for g in groups] == [f"src-{s}" for s in sources]
        for group, slug in zip(groups, sources, strict=True):
            heading = group.select_one(":scope > h3")
            count = _count_in(heading)
            shown, folded = _split(group)
            assert (
                count == len(shown) + len(folded) == dict(briefing.theme_articles[theme.id])[slug]
            )
            assert len(shown) == min(count, SHOWN_PER_SOURCE)
            _check_links(site, page_url, shown + folded, {})
            linked = [Linked(site, page_url, item) for item in shown + folded]
            assert {item.slug for item in linked} == {slug}
            woven = briefing.by_slug[slug]
            on_theme = [p for p in woven.passages if theme.id in p.themes]
            assert Counter(item.key() for item in linked) == Counter(
                (p.slug, p.anchor, p.text) for p in on_theme
            )
            by_key = {(p.slug, p.anchor, p.text): p for p in on_theme}
            folded_passages = [by_key[item.key()] for item in linked[len(shown) :]]
            # The folded ones keep reading order.
            assert folded_passages == [p for p in on_theme if p in folded_passages]
            _strongest_first(
                [by_key[i.key()] for i in linked[: len(shown)]], folded_passages, theme.id
            )
            folded_somewhere |= bool(folded)
    assert folded_somewhere
