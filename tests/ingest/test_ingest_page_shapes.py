"""Page shapes written inline: where the headline, byline, headings and author block sit."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.ingest.helpers import body_of, ingest_file

from briefing.errors import BriefingError
from briefing.ingest.article import IngestedArticle

PROSE = (
    "Russia and China agreed to coordinate their policies in Central Asia, officials said. "
    "The agreement covers trade, transport and security."
)


def ingest_text(tmp_path: Path, text: str) -> IngestedArticle:
    path = tmp_path / "seed.txt"
    path.write_text(text, encoding="utf-8")
    return ingest_file(path)


def test_a_subtitle_between_headline_and_byline_stays_in_the_body(tmp_path):
    article = ingest_text(
        tmp_path,
        f"Asia\n\nThe Steppe Between Two Giants\n\nHow Kazakhstan plays Moscow against Beijing\n\n"
        f"By Jane Doe\n\n{PROSE}\n",
    )
    assert (article.title, article.author) == ("The Steppe Between Two Giants", "Jane Doe")
    assert [(b.kind, b.text) for b in article.blocks] == [
        ("paragraph", "How Kazakhstan plays Moscow against Beijing"),
        ("paragraph", PROSE),
    ]


def test_without_a_date_the_longer_header_line_is_the_headline(tmp_path):
    article = ingest_text(tmp_path, f"World\n\nDragon Rising\n\n{PROSE}\n")
    assert article.title == "Dragon Rising"
    assert [d.rule for d in article.dropped] == ["section-label", "title"]


def test_a_short_line_before_the_first_paragraph_is_not_a_heading(tmp_path):
    article = ingest_text(tmp_path, f"Dragon Rising\n\nJune 17, 2015\n\nIntroduction\n\n{PROSE}\n")
    assert [b.kind for b in article.blocks] == ["paragraph", "paragraph"]


def test_a_heading_needs_running_text_after_it(tmp_path):
    article = ingest_text(
        tmp_path,
        f"Dragon Rising\n\n{PROSE}\n\nEnergy Ties\n\n{PROSE}\n\nShort line\n\n"
        f"Another line, no sentence\n\n{PROSE}\n",
    )
    assert [(b.kind, b.text) for b in article.blocks][1:5] == [
        ("heading", "Energy Ties"),
        ("paragraph", PROSE),
        ("paragraph", "Short line"),
        ("heading", "Another line, no sentence"),
    ]


def test_short_lines_after_the_last_paragraph_are_the_sites(tmp_path):
    article = ingest_text(
        tmp_path, f"Dragon Rising\n\n{PROSE}\n\nShort line\n\nAnother line here\n"
    )
    assert [b.text for b in article.blocks] == [PROSE]
    assert [d.rule for d in article.dropped][-2:] == ["page-footer", "page-footer"]


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("By Reuters", "Reuters"),
        ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
        ("Von Anna SCHMIDT und Peter MÜLLER", ["Anna Schmidt", "Peter Müller"]),
        ("Par Jean DUPONT", "Jean Dupont"),
        ("Por Laura Giménez y Andrés Olmedo", ["Laura Giménez", "Andrés Olmedo"]),
        ("Автор: Иван ПЕТРОВ", "Иван Петров"),
        ("By Dr. Katharina Vogel", "Katharina Vogel"),
        ("Interview by James Whitfield", "James Whitfield"),
        ("Publicado por Martín Echeverría a las 22:14", "Martín Echeverría"),
        ("By Jane Doe, Senior Fellow", "Jane Doe"),
        ("Written by Ursula von der Leyen", "Ursula von der Leyen"),
        ("Author: Jane Doe", "Jane Doe"),
        ("Auteur : Jean Dupont", "Jean Dupont"),
    ],
)
def test_bylines_in_their_usual_forms(tmp_path, byline, author):
    article = ingest_text(tmp_path, f"Dragon Rising\n\n{byline}\n\n{PROSE}\n")
    assert article.author == author
    assert article.date is None


def test_a_byline_with_a_date_gives_both(tmp_path):
    article = ingest_text(tmp_path, f"Dragon Rising\n\nBy Jane Doe | 17 June 2015\n\n{PROSE}\n")
    assert (article.author, str(article.date)) == ("Jane Doe", "2015-06-17")


def test_a_sentence_starting_with_by_is_not_a_byline(tmp_path):
    article = ingest_text(
        tmp_path, f"Dragon Rising\n\n{PROSE}\n\nBy Monday, the troops had left.\n"
    )
    assert article.author is None
    assert body_of(article).endswith("By Monday, the troops had left.\n")


def test_a_name_alone_after_the_last_paragraph_is_the_author(tmp_path):
    article = ingest_text(tmp_path, f"Dragon Rising\n\n{PROSE}\n\nJane Doe\n")
    assert (article.author, article.author_bio) == ("Jane Doe", None)


def test_a_repeated_name_before_a_bio(tmp_path):
    article = ingest_text(
        tmp_path,
        f"Dragon Rising\n\n{PROSE}\n\nJane Doe\nJane Doe\nJane Doe teaches at a university.\n",
    )
    assert (article.author, article.author_bio) == ("Jane Doe", "Jane Doe teaches at a university.")
    assert body_of(article) == PROSE + "\n"


def test_a_page_that_is_all_furniture_is_refused(tmp_path):
    with pytest.raises(BriefingError) as caught:
        ingest_text(tmp_path, "Dragon Rising\n\nShare this article\nBack to Top\n")
    assert str(caught.value) == (
        f"{tmp_path / 'seed.txt'}: no article text found: every line was taken as page furniture "
        "(`briefing ingest --explain` shows which rule took each)"
    )


def test_a_markdown_title_line_at_the_top_is_the_headline(tmp_path):
    article = ingest_text(tmp_path, f"Skip to content\n\n# The Steppe Between\n\n{PROSE}\n")
    assert article.title == "The Steppe Between"


@pytest.mark.parametrize(
    ("line", "accessed"),
    [
        ("Accessed 12 March 2024", "2024-03-12"),
        ("Consulté le 12 mars 2024", "2024-03-12"),
        ("Abgerufen am 12.03.2024", "2024-03-12"),
    ],
)
def test_an_access_date_the_copy_states_is_kept(tmp_path, line, accessed):
    article = ingest_text(tmp_path, f"Dragon Rising\n\n{PROSE}\n\n{line}\n")
    assert str(article.accessed) == accessed
    assert line not in body_of(article)


def test_without_a_stated_access_date_there_is_none(tmp_path):
    assert ingest_text(tmp_path, f"Dragon Rising\n\n{PROSE}\n").accessed is None
