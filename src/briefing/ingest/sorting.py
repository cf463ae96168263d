"""Sorting a seed's lines: which are dropped (by which rule), and what metadata they gave."""

from __future__ import annotations

from dataclasses import dataclass, field

from .dates import parse_date_line
from .html import HEADING_MARK
from .line_rule import Fields, Rule
from .reading import SourceLine
from .rules import first_match, segments_match
from .shapes import author_names, is_hard_wrapped, is_prose, is_wrapped_paragraph, words

FIELD_RULES = {"author": "author-name", "author_bio": "author-bio"}


@dataclass(frozen=True)
class Found:
    value: object
    line: int  # line number in the seed


@dataclass
class Sorting:
    """The lines of one seed, and what the rules decided about them so far."""

    lines: tuple[SourceLine, ...]
    language: str = "en"
    dropped: dict[int, str] = field(default_factory=dict)  # line index -> rule name
    found: dict[str, Found] = field(default_factory=dict)  # field -> first value found
    masthead_end: int = 0  # a publication date is read only above this line

    def drop(self, index: int, rule_name: str) -> None:
        self.dropped.setdefault(index, rule_name)

    def record(self, name: str, value: object, index: int, anywhere: bool = False) -> None:
        if name == "date":
            if index >= self.masthead_end and not anywhere:
                return  # a date below the masthead is an event's or a comment's
            if isinstance(value, str):  # a byline's tail may be a role, not a date
                value = parse_date_line(value, self.language)
        if name == "author" and isinstance(value, str):
            value = author_names(value)
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
        return consecutive(set(self.kept()), len(self.lines))

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


MAX_STANDFIRST_WORDS = 60


def consecutive(indexes: set[int], count: int) -> list[list[int]]:
    """The runs of consecutive indexes below count."""
    runs: list[list[int]] = [[]]
    for index in range(count):
        if index in indexes:
            runs[-1].append(index)
        elif runs[-1]:
            runs.append([])
    return [run for run in runs if run]


def prose_lines(sorting: Sorting) -> list[int]:
    """Kept lines of running text; every line of a hard-wrapped paragraph counts."""
    prose: list[int] = []
    for run in sorting.runs():
        if is_wrapped_paragraph([sorting.lines[i].text for i in run]):
            prose.extend(run)
        else:
            prose.extend(i for i in run if is_prose(sorting.lines[i].text))
    return prose


def apply_rules(lines: tuple[SourceLine, ...], language: str = "en") -> Sorting:
    """Run the rules table down the page, following blocks and label lines."""
    sorting = Sorting(lines, language)
    prose = _prose_lines(lines, language)
    head_end = prose[0] if prose else len(lines)
    sorting.masthead_end = _masthead_end(lines, prose)
    index = 0
    while index < len(lines):
        line = lines[index]
        matched = _match(line, index < head_end, language) if line.text else None
        if matched is None:
            index += 1
            continue
        found_rule, fields = matched
        sorting.drop(index, found_rule.name)
        for name, value in fields.items():
            sorting.record(name, value, index)
        index = _follow(sorting, found_rule, index)
    return sorting


def _match(line: SourceLine, in_head: bool, language: str) -> tuple[Rule, Fields] | None:
    """The rule a line matches: its parts first when it is a row of cells (a byline's
    name beside a place, a date beside a counter), else the whole line."""
    text = unmarked(line.text)
    if line.cells and not is_prose(text):
        found = segments_match(text, language, line.cells)
        if found is not None:
            return found
    return first_match(text, in_head, language) or segments_match(text, language, line.cells)


def unmarked(text: str) -> str:
    """A line without the '## ' that marks a saved page's section heading."""
    return text[3:] if text.startswith(HEADING_MARK) else text


def _prose_lines(lines: tuple[SourceLine, ...], language: str) -> list[int]:
    """Lines of running text that no rule takes for furniture (an offer ending in a full
    stop is not the article's first sentence)."""
    prose = {
        i
        for i, line in enumerate(lines)
        if line.text and is_prose(line.text) and _match(line, True, language) is None
    }
    written = {i for i, line in enumerate(lines) if line.text}
    for run in consecutive(written, len(lines)):
        if is_wrapped_paragraph([lines[i].text for i in run]):
            prose.difference_update(run[1:])
            prose.add(run[0])
    return sorted(prose)


def _masthead_end(lines: tuple[SourceLine, ...], prose: list[int]) -> int:
    """The masthead runs to the text's first paragraph; a standfirst (one short
    paragraph) may stand above a date or byline, so it runs on to the second."""
    if not prose:
        return len(lines)
    first = prose[0]
    if len(prose) > 1 and len(words(lines[first].text)) <= MAX_STANDFIRST_WORDS:
        return prose[1]
    return first


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
        other = first_match(line.text, in_head=False, language=sorting.language)
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
        if first_match(line.text, in_head=False, language=sorting.language) is not None:
            break
        sorting.drop(later, FIELD_RULES.get(field_name, label.name))
        taken.append(later)
        if label.takes_next:
            break
    if taken:
        value = " ".join(sorting.lines[i].text for i in taken)
        sorting.record(field_name, value, taken[0])
