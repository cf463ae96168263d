"""Full-text search: a Pagefind index of the written pages, made at build time.

Pages opt in with data-pagefind-body and carry their facets (kind, actor,
theme, source, year) as data-pagefind-filter attributes in the templates.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import cbor2

from .errors import BriefingError

BUNDLE = "pagefind"
FULL_DISK = 1 << 20  # bytes free below which a broken index is put down to a full disk
INDEXED_PAGES = "{articles,actors,themes}/*/index.html"  # the pages with data-pagefind-body


def index_site(site: Path, named: Path | None = None) -> None:
    """Write the search bundle into ``site/pagefind/``; errors name ``named`` (the output)."""
    named = named or site
    command = [
        sys.executable,
        "-m",
        "pagefind",
        "--site",
        str(site),
        "--output-subdir",
        BUNDLE,
        "--glob",
        INDEXED_PAGES,
        "--silent",
    ]
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=600)
    except (OSError, subprocess.TimeoutExpired) as error:
        raise BriefingError(f"search indexing failed: {error}", named) from None
    if result.returncode != 0:
        detail = (result.stderr or result.stdout).strip().splitlines()
        raise BriefingError(
            f"search indexing failed: {detail[-1] if detail else result.returncode}", named
        )
    # Pagefind can exit 0 having written only part of its files when the disk is
    # full, some of them cut short: a disk left full is taken as a failed index.
    if shutil.disk_usage(site).free < FULL_DISK:
        raise BriefingError("search indexing failed: No space left on device", named)
    try:
        stabilise_bundle(site / BUNDLE)
    except (OSError, ValueError, EOFError, gzip.BadGzipFile, cbor2.CBORError) as error:
        raise BriefingError(f"search index incomplete ({error})", named) from None


# Pagefind writes its filter indexes in hash-map order, which changes from run
# to run (upstream issue #638), so the same site would give different bytes.
# The indexes are gzipped CBOR behind a signature; sorting their entries and
# naming each file by its content makes the bundle deterministic.
SIGNATURE = b"pagefind_dcd"


def stabilise_bundle(bundle: Path) -> None:
    entry_path = bundle / "pagefind-entry.json"
    entry = json.loads(entry_path.read_text("utf-8"))
    for language, info in sorted(entry.get("languages", {}).items()):
        meta_path = bundle / f"pagefind.{info['hash']}.pf_meta"
        meta = _read(meta_path)
        _check_complete(bundle, language, meta)
        filters = _filter_list(meta, bundle)
        if filters is None:
            continue
        renamed = [[name, _stabilise_filter(bundle, language, old)] for name, old in filters]
        filters[:] = sorted(renamed)
        info["hash"] = _rewrite(meta_path, bundle, "pagefind.{}.pf_meta", language, 10, meta)
    entry_path.write_text(json.dumps(entry, ensure_ascii=False, separators=(",", ":")), "utf-8")


CORE_FILES = ("pagefind.js", "pagefind-ui.js", "pagefind-ui.css", "pagefind-worker.js")


def _check_complete(bundle: Path, language: str, meta: list) -> None:
    """Pagefind can exit 0 having failed to write some files (a full disk): look for each."""
    needed = [bundle / name for name in CORE_FILES] + [bundle / f"wasm.{language}.pagefind"]
    for item in meta:
        for row in item if isinstance(item, list) else ():
            if isinstance(row, list) and len(row) == 2 and isinstance(row[1], int):
                needed.append(bundle / "fragment" / f"{row[0]}.pf_fragment")
            elif isinstance(row, list) and len(row) == 3:
                needed.append(bundle / "index" / f"{row[2]}.pf_index")
    missing = [path.name for path in needed if not path.is_file() or path.stat().st_size == 0]
    if missing:
        raise OSError(f"missing {', '.join(missing[:3])}")


def _filter_list(meta: list, bundle: Path) -> list | None:
    """The [name, file hash] list of the filter indexes within the meta index."""
    for item in meta:
        if (
            isinstance(item, list)
            and item
            and all(isinstance(p, list) and len(p) == 2 for p in item)
            and all((bundle / "filter" / f"{p[1]}.pf_filter").is_file() for p in item)
        ):
            return item
    return None


def _stabilise_filter(bundle: Path, language: str, old: str) -> str:
    path = bundle / "filter" / f"{old}.pf_filter"
    data = _read(path)
    for _value, pages in data[1]:
        pages.sort()
    data[1].sort(key=lambda pair: pair[0])
    return _rewrite(path, bundle / "filter", "{}.pf_filter", language, 7, data)


def _read(path: Path) -> Any:
    raw = gzip.decompress(path.read_bytes())
    if not raw.startswith(SIGNATURE):
        raise BriefingError("unexpected search index format", path)
    return cbor2.loads(raw[len(SIGNATURE) :])


def _rewrite(old: Path, folder: Path, pattern: str, language: str, length: int, data: Any) -> str:
    raw = SIGNATURE + cbor2.dumps(data)
    name = f"{language}_{hashlib.sha256(raw).hexdigest()[:length]}"
    old.unlink()
    (folder / pattern.format(name)).write_bytes(gzip.compress(raw, mtime=0))
    return name
