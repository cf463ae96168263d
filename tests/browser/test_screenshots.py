"""Pictures of the views at a desktop's and a phone's width (the top 2,400 px of each).

Each picture is taken from the seeds' site as served under its sub-path, and
must show a page that fits its width. With BRIEFING_SCREENSHOT=1 they are
written to docs/screenshots/, where the README shows them.
"""

from __future__ import annotations

import os

import pytest
from tests.browser.conftest import ARTICLE, SCREENS, ServedSite, Tab
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
FOLDER = REPO / "docs" / "screenshots"
PICTURE_HEIGHT = 2400  # the top of a long page: three screens of a desktop


@pytest.mark.parametrize("view", list(VIEWS))
def test_each_view_pictured_at_desktop_and_phone_width(
    screen: tuple[str, Tab], served: ServedSite, view: str
):
    name, tab = screen
    width = SCREENS[name]["viewport"]["width"]
    assert tab.visit(served.url(VIEWS[view])) == []
    scroll_width = tab.page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= width, "the page is wider than the screen"
    height = min(tab.page.evaluate("document.documentElement.scrollHeight"), PICTURE_HEIGHT)
    clip = {"x": 0, "y": 0, "width": width, "height": height}
    image = tab.page.screenshot(full_page=True, clip=clip, type="jpeg", quality=60)
    assert image.startswith(b"\xff\xd8")  # a JPEG: a fraction of a PNG's weight for these
    if os.environ.get("BRIEFING_SCREENSHOT") == "1":
        FOLDER.mkdir(parents=True, exist_ok=True)
        (FOLDER / f"{view}-{width}.jpg").write_bytes(image)
