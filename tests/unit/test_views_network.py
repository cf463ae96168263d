"""The co-mention network: its data, its layout and its partial, on the mini project."""

from __future__ import annotations

import dataclasses
import math
import time
from collections import Counter
from itertools import combinations
from urllib.parse import urljoin, urlsplit

import pytest
from bs4 import BeautifulSoup

from briefing.model import Actor, Gazetteer
from briefing.project import Project
from briefing.render import Renderer
from briefing.views.network import Network, network, short_label
from briefing.weave import Briefing, weave_briefing

PAGE = "/actors/russia/"


def _shared_paragraphs(briefing: Briefing) -> Counter[frozenset[str]]:
    """Counted afresh from the paragraphs, not from briefing.co_mentions."""
    pairs: Counter[frozenset[str]] = Counter()
    for woven in briefing.articles:
        for actors in woven.paragraph_actors.values():
            pairs.update(frozenset(pair) for pair in combinations(sorted(set(actors)), 2))
    return pairs


def _render(project: Project, briefing: Briefing, drawn: Network) -> BeautifulSoup:
    renderer = Renderer(project.templates_dir, project.config, False, {"briefing": briefing})
    template = renderer.env.from_string('{% include "partials/network.html" %}')
    html = template.render(network=drawn, caption="Who is discussed with whom", page_url=PAGE)
    return BeautifulSoup(html, "html.parser")


def _path(href: str) -> str:
    return urlsplit(urljoin("https://site.test" + PAGE, href)).path


def test_there_is_a_node_per_mentioned_actor(briefing: Briefing) -> None:
    drawn = network(briefing)
    assert {n.id for n in drawn.nodes} == set(briefing.actor_articles)
    totals = {a: sum(n for _, n in pairs) for a, pairs in briefing.actor_articles.items()}
    assert {n.id: n.weight for n in drawn.nodes} == totals
    assert all(n.url == f"/actors/{n.id}/" for n in drawn.nodes)


def test_edge_weights_are_the_paragraphs_mentioning_both(briefing: Briefing) -> None:
    drawn = network(briefing)
    assert {frozenset((e.a, e.b)): e.weight for e in drawn.edges} == _shared_paragraphs(briefing)
    for edge in drawn.edges:
        assert (edge.b, edge.weight) in briefing.co_mentions[edge.a]


def test_edges_are_heaviest_first_and_thicker_when_heavier(briefing: Briefing) -> None:
    edges = network(briefing).edges
    assert [e.weight for e in edges] == sorted((e.weight for e in edges), reverse=True)
    assert edges[0].bucket == 4 and all(1 <= e.bucket <= 4 for e in edges)
    assert edges[0].width > edges[-1].width


def test_the_layout_is_deterministic_and_rounded(briefing: Briefing) -> None:
    first, second = network(briefing), network(briefing)
    assert first == second
    for node in first.nodes:
        for value in (node.x, node.y, node.radius, node.label_x, node.label_y):
            assert value == round(value, 1)


def test_nodes_lie_on_a_circle_inside_the_view_box(briefing: Briefing) -> None:
    drawn = network(briefing)
    cx = sum(n.x for n in drawn.nodes) / len(drawn.nodes)
    cy = sum(n.y for n in drawn.nodes) / len(drawn.nodes)
    distances = {round(math.dist((n.x, n.y), (cx, cy))) for n in drawn.nodes}
    assert max(distances) - min(distances) <= 1
    for node in drawn.nodes:
        assert node.radius <= node.x <= drawn.width - node.radius
        assert node.radius <= node.y <= drawn.height - node.radius
    assert drawn.view_box == f"0 0 {drawn.width:g} {drawn.height:g}"


def test_the_limit_keeps_the_most_mentioned(briefing: Briefing) -> None:
    drawn = network(briefing, limit=2)
    assert {n.id for n in drawn.nodes} == {"china", "russia"}
    assert [(e.a, e.b, e.weight) for e in drawn.edges] == [("china", "russia", 1)]


def test_a_focus_network_is_centred_on_its_actor(briefing: Briefing) -> None:
    drawn = network(briefing, focus="russia")
    centre, *ring = drawn.nodes
    assert centre.id == "russia" and centre.focus and drawn.focus == "russia"
    assert {n.id for n in ring} == {a for a, _ in briefing.co_mentions["russia"]}
    distances = {round(math.dist((n.x, n.y), (centre.x, centre.y))) for n in ring}
    assert len(distances) == 1
    spokes = {e.b: e.weight for e in drawn.edges if e.a == "russia"}
    assert spokes == dict(briefing.co_mentions["russia"])


def test_a_focus_network_keeps_its_limit_and_the_edges_among_its_actors(
    briefing: Briefing,
) -> None:
    drawn = network(briefing, focus="china", limit=2)
    assert drawn.nodes[0].id == "china"
    assert {n.id for n in drawn.nodes} == {"china", "united-states", "russia"}
    assert {(e.a, e.b, e.weight) for e in drawn.edges} == {
        ("china", "united-states", 2),
        ("china", "russia", 1),
    }


def test_an_unknown_focus_is_an_error(briefing: Briefing) -> None:
    with pytest.raises(ValueError, match="no actor 'atlantis'"):
        network(briefing, focus="atlantis")


def test_long_names_are_shown_as_acronyms_or_cut_at_a_word() -> None:
    sco = Actor("sco", "Shanghai Cooperation Organisation", "organisation", ("SCO",), "")
    treaty = Actor(
        "t", "Treaty of Good-Neighborliness and Friendly Cooperation", "initiative", (), ""
    )
    assert short_label(sco) == "SCO"
    assert short_label(treaty) == "Treaty of…"
    assert short_label(Actor("x", "Xi Jinping", "person", ("Mr. Xi",), "")) == "Xi Jinping"


def _dense(briefing: Briefing) -> Briefing:
    """Sixty actors, each paragraph naming seven of them in a row."""
    actors = tuple(Actor(f"a{i:02}", f"Actor {i:02}", "country", (), "") for i in range(60))
    ids = [a.id for a in actors]
    paragraphs = {f"p-{i}": tuple(ids[i : i + 7 + i % 5]) for i in range(60)}
    woven = dataclasses.replace(
        briefing.articles[0],
        actors=tuple(ids),
        actor_counts={a: 1 + i % 9 for i, a in enumerate(ids)},
        paragraph_actors=paragraphs,
    )
    return weave_briefing(Gazetteer(actors, briefing.gazetteer.themes), [woven])


def test_sixty_nodes_lay_out_within_fifty_milliseconds(briefing: Briefing) -> None:
    big = _dense(briefing)
    started = time.perf_counter()
    drawn = network(big, limit=60, edge_limit=None)
    assert time.perf_counter() - started < 0.05
    assert len(drawn.nodes) == 60 and len(drawn.edges) == drawn.pairs > 60


def test_a_dense_network_draws_only_its_strongest_edges(briefing: Briefing) -> None:
    big = _dense(briefing)
    drawn = network(big, limit=60, edge_limit=20)
    shared = _shared_paragraphs(big)
    assert drawn.pairs == len(shared) > 20 and len(drawn.edges) == 20
    kept = {frozenset((e.a, e.b)) for e in drawn.edges}
    lightest_kept = min(e.weight for e in drawn.edges)
    assert all(weight <= lightest_kept for pair, weight in shared.items() if pair not in kept)
    assert drawn.edges[0].weight == max(shared.values()) and drawn.edges[0].bucket == 4


def test_a_cut_focus_network_keeps_every_edge_of_its_actor(briefing: Briefing) -> None:
    big = _dense(briefing)
    drawn = network(big, focus="a30", edge_limit=25)
    spokes = {e.b: e.weight for e in drawn.edges if e.a == "a30"}
    assert spokes == dict(big.co_mentions["a30"]) and len(spokes) < 25
    others = [e.weight for e in drawn.edges if e.a != "a30"]
    assert len(drawn.edges) == 25 and others == sorted(others, reverse=True)
    assert drawn.pairs > 25


def test_the_partial_says_when_only_the_strongest_edges_are_drawn(
    project: Project, briefing: Briefing
) -> None:
    big = _dense(briefing)
    drawn = network(big, limit=60, edge_limit=20)
    soup = _render(project, big, drawn)
    assert len(soup.select("svg line")) == len(soup.select("details tbody tr")) == 20
    said = f"the 20 most shared of {drawn.pairs} pairs"
    assert said in soup.select_one("details summary").get_text()
    assert said.capitalize() in soup.select_one("svg desc").get_text()
    whole = _render(project, briefing, network(briefing)).select_one("details summary")
    assert "most shared" not in whole.get_text()


def test_the_drawing_is_left_out_of_the_search_index(project: Project, briefing: Briefing) -> None:
    figure = _render(project, briefing, network(briefing)).select_one("figure.network")
    assert figure.has_attr("data-pagefind-ignore")


def test_the_partial_links_each_node_to_its_actor_page(
    project: Project, briefing: Briefing
) -> None:
    drawn = network(briefing)
    soup = _render(project, briefing, drawn)
    svg = soup.select_one("figure.network svg")
    assert svg is not None and svg.title is not None
    assert svg["aria-labelledby"] == svg.title["id"]
    links = svg.select("a[href]")
    assert [_path(a["href"]) for a in links] == [n.url for n in drawn.nodes]
    for link, node in zip(links, drawn.nodes, strict=True):
        assert link.circle is not None and link.find("text").get_text() == node.label
        assert f"kind-{node.kind}" in link["class"]


def test_the_partial_draws_each_edge_with_its_weight(project: Project, briefing: Briefing) -> None:
    drawn = network(briefing)
    lines = _render(project, briefing, drawn).select("svg line")
    weights = {frozenset((ln["data-a"], ln["data-b"])): int(ln["data-weight"]) for ln in lines}
    assert len(lines) == len(drawn.edges)
    assert weights == _shared_paragraphs(briefing)


def test_the_partial_has_a_table_row_per_edge(project: Project, briefing: Briefing) -> None:
    drawn = network(briefing, focus="russia")
    soup = _render(project, briefing, drawn)
    rows = soup.select("figure.network details table tbody tr")
    names = {n.id: n.name for n in drawn.nodes}
    expected = [[names[e.a], names[e.b], str(e.weight)] for e in drawn.edges]
    assert [[td.get_text() for td in row.find_all("td")] for row in rows] == expected
    assert [th["scope"] for th in soup.select("details table thead th")] == ["col"] * 3


def test_the_partial_has_no_inline_styles(project: Project, briefing: Briefing) -> None:
    soup = _render(project, briefing, network(briefing))
    assert soup.find_all(style=True) == []
    assert soup.find_all("style") == []
