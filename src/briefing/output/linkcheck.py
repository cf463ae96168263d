"""Checks a built site: every internal link leads to a file, every #anchor exists."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit


@dataclass(frozen=True)
class BrokenLink:
    """A problem of a page of the site: a link of it (``href``), or the page itself."""

    page: str  # path of the page, relative to the site
    href: str  # "": the page itself
    reason: str
    count: int = 1  # the page's links to the same place

    def problem(self) -> str:
        """What is wrong, said after the page's name."""
        said = f"{self.reason}: {self.href}" if self.href else self.reason
        return said if self.count == 1 else f"{said} ({self.count} links)"

    def __str__(self) -> str:
        return f"{self.page}: {self.problem()}"


class _PageParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(values["id"] or "")
        for attribute in ("href", "src"):
            link = values.get(attribute)
            if link and tag in ("a", "link", "script", "img", "iframe", "source"):
                self.links.append(link)


def parse_page(html: str) -> _PageParser:
    parser = _PageParser()
    parser.feed(html)
    return parser


def check_site(site: Path) -> list[BrokenLink]:
    """The problems of the site's pages, page by page in path order; a link found
    several times on a page is one problem."""
    pages, unread = {}, []
    for path in sorted(site.rglob("*.html")):
        page = path.relative_to(site).as_posix()
        html, problem = _read(path)
        pages[page] = parse_page(html)
        if problem:
            unread.append(BrokenLink(page, "", problem))
    found: Counter[tuple[str, str, str]] = Counter()
    for page, parsed in pages.items():
        if page == "404.html":
            continue  # links there start from the published base path, not from the file
        for href in parsed.links:
            problem = _problem(site, page, href, pages)
            if problem:
                found[page, href, problem] += 1
    broken = unread + [BrokenLink(*link, count) for link, count in found.items()]
    return sorted(broken, key=lambda link: link.page)


def _read(path: Path) -> tuple[str, str | None]:
    """A page's text, and what kept it from being read whole, if anything."""
    try:
        data = path.read_bytes()
    except OSError as error:
        return "", f"cannot be read: {error.strerror}"
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        return data.decode("utf-8", errors="replace"), "not UTF-8 text"


def _problem(site: Path, page: str, href: str, pages: dict[str, _PageParser]) -> str | None:
    parts = urlsplit(href)
    if parts.netloc and not parts.scheme:
        return None  # protocol-relative: another host
    if parts.scheme:
        return None if parts.scheme in ("http", "https", "mailto") else "link to another scheme"
    if href.startswith("/"):
        return "site-absolute link (breaks under a sub-path)"
    target = _resolve(page, unquote(parts.path))
    if target is None:
        return "link leaves the site"
    if not (site / target).is_file():
        return "broken link"
    has_anchor = not parts.fragment or not target.endswith(".html")
    return None if has_anchor or unquote(parts.fragment) in pages[target].ids else "missing anchor"


def _resolve(page: str, path: str) -> str | None:
    if not path:
        return page
    parts: list[str] = list(PurePosixPath(page).parent.parts)
    for part in path.split("/"):
        if part == "..":
            if not parts:
                return None
            parts.pop()
        elif part not in ("", "."):
            parts.append(part)
    target = "/".join(parts)
    if path.endswith("/") or not target:
        target = f"{target}/index.html".lstrip("/")
    return target
