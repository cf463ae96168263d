"""Saved HTML pages: the main text through trafilatura, the metadata the page states.

A saved page becomes the same thing a plain-text copy is: lines of text. They are
the headline, the masthead lines printed between the headline and the text (a
date or byline the metadata lacks is found there), then the article's paragraphs,
its section headings marked ``## ``. These lines are the page's provenance: the
source view numbers them, and ingest sorts them as it sorts a text copy. What the
page's ``<meta>`` tags and JSON-LD state travels beside them and wins over what
the lines suggest.
"""

# ruff: noqa: SIM905 - word lists read better as words

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # at run time they are imported where a page is read: trafilatura is slow
    from lxml.etree import _Element
    from trafilatura.settings import Document

HEADING_MARK = "## "
MAX_MASTHEAD_LINES = 12
_BLOCK_TAGS = frozenset(
    """
    address article aside blockquote body dd details div dl dt fieldset figcaption
    figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary
    table td th tr ul br time
    """.split()
)
# What a reader never reads as the article: code, controls, and a picture's caption
# (which a saved page sets apart from its credit, so no line above a credit gives it away).
_HIDDEN_TAGS = frozenset(
    """
    script style noscript template svg head iframe button select figcaption
    """.split()
)
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class HtmlPage:
    text: str  # the lines ingest reads, and the source view shows
    metadata: dict[str, object] = field(default_factory=dict)


def read_html(text: str) -> HtmlPage:
    """The page's headline, masthead and main text as lines, and its stated metadata."""
    import trafilatura
    from lxml import html as lxml_html
    from trafilatura.settings import Document

    tree = lxml_html.document_fromstring(text) if text.strip() else None
    document = (
        trafilatura.bare_extraction(
            tree,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            favor_precision=True,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
        if tree is not None
        else None
    )
    if not isinstance(document, Document) or document.body is None or tree is None:
        return HtmlPage("")
    blocks = _body_lines(document.body)
    title = _headline(tree, _clean(document.title or "")) or _clean(document.title or "")
    masthead = _masthead_lines(tree, title, blocks)
    lines = [title, "", *_spaced(masthead), "", *_spaced(blocks)] if title else _spaced(blocks)
    return HtmlPage("\n".join(lines).strip("\n") + "\n", _metadata(document, title, tree, text))


def _headline(tree: _Element, stated: str) -> str:
    """The page's one <h1>: the headline it prints, which its <title> often dresses up
    with the site's name. An <h1> that sets a kicker before the headline gives the part
    the metadata names."""
    found = [_clean(" ".join(h1.itertext())) for h1 in tree.iter("h1")]
    found = [text for text in found if text]
    if len(found) != 1:
        return ""
    if stated and stated != found[0] and stated in found[0]:
        return stated
    return found[0]


def _body_lines(body: _Element) -> list[str]:
    """One line per paragraph, list item or quotation; headings marked as Markdown ones."""
    lines = []
    for element in body.iter("p", "head", "item", "quote"):
        if element.tag in ("p", "quote") and _has_block_ancestor(element):
            continue
        text = _clean(" ".join(element.itertext()))
        if not text:
            continue
        lines.append(HEADING_MARK + text if element.tag == "head" else text)
    return lines


def _has_block_ancestor(element: _Element) -> bool:
    parent = element.getparent()
    while parent is not None:
        if parent.tag in ("item", "quote", "p"):
            return True
        parent = parent.getparent()
    return False


def _masthead_lines(tree: _Element, title: str, blocks: list[str]) -> list[str]:
    """The visible lines between the headline and the first line of the text."""
    visible = _visible_lines(tree)
    first = next((b for b in blocks if not b.startswith(HEADING_MARK)), None)
    visible = [line.replace("\t", "   ") for line in visible]
    plain = [_clean(line) for line in visible]
    start = _find(plain, title, exact=True)
    end = _find(plain, first, exact=False, after=start + 1 if start is not None else 0)
    if end is None:
        return []
    begin = start + 1 if start is not None and start < end else max(0, end - MAX_MASTHEAD_LINES)
    return visible[begin:end][:MAX_MASTHEAD_LINES]


def _find(lines: list[str], text: str | None, *, exact: bool, after: int = 0) -> int | None:
    if not text:
        return None
    wanted = text.casefold()
    prefix = wanted[:60]
    for index in range(after, len(lines)):
        line = lines[index].casefold()
        if line == wanted or (not exact and len(prefix) >= 20 and line.startswith(prefix)):
            return index
    return None


def _visible_lines(tree: _Element) -> list[str]:
    """The page's text as a browser lays it out in lines: one per block element. The
    inline elements of a row (a byline's name beside its place, a date beside a
    counter) are kept apart by tabs, as a copied page keeps them."""
    lines: list[str] = []
    current: list[str] = []

    def flush() -> None:
        text = _clean_cells("".join(current))
        if text:
            lines.append(text)
        current.clear()

    def walk(element: _Element, top_inline: bool) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        block = tag in _BLOCK_TAGS
        if tag and tag not in _HIDDEN_TAGS:
            if block:
                flush()
            elif top_inline:
                current.append("\t")
            current.append(element.text or "")
            row = block and _is_row(element)
            for child in element:
                walk(child, top_inline=row)
            if block:
                flush()
            elif top_inline:
                current.append("\t")
        current.append(element.tail or "")

    body = tree.find("body")
    walk(body if body is not None else tree, top_inline=False)
    flush()
    return lines


def _is_row(element: _Element) -> bool:
    """A block holding only inline elements side by side, no text of its own between
    them: a byline beside a place, a date beside a counter. Its items are cells."""
    texts = [element.text] + [child.tail for child in element]
    return len(element) > 1 and not any((text or "").strip() for text in texts)


def _clean_cells(text: str) -> str:
    cells = [_clean(cell) for cell in text.split("\t")]
    return "\t".join(cell for cell in cells if cell)


def _spaced(lines: list[str]) -> list[str]:
    """Lines with a blank line between each, as paragraphs are in a text copy."""
    spaced: list[str] = []
    for line in lines:
        spaced.extend([line, ""])
    return spaced[:-1]


def _clean(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def _metadata(document: Document, title: str, tree: _Element, text: str) -> dict[str, object]:
    """What the page's metadata states; absent fields are left out, never guessed."""
    found: dict[str, object] = {
        "title": title or None,
        "author": _scholarly_authors(tree) or _authors(document.author),
        "publisher": _clean(document.sitename or "") or None,
        "source_url": document.url or None,
        "date": _meta_date(tree),
        "markup_date": _markup_date(text),
    }
    return {key: value for key, value in found.items() if value}


def _scholarly_authors(tree: _Element) -> str | list[str] | None:
    """`citation_author` and `dc.creator` tags, one person each, often "Surname, Given"."""
    from .shapes import person_name

    names = []
    for meta in tree.iter("meta"):
        if (meta.get("name") or "").lower() in ("citation_author", "dc.creator"):
            surname, _, given = (meta.get("content") or "").partition(",")
            name = f"{given.strip()} {surname.strip()}" if given.strip() else surname
            if person_name(name):
                names.append(person_name(name))
    return names[0] if len(names) == 1 else names or None


def _authors(value: str | None) -> str | list[str] | None:
    from .shapes import person_name

    if not value:
        return None
    names = [person_name(name) for name in value.split(";") if _clean(name)]
    names = [name for name in names if name]
    return names[0] if len(names) == 1 else names or None


_DATE_META = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "publication_date",
    "citation_publication_date",
    "citation_date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "date",
    "sailthru.date",
    "parsely-pub-date",
)


def _meta_date(tree: _Element) -> dt.date | None:
    """The publication date the page's metadata states: JSON-LD, then <meta> tags."""
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() == "application/ld+json":
            found = _json_ld_date(script.text or "")
            if found:
                return found
    named: dict[str, str] = {}
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        named.setdefault(key, meta.get("content") or "")
    for key in _DATE_META:
        found = _iso_date(named.get(key, ""))
        if found:
            return found
    return None


def _json_ld_date(text: str) -> dt.date | None:
    import json

    try:
        data = json.loads(text)
    except ValueError:
        return None
    stack = [data]
    while stack:
        item = stack.pop(0)
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            found = _iso_date(str(item.get("datePublished") or ""))
            if found:
                return found
            stack.extend(v for v in item.values() if isinstance(v, list | dict))
    return None


def _iso_date(value: str) -> dt.date | None:
    found = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", value)
    if not found:
        return None
    try:
        return dt.date(*(int(part) for part in found.groups()))
    except ValueError:
        return None


def _markup_date(text: str) -> dt.date | None:
    """The date the page's markup gives (a <time> element, a dated URL), found by htmldate
    without its extensive search: used only when neither metadata nor masthead state one."""
    from htmldate import find_date

    found = find_date(text, extensive_search=False, original_date=True)
    return dt.date.fromisoformat(found) if found else None
