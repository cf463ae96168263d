"""Ingest: raw page copies in seeds/ become front-mattered Markdown articles.

Reading and decoding (reading.py), the one table of line rules (rules.py),
page-shape metadata (metadata.py), paragraphs and headings (body.py), safe
writing guarded by the manifest of what ingest wrote (publish.py), and the
command that runs them (command.py). A build reads seeds through reading.py
alone, so the rest is imported only when `run` is asked for.
"""

from __future__ import annotations

from typing import Any

__all__ = ["run"]


def __getattr__(name: str) -> Any:
    if name == "run":
        from .command import run

        return run
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
