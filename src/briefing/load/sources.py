"""The raw seed behind an article, and which of its lines each paragraph came from.

The link from a paragraph to its seed line is found by the paragraph's text,
so it stays right when a person edits other paragraphs, and is absent for a
paragraph a person wrote.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from ..errors import BriefingError
from ..ingest.reading import page_text
from ..model import Block, SeedText

_SPACE = re.compile(r"\s+")
_PREFIX = 60


def load_seed(seeds_dir: Path, name: str | None) -> SeedText | None:
    """The seed an article names, or None when it is not (or no longer) readable text."""
    if not name:
        return None
    path = seeds_dir / name
    try:
        data = path.read_bytes()
        text, _ = page_text(data, path)
    except (OSError, BriefingError):
        return None
    # Split as ingest does, so line numbers agree with `briefing ingest --explain`.
    return SeedText(name, tuple(text.split("\n")), hashlib.sha256(data).hexdigest())


def _normal(text: str) -> str:
    return _SPACE.sub(" ", text.replace("\\", "")).strip()


def match_source_lines(blocks: list[Block], seed: SeedText | None) -> dict[str, int]:
    if seed is None:
        return {}
    lines = [_normal(line) for line in seed.lines]
    exact: dict[str, int] = {}
    for number, line in enumerate(lines, start=1):
        if line:
            exact.setdefault(line, number)
    found: dict[str, int] = {}
    for block in blocks:
        matched = exact.get(_normal(block.text)) or _prefix_match(_normal(block.text), lines)
        if matched:
            found[block.anchor] = matched
    return found


def _prefix_match(text: str, lines: list[str]) -> int | None:
    if len(text) < 20:
        return None
    prefix = text[:_PREFIX]
    for number, line in enumerate(lines, start=1):
        if line.startswith(prefix) or (len(line) >= 20 and text.startswith(line)):
            return number
    return None
