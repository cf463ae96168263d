"""The network's layout and labels: a seeded spring layout, whole labels that do not collide."""

from __future__ import annotations

import math
import random
from itertools import combinations
from pathlib import Path

import pytest

from briefing.store import folder
from briefing.store.cache import KeptSprings
from briefing.views import network_layout
from briefing.views.network_labels import FONT_SIZE, LINE_HEIGHT, WRAP_WIDTH, text_width, wrap
from briefing.views.network_layout import FIT_WIDTH, PADDING, Dot, Layout, lay_out, springs_kept

LONG = "Joint Declaration on a Multipolar World and the Establishment of a New World Order"
NAMES = [
    "China",
    "Russia",
    "Central Asia",
    "Shanghai Cooperation Organisation",
    "United States",
    "Kazakhstan",
    "Belt and Road Initiative",
    "Eurasian Economic Union",
    "Collective Security Treaty Organization",
    "Vladimir Putin",
    "Ministry of Foreign Affairs of the Russian Federation",
    "Kyrgyzstan",
    "Xi Jinping",
    "Uzbekistan",
    "Tajikistan",
    "WWW MMM Wide Capitals",
    "Afghanistan",
    LONG,
    "India",
    "Pakistan",
    "Asian Infrastructure Investment Bank",
    "Russian Far East",
    "Persian Gulf",
    "Myanmar",
    "Xinjiang",
]


def _dense(count: int = 25, seed: int = 3) -> tuple[list[Dot], list[tuple[str, str, int]]]:
    """Nodes with real names, heaviest first, and many pairs of many weights."""
    rng = random.Random(seed)
    dots = [
        Dot(f"n{i:02}", NAMES[i], round(13 - 9 * i / count, 1), bold=i == 0) for i in range(count)
    ]
    links = [
        (a.id, b.id, rng.choice([1, 1, 2, 3, 8, 40]))
        for a, b in combinations(dots, 2)
        if rng.random() < 0.35 or a.id == "n00"
    ]
    return dots, links


def _boxes_overlap(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return min(a[2], b[2]) > max(a[0], b[0]) and min(a[3], b[3]) > max(a[1], b[1])


def _disc(layout: Layout, dot: Dot) -> tuple[float, float, float, float]:
    spot = layout.spots[dot.id]
    return (spot.x - dot.radius, spot.y - dot.radius, spot.x + dot.radius, spot.y + dot.radius)


def test_a_short_name_stays_on_one_line_and_a_long_one_wraps_whole() -> None:
    assert wrap("Xi Jinping") == ("Xi Jinping",)
    lines = wrap("Ministry of Foreign Affairs of the Russian Federation")
    assert (
        len(lines) == 2
        and " ".join(lines) == "Ministry of Foreign Affairs of the Russian Federation"
    )
    longest = wrap(LONG)
    assert " ".join(longest) == LONG and len(longest) == 3
    widths = [text_width(line) for line in longest]
    assert max(widths) <= WRAP_WIDTH * 1.3 and max(widths) - min(widths) < WRAP_WIDTH / 2


def test_a_word_longer_than_a_line_is_kept_whole() -> None:
    word = "Transcaspianinternationaltransportroute"
    assert text_width(word) > WRAP_WIDTH
    assert wrap(word) == (word,)
    assert wrap(f"{word} Act") in {(word, "Act"), (f"{word} Act",)}


def test_estimated_widths_grow_with_wide_letters_and_bold() -> None:
    assert text_width("WWW") > text_width("AAA") > text_width("aaa") > text_width("iii") > 0
    assert text_width("Russia", bold=True) > text_width("Russia")
    assert text_width("Ürümqi") == text_width("Urumqi")
    assert text_width("北京") == 2 * FONT_SIZE


def test_the_same_input_gives_the_same_rounded_layout_whatever_the_order_of_pairs() -> None:
    dots, links = _dense()
    first = lay_out(dots, links)
    assert lay_out(dots, list(reversed(links))) == first == lay_out(dots, links)
    for spot in first.spots.values():
        values = (spot.x, spot.y, spot.label.x, spot.label.y, *spot.label.box)
        assert all(value == round(value, 1) for value in values)
    assert first.width == math.ceil(first.width) and first.height == math.ceil(first.height)


def test_nodes_and_labels_lie_inside_the_drawing_with_a_margin() -> None:
    for count in (1, 2, 7, 25):
        dots, links = _dense(count)
        layout = lay_out(dots, links)
        assert len(layout.spots) == count
        for dot in dots:
            spot = layout.spots[dot.id]
            for left, top, right, bottom in (_disc(layout, dot), spot.label.box):
                assert left >= PADDING and top >= PADDING
                assert right <= layout.width - PADDING and bottom <= layout.height - PADDING
        assert layout.width <= FIT_WIDTH


def test_labels_keep_every_word_and_sit_beside_their_node() -> None:
    dots, links = _dense()
    layout = lay_out(dots, links)
    for dot in dots:
        label = layout.spots[dot.id].label
        assert " ".join(label.lines) == dot.name
        spot = layout.spots[dot.id]
        nearest = min(abs(spot.x - label.box[0]), abs(spot.x - label.box[2]), abs(spot.x - label.x))
        assert nearest <= dot.radius + 4
        assert label.box[1] - 4 <= spot.y + dot.radius and label.box[3] + 4 >= spot.y - dot.radius
        step = LINE_HEIGHT * FONT_SIZE
        assert label.baselines == tuple(
            round(label.y + step * i, 1) for i in range(len(label.lines))
        )
        assert label.anchor in {"start", "middle", "end"}


def test_no_label_covers_another_label_or_another_node() -> None:
    for seed in range(4):
        dots, links = _dense(seed=seed)
        layout = lay_out(dots, links)
        boxes = {dot.id: layout.spots[dot.id].label.box for dot in dots}
        for a, b in combinations(dots, 2):
            assert not _boxes_overlap(boxes[a.id], boxes[b.id]), (seed, a.name, b.name)
        for label_of, node in ((a, b) for a in dots for b in dots if a != b):
            assert not _boxes_overlap(boxes[label_of.id], _disc(layout, node)), (
                seed,
                label_of.name,
            )


def test_pairs_sharing_more_paragraphs_sit_closer() -> None:
    dots = [Dot(f"n{i}", f"Actor {i}", 5.0) for i in range(8)]
    ring = [(f"n{i}", f"n{(i + 1) % 8}", 1) for i in range(8)]
    layout = lay_out(dots, [*ring, ("n0", "n4", 60)])
    spots = layout.spots
    close = math.dist((spots["n0"].x, spots["n0"].y), (spots["n4"].x, spots["n4"].y))
    others = [
        math.dist((spots[a.id].x, spots[a.id].y), (spots[b.id].x, spots[b.id].y))
        for a, b in combinations(dots, 2)
        if {a.id, b.id} != {"n0", "n4"}
    ]
    assert close < sorted(others)[len(others) // 4]


def test_a_label_too_wide_for_any_canvas_still_lies_inside_the_drawing() -> None:
    word = "Pneumonoultramicroscopicsilicovolcanoconiosis" * 3
    dots = [Dot("a", word, 13.0), Dot("b", "B", 4.0), Dot("c", "C", 4.0)]
    layout = lay_out(dots, [("a", "b", 1), ("b", "c", 1)])
    box = layout.spots["a"].label.box
    assert layout.width > FIT_WIDTH and layout.spots["a"].label.lines == (word,)
    assert box[0] >= PADDING and box[2] <= layout.width - PADDING


def test_nothing_to_draw_is_an_empty_drawing() -> None:
    assert lay_out([], []) == Layout({}, 2 * PADDING, 2 * PADDING)


def test_a_kept_spring_layout_is_the_one_worked_out_and_is_not_worked_out_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dots, links = _dense()
    worked_out = network_layout._worked_out
    calls: list[int] = []
    monkeypatch.setattr(network_layout, "_worked_out",
                        lambda *args: calls.append(1) or worked_out(*args))  # fmt: skip
    fresh = lay_out(dots, links)
    with springs_kept(KeptSprings(tmp_path)):
        assert lay_out(dots, links) == fresh and len(calls) == 2
        assert lay_out(dots, list(reversed(links))) == fresh and len(calls) == 2
        other = lay_out(dots, links[1:])
        assert other != fresh and len(calls) == 3
    assert network_layout._kept is None  # only within the block
    with springs_kept(KeptSprings(tmp_path)):  # as the next build finds them
        assert lay_out(dots, links) == fresh and lay_out(dots, links[1:]) == other
    assert len(calls) == 3


def test_a_kept_layout_not_written_here_or_not_of_positions_is_worked_out_again(
    tmp_path: Path,
) -> None:
    kept = KeptSprings(tmp_path)
    kept.put("good", [(0.0, 1.0), (0.5, 0.25)])
    assert kept.get("good") == [(0.0, 1.0), (0.5, 0.25)]
    stored = tmp_path / folder.SPRINGS / "good"
    stored.write_bytes(b"\0" * 32 + stored.read_bytes()[32:])
    assert kept.get("good") is None and kept.get("absent") is None
    for bad in (b"[[0.5]]", b'[["x", 1]]', b"{}", b"not json", b"[[true, 1]]"):
        (tmp_path / folder.SPRINGS / "bad").write_bytes(folder.signed(bad))
        assert kept.get("bad") is None


def test_kept_layouts_are_let_go_once_they_are_many(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kept = KeptSprings(tmp_path)
    monkeypatch.setattr(KeptSprings, "MOST", 2)
    for key in ("a", "b"):
        kept.put(key, [(0.5, 0.5)])
    kept.prune()
    assert kept.get("a") == [(0.5, 0.5)]
    kept.put("c", [(0.5, 0.5)])
    kept.prune()
    assert kept.get("a") is None and kept.get("c") is None
    kept.prune()  # none kept: nothing to do
