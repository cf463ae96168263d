"""Finding seed files and reading them into clean, numbered lines."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import BriefingError

TEXT_SUFFIXES = (".txt", ".md", ".text")
HTML_SUFFIXES = (".html", ".htm")
SEED_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES
# A long report runs to a few hundred kilobytes of text; a seed a hundred times
# that is a dump or a mistake, and would take minutes to sort line by line.
MAX_SEED_BYTES = 10 * 1024 * 1024

# Web copies carry layout residue: non-breaking and zero-width spaces, soft hyphens.
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class SourceLine:
    number: int  # 1-based line number in the seed
    text: str  # whitespace-normalised, stripped
    indented: bool  # the raw line started with whitespace
    # The parts a copied menu or toolbar leaves apart by tabs or runs of spaces.
    cells: tuple[str, ...] = ()


@dataclass(frozen=True)
class Seed:
    path: Path
    name: str  # path relative to the seeds folder (posix), or the file name
    sha256: str
    lines: tuple[SourceLine, ...]
    # What a saved HTML page's markup states (title, author, date …); wins over the lines.
    stated: dict[str, object] = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class SeedFiles:
    files: tuple[tuple[Path, str], ...]  # (path, seed name)
    skipped: tuple[Path, ...]  # files in a folder that are not seeds


def find_seeds(seeds_dir: Path, sources: list[Path]) -> SeedFiles:
    """Expand files and folders into seed files, sorted, hidden files left out.

    Subfolders are searched too (sorted), so a researcher may group seeds;
    the seed name then keeps the subfolder so two same-named files never clash.
    """
    files: dict[Path, str] = {}
    skipped: list[Path] = []
    for source in sources or [seeds_dir]:
        if source.is_dir():
            _add_folder(source, files, skipped)
        elif source.is_file():
            _check_suffix(source)
            files.setdefault(source.resolve(), _seed_name(source, seeds_dir))
        else:
            raise BriefingError("no such seed file or folder", source)
    if not files:
        where = sources[0] if len(sources) == 1 else seeds_dir
        raise BriefingError(f"no seed files ({', '.join(SEED_SUFFIXES)}) found", where)
    return SeedFiles(tuple((path, name) for path, name in files.items()), tuple(skipped))


def _add_folder(folder: Path, files: dict[Path, str], skipped: list[Path]) -> None:
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder)
        if any(part.startswith(".") for part in relative.parts) or not path.is_file():
            continue
        if path.suffix.lower() in SEED_SUFFIXES and not _is_readme(path):
            files.setdefault(path.resolve(), relative.as_posix())
        else:
            skipped.append(path)


def _is_readme(path: Path) -> bool:
    """A README in a seeds folder describes the folder; it is not an article."""
    return path.stem.lower() == "readme"


def _check_suffix(path: Path) -> None:
    if path.suffix.lower() not in SEED_SUFFIXES:
        raise BriefingError(f"not a seed: expected a {', '.join(SEED_SUFFIXES)} file", path)


def _seed_name(path: Path, seeds_dir: Path) -> str:
    try:
        return path.resolve().relative_to(seeds_dir.resolve()).as_posix()
    except ValueError:
        return path.name


def read_seed(path: Path, name: str) -> Seed:
    try:
        _check_size(path.stat().st_size, path)
        raw = path.read_bytes()
    except OSError as error:
        raise BriefingError(f"cannot read seed: {error.strerror}", path) from None
    text, stated = page_text(raw, path)
    lines = tuple(_source_line(n, line) for n, line in enumerate(text.split("\n"), start=1))
    return Seed(path, name, hashlib.sha256(raw).hexdigest(), lines, stated)


def page_text(raw: bytes, path: Path) -> tuple[str, dict[str, object]]:
    """The text ingest reads from a seed, and what a saved page's markup states.

    A text copy is its own text; a saved HTML page gives its headline, masthead and
    main text as lines (html.py). The build reads seeds through here too, so the
    source view numbers the very lines ingest sorted.
    """
    text = decode_seed(raw, path)
    if path.suffix.lower() not in HTML_SUFFIXES:
        return text, {}
    from .html import read_html  # trafilatura is slow to import: only for saved pages

    page = read_html(text)
    if not page.text.strip():
        raise BriefingError(
            "no article text found in the saved page: save the article's own page, "
            "or paste its text into a .txt seed",
            path,
        )
    return page.text, page.metadata


def decode_seed(raw: bytes, path: Path) -> str:
    """Decode seed bytes: UTF-8 (with or without BOM), UTF-16 with BOM, then Windows-1252."""
    if not raw:
        raise BriefingError("seed is empty", path)
    _check_size(len(raw), path)
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = _decode(raw, "utf-16", path)
    else:
        if b"\x00" in raw:
            raise BriefingError(
                f"seed is binary, not text (NUL byte at offset {raw.index(0)})", path
            )
        text = _decode_8bit(raw, path)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if len(_CONTROL.findall(text)) > max(2, len(text) // 100):
        raise BriefingError("seed is binary, not text (control characters)", path)
    if not text.strip():
        raise BriefingError("seed has no text (only whitespace)", path)
    return unicodedata.normalize("NFC", text)


def _check_size(size: int, path: Path) -> None:
    if size > MAX_SEED_BYTES:
        limit = MAX_SEED_BYTES // 2**20
        raise BriefingError(
            f"seed is too large: {size / 2**20:.1f} MiB (the limit is {limit} MiB)", path
        )


def _decode(raw: bytes, encoding: str, path: Path) -> str:
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as error:
        raise BriefingError(
            f"cannot decode seed as {encoding} (byte {error.start})", path
        ) from None


def _decode_8bit(raw: bytes, path: Path) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        first_bad = error.start
    try:
        text = raw.decode("cp1252")
    except UnicodeDecodeError:
        text = None
    if text is not None and _looks_western(text):
        return text
    # Another single-byte code page (Cyrillic, Greek …): let charset-normalizer judge.
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None:
        raise BriefingError(
            f"cannot decode seed: not UTF-8 or Windows-1252 text (byte {first_bad})", path
        )
    return str(best)


def _looks_western(text: str) -> bool:
    """Windows-1252 text is mostly ASCII letters; other code pages decode as accented soup."""
    letters = [c for c in text if c.isalpha()]
    accented = sum(1 for c in letters if ord(c) > 127)
    return accented <= len(letters) * 0.3


_CELL_GAP = re.compile(r"\t+|[ \u00a0]{3,}")


def _source_line(number: int, raw: str) -> SourceLine:
    visible = _INVISIBLE.sub("", raw)
    cleaned = _SPACES.sub(" ", visible).strip()
    cells = tuple(_SPACES.sub(" ", c).strip() for c in _CELL_GAP.split(visible.strip()))
    cells = tuple(c for c in cells if c)
    indented = bool(cleaned) and raw[:1] in (" ", "\t", "\u00a0")
    return SourceLine(number, cleaned, indented, cells if len(cells) > 1 else ())
