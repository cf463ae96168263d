"""The package's layout: no module imports itself back, the model imports no stage, and
each stage imports only those below it.

The import graph counts every import, those under `if TYPE_CHECKING:` and those
inside functions included: a cycle hidden from the interpreter is still a stage
that reads from one above it.
"""

from __future__ import annotations

from itertools import pairwise

import grimp
import pytest

Cycle = tuple[str, ...]  # modules round a cycle, the first again at the end
Steps = tuple[tuple[str, ...], ...]

# The build's stages, the lowest first: a module imports the shared modules, the stages of
# its own step and those below. Load and weave are one step, as they read each other:
# the gazetteer folds names as matching does, to find two actors claiming one, and
# weaving an article renders its Markdown and finds its lines in its seed.
STEPS: Steps = (
    ("model",),
    ("load", "weave"),
    ("views",),
    ("store",),
    ("output",),
    ("site",),
    ("ingest", "commands"),
)
# The modules at the top of the package that are no stage's folder: those every stage
# shares, which import none, and the entry point of `python -m briefing`.
TOP_MODULES = {
    "briefing": "shared",
    "briefing.errors": "shared",
    "briefing.parallel": "shared",
    "briefing.urls": "shared",
    "briefing.__main__": "commands",
}
# The imports that go up a step, each with its reason.
UPWARD = {
    ("briefing.load.sources", "briefing.ingest.reading"): (
        "a build reads a seed through ingest's reader, so that the source view numbers "
        "the very lines ingest sorted; the rest of ingest is imported only when it runs"
    ),
}


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


def stage_of(module: str, top_modules: dict[str, str]) -> str:
    if module in top_modules:
        return top_modules[module]
    return module.split(".")[1]


def upward_imports(
    graph: grimp.ImportGraph,
    steps: Steps,
    top_modules: dict[str, str],
    upward: dict[tuple[str, str], str],
) -> list[str]:
    """Each import of a stage above the importer's, or of a module in no stage, as the
    importer, the line and what it may not import; and each import let go up that no
    longer is."""
    step = {stage: number for number, stages in enumerate(steps, 1) for stage in stages}
    step["shared"] = 0  # below every stage: the shared modules import none
    found = []
    for module in sorted(graph.modules):
        if stage_of(module, top_modules) not in step:
            found.append(f"{module} lies in no stage")
    for importer in sorted(graph.modules):
        for imported in sorted(graph.find_modules_directly_imported_by(importer)):
            low, high = stage_of(importer, top_modules), stage_of(imported, top_modules)
            if low not in step or high not in step:
                continue  # named above
            if step[high] <= step[low] or (importer, imported) in upward:
                continue
            lines = sorted(d["line_number"] for d in graph.get_import_details(
                importer=importer, imported=imported))  # fmt: skip
            found.append(f"{importer} (line {lines[0]}) imports {imported}: "
                         f"{low} may not import {high}")  # fmt: skip
    for importer, imported in sorted(upward):
        if not graph.direct_import_exists(importer=importer, imported=imported):
            found.append(f"{importer} no longer imports {imported}: let go up for nothing")
    return found


def test_each_stage_imports_only_those_below_it(graph):
    found = upward_imports(graph, STEPS, TOP_MODULES, UPWARD)
    assert not found, "imports that go up:\n" + "\n".join(found)


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


def test_an_import_that_goes_up_is_named_with_its_line(tmp_path, monkeypatch):
    write_package(tmp_path, "staged", {"errors": "", "__main__": "from .top import run\n"})
    write_package(tmp_path / "staged", "low", {
        "reader": "from ..errors import E\n\n\ndef late():\n    from ..top.command import run\n",
        "reader_too": "from . import reader\nfrom ..top import command\n",
    })  # fmt: skip
    write_package(tmp_path / "staged", "top", {"command": "from ..low import reader\n"})
    (tmp_path / "staged" / "stray.py").write_text("from .low import reader\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    graph = import_graph("staged")
    top = {"staged": "shared", "staged.errors": "shared", "staged.__main__": "top"}
    steps = (("low",), ("top",))
    assert upward_imports(graph, steps, top, {}) == [
        "staged.stray lies in no stage",
        "staged.low.reader (line 5) imports staged.top.command: low may not import top",
        "staged.low.reader_too (line 2) imports staged.top.command: low may not import top",
    ]
    let_up = {("staged.low.reader", "staged.top.command"): "a reason"}
    assert upward_imports(graph, steps, {**top, "staged.stray": "top"}, let_up) == [
        "staged.low.reader_too (line 2) imports staged.top.command: low may not import top",
    ]
    gone = {("staged.top.command", "staged.errors"): "a reason"}
    assert upward_imports(graph, (("low", "top"),), {**top, "staged.stray": "top"}, gone) == [
        "staged.top.command no longer imports staged.errors: let go up for nothing",
    ]
