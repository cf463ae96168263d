"""Full-text search in Chromium, served under the sub-path as on GitHub Pages."""

from __future__ import annotations

import re
import shutil
from html import escape
from urllib.parse import quote, urlsplit

import pytest
from playwright.sync_api import Page, expect
from tests.browser.conftest import SUB_PATH, ServedSite, Tab

from briefing.output import search

KANT_ARTICLE = "China and Russia are as much allies as they are rivals."
RESULT = ".pagefind-ui__result"
RESULT_LINK = ".pagefind-ui__result > .pagefind-ui__result-inner > p > .pagefind-ui__result-link"


def _result_count(page: Page, query: str) -> int:
    message = page.locator(".pagefind-ui__message")
    expect(message).to_have_text(re.compile(rf"^\d+ results? for {re.escape(query)}$"))
    return int(message.inner_text().split()[0])


def _show_all_results(page: Page, total: int) -> None:
    """Load every batch of results, each loading as it is asked for, on a busy machine too,
    and wait until every result shows its link."""
    results = page.locator(RESULT)
    more = page.locator(".pagefind-ui__button", has_text="Load more results")
    while results.count() < total:
        expect(more.or_(results.nth(total - 1))).to_be_visible()
        if more.count():
            more.click()
    expect(results).to_have_count(total)
    expect(page.locator(".pagefind-ui__loading")).to_have_count(0)


def test_a_phrase_finds_the_article_that_holds_it(tab: Tab, served: ServedSite):
    tab.visit(served.url("search/?q=Kant%20Air%20Base"))
    _show_all_results(tab.page, _result_count(tab.page, "Kant Air Base"))
    link = tab.page.locator(RESULT_LINK, has_text=KANT_ARTICLE)
    expect(link).not_to_have_count(0)
    article = served.url("articles/china-and-russia-are-as-much-allies-as-they-are-rivals/")
    assert link.first.evaluate("a => a.href") == article
    excerpts = tab.page.locator(f"{RESULT} .pagefind-ui__result-excerpt mark")
    assert "Kant" in " ".join(excerpts.all_inner_texts())


def test_filtering_by_an_actor_narrows_the_results(tab: Tab, served: ServedSite):
    tab.visit(served.url("search/?q=Russia"))
    before = _result_count(tab.page, "Russia")
    tab.page.locator(".pagefind-ui__filter-name", has_text="Actor").click()
    tab.page.get_by_label(re.compile(r"^Kazakhstan \(\d+\)$")).check()
    message = tab.page.locator(".pagefind-ui__message")
    expect(message).not_to_have_text(f"{before} results for Russia")
    after = _result_count(tab.page, "Russia")
    assert 0 < after < before
    _show_all_results(tab.page, after)
    links = tab.page.eval_on_selector_all(RESULT_LINK, "links => links.map(a => a.href)")
    assert len(links) == after
    tag = f'data-pagefind-filter="actor:{escape("Kazakhstan")}"'
    for link in links:
        path = urlsplit(link).path.removeprefix(SUB_PATH)
        assert tag in (served.folder / path / "index.html").read_text("utf-8"), link


def test_the_header_search_box_reaches_the_results(tab: Tab, served: ServedSite):
    tab.visit(served.url("themes/"))
    box = tab.page.get_by_role("searchbox", name="Search")
    box.fill("Kant Air Base")
    box.press("Enter")
    tab.page.wait_for_url(served.url("search/?q=Kant+Air+Base"))
    expect(tab.page.locator(RESULT_LINK, has_text=KANT_ARTICLE)).to_be_visible()


# Words and phrases of articles, of actors' and themes' pages, and of the passages
# those pages fold away (which Pagefind does not index there).
QUERIES = ["Kant Air Base", "Russia", "pipeline", "Shanghai Cooperation Organisation", "mentioned"]


@pytest.fixture(scope="module")
def indexed_two_ways(served: ServedSite) -> dict[str, str]:
    """The served site twice more, beside it: its search bundles indexed from its pages
    whole, and from every page cut down to what Pagefind reads; their sub-paths."""
    pages = [f"/{p.parent.relative_to(served.folder).as_posix()}/"
             for p in served.folder.rglob("index.html")]  # fmt: skip
    copies = {"whole": 1 << 40, "cut": 0}  # the size from which a page is cut down
    for name, slim_from in copies.items():
        copy = served.folder.parent / f"search-{name}"
        shutil.copytree(served.folder, copy)
        for bundle in search.bundles(pages):
            shutil.rmtree(copy / bundle.folder)
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(search, "SLIM_FROM", slim_from)
            search.index_site(copy, search.bundles(pages))
    return {name: f"/search-{name}/" for name in copies}


def _results(tab: Tab, address: str, root: str) -> list[tuple[str, str]]:
    """Each result's and sub-result's link, from the site's root, and its excerpt."""
    tab.visit(address)
    message = tab.page.locator(".pagefind-ui__message")
    expect(message).to_have_text(re.compile(r"results? for"))
    counted = re.match(r"\d+", message.inner_text())
    assert counted is not None
    total = int(counted.group())
    _show_all_results(tab.page, total)
    found = tab.page.eval_on_selector_all(
        ".pagefind-ui__result-link",
        """links => links.map(a => [a.pathname + a.hash,
            (a.closest('li').querySelector('.pagefind-ui__result-excerpt') || {}).textContent])""",
    )
    return [(link.removeprefix(root), excerpt) for link, excerpt in found]


@pytest.mark.parametrize("query", QUERIES)
def test_the_pages_cut_down_for_pagefind_find_what_the_whole_pages_find(
    tab: Tab, served: ServedSite, indexed_two_ways: dict[str, str], query: str
):
    found = {
        name: _results(tab, f"{served.origin}{root}search/?q={quote(query)}", root)
        for name, root in indexed_two_ways.items()
    }
    assert found["whole"], query
    assert found["cut"] == found["whole"]
