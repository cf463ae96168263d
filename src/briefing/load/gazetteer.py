"""Loads content/actors.yml and content/themes.yml into a checked Gazetteer."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from ..errors import BriefingError, raise_all
from ..model import ACTOR_KINDS, Actor, Gazetteer, Theme
from ..urls import name_problem
from ..weave.tagging import normal_name
from .yamlfile import LineDict, LineList, load_yaml_file

T = TypeVar("T")

ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]*$")
ACTOR_KEYS = {"id", "name", "kind", "aliases", "description", "wikidata"}
LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}$")
WIKIDATA_ID = re.compile(r"^Q[1-9][0-9]*$")
THEME_KEYS = {"id", "title", "description", "keywords"}


def load_gazetteer(content_dir: Path) -> Gazetteer:
    actors_path = content_dir / "actors.yml"
    themes_path = content_dir / "themes.yml"
    errors: list[BriefingError] = []
    actors = _load_list(actors_path, _actor, errors)
    themes = _load_list(themes_path, _theme, errors)
    _check_unique_ids(actors, actors_path, errors)
    _check_unique_ids(themes, themes_path, errors)
    _check_unique_aliases(actors, actors_path, errors)
    raise_all(errors)
    return Gazetteer(actors=tuple(actors), themes=tuple(themes))


def _load_list(path: Path, make: Callable[[Any, Path], T], errors: list[BriefingError]) -> list[T]:
    if not path.exists():
        return []
    try:
        data = load_yaml_file(path)
    except BriefingError as error:
        errors.append(error)
        return []
    if data is None:
        return []
    if not isinstance(data, list):
        errors.append(BriefingError("expected a list of entries", path, 1))
        return []
    items = []
    for index, entry in enumerate(data):
        try:
            if not isinstance(entry, LineDict):
                line = data.line_of_item(index) if isinstance(data, LineList) else None
                raise BriefingError("each entry must be a mapping with an id", path, line)
            items.append(make(entry, path))
        except BriefingError as error:
            errors.append(error)
    return items


def _actor(entry: Any, path: Path) -> Actor:
    entry = _mapping(entry, path, ACTOR_KEYS)
    kind = _text(entry, "kind", path)
    if kind not in ACTOR_KINDS:
        choices = ", ".join(ACTOR_KINDS)
        raise BriefingError(
            f"actor kind {kind!r} is not one of {choices}", path, entry.line_of("kind")
        )
    english, translations = _by_language(entry, "aliases", path)
    return Actor(
        id=_id(entry, path),
        name=_text(entry, "name", path),
        kind=kind,
        aliases=english,
        description=_text(entry, "description", path, required=False),
        line=entry.line,
        translations=translations,
        wikidata=_wikidata(entry, path),
    )


def _by_language(
    entry: LineDict, key: str, path: Path
) -> tuple[tuple[str, ...], tuple[tuple[str, tuple[str, ...]], ...]]:
    """`aliases:` or `keywords:` is a list (English, and any text), or a map of language
    code to list."""
    value = entry.get(key)
    if not isinstance(value, dict):
        return _strings(entry, key, path), ()
    by_language = {}
    for language, words in value.items():
        line = value.line_of(language) if isinstance(value, LineDict) else entry.line_of(key)
        if not isinstance(language, str) or not LANGUAGE_CODE.match(language):
            raise BriefingError(
                f"{key} language {language!r} must be a code like en, ru or de", path, line
            )
        if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
            raise BriefingError(f"{key} for {language!r} must be a list of text", path, line)
        by_language[language] = tuple(w.strip() for w in words)
    english = by_language.pop("en", ())
    return english, tuple(sorted(by_language.items()))


def _wikidata(entry: LineDict, path: Path) -> str:
    value = entry.get("wikidata")
    if value is None:
        return ""
    if not isinstance(value, str) or not WIKIDATA_ID.match(value):
        raise BriefingError(
            f"wikidata {value!r} must be an item id like Q159", path, entry.line_of("wikidata")
        )
    return value


def _theme(entry: Any, path: Path) -> Theme:
    entry = _mapping(entry, path, THEME_KEYS)
    english, translations = _by_language(entry, "keywords", path)
    return Theme(
        id=_id(entry, path),
        title=_text(entry, "title", path),
        description=_text(entry, "description", path, required=False),
        keywords=english,
        line=entry.line,
        translations=translations,
    )


def _mapping(entry: Any, path: Path, allowed: set[str]) -> LineDict:
    if not isinstance(entry, LineDict):
        raise BriefingError("each entry must be a mapping with an id", path)
    for key in entry:
        if key not in allowed:
            known = ", ".join(sorted(allowed))
            raise BriefingError(f"unknown key {key!r} (known: {known})", path, entry.line_of(key))
    return entry


def _id(entry: LineDict, path: Path) -> str:
    value = _text(entry, "id", path)
    if not ID_PATTERN.match(value):
        raise BriefingError(
            f"id {value!r} must be lowercase letters, digits and hyphens", path, entry.line_of("id")
        )
    problem = name_problem("id", value)
    if problem:
        raise BriefingError(problem, path, entry.line_of("id"))
    return value


def _text(entry: LineDict, key: str, path: Path, required: bool = True) -> str:
    value = entry.get(key)
    if value is None and not required:
        return ""
    if not isinstance(value, str) or not value.strip():
        what = "is missing" if value is None else "must be text"
        raise BriefingError(f"{key!r} {what}", path, entry.line_of(key))
    return value.strip()


def _strings(entry: LineDict, key: str, path: Path) -> tuple[str, ...]:
    value = entry.get(key) or []
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise BriefingError(f"{key!r} must be a list of text", path, entry.line_of(key))
    return tuple(v.strip() for v in value)


def _check_unique_ids(
    items: Sequence[Actor | Theme], path: Path, errors: list[BriefingError]
) -> None:
    seen: dict[str, int] = {}
    for item in items:
        if item.id in seen:
            errors.append(
                BriefingError(
                    f"id {item.id!r} already used on line {seen[item.id]}", path, item.line
                )
            )
        seen.setdefault(item.id, item.line)


def _check_unique_aliases(actors: list[Actor], path: Path, errors: list[BriefingError]) -> None:
    """One name, one actor. Names with lowercase letters match in any case, so "Kremlin"
    and "kremlin" clash; a name of one language clashes with the names every text
    shares and with that language's own, not with another language's."""
    claims: dict[str, dict[str, Actor]] = {}  # normal name -> language ("" shared) -> actor
    for actor in actors:
        named = [("", name) for name in actor.names]
        named += [(lang, name) for lang, names in actor.translations for name in names]
        for language, name in dict.fromkeys(named):
            owners = claims.setdefault(normal_name(name), {})
            rivals = owners.values() if language == "" else [owners.get(""), owners.get(language)]
            other = next((o for o in rivals if o is not None and o is not actor), None)
            if other is not None:
                errors.append(
                    BriefingError(
                        f"name {name!r} of {actor.id!r} is already claimed by {other.id!r}",
                        path,
                        actor.line,
                    )
                )
                continue
            owners.setdefault(language, actor)
