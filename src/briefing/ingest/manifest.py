"""The ingest manifest: what ingest last wrote, so a person's edits are never overwritten.

``content/articles/.ingest.json`` maps each slug to its seed, the seed's hash,
the date the seed was first ingested and the SHA-256 of the bytes ingest wrote.
(Manifests written before the date was called ``ingested`` call it ``accessed``.)
An article whose bytes still hash to that value is ingest's own and may be
rewritten; any other article was edited by a person and is left alone.
The manifest is committed with the articles, so every clone knows the same.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from ..errors import BriefingError
from .saving import write_atomically

MANIFEST_NAME = ".ingest.json"


@dataclass(frozen=True)
class Entry:
    seed: str
    seed_sha256: str
    ingested: str  # ISO date the seed was first ingested
    sha256: str  # of the article bytes ingest wrote


@dataclass
class Manifest:
    path: Path
    entries: dict[str, Entry]
    original: str  # the file's text as read, to write only on change

    @classmethod
    def load(cls, articles_dir: Path) -> Manifest:
        path = articles_dir / MANIFEST_NAME
        if not path.exists():
            return cls(path, {}, "")
        try:
            text = path.read_text(encoding="utf-8")
            entries = _entries(json.loads(text))
        except OSError as error:
            raise BriefingError(
                f"cannot read the ingest manifest: {error.strerror}", path
            ) from None
        except ValueError as error:  # not UTF-8, not JSON, or not the manifest's shape
            raise BriefingError(f"ingest manifest is damaged: {error}", path) from None
        return cls(path, entries, text)

    def slug_of_seed(self, seed_name: str) -> str | None:
        return next((slug for slug, e in self.entries.items() if e.seed == seed_name), None)

    def is_ingest_output(self, slug: str, path: Path) -> bool:
        entry = self.entries.get(slug)
        return entry is not None and path.exists() and entry.sha256 == sha256_of(path.read_bytes())

    def text(self) -> str:
        data = {slug: asdict(self.entries[slug]) for slug in sorted(self.entries)}
        return json.dumps(data, indent=2, ensure_ascii=False, sort_keys=True) + "\n"

    def save(self) -> None:
        if not self.entries and not self.original:
            return
        text = self.text()
        if text != self.original:
            write_atomically(self.path, text.encode("utf-8"))
            self.original = text


def _entries(data: object) -> dict[str, Entry]:
    """The manifest's entries, each checked: every field text, the date an ISO date."""
    if not isinstance(data, dict):
        raise ValueError("expected a mapping of slugs to entries")
    names = set(Entry.__dataclass_fields__)
    entries = {}
    for slug, fields in data.items():
        if isinstance(fields, dict) and "accessed" in fields and "ingested" not in fields:
            fields = {("ingested" if k == "accessed" else k): v for k, v in fields.items()}
        if not isinstance(fields, dict) or set(fields) != names:
            raise ValueError(f"the entry of {slug!r} must have {', '.join(sorted(names))}")
        if not all(isinstance(value, str) for value in fields.values()):
            raise ValueError(f"the entry of {slug!r} must hold text only")
        try:
            dt.date.fromisoformat(fields["ingested"])
        except ValueError:
            raise ValueError(
                f"the entry of {slug!r} has a bad date {fields['ingested']!r}"
            ) from None
        entries[slug] = Entry(**fields)
    return entries


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def today() -> dt.date:
    """Today, or the day of SOURCE_DATE_EPOCH when set (reproducible runs)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.UTC).date()
    return dt.date.today()
