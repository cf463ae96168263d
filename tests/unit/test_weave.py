"""Weaving one article: the tallies that let list pages leave its text on disk."""

from __future__ import annotations

import math
import types
from collections import Counter
from dataclasses import replace

import pytest
from tests.conftest import REPO

from briefing.commands.build import load_briefing
from briefing.load.project import load_project
from briefing.model import Briefing, Passage, WovenArticle
from briefing.weave import weave
from briefing.weave.weave import tally_passages

PASSAGES = (
    Passage("a", "p-1", "Russia and China met.", ("russia", "china"), ("security", "trade")),
    Passage("a", "p-1", "China paid.", ("china",), ("trade",)),
    Passage("a", "p-2", "Nothing of note.", (), ()),
    Passage("a", "p-3", "Kazakhstan watched.", ("kazakhstan",), ("security",)),
)


def _direct(passages: tuple[Passage, ...]) -> dict[str, object]:
    """The same counts, taken passage by passage as a page would without tallies."""
    actors = {a for p in passages for a in p.actors}
    themes = {t for p in passages for t in p.themes}
    return {
        "actor_themes": {
            a: dict(Counter(t for p in passages if a in p.actors for t in p.themes))
            for a in actors
            if any(p.themes for p in passages if a in p.actors)
        },
        "theme_actors": {
            t: dict(Counter(a for p in passages if t in p.themes for a in p.actors)) for t in themes
        },
        "theme_pairs": {
            t: dict(Counter(o for p in passages if t in p.themes for o in p.themes if o != t))
            for t in themes
            if any(len(p.themes) > 1 for p in passages if t in p.themes)
        },
    }


def test_tallies_count_what_the_passages_say():
    actor_themes, theme_actors, theme_pairs = tally_passages(PASSAGES)
    tallies = {"actor_themes": actor_themes, "theme_actors": theme_actors,
               "theme_pairs": theme_pairs}  # fmt: skip
    assert tallies == _direct(PASSAGES)
    assert actor_themes["china"] == {"security": 1, "trade": 2}
    assert theme_pairs == {"security": {"trade": 1}, "trade": {"security": 1}}


def test_no_passages_tally_nothing():
    assert tally_passages(()) == ({}, {}, {})


# Related articles: shared themes (twice) and actors, each weighted by its rarity,
# log(articles / articles that have it), above a cut-off.


@pytest.fixture(scope="module")
def seeds_briefing() -> Briefing:
    return load_briefing(load_project(REPO))[0]


def _rarity(briefing: Briefing, feature: str, index: dict) -> float:
    return math.log(len(briefing.articles) / len(index[feature]))


def _score(briefing: Briefing, one: WovenArticle, other: WovenArticle) -> float:
    themes = set(one.themes) & set(other.themes)
    actors = set(one.actors) & set(other.actors)
    score = 2 * sum(_rarity(briefing, t, briefing.theme_articles) for t in themes)
    return round(score + sum(_rarity(briefing, a, briefing.actor_articles) for a in actors), 2)


def test_related_articles_are_the_best_scored_of_all_the_others(seeds_briefing: Briefing):
    for woven in seeds_briefing.articles:
        scored = [
            (-_score(seeds_briefing, woven, o), o.slug)
            for o in seeds_briefing.articles
            if o is not woven
        ]
        expected = [slug for score, slug in sorted(scored) if -score >= 1.0][:5]
        related = seeds_briefing.related[woven.slug]
        assert [r.slug for r in related] == expected
        for relation in related:
            other = seeds_briefing.by_slug[relation.slug]
            assert relation.score == _score(seeds_briefing, woven, other)
            assert set(relation.shared_themes) <= set(woven.themes) & set(other.themes)


def test_what_every_article_shares_relates_nothing(seeds_briefing: Briefing):
    everywhere = {a for a, found in seeds_briefing.actor_articles.items() if len(found) == 5}
    assert {"russia", "china"} <= everywhere
    for related in seeds_briefing.related.values():
        for relation in related:
            assert not everywhere & set(relation.shared_actors)


def test_an_article_sharing_only_common_tags_has_no_related_articles():
    def woven(slug: str, themes: tuple[str, ...], actors: tuple[str, ...]):
        return types.SimpleNamespace(slug=slug, themes=themes, actors=actors)

    articles = [woven(s, ("security",), ("russia", "china")) for s in "ab"]
    articles.append(woven("c", ("trade",), ("russia", "china")))
    articles.append(woven("d", ("arctic",), ("russia", "norway")))
    articles.append(woven("e", ("arctic",), ("china", "norway")))
    actor_articles: dict = {}
    theme_articles: dict = {}
    for w in articles:
        for a in w.actors:
            actor_articles.setdefault(a, []).append((w.slug, 1))
        for t in w.themes:
            theme_articles.setdefault(t, []).append((w.slug, 1))
    related = weave._related(articles, actor_articles, theme_articles)
    assert [r.slug for r in related["d"]] == ["e"]
    assert related["d"][0].shared_themes == ("arctic",)
    assert [r.slug for r in related["a"]] == ["b"]
    assert related["c"] == ()  # it shares only Russia and China, which most articles name


def test_crowded_tags_nominate_the_first_of_the_rarest_by_slug(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(weave, "NOMINATING_LIMIT", 3)
    theme = [(slug, 1) for slug in ("e", "d", "me", "c", "b")]  # shared by 5: crowded
    actor = [(slug, 1) for slug in ("z", "me", "y", "x")]  # by 4: crowded, but rarer
    heads: dict[int, list[str]] = {}
    assert weave._nominate("me", [(theme, 3), (actor, 1)], 20, heads) == ["y", "z"]
    assert weave._nominate("y", [(theme, 3), (actor, 1)], 1, heads) == ["me"]


def test_rare_tags_nominate_by_weight_then_slug():
    theme = [("me", 1), ("b", 1), ("a", 1)]
    actor = [("me", 1), ("c", 1), ("a", 1)]
    assert weave._nominate("me", [(theme, 3), (actor, 1)], 20, {}) == ["a", "b", "c"]


def test_cached_records_pickle_as_calls_of_their_class(seeds_briefing: Briefing):
    import pickle

    woven = max(seeds_briefing.articles, key=lambda w: len(w.events) + len(w.quotes))
    records = [woven, woven.article, woven.loaded_text(), woven.blocks[0]]
    dated = next(event for event in woven.events if event.date)
    records += [woven.passages[0], woven.events[0], dated.date, woven.quotes[0]]
    for record in records:
        assert record.__reduce__()[0] is type(record)  # no __setstate__ field by field
        again = pickle.loads(pickle.dumps(record, protocol=5))
        assert again == record
    assert pickle.loads(pickle.dumps(woven)).loaded_text() == woven.loaded_text()


def test_a_passage_counts_the_distinct_keywords_of_each_theme_it_treats():
    from tests.conftest import FIXTURES

    briefing = load_briefing(load_project(FIXTURES / "mini"))[0]
    alpha, beta = briefing.by_slug["alpha"], briefing.by_slug["beta"]
    by_start = {p.text.split()[0] + " " + p.text.split()[1]: p for p in alpha.passages}
    assert by_start["The troops"].keywords_on("security") == 1
    # "air base" and "troops"; "Air Base" again, in any case, is the same keyword
    assert by_start["Russia keeps"].keywords_on("security") == 2
    # Alpha does not treat trade: the theme and its count go together.
    trade = by_start["Chinese trade"]
    assert (trade.themes, trade.theme_keywords, trade.keywords_on("trade")) == ((), (), 0)
    assert beta.passages[0].keywords_on("trade") == 2  # "trade" and "investment"
    for woven in (alpha, beta):
        assert all(len(p.themes) == len(p.theme_keywords) for p in woven.passages)


def test_a_passage_without_counts_holds_one_keyword_of_each_theme():
    assert PASSAGES[0].keywords_on("trade") == 1
    assert PASSAGES[0].keywords_on("energy") == 0


def _recounted(woven: WovenArticle, actor_id: str, more: int) -> WovenArticle:
    """The article with more mentions of one of its actors, in a paragraph of their own,
    beside the first other actor of its first paragraph: its tags stay as they were."""
    counts = {**woven.actor_counts, actor_id: woven.actor_counts[actor_id] + more}
    ranked = tuple(sorted(counts, key=lambda a: (-counts[a], a)))
    other = next(a for a in woven.actors if a != actor_id)
    paragraphs = {**woven.paragraph_actors, "p-999": (actor_id, other)}
    return replace(woven, actor_counts=counts, actors=ranked, paragraph_actors=paragraphs,
                   key=woven.key + "-edited")  # fmt: skip


@pytest.mark.parametrize("more", [1, 40])  # 40: enough to rank the actor first
def test_indexes_updated_from_edited_articles_equal_those_woven_whole(
    seeds_briefing: Briefing, more: int
):
    first, second = seeds_briefing.articles[0], seeds_briefing.articles[3]
    edits = [(first, _recounted(first, first.actors[-1], more)),
             (second, _recounted(second, second.actors[1], more))]  # fmt: skip
    articles = [_replacing(w, edits) for w in seeds_briefing.articles]
    whole = weave.weave_briefing(seeds_briefing.gazetteer, articles)
    updated = weave.with_edits(replace(seeds_briefing, articles=tuple(articles),
                                       by_slug={w.slug: w for w in articles}), edits)  # fmt: skip
    assert updated is not None
    for name in ("actor_articles", "theme_articles", "co_mentions", "mention_totals",
                 "bylines", "dates", "seed_digests"):  # fmt: skip
        assert dict(getattr(updated, name)) == dict(getattr(whole, name)), name
    assert dict(updated.related) == dict(whole.related)


def _replacing(woven: WovenArticle, edits: list[tuple[WovenArticle, WovenArticle]]) -> WovenArticle:
    return next((new for old, new in edits if old.slug == woven.slug), woven)


def test_an_edit_that_changes_an_articles_tags_or_events_is_not_updated_in_place(
    seeds_briefing: Briefing,
):
    first = seeds_briefing.articles[0]
    untagged = replace(first, actors=first.actors[1:])
    assert weave.with_edits(seeds_briefing, [(first, untagged)]) is None
    undated = replace(first, events=())
    assert weave.with_edits(seeds_briefing, [(first, undated)]) is None
