"""What changed between the last build's woven briefing and this one's, as read keys.

Each key is one that pages note as they read (reads.py); a page that read none
of the keys returned here would render as it did, and is left as it is.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import fields, replace
from typing import Any

from ..model import Briefing, Research, WovenArticle
from . import reads
from .reads import ARTICLES, BRIEFING_INDEXES, RESEARCH_LISTS, RESEARCH_TABLES

_COMPARED_FIELDS = tuple(f.name for f in fields(WovenArticle) if f.name not in ("text", "key"))


def changed_keys(
    old: Briefing, old_research: Research, new: Briefing, new_research: Research,
    rewoven: Iterable[str] | None = None,
) -> set[str]:  # fmt: skip
    """The keys whose values differ. ``rewoven``: the slugs of the only articles whose
    woven record may differ (None: any); the others are compared by their keys."""
    changed = _article_changes(old, new, rewoven)
    changed |= {reads.any_article_key(key) for key in changed if key.startswith(("a:", "t:"))}
    for name in BRIEFING_INDEXES:
        changed |= _table_changes("b", name, getattr(old, name), getattr(new, name))
    if old_research is not new_research:
        for name in RESEARCH_TABLES:
            changed |= _table_changes(
                "r", name, getattr(old_research, name), getattr(new_research, name)
            )
        for name in RESEARCH_LISTS:
            if tuple(getattr(old_research, name)) != tuple(getattr(new_research, name)):
                changed.add(f"r:{name}")
    return changed


def _article_changes(old: Briefing, new: Briefing, rewoven: Iterable[str] | None) -> set[str]:
    old_slugs, new_slugs = list(old.by_slug), list(new.by_slug)  # records stay unread
    changed = set() if old_slugs == new_slugs else {ARTICLES}
    kept = set(old_slugs) & set(new_slugs)
    for slug in set(old_slugs) ^ set(new_slugs):
        changed |= _every_key(slug)
    candidates = kept if rewoven is None else kept & set(rewoven)
    for slug in candidates:
        before, after = old.by_slug[slug], new.by_slug[slug]
        if before.key and before.key == after.key:
            continue  # woven from the very same inputs
        changed |= woven_changes(before, after)
    return changed


def woven_changes(before: WovenArticle, after: WovenArticle) -> set[str]:
    """The keys of one article's fields that differ, its text counted as changed."""
    slug = after.slug
    changed = {reads.text_key(slug)}
    for name in _COMPARED_FIELDS:
        one, other = getattr(before, name), getattr(after, name)
        if name == "article":  # the file's digest is no part of what a page shows
            one, other = replace(one, digest=""), replace(other, digest="")
        if one != other:
            changed.add(reads.article_key(name, slug))
    return changed


def _every_key(slug: str) -> set[str]:
    return {reads.text_key(slug), *(reads.article_key(name, slug) for name in _COMPARED_FIELDS)}


def _table_changes(
    kind: str, name: str, old: Mapping[Any, Any], new: Mapping[Any, Any]
) -> set[str]:
    if old is new:
        return set()
    changed = {
        reads.index_key(kind, name, key)
        for key in old.keys() | new.keys()
        if old.get(key) != new.get(key)
    }
    keys_changed = list(old) != list(new)
    if keys_changed:
        changed.add(reads.index_key(kind, name, reads.KEYS_ONLY))
    if changed or keys_changed:
        changed.add(reads.index_key(kind, name))
    return changed
