"""The five seeds of the first briefing: metadata, headings, body and furniture, pinned."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.ingest.helpers import REAL_SEEDS, body_of, ingest_file

EXPECTED = {
    "000_6cc2616521d37ea0.txt": {
        "title": "A Dragon and a Bear: Sino-Russian Rapprochement in Central Asia",
        "slug": "a-dragon-and-a-bear-sino-russian-rapprochement-in-central-asia",
        "date": dt.date(2015, 6, 17),
        "author": None,
        "author_bio": None,
        "publisher": None,  # "Foreign Policy" is the site's section label, not a publisher
        "source_url": None,
        "language": "en",
        "headings": [],
        "paragraphs": 7,
        "first": "On May 9, 2015, Russia staged the biggest military parade in its history on the "
        "Red Square involving more than 16,000 troops and hundreds of newest armoured vehicles, "
        "military airplanes and helicopters.",
        "last": "And for some period it appeared that, indeed, the parade was not about a military "
        "might and a balance of power, but about paying tribute to millions of civilians and "
        "soldiers who lost their lives in the Second World War.",
        "dropped": {
            1: "language-picker",
            2: "section-label",
            4: "title",
            6: "date-line",
            24: "related-links",
            25: "back-to-top",
        },
        "furniture": [
            "Language : English 简体 繁體",
            "Foreign Policy",
            "Jun 17 , 2015",
            "You might also like",
            "Back to Top",
        ],
    },
    "001_efe398eabd23711c.txt": {
        "title": "China and Russia are as much allies as they are rivals.",
        "slug": "china-and-russia-are-as-much-allies-as-they-are-rivals",
        "date": None,
        "author": None,
        "author_bio": None,
        "publisher": None,
        "source_url": None,
        "language": "en",
        "headings": [],
        "paragraphs": 29,
        "first": "A joint Tajik-Chinese military exercise in a Tajik region bordering on China’s "
        "troubled north-western region of Xinjiang suggests that increased Chinese-Russian "
        "military cooperation has not eroded gradually mounting rivalry in Central Asia, long "
        "viewed by Moscow as its backyard.",
        "last": "But with China now recognising it may need to strengthen its security posture "
        "in the region, it is unclear how long this stability will last.”",
        "dropped": {1: "title", 31: "podcast-plug"},
        "furniture": [
            "A podcast version of this story is available on Soundcloud",
            "Podbean and Castbox.",
        ],
    },
    "002_02e842533f2f6168.txt": {
        "title": "Undercurrents in Russia-China Bonhomie",
        "slug": "undercurrents-in-russia-china-bonhomie",
        "date": dt.date(2021, 12, 17),
        # A person's own blog, and no byline naming anyone else: the post is the owner's.
        "author": "Valerio Fabbri",
        "author_bio": None,
        "publisher": "Valerio Fabbri's Blog",
        "source_url": None,
        "language": "en",
        "headings": [],
        "paragraphs": 10,
        "first": "The relations between Russia and China find many convergences, yet their "
        "bilateral ties are pragmatic rather than ideological.",
        "last": "However, despite the relationship is being hailed as a “model of coordination "
        "between countries in the 21st century”, both countries are wary of each other and well "
        "aware that the Treaty of Good-Neighborliness and Friendly Cooperation, signed in 2001 "
        "and renewed this year, is just a framework for dialogue, quite far from framing a "
        "strategic alliance.",
        "dropped": {
            1: "blog-name",
            3: "title",
            5: "date-line",
            6: "print",
            10: "image-file",
            12: "photo-credit",
            32: "share",
            34: "poll",
            36: "poll",
            37: "poll",
            38: "poll-votes",
            39: "poll",
            40: "poll-votes",
            41: "poll",
            42: "poll-votes",
            43: "poll",
            44: "poll-votes",
            45: "audience-menu",
            46: "audience-menu",
            47: "audience-menu",
        },
        "furniture": [
            "Valerio Fabbri's Blog",
            "December 17, 2021",
            "Print",
            "fgpsymhxwaiwqqo.jpg",
            "Source: tamilguardian.com",
            "Share this article",
            "Poll conducted",
            "In your opinion, what are the US long-term goals for Russia?",
            "U.S. wants to dissolve Russia",
            "33 (31%)",
            "For business",
            "For researchers",
            "For students",
        ],
    },
    "003_a8c8d8a1c48a7adf.txt": {
        "title": "Russia-China military cooperation in Central Asia: "
        "A Temporary Convergence of Strategic Interests",
        "slug": "russia-china-military-cooperation-in-central-asia",
        "date": dt.date(2018, 12, 21),
        "author": "Fabio Indeo",
        "author_bio": "Center for Energy Governance and Security, Seoul",
        "publisher": "ISPI",
        "source_url": "https://www.ispionline.it/it/pubblicazione/russia-china-military-"
        "cooperation-central-asia-temporary-convergence-strategic-interests-21832",
        "language": "en",
        "headings": [],
        "paragraphs": 16,
        "first": "Cooperation between Russia and China received great impetus after 2014 events, "
        "when the international condemnation of the annexation of Crimea pushed Russia to look "
        "eastwards, strengthening relations with the other powerful regional actor: China.",
        "last": "Moscow is now in a “wait and see” position because it is not strong enough to "
        "react against Chinese initiatives, yet it will likely perceive China’s growing military "
        "presence in Central Asia as a threat to its strategic interests.",
        "dropped": {
            1: "publisher-line",
            3: "crumbs",
            5: "title",
            7: "date-line",
            45: "author-label",
            47: "author-name",
            49: "author-name",
            50: "author-bio",
            52: "source-footer",
        },
        "furniture": [
            "Pubblicato su ISPI",
            "Home > Russia-China",
            "Venerdì, 21 Dicembre, 2018 - 12:30",
            "Autore:",
            "Fabio Indeo",
            "Center for Energy Governance and Security, Seoul",
            "URL Sorgente",
        ],
    },
    "004_d86ba7eeaf91a38b.txt": {
        "title": "Russia-China relations: Engagement abilities in managing their differences "
        "in Central Asia",
        "slug": "russia-china-relations-engagement-abilities-in-managing-their-differences",
        "date": None,
        "author": "David Ceasar Wani",
        "author_bio": "David Ceasar Wani Suliman is a Doctoral Fellow (Ph.D.) in the school of "
        "Political Science and Public Administration at Shandong University China, Majoring in "
        "International Politics. He worked as a Research assistant at Jilin University China; He "
        "Achieved Master’s degree in International Relations from Jilin University China, and "
        "correspondingly graduated with honors from Cavendish University Uganda with bachelor "
        "degree in international relations and diplomatic studies.",
        "publisher": None,
        "source_url": None,
        "language": "en",
        "headings": [
            "Russia China Bilateral Ties",
            "Russia and China on a multilateral basis",
            "Central Asia race",
            "Conclusion",
        ],
        "paragraphs": 8,
        "first": "Ever since the collapse of the Soviet Union, Moscow and Beijing have converted "
        "their relationship from being Cold War rivals to become realistic partners with a common "
        "goal of pushing back at a Western-dominated international system.",
        "last": "While it values friendly relations with both countries.",
        "dropped": {1: "title", 27: "author-name", 28: "author-name", 29: "author-bio"},
        "furniture": ["David Ceasar Wani", "Doctoral Fellow", "Cavendish University Uganda"],
    },
}
METADATA = ("title", "slug", "date", "author", "author_bio", "publisher", "source_url", "language")


@pytest.fixture(scope="module")
def articles():
    return {name: ingest_file(REAL_SEEDS / name) for name in EXPECTED}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_metadata_is_found_in_the_page_and_nothing_is_invented(articles, name):
    article = articles[name]
    found = {key: getattr(article, key) for key in METADATA}
    assert found == {key: EXPECTED[name][key] for key in METADATA}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_summary_is_the_first_sentence_of_the_body(articles, name):
    assert articles[name].summary == EXPECTED[name]["first"]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_headings_and_paragraph_count(articles, name):
    article = articles[name]
    headings = [block.text for block in article.blocks if block.kind == "heading"]
    assert headings == EXPECTED[name]["headings"]
    assert article.paragraph_count == EXPECTED[name]["paragraphs"]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_body_runs_from_first_to_last_sentence(articles, name):
    body = body_of(articles[name])
    assert body.startswith(EXPECTED[name]["first"])
    assert body.endswith(EXPECTED[name]["last"] + "\n")


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_dropped_line_is_named_by_its_rule(articles, name):
    dropped = {line.line: line.rule for line in articles[name].dropped}
    assert dropped == EXPECTED[name]["dropped"]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_furniture_is_gone_from_the_body(articles, name):
    body = body_of(articles[name])
    for furniture in EXPECTED[name]["furniture"]:
        assert furniture not in body


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_line_is_kept_verbatim_or_dropped_by_a_rule(articles, name):
    article = articles[name]
    kept = "\n".join(block.text for block in article.blocks)
    dropped = {line.line for line in article.dropped}
    for line in article.seed.lines:
        if line.text and line.number not in dropped:
            assert line.text in kept, f"line {line.number} lost"


def test_one_paragraph_per_line_when_the_source_has_no_blank_lines(articles):
    article = articles["001_efe398eabd23711c.txt"]
    kept_lines = [line for line in article.seed.lines if line.text][1:-1]
    assert [block.text for block in article.blocks] == [line.text for line in kept_lines]


def test_headings_are_written_as_level_two(articles):
    body = body_of(articles["004_d86ba7eeaf91a38b.txt"])
    assert "\n\n## Russia China Bilateral Ties\n\n" in body
    assert "\n\n## Conclusion\n\nin conclusion ,Russia and China" in body


def test_the_authors_typos_stay(articles):
    body = body_of(articles["004_d86ba7eeaf91a38b.txt"])
    assert "border that pushed4,380 kilometers" in body
    assert "in conclusion ,Russia" in body
    assert "the United Arb Emirates" in body_of(articles["001_efe398eabd23711c.txt"])


def test_non_breaking_space_lines_are_blank(articles):
    body = body_of(articles["003_a8c8d8a1c48a7adf.txt"])
    assert "\u00a0" not in body
    assert "\n\n\n" not in body
