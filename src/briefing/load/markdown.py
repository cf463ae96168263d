"""Markdown to blocks: each heading and paragraph with its anchor and source line.

Raw HTML is off, so text from seeds can never become live markup; links with
unsafe schemes are refused by markdown-it's own link validation; links to
other hosts get rel="noopener noreferrer".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from markdown_it import MarkdownIt
from markdown_it.renderer import RendererHTML
from markdown_it.token import Token
from markdown_it.utils import EnvType, OptionsDict
from slugify import slugify

from ..model import Block, Mention

# Given a text run, return the mentions in it that should become links, with their hrefs.
Linker = Callable[[str], list[tuple[Mention, str]]]

_CONTAINERS = {"bullet_list_open", "ordered_list_open", "blockquote_open", "table_open"}
_LEAVES = {"fence", "code_block", "hr"}


_UNSAFE_SCHEMES = ("javascript:", "vbscript:", "file:", "data:")


class _SafeLinks(MarkdownIt):
    def validateLink(self, url: str) -> bool:
        """Refuse script, file and data links; markdown-it alone lets data:image through."""
        return not url.strip().lower().startswith(_UNSAFE_SCHEMES)


def _parser() -> MarkdownIt:
    md = _SafeLinks("commonmark", {"html": False, "typographer": False}).enable("table")
    md.add_render_rule("link_open", _render_link_open)
    return md


def _render_link_open(
    self: RendererHTML, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType
) -> str:
    token = tokens[idx]
    href = str(token.attrGet("href") or "")
    if href.lower().startswith(("http://", "https://", "//")):
        token.attrSet("rel", "noopener noreferrer")
    return self.renderToken(tokens, idx, options, env)


_MD = _parser()


@dataclass(frozen=True)
class RenderedBody:
    blocks: tuple[Block, ...]

    @property
    def paragraphs(self) -> tuple[Block, ...]:
        return tuple(b for b in self.blocks if b.kind == "paragraph")

    @property
    def headings(self) -> tuple[Block, ...]:
        return tuple(b for b in self.blocks if b.kind == "heading")


def render_body(body: str, body_line: int, linker: Linker | None = None) -> RenderedBody:
    tokens = _MD.parse(body)
    blocks: list[Block] = []
    anchors: set[str] = set()
    paragraphs = 0
    headings = 0
    index = 0
    while index < len(tokens):
        token = tokens[index]
        line = body_line + (token.map[0] if token.map else 0)
        if token.type in ("paragraph_open", "heading_open"):
            inline = tokens[index + 1]
            if linker:
                inline.children = _link_mentions(inline.children or [], linker)
            html = _MD.renderer.render(inline.children or [], _MD.options, {})
            text = plain_text(inline.children or [])
            if token.type == "heading_open":
                anchor = _unique(slugify(text, max_length=60) or "section", anchors)
                level = int(token.tag[1])
                headings += 1
                blocks.append(Block("heading", text, html, line, headings, anchor, level))
            else:
                paragraphs += 1
                blocks.append(Block("paragraph", text, html, line, paragraphs, f"p-{paragraphs}"))
            index += 3
            continue
        if token.type in _CONTAINERS or token.type in _LEAVES:
            end = _block_end(tokens, index)
            paragraphs += 1
            html = _MD.renderer.render(tokens[index:end], _MD.options, {})
            text = " ".join(
                plain_text(t.children or []) for t in tokens[index:end] if t.type == "inline"
            )
            blocks.append(
                Block("other", text or token.content, html, line, paragraphs, f"p-{paragraphs}")
            )
            index = end
            continue
        index += 1
    return RenderedBody(tuple(blocks))


def _block_end(tokens: list[Token], start: int) -> int:
    if tokens[start].nesting == 0:
        return start + 1
    depth = 0
    for index in range(start, len(tokens)):
        depth += tokens[index].nesting
        if depth == 0:
            return index + 1
    return len(tokens)


def _unique(anchor: str, taken: set[str]) -> str:
    if anchor.startswith("p-"):
        anchor = f"h-{anchor}"  # p-N anchors belong to paragraphs
    candidate, number = anchor, 2
    while candidate in taken:
        candidate = f"{anchor}-{number}"
        number += 1
    taken.add(candidate)
    return candidate


def plain_text(children: list[Token]) -> str:
    parts = []
    for child in children:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif child.type == "image":
            parts.append(plain_text(child.children or []))
    return "".join(parts)


def _link_mentions(children: list[Token], linker: Linker) -> list[Token]:
    result: list[Token] = []
    inside_link = False
    for child in _join_soft_breaks(children):
        if child.type == "link_open":
            inside_link = True
        elif child.type == "link_close":
            inside_link = False
        if child.type != "text" or inside_link:
            result.append(child)
            continue
        result.extend(_split_text(child.content, linker(child.content)))
    return result


def _join_soft_breaks(children: list[Token]) -> list[Token]:
    """Merge text runs split only by soft line breaks, so a name wrapped over a line is found."""
    joined: list[Token] = []
    for child in children:
        kind = "text" if child.type == "softbreak" else child.type
        previous = joined[-1] if joined else None
        if kind == "text" and previous is not None and previous.type == "text":
            previous.content += "\n" if child.type == "softbreak" else child.content
        elif child.type == "softbreak":
            joined.append(_text_token("\n"))
        else:
            joined.append(child)
    return joined


def _split_text(text: str, links: list[tuple[Mention, str]]) -> list[Token]:
    tokens: list[Token] = []
    position = 0
    for mention, href in links:
        tokens.append(_text_token(text[position : mention.start]))
        link = Token("link_open", "a", 1)
        link.attrSet("href", href)
        link.attrSet("class", "mention")
        tokens += [link, _text_token(mention.text), Token("link_close", "a", -1)]
        position = mention.end
    tokens.append(_text_token(text[position:]))
    return [t for t in tokens if t.type != "text" or t.content]


def _text_token(content: str) -> Token:
    token = Token("text", "", 0)
    token.content = content
    return token
