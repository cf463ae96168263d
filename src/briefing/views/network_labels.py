"""How much room a label of the network drawing takes: its lines and their widths.

A label is an actor's whole name, never cut: a long one goes onto lines as
even as its words allow. Widths are estimated from DejaVu Sans, wider than the
fonts system-ui picks on most systems, so that the box estimated for a label
holds it as rendered.
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

FONT_SIZE = 12  # px, the drawing being shown at its natural size
LINE_HEIGHT = 1.2  # em from one baseline of a wrapped label to the next
ASCENT, DESCENT = 0.95, 0.25  # em above and below a baseline that a line's glyphs may reach
WRAP_WIDTH = 200.0  # px: a label wider than this goes onto lines about as wide, or less
BOLD = 1.16  # how much wider bold text runs

# Advance widths in em, by the narrowest class that holds DejaVu Sans's glyph.
_NARROW = frozenset(" 'ijlIJ,.’/:;|\\")
_SLIM = frozenset('f-()[]tr!"')
_WIDE = frozenset("mwMW%@")
_UPPER_SLIM = frozenset("SELFTPY")


@dataclass(frozen=True)
class LabelShape:
    lines: tuple[str, ...]
    bold: bool = False

    @property
    def width(self) -> float:
        return max(text_width(line, self.bold) for line in self.lines)

    @property
    def height(self) -> float:
        return ((len(self.lines) - 1) * LINE_HEIGHT + ASCENT + DESCENT) * FONT_SIZE


@cache  # the same names are drawn on many pages
def label_shape(name: str, bold: bool = False) -> LabelShape:
    return LabelShape(wrap(name, bold), bold)


@cache
def char_width(char: str) -> float:
    if char in _NARROW:
        return 0.34
    if char in _SLIM:
        return 0.42
    if char in _WIDE or unicodedata.east_asian_width(char) in "WF":
        return 1.0
    if char.isdigit() or char in _UPPER_SLIM or (char.isascii() and char.islower()):
        return 0.64
    base = unicodedata.normalize("NFD", char)[0]
    if base != char:
        return char_width(base)
    return 0.79


def text_width(text: str, bold: bool = False) -> float:
    """The width in px the text may take at the drawing's font size."""
    ems = sum(char_width(c) for c in text)
    return ems * FONT_SIZE * (BOLD if bold else 1.0)


def wrap(name: str, bold: bool = False) -> tuple[str, ...]:
    """The name on as few lines of about WRAP_WIDTH as its words allow, evenly filled."""
    words = name.split()
    count = min(len(words), math.ceil(text_width(name, bold) / WRAP_WIDTH))
    if count <= 1:
        return (" ".join(words),)

    @cache
    def widest(start: int, lines: int) -> tuple[float, tuple[int, ...]]:
        """The narrowest way to set words[start:] on this many lines, and where lines end."""
        if lines == 1:
            return text_width(" ".join(words[start:]), bold), (len(words),)
        options = []
        for end in range(start + 1, len(words) - lines + 2):
            rest, ends = widest(end, lines - 1)
            options.append((max(text_width(" ".join(words[start:end]), bold), rest), (end, *ends)))
        return min(options)

    ends = widest(0, count)[1]
    return tuple(" ".join(words[a:b]) for a, b in pairwise((0, *ends)))
