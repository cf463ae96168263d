"""Whole-page pictures of the views at a desktop's and a phone's width.

Each picture is taken from the seeds' site as served under its sub-path, and
must show a page that fits its width. With BRIEFING_SCREENSHOT=1 they are
written to docs/screenshots/, where the README shows them.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser
from tests.browser.conftest import ARTICLE, ServedSite, Tab, open_tab
from tests.conftest import REPO

VIEWS = {
    "home": "",
    "article": f"articles/{ARTICLE}/",
    "china": "actors/china/",
    "theme": "themes/security-cooperation/",
    "timeline": "timeline/",
    "quotes": "quotes/",
    "network": "network/",
}
WIDTHS = {"desktop": {"width": 1280, "height": 800}, "phone": {"width": 390, "height": 844}}
FOLDER = REPO / "docs" / "screenshots"


@pytest.fixture(scope="module", params=list(WIDTHS))
def sized(request: pytest.FixtureRequest, browser: Browser) -> Iterator[tuple[str, Tab]]:
    phone = request.param == "phone"
    tab = open_tab(browser, viewport=WIDTHS[request.param], is_mobile=phone, has_touch=phone)
    yield request.param, tab
    tab.page.context.close()


@pytest.mark.parametrize("view", list(VIEWS))
def test_each_view_pictured_at_desktop_and_phone_width(
    sized: tuple[str, Tab], served: ServedSite, view: str
):
    width_name, tab = sized
    assert tab.visit(served.url(VIEWS[view])) == []
    scroll_width = tab.page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= WIDTHS[width_name]["width"], "the page is wider than the screen"
    image = tab.page.screenshot(full_page=True)
    assert image.startswith(b"\x89PNG")
    if os.environ.get("BRIEFING_SCREENSHOT") == "1":
        FOLDER.mkdir(parents=True, exist_ok=True)
        (FOLDER / f"{view}-{WIDTHS[width_name]['width']}.png").write_bytes(image)
