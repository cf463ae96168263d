"""Ingest's files (articles, the manifest) written whole or not at all, or one clear error.

Apart from writing.py, which makes articles: a build asks the manifest which
seeds wait to be ingested, and need not load what makes articles to read it.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import BriefingError
from ..store.folder import replace_file


def write_atomically(path: Path, data: bytes) -> None:
    """Write to a temporary file beside the target, then rename over it."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        replace_file(path, [data])
    except OSError as error:  # a full disk, a read-only folder …: the old file is kept
        raise BriefingError(f"cannot write: {error.strerror}", path) from None
