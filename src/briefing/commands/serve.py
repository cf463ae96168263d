"""`briefing serve`: build, serve on 127.0.0.1, rebuild and reload on change.

The server always serves the last good build. A failed rebuild is reported in
the terminal and, through the status endpoint the reload script polls, in the
open pages; the next good edit recovers without a restart.
"""

from __future__ import annotations

import errno
import json
import socket
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from ..errors import BriefingError
from ..load.project import Project, load_project
from .build import build

HOST = "127.0.0.1"
STATUS_PATH = "/__briefing__/status"


@dataclass
class BuildState:
    number: int = 0
    error: str | None = None
    lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self, error: str | None) -> None:
        with self.lock:
            self.number += 1
            self.error = error

    def as_json(self) -> bytes:
        with self.lock:
            return json.dumps({"build": self.number, "error": self.error}).encode()


class SiteHandler(SimpleHTTPRequestHandler):
    """Serves files of the site folder only, and the build status."""

    state: BuildState

    def __init__(self, *args: Any, state: BuildState, **kwargs: Any):
        self.state = state
        super().__init__(*args, **kwargs)

    def do_GET(self) -> None:
        if self.path.split("?")[0] == STATUS_PATH:
            self._send_status()
            return
        # A rebuild can rewrite a page within the second of its last version, and
        # If-Modified-Since compares whole seconds: a reload would be answered
        # "not modified" and keep the old page. Every page is sent whole.
        del self.headers["If-Modified-Since"]
        super().do_GET()

    def _send_status(self) -> None:
        body = self.state.as_json()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Cache-Control", "no-store")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def translate_path(self, path: str) -> str:
        translated = Path(super().translate_path(path))
        site = Path(self.directory).resolve()
        resolved = translated.resolve()
        if resolved != site and site not in resolved.parents:
            return str(site / "__outside__")  # answered with 404
        return str(translated)

    def end_headers(self) -> None:
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """A missing page gets the site's own 404.html, as it will once published."""
        page = Path(self.directory) / "404.html"
        if code != HTTPStatus.NOT_FOUND or not page.is_file():
            super().send_error(code, message, explain)
            return
        body = page.read_bytes()
        self.send_response(code, message)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


class SiteServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 64  # a page and its assets arrive together: let them queue

    def handle_error(
        self, request: socket.socket | tuple[bytes, socket.socket], client_address: Any
    ) -> None:
        # A reader who closes the tab mid-page is no error; anything else is said in one line.
        error = sys.exc_info()[1]
        if isinstance(error, ConnectionError | TimeoutError):
            return
        print(
            f"briefing: error: serving a request: {type(error).__name__}: {error}", file=sys.stderr
        )


def rebuild(root: Path, state: BuildState) -> None:
    """Build again; a failure is reported and the last good build stays served."""
    try:
        project = load_project(root)
        result = build(project, live_reload=True)
        state.record(None)
        print(f"rebuilt {result.pages} pages in {result.seconds:.2f} s", flush=True)
    except BriefingError as error:
        state.record(str(error))
        print(f"briefing: error: {error}", file=sys.stderr, flush=True)
    except Exception as error:  # a bug: keep serving the last good build, say it in one line
        state.record(f"internal error: {type(error).__name__}: {error}")
        print(
            f"briefing: internal error: {type(error).__name__}: {error}",
            file=sys.stderr,
            flush=True,
        )


def watch(root: Path, state: BuildState, stop: threading.Event) -> None:
    from watchfiles import watch as watch_changes

    paths = [p for p in (root / "content", root / "templates", root / "seeds") if p.is_dir()]
    paths.append(root / "briefing.yml")
    for _changes in watch_changes(*paths, stop_event=stop, debounce=200, rust_timeout=500):
        rebuild(root, state)


def serve_command(root: Path | None, port: int) -> int:
    if not 0 <= port <= 65535:
        raise BriefingError(f"port {port} is not a port number (0 to 65535)")
    project = load_project(root)
    state = BuildState()
    handler = partial(SiteHandler, directory=str(project.site_dir), state=state)
    server = _bind(port, handler)  # before building: a taken port is said at once
    try:
        _first_build(project, state)
    except BaseException:
        server.server_close()
        raise
    stop = threading.Event()
    watcher = threading.Thread(target=watch, args=(project.root, state, stop), daemon=True)
    watcher.start()
    port = server.server_address[1]  # the one the system chose, when asked for port 0
    print(f"serving {project.site_dir} at http://{HOST}:{port}/ (Ctrl-C to stop)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        print("stopped", flush=True)
    finally:
        stop.set()
        server.server_close()
    return 0


def _bind(port: int, handler: Callable[..., SiteHandler]) -> SiteServer:
    try:
        return SiteServer((HOST, port), handler)
    except OSError as error:
        if error.errno == errno.EADDRINUSE:
            raise BriefingError(
                f"port {port} is already in use: choose another with --port"
            ) from None
        raise BriefingError(f"cannot serve on port {port}: {error.strerror}") from None


def _first_build(project: Project, state: BuildState) -> None:
    """Build; on failure serve the last good build, or stop when there is none."""
    try:
        build(project, live_reload=True)
        state.record(None)
    except BriefingError as error:
        if not project.site_dir.is_dir():
            raise  # nothing to serve: the one error is all there is to say
        state.record(str(error))
        print(f"briefing: error: {error}", file=sys.stderr, flush=True)
        print("serving the last good build until the error is fixed", flush=True)
