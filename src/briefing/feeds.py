"""The machine-readable pages: Atom feeds (site, per actor, per theme), sitemap, robots.txt."""

from __future__ import annotations

import datetime as dt

from . import urls
from .pages import Page
from .project import Config
from .weave import Briefing, WovenArticle

FEED_SIZE = 50
EPOCH = dt.date(2000, 1, 1)  # the feed's date when no article is dated


def feed_pages(briefing: Briefing, config: Config, page_urls: list[str]) -> list[Page]:
    feeds = [_feed("/feed.xml", urls.HOME, config.title, list(briefing.articles))]
    for actor in briefing.gazetteer.actors:
        slugs = {slug for slug, _ in briefing.actor_articles.get(actor.id, ())}
        title = f"{config.title}: {actor.name}"
        feeds.append(_feed(_feed_url(urls.actor(actor.id)), urls.actor(actor.id), title,
                           [w for w in briefing.articles if w.slug in slugs]))  # fmt: skip
    for theme in briefing.gazetteer.themes:
        slugs = {slug for slug, _ in briefing.theme_articles.get(theme.id, ())}
        title = f"{config.title}: {theme.title}"
        feeds.append(_feed(_feed_url(urls.theme(theme.id)), urls.theme(theme.id), title,
                           [w for w in briefing.articles if w.slug in slugs]))  # fmt: skip
    return [
        *feeds,
        Page("/sitemap.xml", "sitemap.xml", {"page_urls": page_urls}),
        Page("/robots.txt", "robots.txt", {}),
    ]


def _feed_url(page_url: str) -> str:
    return f"{page_url}feed.xml"


def _feed(url: str, alternate: str, title: str, entries: list[WovenArticle]) -> Page:
    updated = max((w.article.date for w in entries if w.article.date), default=EPOCH)
    context = {
        "feed_title": title,
        "alternate": alternate,
        "entries": entries[:FEED_SIZE],
        "updated": updated,
    }
    return Page(url, "feed.xml", context)
