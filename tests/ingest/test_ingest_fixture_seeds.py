"""Seeds of other shapes: other bylines, date languages, footers, boxes and encodings."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.ingest.helpers import FIXTURE_SEEDS, body_of, ingest_file

JUNE_17 = dt.date(2015, 6, 17)
EXPECTED = {
    "by-line-with-related-links.txt": {
        "title": "Kazakhstan Courts Beijing While Keeping Moscow Close",
        "date": dt.date(2020, 3, 3),
        "author": "Jane Doe",
        "author_bio": "Jane Doe is a senior fellow at the Eurasia Policy Institute in Berlin.",
        "publisher": None,
        "source_url": None,
        "language": "en",
        "paragraphs": 3,
        "furniture": [
            "World",
            "By Jane Doe",
            "Read more:",
            "Related articles",
            "Uzbekistan opens up",
        ],
    },
    "french-crumbs-copyright.txt": {
        "title": "La Russie et la Chine en Asie centrale : une rivalité discrète",
        "date": JUNE_17,
        "author": "Jean Dupont",
        "author_bio": None,
        "publisher": "Le Courrier d'Eurasie",  # its copyright line names it
        "source_url": None,
        "language": "fr",
        "paragraphs": 3,
        "furniture": ["Accueil >", "Publié le", "Par Jean Dupont", "Partager", "©"],
    },
    "german-dotted-date.txt": {
        "title": "Russland und China: Partner mit Vorbehalten",
        "date": JUNE_17,
        "author": "Anna Schmidt",
        "author_bio": None,
        "publisher": None,
        "source_url": "https://www.example.de/politik/russland-china-partner-mit-vorbehalten",
        "language": "de",
        "paragraphs": 2,
        "furniture": ["17.06.2015", "Von Anna", "Lesen Sie auch", "Teilen", "Quelle:"],
    },
    "russian-author-label.txt": {
        "title": "Россия и Китай в Центральной Азии: сотрудничество и соперничество",
        "date": JUNE_17,
        "author": "Иван Петров",
        "author_bio": None,
        "publisher": None,
        "source_url": None,
        "language": "ru",
        "paragraphs": 2,
        "furniture": ["17 июня 2015", "Автор:", "Иван Петров", "Читайте также"],
    },
    "spanish-byline-source.txt": {
        "title": "Rusia y China compiten por el Asia central",
        "date": JUNE_17,
        "author": "María García",
        "author_bio": None,
        "publisher": None,
        "source_url": "https://www.example.es/internacional/rusia-china-asia-central",
        "language": "es",
        "paragraphs": 2,
        "furniture": ["17 de junio de 2015", "Por María", "Fuente:"],
    },
    "no-blank-lines.txt": {
        "title": "Pipelines Across the Steppe",
        "date": JUNE_17,
        "author": None,
        "author_bio": None,
        "publisher": None,
        "source_url": "https://www.example.org/2015/06/pipelines-across-the-steppe",
        "language": "en",
        "paragraphs": 5,
        "headings": ["Energy and Pipelines"],
        "furniture": ["2015-06-17", "Originally published"],
    },
    "hard-wrapped-about-author.txt": {
        "title": "The Arctic Is the New Frontier of Sino-Russian Cooperation",
        "date": None,
        "author": None,  # the biography names her, but no byline says she wrote it
        "author_bio": "Maria Ivanova is a researcher at the Polar Studies Centre in Tromsø. "
        "She writes about energy and shipping in the High North.",
        "publisher": None,
        "source_url": None,
        "language": "en",
        "paragraphs": 2,
        "furniture": ["Photo: Reuters", "Tags:", "About the author", "Maria Ivanova"],
    },
    "escapes-and-updated-date.txt": {
        "title": "Is Russia Losing Central Asia?",
        "date": dt.date(2020, 3, 3),  # the 'Updated' date is not the publication date
        "author": None,
        "author_bio": None,
        "publisher": None,
        "source_url": None,
        "language": "en",
        "paragraphs": 5,
        "furniture": [
            "Published:",
            "Updated:",
            "5 min read",
            "Share on",
            "Advertisement",
            "Leave a",
        ],
    },
    "prose-dates-only.txt": {
        "title": "Victory Day in Moscow",
        "date": None,  # dates in sentences are events, not the publication date
        "author": None,
        "author_bio": None,
        "publisher": None,
        "source_url": None,
        "language": "en",
        "paragraphs": 3,
        "furniture": ["Listen to this article", "Back to top"],
    },
    "rss-footer.txt": {
        "title": "The SCO at Twenty",
        "date": None,
        "author": None,
        "author_bio": None,
        "publisher": "The Eurasia Review Online",
        "source_url": None,
        "language": "en",
        "paragraphs": 2,
        "furniture": ["appeared first on"],
    },
    "crlf-cp1252-newsletter.txt": {
        "title": "Tajikistan’s Border: China Moves In",
        "date": JUNE_17,
        "author": "Paul Stone",
        "author_bio": None,
        "publisher": "Example Press",  # its copyright line names it
        "source_url": "https://www.example.net/asia/tajikistan-border-china",
        "language": "en",
        "paragraphs": 2,
        "furniture": ["By Paul", "Subscribe", "Enter your email", "Source URL", "Copyright", "\r"],
    },
    "bom-utf8.txt": {
        "title": "The Eurasian Economic Union at a Crossroads",
        "date": dt.date(2021, 12, 17),
        "author": None,
        "author_bio": None,
        "publisher": None,
        "source_url": None,
        "language": "en",
        "paragraphs": 2,
        "furniture": ["\ufeff", "December 17, 2021", "Sign up"],
    },
}
METADATA = ("title", "date", "author", "author_bio", "publisher", "source_url", "language")


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_fixture_seed_metadata(name):
    article = ingest_file(FIXTURE_SEEDS / name)
    assert {key: getattr(article, key) for key in METADATA} == {
        key: EXPECTED[name][key] for key in METADATA
    }


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_fixture_seed_body(name):
    article = ingest_file(FIXTURE_SEEDS / name)
    body = body_of(article)
    assert article.paragraph_count == EXPECTED[name]["paragraphs"]
    headings = [block.text for block in article.blocks if block.kind == "heading"]
    assert headings == EXPECTED[name].get("headings", [])
    for furniture in EXPECTED[name]["furniture"]:
        assert furniture not in body


def test_every_fixture_seed_has_an_expectation():
    assert sorted(path.name for path in FIXTURE_SEEDS.glob("*.txt")) == sorted(EXPECTED)


def test_hard_wrapped_lines_join_into_one_paragraph():
    article = ingest_file(FIXTURE_SEEDS / "hard-wrapped-about-author.txt")
    assert article.blocks[0].text == (
        'China calls itself a "near-Arctic state" and has joined Russia in developing the Yamal '
        "liquefied natural gas project. The partnership gives Beijing access to northern energy "
        "and gives Moscow investment it cannot find in the West."
    )
    assert article.blocks[0].line == 5


def test_cp1252_and_crlf_are_read_correctly():
    article = ingest_file(FIXTURE_SEEDS / "crlf-cp1252-newsletter.txt")
    assert article.summary == (
        "Chinese guards now patrol parts of the Tajik–Afghan border, according to local officials."
    )
    assert "about the “facility” in public." in body_of(article)


def test_line_starts_that_markdown_would_misread_are_escaped():
    body = body_of(ingest_file(FIXTURE_SEEDS / "escapes-and-updated-date.txt"))
    assert body.splitlines()[::2] == [
        "\\#1 among Moscow's worries is the loss of influence in Kazakhstan, analysts say.",
        "1\\. Security remains Russia's strongest card in the region.",
        "\\- Trade, by contrast, is now dominated by China.",
        "\\> Some officials call this a division of labour.",
        "Russia still hosts millions of migrant workers from Central Asia, and their remittances "
        "keep several economies afloat.",
    ]


def test_summary_is_plain_text_not_escaped():
    article = ingest_file(FIXTURE_SEEDS / "escapes-and-updated-date.txt")
    assert article.summary == (
        "#1 among Moscow's worries is the loss of influence in Kazakhstan, analysts say."
    )
