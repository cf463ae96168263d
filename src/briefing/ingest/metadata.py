"""Metadata that needs the shape of the whole page: the title and a trailing author block."""

from __future__ import annotations

from ..errors import BriefingError
from .reading import Seed
from .shapes import is_name, same_name, sentence_count_is_one, words
from .sorting import Sorting

# Lines that end a page's header: the headline sits just above them.
HEADER_METADATA_RULES = {"date-line", "byline", "author-line", "author-label", "updated-line"}
MAX_STANDFIRST_WORDS = 30
MAX_LABEL_WORDS = 3  # a site section's label above the headline is this short
TAIL_LINES = 5  # an author block sits among the last few text lines
MAX_BIO_LINES = 3
BIO_VERBS = (" is ", " was ", " has ", " teaches ", " works ", " serves ")


def find_title(seed: Seed, sorting: Sorting) -> str:
    """Mark the headline line as the title; lines above it are section labels."""
    lines = sorting.lines
    first_prose = sorting.first_prose()
    first_prose = len(lines) if first_prose is None else first_prose
    header = [i for i in sorting.kept() if i < first_prose]
    if header:
        title_index = _headline(sorting, header)
        for index in header:
            if index < title_index:
                sorting.drop(index, "section-label")
    else:
        title_index = _standfirst(sorting, first_prose)
    if title_index is None:
        raise BriefingError(
            "no title found: put the headline on a line of its own above the text", seed.path, 1
        )
    sorting.drop(title_index, "title")
    return lines[title_index].text


def _headline(sorting: Sorting, header: list[int]) -> int:
    """The headline among the lines above the text (and above the date or byline, if any).

    Section labels ("Foreign Policy", "World") are short, so the first line of more
    than a few words is the headline; when all are short, the longest (the later on ties).
    """
    metadata_line = sorting.first_dropped_by(HEADER_METADATA_RULES)
    above = [i for i in header if metadata_line is not None and i < metadata_line]
    candidates = above or header
    longer = [i for i in candidates if len(words(sorting.lines[i].text)) > MAX_LABEL_WORDS]
    if longer:
        return longer[0]
    return max(candidates, key=lambda i: (len(words(sorting.lines[i].text)), i))


def _standfirst(sorting: Sorting, first_prose: int) -> int | None:
    """With no headline, a short opening sentence standing alone on its line is the title."""
    if first_prose >= len(sorting.lines) or first_prose not in sorting.kept():
        return None
    text = sorting.lines[first_prose].text
    if len(words(text)) > MAX_STANDFIRST_WORDS or not sentence_count_is_one(text):
        return None
    return first_prose


def find_author_block(sorting: Sorting) -> None:
    """Find the author's name (and biography) standing after the last paragraph."""
    lines = sorting.lines
    first_prose = sorting.first_prose()
    if first_prose is None:
        return
    tail = [i for i in sorting.kept() if i > first_prose][-TAIL_LINES:]
    known = sorting.value("author")
    for position, index in enumerate(tail):
        name = lines[index].text
        rest = tail[position + 1 :]
        if is_name(name) and _is_author_block(name, rest, sorting, known):
            _take_author_block(sorting, index, rest)
            return
    if isinstance(known, str) and tail:
        _take_trailing_bio(sorting, tail[-1], known)


def _is_author_block(name: str, rest: list[int], sorting: Sorting, known: object) -> bool:
    """A name line is an author block when nothing follows it, the name repeats,
    the name is the known author's, or the lines after it start with the name (a bio)."""
    if not rest:
        return True
    following = sorting.lines[rest[0]].text
    if isinstance(known, str) and same_name(name, known):
        return True
    repeated = same_name(following, name) or following.startswith(name + " ")
    return repeated and len(rest) <= MAX_BIO_LINES + 1


def _take_author_block(sorting: Sorting, index: int, rest: list[int]) -> None:
    name = sorting.lines[index].text
    sorting.drop(index, "author-name")
    sorting.record("author", name, index)
    bio = []
    for later in rest:
        text = sorting.lines[later].text
        if not bio and same_name(text, name):
            sorting.drop(later, "author-name")
        else:
            bio.append(later)
    if bio and len(bio) <= MAX_BIO_LINES:
        for later in bio:
            sorting.drop(later, "author-bio")
        text = " ".join(sorting.lines[i].text for i in bio)
        sorting.record("author_bio", text, bio[0])


def _take_trailing_bio(sorting: Sorting, index: int, author: str) -> None:
    """'Jane Doe is a senior fellow at …' as the last paragraph, by a known author."""
    text = sorting.lines[index].text
    starts_with_author = text.casefold().startswith(author.casefold() + " ")
    if starts_with_author and any(verb in text[len(author) :][:40] for verb in BIO_VERBS):
        sorting.drop(index, "author-bio")
        sorting.record("author_bio", text, index)
