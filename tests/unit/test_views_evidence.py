"""Evidence in groups: the strongest few shown, the others folded in reading order."""

from __future__ import annotations

from types import SimpleNamespace

from briefing.model import Passage
from briefing.views.evidence import actor_evidence, source_evidence


def _passage(slug: str, n: int, themes: tuple[str, ...] = (), keywords: tuple[int, ...] = ()):
    return Passage(slug, f"p-{n}", f"Sentence {n} of {slug}.", ("china",), themes, keywords)


def _names(passages) -> list[str]:
    return [f"{p.slug}{p.anchor[2:]}" for p in passages]


def test_a_source_shows_its_passages_holding_most_keywords_and_folds_the_rest_in_order():
    keywords = (1, 3, 1, 2, 3)
    passages = [_passage("a", n, ("t",), (k,)) for n, k in enumerate(keywords, 1)]
    evidence = source_evidence(passages, "t", 3)
    assert _names(evidence.shown) == ["a2", "a5", "a4"]  # ties in reading order
    assert _names(evidence.folded) == ["a1", "a3"]
    assert evidence.count == 5


def test_a_group_smaller_than_its_shown_few_folds_nothing():
    passages = [_passage("a", 1, ("t",), (1,)), _passage("a", 2, ("t",), (2,))]
    evidence = source_evidence(passages, "t", 3)
    assert (_names(evidence.shown), evidence.folded) == (["a2", "a1"], ())


def _article(slug: str, scores: dict[str, float], passages: list[Passage]) -> SimpleNamespace:
    return SimpleNamespace(
        slug=slug, theme_scores=scores, passages_on_actor=lambda actor_id: tuple(passages)
    )


def test_an_actors_passages_are_grouped_by_theme_largest_first_and_on_no_theme_last():
    a = _article(
        "a",
        {"t": 0.1, "u": 0.5},
        [_passage("a", 1, ("t", "u"), (1, 1)), _passage("a", 2), _passage("a", 3, ("t",), (1,))],
    )
    b = _article("b", {"t": 0.4}, [_passage("b", 1, ("t",), (1,)), _passage("b", 2, ("t",), (2,))])
    groups = actor_evidence([a, b], "china", 2)
    assert [g.theme for g in groups] == ["t", "u", None]
    on_t, on_u, on_none = (g.evidence for g in groups)
    # Most keywords first, then the article treating the theme most (b scores 0.4 to a's 0.1).
    assert _names(on_t.shown) == ["b2", "b1"]
    assert _names(on_t.folded) == ["a1", "a3"]  # in reading order: the articles as given
    assert (_names(on_u.shown), on_u.folded) == (["a1"], ())  # a passage on two themes: in both
    assert (_names(on_none.shown), on_none.folded) == (["a2"], ())


def test_an_actor_no_article_mentions_has_no_evidence():
    assert actor_evidence([], "china", 2) == []
