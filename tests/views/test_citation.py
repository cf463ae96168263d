"""Citations: plain text, BibTeX and unique keys."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from briefing.model import Article
from briefing.views.citation import bibliography, bibtex_escape, citations


def article(slug: str, **fields) -> Article:
    values = dict(
        slug=slug, title="A Title of Note", date=dt.date(2018, 12, 21), author="Fabio Indeo",
        publisher="ISPI", source_url="https://example.org/a", language="en", summary=None,
        seed=None, seed_sha256=None, themes=None, actors=None, body="", path=Path(f"{slug}.md"),
        body_line=1, accessed=dt.date(2026, 11, 25),
    )  # fmt: skip
    values.update(fields)
    return Article(**values)


def test_plain_citation_has_author_title_publisher_date_url_and_access_date():
    cited = citations([article("a")])["a"]
    assert cited.text == (
        "Fabio Indeo. “A Title of Note.” ISPI, 21 December 2018. "
        "https://example.org/a. Accessed 25 November 2026."
    )


def test_missing_fields_are_left_out_not_invented():
    cited = citations(
        [article("a", author=None, date=None, publisher=None, source_url=None, accessed=None)]
    )["a"]
    assert cited.text == "“A Title of Note.”"
    assert "author" not in cited.bibtex and "date" not in cited.bibtex


def test_bibtex_keys_are_unique_and_fields_escaped():
    cited = citations([article("a"), article("b", title="A Title & 100% Sure")])
    assert cited["a"].key == "indeo2018title"
    assert cited["b"].key == "indeo2018titleb"
    assert r"A Title \& 100\% Sure" in cited["b"].bibtex
    assert bibliography(cited).count("@online{") == 2


def test_bibtex_escape_covers_special_characters():
    assert (
        bibtex_escape("{a}_$#~^\\")
        == r"\{a\}\_\$\#\textasciitilde{}\textasciicircum{}\textbackslash{}"
    )
