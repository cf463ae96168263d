"""Saved HTML pages: main text by trafilatura, metadata the markup states, nothing guessed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from tests.ingest.helpers import body_of, ingest_file

from briefing.errors import BriefingError
from briefing.ingest.reading import page_text

PARAGRAPHS = [
    "Russia and China agreed on Tuesday to coordinate their policies in Central Asia, "
    "officials in both capitals said after two days of talks in the Kazakh capital.",
    "The agreement covers trade, transport and security along the new corridor that links "
    "western China with the Caspian ports, and it names no date for a summit.",
    "On 9 May 2015, the two leaders had watched a parade together in Moscow, a moment both "
    "sides still recall when they speak of the partnership.",
]


def page(head: str = "", masthead: str = "", extra: str = "") -> str:
    body = "\n".join(f"<p>{text}</p>" for text in PARAGRAPHS)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Moscow and Beijing coordinate in Central Asia | The Steppe Herald</title>
{head}</head>
<body>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/asia">Asia</a></nav></header>
<main><article>
<h1>Moscow and Beijing coordinate in Central Asia</h1>
{masthead}
{body}
<h2>What comes next</h2>
<p>Diplomats expect the next round of consultations in the second half of the year, when
the working groups on transport and energy report to their ministers.</p>
{extra}
</article></main>
<footer><p>© 2023 The Steppe Herald. All rights reserved.</p></footer>
</body></html>"""


def ingest_html(tmp_path: Path, html: str):
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    return ingest_file(path)


def test_the_headline_is_the_pages_h1_not_its_title_tag(tmp_path):
    article = ingest_html(tmp_path, page())
    assert article.title == "Moscow and Beijing coordinate in Central Asia"


def test_metadata_in_meta_tags_and_json_ld_wins(tmp_path):
    head = (
        '<meta name="author" content="Daniyar Seitkali">'
        '<meta property="og:site_name" content="The Steppe Herald">'
        '<link rel="canonical" href="https://steppeherald.example/world/coordinate">'
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"datePublished": "2023-03-03T10:15:00+06:00"}</script>'
    )
    masthead = "<p class=byline>By Someone Else</p><p>12 March 2023</p>"
    article = ingest_html(tmp_path, page(head, masthead))
    assert (article.author, article.date) == ("Daniyar Seitkali", dt.date(2023, 3, 3))
    assert article.publisher == "The Steppe Herald"
    assert article.source_url == "https://steppeherald.example/world/coordinate"


def test_without_metadata_the_masthead_gives_date_and_byline(tmp_path):
    masthead = (
        '<div class="meta"><span class="author">By Anna Schmidt</span>'
        '<span class="date">12 March 2023</span><span>5 min read</span></div>'
    )
    article = ingest_html(tmp_path, page(masthead=masthead))
    assert (article.author, article.date) == ("Anna Schmidt", dt.date(2023, 3, 12))
    assert "5 min read" not in body_of(article)


def test_a_page_that_states_no_date_gets_none_not_one_from_its_text(tmp_path):
    article = ingest_html(tmp_path, page())
    assert article.date is None  # "On 9 May 2015" is an event, the footer's year a copyright


def test_headings_stay_headings_and_the_text_keeps_its_paragraphs(tmp_path):
    article = ingest_html(tmp_path, page())
    assert [(b.kind, b.text) for b in article.blocks if b.kind == "heading"] == [
        ("heading", "What comes next")
    ]
    assert all(text in body_of(article) for text in PARAGRAPHS)
    assert "Home" not in body_of(article) and "All rights reserved" not in body_of(article)


def test_the_extracted_text_is_what_the_source_view_numbers(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(page(), encoding="utf-8")
    text, stated = page_text(path.read_bytes(), path)
    lines = text.splitlines()
    assert lines[0] == "Moscow and Beijing coordinate in Central Asia"
    assert "## What comes next" in lines
    assert "<" not in text
    assert stated["title"] == lines[0]


@pytest.mark.parametrize(
    "html",
    ["<html><head><title>Empty</title></head><body></body></html>", "<html></html>", "   "],
    ids=["empty-body", "no-body", "blank"],
)
def test_a_saved_page_without_text_is_refused_with_a_way_out(tmp_path, html):
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    with pytest.raises(BriefingError) as caught:
        ingest_file(path)
    assert str(caught.value).startswith(str(path))
    assert "no article text" in str(caught.value) or "no text" in str(caught.value)
