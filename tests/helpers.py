"""Helpers shared by the tests: the real command line, what a build renders, the
bytes of an export spliced from the last one, and the quotations woven from paragraphs."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefing import parallel
from briefing.commands.build import build
from briefing.load.project import load_project
from briefing.model import Block, Gazetteer, Page, Quote, Splice
from briefing.site.render import Renderer
from briefing.weave.persons import PersonResolver
from briefing.weave.quoting import article_quotes
from briefing.weave.tagging import Tagger


def run_briefing(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run the real command line, as a user would."""
    return subprocess.run(
        [sys.executable, "-m", "briefing", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=300,
    )


def rendered_by_a_build(root: Path, monkeypatch: pytest.MonkeyPatch) -> set[str]:
    """The URLs of the pages a build of the project at ``root`` renders, in this process."""
    rendered: set[str] = set()
    stream = Renderer.stream

    def recording(self: Renderer, page: Page) -> Iterator[str]:
        rendered.add(page.url)
        return stream(self, page)

    monkeypatch.setattr(parallel, "workers", lambda: 1)  # renders in this process
    monkeypatch.setattr(Renderer, "stream", recording)
    build(load_project(root))
    monkeypatch.undo()
    return rendered


def splice_bytes(splice: Splice) -> bytes:
    """The bytes a splice writes, read whole."""
    source = splice.source.read_bytes()
    return b"".join(
        piece if isinstance(piece, bytes) else source[piece[0] : piece[1]]
        for piece in splice.pieces
    )


def woven_quotes(gazetteer: Gazetteer, language: str, *paragraphs: str) -> tuple[Quote, ...]:
    """The quotations weaving finds in an article of these paragraphs (p-1, p-2 …), its
    actors matched in its language as the build matches them."""
    people = PersonResolver(Tagger(gazetteer, language))
    blocks = [
        (Block("paragraph", text, text, 1, number, f"p-{number}"), people.mentions(text))
        for number, text in enumerate(paragraphs, 1)
    ]
    return article_quotes("a", blocks, gazetteer, language)
