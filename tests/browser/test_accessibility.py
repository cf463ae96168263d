"""axe-core on one page of each kind and the index pages, in light and dark."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser
from tests.browser.conftest import PAGES, ServedSite, Tab, open_tab

AXE = Axe()
SCHEMES = ["light", "dark"]
# The search page is checked with results and filters on screen.
URLS = {**PAGES, "search": PAGES["search"] + "?q=Russia"}


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
