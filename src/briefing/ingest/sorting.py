"""Sorting a seed's lines: which are dropped (by which rule), and what metadata they gave."""

from __future__ import annotations

from dataclasses import dataclass, field

from .dates import parse_date
from .reading import SourceLine
from .rules import Rule, first_match
from .shapes import is_hard_wrapped, is_prose

FIELD_RULES = {"author": "author-name", "author_bio": "author-bio"}


@dataclass(frozen=True)
class Found:
    value: object
    line: int  # line number in the seed


@dataclass
class Sorting:
    """The lines of one seed, and what the rules decided about them so far."""

    lines: tuple[SourceLine, ...]
    dropped: dict[int, str] = field(default_factory=dict)  # line index -> rule name
    found: dict[str, Found] = field(default_factory=dict)  # field -> first value found

    def drop(self, index: int, rule_name: str) -> None:
        self.dropped.setdefault(index, rule_name)

    def record(self, name: str, value: object, index: int) -> None:
        if name == "date" and isinstance(value, str):
            value = parse_date(value)  # a byline's tail may be a role, not a date
        if value and name not in self.found:
            self.found[name] = Found(value, self.lines[index].number)

    def value(self, name: str) -> object:
        found = self.found.get(name)
        return found.value if found else None

    def kept(self) -> list[int]:
        """Indexes of the text lines not dropped so far."""
        return [i for i, line in enumerate(self.lines) if line.text and i not in self.dropped]

    def runs(self) -> list[list[int]]:
        """Consecutive kept lines; blank and dropped lines separate runs."""
        runs: list[list[int]] = [[]]
        kept = set(self.kept())
        for index in range(len(self.lines)):
            if index in kept:
                runs[-1].append(index)
            elif runs[-1]:
                runs.append([])
        return [run for run in runs if run]

    def first_prose(self) -> int | None:
        """The first kept line of running text: a sentence, or a hard-wrapped paragraph."""
        for run in self.runs():
            if is_hard_wrapped([self.lines[i].text for i in run]):
                return run[0]
            for index in run:
                if is_prose(self.lines[index].text):
                    return index
        return None

    def first_dropped_by(self, rule_names: set[str]) -> int | None:
        return min((i for i, name in self.dropped.items() if name in rule_names), default=None)


def apply_rules(lines: tuple[SourceLine, ...]) -> Sorting:
    """Run the rules table down the page, following blocks and label lines."""
    sorting = Sorting(lines)
    head_end = next((i for i, line in enumerate(lines) if is_prose(line.text)), len(lines))
    index = 0
    while index < len(lines):
        line = lines[index]
        matched = first_match(line.text, index < head_end) if line.text else None
        if matched is None:
            index += 1
            continue
        found_rule, fields = matched
        sorting.drop(index, found_rule.name)
        for name, value in fields.items():
            sorting.record(name, value, index)
        index = _follow(sorting, found_rule, index)
    return sorting


def _follow(sorting: Sorting, found_rule: Rule, index: int) -> int:
    """Drop the later lines a rule claims; return the index to go on from."""
    if found_rule.continues is not None:
        return _follow_block(sorting, found_rule, index)
    if found_rule.takes_next or found_rule.takes_rest:
        _take_values(sorting, found_rule, index)
    return index + 1


def _follow_block(sorting: Sorting, block: Rule, index: int) -> int:
    lines = sorting.lines
    last = index
    for later in range(index + 1, len(lines)):
        line = lines[later]
        if not line.text:
            if block.crosses_blanks:
                continue
            break
        other = first_match(line.text, in_head=False)
        if other is not None and not (other[1] or other[0].takes_next or other[0].takes_rest):
            sorting.drop(later, other[0].name)
        elif block.continues is not None and block.continues(line):
            sorting.drop(later, block.name)
        else:
            break
        last = later
    return last + 1


def _take_values(sorting: Sorting, label: Rule, index: int) -> None:
    """A label line ('Author:', 'About the author') gives its value on the lines below."""
    field_name = label.takes_next or label.takes_rest or ""
    taken: list[int] = []
    for later in range(index + 1, len(sorting.lines)):
        line = sorting.lines[later]
        if not line.text:
            continue
        if first_match(line.text, in_head=False) is not None:
            break
        sorting.drop(later, FIELD_RULES.get(field_name, label.name))
        taken.append(later)
        if label.takes_next:
            break
    if taken:
        value = " ".join(sorting.lines[i].text for i in taken)
        sorting.record(field_name, value, taken[0])
