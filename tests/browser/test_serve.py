"""`briefing serve` as a user runs it: edits show up, errors show and clear, Ctrl-C stops.

The tests run in file order against one server; the last one stops it.
"""

from __future__ import annotations

import json
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.error import URLError

import pytest
from playwright.sync_api import Browser, expect
from tests.browser.conftest import open_tab
from tests.conftest import FIXTURES

WAIT = 30  # seconds for a rebuild to show; they take well under one


@dataclass
class Server:
    root: Path
    port: int
    process: subprocess.Popen

    def url(self, path: str = "/") -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def get(self, path: str) -> str:
        with urllib.request.urlopen(self.url(path), timeout=5) as response:
            return response.read().decode("utf-8")

    def status(self) -> dict:
        return json.loads(self.get("/__briefing__/status"))


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _start(root: Path, port: int) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "briefing", "serve", "--root", str(root), "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _until(check: Callable[[], object], what: str, timeout: float = WAIT) -> object:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            found = check()
        except (URLError, ConnectionError):
            found = None
        if found:
            return found
        time.sleep(0.1)
    raise AssertionError(f"gave up waiting for {what}")


def _copy_mini(folder: Path) -> Path:
    return Path(shutil.copytree(FIXTURES / "mini", folder / "mini"))


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    root = _copy_mini(tmp_path_factory.mktemp("serve"))
    port = _free_port()
    running = Server(root, port, _start(root, port))
    try:
        _until(lambda: running.process.poll() is not None or running.get("/"), "the server")
        assert running.process.poll() is None, running.process.communicate()
        yield running
    finally:
        if running.process.poll() is None:
            running.process.kill()
            running.process.communicate()


def test_an_edit_shows_in_the_served_page_and_the_open_page_reloads(
    server: Server, browser: Browser
):
    tab = open_tab(browser)
    try:
        tab.visit(server.url("/articles/alpha/"))
        article = server.root / "content" / "articles" / "alpha.md"
        text = article.read_text("utf-8")
        old_title = text.split('title: "', 1)[1].split('"', 1)[0]
        article.write_text(text.replace(old_title, "Alpha, retitled"), "utf-8")
        _until(lambda: "Alpha, retitled" in server.get("/articles/alpha/"), "the new title")
        expect(tab.page.locator("h1")).to_have_text("Alpha, retitled", timeout=WAIT * 1000)
    finally:
        tab.page.context.close()


def test_a_broken_edit_is_shown_and_the_next_good_edit_recovers(server: Server, browser: Browser):
    config = server.root / "briefing.yml"
    good = config.read_text("utf-8")
    tab = open_tab(browser)
    try:
        tab.visit(server.url("/"))
        config.write_text(good + "title: [unclosed\n", "utf-8")
        error = _until(lambda: server.status()["error"], "the error in the status")
        assert "briefing.yml:" in error
        banner = tab.page.get_by_role("alert")
        expect(banner).to_contain_text("Build failed:", timeout=WAIT * 1000)
        expect(banner).to_contain_text("briefing.yml")
        assert "Mini briefing" in server.get("/")  # the last good build is still served

        config.write_text(good.replace("Mini briefing", "Mini briefing, fixed"), "utf-8")
        _until(lambda: server.status()["error"] is None, "the recovery in the status")
        expect(tab.page.locator(".site-title")).to_have_text(
            "Mini briefing, fixed", timeout=WAIT * 1000
        )
        expect(banner).to_have_count(0)
    finally:
        tab.page.context.close()


def test_a_page_rewritten_within_a_second_is_never_answered_not_modified(server: Server):
    """A reload asks If-Modified-Since with the time of the page it has, in whole
    seconds; a rebuild within that second must still reach it."""
    later = "Fri, 01 Jan 2100 00:00:00 GMT"
    request = urllib.request.Request(server.url("/"), headers={"If-Modified-Since": later})
    with urllib.request.urlopen(request, timeout=5) as response:
        assert response.status == 200 and b"<html" in response.read()


def test_a_second_server_on_a_taken_port_fails_with_one_clear_line(server: Server, tmp_path: Path):
    second = _start(_copy_mini(tmp_path), server.port)
    _out, err = second.communicate(timeout=120)
    assert second.returncode != 0
    assert err.splitlines() == [
        f"briefing: error: port {server.port} is already in use: choose another with --port"
    ]


def test_ctrl_c_stops_the_server_cleanly(server: Server):
    server.process.send_signal(signal.SIGINT)
    out, err = server.process.communicate(timeout=30)
    assert server.process.returncode == 0, err
    lines = out.splitlines()
    assert lines[-1] == "stopped"
    # The broken edit of the test before was reported in the terminal too.
    reported = [line for line in (out + err).splitlines() if line.startswith("briefing: error: ")]
    assert [line for line in reported if "briefing.yml" in line], out + err
    assert "Traceback" not in err
