"""Where a network's nodes and labels go, in CSS pixels at the drawing's natural size.

A seeded spring layout (Fruchterman-Reingold, as networkx's spring_layout lays
it out) pulls actors together the more paragraphs they share, and is stretched
over a canvas sized for the number of nodes. Each label, whose room
network_labels estimates, takes the side of its node where it covers the least
of the labels placed before it, of the other nodes and of the space outside
the canvas. Where two still collide, their nodes are pushed apart and the
labels placed again, a few times over. The drawing is then cropped to what it
covers, with a margin; coordinates are rounded to a tenth of a pixel, so the
same input gives the same picture.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import combinations
from typing import Protocol

from .network_labels import ASCENT, FONT_SIZE, LINE_HEIGHT, LabelShape, label_shape

LABEL_GAP = 3.0  # px between a node and its label
CLEARANCE = 2.0  # px kept clear round a label, for its halo
AIR = 8.0  # px a label would rather keep from other nodes, so as to read as its own node's
PADDING = 6.0  # px between what is drawn and the edge of the drawing
AREA_PER_NODE = 15_000.0  # px² of canvas per node
ASPECT = 1.2  # width / height of the canvas
MIN_WIDTH, MAX_WIDTH = 300.0, 620.0  # px of canvas over which the nodes are spread
FIT_WIDTH, FIT_TRIES = 700.0, 4  # the width of the page's column, 44rem, less a little
SEED = 7
ITERATIONS = 50
SETTLED = 1e-4  # mean move below which the layout has settled
SPRING = (1, SEED, ITERATIONS, SETTLED)  # what a kept layout was worked out with
PASSES = 30

Box = tuple[float, float, float, float]  # left, top, right, bottom


@dataclass(frozen=True)
class Dot:
    """A node to place: its id, the name it is labelled with, its radius, bold or not."""

    id: str
    name: str
    radius: float
    bold: bool = False


@dataclass(frozen=True)
class Label:
    lines: tuple[str, ...]
    x: float
    y: float  # the first line's baseline
    anchor: str  # "start", "middle" or "end"
    box: Box  # where its glyphs may reach, by the estimate

    @property
    def baselines(self) -> tuple[float, ...]:
        step = LINE_HEIGHT * FONT_SIZE
        return tuple(_round(self.y + step * index) for index in range(len(self.lines)))


@dataclass(frozen=True)
class Spot:
    x: float
    y: float
    label: Label


@dataclass(frozen=True)
class Layout:
    spots: dict[str, Spot]
    width: float
    height: float


def lay_out(dots: Sequence[Dot], links: Sequence[tuple[str, str, int]]) -> Layout:
    """Nodes, heaviest first, and the pairs that pull them together with their weights.

    The drawing is at most FIT_WIDTH wide where it can be: when labels pushed
    out of the canvas make it wider, the nodes are spread again over a
    narrower, taller canvas.
    """
    if not dots:
        return Layout({}, 2 * PADDING, 2 * PADDING)
    width = min(MAX_WIDTH, max(MIN_WIDTH, math.sqrt(len(dots) * AREA_PER_NODE * ASPECT)))
    area = width * width / ASPECT
    spread = _spring(dots, links)
    shapes = [label_shape(d.name, d.bold) for d in dots]
    for _ in range(FIT_TRIES):
        layout = _arranged(dots, spread, shapes, (width, area / width))
        if layout.width <= FIT_WIDTH:
            break
        width = max(MIN_WIDTH, width - (layout.width - FIT_WIDTH + PADDING))
    return layout


def _arranged(
    dots: Sequence[Dot],
    spread: list[tuple[float, float]],
    shapes: list[LabelShape],
    size: tuple[float, float],
) -> Layout:
    """The spring layout stretched over a canvas of this size, its labels placed."""
    width, height = size
    margin = max(d.radius for d in dots) + PADDING
    centres = [
        (margin + x * (width - 2 * margin), margin + y * (height - 2 * margin)) for x, y in spread
    ]
    labels = _place_labels(dots, centres, shapes, size)
    for _ in range(PASSES):
        pushes = _pushes(dots, centres, labels)
        if not pushes:
            break
        centres = [(x + dx, y + dy) for (x, y), (dx, dy) in zip(centres, pushes, strict=True)]
        labels = _place_labels(dots, centres, shapes, size)
    return _cropped(dots, centres, shapes, labels)


class KeptSprings(Protocol):
    """Spring layouts worked out before, by the digest of what they were worked out from."""

    def get(self, key: str) -> list[tuple[float, float]] | None: ...

    def put(self, key: str, spots: list[tuple[float, float]]) -> None: ...


_kept: KeptSprings | None = None


@contextmanager
def springs_kept(kept: KeptSprings | None) -> Iterator[None]:
    """Within the block, spring layouts are taken from ``kept`` when worked out before,
    and kept there when not: an edit's rebuild draws mostly the same networks again, and
    working one out first imports numpy, a tenth of a second of each process drawing one.
    """
    global _kept
    before, _kept = _kept, kept
    try:
        yield
    finally:
        _kept = before


def _spring(
    dots: Sequence[Dot], links: Sequence[tuple[str, str, int]]
) -> list[tuple[float, float]]:
    """Positions from 0 to 1 on each axis; pairs sharing more paragraphs sit closer."""
    if len(dots) == 1:
        return [(0.5, 0.5)]
    if _kept is None:
        return _worked_out(dots, links)
    key = hashlib.sha256(repr(([d.id for d in dots], sorted(links), SPRING)).encode()).hexdigest()
    spots = _kept.get(key)
    if spots is None or len(spots) != len(dots):
        spots = _worked_out(dots, links)
        _kept.put(key, spots)
    return spots


def _worked_out(
    dots: Sequence[Dot], links: Sequence[tuple[str, str, int]]
) -> list[tuple[float, float]]:
    """The spring layout of these nodes and links, scaled to 0-1 on each axis.

    The Fruchterman-Reingold layout of networkx's spring_layout (3.x), step for
    step and from the same seeded start, so it places nodes where networkx did;
    written out here because importing networkx took 0.07 s of every process
    that draws a network, a third of what an edit's rebuild spent on its home page.
    """
    import numpy  # here, not at the top: it takes a tenth of a second to import

    place = {dot.id: number for number, dot in enumerate(dots)}
    pulls = numpy.zeros((len(dots), len(dots)))
    # The log keeps one pair sharing a hundred paragraphs from pulling its actors into one.
    for a, b, shared in links:
        pulls[place[a], place[b]] = pulls[place[b], place[a]] = 1.0 + math.log(shared)
    spots = numpy.random.RandomState(SEED).rand(len(dots), 2)
    ideal = math.sqrt(1.0 / len(dots))  # the distance two nodes settle at
    step = float(max(numpy.ptp(spots[:, 0]), numpy.ptp(spots[:, 1]))) * 0.1
    cooling = step / (ITERATIONS + 1)
    for _ in range(ITERATIONS):
        apart = spots[:, numpy.newaxis, :] - spots[numpy.newaxis, :, :]
        distance = numpy.clip(numpy.linalg.norm(apart, axis=-1), 0.01, None)
        forces = ideal * ideal / distance**2 - pulls * distance / ideal
        push = numpy.einsum("ijk,ij->ik", apart, forces)
        length = numpy.clip(numpy.linalg.norm(push, axis=-1), 0.01, None)
        moves = numpy.einsum("ij,i->ij", push, step / length)
        spots += moves
        step -= cooling
        if numpy.linalg.norm(moves) / len(dots) < SETTLED:
            break
    xs = [float(x) for x in spots[:, 0]]
    ys = [float(y) for y in spots[:, 1]]
    return list(zip(_unit(xs), _unit(ys), strict=True))


def _unit(values: list[float]) -> list[float]:
    low, high = min(values), max(values)
    if high - low < 1e-9:
        return [0.5] * len(values)
    return [(v - low) / (high - low) for v in values]


def _candidates(x: float, y: float, radius: float, shape: LabelShape) -> list[tuple[Box, str]]:
    """Boxes round a node, most preferred first: right, left, below, above, the corners."""
    w, h = shape.width, shape.height
    near = radius + LABEL_GAP
    corner = radius * 0.7 + LABEL_GAP
    return [
        ((x + near, y - h / 2, x + near + w, y + h / 2), "start"),
        ((x - near - w, y - h / 2, x - near, y + h / 2), "end"),
        ((x - w / 2, y + near, x + w / 2, y + near + h), "middle"),
        ((x - w / 2, y - near - h, x + w / 2, y - near), "middle"),
        ((x + corner, y - corner - h, x + corner + w, y - corner), "start"),
        ((x + corner, y + corner, x + corner + w, y + corner + h), "start"),
        ((x - corner - w, y - corner - h, x - corner, y - corner), "end"),
        ((x - corner - w, y + corner, x - corner, y + corner + h), "end"),
    ]


def _overlap(a: Box, b: Box) -> float:
    width = min(a[2], b[2]) - max(a[0], b[0])
    height = min(a[3], b[3]) - max(a[1], b[1])
    return width * height if width > 0 and height > 0 else 0.0


def _grown(box: Box, by: float) -> Box:
    return (box[0] - by, box[1] - by, box[2] + by, box[3] + by)


def _disc(x: float, y: float, radius: float) -> Box:
    return (x - radius, y - radius, x + radius, y + radius)


def _outside(box: Box, size: tuple[float, float]) -> float:
    inside = _overlap(box, (0.0, 0.0, *size))
    return (box[2] - box[0]) * (box[3] - box[1]) - inside


def _place_labels(
    dots: Sequence[Dot],
    centres: list[tuple[float, float]],
    shapes: list[LabelShape],
    size: tuple[float, float],
) -> list[tuple[Box, str]]:
    """Each label's box and anchor, chosen in the nodes' order, heaviest first."""
    discs = [_grown(_disc(x, y, d.radius), AIR) for d, (x, y) in zip(dots, centres, strict=True)]
    placed: list[tuple[Box, str]] = []
    taken: list[Box] = []  # the labels placed so far, with their clearance
    for index, (dot, (x, y)) in enumerate(zip(dots, centres, strict=True)):
        candidates = _candidates(x, y, dot.radius, shapes[index])
        # Every candidate lies within this box: what it cannot reach costs nothing.
        reach = _grown(
            _union(candidates[0][0], candidates[1][0]), shapes[index].height + dot.radius
        )
        others = [disc for other, disc in enumerate(discs) if other != index] + taken
        near = _overlapping(others, reach)
        best, best_cost = None, math.inf
        for rank, (box, anchor) in enumerate(candidates):
            cost = _covered(box, near) * 4
            cost += _outside(box, size) + rank * 0.5
            if cost < best_cost:
                best, best_cost = (box, anchor), cost
        assert best is not None
        placed.append(best)
        taken.append(_grown(best[0], CLEARANCE))
    return placed


# _overlap over many boxes, written out: label placement calls it a million times in a
# build of a few hundred articles, where the calls cost more than the sums.
def _overlapping(boxes: list[Box], box: Box) -> list[Box]:
    """The boxes that overlap ``box``."""
    left, top, right, bottom = box
    return [
        other
        for other in boxes
        if (right if right < other[2] else other[2]) - (left if left > other[0] else other[0]) > 0
        and (bottom if bottom < other[3] else other[3]) - (top if top > other[1] else other[1]) > 0
    ]


def _covered(box: Box, boxes: list[Box]) -> float:
    """sum(_overlap(box, other) for other in boxes), the same sum in the same order."""
    left, top, right, bottom = box
    total = 0.0
    for other_left, other_top, other_right, other_bottom in boxes:
        width = (right if right < other_right else other_right) - (
            left if left > other_left else other_left
        )
        if width > 0:
            height = (bottom if bottom < other_bottom else other_bottom) - (
                top if top > other_top else other_top
            )
            if height > 0:
                total += width * height
    return total


def _pushes(
    dots: Sequence[Dot], centres: list[tuple[float, float]], labels: list[tuple[Box, str]]
) -> list[tuple[float, float]]:
    """How far to move each node so that labels clear each other and the other nodes.

    Empty when nothing collides.
    """
    discs = [_disc(x, y, d.radius) for d, (x, y) in zip(dots, centres, strict=True)]
    near = [_grown(box, CLEARANCE / 2) for box, _ in labels]  # two of these keep CLEARANCE
    far = [_grown(box, CLEARANCE) for box, _ in labels]
    shapes = [
        _grown(_union(box, disc), CLEARANCE / 2)
        for (box, _), disc in zip(labels, discs, strict=True)
    ]
    moves = [[0.0, 0.0] for _ in dots]
    collided = False
    for i, j in combinations(range(len(dots)), 2):
        if not (
            _overlap(near[i], near[j]) or _overlap(far[i], discs[j]) or _overlap(far[j], discs[i])
        ):
            continue
        collided = True
        a, b = shapes[i], shapes[j]
        across = min(a[2], b[2]) - max(a[0], b[0])
        down = min(a[3], b[3]) - max(a[1], b[1])
        axis = 0 if across < down else 1
        depth = (across if axis == 0 else down) / 2 + 0.5
        sign = 1.0 if (a[axis] + a[axis + 2]) <= (b[axis] + b[axis + 2]) else -1.0
        moves[i][axis] -= sign * depth
        moves[j][axis] += sign * depth
    return [(dx, dy) for dx, dy in moves] if collided else []


def _union(a: Box, b: Box) -> Box:
    return (min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3]))


def _cropped(
    dots: Sequence[Dot],
    centres: list[tuple[float, float]],
    shapes: list[LabelShape],
    labels: list[tuple[Box, str]],
) -> Layout:
    covered = [
        _union(_grown(box, CLEARANCE), _disc(x, y, d.radius))
        for d, (x, y), (box, _) in zip(dots, centres, labels, strict=True)
    ]
    left = min(b[0] for b in covered) - PADDING
    top = min(b[1] for b in covered) - PADDING
    width = math.ceil(max(b[2] for b in covered) - left + PADDING)
    height = math.ceil(max(b[3] for b in covered) - top + PADDING)
    spots = {}
    for dot, (x, y), shape, (box, anchor) in zip(dots, centres, shapes, labels, strict=True):
        moved = (box[0] - left, box[1] - top, box[2] - left, box[3] - top)
        spots[dot.id] = Spot(_round(x - left), _round(y - top), _label(shape, moved, anchor))
    return Layout(spots, float(width), float(height))


def _label(shape: LabelShape, box: Box, anchor: str) -> Label:
    x = {"start": box[0], "middle": (box[0] + box[2]) / 2, "end": box[2]}[anchor]
    y = box[1] + ASCENT * FONT_SIZE
    rounded = (_round(box[0]), _round(box[1]), _round(box[2]), _round(box[3]))
    return Label(shape.lines, _round(x), _round(y), anchor, rounded)


def _round(value: float) -> float:
    return round(value, 1) + 0.0  # + 0.0 turns -0.0 into 0.0
