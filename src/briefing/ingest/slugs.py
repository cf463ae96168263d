"""Slugs: short, stable, URL-safe names made from titles."""

from __future__ import annotations

from slugify import slugify

MAX_SLUG_CHARS = 80
MIN_MAIN_TITLE_WORDS = 4
_WEAK_ENDINGS = frozenset("a an and the of in on at to for by with from or as".split())  # noqa: SIM905


def slug_for(title: str) -> str:
    """The title's slug; a long title gives its main clause before the colon when that is
    specific enough, else its words up to the limit (never ending on 'of', 'the' …)."""
    full = slugify(title)
    if len(full) <= MAX_SLUG_CHARS:
        return full
    if ":" in title:
        main = slugify(title.split(":", 1)[0])
        if len(main.split("-")) >= MIN_MAIN_TITLE_WORDS:
            return main[:MAX_SLUG_CHARS].rstrip("-")
    return _cut(full)


def _cut(slug: str) -> str:
    kept: list[str] = []
    for word in slug.split("-"):
        if len("-".join([*kept, word])) > MAX_SLUG_CHARS:
            break
        kept.append(word)
    while len(kept) > 1 and kept[-1] in _WEAK_ENDINGS:
        kept.pop()
    return "-".join(kept) or slug[:MAX_SLUG_CHARS]
