"""Bylines that need the shape of the whole page: a name line in the masthead, an author
block after the text."""

from __future__ import annotations

import re
from itertools import pairwise

from .dates import parse_date_line
from .shapes import (
    is_name,
    is_name_list,
    is_prose,
    person_name,
    same_name,
    signature,
    words,
)
from .sorting import Sorting

# "ALMATY, 14 March 2023 /Kazinform/ –", "MOSCÚ, 28 de abril de 2021 (EFE).-": a wire's
# place, date and agency before the first sentence.
DATELINE = re.compile(
    r"^(?P<place>[^\W\d_][\w .'’-]{1,40}?),\s+(?P<date>[^/()–—]{4,40}?)\s*"
    r"(?:[/(]\s*(?P<agency>[^/()]{2,30}?)\s*[/)])?\s*\.?\s*[-–—:]+"
)
DATELINE_LINES = 3  # the first lines of the text a dateline may open
# A Chinese wire's reporters in its dateline: "中新社北京4月10日电（记者 李晓）…".
WIRE_REPORTERS = re.compile(
    r"^.{2,30}?电\s*[（(]\s*记者\s*[:：]?\s*"
    r"(?P<author>[\u4e00-\u9fff·]{2,4}(?:[ 、，][\u4e00-\u9fff·]{2,4})*)\s*[）)]"
)

MIN_BIO_WORDS = 6
MAX_BIO_WORDS = 80
TAIL_LINES = 5  # an author block sits among the last few text lines
MAX_BIO_LINES = 3
BIO_VERBS = (" is ", " was ", " has ", " teaches ", " works ", " serves ")


def find_name_byline(sorting: Sorting, after: int) -> None:
    """A byline without 'By': a person's name on a line of its own in the masthead,
    below the headline (under the standfirst, often)."""
    if sorting.value("author") is not None:
        return
    for index in sorting.kept():
        if index <= after or index >= sorting.masthead_end:
            continue
        text = sorting.lines[index].text
        if is_name(text) or is_name_list(text):
            sorting.drop(index, "author-name")
            sorting.record("author", text, index)
            return


MAX_MASTHEAD_LABEL_WORDS = 2
# Lines of a masthead: a label standing before one of them labels the page, not the text.
MASTHEAD_RULES = {
    "byline",
    "author-line",
    "author-name",
    "date-line",
    "meta-line",
    "counter",
    "reading-time",
    "updated-line",
    "share",
    "menu",
    "audio-player",
}


def drop_masthead_labels(sorting: Sorting, after: int) -> None:
    """One- and two-word lines between the headline and the text ('Contributor',
    'Analysis') label the page; a standfirst or a name is longer or looks otherwise."""
    alone = {run[0] for run in sorting.runs() if len(run) == 1}
    metadata = [i for i, name in sorting.dropped.items() if name in MASTHEAD_RULES]
    for index in alone:
        text = sorting.lines[index].text
        short = len(words(text)) <= MAX_MASTHEAD_LABEL_WORDS and not text.startswith("#")
        among_metadata = any(index < i < sorting.masthead_end for i in metadata)
        if short and after < index < sorting.masthead_end and among_metadata:
            sorting.drop(index, "masthead-label")


def find_dateline(sorting: Sorting, after: int) -> None:
    """A wire's dateline opening the text gives the date when the masthead gives none."""
    if sorting.value("date") is not None:
        return
    for index in _opening(sorting, after):
        found = DATELINE.match(sorting.lines[index].text)
        date = parse_date_line(found.group("date"), sorting.language) if found else None
        if found and date:
            sorting.record("date", date, index, anywhere=True)
            if found.group("agency"):
                sorting.record("publisher", found.group("agency"), index)
            return


def _opening(sorting: Sorting, after: int) -> list[int]:
    """The first lines of the text, past the masthead's short ones, where a dateline stands."""
    lines = [i for i in sorting.kept() if i > after and len(words(sorting.lines[i].text)) > 5]
    return lines[:DATELINE_LINES]


def find_wire_reporters(sorting: Sorting, after: int) -> None:
    """A Chinese wire's dateline names its reporters when no byline does."""
    if sorting.value("author") is not None:
        return
    for index in _opening(sorting, after):
        found = WIRE_REPORTERS.match(sorting.lines[index].text)
        if found:
            sorting.record("author", found.group("author"), index)
            return


def find_author_block(sorting: Sorting) -> None:
    """Find the author's name (and biography) standing after the text: the known
    author's name repeated on a line of its own anywhere below the masthead, or a name
    among the last lines."""
    if _take_repeated_author(sorting):
        return
    lines = sorting.lines
    first_prose = sorting.first_prose()
    if first_prose is None:
        return
    known = sorting.value("author")
    if any(_take_signature(sorting, index, known) for index in _after_prose(sorting, first_prose)):
        return
    tail = [i for i in sorting.kept() if i > first_prose][-TAIL_LINES:]
    for position, index in enumerate(tail):
        name = lines[index].text
        rest = tail[position + 1 :]
        if is_name(name) and _is_author_block(name, rest, sorting, known):
            _take_author_block(sorting, index, rest)
            return
    if isinstance(known, str) and tail:
        _take_trailing_bio(sorting, tail[-1], known)


def _take_repeated_author(sorting: Sorting) -> bool:
    """The byline's names again on lines of their own below the text, each with the
    lines right below it (no blank line between) as the biography."""
    known = sorting.value("author")
    names = [known] if isinstance(known, str) else known if isinstance(known, list) else []
    kept = [i for i in sorting.kept() if i >= sorting.masthead_end]
    taken = False
    for position, index in enumerate(kept):
        if index in sorting.dropped:
            continue
        text = sorting.lines[index].text
        name = person_name(text)
        starts = [a for a in names if name.casefold().startswith(a.casefold() + " ")]
        if starts and len(words(text)) >= MIN_BIO_WORDS:  # "Jane Doe is a fellow at …"
            sorting.drop(index, "author-bio")
            sorting.record("author_bio", text, index)
            taken = True
            continue
        if not any(same_name(name, author) for author in names):
            continue
        sorting.drop(index, "author-name")
        bio: list[int] = []
        for later in kept[position + 1 : position + 1 + MAX_BIO_LINES]:
            if later != (bio[-1] if bio else index) + 1:  # the lines right below the name
                break
            if len(words(sorting.lines[later].text)) > MAX_BIO_WORDS:
                break
            bio.append(later)
        for later in bio:
            sorting.drop(later, "author-bio")
        if bio:
            text = " ".join(sorting.lines[i].text for i in bio)
            sorting.record("author_bio", text, bio[0])
        taken = True
    return taken


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


def _after_prose(sorting: Sorting, first_prose: int) -> list[int]:
    """The kept lines right after a paragraph of the text, where a signature stands."""
    kept = [i for i in sorting.kept() if i >= first_prose]
    return [later for index, later in pairwise(kept) if is_prose(sorting.lines[index].text)]


def _take_signature(sorting: Sorting, index: int, known: object) -> bool:
    """A wire's or a portal's signature below the text, a name and its role: the author
    (when the masthead named none, or named the same), the role their biography."""
    signed = signature(sorting.lines[index].text)
    if signed is None or not (
        known is None or (isinstance(known, str) and same_name(signed[0], known))
    ):
        return False
    sorting.drop(index, "author-name")
    if known is None:
        sorting.record("author", signed[0], index)
    sorting.record("author_bio", signed[1], index)
    return True


def _take_author_block(sorting: Sorting, index: int, rest: list[int]) -> None:
    name = sorting.lines[index].text
    sorting.drop(index, "author-name")
    sorting.record("author", name, index)
    bio: list[int] = []
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


# "Valerio Fabbri's Blog", "Le blog de Jean Dupont": a person's own blog, whose posts are
# theirs unless a byline names someone else.
_BLOG_OF = re.compile(
    r"^(?:(?P<owner>.+?)['’]s\s+(?:Blog|Weblog|Substack|Newsletter)"
    r"|(?:Le\s+|Il\s+|El\s+|O\s+)?[Bb]log\s+(?:de|di|del|do|da|von|of)\s+(?P<owner_after>.+?))$"
)


def blog_owner(publisher: str | None) -> str | None:
    """The person a blog is named for, when its name is a person's: the author of its posts
    that name no other."""
    found = _BLOG_OF.match(publisher.strip()) if publisher else None
    if found is None:
        return None
    owner = found.group("owner") or found.group("owner_after")
    return owner if is_name(owner) else None
