"""YAML loading that keeps line numbers, so errors can name the line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import yaml

from ..errors import BriefingError

_BaseLoader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


Key = str | int | float | None  # what a YAML key may be: text, a number, a boolean or null


class LineDict(dict[Key, Any]):
    """A mapping that remembers the line it and each of its keys start on."""

    line: int = 0
    key_lines: dict[str, int]

    def line_of(self, key: Key) -> int:
        return self.key_lines.get(str(key), self.line)


class LineList(list[Any]):
    """A list that remembers the line it and each of its items start on."""

    line: int = 0
    item_lines: list[int]

    def line_of_item(self, index: int) -> int:
        return self.item_lines[index] if index < len(self.item_lines) else self.line


class _LineLoader(_BaseLoader):
    pass


def _construct_mapping(loader: yaml.SafeLoader, node: yaml.MappingNode) -> LineDict:
    loader.flatten_mapping(node)
    result = LineDict()
    result.line = node.start_mark.line + 1
    result.key_lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if not isinstance(key, str | int | float | bool) and key is not None:
            raise yaml.constructor.ConstructorError(
                None, None, "a key must be plain text", key_node.start_mark
            )
        if key in result:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r}", key_node.start_mark
            )
        result[key] = loader.construct_object(value_node, deep=True)
        result.key_lines[str(key)] = key_node.start_mark.line + 1
    return result


def _construct_sequence(loader: yaml.SafeLoader, node: yaml.SequenceNode) -> LineList:
    result = LineList(loader.construct_object(item, deep=True) for item in node.value)
    result.line = node.start_mark.line + 1
    result.item_lines = [item.start_mark.line + 1 for item in node.value]
    return result


def _construct_timestamp(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> dt.date:
    try:
        return yaml.constructor.SafeConstructor.construct_yaml_timestamp(loader, node)
    except ValueError as error:
        raise yaml.constructor.ConstructorError(
            None, None, f"{node.value!r} is not a valid date ({error})", node.start_mark
        ) from None


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)
_LineLoader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp)


def parse_yaml(text: str, path: Path, first_line: int = 1) -> Any:
    """Parse YAML text; ``first_line`` is where the text starts in ``path``."""
    try:
        data = yaml.load(text, Loader=_LineLoader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + first_line if mark else None
        problem = error.problem or error.context or "malformed YAML"
        raise BriefingError(f"invalid YAML: {problem}", path, line) from None
    except yaml.reader.ReaderError as error:  # a character YAML does not allow
        line = text[: error.position].count("\n") + first_line
        code = ord(error.character) if isinstance(error.character, str) else error.character
        problem = f"character U+{code:04X}: {error.reason}"
        raise BriefingError(f"invalid YAML: {problem}", path, line) from None
    except yaml.YAMLError as error:
        problem = str(error).splitlines()[0] if str(error) else "malformed YAML"
        raise BriefingError(f"invalid YAML: {problem}", path) from None
    if first_line != 1:
        _shift_lines(data, first_line - 1)
    return data


def _shift_lines(data: Any, offset: int, seen: set[int] | None = None) -> None:
    # A value aliased many times is one object: shift it once, and walk a
    # "billion laughs" of nested aliases in linear time, not exponential.
    seen = set() if seen is None else seen
    if not isinstance(data, dict | list) or id(data) in seen:
        return
    seen.add(id(data))
    if isinstance(data, LineDict):
        data.line += offset
        data.key_lines = {key: line + offset for key, line in data.key_lines.items()}
        for value in data.values():
            _shift_lines(value, offset, seen)
    elif isinstance(data, list):
        if isinstance(data, LineList):
            data.line += offset
            data.item_lines = [line + offset for line in data.item_lines]
        for item in data:
            _shift_lines(item, offset, seen)


def read_text(path: Path) -> str:
    """Read a UTF-8 text file, naming it in the error when that fails."""
    try:
        return path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise BriefingError("file not found", path) from None
    except IsADirectoryError:
        raise BriefingError("is a folder, not a file", path) from None
    except UnicodeDecodeError as error:
        raise BriefingError(f"not UTF-8 text (byte {error.start})", path) from None
    except OSError as error:
        raise BriefingError(f"cannot read: {error.strerror}", path) from None


def load_yaml_file(path: Path) -> Any:
    return parse_yaml(read_text(path), path)
