"""What Pagefind reads of a page, for indexing: the page cut down to it.

Pagefind parses every byte it is given, the parts under data-pagefind-ignore
too, and an actor's page is mostly such parts (its folded passages). Of a page
it keeps the language of <html>, the first <title> (the result's title on a
page with no <h1>), the text of the data-pagefind-body element and the filters,
meta and sort attributes anywhere on the page; an ignored element adds nothing
to the text around it. So the page cut down to <html lang>, <title> and the
body element, less the ignored block elements that hold no such attribute and
no <h1>, gives the same index: the same words at the same places, the same
titles, filters, meta, sort keys and headings to link to.

The cut is a plain scan of the rendered bytes for those attributes and for the
tags that close what they open, tag and attribute names written in lower case
as the templates write them. A page it cannot read that simply (no single
body, markup outside the body that Pagefind reads, or markup whose tags a scan
would misread: comments, scripts, style sheets) is left whole.
"""

from __future__ import annotations

import re

BODY = b"data-pagefind-body"
IGNORE = b"data-pagefind-ignore"
READ_ANYWHERE = (b"data-pagefind-", b"<h1")  # read outside the body's text too
_UNSCANNED = re.compile(rb"<(?:!--|script|style|textarea)")  # may hold tags that are none
_ATTRIBUTE = rb"""\s+([^\s"'>/=]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?"""
_START_TAG = re.compile(rb"<([a-z][a-z0-9-]*)((?:" + _ATTRIBUTE + rb")*)\s*/?>")
_ATTRIBUTES = re.compile(_ATTRIBUTE)
_HTML = re.compile(rb"<html(?:\s[^>]*)?>")
_TITLE = re.compile(rb"<title>[^<]*</title>")
_NAME_ENDS = b" \t\n\r\f/>"
# Pagefind's inline elements: one inside an element with an id gives it the text of its
# own inline children, ignored or not, so an ignored one is not cut.
_INLINE = set(b"a abbr acronym b bdo big br button cite code dfn em i img input kbd label map "
              b"object output q samp script select small span strong sub sup textarea time tt "
              b"var".split())  # fmt: skip
_VOID = {b"area", b"base", b"br", b"col", b"embed", b"hr", b"img", b"input", b"link", b"meta",
         b"source", b"track", b"wbr"}  # fmt: skip


def slim_page(page: bytes) -> bytes | None:
    """The parts of ``page`` that Pagefind reads, or None when it is to read the page whole."""
    body = _start_tag_with(page, BODY, 0)
    if body is None:
        return None
    opened, inside, name = body
    html, title = _HTML.search(page, 0, opened), _TITLE.search(page, 0, opened)
    if html is None or title is None or _reads(page, 0, opened):
        return None
    kept = _body_less_ignored(page, opened, inside, name)
    if kept is None:
        return None
    pieces, closed = kept
    if _reads(page, closed, len(page)) or _UNSCANNED.search(page, opened, closed):
        return None  # a second body, filters or a title after it, or tags a scan misreads
    head = b'\n<head>\n<meta charset="utf-8">\n%s\n</head>\n<body>\n' % title[0]
    return b"".join([b"<!DOCTYPE html>\n", html[0], head, *pieces, b"\n</body>\n</html>\n"])


def _body_less_ignored(
    page: bytes, opened: int, inside: int, name: bytes
) -> tuple[list[bytes], int] | None:
    """The body element in pieces, less the ignored elements that hold nothing Pagefind
    reads, and where it closes; None if it does not close."""
    pieces, start, depth = [], opened, 1
    while True:
        ignored = _start_tag_with(page, IGNORE, inside)
        closed, depth = _closing(page, name, inside, ignored[0] if ignored else len(page), depth)
        if closed is not None:
            pieces.append(page[start:closed])
            return pieces, closed
        if ignored is None:
            return None
        cut_opened, cut_inside, cut_name = ignored
        cut_closed, _ = _closing(page, cut_name, cut_inside, len(page))
        if cut_closed is None:
            return None
        kept = cut_name in _INLINE or _reads(page, cut_inside, cut_closed)
        pieces.append(page[start:cut_closed] if kept else page[start:cut_opened])
        start = inside = cut_closed


def _start_tag_with(page: bytes, attribute: bytes, start: int) -> tuple[int, int, bytes] | None:
    """The first start tag from ``start`` with ``attribute``: where it opens, where it
    ends, and its element's name."""
    at = page.find(attribute, start)
    while at != -1:
        opened = page.rfind(b"<", start, at)
        tag = _START_TAG.match(page, opened) if opened != -1 else None
        if tag is not None and tag.end() > at and attribute in _names(tag.group(2)):
            return opened, tag.end(), tag.group(1)
        at = page.find(attribute, at + len(attribute))
    return None


def _names(attributes: bytes) -> list[bytes]:
    return [match.group(1) for match in _ATTRIBUTES.finditer(attributes)]


def _closing(
    page: bytes, name: bytes, start: int, end: int, depth: int = 1
) -> tuple[int | None, int]:
    """Where the element ``name``, ``depth`` deep at ``start``, closes before ``end``
    (the end of its end tag); else None, and how deep it is at ``end``."""
    if name in _VOID:
        return start, 0
    position = start
    while (close := _tag(page, b"</" + name, position, end)) != -1:
        depth += _count(page, b"<" + name, position, close) - 1
        if depth == 0:
            return page.index(b">", close) + 1, 0
        position = close + 1
    return None, depth + _count(page, b"<" + name, position, end)


def _count(page: bytes, opening: bytes, start: int, end: int) -> int:
    count = 0
    while (start := _tag(page, opening, start, end)) != -1:
        count, start = count + 1, start + 1
    return count


def _tag(page: bytes, opening: bytes, start: int, end: int) -> int:
    """Where the next tag that starts with ``opening`` (``<name`` or ``</name``) is."""
    while (at := page.find(opening, start, end)) != -1:
        after = at + len(opening)
        if after < len(page) and page[after] in _NAME_ENDS:
            return at
        start = after
    return -1


def _reads(page: bytes, start: int, end: int) -> bool:
    """Whether page[start:end] holds what Pagefind reads outside the body's text."""
    return any(page.find(mark, start, end) != -1 for mark in READ_ANYWHERE)
