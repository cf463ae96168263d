"""The one family of errors a user sees: a message tied to a file and line."""

from __future__ import annotations

from pathlib import Path
from typing import Any


class DamagedSnapshot(Exception):
    """A record the last build kept is not what it signed: the build starts again, whole.
    Never a user's problem, so it passes through every stage that names errors."""


class BriefingError(Exception):
    """A problem the user can fix, reported as ``path:line: message``."""

    def __init__(self, message: str, path: Path | str | None = None, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.path = Path(path) if path is not None else None
        self.line = line

    def __reduce__(self) -> tuple[type[BriefingError], tuple[Any, ...]]:
        # keep path and line when crossing to another process
        return (type(self), (self.message, self.path, self.line))

    def location(self) -> str:
        if self.path is None:
            return ""
        return f"{self.path}:{self.line}" if self.line else str(self.path)

    def __str__(self) -> str:
        where = self.location()
        return f"{where}: {self.message}" if where else self.message


class BriefingErrors(BriefingError):
    """Several problems found together, so a user can fix them in one pass."""

    def __init__(self, errors: list[BriefingError]):
        super().__init__(f"{len(errors)} problems")
        self.errors = errors

    def __reduce__(self) -> tuple[type[BriefingError], tuple[Any, ...]]:
        return (type(self), (self.errors,))

    def __str__(self) -> str:
        return "\n".join(str(error) for error in self.errors)


def raise_all(errors: list[BriefingError]) -> None:
    """Raise nothing, the one error, or all of them together."""
    if len(errors) == 1:
        raise errors[0]
    if errors:
        raise BriefingErrors(errors)
