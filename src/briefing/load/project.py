"""Finds a briefing project and loads its briefing.yml into a typed config."""

from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path
from urllib.parse import urlsplit

from ..errors import BriefingError
from .language_tag import checked_language
from .yamlfile import LineDict, load_yaml_file

PACKAGED_TEMPLATES = Path(__file__).parent.parent / "templates"


@dataclass(frozen=True)
class Config:
    title: str
    description: str = ""
    base_url: str = "/"
    language: str = "en"
    author: str = ""

    def with_base_url(self, base_url: str | None) -> Config:
        if base_url is None:
            return self
        return Config(**{**self.__dict__, "base_url": normalise_base_url(base_url)})


@dataclass(frozen=True)
class Project:
    root: Path
    config: Config

    @property
    def seeds_dir(self) -> Path:
        return self.root / "seeds"

    @property
    def content_dir(self) -> Path:
        return self.root / "content"

    @property
    def articles_dir(self) -> Path:
        return self.content_dir / "articles"

    @property
    def templates_dir(self) -> Path:
        return self.root / "templates"

    @property
    def cache_dir(self) -> Path:
        return self.root / ".briefing"

    @property
    def config_path(self) -> Path:
        return self.root / "briefing.yml"

    @property
    def site_dir(self) -> Path:
        return self.root / "site"


def find_root(root: Path | None) -> Path:
    """The project folder: the one given, or the current one."""
    folder = (root or Path.cwd()).expanduser()
    if not folder.exists():
        raise BriefingError("project folder does not exist", folder)
    if not folder.is_dir():
        raise BriefingError("project folder is a file, not a folder", folder)
    return folder.resolve()


def load_project(root: Path | None = None) -> Project:
    folder = find_root(root)
    config_path = folder / "briefing.yml"
    if not config_path.is_file():
        raise BriefingError("no briefing.yml here: not a briefing project", folder)
    return Project(root=folder, config=load_config(config_path))


def load_config(path: Path) -> Config:
    data = load_yaml_file(path)
    if not isinstance(data, LineDict):
        raise BriefingError("briefing.yml must be a mapping of settings", path, 1)
    known = {f.name for f in fields(Config)}
    for key in data:
        if key not in known:
            names = ", ".join(sorted(known))
            raise BriefingError(
                f"unknown setting {key!r} (known: {names})", path, data.line_of(key)
            )
    values: dict[str, str] = {}
    for key, value in data.items():
        if not isinstance(value, str):
            raise BriefingError(f"{key!r} must be text", path, data.line_of(key))
        values[str(key)] = value.strip()  # a known setting's name
    if not values.get("title"):
        raise BriefingError("'title' is missing", path, 1)
    if "language" in values:
        values["language"] = checked_language(values["language"], path, data.line_of("language"))
    try:
        values["base_url"] = normalise_base_url(values.get("base_url", "/"))
    except BriefingError as error:
        raise BriefingError(error.message, path, data.line_of("base_url")) from None
    return Config(**values)


def normalise_base_url(url: str) -> str:
    """A base URL always ends with one slash: "/", "/repo/" or "https://host/repo/"."""
    url = url.strip() or "/"
    if not _is_safe_base_url(url):
        raise BriefingError(
            f"base_url {url!r} must be a path like /repo/ or an http:// or https:// address"
        )
    return url.rstrip("/") + "/"


def _is_safe_base_url(url: str) -> bool:
    """Every absolute link starts with the base URL: never a script, never another kind."""
    if any(c.isspace() or ord(c) < 32 or c in "\"'<>\\`" for c in url):
        return False
    if url.startswith("/"):
        return not url.startswith("//")
    try:
        parts = urlsplit(url)
        return parts.scheme in ("http", "https") and bool(parts.hostname)
    except ValueError:
        return False
