"""The co-mention network: actors as nodes, paragraphs that mention both as edges.

Nodes sit on a circle, grouped by kind and ordered by label, with labels running
outward along their radius: two labels then never cross while neighbours are a
line apart, the layout needs no iteration, and the same input gives the same
picture to the tenth of a unit.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from .. import urls
from ..model import ACTOR_KINDS, Actor
from ..weave import Briefing

FONT_SIZE = 12
NODE_GAP = 30.0  # arc between neighbours on the ring: a label line plus air
MIN_RING = 150.0
MIN_RADIUS, MAX_RADIUS = 4.0, 13.0
MIN_STROKE, MAX_STROKE = 0.75, 5.0
LABEL_GAP = 5.0
LABEL_CHARS = 22
CHAR_WIDTH = 0.6  # of the font size: a generous average for sans-serif labels
PADDING = 8.0
EDGE_LIMIT = 100  # lines drawn at most where the actors are limited: more is a hairball


@dataclass(frozen=True)
class NetworkNode:
    id: str
    name: str
    label: str  # what the drawing shows: the name, an acronym or a shortened name
    kind: str
    weight: int  # mentions across the briefing
    url: str
    x: float
    y: float
    radius: float
    label_x: float
    label_y: float
    label_anchor: str  # "start", "end" or "middle"
    label_angle: float  # degrees to rotate the label about (label_x, label_y)
    focus: bool = False

    @property
    def title(self) -> str:
        """The node's full name, led by its label when the label is no part of it."""
        shown = self.label.rstrip("…")
        return self.name if self.name.startswith(shown) else f"{self.label}: {self.name}"


@dataclass(frozen=True)
class NetworkEdge:
    a: str
    b: str
    weight: int  # paragraphs that mention both
    width: float  # stroke width
    bucket: int  # 1-4, for shading
    x1: float
    y1: float
    x2: float
    y2: float


@dataclass(frozen=True)
class Network:
    nodes: tuple[NetworkNode, ...]
    edges: tuple[NetworkEdge, ...]  # heaviest first; draw reversed to put them on top
    pairs: int  # pairs of these actors mentioned together, drawn or not
    width: float
    height: float
    focus: str | None = None
    font_size: int = FONT_SIZE
    nodes_by_id: dict[str, NetworkNode] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "nodes_by_id", {n.id: n for n in self.nodes})

    @property
    def view_box(self) -> str:
        return f"0 0 {self.width:g} {self.height:g}"

    @property
    def kinds(self) -> tuple[str, ...]:
        present = {n.kind for n in self.nodes}
        return tuple(k for k in ACTOR_KINDS if k in present)


def network(
    briefing: Briefing,
    focus: str | None = None,
    limit: int | None = 40,
    edge_limit: int | None = EDGE_LIMIT,
) -> Network:
    """The whole briefing's network, or the one around ``focus`` (None: no limit).

    Of the edges, the strongest ``edge_limit`` are drawn, and every edge of
    the focus actor.
    """
    mentions = briefing.mention_totals
    actors = briefing.gazetteer.actors_by_id
    if focus is None:
        ranked = sorted(mentions, key=lambda a: (-mentions[a], a))
        centre, ring = None, [actors[a] for a in ranked[:limit]]
    elif focus not in actors:
        raise ValueError(f"no actor {focus!r} in the gazetteer")
    else:
        partners = [a for a, _ in briefing.co_mentions.get(focus, ())][:limit]
        centre, ring = actors[focus], [actors[a] for a in partners]
    ring.sort(key=_kind_then_name)
    nodes, width, height = _layout(ring, centre, mentions)
    pairs = _pairs(briefing, nodes)
    edges = _edges(nodes, _strongest(pairs, focus, edge_limit), pairs[0][2] if pairs else 0)
    return Network(nodes, edges, len(pairs), width, height, focus)


def short_label(actor: Actor, chars: int = LABEL_CHARS) -> str:
    """A label that fits the drawing: the name, else an acronym alias, else a cut name."""
    if len(actor.name) <= chars:
        return actor.name
    acronyms = [a for a in actor.aliases if 2 <= len(a) <= 6 and a.isupper()]
    if acronyms:
        return min(acronyms, key=lambda a: (len(a), a))
    cut = actor.name[:chars].rsplit(" ", 1)[0].rstrip(" ,:;–-")
    return cut + "…"


def _kind_then_name(actor: Actor) -> tuple[int, str, str]:
    """Kinds form arcs of one colour; within one, the labels shown read alphabetically."""
    kind = ACTOR_KINDS.index(actor.kind) if actor.kind in ACTOR_KINDS else len(ACTOR_KINDS)
    return (kind, short_label(actor).casefold(), actor.id)


@dataclass(frozen=True)
class _Spot:
    """Where one actor goes, before the drawing is cropped to what it covers."""

    actor: Actor
    x: float
    y: float
    radius: float
    label_x: float
    label_y: float
    direction: float  # radians: the way the label runs from its anchor point
    anchor: str
    focus: bool = False

    def extent(self) -> tuple[float, float, float, float]:
        length = len(short_label(self.actor)) * FONT_SIZE * CHAR_WIDTH
        half = FONT_SIZE * 0.7
        if self.anchor == "middle":
            xs = (self.label_x - length / 2, self.label_x + length / 2)
            ys = (self.label_y - half, self.label_y + half)
        else:
            end_x = self.label_x + length * math.cos(self.direction)
            end_y = self.label_y + length * math.sin(self.direction)
            xs, ys = (self.label_x, end_x), (self.label_y, end_y)
        return (
            min(*xs, self.x - self.radius) - half,
            min(*ys, self.y - self.radius) - half,
            max(*xs, self.x + self.radius) + half,
            max(*ys, self.y + self.radius) + half,
        )


def _layout(
    ring: list[Actor], centre: Actor | None, mentions: dict[str, int]
) -> tuple[tuple[NetworkNode, ...], float, float]:
    everyone = [*ring, centre] if centre else ring
    heaviest = max((mentions.get(a.id, 0) for a in everyone), default=0)
    ring_radius = max(MIN_RING, len(ring) * NODE_GAP / (2 * math.pi))
    spots = []
    if centre is not None:
        radius = _node_radius(mentions.get(centre.id, 0), heaviest)
        label_y = radius + LABEL_GAP + FONT_SIZE * 0.8
        spots.append(_Spot(centre, 0.0, 0.0, radius, 0.0, label_y, 0.0, "middle", focus=True))
    for index, actor in enumerate(ring):
        angle = -math.pi / 2 + 2 * math.pi * index / len(ring)
        radius = _node_radius(mentions.get(actor.id, 0), heaviest)
        spots.append(_on_ring(actor, ring_radius, angle, radius))
    if not spots:
        return (), 2 * PADDING, 2 * PADDING
    extents = [spot.extent() for spot in spots]
    left, top = min(e[0] for e in extents), min(e[1] for e in extents)
    width = max(e[2] for e in extents) - left + 2 * PADDING
    height = max(e[3] for e in extents) - top + 2 * PADDING
    shift = (PADDING - left, PADDING - top)
    nodes = tuple(_node(spot, mentions, shift) for spot in spots)
    return nodes, float(math.ceil(width)), float(math.ceil(height))


def _on_ring(actor: Actor, ring_radius: float, angle: float, radius: float) -> _Spot:
    x, y = ring_radius * math.cos(angle), ring_radius * math.sin(angle)
    distance = ring_radius + radius + LABEL_GAP
    label_x, label_y = distance * math.cos(angle), distance * math.sin(angle)
    # On the left half the label is turned round to read left to right, ending at the node.
    anchor = "end" if math.cos(angle) < -1e-9 else "start"
    return _Spot(actor, x, y, radius, label_x, label_y, angle, anchor)


def _node(spot: _Spot, mentions: dict[str, int], shift: tuple[float, float]) -> NetworkNode:
    degrees = math.degrees(spot.direction) + (180 if spot.anchor == "end" else 0)
    return NetworkNode(
        id=spot.actor.id,
        name=spot.actor.name,
        label=short_label(spot.actor),
        kind=spot.actor.kind,
        weight=mentions.get(spot.actor.id, 0),
        url=urls.actor(spot.actor.id),
        x=_round(spot.x + shift[0]),
        y=_round(spot.y + shift[1]),
        radius=_round(spot.radius),
        label_x=_round(spot.label_x + shift[0]),
        label_y=_round(spot.label_y + shift[1]),
        label_anchor=spot.anchor,
        label_angle=_round(degrees),
        focus=spot.focus,
    )


def _node_radius(weight: int, heaviest: int) -> float:
    share = math.sqrt(weight / heaviest) if heaviest else 0.0
    return MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * share


def _pairs(briefing: Briefing, nodes: tuple[NetworkNode, ...]) -> list[tuple[str, str, int]]:
    """Each pair of the nodes mentioned together, with its weight, heaviest first."""
    rank = {n.id: (not n.focus, -n.weight, n.name.casefold(), n.id) for n in nodes}
    pairs = []
    for node in nodes:
        for other, weight in briefing.co_mentions.get(node.id, ()):
            if other in rank and rank[node.id] < rank[other]:
                pairs.append((node.id, other, weight))
    pairs.sort(key=lambda p: (-p[2], rank[p[0]], rank[p[1]]))
    return pairs


def _strongest(
    pairs: list[tuple[str, str, int]], focus: str | None, limit: int | None
) -> list[tuple[str, str, int]]:
    if limit is None or len(pairs) <= limit:
        return pairs
    spokes = sum(1 for a, _, _ in pairs if a == focus)  # the focus ranks first in a pair
    others = limit - spokes
    kept = []
    for pair in pairs:
        if pair[0] == focus:
            kept.append(pair)
        elif others > 0:
            kept.append(pair)
            others -= 1
    return kept


def _edges(
    nodes: tuple[NetworkNode, ...], pairs: list[tuple[str, str, int]], heaviest: int
) -> tuple[NetworkEdge, ...]:
    by_id = {n.id: n for n in nodes}
    return tuple(_edge(by_id[a], by_id[b], weight, heaviest) for a, b, weight in pairs)


def _edge(a: NetworkNode, b: NetworkNode, weight: int, heaviest: int) -> NetworkEdge:
    share = math.sqrt(weight / heaviest)
    return NetworkEdge(
        a=a.id,
        b=b.id,
        weight=weight,
        width=_round(MIN_STROKE + (MAX_STROKE - MIN_STROKE) * share),
        bucket=1 + min(3, int(4 * share)),
        x1=a.x,
        y1=a.y,
        x2=b.x,
        y2=b.y,
    )


def _round(value: float) -> float:
    return round(value, 1) + 0.0  # + 0.0 turns -0.0 into 0.0
