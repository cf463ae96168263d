"""The timeline's filters in a browser: with JavaScript a chosen actor, source or
theme hides the events of others and the years left empty; without it every
event shows and the index lists each one's events."""

from __future__ import annotations

import re

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser
from tests.browser.conftest import PAGES, ServedSite, Tab, open_tab

TIMELINE = PAGES["timeline"]

# Each row as the reader sees it: shown or not, what it states, and its year.
ROWS = """() => [...document.querySelectorAll(".chronology .events > li")].map(li => ({
  shown: li.offsetParent !== null,
  reference: li.classList.contains("event-ref"),
  source: li.dataset.source,
  actors: li.dataset.actors.split(" ").filter(Boolean),
  year: li.closest(".chrono-year").querySelector(".chrono-label").textContent,
  yearShown: li.closest(".chrono-year").offsetParent !== null,
}))"""

SHOWN_YEARS = """() => [...document.querySelectorAll(".timeline-nav li")]
  .filter(li => li.offsetParent !== null).map(li => li.textContent.trim())"""


def _status(tab: Tab) -> str:
    return tab.page.locator("form.timeline-filter [role=status]").inner_text()


def test_choosing_an_actor_hides_the_events_it_does_not_state(tab: Tab, served: ServedSite):
    assert tab.visit(served.url(TIMELINE)) == []
    everything = tab.page.evaluate(ROWS)
    sentences = sum(not row["reference"] for row in everything)
    assert all(row["shown"] for row in everything)
    assert _status(tab) == f"Showing all {sentences} events."

    tab.page.select_option("#filter-actor", "kazakhstan")
    rows = tab.page.evaluate(ROWS)
    shown = [row for row in rows if row["shown"]]
    assert shown and len(shown) < len(rows)
    assert all(row["shown"] == ("kazakhstan" in row["actors"]) for row in rows)
    kept = sum(not row["reference"] for row in shown)
    assert _status(tab) == f"Showing {kept} of {sentences} events."
    years_shown = sorted({row["year"] for row in shown})
    assert sorted({row["year"] for row in rows if row["yearShown"]}) == years_shown
    assert sorted(tab.page.evaluate(SHOWN_YEARS)) == years_shown
    assert tab.page.url.endswith("/timeline/?actor=kazakhstan")

    tab.page.get_by_role("button", name="Show all").click()
    tab.page.wait_for_function("!location.search")
    assert all(row["shown"] for row in tab.page.evaluate(ROWS))
    assert _status(tab) == f"Showing all {sentences} events."


def test_filters_combine_and_come_from_the_address(tab: Tab, served: ServedSite):
    source = "undercurrents-in-russia-china-bonhomie"
    tab.visit(served.url(f"{TIMELINE}?actor=china&source={source}"))
    assert tab.page.input_value("#filter-actor") == "china"
    assert tab.page.input_value("#filter-source") == source
    rows = tab.page.evaluate(ROWS)
    wanted = [r["source"] == source and "china" in r["actors"] for r in rows]
    assert [row["shown"] for row in rows] == wanted and 0 < sum(wanted) < len(rows)


def test_the_filters_are_labelled_and_work_from_the_keyboard(tab: Tab, served: ServedSite):
    tab.visit(served.url(TIMELINE))
    for kind in ("source", "actor", "theme"):
        control = tab.page.get_by_label(kind.title(), exact=True)
        assert control.get_attribute("id") == f"filter-{kind}"
    tab.page.focus("#filter-theme")
    tab.page.keyboard.press("ArrowDown")
    theme = tab.page.input_value("#filter-theme")
    assert theme
    assert re.fullmatch(r"Showing \d+ of \d+ events\.", _status(tab))
    assert tab.page.url.endswith(f"?theme={theme}")


def test_no_axe_violations_with_a_filter_chosen_and_the_index_open(tab: Tab, served: ServedSite):
    tab.visit(served.url(f"{TIMELINE}?actor=russia"))
    tab.page.locator(".timeline-index summary").click()
    results = Axe().run(tab.page)
    assert [v["id"] for v in results.response["violations"]] == []


def test_without_javascript_every_event_shows_and_the_index_leads_to_them(
    browser: Browser, served: ServedSite
):
    plain = open_tab(browser, java_script_enabled=False)
    try:
        assert plain.visit(served.url(f"{TIMELINE}?actor=kazakhstan")) == []
        rows = plain.page.evaluate(ROWS)
        assert len(rows) > 30 and all(row["shown"] for row in rows)
        assert not plain.page.locator("form.timeline-filter").is_visible()
        index = plain.page.locator(".timeline-index")
        index.locator("summary").press("Enter")  # the keyboard opens it too
        entry = index.locator(".facet-index li", has=plain.page.locator("a[href$='/kazakhstan/']"))
        dates = entry.locator("a[href^='#']")
        stated = [r for r in rows if "kazakhstan" in r["actors"] and not r["reference"]]
        assert dates.count() == len(stated)
        target = dates.first.get_attribute("href")
        dates.first.click()
        plain.page.wait_for_url(f"**{target}")
        row = plain.page.locator(target)
        assert row.is_visible() and "kazakhstan" in row.get_attribute("data-actors").split()
    finally:
        plain.page.context.close()
