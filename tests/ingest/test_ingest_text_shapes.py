"""Line shapes, sentences, slugs, language, Markdown escaping and paragraphs."""

from __future__ import annotations

import pytest

from briefing.ingest.body import escape_block_start
from briefing.ingest.language import detect_language
from briefing.ingest.rules import FURNITURE_RULES, RULES, first_match
from briefing.ingest.shapes import first_sentence, is_heading_shaped, is_name
from briefing.ingest.slugs import slug_for


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        ("Mr. Putin said so. Then he left.", "Mr. Putin said so."),
        ("The U.S. and China disagree. Russia waits.", "The U.S. and China disagree."),
        ("“We agree,” he said. Nobody did.", "“We agree,” he said."),
        ("It grew (e.g. in 2019) fast. Then not.", "It grew (e.g. in 2019) fast."),
        ("No full stop at all", "No full stop at all"),
        ("Trade is up 3.5 percent. Good.", "Trade is up 3.5 percent."),
    ],
)
def test_first_sentence(text, sentence):
    assert first_sentence(text) == sentence


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("David Ceasar Wani", True),
        ("Fabio Indeo", True),
        ("Ursula von der Leyen", True),
        ("Иван Петров", True),
        ("Conclusion", False),
        ("Central Asia race", False),
        ("Center for Energy Governance and Security, Seoul", False),
        ("Agent 007 Bond", False),
    ],
)
def test_is_name(text, expected):
    assert is_name(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia China Bilateral Ties", True),
        ("Russia and China on a multilateral basis", True),
        ("Conclusion", True),
        ("in conclusion", False),
        ("EEU members account for 70 percent of Uzbek exports.", False),
        ("Mr. Putin said:", False),
        (
            "A very long line that goes on and on and on well past the twelve words a heading has",
            False,
        ),
    ],
)
def test_is_heading_shaped(text, expected):
    assert is_heading_shaped(text) is expected


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Undercurrents in Russia-China Bonhomie", "undercurrents-in-russia-china-bonhomie"),
        (
            "Russia-China military cooperation in Central Asia: "
            "A Temporary Convergence of Strategic Interests",
            "russia-china-military-cooperation-in-central-asia",
        ),
        (
            "Russia-China relations: Engagement abilities in managing their differences "
            "in Central Asia",
            "russia-china-relations-engagement-abilities-in-managing-their-differences",
        ),
        ("Tajikistan’s Border: China Moves In", "tajikistans-border-china-moves-in"),
        ("Россия и Китай", "rossiia-i-kitai"),
        (
            "A very long headline without any colon that keeps going about the steppe and the "
            "pipelines of the region",
            "a-very-long-headline-without-any-colon-that-keeps-going-about-the-steppe",
        ),
    ],
)
def test_slugs_are_short_and_cut_at_words(title, slug):
    assert slug_for(title) == slug
    assert len(slug) <= 80


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("# not a heading", "\\# not a heading"),
        ("#1 concern", "\\#1 concern"),
        ("> not a quote", "\\> not a quote"),
        ("- not a list", "\\- not a list"),
        ("* not a list", "\\* not a list"),
        ("+ not a list", "\\+ not a list"),
        ("1. not a list", "1\\. not a list"),
        ("2021) not a list", "2021\\) not a list"),
        ("<div> not HTML", "\\<div> not HTML"),
        ("```", "\\```"),
        ("2021 represented a record year.", "2021 represented a record year."),
        ("-30 degrees in Astana", "-30 degrees in Astana"),
        ("Plain text.", "Plain text."),
    ],
)
def test_markdown_line_starts_are_escaped_minimally(text, escaped):
    assert escape_block_start(text) == escaped


def test_language_is_told_by_the_detector_and_unknown_when_too_short():
    english = "The relations between Russia and China are pragmatic and the region is wary. " * 5
    french = (
        "La Russie et la Chine sont des partenaires dans une région qui est sur ses gardes. " * 5
    )
    assert detect_language(english) == "en"
    assert detect_language(french) == "fr"
    russian = (
        "Россия и Китай усиливают сотрудничество в Центральной Азии, где растёт торговля. " * 3
    )
    german = "Russland und China bauen ihre Zusammenarbeit in Zentralasien weiter aus. " * 3
    spanish = "Rusia y China amplían su cooperación en Asia Central, donde crece el comercio. " * 3
    assert [detect_language(t) for t in (russian, german, spanish)] == ["ru", "de", "es"]
    assert detect_language("Le monde") is None  # too short to tell: the site's language applies


def test_rules_have_unique_names_and_reasons():
    names = [rule.name for rule in RULES]
    assert len(names) == len(set(names))
    assert all(FURNITURE_RULES[name] for name in FURNITURE_RULES)


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Home > World > Asia", "crumbs"),
        ("English | Français | Русский", "language-picker"),
        ("photo_2021-12-17.JPG", "image-file"),
        ("Photo: AFP", "photo-credit"),
        ("© 2021 Example Media", "copyright"),
        ("All rights reserved.", "copyright"),
        ("Subscribe to our newsletter", "newsletter"),
        ("Back to Top", "back-to-top"),
        ("Tags: Russia, China", "tags"),
        ("By Jane Doe and John Roe", "byline"),
        ("Author: Jane Doe", "author-line"),
        ("Source URL: https://example.org/a", "source-footer"),
        ("Source: example.org", "photo-credit"),
    ],
)
def test_furniture_lines_match_their_rule(line, rule):
    matched = first_match(line, in_head=True)
    assert matched is not None and matched[0].name == rule


@pytest.mark.parametrize(
    "line",
    [
        "By doing so and by so far refusing to invest in railroads, Mr. Xi relegated Russia.",
        "Kazakhstan refused to sign up to the customs deal.",
        "The Print edition of the paper carried the story.",
        "Russia China Bilateral Ties",
    ],
)
def test_sentences_are_not_furniture(line):
    assert first_match(line, in_head=False) is None
