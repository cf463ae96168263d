"""The not-found page as GitHub Pages serves it: at any missing address under the
sub-path, styled, with every link leading to a page of the site."""

from __future__ import annotations

from urllib.parse import urldefrag, urlsplit

import pytest
from playwright.sync_api import Browser
from tests.browser.conftest import SUB_PATH, ServedSite, open_tab

# Every address the page names, resolved as the browser resolves it.
TARGETS = """() => [
  ...[...document.querySelectorAll("a[href], link[href]")].map(e => [e.tagName, e.href]),
  ...[...document.querySelectorAll("form[action]")].map(e => [e.tagName, e.action]),
  ...[...document.querySelectorAll("script[src], img[src]")].map(e => [e.tagName, e.src]),
]"""

# What the stylesheets do that a browser's defaults do not.
STYLED = """() => {
  const style = selector => getComputedStyle(document.querySelector(selector));
  return {
    sheets: [...document.styleSheets].map(sheet => sheet.cssRules.length),
    skip: style(".skip-link").position,
    nav: style(".site-header nav ul").display,
    header: style(".site-header").borderBottomStyle,
  };
}"""

MISSING = ["no/such/page/", "nope", "articles/no-such-article/", "themes/x/y/z/w.html"]


@pytest.mark.parametrize("missing", MISSING)
def test_a_missing_address_at_any_depth_gets_the_styled_not_found_page(
    browser: Browser, served: ServedSite, missing: str
):
    tab = open_tab(browser)
    stylesheets: dict[str, int] = {}
    tab.page.on(
        "response",
        lambda r: (
            stylesheets.__setitem__(r.url, r.status)
            if r.request.resource_type == "stylesheet"
            else None
        ),
    )
    try:
        response = tab.page.goto(served.url(missing))
        assert response is not None and response.status == 404
        assert tab.page.locator("h1").inner_text() == "Page not found"
        assert sorted(stylesheets.values()) == [200, 200], stylesheets
        styled = tab.page.evaluate(STYLED)
        assert len(styled["sheets"]) == 2 and min(styled["sheets"]) > 0
        assert (styled["skip"], styled["nav"], styled["header"]) == ("absolute", "flex", "solid")
        _assert_links_lead_into_the_site(tab.page, served)
    finally:
        tab.page.context.close()


def _assert_links_lead_into_the_site(page, served: ServedSite) -> None:
    targets = page.evaluate(TARGETS)
    assert len([t for t in targets if t[0] == "A"]) >= 10  # the header, the list, the footer
    here = page.url
    for tag, url in targets:
        address, fragment = urldefrag(url)
        if address == here and tag == "A":  # the skip link: a place on this page
            assert page.locator(f"#{fragment}").count() == 1
            continue
        assert urlsplit(url).path.startswith(SUB_PATH), (tag, url)
        assert page.request.get(address).status == 200, (tag, url)
