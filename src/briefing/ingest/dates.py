"""Date lines: a short line that states a full date and nothing but labels around it.

A date is found by its shape (day, month and year in the common written and
numeric forms) and read by dateparser, which knows month names in every language
a briefing meets. A numeric date's order is the page's: month first on an English
page ("03/14/2023"), day first elsewhere ("14.03.2023", "05/06/2020" = 5 June);
a part over 12 settles it either way.
"""

# ruff: noqa: SIM905 - word lists read better as words

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

_YEAR = r"(?:1[89]\d\d|20\d\d)"
_MONTH_WORD = r"[^\W\d_]{3,}\.?"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])"
_ORDINAL = r"(?:st|nd|rd|th|er|e|º|°)?\.?"
_YEAR_WORD = r"(?:\s*-?\s*(?:жылғы|жылы|жыл|yil|yilning)\.?)?"  # "2015 жылғы", "2015-yil"
_SHAPES = (
    # 17 June 2015, 17. Juni 2015, 17 de junio de 2015, 1st of June 2021, 17 июня 2015 г.
    rf"(?<!\d){_DAY}{_ORDINAL}\s*(?:de\s+|of\s+)?{_MONTH_WORD},?\s*(?:de\s+)?{_YEAR}(?!\d)",
    # June 17, 2015; Jun. 5th 2020; Jun 17 , 2015
    rf"{_MONTH_WORD}\s+{_DAY}{_ORDINAL}\s*,?\s+{_YEAR}(?!\d)",
    # 2015-06-17, 2015/06/17
    rf"(?<!\d){_YEAR}[-/.](?:0?[1-9]|1[0-2])[-/.]{_DAY}(?!\d)",
    # 17.06.2015, 06/17/2015
    rf"(?<![\d./-])\d{{1,2}}[./-]\d{{1,2}}[./-]{_YEAR}(?![\d./-])",
    # 2015年6月17日
    rf"{_YEAR}年\d{{1,2}}月\d{{1,2}}日",
    # 2015 жылғы 17 маусым, 2015-yil 17-iyun: Kazakh and Uzbek put the year first
    rf"(?<!\d){_YEAR}{_YEAR_WORD}\s+{_DAY}(?:-|\s+){_MONTH_WORD}",
    # 17-iyun 2015, 17-iyun, 2015-yil
    rf"(?<!\d){_DAY}-{_MONTH_WORD},?\s*{_YEAR}(?:-?yil)?(?!\d)",
)
_DATE = re.compile("|".join(f"(?:{shape})" for shape in _SHAPES), re.IGNORECASE)
_NUMERIC = re.compile(r"(\d{1,4})([./-])(\d{1,2})\2(\d{1,4})")
_TIME = re.compile(
    r"\b\d{1,2}(?:[:.h]\d{2}|\s*h)(?:\s*(?:am|pm|a\.m\.|p\.m\.))?|\b\d{1,2}\s*(?:am|pm)\b"
    r"|\b(?:GMT|UTC|MSK|CET|CEST|EST|EDT|ET|PT|BST|ALMT|ORAT|UZT)(?:[+-]\d{1,2})?\b",
    re.IGNORECASE,
)
# Words that may stand around a publication date on its line, in the languages a
# briefing meets: labels, weekdays, "at", "on" …; anything else makes it a sentence.
_LABEL_WORDS = frozenset(
    """
    published posted date dated on at the first publication issued created time
    pubblicato il alle ore data del pubblicazione publié publiée le à h mis en ligne
    date de publication du veröffentlicht am um uhr datum stand erschienen erstellt
    publicado publicada el a las fecha de del опубликовано опубликован дата публикации в
    г года обновлено от monday tuesday wednesday thursday friday saturday sunday mon tue
    tues wed thu thur thurs fri sat sun lundi mardi mercredi jeudi vendredi samedi
    dimanche lun mar mer jeu ven sam dim montag dienstag mittwoch donnerstag freitag
    samstag sonntag mo di mi do fr sa so lunes martes miércoles jueves viernes sábado
    domingo lun mar mié jue vie sáb dom lunedì martedì mercoledì giovedì venerdì sabato
    domenica понедельник вторник среда четверг пятница суббота воскресенье пн вт ср чт
    пт сб вс segunda terça quarta quinta sexta sábado domingo feira жарияланды
    жарияланған жылғы жылы жыл күні уақыты yil yili sana soat chop etildi e'lon qilindi
    发布时间 发布日期 发表时间 时间 日期
    """.split()
)
# "来源：新华社": the agency a Chinese page credits, printed beside its date.
_CREDIT = re.compile(r"(?:来源|來源)[:：]\s*\S+")
# "(hib 183/2023)", "(No. 14)": a release's number beside its date.
_REFERENCE = re.compile(r"\((?=[^)]*\d)[^)]{1,30}\)")
MAX_DATE_LINE_CHARS = 120
MAX_DATE_LINE_WORDS = 20
MAX_OTHER_WORDS = 3  # label words beside the date ("Published on", "Updated at")
_WORD = re.compile(r"[^\W\d_]+")
# "modifié à 10h12", "updated 4:02 pm": a later time on the date's line changes nothing.
_LATER_EDIT = re.compile(
    r"(?:[,;|–—-]\s*|\s)(?:modifié|mis à jour|updated|last updated|aktualisiert|geändert|"
    r"actualizado|modificado|aggiornato|обновлено|изменено)\b.*$",
    re.IGNORECASE,
)


def parse_date_line(text: str, language: str = "en") -> dt.date | None:
    """The date a short line states, when all else on it is labels, a time or a weekday.

    A date inside prose ("On May 9, 2015, Russia staged…") is never taken.
    """
    if len(text) > MAX_DATE_LINE_CHARS or len(text.split()) > MAX_DATE_LINE_WORDS:
        return None
    found = _DATE.search(text)
    if found is None:
        return None
    rest = _LATER_EDIT.sub("", text[: found.start()] + " " + text[found.end() :])
    rest = _REFERENCE.sub(" ", rest)
    rest = _CREDIT.sub(" ", rest)
    rest = _TIME.sub(" ", rest)
    others = [w for w in _WORD.findall(rest.casefold()) if w not in _LABEL_WORDS]
    if others:
        return None
    if len(_WORD.findall(rest)) > MAX_OTHER_WORDS + 2:
        return None
    return read_date(found.group(0), language)


_YEAR_FIRST = re.compile(rf"(?P<year>{_YEAR}){_YEAR_WORD}\s+(?P<rest>.+)")
_MONTH_YEAR = re.compile(rf"(?:{_MONTH_WORD}|\d{{1,2}}[./])\s*{_YEAR}", re.IGNORECASE)


def is_month_year(text: str) -> bool:
    """'Mai 2022', 'June 2015', '05/2022': a month of a year and nothing else."""
    if not _MONTH_YEAR.fullmatch(text.strip()):
        return False
    import dateparser

    settings = {"REQUIRE_PARTS": ["month", "year"]}
    return dateparser.parse(text, settings=settings) is not None


def find_date(text: str, language: str = "en") -> tuple[int, int, dt.date] | None:
    """The first full date written in a text: its start, end and value."""
    for found in _DATE.finditer(text):
        value = read_date(found.group(0), language)
        if value is not None:
            return found.start(), found.end(), value
    return None


def read_date(text: str, language: str = "en") -> dt.date | None:
    """One date expression read: numeric ones by the page's order, others by dateparser
    (with the year last, where Kazakh and Uzbek put it first)."""
    numeric = _NUMERIC.fullmatch(text.strip())
    if numeric:
        return _numeric_date(numeric, language)
    year_first = _YEAR_FIRST.fullmatch(text.strip())
    if year_first:
        return parse_date(f"{year_first['rest']} {year_first['year']}")
    return parse_date(re.sub(r"(?<=\d)-?yil$", "", text.strip()))


def _numeric_date(found: re.Match[str], language: str) -> dt.date | None:
    first, separator, second, third = found.groups()
    if len(first) == 4:
        year, month, day = int(first), int(second), int(third)
    elif len(third) == 4:
        year = int(third)
        a, b = int(first), int(second)
        month_first = language == "en" and separator == "/"
        if a > 12 or b > 12:
            month_first = b > 12
        month, day = (a, b) if month_first else (b, a)
    else:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


@lru_cache(maxsize=512)
def parse_date(text: str) -> dt.date | None:
    """A full date (day, month and year) written in any language, or None."""
    if not re.search(_YEAR, text):
        return None
    import dateparser  # slow to import: only when a seed has a date-like line

    settings = {
        "REQUIRE_PARTS": ["day", "month", "year"],
        "RETURN_AS_TIMEZONE_AWARE": False,
        "PREFER_DATES_FROM": "past",
    }
    cleaned = re.sub(r"\s+г(?:\.|ода)?$", "", text.strip())
    cleaned = re.sub(r"\b(\d{1,2})(?:st|nd|rd|th)\b", r"\1", cleaned)
    cleaned = re.sub(r"\bof\b", " ", cleaned)
    parsed = dateparser.parse(cleaned, settings=settings)
    return parsed.date() if parsed else None
