"""Citations of each article: a plain-text reference, BibTeX, CSL-JSON and RIS.

Only what the source states is cited: no access date unless the page gave one
(when ingest ran is not when the source was read), "n.d." for an undated work.
BibTeX is the classic kind (`@misc` with `year`, `month`, `howpublished`), read
by BibTeX and biblatex alike; CSL-JSON is what Zotero and Pandoc read; RIS what
reference managers import.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import Any

from ..model import Article, Citation

_BIBTEX_SPECIAL = {
    "\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "%": r"\%", "&": r"\&", "$": r"\$",
    "#": r"\#", "_": r"\_", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}",
}  # fmt: skip
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
UNDATED = "n.d."
_STOP_WORDS = frozenset({"the", "and", "from", "with", "into", "over", "what", "when", "their"})


def citations(articles: list[Article]) -> dict[str, Citation]:
    """A citation per article slug, with keys made unique ("indeo2018russiab")."""
    found: dict[str, Citation] = {}
    uses: dict[str, int] = {}
    for article in articles:
        key = citation_key(article)
        uses[key] = uses.get(key, 0) + 1
        if uses[key] > 1:
            key += chr(ord("a") + uses[key] - 1)
        found[article.slug] = Citation(
            key,
            plain_citation(article),
            bibtex_entry(article, key),
            csl_item(article, key),
            ris_record(article),
        )
    return found


def bibliography(cited: dict[str, Citation]) -> str:
    return "\n\n".join(c.bibtex for c in cited.values()) + "\n"


def ris(cited: dict[str, Citation]) -> str:
    return "\n".join(c.ris for c in cited.values())


def plain_citation(article: Article) -> str:
    """Author. “Title.” Publisher, 21 December 2018. URL. (Chicago's notes and
    bibliography order; "n.d." where the source gives no date.)"""
    parts = []
    if article.author:
        parts.append(f"{article.author.rstrip('.')}.")
    parts.append(f"“{article.title.rstrip('.')}.”")
    date = _long_date(article.date) if article.date else UNDATED
    published = ", ".join(p for p in (article.publisher, date) if p)
    parts.append(published if published.endswith(".") else published + ".")
    if article.source_url:
        parts.append(f"{article.source_url}.")
    if article.accessed:
        parts.append(f"Accessed {_long_date(article.accessed)}.")
    return " ".join(parts)


def _long_date(value: dt.date) -> str:
    return f"{value.day} {value.strftime('%B %Y')}"


def citation_key(article: Article) -> str:
    """author + year + first word of the title ("indeo2018russia"), in ASCII. Without an
    author, the publisher's first word; without either, the word then the year
    ("dragon2015"); without a date, no year: a key never starts with a digit and never
    reads "nd"."""
    first = article.authors[0] if article.authors else article.author
    name = first.split()[-1] if first else (article.publisher or "").split(" ")[0]
    year = str(article.date.year) if article.date else ""
    words = [
        w.lower()
        for w in re.findall(r"[A-Za-z]+", _ascii(article.title))
        if len(w) > 3 and w.lower() not in _STOP_WORDS
    ]
    word = words[0] if words else "article"
    name = re.sub(r"[^a-z0-9]", "", _ascii(name).lower())
    key = name + year + word if name else word + year  # "dragon2015", never "2015dragon"
    return key if key[:1].isalpha() else "ref" + key


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def bibtex_entry(article: Article, key: str) -> str:
    """A classic BibTeX `@misc` entry; braces keep the title's capitals as written."""
    date = article.date
    fields = [
        ("author", _bibtex_names(article)),
        ("title", "{" + bibtex_escape(article.title) + "}"),
        ("howpublished", bibtex_escape(article.publisher) if article.publisher else None),
        ("year", str(date.year) if date else UNDATED),
        ("url", article.source_url),
        ("note", f"Accessed {_long_date(article.accessed)}" if article.accessed else None),
        ("language", article.language),
    ]
    lines = [f"@misc{{{key},"]
    for name, value in fields:
        if value:
            lines.append(f"  {name} = {{{value}}},")
        if name == "year" and date:
            lines.append(f"  month = {MONTHS[date.month - 1]},")
    lines.append("}")
    return "\n".join(lines)


def _bibtex_names(article: Article) -> str | None:
    """BibTeX's list of names: "A and B", each as given, escaped."""
    names = article.authors or ((article.author,) if article.author else ())
    return " and ".join(bibtex_escape(name) for name in names) or None


def bibtex_escape(text: str) -> str:
    return "".join(_BIBTEX_SPECIAL.get(char, char) for char in text)


def csl_item(article: Article, key: str) -> dict[str, Any]:
    """A CSL-JSON item: a web page, its authors split into family and given names."""
    item: dict[str, Any] = {"id": key, "type": "webpage", "title": article.title}
    names = article.authors or ((article.author,) if article.author else ())
    if names:
        item["author"] = [_csl_name(name) for name in names]
    if article.date:
        item["issued"] = {"date-parts": [[article.date.year, article.date.month, article.date.day]]}
    if article.publisher:
        item["container-title"] = article.publisher
    if article.source_url:
        item["URL"] = article.source_url
    if article.accessed:
        accessed = article.accessed
        item["accessed"] = {"date-parts": [[accessed.year, accessed.month, accessed.day]]}
    if article.language:
        item["language"] = article.language
    return item


def _csl_name(name: str) -> dict[str, str]:
    given, _, family = name.rpartition(" ")
    return {"family": family, "given": given} if given else {"literal": name}


def ris_record(article: Article) -> str:
    """An RIS record of an electronic source (TY  - ELEC)."""
    lines = ["TY  - ELEC", f"TI  - {article.title}"]
    names = article.authors or ((article.author,) if article.author else ())
    for name in names:
        given, _, family = name.rpartition(" ")
        lines.append(f"AU  - {family}, {given}" if given else f"AU  - {name}")
    if article.date:
        lines.append(f"PY  - {article.date.year}")
        lines.append(f"DA  - {article.date.strftime('%Y/%m/%d')}")
    if article.publisher:
        lines.append(f"PB  - {article.publisher}")
    if article.source_url:
        lines.append(f"UR  - {article.source_url}")
    if article.accessed:
        lines.append(f"Y2  - {article.accessed.strftime('%Y/%m/%d')}")
    if article.language:
        lines.append(f"LA  - {article.language}")
    lines.append("ER  - ")
    return "\n".join(lines) + "\n"
