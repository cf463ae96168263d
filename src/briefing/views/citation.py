"""Citations of each article: a plain-text reference and a BibTeX entry.

The access date is the one ingest recorded in the front matter, never the
build's clock, so a rebuild cites exactly as before.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from ..model import Article

_BIBTEX_SPECIAL = {
    "\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "%": r"\%", "&": r"\&", "$": r"\$",
    "#": r"\#", "_": r"\_", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}",
}  # fmt: skip


@dataclass(frozen=True)
class Citation:
    key: str
    text: str
    bibtex: str


def citations(articles: list[Article]) -> dict[str, Citation]:
    """A citation per article slug, with BibTeX keys made unique ("…2018russiab")."""
    found: dict[str, Citation] = {}
    uses: dict[str, int] = {}
    for article in articles:
        key = citation_key(article)
        uses[key] = uses.get(key, 0) + 1
        if uses[key] > 1:
            key += chr(ord("a") + uses[key] - 1)
        found[article.slug] = Citation(key, plain_citation(article), bibtex_entry(article, key))
    return found


def bibliography(cited: dict[str, Citation]) -> str:
    return "\n\n".join(c.bibtex for c in cited.values()) + "\n"


def plain_citation(article: Article) -> str:
    parts = []
    if article.author:
        parts.append(f"{article.author}.")
    parts.append(f"“{article.title.rstrip('.')}.”")
    published = ", ".join(
        p for p in (article.publisher, _long_date(article.date) if article.date else None) if p
    )
    if published:
        parts.append(f"{published}.")
    if article.source_url:
        parts.append(f"{article.source_url}.")
    if article.accessed:
        parts.append(f"Accessed {_long_date(article.accessed)}.")
    return " ".join(parts)


def _long_date(value) -> str:
    return f"{value.day} {value.strftime('%B %Y')}"


def citation_key(article: Article) -> str:
    first = article.authors[0] if article.authors else article.author
    name = first.split()[-1] if first else (article.publisher or "").split(" ")[0]
    year = str(article.date.year) if article.date else "nd"
    words = [w for w in re.findall(r"[A-Za-z]+", _ascii(article.title)) if len(w) > 3]
    first_word = words[0] if words else "article"
    return re.sub(r"[^a-z0-9]", "", _ascii(name).lower()) + year + first_word.lower()


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def bibtex_entry(article: Article, key: str) -> str:
    fields = [
        ("author", " and ".join(article.authors) or article.author),  # BibTeX's name list
        ("title", article.title),
        ("organization", article.publisher),
        ("date", article.date.isoformat() if article.date else None),
        ("url", article.source_url),
        ("urldate", article.accessed.isoformat() if article.accessed else None),
        ("language", article.language),
    ]
    lines = [f"@online{{{key},"]
    for name, value in fields:
        if value:
            escaped = value if name == "url" else bibtex_escape(value)
            lines.append(f"  {name} = {{{escaped}}},")
    lines.append("}")
    return "\n".join(lines)


def bibtex_escape(text: str) -> str:
    return "".join(_BIBTEX_SPECIAL.get(char, char) for char in text)
