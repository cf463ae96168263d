"""The network drawings as a browser shows them, on a desktop and on a phone.

Every label must be rendered at 12 CSS px or more, so the drawing may not be
shrunk below its natural size, and no label may run past the drawing's box.
"""

from __future__ import annotations

import pytest
from tests.browser.conftest import PAGES, ServedSite, Tab

from briefing.views.network import DRAWN

DRAWINGS = {
    "network": "network/",
    "big actor": "actors/china/",  # twenty-five actors drawn of its seventy-six
    "actor": PAGES["actor"],
    "home": PAGES["home"],
}

# Sizes in CSS px as rendered: the font size times the drawing's scale on screen,
# and each label's box against the box of its drawing.
LABELS = """() => [...document.querySelectorAll("figure.network svg")].map((svg) => {
  const frame = svg.getBoundingClientRect();
  const matrix = svg.getScreenCTM();
  const scale = Math.hypot(matrix.a, matrix.b);
  const canvas = svg.closest(".network-canvas");
  const hint = svg.closest("figure").querySelector(".network-scroll");
  return {
    scale,
    scrolls: canvas.scrollWidth > canvas.clientWidth,
    hinted: hint !== null && hint.getClientRects().length > 0,
    labels: [...svg.querySelectorAll("text")].map((text) => {
      const box = text.getBoundingClientRect();
      const lines = Math.max(1, text.querySelectorAll("tspan").length);
      return {
        text: text.textContent,
        px: parseFloat(getComputedStyle(text).fontSize) * scale,
        lineHeight: box.height / lines,
        outside: Math.max(frame.left - box.left, frame.top - box.top,
                          box.right - frame.right, box.bottom - frame.bottom),
      };
    }),
  };
})"""


@pytest.mark.parametrize("name", list(DRAWINGS))
def test_every_label_is_at_least_12px_and_inside_its_drawing(
    screen: tuple[str, Tab], served: ServedSite, name: str
):
    kind, tab = screen
    assert tab.visit(served.url(DRAWINGS[name])) == []
    drawings = tab.page.evaluate(LABELS)
    assert len(drawings) == 1
    drawing = drawings[0]
    labels = drawing["labels"]
    assert 2 <= len(labels) <= DRAWN
    small = [(label["text"], round(label["px"], 2)) for label in labels if label["px"] < 12]
    assert small == []
    assert [label["text"] for label in labels if label["lineHeight"] < 12] == []
    assert [label["text"] for label in labels if label["outside"] > 0.5] == []
    assert drawing["scale"] >= 1
    if kind == "phone" and name in ("network", "big actor"):
        assert drawing["scrolls"]  # wider than the phone: it scrolls sideways, never shrinks
    assert drawing["hinted"] == (kind == "phone")  # and says so where it may
    width, inner = tab.page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
    assert width <= inner  # the page itself does not scroll sideways
