"""The machine-readable pages: Atom feed, sitemap and robots.txt."""

from __future__ import annotations

import datetime as dt

from . import urls
from .pages import Page
from .project import Config
from .weave import Briefing

FEED_SIZE = 50


def feed_pages(briefing: Briefing, config: Config) -> list[Page]:
    dated = [w for w in briefing.articles if w.article.date]
    updated = max((w.article.date for w in dated), default=dt.date(2000, 1, 1))
    page_urls = [urls.HOME, "/articles/", "/themes/", "/actors/"]
    page_urls += [urls.article(w.slug) for w in briefing.articles]
    page_urls += [urls.theme(t.id) for t in briefing.gazetteer.themes]
    page_urls += [urls.actor(a.id) for a in briefing.gazetteer.actors]
    page_urls += [urls.source(w.slug) for w in briefing.articles if w.seed]
    return [
        Page(
            "/feed.xml", "feed.xml", {"entries": briefing.articles[:FEED_SIZE], "updated": updated}
        ),
        Page("/sitemap.xml", "sitemap.xml", {"page_urls": page_urls}),
        Page("/robots.txt", "robots.txt", {}),
    ]
