"""The machine-readable pages: Atom feeds (site, per actor, per theme), sitemap, robots.txt."""

from __future__ import annotations

import datetime as dt
import heapq
from collections.abc import Callable, Iterable

from . import urls
from .model import Briefing, Page, WovenArticle
from .project import Config

FEED_SIZE = 50
EPOCH = dt.date(2000, 1, 1)  # the feed's date when no article is dated


def feed_pages(briefing: Briefing, config: Config, page_urls: list[str]) -> list[Page]:
    newest = _newest_of(briefing)
    feeds = [_feed("/feed.xml", urls.HOME, config.title, list(briefing.articles[:FEED_SIZE]))]
    for actor in briefing.gazetteer.actors:
        title = f"{config.title}: {actor.name}"
        entries = newest(briefing.actor_articles.get(actor.id, ()))
        feeds.append(_feed(_feed_url(urls.actor(actor.id)), urls.actor(actor.id), title, entries))
    for theme in briefing.gazetteer.themes:
        title = f"{config.title}: {theme.title}"
        entries = newest(briefing.theme_articles.get(theme.id, ()))
        feeds.append(_feed(_feed_url(urls.theme(theme.id)), urls.theme(theme.id), title, entries))
    # A sitemap lists absolute addresses only: without an absolute base URL, none is written.
    sitemap = [Page("/sitemap.xml", "sitemap.xml", {"page_urls": page_urls})]
    return [
        *feeds,
        *(sitemap if urls.is_absolute(config.base_url) else []),
        Page("/robots.txt", "robots.txt", {}),
    ]


def _newest_of(briefing: Briefing) -> Callable[[Iterable[tuple[str, int]]], list[WovenArticle]]:
    """The FEED_SIZE newest of some articles, in briefing order (newest first, undated last)."""
    place = {woven.slug: index for index, woven in enumerate(briefing.articles)}

    def newest(postings: Iterable[tuple[str, int]]) -> list[WovenArticle]:
        first = heapq.nsmallest(FEED_SIZE, (place[slug] for slug, _ in postings))
        return [briefing.articles[index] for index in first]

    return newest


def _feed_url(page_url: str) -> str:
    return f"{page_url}feed.xml"


def _feed(url: str, alternate: str, title: str, entries: list[WovenArticle]) -> Page:
    """A feed of its newest entries; dated articles come first, so the newest date is theirs."""
    updated = max((w.article.date for w in entries if w.article.date), default=EPOCH)
    context = {"feed_title": title, "alternate": alternate, "entries": entries, "updated": updated}
    return Page(url, "feed.xml", context)
