"""The article's language, by a trained detector (py3langid) over its running text."""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]+")
MIN_WORDS = 12  # fewer words than this say too little to tell a language by


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of the text's language, or None when the text is too short."""
    if len(_WORD.findall(text)) < MIN_WORDS:
        return None
    import py3langid  # loads its model on first use: only when ingest runs

    language, _ = py3langid.classify(text)
    return str(language)
