"""Full-text search: a Pagefind index of the written pages, made at build time.

Pages opt in with data-pagefind-body and carry their facets (kind, actor,
theme, source, year) as data-pagefind-filter attributes in the templates.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from .errors import BriefingError

BUNDLE = "pagefind"


def index_site(site: Path) -> None:
    """Write the search bundle into ``site/pagefind/``."""
    command = [
        sys.executable,
        "-m",
        "pagefind",
        "--site",
        str(site),
        "--output-subdir",
        BUNDLE,
        "--silent",
    ]
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=600)
    except (OSError, subprocess.TimeoutExpired) as error:
        raise BriefingError(f"search indexing failed: {error}", site) from None
    if result.returncode != 0:
        detail = (result.stderr or result.stdout).strip().splitlines()
        raise BriefingError(
            f"search indexing failed: {detail[-1] if detail else result.returncode}", site
        )
