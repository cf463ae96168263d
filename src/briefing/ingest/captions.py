"""Pictures' captions: the line standing right above a picture's credit or label."""

from __future__ import annotations

import re

from .rules import CREDIT_WORDS
from .shapes import words
from .sorting import Sorting

PICTURE_RULES = {"picture-label", "caption-credit", "image-file"}
# A photo credit, not a text's source ("Source:", "Источник:" also credit quotations).
PICTURE_CREDIT = re.compile(r"(?:Photo|Photos|Foto|Fotos|Фото|Image|Bild|Credit|Crédit)", re.I)
MAX_CAPTION_WORDS = 45


def drop_captions(sorting: Sorting) -> None:
    """A caption reads like a sentence; what gives it away is the credit or label on the
    very next line (no blank line between), as a copied figure prints them."""
    kept = set(sorting.kept())
    for index, name in sorted(sorting.dropped.items()):
        text = sorting.lines[index].text
        picture = (name in PICTURE_RULES and not _captioned(name, text)) or (
            name == "photo-credit" and PICTURE_CREDIT.match(text)
        )
        if not picture or index == 0:
            continue
        above = index - 1
        if above in kept and len(words(sorting.lines[above].text)) <= MAX_CAPTION_WORDS:
            sorting.drop(above, "caption")


# A credit line that opens with the credit ("Photo: AFP", "REUTERS/Jane Doe"), not
# with a caption of its own ("Queue at Tashkent airport. Photo by the author").
_CREDIT_FIRST = re.compile(
    rf"\(?\s*(?:{CREDIT_WORDS})"
    r"\b|(?:[A-ZÀ-ÞА-ЯЁ][\w.'’-]*\s?){1,4}/",
    re.IGNORECASE,
)


def _captioned(name: str, text: str) -> bool:
    """A caption ending in its credit is the caption itself: the line above is the text's."""
    return name == "caption-credit" and not _CREDIT_FIRST.match(text)
