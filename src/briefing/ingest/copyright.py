"""The site a page's copyright line names, below its text: the page's publisher when
the page states no other."""

from __future__ import annotations

import re

from .sorting import Sorting

_SIGN = r"(?:©|\(c\)|Copyright\b)"
_MARK = re.compile(rf"(?P<before>.*?){_SIGN}\s*(?P<after>.*)", re.I)
_MARKS = re.compile(rf"^(?:{_SIGN}\s*)+", re.I)
_YEARS = re.compile(r"\b(?:19|20)\d\d(?:\s*[–—-]\s*(?:19|20)\d\d)?\b")
_RIGHTS = re.compile(
    r"\s*[.,|–—-]?\s*(?:All rights reserved|Tous droits réservés|Alle Rechte vorbehalten|"
    r"Todos los derechos reservados|Tutti i diritti riservati|Все права защищены|"
    r"Барлық құқық(?:тар)? қорғалған|Barcha huquqlar himoyalangan|Бардык укуктар корголгон|"
    r"Ҳамаи ҳуқуқҳо ҳифз шудаанд|版权所有)\b.*",
    re.I,
)
MAX_HOLDER_WORDS = 6


def copyright_holder(sorting: Sorting) -> str | None:
    """The holder the first copyright line below the article's last line names, whatever
    block took that line (a comments block may run to the page's end)."""
    kept = sorting.kept()
    last = kept[-1] if kept else -1
    for line in sorting.lines[last + 1 :]:
        holder = holder_named(line.text) if line.text else None
        if holder:
            return holder
    return None


def holder_named(line: str) -> str | None:
    """ "© 2005–2024 Kaktus.media. Все права защищены." names Kaktus.media; a newsletter's
    "Steppe Signals © 2023 Owen Kessler" names what stands before the mark. A bare
    "© Reuters", with no year and no rights reserved, is a picture's credit: None."""
    found = _MARK.fullmatch(line.strip())
    if found is None:
        return None
    before = found["before"].strip(" |·–—-")
    after = _MARKS.sub("", found["after"])
    stated = bool(before or _YEARS.search(after) or _RIGHTS.search(after))
    after = _RIGHTS.sub("", _YEARS.sub("", after)).strip(" .,|·–—-")
    holder = before or re.split(r"\.\s|\s[|·–—-]\s", after)[0].strip(" .")
    if holder.startswith("«") and holder.endswith("»") and holder.count("«") == 1:
        holder = holder[1:-1]  # "«Азия-Плюс»"
    sized = 0 < len(holder.split()) <= MAX_HOLDER_WORDS and holder[:1].isupper()
    return holder if stated and sized else None
