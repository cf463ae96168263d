"""Splits a Markdown file into its YAML front matter and body, keeping lines."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..errors import BriefingError
from .yamlfile import LineDict, parse_yaml

FENCE = "---"


@dataclass(frozen=True)
class Document:
    meta: LineDict
    body: str
    body_line: int  # line of the file where the body starts


def split_document(text: str, path: Path) -> Document:
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != FENCE:
        raise BriefingError("no front matter: the file must start with a '---' line", path, 1)
    for index in range(1, len(lines)):
        if lines[index].strip() == FENCE:
            meta = parse_yaml("".join(lines[1:index]), path, first_line=2)
            if not isinstance(meta, LineDict):
                raise BriefingError("front matter must be a mapping of fields", path, 2)
            return Document(meta, "".join(lines[index + 1 :]), index + 2)
    raise BriefingError("front matter is not closed: no second '---' line", path, 1)
