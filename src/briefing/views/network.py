"""The co-mention network: actors as nodes, paragraphs that mention both as edges.

A network has two parts. The drawing shows at most ``DRAWN`` actors (the most
mentioned, or round one actor those that share the most paragraphs with it),
laid out by network_layout so that every label can be read at its natural
size. The tables list every actor of the network and its pairs, drawn or not.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field

from .. import urls
from ..model import ACTOR_KINDS, Actor, Briefing
from .network_labels import FONT_SIZE
from .network_layout import Dot, Layout, lay_out

DRAWN = 25  # actors drawn at most: more and the labels no longer fit a readable drawing
EDGE_LIMIT = 60  # lines drawn at most, besides those of the focus actor: more is a hairball
MIN_RADIUS, MAX_RADIUS = 4.0, 13.0
PHONE_COLUMN = 328  # px a page's column is wide on a 360 px phone
MIN_STROKE, MAX_STROKE = 0.75, 5.0

Pair = tuple[str, str, int]  # two actors, better ranked first, and the paragraphs they share


@dataclass(frozen=True)
class NetworkActor:
    """An actor of the network as its table lists it, drawn or not."""

    id: str
    name: str
    kind: str
    weight: int  # mentions across the briefing; round a focus, paragraphs shared with it
    url: str
    drawn: bool
    focus: bool = False


@dataclass(frozen=True)
class NetworkPair:
    a: str
    b: str
    weight: int  # paragraphs that mention both


@dataclass(frozen=True)
class NetworkNode:
    id: str
    name: str
    kind: str
    weight: int  # as its NetworkActor's
    url: str
    x: float
    y: float
    radius: float
    label_lines: tuple[str, ...]  # the whole name, wrapped when long
    label_x: float
    label_y: float  # baseline of the first line
    label_anchor: str  # "start", "end" or "middle"
    label_box: tuple[float, float, float, float]  # left, top, right, bottom, as estimated
    label_baselines: tuple[float, ...]
    focus: bool = False

    @property
    def label_rows(self) -> tuple[tuple[str, float], ...]:
        return tuple(zip(self.label_lines, self.label_baselines, strict=True))


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
    nodes: tuple[NetworkNode, ...]  # drawn, in the actors' order
    edges: tuple[NetworkEdge, ...]  # drawn, heaviest first; draw reversed to put them on top
    actors: tuple[NetworkActor, ...]  # every actor of the network, the focus first
    pairs: tuple[NetworkPair, ...]  # the pairs the table lists, heaviest first
    drawn_pairs: int  # pairs of drawn actors, of which the edges are the strongest
    width: float
    height: float
    focus: str | None = None
    font_size: int = FONT_SIZE
    actors_by_id: dict[str, NetworkActor] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "actors_by_id", {a.id: a for a in self.actors})

    @property
    def view_box(self) -> str:
        return f"0 0 {self.width:g} {self.height:g}"

    @property
    def scrolls_on_a_phone(self) -> bool:
        return self.width > PHONE_COLUMN

    @property
    def kinds(self) -> tuple[str, ...]:
        present = {n.kind for n in self.nodes}
        return tuple(k for k in ACTOR_KINDS if k in present)


def network(
    briefing: Briefing,
    focus: str | None = None,
    limit: int = DRAWN,
    listed: int | None = None,
    edge_limit: int | None = EDGE_LIMIT,
) -> Network:
    """The whole briefing's network, or the one around ``focus``.

    ``limit`` actors are drawn (the focus among them), ``listed`` are in the
    tables (None: every one). The tables list every pair of listed actors; round
    a focus, only the focus's own pairs and those between two drawn actors, the
    rest being pairs of actors its page is not about. Of the pairs between drawn
    actors, the strongest ``edge_limit`` are drawn as lines, and every line of
    the focus.
    """
    ranked = _ranked(briefing, focus)[:listed]
    drawn = set(ranked[:limit])
    weights = _weights(briefing, focus)
    rows = tuple(
        _row(briefing.gazetteer.actors_by_id[a], weights, a in drawn, focus) for a in ranked
    )
    pairs = _pairs(briefing, ranked)
    if focus is not None:
        pairs = [p for p in pairs if focus in p[:2] or (p[0] in drawn and p[1] in drawn)]
    among = [p for p in pairs if p[0] in drawn and p[1] in drawn]
    shown = [row for row in rows if row.drawn]
    dots = _dots(shown)
    layout = lay_out(dots, among)
    nodes = tuple(_node(row, dot, layout) for row, dot in zip(shown, dots, strict=True))
    edges = _edges(nodes, _strongest(among, focus, edge_limit), among[0][2] if among else 0)
    listed_pairs = tuple(NetworkPair(a, b, n) for a, b, n in pairs)
    return Network(nodes, edges, rows, listed_pairs, len(among), layout.width, layout.height, focus)


def _ranked(briefing: Briefing, focus: str | None) -> list[str]:
    """Every actor of the network, most important first: by mentions, or round the focus
    by the paragraphs shared with it."""
    if focus is None:
        mentions = briefing.mention_totals
        return sorted(mentions, key=lambda a: (-mentions[a], a))
    if focus not in briefing.gazetteer.actors_by_id:
        raise ValueError(f"no actor {focus!r} in the gazetteer")
    return [focus, *(a for a, _ in briefing.co_mentions.get(focus, ()))]


def _weights(briefing: Briefing, focus: str | None) -> Mapping[str, int]:
    """What sizes an actor: its mentions across the briefing, or round a focus the
    paragraphs it shares with the focus, by which the network round it is ranked. (A
    page round one actor then changes only with what is said of that actor.)"""
    if focus is None:
        return briefing.mention_totals
    return dict(briefing.co_mentions.get(focus, ()))


def _row(
    actor: Actor, mentions: Mapping[str, int], drawn: bool, focus: str | None
) -> NetworkActor:
    return NetworkActor(
        id=actor.id,
        name=actor.name,
        kind=actor.kind,
        weight=mentions.get(actor.id, 0),
        url=urls.actor(actor.id),
        drawn=drawn,
        focus=actor.id == focus,
    )


def _dots(rows: list[NetworkActor]) -> list[Dot]:
    """Circles by weight; the focus, which the others are weighed against, the largest."""
    heaviest = max((r.weight for r in rows), default=0)
    return [
        Dot(r.id, r.name, MAX_RADIUS if r.focus else _node_radius(r.weight, heaviest), r.focus)
        for r in rows
    ]


def _node_radius(weight: int, heaviest: int) -> float:
    share = math.sqrt(weight / heaviest) if heaviest else 0.0
    return round(MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * share, 1)


def _node(row: NetworkActor, dot: Dot, layout: Layout) -> NetworkNode:
    spot = layout.spots[row.id]
    return NetworkNode(
        id=row.id,
        name=row.name,
        kind=row.kind,
        weight=row.weight,
        url=row.url,
        x=spot.x,
        y=spot.y,
        radius=dot.radius,
        label_lines=spot.label.lines,
        label_x=spot.label.x,
        label_y=spot.label.y,
        label_anchor=spot.label.anchor,
        label_box=spot.label.box,
        label_baselines=spot.label.baselines,
        focus=row.focus,
    )


def _pairs(briefing: Briefing, ranked: list[str]) -> list[Pair]:
    """Each pair of the actors mentioned together, heaviest first, then by the actors' rank."""
    rank = {actor: index for index, actor in enumerate(ranked)}
    pairs = []
    for actor in ranked:
        for other, weight in briefing.co_mentions.get(actor, ()):
            if rank.get(other, -1) > rank[actor]:
                pairs.append((actor, other, weight))
    pairs.sort(key=lambda p: (-p[2], rank[p[0]], rank[p[1]]))
    return pairs


def _strongest(pairs: list[Pair], focus: str | None, limit: int | None) -> list[Pair]:
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
    nodes: tuple[NetworkNode, ...], pairs: list[Pair], heaviest: int
) -> tuple[NetworkEdge, ...]:
    by_id = {n.id: n for n in nodes}
    return tuple(_edge(by_id[a], by_id[b], weight, heaviest) for a, b, weight in pairs)


def _edge(a: NetworkNode, b: NetworkNode, weight: int, heaviest: int) -> NetworkEdge:
    share = math.sqrt(weight / heaviest)
    return NetworkEdge(
        a=a.id,
        b=b.id,
        weight=weight,
        width=round(MIN_STROKE + (MAX_STROKE - MIN_STROKE) * share, 1),
        bucket=1 + min(3, int(4 * share)),
        x1=a.x,
        y1=a.y,
        x2=b.x,
        y2=b.y,
    )
