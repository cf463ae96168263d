"""A language as a configuration or an article names it: a BCP 47 tag ("fr", "pt-BR",
"zh-Hans"), which pages carry in their lang attributes and Pagefind indexes by."""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import BriefingError

# A primary language subtag of two or three letters, then any subtags (script, region,
# variants): a name ("French") or a code with spaces is no tag a browser understands.
_TAG = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*")


def checked_language(tag: str, path: Path, line: int | None) -> str:
    """The tag, its language in lower case as the matcher's names and the detector's
    codes have it ("EN" is "en"); if it is no tag, an error naming the file and line."""
    if not _TAG.fullmatch(tag):
        raise BriefingError(
            f"language {tag!r} must be a language code like en, fr or pt-BR", path, line
        )
    language, _, rest = tag.partition("-")
    return f"{language.lower()}-{rest}" if rest else language.lower()
