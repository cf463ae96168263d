"""The plan of the site: the only place that decides which pages exist.

Each page is a URL, a template and the plain data it shows. Cross-page facts
come from the woven Briefing; nothing here renders or writes.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import partial
from typing import Any

from .. import urls
from ..model import (
    ACTOR_KINDS,
    PAGE_TITLE,
    Actor,
    Briefing,
    Entry,
    Finding,
    Page,
    Quote,
    Research,
    SiteShape,
    Theme,
    WovenArticle,
)
from ..output.search import BUNDLE
from ..output.search import bundles as search_bundles
from ..store import reads
from ..views.chronology import Year, filters, years
from ..views.evidence import actor_evidence, source_evidence
from ..views.matrix import matrix
from ..views.network import DRAWN, network
from ..views.quotes import named_stranger, speaker_name
from ..weave.weave import byline_actor

TOP_ACTORS = 15
# Pages stay readable (and a briefing of thousands of articles fast) by quoting
# evidence from the articles that discuss an actor or theme most; the others
# are listed with their counts and anchors.
EVIDENCE_ARTICLES = 20
COMPARED_SOURCES = 12
# Each group of passages (an actor's on a theme, a theme's in a source) shows
# its strongest few and folds the others away.
SHOWN_PER_THEME = 2
SHOWN_PER_SOURCE = 3
# The pack is for reading on paper: past these, a big briefing's pack lists
# what it leaves out instead of growing with every article.
PACK_TEXTS = 100
HOME_SOURCES = 20  # the newest, as cards and matrix rows; the indexes hold them all
# The themes page's matrix has a row for each of the newest; each theme's page
# lists every source that treats it, and the articles page lists them all.
THEMES_SOURCES = 200
TIMELINE_EVENTS = 600  # past this many events, the timeline has a page per year
RECENT_EVENTS = 12  # the sentences dating events that an actor's or theme's page shows
QUOTES_PER_PAGE = 400


def plan_pages(
    briefing: Briefing, research: Research, shape: SiteShape | None = None
) -> list[Page]:
    """Every page of the site. ``shape``: the site's shape, when it is known to be the
    last build's (see site_shape)."""
    shape = shape or site_shape(briefing, research)
    pages = [home_page(briefing), articles_index(briefing)]
    pages += [article_page(briefing, research, woven) for woven in briefing.articles]
    pages += [source_page(briefing.by_slug[slug]) for slug in briefing.seed_digests]
    pages.append(themes_index(briefing))
    pages += [theme_page(briefing, research, theme) for theme in briefing.gazetteer.themes]
    pages.append(actors_index(briefing))
    pages += [actor_page(briefing, research, actor) for actor in briefing.gazetteer.actors]
    pages += timeline_pages(briefing, research, shape)
    pages += quotes_pages(briefing, research, shape)
    pages.append(qa_page(research))
    pages.append(search_page([page.url for page in pages]))
    pages.append(print_page(briefing, research))
    plan = partial(_network_context, briefing)
    pages.append(Page("/network/", "network.html", title="Network", plan=plan))
    pages.append(Page("/404.html", "404.html", title="Page not found"))
    return pages


def _network_context(briefing: Briefing) -> dict[str, Any]:
    return {"network": network(briefing)}


def print_page(briefing: Briefing, research: Research) -> Page:
    """The whole briefing as one printable document: sources, matrix, timeline, themes, texts."""
    plan = partial(_print_context, briefing, research)
    return Page("/print/", "print.html", title="Briefing pack", plan=plan)


def _print_context(briefing: Briefing, research: Research) -> dict[str, Any]:
    themes = []
    for theme in briefing.gazetteer.themes:
        compared, listed = theme_sources(briefing, theme.id)
        if compared:
            themes.append({"theme": theme, "sources": compared, "more_sources": listed})
    texts = briefing.articles[:PACK_TEXTS]
    printed = [w.slug for w in texts]
    return {
        "coverage": _coverage(briefing),
        "matrix": matrix(briefing, PACK_TEXTS),
        "themes_rows": min(len(briefing.articles), THEMES_SOURCES),
        "years": years(_entries_of(research, printed), references=False),
        "timeline_paged": timeline_paged(research),
        "themes": themes,
        "article_total": len(briefing.articles),
        "texts": texts,
    }


def _entries_of(research: Research, slugs: Iterable[str]) -> list[Entry]:
    """The timeline's entries stated by these articles (years() puts them in order)."""
    return [entry for slug in slugs for entry in research.article_entries.get(slug, ())]


def search_page(urls_planned: list[str]) -> Page:
    """The search page, which merges the other search bundles into the main one; a
    briefing with no page to index (no article, actor or theme yet) has no bundle, and
    its search page says so rather than load a search that is not there."""
    found = search_bundles(urls_planned)
    merged = [bundle.folder for bundle in found if bundle.folder != BUNDLE]
    return Page("/search/", "search.html", {"bundles": merged, "searchable": bool(found)}, "Search")


@reads.derived
def site_shape(briefing: Briefing, research: Research) -> SiteShape:
    """What the list of pages needs of the research views, for the next build to take
    over when they are the same views: reading them costs more than the list."""
    paged = timeline_paged(research)
    years = tuple((year.key, year.slug) for year in timeline_years(research)) if paged else ()
    return SiteShape(years, len(quote_pages(briefing, research)))


def timeline_pages(briefing: Briefing, research: Research, shape: SiteShape) -> list[Page]:
    """The timeline on one page, or, past TIMELINE_EVENTS events, a page per year."""
    title = "Timeline"
    plan = partial(_timeline_context, briefing, research)
    pages = [Page("/timeline/", "timeline.html", title=title, plan=plan)]
    for number, (key, slug) in enumerate(shape.years):
        plan = partial(_year_context, briefing, research, number)
        url = f"/timeline/{slug}/"
        pages.append(Page(url, "timeline-year.html", title=f"{title}: {key}", plan=plan))
    return pages


@reads.derived
def timeline_years(research: Research) -> list[Year]:
    return years(research.entries)


def _timeline_context(briefing: Briefing, research: Research) -> dict[str, Any]:
    groups = timeline_years(research)
    context = {"count": len(research.events), "sentences": len(research.entries)}
    if not timeline_paged(research):
        return {**context, "years": groups, "paged": False,
                "filters": filters(briefing, research.entries)}  # fmt: skip
    return {**context, "years": _year_counts(groups), "paged": True}


def _year_counts(groups: list[Year]) -> list[tuple[str, str, int]]:
    return [(year.key, year.slug, len(year.rows)) for year in groups]


def _year_context(briefing: Briefing, research: Research, number: int) -> dict[str, Any]:
    groups = timeline_years(research)
    counts = _year_counts(groups)
    year = groups[number]
    return {
        "year": year,
        "previous": counts[number - 1][:2] if number else None,
        "next": counts[number + 1][:2] if number + 1 < len(groups) else None,
        "filters": filters(briefing, year.entries),
    }


def timeline_paged(research: Research) -> bool:
    return len(research.events) > TIMELINE_EVENTS


def _recent_events(research: Research, entries: tuple[Entry, ...]) -> dict[str, Any]:
    """What an actor's or theme's page shows of its events: the most recent, by year (an
    event dated only by "this week" in an undated article is not known to be recent)."""
    dated = [entry for entry in entries if entry.event.date is not None]
    return {
        "events": years(dated[-RECENT_EVENTS:], references=False),
        "event_shown": min(len(dated), RECENT_EVENTS),
        "event_total": len(dated),
        "event_all": len(entries),
        "timeline_paged": timeline_paged(research),
    }


def qa_page(research: Research) -> Page:
    return Page("/qa/", "qa.html", title="Research QA", plan=partial(_qa_context, research))


def _qa_context(research: Research) -> dict[str, Any]:
    groups: dict[str, list[Finding]] = defaultdict(list)
    for finding in research.findings:
        groups[finding.kind].append(finding)
    return {"groups": [(kind, QA_LABELS.get(kind, kind), found) for kind, found in groups.items()]}


QA_LABELS = {
    "no-theme": "Articles that treat no theme",
    "few-actors": "Articles with few actors",
    "seed-changed": "Seeds changed since ingest",
    "no-source-line": "Paragraphs not found in their seed (written or edited by a person)",
    "silent-actor": "Actors never mentioned",
    "silent-alias": "Aliases that never match",
    "candidate-actor": "Candidate actors: names in the text that the gazetteer lacks",
}


def quotes_pages(briefing: Briefing, research: Research, shape: SiteShape) -> list[Page]:
    """The quotes pages: see quote_pages for what each holds."""
    count = shape.quote_pages
    urls = ["/quotes/" if number == 1 else f"/quotes/{number}/" for number in range(1, count + 1)]
    return [
        Page(
            url,
            "quotes.html",
            title="Quotes" if number == 1 else f"Quotes, page {number}",
            plan=partial(_quotes_context, briefing, research, urls, number),
        )
        for number, url in enumerate(urls, 1)
    ]


def _quotes_context(
    briefing: Briefing, research: Research, urls: list[str], number: int
) -> dict[str, Any]:
    groups = quote_pages(briefing, research)[number - 1]
    return {"speakers": groups, "page": number, "pages": urls, "count": len(research.quotes)}


@reads.derived
def quote_pages(briefing: Briefing, research: Research) -> list[list[dict[str, Any]]]:
    """Who is quoted, most quoted first, QUOTES_PER_PAGE quotes to a page: the actors the
    gazetteer knows, then people it lacks by name, then the words of speakers a source only
    describes ("the two countries") or does not state, which no name gathers."""
    gazetteer = briefing.gazetteer
    by_id = gazetteer.actors_by_id
    by_actors: dict[tuple[str, ...], list[Quote]] = defaultdict(list)
    by_name: dict[str, list[Quote]] = defaultdict(list)
    others: list[Quote] = []
    for quote in research.quotes:
        if quote.actors:
            by_actors[quote.actors].append(quote)
        elif named_stranger(quote) and quote.speaker:
            by_name[quote.speaker].append(quote)
        else:
            others.append(quote)
    groups = [
        _speakers_group([by_id[a] for a in ids], speaker_name(found[0], gazetteer) or "", found)
        for ids, found in by_actors.items()
    ]
    groups += [_speakers_group([], name, found) for name, found in by_name.items()]
    groups.sort(key=lambda group: (-len(group["quotes"]), group["name"].split()[-1], group["name"]))
    if others:
        groups.append(_speakers_group([], "", others, others=True))
    return _pages_of_quotes(groups)


def _speakers_group(
    actors: list[Actor], name: str, quotes: list[Quote], others: bool = False
) -> dict[str, Any]:
    return {"actors": actors, "name": name, "quotes": quotes, "others": others}


def _pages_of_quotes(groups: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """The speakers' quotes cut into pages; a speaker goes on over the next when need be."""
    pages: list[list[dict[str, Any]]] = [[]]
    room = QUOTES_PER_PAGE
    for group in groups:
        quotes = group["quotes"]
        start = 0
        while start < len(quotes):
            if room == 0:
                pages.append([])
                room = QUOTES_PER_PAGE
            taken = quotes[start : start + room]
            pages[-1].append({**group, "quotes": taken, "continued": start > 0})
            start += len(taken)
            room -= len(taken)
    return pages


def home_page(briefing: Briefing) -> Page:
    return Page(urls.HOME, "home.html", plan=partial(_home_context, briefing))


@reads.derived
def _home_context(briefing: Briefing) -> dict[str, Any]:
    return {
        "articles": briefing.articles[:HOME_SOURCES],
        "article_total": len(briefing.articles),
        "themes": themes_with_counts(briefing),
        "top_actors": top_actors(briefing)[:TOP_ACTORS],
        "network": network(briefing, listed=DRAWN),
        "matrix": matrix(briefing, HOME_SOURCES),
        "themes_rows": min(len(briefing.articles), THEMES_SOURCES),
        **_coverage(briefing),
    }


def _coverage(briefing: Briefing) -> dict[str, Any]:
    """How many sources, actors and themes the briefing covers, and over which dates:
    counts of names, read without what is said of each."""
    dates = briefing.dates.values()
    return {
        "date_range": (min(dates), max(dates)) if dates else None,
        "counts": {
            "sources": len(briefing.articles),
            "actors": len(briefing.actor_articles),
            "themes": len(briefing.theme_articles),
        },
    }


def articles_index(briefing: Briefing) -> Page:
    plan = partial(_articles_context, briefing)
    return Page("/articles/", "articles.html", title="Articles", plan=plan)


def _articles_context(briefing: Briefing) -> dict[str, Any]:
    return {"articles": briefing.articles}


def article_page(briefing: Briefing, research: Research, woven: WovenArticle) -> Page:
    plan = partial(_article_context, briefing, research, woven)
    return Page(urls.article(woven.slug), "article.html", plan=plan)


def _article_context(briefing: Briefing, research: Research, woven: WovenArticle) -> dict[str, Any]:
    actors, themes = briefing.gazetteer.actors_by_id, briefing.gazetteer.themes_by_id
    related = [
        {
            "woven": briefing.by_slug[r.slug],
            "score": r.score,
            "themes": [themes[t] for t in r.shared_themes],
            "actors": [actors[a] for a in r.shared_actors],
        }
        for r in briefing.related.get(woven.slug, ())
    ]
    return {
        PAGE_TITLE: woven.article.title,
        "woven": woven,
        "article": woven.article,
        "related": related,
        "citation": research.citations[woven.slug],
        "author_actor": byline_actor(briefing.gazetteer, woven.article.author),
        "publisher_actor": byline_actor(briefing.gazetteer, woven.article.publisher),
    }


def source_page(woven: WovenArticle) -> Page:
    plan = partial(_source_context, woven)
    return Page(urls.source(woven.slug), "source.html", plan=plan)


def _source_context(woven: WovenArticle) -> dict[str, Any]:
    assert woven.seed is not None
    line_to_anchor = {line: anchor for anchor, line in woven.source_lines.items()}
    lines = [
        {"number": number, "text": text, "anchor": line_to_anchor.get(number)}
        for number, text in enumerate(woven.seed.lines, start=1)
    ]
    title = f"Source of {woven.article.title}"
    return {PAGE_TITLE: title, "woven": woven, "article": woven.article, "lines": lines}


def themes_index(briefing: Briefing) -> Page:
    plan = partial(_themes_context, briefing)
    return Page("/themes/", "themes.html", title="Themes", plan=plan)


def _themes_context(briefing: Briefing) -> dict[str, Any]:
    return {
        "themes": themes_with_counts(briefing),
        "matrix": matrix(briefing, THEMES_SOURCES),
        "article_total": len(briefing.articles),
    }


def theme_sources(
    briefing: Briefing, theme_id: str
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The articles that treat a theme, most first, in two lists.

    The leading ones are compared passage by passage and carry their passages
    on the theme; the others are listed with their counts only.
    """
    ranked = [
        (briefing.by_slug[slug], count) for slug, count in briefing.theme_articles.get(theme_id, ())
    ]
    compared = [
        {"woven": woven, "count": count, "passages": list(woven.passages_on_theme(theme_id))}
        for woven, count in ranked[:COMPARED_SOURCES]
    ]
    listed = [{"woven": woven, "count": count} for woven, count in ranked[COMPARED_SOURCES:]]
    return compared, listed


def theme_page(briefing: Briefing, research: Research, theme: Theme) -> Page:
    plan = partial(_theme_context, briefing, research, theme)
    return Page(urls.theme(theme.id), "theme.html", title=theme.title, plan=plan)


def _theme_context(briefing: Briefing, research: Research, theme: Theme) -> dict[str, Any]:
    compared, listed = theme_sources(briefing, theme.id)
    actor_counts: Counter[str] = Counter()
    for source in compared + listed:
        actor_counts.update(source["woven"].theme_actors.get(theme.id, {}))
    sources = [
        {
            "woven": source["woven"],
            "count": source["count"],
            "evidence": source_evidence(source["passages"], theme.id, SHOWN_PER_SOURCE),
        }
        for source in compared
    ]
    return {
        "theme": theme,
        "sources": sources,
        "more_sources": listed,
        "passage_total": sum(source["count"] for source in compared + listed),
        "actors": _ranked_pairs(actor_counts)[:TOP_ACTORS],
        "related_themes": related_themes(briefing).get(theme.id, []),
        **_recent_events(research, research.theme_entries.get(theme.id, ())),
    }


def actors_index(briefing: Briefing) -> Page:
    return Page("/actors/", "actors.html", title="Actors", plan=partial(_actors_context, briefing))


def _actors_context(briefing: Briefing) -> dict[str, Any]:
    totals = dict(top_actors(briefing))
    groups = []
    for kind in ACTOR_KINDS:
        members = [a for a in briefing.gazetteer.actors if a.kind == kind]
        members.sort(key=lambda a: (-totals.get(a, 0), a.name))
        groups.append({"kind": kind, "actors": [(a, totals.get(a, 0)) for a in members]})
    return {"groups": groups}


def actor_page(briefing: Briefing, research: Research, actor: Actor) -> Page:
    plan = partial(_actor_context, briefing, research, actor)
    return Page(urls.actor(actor.id), "actor.html", title=actor.name, plan=plan)


def _actor_context(briefing: Briefing, research: Research, actor: Actor) -> dict[str, Any]:
    articles: list[dict[str, Any]] = []
    themes: Counter[str] = Counter()
    for slug, count in briefing.actor_articles.get(actor.id, ()):
        woven = briefing.by_slug[slug]
        themes.update(woven.actor_themes.get(actor.id, {}))
        articles.append({"woven": woven, "count": count})
    quoted = [item["woven"] for item in articles[:EVIDENCE_ARTICLES]]
    themes_by_id = briefing.gazetteer.themes_by_id
    evidence = [
        {"theme": themes_by_id[group.theme] if group.theme else None, "evidence": group.evidence}
        for group in actor_evidence(quoted, actor.id, SHOWN_PER_THEME)
    ]
    by_id = briefing.gazetteer.actors_by_id
    co_mentions = [(by_id[a], n) for a, n in briefing.co_mentions.get(actor.id, ())][:TOP_ACTORS]
    return {
        "actor": actor,
        "articles": articles,
        "evidence": evidence,
        "quoted_articles": len(quoted),
        "co_mentions": co_mentions,
        "themes": [(themes_by_id[t], n) for t, n in _ranked_pairs(themes)],
        **_recent_events(research, research.actor_entries.get(actor.id, ())),
        "quotes": list(research.speaker_quotes.get(actor.id, ())),
        "bylines": [briefing.by_slug[slug] for slug in briefing.bylines.get(actor.id, ())],
        "network": network(briefing, focus=actor.id),
    }


def themes_with_counts(briefing: Briefing) -> list[tuple[Theme, int]]:
    return [(t, len(briefing.theme_articles.get(t.id, ()))) for t in briefing.gazetteer.themes]


def top_actors(briefing: Briefing) -> list[tuple[Actor, int]]:
    """Actors by total mentions across the briefing, most discussed first."""
    by_id = briefing.gazetteer.actors_by_id
    return [(by_id[a], n) for a, n in _ranked_pairs(Counter(briefing.mention_totals))]


def _ranked_pairs(counts: Counter[str]) -> list[tuple[str, int]]:
    return sorted(counts.items(), key=lambda pair: (-pair[1], pair[0]))


@reads.derived
def related_themes(briefing: Briefing, limit: int = 6) -> dict[str, list[tuple[Theme, int]]]:
    """For each theme, the themes its passages treat too, most shared first."""
    shared: dict[str, Counter[str]] = defaultdict(Counter)
    for woven in briefing.articles:
        for theme_id, others in woven.theme_pairs.items():
            shared[theme_id].update(others)
    by_id = briefing.gazetteer.themes_by_id
    return {
        theme_id: [(by_id[t], n) for t, n in _ranked_pairs(counts)][:limit]
        for theme_id, counts in shared.items()
    }
