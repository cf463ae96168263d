"""Date lines: a short line that is a date and nothing else, in any common form."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

_YEAR = re.compile(r"(?<!\d)(?:1[89]\d\d|20\d\d)(?!\d)")
_PUBLISHED_LABEL = re.compile(
    r"^(?:published|posted|date|dated|pubblicato|publié|publiée|veröffentlicht|publicado|"
    r"publicada|опубликовано|дата)(?:\s+(?:on|il|le|am|el|em))?\s*:?\s*",
    re.IGNORECASE,
)
# Day first for numeric dates (17.06.2015, 17/06/2015): the order of most of the world.
_NUMERIC_DAY_FIRST = re.compile(r"^\d{1,2}[./]\d{1,2}[./]\d{4}\b")
MAX_DATE_LINE_CHARS = 60
MAX_DATE_LINE_WORDS = 10


def parse_date_line(text: str) -> dt.date | None:
    """The date a line states, when the whole line (less a 'Published:' label) is a date.

    A date inside prose ("On May 9, 2015, Russia staged…") is never taken: the
    line must be short and dateparser must read all of it as one full date.
    """
    if len(text) > MAX_DATE_LINE_CHARS or len(text.split()) > MAX_DATE_LINE_WORDS:
        return None
    if not _YEAR.search(text):
        return None
    return parse_date(_PUBLISHED_LABEL.sub("", text, count=1))


@lru_cache(maxsize=512)
def parse_date(text: str) -> dt.date | None:
    """A full date (day, month and year) written in any language, or None."""
    if not _YEAR.search(text):
        return None
    import dateparser  # slow to import: only when a seed has a date-like line

    settings = {
        "REQUIRE_PARTS": ["day", "month", "year"],
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    if _NUMERIC_DAY_FIRST.match(text):
        settings["DATE_ORDER"] = "DMY"
    parsed = dateparser.parse(text, settings=settings)
    return parsed.date() if parsed else None
