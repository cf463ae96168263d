"""The co-mention network: its data, what it draws, and its partial, on the mini project."""

from __future__ import annotations

import dataclasses
from collections import Counter
from itertools import combinations
from urllib.parse import urljoin, urlsplit

import pytest
from bs4 import BeautifulSoup

from briefing.load.project import Project
from briefing.model import Actor, Briefing, Gazetteer
from briefing.site.render import Renderer
from briefing.views.network import DRAWN, EDGE_LIMIT, PHONE_COLUMN, Network, network
from briefing.views.network_layout import PADDING
from briefing.weave.weave import weave_briefing

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


def _label(text) -> str:
    """A drawn label's text, its lines joined."""
    lines = text.find_all("tspan") or [text]
    return " ".join(line.get_text() for line in lines)


def test_there_is_a_node_per_mentioned_actor(briefing: Briefing) -> None:
    drawn = network(briefing)
    assert {n.id for n in drawn.nodes} == set(briefing.actor_articles)
    totals = {a: sum(n for _, n in pairs) for a, pairs in briefing.actor_articles.items()}
    assert {n.id: n.weight for n in drawn.nodes} == totals
    assert all(n.url == f"/actors/{n.id}/" for n in drawn.nodes)
    assert [a.id for a in drawn.actors] == [n.id for n in drawn.nodes]
    assert all(a.drawn for a in drawn.actors)


def test_edge_weights_are_the_paragraphs_mentioning_both(briefing: Briefing) -> None:
    drawn = network(briefing)
    assert {frozenset((e.a, e.b)): e.weight for e in drawn.edges} == _shared_paragraphs(briefing)
    assert {frozenset((p.a, p.b)): p.weight for p in drawn.pairs} == _shared_paragraphs(briefing)
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
        for value in (node.x, node.y, node.radius, node.label_x, node.label_y, *node.label_box):
            assert value == round(value, 1)


def test_nodes_and_whole_labels_lie_inside_the_view_box(briefing: Briefing) -> None:
    drawn = network(briefing)
    for node in drawn.nodes:
        assert " ".join(node.label_lines) == node.name
        assert node.x - node.radius >= PADDING and node.x + node.radius <= drawn.width - PADDING
        assert node.y - node.radius >= PADDING and node.y + node.radius <= drawn.height - PADDING
        left, top, right, bottom = node.label_box
        assert PADDING <= left < right <= drawn.width - PADDING
        assert PADDING <= top < bottom <= drawn.height - PADDING
    assert drawn.view_box == f"0 0 {drawn.width:g} {drawn.height:g}"


def test_edges_join_the_centres_of_their_nodes(briefing: Briefing) -> None:
    drawn = network(briefing)
    by_id = {n.id: n for n in drawn.nodes}
    for edge in drawn.edges:
        assert (edge.x1, edge.y1) == (by_id[edge.a].x, by_id[edge.a].y)
        assert (edge.x2, edge.y2) == (by_id[edge.b].x, by_id[edge.b].y)


def test_the_limit_draws_the_most_mentioned_and_lists_the_rest(briefing: Briefing) -> None:
    drawn = network(briefing, limit=2)
    assert {n.id for n in drawn.nodes} == {"china", "russia"}
    assert [(e.a, e.b, e.weight) for e in drawn.edges] == [("china", "russia", 1)]
    assert drawn.drawn_pairs == 1
    assert {a.id for a in drawn.actors} == set(briefing.actor_articles)
    assert {a.id for a in drawn.actors if a.drawn} == {"china", "russia"}
    assert {frozenset((p.a, p.b)) for p in drawn.pairs} == set(_shared_paragraphs(briefing))


def test_listed_keeps_the_tables_to_the_most_mentioned(briefing: Briefing) -> None:
    drawn = network(briefing, limit=2, listed=2)
    assert [a.id for a in drawn.actors] == ["china", "russia"]
    assert [(p.a, p.b, p.weight) for p in drawn.pairs] == [("china", "russia", 1)]


def test_a_focus_network_draws_its_actor_first_and_its_partners(briefing: Briefing) -> None:
    drawn = network(briefing, focus="russia")
    centre, *others = drawn.nodes
    assert centre.id == "russia" and centre.focus and drawn.focus == "russia"
    assert [n.id for n in others] == [a for a, _ in briefing.co_mentions["russia"]]
    assert not any(n.focus for n in others)
    spokes = {e.b: e.weight for e in drawn.edges if e.a == "russia"}
    assert spokes == dict(briefing.co_mentions["russia"])
    assert drawn.actors[0].focus and [a.id for a in drawn.actors] == [n.id for n in drawn.nodes]


def test_a_focus_network_keeps_its_limit_and_the_edges_among_its_actors(
    briefing: Briefing,
) -> None:
    drawn = network(briefing, focus="china", limit=3)
    assert [n.id for n in drawn.nodes] == ["china", "united-states", "russia"]
    assert {(e.a, e.b, e.weight) for e in drawn.edges} == {
        ("china", "united-states", 2),
        ("china", "russia", 1),
    }
    # The tables: every partner, every pair with China, and others only between drawn actors.
    assert [a.id for a in drawn.actors] == ["china", *(a for a, _ in briefing.co_mentions["china"])]
    assert [a.drawn for a in drawn.actors] == [True, True, True, False, False]
    listed = {(p.a, p.b): p.weight for p in drawn.pairs}
    assert listed == {("china", other): n for other, n in briefing.co_mentions["china"]}
    assert ("united-states", "xi-jinping") not in listed


def test_an_unknown_focus_is_an_error(briefing: Briefing) -> None:
    with pytest.raises(ValueError, match="no actor 'atlantis'"):
        network(briefing, focus="atlantis")


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


def test_a_big_network_draws_its_most_mentioned_and_lists_every_actor_and_pair(
    briefing: Briefing,
) -> None:
    big = _dense(briefing)
    drawn = network(big)
    mentions = big.mention_totals
    assert len(drawn.nodes) == DRAWN < len(drawn.actors) == 60
    lightest_drawn = min(n.weight for n in drawn.nodes)
    assert all(mentions[a.id] <= lightest_drawn for a in drawn.actors if not a.drawn)
    assert {n.id for n in drawn.nodes} == {a.id for a in drawn.actors if a.drawn}
    shared = _shared_paragraphs(big)
    assert {frozenset((p.a, p.b)): p.weight for p in drawn.pairs} == shared
    assert len(drawn.edges) == EDGE_LIMIT < drawn.drawn_pairs < len(shared)


def test_a_dense_network_draws_its_limit_of_actors(briefing: Briefing) -> None:
    drawn = network(_dense(briefing))
    assert len(drawn.nodes) == DRAWN and drawn.drawn_pairs > 60


def test_a_dense_network_draws_only_its_strongest_edges(briefing: Briefing) -> None:
    big = _dense(briefing)
    drawn = network(big, edge_limit=20)
    among = {frozenset((p.a, p.b)): p.weight for p in drawn.pairs}
    drawn_ids = {n.id for n in drawn.nodes}
    among = {pair: n for pair, n in among.items() if pair <= drawn_ids}
    assert drawn.drawn_pairs == len(among) > 20 and len(drawn.edges) == 20
    kept = {frozenset((e.a, e.b)) for e in drawn.edges}
    lightest_kept = min(e.weight for e in drawn.edges)
    assert all(weight <= lightest_kept for pair, weight in among.items() if pair not in kept)
    assert drawn.edges[0].weight == max(among.values()) and drawn.edges[0].bucket == 4


def test_a_cut_focus_network_keeps_every_edge_of_its_actor(briefing: Briefing) -> None:
    big = _dense(briefing)
    drawn = network(big, focus="a30", edge_limit=25)
    drawn_ids = {n.id for n in drawn.nodes}
    spokes = {e.b: e.weight for e in drawn.edges if e.a == "a30"}
    assert spokes == {b: n for b, n in big.co_mentions["a30"] if b in drawn_ids}
    assert len(spokes) == len(drawn.nodes) - 1 < 25
    others = [e.weight for e in drawn.edges if e.a != "a30"]
    assert len(drawn.edges) == 25 and others == sorted(others, reverse=True)
    assert drawn.drawn_pairs > 25


def test_the_partial_says_how_much_of_the_network_is_drawn(
    project: Project, briefing: Briefing
) -> None:
    big = _dense(briefing)
    drawn = network(big, edge_limit=20)
    soup = _render(project, big, drawn)
    assert len(soup.select("svg a.node")) == DRAWN
    assert len(soup.select("svg line")) == 20
    assert len(soup.select("table.network-actors tbody tr")) == 60
    assert len(soup.select("table.network-pairs tbody tr")) == len(_shared_paragraphs(big))
    count = soup.select_one("figcaption .network-count").get_text()
    assert "The 25 most mentioned of 60 actors are drawn." in count
    said = f"Of the {drawn.drawn_pairs} pairs among them, the 20 that share the most"
    assert said in count and said in soup.select_one("svg desc").get_text()
    summary = soup.select_one("details summary").get_text()
    assert f"60 actors, {len(_shared_paragraphs(big))} pairs" in summary
    whole = _render(project, briefing, network(briefing)).select_one("figcaption .network-count")
    assert whole.get_text() == "All 6 actors are drawn."


def test_the_partial_says_how_much_of_a_focus_network_is_drawn(
    project: Project, briefing: Briefing
) -> None:
    soup = _render(project, briefing, network(briefing, focus="china", limit=3))
    count = soup.select_one("figcaption .network-count").get_text()
    assert count.startswith("China and the 2 of its 4 co-mentioned actors that share the most")
    drawn = [
        cells[0].get_text()
        for cells in _rows(soup, "network-actors")
        if cells[3].get_text() == "yes"
    ]
    assert drawn == ["China", "United States", "Russia"]
    whole = _render(project, briefing, network(briefing, focus="russia"))
    assert whole.select_one(".network-count").get_text() == (
        "Russia and the 3 actors mentioned with it are drawn."
    )


def test_a_drawing_wider_than_a_phone_says_it_scrolls(project: Project, briefing: Briefing) -> None:
    wide = network(_dense(briefing))
    hint = _render(project, briefing, wide).select_one("figcaption .network-scroll")
    assert wide.width > PHONE_COLUMN and "scrolls sideways" in hint.get_text()
    alone = network(briefing, focus="kant-air-base", limit=1)
    assert alone.width <= PHONE_COLUMN
    assert _render(project, briefing, alone).select_one(".network-scroll") is None


def _rows(soup: BeautifulSoup, table: str) -> list[list]:
    return [row.find_all("td") for row in soup.select(f"table.{table} tbody tr")]


def test_the_drawing_is_left_out_of_the_search_index(project: Project, briefing: Briefing) -> None:
    figure = _render(project, briefing, network(briefing)).select_one("figure.network")
    assert figure.has_attr("data-pagefind-ignore")


def test_the_partial_links_each_node_to_its_actor_page_under_its_whole_name(
    project: Project, briefing: Briefing
) -> None:
    drawn = network(briefing)
    soup = _render(project, briefing, drawn)
    svg = soup.select_one("figure.network svg")
    assert svg is not None and svg.title is not None
    assert svg["aria-labelledby"] == svg.title["id"]
    assert (svg["width"], svg["height"]) == (f"{drawn.width}", f"{drawn.height}")
    links = svg.select("a[href]")
    assert [_path(a["href"]) for a in links] == [n.url for n in drawn.nodes]
    for link, node in zip(links, drawn.nodes, strict=True):
        assert link.circle is not None and _label(link.find("text")) == node.name
        assert f"kind-{node.kind}" in link["class"]
        assert link.title.get_text().startswith(f"{node.name} (")


def test_a_long_name_is_drawn_on_lines_of_its_own(project: Project, briefing: Briefing) -> None:
    drawn = network(briefing)
    sco = drawn.actors_by_id["sco"]
    node = next(n for n in drawn.nodes if n.id == "sco")
    assert node.label_lines == ("Shanghai Cooperation", "Organisation")
    text = _render(project, briefing, drawn).select_one('a[href$="/sco/"] text')
    spans = text.find_all("tspan")
    assert [s.get_text() for s in spans] == list(node.label_lines) and sco.name == _label(text)
    assert [float(s["y"]) for s in spans] == list(node.label_baselines)
    assert {s["x"] for s in spans} == {text["x"]}
    assert "".join(text.find_all(string=True)) == "".join(node.label_lines)  # no stray spaces


def test_the_partial_draws_each_edge_with_its_weight(project: Project, briefing: Briefing) -> None:
    drawn = network(briefing)
    lines = _render(project, briefing, drawn).select("svg line")
    weights = {frozenset((ln["data-a"], ln["data-b"])): int(ln["data-weight"]) for ln in lines}
    assert len(lines) == len(drawn.edges)
    assert weights == _shared_paragraphs(briefing)


def test_the_partial_has_a_table_row_per_actor_and_per_pair(
    project: Project, briefing: Briefing
) -> None:
    drawn = network(briefing, focus="china", limit=3)
    soup = _render(project, briefing, drawn)
    names = {a.id: a.name for a in drawn.actors}
    expected = [[names[p.a], names[p.b], str(p.weight)] for p in drawn.pairs]
    assert [[td.get_text() for td in row] for row in _rows(soup, "network-pairs")] == expected
    actors = [[td.get_text() for td in row] for row in _rows(soup, "network-actors")]
    assert actors == [
        [a.name, a.kind.capitalize(), "—" if a.focus else str(a.weight), "yes" if a.drawn else "no"]
        for a in drawn.actors
    ]
    heads = soup.select("details table thead th")
    assert [th["scope"] for th in heads] == ["col"] * 7
    assert heads[2].get_text() == "Paragraphs with China"


def test_round_a_focus_actors_weigh_the_paragraphs_they_share_with_it(briefing: Briefing) -> None:
    drawn = network(briefing, focus="china")
    shared = dict(briefing.co_mentions["china"])
    assert {a.id: a.weight for a in drawn.actors if not a.focus} == shared
    assert [a.id for a in drawn.actors[1:]] == sorted(shared, key=lambda a: (-shared[a], a))
    focus = next(n for n in drawn.nodes if n.focus)
    assert focus.id == "china" and focus.radius == max(n.radius for n in drawn.nodes)


def test_the_partial_has_no_inline_styles(project: Project, briefing: Briefing) -> None:
    soup = _render(project, briefing, network(briefing))
    assert soup.find_all(style=True) == []
    assert soup.find_all("style") == []
