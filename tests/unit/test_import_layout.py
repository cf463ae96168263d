"""The package's layout: no module imports itself back, and the model imports no stage.

The import graph counts every import, those under `if TYPE_CHECKING:` and those
inside functions included: a cycle hidden from the interpreter is still a stage
that reads from one above it.
"""

from __future__ import annotations

from itertools import pairwise

import grimp
import pytest

Cycle = tuple[str, ...]  # modules round a cycle, the first again at the end


def import_graph(package: str) -> grimp.ImportGraph:
    return grimp.build_graph(package, cache_dir=None, exclude_type_checking_imports=False)


def import_cycles(graph: grimp.ImportGraph) -> list[Cycle]:
    """Each import that closes a cycle, as the chain of modules round it: the import, then
    the shortest way back. A cycle met again from another of its imports counts once."""
    found: dict[frozenset[tuple[str, str]], Cycle] = {}
    for importer in sorted(graph.modules):
        for imported in sorted(graph.find_modules_directly_imported_by(importer)):
            back = graph.find_shortest_chain(importer=imported, imported=importer)
            if back and importer != imported:
                cycle = (importer, *back)
                found.setdefault(frozenset(pairwise(cycle)), cycle)
    return list(found.values())


def described(graph: grimp.ImportGraph, cycle: Cycle) -> str:
    """A cycle as its modules, each with the line of its import of the next."""
    hops = []
    for importer, imported in pairwise(cycle):
        lines = sorted(d["line_number"] for d in graph.get_import_details(
            importer=importer, imported=imported))  # fmt: skip
        hops.append(f"{importer} (line {lines[0]})" if lines else importer)
    return " -> ".join([*hops, cycle[-1]])


@pytest.fixture(scope="module")
def graph() -> grimp.ImportGraph:
    return import_graph("briefing")


def test_no_module_imports_itself_back(graph):
    cycles = [described(graph, cycle) for cycle in import_cycles(graph)]
    assert not cycles, "import cycles:\n" + "\n".join(cycles)


def test_the_model_imports_nothing_else_of_briefing(graph):
    model = {"briefing.model", *graph.find_descendants("briefing.model")}
    outside = sorted(
        (module, imported)
        for module in model
        for imported in graph.find_modules_directly_imported_by(module)
        if imported not in model
    )
    assert outside == []


def write_package(root, name: str, modules: dict[str, str]) -> None:
    (root / name).mkdir()
    (root / name / "__init__.py").write_text("")
    for module, source in modules.items():
        (root / name / f"{module}.py").write_text(source)


def test_a_cycle_closed_only_for_the_type_checker_is_found(tmp_path, monkeypatch):
    write_package(tmp_path, "looped", {
        "low": "from typing import TYPE_CHECKING\n\nif TYPE_CHECKING:\n    from .high import H\n",
        "high": "from .low import L\n\nH = L\n",
        "top": "from .high import H\n",
    })  # fmt: skip
    monkeypatch.syspath_prepend(str(tmp_path))
    graph = import_graph("looped")
    cycles = import_cycles(graph)
    assert cycles == [("looped.high", "looped.low", "looped.high")]
    said = described(graph, cycles[0])
    assert said == "looped.high (line 1) -> looped.low (line 4) -> looped.high"


def test_every_cycle_is_named_once_and_an_import_inside_a_function_counts(tmp_path, monkeypatch):
    write_package(tmp_path, "tangled", {
        "a": "from . import b\n",
        "b": "from . import c\n",
        "c": "def late():\n    from . import a\n\n\nfrom . import d\n",
        "d": "from . import c\n",
    })  # fmt: skip
    monkeypatch.syspath_prepend(str(tmp_path))
    cycles = import_cycles(import_graph("tangled"))
    assert sorted(cycles) == [
        ("tangled.a", "tangled.b", "tangled.c", "tangled.a"),
        ("tangled.c", "tangled.d", "tangled.c"),
    ]
