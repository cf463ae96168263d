"""A page cut down to what Pagefind reads: the body less its ignored parts, or left whole."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from briefing.output.slim import slim_page

HEAD = (
    '<!DOCTYPE html>\n<html lang="fr">\n<head>\n<meta charset="utf-8">\n'
    '<link rel="stylesheet" href="style.css">\n<title>Page · Site</title>\n</head>\n<body>\n'
    '<header><a href="/">Site</a><form><input id="q"></form></header>\n<main id="main">\n'
)
FOOT = '</main>\n<footer><p>Site</p></footer>\n<script src="copy.js"></script>\n</body>\n</html>\n'


def page(body: str, head: str = HEAD, foot: str = FOOT) -> bytes:
    return (head + body + foot).encode("utf-8")


def slim(body: str, **parts: str) -> BeautifulSoup | None:
    cut = slim_page(page(body, **parts))
    return None if cut is None else BeautifulSoup(cut, "html.parser")


ACTOR = """<div data-pagefind-body>
<div hidden data-pagefind-meta="kind:Actor"><span data-pagefind-filter="actor:Russia"></span></div>
<h1>Russia</h1>
<div class="layout"><div class="main">
  <section><h3 id="theme-trade">Trade <span class="count">3 passages</span></h3>
    <ul class="passages" data-pagefind-ignore><li id="p-1"><blockquote><p>Folded</p></blockquote>
      </li><li><ul><li>nested</li></ul></li></ul>
    <details><summary>2 more passages</summary>
      <ul class="passages" data-pagefind-ignore><li>More folded</li></ul></details>
  </section>
  <div class="chronology" data-pagefind-ignore><div class="year"><div>2020</div></div><p>x</p></div>
  <p>Kept after</p>
</div>
<aside data-pagefind-ignore><ul><li>Alongside</li></ul></aside>
</div>
</div>
"""


def test_a_page_keeps_its_language_title_and_body_less_its_ignored_parts():
    soup = slim(ACTOR)
    assert soup is not None
    assert soup.html["lang"] == "fr"
    assert soup.title.string == "Page · Site"
    assert soup.find(attrs={"data-pagefind-ignore": True}) is None
    body = soup.find(attrs={"data-pagefind-body": True})
    assert body is not None and body.parent.name == "body"
    words = body.get_text(" ", strip=True).split()
    assert words == ["Russia", "Trade", "3", "passages", "2", "more", "passages", "Kept", "after"]
    assert soup.select_one('[data-pagefind-filter="actor:Russia"]') is not None
    assert [tag["id"] for tag in soup.find_all(id=True)] == ["theme-trade"]
    assert soup.find("header") is None and soup.find("script") is None
    assert soup.find("link") is None and soup.find("footer") is None


def test_the_kept_markup_is_the_page_s_own_bytes():
    cut = slim_page(page(ACTOR))
    assert cut is not None
    assert b'<section><h3 id="theme-trade">Trade <span class="count">3 passages</span></h3>' in cut
    assert b"<p>Kept after</p>\n</div>\n<aside" not in cut
    assert b"<p>Kept after</p>\n</div>\n\n</div>\n</div>" in cut


def test_an_ignored_part_holding_what_pagefind_reads_there_is_kept():
    body = """<article data-pagefind-body><h1>T</h1>
<ul data-pagefind-ignore><li><span data-pagefind-filter="year:2020"></span>x</li></ul>
<ol data-pagefind-ignore><li>dropped</li></ol>
<div data-pagefind-ignore><h1>Another title</h1></div></article>"""
    soup = slim(body)
    assert soup is not None
    assert soup.select_one('ul[data-pagefind-ignore] [data-pagefind-filter="year:2020"]')
    assert soup.find("ol") is None
    assert soup.select_one("div[data-pagefind-ignore] h1").string == "Another title"


def test_an_ignored_element_that_is_void_or_named_in_text_is_handled():
    body = """<div data-pagefind-body><p>Write data-pagefind-ignore to hide a part.</p>
<hr class="rule" data-pagefind-ignore><p title="data-pagefind-ignore">Shown</p></div>"""
    soup = slim(body)
    assert soup is not None
    assert soup.find("hr") is None
    assert [p.get_text() for p in soup.find_all("p")] == [
        "Write data-pagefind-ignore to hide a part.",
        "Shown",
    ]


def test_an_ignored_inline_element_is_kept():
    # Pagefind gives the heading's anchor the text of the <b>, ignored though it is.
    body = """<div data-pagefind-body><h2 id="a">Seen <span data-pagefind-ignore><b>too</b></span>
</h2></div>"""
    soup = slim(body)
    assert soup is not None
    assert soup.select_one("h2 > span[data-pagefind-ignore] > b").get_text() == "too"


# Pages whose every byte Pagefind is to read: (the body, other parts than HEAD and FOOT).
UNREAD = {
    "no body": ("<div><p>No body</p></div>", {}),
    "body unclosed": ("<div data-pagefind-body><p>x</p>", {"foot": "</body></html>"}),
    "ignored unclosed": ("<div data-pagefind-body><ul data-pagefind-ignore><li>x</div>", {}),
    "comment": ("<div data-pagefind-body><!-- <div> --><p>x</p></div>", {}),
    "script": ("<div data-pagefind-body><script>var a = '</div>';</script></div>", {}),
    "two bodies": ("<div data-pagefind-body>one</div><div data-pagefind-body>two</div>", {}),
    "title outside": ("<h1>Outside</h1><div data-pagefind-body><p>x</p></div>", {}),
    "filter outside": (
        '<div data-pagefind-body><p>x</p></div><span data-pagefind-filter="a:b"></span>',
        {},
    ),
    "no html element": ("<div data-pagefind-body><p>x</p></div>", {"head": "<body>"}),
    "no title": ("<div data-pagefind-body><p>x</p></div>", {"head": '<html lang="fr"><body>'}),
}


@pytest.mark.parametrize("body, parts", UNREAD.values(), ids=list(UNREAD))
def test_a_page_the_scan_cannot_read_simply_is_left_whole(body: str, parts: dict[str, str]):
    assert slim(body, **parts) is None


def test_a_page_without_a_language_is_cut_down_without_one():
    soup = slim("<div data-pagefind-body><p>x</p></div>", head="<html><title>T</title><body>")
    assert soup is not None
    assert soup.html.attrs == {} and soup.title.string == "T"
    assert soup.find(attrs={"data-pagefind-body": True}).get_text() == "x"
