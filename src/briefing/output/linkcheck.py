"""Checks a built site: every internal link leads to a file, every #anchor exists."""

from __future__ import annotations

from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit


@dataclass(frozen=True)
class BrokenLink:
    page: str  # path of the page, relative to the site
    href: str
    reason: str

    def __str__(self) -> str:
        return f"{self.page}: {self.reason}: {self.href}"


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
    pages = {
        p.relative_to(site).as_posix(): parse_page(p.read_text("utf-8"))
        for p in sorted(site.rglob("*.html"))
    }
    broken = []
    for page, parsed in pages.items():
        if page == "404.html":
            continue  # links there start from the published base path, not from the file
        for href in parsed.links:
            problem = _problem(site, page, href, pages)
            if problem:
                broken.append(BrokenLink(page, href, problem))
    return broken


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
