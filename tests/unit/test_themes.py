"""Themes are assigned when a text treats them, on evidence, not when it brushes them."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.load.frontmatter import split_document
from briefing.load.gazetteer import load_gazetteer
from briefing.model import Actor, Gazetteer, Mention, Theme
from briefing.weave.tagging import Tagger
from briefing.weave.themes import outside_actors, theme_evidence, treated_themes

REPO = Path(__file__).resolve().parents[2]


def keywords(*found: tuple[str, str]) -> list[Mention]:
    return [Mention(theme, i, i + 1, word) for i, (theme, word) in enumerate(found)]


def test_a_paragraph_about_a_theme_and_another_that_returns_to_it_treat_it():
    paragraphs = [
        keywords(("energy", "gas"), ("energy", "pipeline")),
        keywords(("energy", "oil")),
        [],
        [],
    ]
    [evidence] = treated_themes(paragraphs)
    assert (evidence.theme, evidence.paragraphs, evidence.about) == ("energy", 2, (0,))


@pytest.mark.parametrize(
    "paragraphs",
    [
        [keywords(("energy", "gas"), ("energy", "pipeline")), [], [], []],  # one paragraph
        [keywords(("energy", "gas")), keywords(("energy", "gas")), *[[]] * 6],  # in passing
    ],
    ids=["one-paragraph", "brushed"],
)
def test_a_theme_only_brushed_is_not_assigned(paragraphs):
    assert treated_themes(paragraphs) == []
    assert [e.theme for e in theme_evidence(paragraphs)] == ["energy"]


def test_a_theme_most_paragraphs_touch_is_treated_without_a_dense_one():
    paragraphs = [keywords(("energy", "gas")), keywords(("energy", "oil")), [], []]
    assert [e.theme for e in treated_themes(paragraphs)] == ["energy"]


def test_the_theme_argued_through_the_text_ranks_first():
    paragraphs = [
        keywords(("trade", "trade"), ("trade", "tariffs"), ("energy", "gas"), ("energy", "oil")),
        keywords(("trade", "exports"), ("trade", "customs"), ("trade", "tariffs")),
        keywords(("energy", "gas")),
    ]
    assert [(e.theme, e.score) for e in treated_themes(paragraphs)] == [
        ("trade", round(5 / 9, 3)),
        ("energy", round(3 / 9, 3)),
    ]


def test_a_keyword_inside_an_actors_name_does_not_count():
    themes = [Mention("terrorism", 6, 12, "Afghan"), Mention("terrorism", 30, 37, "militant")]
    actors = [Mention("tajik-afghan-border", 0, 19, "Tajik Afghan Border")]
    assert outside_actors(themes, actors) == [themes[1]]


def test_the_tagger_leaves_out_keywords_of_actor_names():
    gazetteer = Gazetteer(
        actors=(Actor("border", "Tajik Afghan Border", "place", (), ""),),
        themes=(Theme("terrorism", "Terrorism", "", ("Afghan", "militants", "extremism")),),
    )
    paragraphs = ["Troops patrol the Tajik Afghan Border.", "The Tajik Afghan Border is long."]
    assert Tagger(gazetteer, "en").treated_themes(paragraphs) == []


def test_each_seed_treats_at_most_a_handful_of_themes_each_on_evidence():
    tagger = Tagger(load_gazetteer(REPO / "content"), "en")
    counts = []
    for path in sorted((REPO / "content" / "articles").glob("*.md")):
        body = split_document(path.read_text(encoding="utf-8"), path).body
        paragraphs = [p for p in body.split("\n\n") if p.strip() and not p.startswith("#")]
        treated = tagger.treated_themes(paragraphs)
        for evidence in treated:
            assert evidence.paragraphs >= 2, evidence
            assert evidence.about or evidence.share >= 0.4, evidence
        counts.append(len(treated))
    assert sum(counts) / len(counts) <= 6
