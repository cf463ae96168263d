"""The machine-readable pages: Atom feeds (site, per actor, per theme), sitemap, robots.txt."""

from __future__ import annotations

import datetime as dt
import heapq
from collections.abc import Callable, Mapping
from functools import partial
from typing import Any

from .. import urls
from ..load.project import Config
from ..model import Briefing, Page, WovenArticle
from ..store import reads

FEED_SIZE = 50
EPOCH = dt.date(2000, 1, 1)  # the feed's date when no article is dated


def feed_pages(briefing: Briefing, config: Config, page_urls: list[str]) -> list[Page]:
    feeds = [_feed("/feed.xml", urls.HOME, config.title, partial(_site_entries, briefing))]
    for actor in briefing.gazetteer.actors:
        title = f"{config.title}: {actor.name}"
        entries = partial(_newest, briefing, briefing.actor_articles, actor.id)
        feeds.append(_feed(_feed_url(urls.actor(actor.id)), urls.actor(actor.id), title, entries))
    for theme in briefing.gazetteer.themes:
        title = f"{config.title}: {theme.title}"
        entries = partial(_newest, briefing, briefing.theme_articles, theme.id)
        feeds.append(_feed(_feed_url(urls.theme(theme.id)), urls.theme(theme.id), title, entries))
    # A sitemap lists absolute addresses only: without an absolute base URL, none is written.
    sitemap = [Page("/sitemap.xml", "sitemap.xml", {"page_urls": page_urls})]
    return [
        *feeds,
        *(sitemap if urls.is_absolute(config.base_url) else []),
        Page("/robots.txt", "robots.txt", {}),
    ]


def _site_entries(briefing: Briefing) -> list[WovenArticle]:
    return list(briefing.articles[:FEED_SIZE])


@reads.derived
def _places(briefing: Briefing) -> dict[str, int]:
    return {slug: index for index, slug in enumerate(briefing.by_slug)}


def _newest(
    briefing: Briefing, index: Mapping[str, tuple[tuple[str, int], ...]], key: str
) -> list[WovenArticle]:
    """The FEED_SIZE newest of some articles, in briefing order (newest first, undated last)."""
    place = _places(briefing)
    first = heapq.nsmallest(FEED_SIZE, (place[slug] for slug, _ in index.get(key, ())))
    return [briefing.articles[number] for number in first]


def _feed_url(page_url: str) -> str:
    return f"{page_url}feed.xml"


def _feed(url: str, alternate: str, title: str, entries: Callable[[], list[WovenArticle]]) -> Page:
    return Page(url, "feed.xml", plan=partial(_feed_context, title, alternate, entries))


def _feed_context(
    title: str, alternate: str, entries: Callable[[], list[WovenArticle]]
) -> dict[str, Any]:
    """A feed of its newest entries; dated articles come first, so the newest date is theirs."""
    found = entries()
    updated = max((w.article.date for w in found if w.article.date), default=EPOCH)
    return {"feed_title": title, "alternate": alternate, "entries": found, "updated": updated}
