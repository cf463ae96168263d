"""The URL scheme, and relative links so one build works at any sub-path.

A page URL is site-absolute and ends with "/" ("/articles/x/") or names a file
("/feed.xml"). Links between pages are made relative, so the site works at a
domain root, under "/repo/" and — with offline links to "index.html" — from
disk; base_url is used only where an absolute URL is required.
"""

from __future__ import annotations

import posixpath
from functools import lru_cache
from urllib.parse import quote

HOME = "/"

# Names Windows cannot use for a file or folder, whatever the extension: a slug
# or id among them would give a site that cannot be checked out or copied there.
RESERVED_NAMES = frozenset(
    ["con", "prn", "aux", "nul", *(f"{port}{i}" for port in ("com", "lpt") for i in range(1, 10))]
)


# A slug or id is a folder name; file systems allow 255 bytes, paths on Windows 260.
MAX_NAME_CHARS = 100


def name_problem(what: str, name: str) -> str | None:
    """Why a slug or id cannot name a folder of the site, or None when it can."""
    if is_reserved(name):
        return f"{what} {name!r} is a reserved file name on Windows: choose another"
    if len(name) > MAX_NAME_CHARS:
        return f"{what} is {len(name)} characters long, more than the {MAX_NAME_CHARS} allowed"
    return None


def is_reserved(name: str) -> bool:
    return name.split(".")[0].lower() in RESERVED_NAMES


def article(slug: str) -> str:
    return f"/articles/{slug}/"


def actor(actor_id: str) -> str:
    return f"/actors/{actor_id}/"


def theme(theme_id: str) -> str:
    return f"/themes/{theme_id}/"


def source(slug: str) -> str:
    return f"/sources/{slug}/"


def output_path(url: str) -> str:
    """The file a page URL is written to, relative to the site folder."""
    path = url.lstrip("/")
    return path + "index.html" if url.endswith("/") else path


def _relpath(target: str, from_dir: str) -> str:
    """posixpath.relpath for site-absolute paths, without its normalising cost."""
    to_parts = [p for p in target.split("/") if p]
    from_parts = [p for p in from_dir.split("/") if p]
    common = 0
    for mine, theirs in zip(to_parts, from_parts, strict=False):
        if mine != theirs:
            break
        common += 1
    parts = [".."] * (len(from_parts) - common) + to_parts[common:]
    return "/".join(parts) or "."


@lru_cache(maxsize=1 << 16)
def relative(from_url: str, to_url: str, offline: bool = False) -> str:
    """A link from the page at ``from_url`` to ``to_url`` (which may carry a #fragment)."""
    target, _, fragment = to_url.partition("#")
    from_dir = from_url if from_url.endswith("/") else posixpath.dirname(from_url) + "/"
    if offline and target.endswith("/"):
        target += "index.html"
    link = _relpath(target, from_dir) if target else ""
    if target.endswith("/") and not link.endswith("/") and link != ".":
        link += "/"
    if link == ".":
        link = "./"
    link = quote(link, safe="/.-_~%")
    return f"{link}#{fragment}" if fragment else link


def absolute(base_url: str, url: str) -> str:
    """An absolute URL for feeds, sitemaps and canonical links."""
    return base_url.rstrip("/") + url


def base_path(base_url: str) -> str:
    """The path part of the base URL: "https://u.github.io/repo/" gives "/repo/"."""
    from urllib.parse import urlsplit

    path = urlsplit(base_url).path or "/"
    return path if path.endswith("/") else path + "/"


def is_absolute(base_url: str) -> bool:
    return base_url.startswith(("http://", "https://"))
