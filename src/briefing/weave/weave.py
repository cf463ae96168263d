"""Weaves articles and gazetteer together: mentions, passages and cross-indexes.

Everything a page shows about how articles, actors and themes relate is
computed here, once, as plain data; templates only lay it out.
"""

from __future__ import annotations

import math
from collections import ChainMap, Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, MutableMapping
from dataclasses import replace
from itertools import permutations
from typing import cast

from .. import urls
from ..load.markdown import render_body
from ..load.sources import match_source_lines
from ..model import (
    Article,
    Block,
    Briefing,
    Gazetteer,
    Mention,
    Passage,
    Related,
    SeedText,
    WovenArticle,
    WovenText,
)
from .events import article_events
from .persons import PersonResolver
from .quoting import article_quotes
from .sentences import split_sentences
from .tagging import Tagger, normal_name, uncovered_names
from .themes import ThemeEvidence, outside_actors, theme_evidence

Tallies = tuple[dict[str, dict[str, int]], dict[str, dict[str, int]], dict[str, dict[str, int]]]


def tally_passages(passages: Iterable[Passage]) -> Tallies:
    """Per actor the themes of its passages, per theme their actors and its fellow themes."""
    actor_themes: dict[str, Counter[str]] = defaultdict(Counter)
    theme_actors: dict[str, Counter[str]] = defaultdict(Counter)
    theme_pairs: dict[str, Counter[str]] = defaultdict(Counter)
    for passage in passages:
        for actor_id in passage.actors:
            actor_themes[actor_id].update(passage.themes)
        for theme_id in passage.themes:
            theme_actors[theme_id].update(passage.actors)
            theme_pairs[theme_id].update(t for t in passage.themes if t != theme_id)
    return _plain(actor_themes), _plain(theme_actors), _plain(theme_pairs)


def _plain(counts: dict[str, Counter[str]]) -> dict[str, dict[str, int]]:
    return {key: dict(found) for key, found in counts.items() if found}


def weave_article(
    article: Article, tagger: Tagger, seed: SeedText | None, key: str = ""
) -> WovenArticle:
    tagger = tagger.in_language(article.language)
    allowed_actors = set(article.actors) if article.actors is not None else None
    linker = _first_mention_linker(tagger, allowed_actors)
    blocks = render_body(article.body, article.body_line, linker).blocks
    text_blocks = [b for b in blocks if b.kind != "heading"]
    passages: list[Passage] = []
    actor_counts: Counter[str] = Counter()
    paragraph_actors: dict[str, tuple[str, ...]] = {}
    names: set[str] = set()
    uncovered: list[str] = []
    people = PersonResolver(tagger)
    paragraph_themes: list[list[Mention]] = []
    quoting: list[tuple[Block, list[Mention]]] = []
    for block in text_blocks:
        found = people.mentions(block.text)
        actor_mentions = _allowed(found, allowed_actors)
        theme_mentions = outside_actors(tagger.theme_mentions(block.text), found)
        paragraph_themes.append(theme_mentions)
        quoting.append((block, actor_mentions))
        actor_counts.update(m.id for m in actor_mentions)
        names.update(normal_name(m.text) for m in actor_mentions)
        uncovered += uncovered_names(block.text, found)
        paragraph_actors[block.anchor] = tuple(dict.fromkeys(m.id for m in actor_mentions))
        passages += _passages(article, block, actor_mentions, theme_mentions)
    evidence = {e.theme: e for e in theme_evidence(paragraph_themes)}
    themes = _article_themes(article, evidence)
    passages = [_only_themes(p, set(themes)) for p in passages]
    theme_counts = Counter(t for p in passages for t in p.themes)
    scores = {t: evidence[t].score if t in evidence else 0.0 for t in themes}
    actors = _ranked(actor_counts, article.actors)
    source_lines = match_source_lines(
        text_blocks + [b for b in blocks if b.kind == "heading"], seed
    )
    actor_themes, theme_actors, theme_pairs = tally_passages(passages)
    return WovenArticle(
        article=replace(article, body=""),
        actors=actors,
        themes=tuple(sorted(themes, key=lambda t: (-scores[t], -theme_counts[t], t))),
        actor_counts={a: actor_counts[a] for a in actors},
        theme_counts={t: theme_counts[t] for t in themes},
        paragraph_actors=paragraph_actors,
        source_lines=source_lines,
        seed_digest=seed.sha256 if seed else None,
        unsourced=_unsourced(blocks, source_lines) if seed else (),
        words=sum(len(b.text.split()) for b in blocks),
        names_matched=frozenset(names),
        uncovered_names=tuple(uncovered),
        events=article_events(passages, article.date, article.language),
        quotes=article_quotes(article.slug, quoting, tagger.gazetteer, article.language),
        actor_themes=actor_themes,
        theme_actors=theme_actors,
        theme_pairs=theme_pairs,
        text=WovenText(tuple(blocks), tuple(passages), seed),
        key=key,
        theme_scores=scores,
    )


def _unsourced(
    blocks: Iterable[Block], source_lines: dict[str, int]
) -> tuple[tuple[int, str], ...]:
    return tuple(
        (b.number, b.anchor)
        for b in blocks
        if b.kind == "paragraph" and b.anchor not in source_lines
    )


def _first_mention_linker(
    tagger: Tagger, allowed: set[str] | None
) -> Callable[[str], list[tuple[Mention, str]]]:
    linked: set[str] = set()
    people = PersonResolver(tagger)

    def linker(text: str) -> list[tuple[Mention, str]]:
        links = []
        for mention in _allowed(people.mentions(text), allowed):
            if mention.id not in linked:
                linked.add(mention.id)
                links.append((mention, urls.actor(mention.id)))  # made relative where shown
        return links

    return linker


def _allowed(mentions: list[Mention], allowed: set[str] | None) -> list[Mention]:
    return mentions if allowed is None else [m for m in mentions if m.id in allowed]


def _passages(
    article: Article, block: Block, actors: list[Mention], themes: list[Mention]
) -> list[Passage]:
    passages = []
    for start, end in split_sentences(block.text):
        keywords = _keywords_within(themes, start, end)
        passages.append(
            Passage(
                slug=article.slug,
                anchor=block.anchor,
                text=block.text[start:end],
                actors=_ids_within(actors, start, end),
                themes=tuple(keywords),
                theme_keywords=tuple(len(found) for found in keywords.values()),
                language=article.language,
            )
        )
    return passages


def _ids_within(mentions: list[Mention], start: int, end: int) -> tuple[str, ...]:
    return tuple(dict.fromkeys(m.id for m in mentions if start <= m.start < end))


def _keywords_within(mentions: list[Mention], start: int, end: int) -> dict[str, set[str]]:
    """The distinct keywords of each theme named between start and end, first named first."""
    found: dict[str, set[str]] = {}
    for mention in mentions:
        if start <= mention.start < end:
            found.setdefault(mention.id, set()).add(mention.text.casefold())
    return found


def _article_themes(article: Article, evidence: dict[str, ThemeEvidence]) -> tuple[str, ...]:
    """The themes the front matter names, or else those the text treats."""
    if article.themes is not None:
        return article.themes
    return tuple(theme for theme, found in evidence.items() if found.treated)


def _only_themes(passage: Passage, themes: set[str]) -> Passage:
    kept = [i for i, theme in enumerate(passage.themes) if theme in themes]
    if len(kept) == len(passage.themes):
        return passage
    return Passage(
        passage.slug,
        passage.anchor,
        passage.text,
        passage.actors,
        tuple(passage.themes[i] for i in kept),
        tuple(passage.theme_keywords[i] for i in kept),
        passage.language,
    )


def _ranked(counts: Counter[str], tagged: tuple[str, ...] | None) -> tuple[str, ...]:
    ids = set(counts) | set(tagged or ())
    return tuple(sorted(ids, key=lambda i: (-counts[i], i)))


def weave_briefing(gazetteer: Gazetteer, articles: list[WovenArticle]) -> Briefing:
    actor_articles: dict[str, list[tuple[str, int]]] = defaultdict(list)
    theme_articles: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for woven in articles:
        for actor_id in woven.actors:
            actor_articles[actor_id].append((woven.slug, woven.actor_counts[actor_id]))
        for theme_id in woven.themes:
            theme_articles[theme_id].append((woven.slug, woven.theme_counts[theme_id]))
    return Briefing(
        gazetteer=gazetteer,
        articles=tuple(articles),
        by_slug={w.slug: w for w in articles},
        actor_articles={a: _by_count(pairs) for a, pairs in actor_articles.items()},
        theme_articles={t: _by_count(pairs) for t, pairs in theme_articles.items()},
        co_mentions=_co_mentions(articles),
        related=_related(articles, actor_articles, theme_articles),
        bylines=_bylines(gazetteer, articles),
        mention_totals={a: sum(n for _, n in pairs) for a, pairs in actor_articles.items()},
        dates={w.slug: w.article.date for w in articles if w.article.date},
        seed_digests={w.slug: w.seed_digest for w in articles if w.seed_digest},
    )


# What the research views read of an article's record (besides the sets of its tags):
# an edit that leaves these as they were leaves the research views as they were.
RESEARCH_FIELDS = ("events", "quotes", "seed_digest", "uncovered_names", "unsourced",
                   "names_matched")  # fmt: skip


def with_edits(
    briefing: Briefing, edits: list[tuple[WovenArticle, WovenArticle]]
) -> Briefing | None:
    """The briefing whose records of some articles were replaced (``edits``: each old
    record with its new one), its indexes updated from them, as weave_briefing would make
    them: mention counts, co-mentions, totals and the edited articles' related articles.

    None when an edit reaches further: when it changes what the research views read, an
    article's card (its title, date or byline), or which actors and themes it is tagged
    with (which other articles are related to which).
    """
    if not all(_within_indexes(old, new) for old, new in edits):
        return None
    actor_articles, theme_articles = dict(briefing.actor_articles), dict(briefing.theme_articles)
    co_mentions, totals = dict(briefing.co_mentions), dict(briefing.mention_totals)
    reranked = []
    for old, new in edits:
        counted = _recounted(actor_articles, new.slug, old.actor_counts, new.actor_counts)
        for actor_id in counted:
            totals[actor_id] += new.actor_counts[actor_id] - old.actor_counts[actor_id]
        _recounted(theme_articles, new.slug, old.theme_counts, new.theme_counts)
        _update_co_mentions(co_mentions, old, new)
        if (old.actors, old.themes) != (new.actors, new.themes):
            reranked.append(new)
    updated = replace(briefing, actor_articles=actor_articles, theme_articles=theme_articles,
                      co_mentions=co_mentions, mention_totals=totals)  # fmt: skip
    if reranked:
        ranking = _related_of(updated, reranked)
        # Over the others' as they are: a stored briefing's are made records when read.
        others = cast(MutableMapping[str, tuple[Related, ...]], briefing.related)
        updated = replace(updated, related=ChainMap(ranking, others))
    return updated


def _within_indexes(old: WovenArticle, new: WovenArticle) -> bool:
    return (
        old.slug == new.slug
        and replace(old.article, digest="") == replace(new.article, digest="")
        and set(old.actors) == set(new.actors)
        and set(old.themes) == set(new.themes)
        and all(getattr(old, name) == getattr(new, name) for name in RESEARCH_FIELDS)
    )


def _recounted(
    postings: dict[str, tuple[tuple[str, int], ...]],
    slug: str,
    old: dict[str, int],
    new: dict[str, int],
) -> list[str]:
    """The postings of the keys whose count for this article changed, counted anew."""
    changed = [key for key in new if old.get(key) != new[key]]
    for key in changed:
        pairs = [(other, n) for other, n in postings[key] if other != slug]
        postings[key] = _by_count([*pairs, (slug, new[key])])
    return changed


def _paragraph_pairs(woven: WovenArticle) -> Counter[tuple[str, str]]:
    together: Counter[tuple[str, str]] = Counter()
    for actors in woven.paragraph_actors.values():
        if len(actors) > 1:  # each actor once per paragraph
            together.update(permutations(actors, 2))
    return together


def _update_co_mentions(
    co_mentions: dict[str, tuple[tuple[str, int], ...]], old: WovenArticle, new: WovenArticle
) -> None:
    delta = _paragraph_pairs(new)
    delta.subtract(_paragraph_pairs(old))
    by_actor: dict[str, dict[str, int]] = defaultdict(dict)
    for (actor_id, other), change in delta.items():
        if change:
            by_actor[actor_id][other] = change
    for actor_id, changes in by_actor.items():
        counts = dict(co_mentions.get(actor_id, ()))
        for other, change in changes.items():
            counts[other] = counts.get(other, 0) + change
        pairs = [(other, n) for other, n in counts.items() if n > 0]
        if pairs:
            co_mentions[actor_id] = _by_count(pairs)
        else:
            co_mentions.pop(actor_id, None)


def _related_of(briefing: Briefing, articles: list[WovenArticle]) -> dict[str, tuple[Related, ...]]:
    """These articles' related articles, from the briefing's indexes alone: the postings in
    the briefing's order of articles, and each article's tags from them."""
    place = {slug: number for number, slug in enumerate(briefing.by_slug)}
    tags: dict[str, tuple[set[str], set[str]]] = defaultdict(lambda: (set(), set()))
    for theme_id, pairs in briefing.theme_articles.items():
        for slug, _ in pairs:
            tags[slug][0].add(theme_id)
    for actor_id, pairs in briefing.actor_articles.items():
        for slug, _ in pairs:
            tags[slug][1].add(actor_id)
    frozen = {
        slug: (frozenset(themes), frozenset(actors)) for slug, (themes, actors) in tags.items()
    }

    def in_order(
        postings: Mapping[str, tuple[tuple[str, int], ...]],
    ) -> dict[str, list[tuple[str, int]]]:
        return {
            key: sorted(pairs, key=lambda pair: place[pair[0]]) for key, pairs in postings.items()
        }

    actor_articles, theme_articles = (
        in_order(briefing.actor_articles),
        in_order(briefing.theme_articles),
    )
    return _related(list(articles), actor_articles, theme_articles, count=len(place), tags=frozen)


def byline_actor(gazetteer: Gazetteer, name: str | None) -> str | None:
    """The actor an author or publisher line names exactly, if any."""
    return _actors_by_name(gazetteer).get(normal_name(name)) if name else None


_names_index: tuple[Gazetteer, dict[str, str]] | None = None


def _actors_by_name(gazetteer: Gazetteer) -> dict[str, str]:
    """Each name and alias, as matching sees it, to the first actor that has it."""
    global _names_index
    if _names_index is None or _names_index[0] is not gazetteer:
        index: dict[str, str] = {}
        for actor in gazetteer.actors:
            for name in actor.names:
                index.setdefault(normal_name(name), actor.id)
        _names_index = (gazetteer, index)
    return _names_index[1]


def _bylines(gazetteer: Gazetteer, articles: list[WovenArticle]) -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = defaultdict(list)
    for woven in articles:
        for name in (woven.article.author, woven.article.publisher):
            actor_id = byline_actor(gazetteer, name)
            if actor_id:
                found[actor_id].append(woven.slug)
    return {a: tuple(slugs) for a, slugs in found.items()}


def _by_count(pairs: list[tuple[str, int]]) -> tuple[tuple[str, int], ...]:
    return tuple(sorted(pairs, key=lambda pair: (-pair[1], pair[0])))


def _co_mentions(articles: list[WovenArticle]) -> dict[str, tuple[tuple[str, int], ...]]:
    together: Counter[tuple[str, str]] = Counter()
    for woven in articles:
        together.update(_paragraph_pairs(woven))
    pairs: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for (actor_id, other), paragraphs in together.items():
        pairs[actor_id].append((other, paragraphs))
    return {a: _by_count(found) for a, found in pairs.items()}


# A theme or actor shared by more articles than this does not nominate
# candidates for "related articles": it relates everything to everything, and
# walking its list for every article would make the ranking quadratic.
NOMINATING_LIMIT = 200


# Related articles: a shared theme weighs this many times a shared actor, each by its
# rarity, log(articles / articles that have it), so what every article shares weighs
# nothing; below the cut-off an article shares too little to be related.
THEME_WEIGHT = 2.0
RELATED_MIN_SCORE = 1.0


def _related(
    articles: list[WovenArticle],
    actor_articles: Mapping[str, list[tuple[str, int]]],
    theme_articles: Mapping[str, list[tuple[str, int]]],
    limit: int = 5,
    count: int | None = None,
    tags: Mapping[str, tuple[frozenset[str], frozenset[str]]] | None = None,
) -> dict[str, tuple[Related, ...]]:
    """The related articles of these articles, among ``count`` articles (default: these)
    whose tags are ``tags`` (default: these articles')."""
    if tags is None:
        tags = {w.slug: (frozenset(w.themes), frozenset(w.actors)) for w in articles}
    count = len(articles) if count is None else count
    rarity = {t: math.log(count / len(p)) for t, p in theme_articles.items()}
    rarity |= {a: math.log(count / len(p)) for a, p in actor_articles.items()}
    heads: dict[int, list[str]] = {}  # by id of a postings list: its first slugs, sorted
    result = {}
    for woven in articles:
        features = [(theme_articles[t], 3) for t in woven.themes]
        features += [(actor_articles[a], 1) for a in woven.actors]
        shortlist = _nominate(woven.slug, features, limit * 4, heads)
        ranked = sorted(
            (_relation(woven, slug, *tags[slug], rarity) for slug in shortlist),
            key=lambda r: (-r.score, r.slug),
        )
        result[woven.slug] = tuple(r for r in ranked[:limit] if r.score >= RELATED_MIN_SCORE)
    return result


def _nominate(
    slug: str,
    features: list[tuple[list[tuple[str, int]], int]],
    size: int,
    heads: dict[int, list[str]],
) -> list[str]:
    """Articles sharing the less common themes and actors, best first."""
    scores: Counter[str] = Counter()
    for postings, weight in features:
        if len(postings) <= NOMINATING_LIMIT:
            for other, _ in postings:
                scores[other] += weight
    if not scores and features:
        # All equal: the first of the rarest feature's articles, by slug.
        rarest = min(features, key=lambda feature: len(feature[0]))[0]
        if id(rarest) not in heads:
            heads[id(rarest)] = sorted(other for other, _ in rarest[:NOMINATING_LIMIT])
        return [other for other in heads[id(rarest)][: size + 1] if other != slug][:size]
    scores.pop(slug, None)
    return sorted(scores, key=lambda other: (-scores[other], other))[:size]


def _relation(
    one: WovenArticle,
    slug: str,
    themes: frozenset[str],
    actors: frozenset[str],
    rarity: dict[str, float],
) -> Related:
    # What every article has weighs nothing, and is not named as shared.
    shared_themes = tuple(t for t in one.themes if t in themes and rarity[t] > 0)
    shared_actors = tuple(a for a in one.actors if a in actors and rarity[a] > 0)
    score = THEME_WEIGHT * sum(rarity[t] for t in shared_themes)
    score += sum(rarity[a] for a in shared_actors)
    return Related(slug, round(score, 2), shared_themes, shared_actors)
