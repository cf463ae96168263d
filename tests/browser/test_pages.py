"""The served site in Chromium: every link reachable, no script or policy errors."""

from __future__ import annotations

from collections import deque
from urllib.parse import urldefrag

import pytest
from tests.browser.conftest import PAGES, SUB_PATH, ServedSite, Tab, csp_violations

# Resolved as the browser resolves them; SVG links included (their href is an object).
LINK_TARGETS = "links => links.map(a => new URL(a.getAttribute('href'), document.baseURI).href)"


def _is_page(url: str) -> bool:
    path = url.split("?")[0]
    return path.endswith(("/", ".html"))


@pytest.fixture(scope="module")
def crawl(served: ServedSite, tab: Tab) -> dict:
    """Follow every same-origin link from the home page, in the browser."""
    start = served.url()
    statuses: dict[str, int] = {}
    outside: list[tuple[str, str]] = []
    problems: dict[str, list[str]] = {}
    queue, seen = deque([start]), {start}
    while queue:
        url = queue.popleft()
        if not _is_page(url):
            statuses[url] = tab.page.request.get(url).status
            continue
        tab.problems.take()
        response = tab.page.goto(url)
        statuses[url] = response.status if response else 0
        if statuses[url] != 200:
            continue
        problems[url] = tab.problems.take() + csp_violations(tab.page)
        for href in tab.page.eval_on_selector_all("a[href]", LINK_TARGETS):
            target = urldefrag(href).url
            if not target.startswith(served.origin + "/"):
                continue
            if not target.startswith(served.origin + SUB_PATH):
                outside.append((url, href))
            elif target not in seen:
                seen.add(target)
                queue.append(target)
    return {"statuses": statuses, "outside": outside, "problems": problems}


def test_every_internal_link_from_the_home_page_answers(crawl: dict, served: ServedSite):
    statuses = crawl["statuses"]
    assert len([url for url in statuses if _is_page(url)]) > 100  # the whole site, not a corner
    for path in ("articles/", "themes/", "actors/", "timeline/", "search/", "feed.xml"):
        assert served.url(path) in statuses
    assert {url: status for url, status in statuses.items() if status != 200} == {}


def test_every_internal_link_stays_under_the_sub_path(crawl: dict):
    assert crawl["outside"] == []


def test_no_page_of_the_site_logs_an_error(crawl: dict):
    assert {url: found for url, found in crawl["problems"].items() if found} == {}


@pytest.mark.parametrize("path", [*PAGES.values(), "search/?q=Kant%20Air%20Base"])
def test_no_console_errors_or_policy_violations(tab: Tab, served: ServedSite, path: str):
    problems = tab.visit(served.url(path), wait_until="networkidle")
    if "?q=" in path:
        tab.page.wait_for_selector(".pagefind-ui__result")
        problems += tab.problems.take()
    assert problems == []
