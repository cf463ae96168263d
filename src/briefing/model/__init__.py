"""The content model: small frozen records that refer to each other by id.

Every record the stages hand each other is defined here, and nothing here
imports the stages: articles.py (what is read), views.py (what the views find),
woven.py (the woven briefing), site.py (the pages and what a build keeps of them).
"""

from .articles import (
    ACTOR_KINDS,
    Actor,
    Article,
    Block,
    Gazetteer,
    Mention,
    Passage,
    SeedText,
    Theme,
    primary_language,
)
from .pickling import field_values, pickled_as_call
from .site import PAGE_TITLE, Bundle, Page, SiteShape, Splice
from .views import (
    UNDATED,
    Citation,
    Entry,
    Event,
    EventDate,
    Finding,
    Quote,
    QuotedPart,
    Reference,
    Research,
)
from .woven import Briefing, Related, TextSource, WovenArticle, WovenText

__all__ = [
    "ACTOR_KINDS",
    "PAGE_TITLE",
    "UNDATED",
    "Actor",
    "Article",
    "Block",
    "Briefing",
    "Bundle",
    "Citation",
    "Entry",
    "Event",
    "EventDate",
    "Finding",
    "Gazetteer",
    "Mention",
    "Page",
    "Passage",
    "Quote",
    "QuotedPart",
    "Reference",
    "Related",
    "Research",
    "SeedText",
    "SiteShape",
    "Splice",
    "TextSource",
    "Theme",
    "WovenArticle",
    "WovenText",
    "field_values",
    "pickled_as_call",
    "primary_language",
]
