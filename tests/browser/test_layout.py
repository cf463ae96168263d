"""Pages on a phone, without JavaScript, and as the README shows them."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator

import pytest
from bs4 import BeautifulSoup
from markdown_it import MarkdownIt
from playwright.sync_api import Browser
from tests.browser.conftest import ARTICLE, PAGES, ServedSite, Tab, open_tab
from tests.conftest import REPO


@pytest.fixture(scope="module")
def phone(browser: Browser) -> Iterator[Tab]:
    tab = open_tab(browser, viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True)
    yield tab
    tab.page.context.close()


def _overflow(tab: Tab) -> tuple[int, int]:
    return tab.page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")


def test_an_article_fits_a_390px_phone(phone: Tab, served: ServedSite):
    phone.page.set_viewport_size({"width": 390, "height": 844})
    try:
        phone.visit(served.url(PAGES["article"]))
        scroll_width, inner_width = _overflow(phone)
    finally:
        phone.page.set_viewport_size({"width": 360, "height": 740})
    assert inner_width == 390
    assert scroll_width <= inner_width


@pytest.mark.parametrize("name", list(PAGES))
def test_pages_fit_a_360px_phone(phone: Tab, served: ServedSite, name: str):
    phone.visit(served.url(PAGES[name]), wait_until="networkidle")
    scroll_width, inner_width = _overflow(phone)
    assert inner_width == 360
    assert scroll_width <= inner_width


def _markdown_paragraphs(slug: str) -> list[str]:
    body = (REPO / "content" / "articles" / f"{slug}.md").read_text("utf-8").split("---\n", 2)[2]
    html = MarkdownIt("commonmark").render(body)
    paragraphs = BeautifulSoup(html, "lxml").find_all("p")
    return [" ".join(p.get_text().split()) for p in paragraphs]


def test_an_article_without_javascript_shows_its_full_text(browser: Browser, served: ServedSite):
    tab = open_tab(browser, java_script_enabled=False)
    try:
        tab.visit(served.url(PAGES["article"]))
        shown = " ".join(tab.page.locator("[itemprop=articleBody]").inner_text().split())
        paragraphs = _markdown_paragraphs(ARTICLE)
        assert len(paragraphs) > 10
        assert [p for p in paragraphs if p not in shown] == []

        hrefs = tab.page.eval_on_selector_all("main a[href]", "links => links.map(a => a.href)")
        assert [h for h in hrefs if not h.startswith(("http://", "https://"))] == []
        mention = tab.page.locator("[itemprop=articleBody] a.mention").first
        target = mention.evaluate("a => a.href")
        assert re.search(r"/briefing-demo/actors/[^/]+/$", target)
        mention.click()
        tab.page.wait_for_url(target)
        assert tab.page.locator("h1").count() == 1
    finally:
        tab.page.context.close()


def test_the_search_page_without_javascript_points_to_the_indexes(
    browser: Browser, served: ServedSite
):
    tab = open_tab(browser, java_script_enabled=False)
    try:
        tab.visit(served.url("search/?q=Kant+Air+Base"))
        notice = tab.page.locator("main .notice")
        assert "needs JavaScript" in notice.inner_text()
        links = notice.locator("a").evaluate_all("links => links.map(a => a.href)")
        assert served.url("articles/") in links
    finally:
        tab.page.context.close()


def test_a_screenshot_of_the_home_page(tab: Tab, served: ServedSite):
    """The README's picture; written to docs/ only when BRIEFING_SCREENSHOT=1."""
    tab.visit(served.url())
    image = tab.page.screenshot()
    assert image.startswith(b"\x89PNG")
    if os.environ.get("BRIEFING_SCREENSHOT") == "1":
        (REPO / "docs").mkdir(exist_ok=True)
        (REPO / "docs" / "screenshot.png").write_bytes(image)


def test_folded_evidence_opens_without_javascript_and_fits_a_phone(
    browser: Browser, served: ServedSite
):
    tab = open_tab(browser, java_script_enabled=False, viewport={"width": 390, "height": 844})
    try:
        tab.visit(served.url("actors/china/"))
        folds = tab.page.locator(".evidence-group details.more-passages")
        assert folds.count() > 5
        first = folds.first.locator("ul.passages > li").first
        assert not first.is_visible()
        folds.first.locator("summary").click()
        assert first.is_visible() and first.locator("a.passage-link").is_visible()
        scroll_width, inner_width = _overflow(tab)
        assert scroll_width <= inner_width == 390
    finally:
        tab.page.context.close()
