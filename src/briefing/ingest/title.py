"""The headline: chosen among the lines above the text by how headlines look and sit.

Every kept line above the first paragraph is a candidate. A headline is a line of
several words, starting with a capital, standing just above the date, byline or
standfirst; it often repeats in the crumb trail and agrees with the words of the
page's address. Section labels are short; menus run capitalised words together or
split them with separators; a site's name comes back in its footer or address.
Offers and sign-in boxes never reach this far: the rules table drops them.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from ..errors import BriefingError
from .reading import Seed
from .shapes import is_name, is_prose, is_wrapped_paragraph, sentence_count_is_one, words
from .sorting import Sorting

HEADER_METADATA_RULES = {"date-line", "byline", "author-line", "author-label", "meta-line"}
# What a site prints above every page: its name and tagline stand above these.
CHROME_RULES = {"menu", "skip-link", "language-picker", "crumbs", "offer", "search"}
MIN_BODY_WORDS = 15  # the text's first paragraph: not a one-line sentence of furniture
MIN_MENU_RUN = 3
MIN_HEADLINE_SCORE = -2.0  # below: a menu, a site's name or an address, not a headline
MIN_SUBSTANTIAL_WORDS = 5  # a kicker ("Coronavirus en Asia Central") is shorter
MAX_MENU_LABEL_WORDS = 12
MAX_MENU_ITEM_WORDS = 4
MAX_STANDFIRST_TITLE_WORDS = 30
MARKDOWN_TITLE = re.compile(r"^#\s+(?P<title>\S.*?)\s*#*$")
_MENU_WORDS = re.compile(
    r"\b(?:menu|search|skip to|home|sections?|login|log in|sign in|newsletters?|"
    r"accueil|rubriques|rechercher|startseite|suche|inicio|buscar|secciones|главная|поиск|"
    r"меню|разделы)\b",
    re.IGNORECASE,
)
# "Dossier: …", "Thema: …": a section's label before its name, above the headline.
_LABELLED = re.compile(r"^[^\W\d_]{2,12}\s?:\s")
MAX_LABELLED_WORDS = 8
_SEPARATORS = re.compile(r"\s[|›»>/•·]\s|\s\|\s?|\s?\|\s")
_SITE_SUFFIX = re.compile(r"\.(?:com|org|net|info|ru|kz|uz|kg|tj|de|fr|es|it|eu|io|co)\b", re.I)


def find_title(seed: Seed, sorting: Sorting, stated: str | None = None) -> str:
    """Mark the headline line as the title; lines above it are section labels."""
    first_prose = _body_start(sorting)
    head = [i for i in sorting.kept() if i < first_prose]
    index = _stated_line(sorting, head, stated) if stated else None
    if index is None and not stated:
        index = _markdown_title(sorting) or _best_headline(seed, sorting, head, first_prose)
    if index is None and not stated:
        index = _standfirst(sorting, first_prose)
    if index is None:
        if stated:
            return stated
        raise BriefingError(
            "no title found: put the headline on a line of its own at the top, "
            "e.g. '# The headline'",
            seed.path,
            1,
        )
    for earlier in head:
        if earlier < index:
            sorting.drop(earlier, "section-label")
    sorting.drop(index, "title")
    return stated or _title_text(sorting.lines[index].text)


def drop_repeated_title(sorting: Sorting, title: str) -> None:
    """The headline printed again (beside a player, above a share box) is not text."""
    wanted = " ".join(words(title)).casefold()
    for index in sorting.kept():
        if sorting.lines[index].text.casefold() == wanted:
            sorting.drop(index, "title")


def _body_start(sorting: Sorting) -> int:
    """The first paragraph of the text: a hard-wrapped run, or a line of prose long enough
    not to be a headline or an appeal that ends like a sentence."""
    for run in sorting.runs():
        if is_wrapped_paragraph([sorting.lines[i].text for i in run]):
            return run[0]
        for index in run:
            text = sorting.lines[index].text
            if is_prose(text) and len(words(text)) >= MIN_BODY_WORDS:
                return index
    first = sorting.first_prose()
    return len(sorting.lines) if first is None else first


def _title_text(text: str) -> str:
    found = MARKDOWN_TITLE.match(text)
    return found.group("title") if found else text


def _stated_line(sorting: Sorting, head: list[int], stated: str) -> int | None:
    wanted = " ".join(words(stated)).casefold()
    return next((i for i in head if sorting.lines[i].text.casefold() == wanted), None)


def _markdown_title(sorting: Sorting) -> int | None:
    """A '# Title' line at the top of a seed is its headline, by the researcher's word."""
    kept = sorting.kept()
    first = kept[0] if kept else None
    if first is not None and MARKDOWN_TITLE.match(sorting.lines[first].text):
        return first
    return None


def _best_headline(seed: Seed, sorting: Sorting, head: list[int], first_prose: int) -> int | None:
    if not head:
        return None
    context = _Context(seed, sorting, head, first_prose)
    scored = [(context.score(i), i) for i in head]  # on a tie, the later: nearer the text
    best_score, best = max(scored)
    return best if best_score > MIN_HEADLINE_SCORE else None


class _Context:
    """What the page says around the candidates: the metadata line, the address, the
    lines a site name or headline would repeat in."""

    def __init__(self, seed: Seed, sorting: Sorting, head: list[int], first_prose: int):
        self.sorting = sorting
        self.head = head
        self.metadata = sorting.first_dropped_by(HEADER_METADATA_RULES)
        self.anchors = {
            _nearest_above(head, self.metadata),
            _nearest_above(head, first_prose),
        } - {None}
        url = sorting.value("source_url") or sorting.value("site_url")
        self.slug_words = _slug_words(url)
        self.site = _host(url)
        self.elsewhere = [
            line.text.casefold() for i, line in enumerate(seed.lines) if line.text and i not in head
        ]
        self.menus = _vertical_menus(sorting, head)
        chrome = [i for i, name in sorting.dropped.items() if name in CHROME_RULES]
        chrome += list(self.menus)
        # The site's header ends above the date or byline: chrome below it is the page's.
        last = self.metadata if self.metadata is not None else (head[-1] if head else 0)
        self.header_end = max((i for i in chrome if i < last), default=-1)
        self.first_substantial = next(
            (i for i in head if i > self.header_end and self._substantial(i)), None
        )

    def below_metadata(self, index: int) -> bool:
        """Below the date or byline, with a candidate above it: a subtitle, not the headline."""
        first = self.metadata
        if first is None or index < first:
            return False
        return any(self.header_end < i < first for i in self.head)

    def _substantial(self, index: int) -> bool:
        text = self.sorting.lines[index].text
        long_enough = len(words(text)) >= MIN_SUBSTANTIAL_WORDS
        return long_enough and not is_name(text) and not _in_capitals(text)

    def score(self, index: int) -> float:
        text = self.sorting.lines[index].text
        count = len(words(text))
        score = 2.0 if 5 <= count <= 22 else 1.0 if 3 <= count <= 28 else -1.0
        score -= 1.0 if count == 1 else 0.0
        score += 3.0 if index == self.first_substantial else 0.0
        score += 2.0 if index in self.anchors else 0.0
        score += 1.0 if text[0].isupper() or text[0].isdigit() else -2.0
        score -= 3.0 if text.endswith(":") else 2.0 if text.endswith(("…", "...")) else 0.0
        score -= 6.0 if self._is_menu(text, count) or index in self.menus else 0.0
        score -= 5.0 if index < self.header_end else 0.0
        score -= 2.0 if is_name(text) else 0.0
        score -= 3.0 if _in_capitals(text) else 0.0
        score -= 2.0 if _LABELLED.match(text) and count <= MAX_LABELLED_WORDS else 0.0
        score -= 2.0 if self.below_metadata(index) else 0.0
        score -= 6.0 if self._is_site_name(text) else 0.0
        score += 3.0 if self._repeated_inside(text) else 0.0
        score += 4.0 if self._agrees_with_address(text) else 0.0
        return score

    def _is_menu(self, text: str, count: int) -> bool:
        menu_words = _MENU_WORDS.search(text) and count <= MAX_MENU_LABEL_WORDS
        return bool(menu_words) or len(_SEPARATORS.findall(text)) >= 2

    def _is_site_name(self, text: str) -> bool:
        folded = text.casefold()
        squeezed = re.sub(r"[\W_]+", "", folded)
        if _SITE_SUFFIX.search(text) or (self.site and squeezed and squeezed == self.site):
            return True
        return len(words(text)) <= 5 and any(
            folded in line and ("©" in line or "copyright" in line) for line in self.elsewhere
        )

    def _repeated_inside(self, text: str) -> bool:
        folded = text.casefold()
        return len(folded) >= 15 and any(
            folded in line and line != folded for line in self.elsewhere
        )

    def _agrees_with_address(self, text: str) -> bool:
        if not self.slug_words:
            return False
        mine = {w for w in re.findall(r"\w+", text.casefold()) if len(w) > 2}
        return len(mine & self.slug_words) >= max(2, len(self.slug_words) // 2)


def _in_capitals(text: str) -> bool:
    """Set in capitals: a text copy keeps capitals typed as such, which labels and
    sites' names are; a headline's capitals come from styling, lost in the copy."""
    letters = [c for c in text if c.isalpha()]
    return len(words(text)) >= 2 and len(letters) >= 4 and all(c.isupper() for c in letters)


def _vertical_menus(sorting: Sorting, head: list[int]) -> set[int]:
    """Lines of a menu copied one item to a line: three or more short lines in a row.
    A longer line ends the run: a section label, the headline, then its author's name
    and role ("Мнения", the headline, "Ержан Абилов", "политолог") are no menu."""
    menus: set[int] = set()
    for run in sorting.runs():
        items = [i for i in run if i in head]
        stretch: list[int] = []
        for index in [*items, -1]:
            if index >= 0 and len(words(sorting.lines[index].text)) <= MAX_MENU_ITEM_WORDS:
                stretch.append(index)
                continue
            if len(stretch) >= MIN_MENU_RUN:
                menus.update(stretch)
            stretch = []
    return menus


def _nearest_above(head: list[int], limit: int | None) -> int | None:
    """The candidate standing closest above a line (the date, the text): a headline's place."""
    if limit is None:
        return None
    above = [i for i in head if i < limit]
    return above[-1] if above else None


def _slug_words(url: object) -> set[str]:
    if not isinstance(url, str):
        return set()
    path = urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1]
    path = re.sub(r"\.\w{2,5}$", "", path)
    return {w for w in re.split(r"[-_+.]", path.casefold()) if len(w) > 2 and not w.isdigit()}


def _host(url: object) -> str:
    if not isinstance(url, str):
        return ""
    host = (urlsplit(url).hostname or "").removeprefix("www.")
    return re.sub(r"[\W_]+", "", host.rsplit(".", 1)[0])


def _standfirst(sorting: Sorting, first_prose: int) -> int | None:
    """With no headline, a short opening sentence standing alone on its line is the title."""
    if first_prose >= len(sorting.lines) or first_prose not in sorting.kept():
        return None
    text = sorting.lines[first_prose].text
    if len(words(text)) > MAX_STANDFIRST_TITLE_WORDS or not sentence_count_is_one(text):
        return None
    return first_prose
