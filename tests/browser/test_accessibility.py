"""axe-core on one page of each kind and the index pages, in light and dark."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser
from tests.browser.conftest import PAGES, ServedSite, Tab, open_tab

AXE = Axe()
SCHEMES = ["light", "dark"]
# The search page is checked with results and filters on screen, an article
# with a paragraph highlighted as the target of an evidence link, an actor page
# with its evidence folded by theme, and the not-found page.
URLS = {
    **PAGES,
    "search": PAGES["search"] + "?q=Russia",
    "target": PAGES["article"] + "#p-29",
    "folded": "actors/china/",
    "not-found": "404.html",
}


@pytest.fixture(scope="module", params=SCHEMES)
def schemed(request: pytest.FixtureRequest, browser: Browser) -> Iterator[Tab]:
    tab = open_tab(browser)
    tab.page.emulate_media(color_scheme=request.param)
    yield tab
    tab.page.context.close()


def _summary(results) -> list[str]:
    found = []
    for violation in results.response["violations"]:
        for node in violation["nodes"]:
            found.append(f"{violation['id']}: {node['target']} {node['failureSummary']}")
    return found


@pytest.mark.parametrize("name", list(URLS))
def test_no_axe_violations(schemed: Tab, served: ServedSite, name: str):
    schemed.visit(served.url(URLS[name]), wait_until="networkidle" if name == "search" else "load")
    if name == "search":
        schemed.page.wait_for_selector(".pagefind-ui__result")
    results = AXE.run(schemed.page)
    assert _summary(results) == []


FOCUSED = """() => {
  const element = document.activeElement;
  const style = getComputedStyle(element);
  const box = element.getBoundingClientRect();
  return {
    text: (element.innerText || element.value || element.getAttribute("aria-label") || "").trim(),
    tag: element.tagName,
    outline: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2,
    shown: box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0,
  };
}"""


def test_the_skip_link_comes_first_and_shows_on_focus(tab: Tab, served: ServedSite):
    tab.visit(served.url(PAGES["article"]))
    tab.page.keyboard.press("Tab")
    focused = tab.page.evaluate(FOCUSED)
    assert focused["text"] == "Skip to content"
    assert focused["shown"] and focused["outline"]
    tab.page.keyboard.press("Enter")
    tab.page.wait_for_url("**#main", timeout=5000)  # the hash changes after the key event
    assert tab.page.url.endswith("#main")


@pytest.mark.parametrize("name", ["home", "article", "search", "timeline"])
def test_keyboard_focus_is_always_visible(tab: Tab, served: ServedSite, name: str):
    tab.visit(served.url(URLS[name]), wait_until="networkidle")
    hidden = []
    for _ in range(40):
        tab.page.keyboard.press("Tab")
        focused = tab.page.evaluate(FOCUSED)
        if focused["tag"] == "BODY":
            break
        if not (focused["shown"] and focused["outline"]):
            hidden.append(focused)
    assert hidden == []
