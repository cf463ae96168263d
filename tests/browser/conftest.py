"""Browser fixtures: the seeds' site served under a GitHub Pages-like sub-path,
and one headless Debian Chromium for the whole session.

Nothing here downloads a browser: Playwright drives the system's Chromium.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import partial
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from playwright.sync_api import Browser, ConsoleMessage, Page, sync_playwright
from tests.conftest import REPO

from briefing.commands.build import build
from briefing.load.project import Project, load_project

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
SUB_PATH = "/briefing-demo/"
BASE_URL = "https://user.github.io" + SUB_PATH
DESKTOP = {"width": 1280, "height": 800}


@dataclass(frozen=True)
class ServedSite:
    folder: Path
    origin: str

    def url(self, path: str = "") -> str:
        """The served address of a site path such as ``articles/`` or ``/themes/x/``."""
        return self.origin + SUB_PATH + path.lstrip("/")


class PagesHandler(SimpleHTTPRequestHandler):
    """Serves the folder as GitHub Pages serves a project site: a missing address
    under the sub-path, at any depth, is answered with the site's 404.html and
    status 404, and a folder without an index.html is missing, never listed."""

    def send_error(self, code: int, message: str | None = None, explain: str | None = None):
        not_found = Path(self.directory) / SUB_PATH.strip("/") / "404.html"
        under_site = self.path.startswith(SUB_PATH) and not_found.is_file()
        if code != HTTPStatus.NOT_FOUND or not under_site:
            super().send_error(code, message, explain)
            return
        body = not_found.read_bytes()
        self.send_response(HTTPStatus.NOT_FOUND)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def list_directory(self, path: str) -> None:
        self.send_error(HTTPStatus.NOT_FOUND)

    def log_message(self, format: str, *args) -> None:
        pass


@pytest.fixture(scope="session")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServedSite]:
    """The seeds' site built for a sub-path and served at that sub-path on 127.0.0.1,
    missing addresses answered as GitHub Pages answers them (see PagesHandler)."""
    top = tmp_path_factory.mktemp("pages")
    project = load_project(REPO)
    project = Project(project.root, project.config.with_base_url(BASE_URL))
    folder = build(project, top / SUB_PATH.strip("/")).out
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(PagesHandler, directory=str(top)))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield ServedSite(folder, f"http://127.0.0.1:{server.server_port}")
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if not os.access(CHROMIUM, os.X_OK):
        pytest.fail(f"{CHROMIUM} is missing: `make test` installs Debian's chromium")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@dataclass
class Problems:
    """Console errors, uncaught exceptions and CSP violations seen by a page."""

    messages: list[str] = field(default_factory=list)

    def console(self, message: ConsoleMessage) -> None:
        if message.type == "error":
            self.messages.append(f"console: {message.text} ({message.location.get('url')})")

    def page_error(self, error: Exception) -> None:
        self.messages.append(f"page error: {error}")

    def take(self) -> list[str]:
        taken, self.messages = self.messages, []
        return taken


# Chromium reports CSP violations on the console too; the event is recorded as
# well so that a violation cannot pass unseen whatever the console says.
CSP_WATCH = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", function (event) {
  window.__cspViolations.push(event.violatedDirective + " " + event.blockedURI);
});
"""


def watch(page: Page) -> Problems:
    problems = Problems()
    page.on("console", problems.console)
    page.on("pageerror", problems.page_error)
    page.add_init_script(CSP_WATCH)
    return problems


def csp_violations(page: Page) -> list[str]:
    return [f"CSP: {v}" for v in page.evaluate("window.__cspViolations || []")]


@dataclass
class Tab:
    page: Page
    problems: Problems

    def visit(self, url: str, wait_until: str = "load") -> list[str]:
        """Open a page; the problems seen while loading it."""
        self.problems.take()
        response = self.page.goto(url, wait_until=wait_until)
        assert response is not None and response.status == 200, url
        return self.problems.take() + csp_violations(self.page)


def open_tab(browser: Browser, **options) -> Tab:
    context = browser.new_context(**{"viewport": DESKTOP, **options})
    page = context.new_page()
    return Tab(page, watch(page))


@pytest.fixture(scope="session")
def tab(browser: Browser) -> Iterator[Tab]:
    """One desktop page shared by the tests that only navigate and read."""
    shared = open_tab(browser)
    yield shared
    shared.page.context.close()


# The article that mentions the Kant Air Base.
ARTICLE = "china-and-russia-are-as-much-allies-as-they-are-rivals"


# The pages every check visits: one of each kind, and the index pages.
PAGES = {
    "home": "",
    "article": f"articles/{ARTICLE}/",
    "theme": "themes/security-cooperation/",
    "actor": "actors/kazakhstan/",
    "timeline": "timeline/",
    "quotes": "quotes/",
    "search": "search/",
    "articles": "articles/",
    "themes": "themes/",
    "actors": "actors/",
    "network": "network/",
}


# A desktop's and a phone's screen, for checks that must hold on both.
SCREENS = {
    "desktop": {"viewport": {"width": 1280, "height": 800}},
    "phone": {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True},
}


@pytest.fixture(scope="module", params=list(SCREENS))
def screen(request: pytest.FixtureRequest, browser: Browser) -> Iterator[tuple[str, Tab]]:
    """A tab on each of SCREENS in turn: (its name, the tab)."""
    tab = open_tab(browser, **SCREENS[request.param])
    yield request.param, tab
    tab.page.context.close()
