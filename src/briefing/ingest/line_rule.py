"""A line rule: a name, a reason, and a pattern a whole line must match."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .reading import SourceLine

Fields = dict[str, object]


@dataclass(frozen=True)
class Rule:
    name: str
    why: str
    pattern: re.Pattern[str] | None = None
    test: Callable[[str, str], Fields | None] | None = None  # (line, page language)
    max_words: int = 15
    head_only: bool = False  # only above the first line of prose
    tail_only: bool = False  # only below it
    continues: Callable[[SourceLine], bool] | None = None  # later lines of the same block
    crosses_blanks: bool = False  # the block goes on past blank lines
    takes_next: str | None = None  # the next text line is the value of this field
    takes_rest: str | None = None  # every later text line is the value of this field

    def match(self, text: str, language: str = "en") -> Fields | None:
        if len(text.split()) > self.max_words:
            return None
        if self.test is not None:
            return self.test(text, language)
        found = self.pattern.fullmatch(text) if self.pattern else None
        if found is None:
            return None
        return {key: value for key, value in found.groupdict().items() if value}


def rule(name: str, why: str, pattern: str, *, case: bool = False, **options: Any) -> Rule:
    flags = 0 if case else re.IGNORECASE
    return Rule(name, why, re.compile(pattern, flags), **options)
