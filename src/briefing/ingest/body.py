"""The article body: kept lines grouped into paragraphs and headings, written as Markdown."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .html import HEADING_MARK
from .shapes import is_hard_wrapped, is_heading_shaped, is_prose
from .sorting import Sorting

# Line starts that Markdown would read as a heading, quote, list, rule, HTML or code.
_BLOCK_START = re.compile(r"^(?:#|>|<|[-+*](?=\s|$)|=+$|_{3,}|\d{1,9}(?=[.)](?:\s|$))|`{3,}|~{3,})")


@dataclass(frozen=True)
class Block:
    kind: str  # "paragraph" or "heading"
    text: str  # the text as read, unescaped
    line: int  # line number in the seed


def build_blocks(sorting: Sorting, title: str = "") -> list[Block]:
    """Paragraphs and headings from the kept lines, in order.

    A heading is a short line that is not a sentence, standing between paragraphs:
    after one, and before running text.
    """
    units = [unit for run in _runs(sorting) for unit in _paragraphs(run)]
    sectioned = any(
        _placed_as_heading(units, p) and is_heading_shaped(t) for p, (_, t) in enumerate(units)
    )
    blocks: list[Block] = []
    for position, (line, text) in enumerate(units):
        if text.startswith(HEADING_MARK):  # a saved page's own heading
            heading = text.removeprefix(HEADING_MARK)
            if heading.casefold() != title.casefold():  # not the headline printed again
                blocks.append(Block("heading", heading, line))
            continue
        after_paragraph = bool(blocks) and blocks[-1].kind == "paragraph"
        placed_as_heading = (
            after_paragraph
            and _placed_as_heading(units, position)
            and is_heading_shaped(text, questions=sectioned)
        )
        blocks.append(Block("heading" if placed_as_heading else "paragraph", text, line))
    return _without_empty_sections(blocks)


def _placed_as_heading(units: list[tuple[int, str]], position: int) -> bool:
    """Between paragraphs, with running text right after it."""
    following = units[position + 1][1] if position + 1 < len(units) else None
    return position > 0 and following is not None and is_prose(following)


def _without_empty_sections(blocks: list[Block]) -> list[Block]:
    """A heading with no paragraph after it heads nothing the article kept."""
    kept = []
    for position, block in enumerate(blocks):
        following = blocks[position + 1] if position + 1 < len(blocks) else None
        if block.kind == "heading" and (following is None or following.kind == "heading"):
            continue
        kept.append(block)
    return kept


# An encyclopedia's edit links after a heading: "History[edit]", "Historique[modifier]".
_EDIT_LINK = re.compile(r"\s*\[(?:edit|modifier|bearbeiten|editar|править|modifica)[^\]]*\]$")


def _runs(sorting: Sorting) -> list[list[tuple[int, str]]]:
    return [
        [(sorting.lines[i].number, _EDIT_LINK.sub("", sorting.lines[i].text)) for i in run]
        for run in sorting.runs()
    ]


def _paragraphs(run: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """One paragraph per line, unless the run is one paragraph hard-wrapped over lines."""
    if is_hard_wrapped([text for _, text in run]):
        return [(run[0][0], " ".join(text for _, text in run))]
    return run


def escape_block_start(text: str) -> str:
    """Escape the one character that would make Markdown read the line as a non-paragraph."""
    found = _BLOCK_START.match(text)
    if found is None:
        return text
    if found.group(0)[:1].isdigit():
        end = found.end()
        return f"{text[:end]}\\{text[end:]}"
    return f"\\{text}"


def render_body(blocks: list[Block]) -> str:
    parts = []
    for block in blocks:
        if block.kind == "heading":
            parts.append(f"## {_escape_heading(block.text)}")
        else:
            parts.append(escape_block_start(block.text))
    return "\n\n".join(parts) + "\n"


def _escape_heading(text: str) -> str:
    # A trailing run of '#' would be read as the heading's closing sequence.
    return re.sub(r"(#+)$", lambda m: "\\" + m.group(1), text)
