"""`briefing suggest` finds the names a gazetteer lacks, and drafts entries to review."""

from __future__ import annotations

from pathlib import Path

import yaml

from briefing.commands.cli import main
from briefing.commands.suggest import DRAFT_NAME, SHOWN, suggest
from briefing.load.gazetteer import load_gazetteer
from briefing.weave.tagging import Tagger, normal_name


def _halve_the_gazetteer(project: Path) -> list[dict]:
    """Delete every second actor; return the deleted entries."""
    path = project / "content" / "actors.yml"
    entries = yaml.safe_load(path.read_text(encoding="utf-8"))
    path.write_text(yaml.safe_dump(entries[::2], allow_unicode=True), encoding="utf-8")
    return entries[1::2]


def _names(entry: dict) -> set[str]:
    aliases = entry.get("aliases") or []
    if isinstance(aliases, dict):
        aliases = aliases.get("en", [])
    return {normal_name(n) for n in [entry["name"], *aliases]}


def _mentioned(project: Path, entries: list[dict]) -> list[dict]:
    """The deleted actors the articles do mention (by the whole gazetteer)."""
    tagger = Tagger(load_gazetteer(project / "content"), "en")
    texts = [p.read_text(encoding="utf-8") for p in (project / "content" / "articles").glob("*.md")]
    found = {m.id for text in texts for m in tagger.actor_mentions(text.split("---", 2)[2])}
    return [e for e in entries if e["id"] in found]


def test_half_the_gazetteer_deleted_is_mostly_found_again(project: Path):
    mentioned = _mentioned(
        project, yaml.safe_load((project / "content" / "actors.yml").read_text())
    )
    deleted = [e for e in _halve_the_gazetteer(project) if e in mentioned]
    top = suggest(project / "content")[:SHOWN]
    suggested = {normal_name(s.name) for s in top} | {
        normal_name(alias) for s in top for alias in s.aliases
    }
    found = [e["id"] for e in deleted if _names(e) & suggested]
    assert len(deleted) >= 20
    assert len(found) / len(deleted) >= 0.8, sorted(
        e["id"] for e in deleted if e["id"] not in found
    )


def test_an_acronym_definition_ties_the_acronym_to_its_name(tmp_path: Path):
    content = tmp_path / "content"
    (content / "articles").mkdir(parents=True)
    (content / "actors.yml").write_text("[]\n", encoding="utf-8")
    (content / "articles" / "a.md").write_text(
        "---\ntitle: A\n---\n\nThe Collective Security Treaty Organization (CSTO) met. "
        "Later the CSTO sent troops, and Kazakhstan asked the CSTO to leave.\n",
        encoding="utf-8",
    )
    [first, *_] = suggest(content)
    assert (first.name, first.aliases, first.count) == (
        "Collective Security Treaty Organization",
        {"CSTO"},
        3,
    )


def test_suggest_prints_names_and_drafts_a_gazetteer_file(project: Path, capsys):
    _halve_the_gazetteer(project)
    assert main(["suggest", "--root", str(project), "--write"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[-1].startswith("suggest: drafted ")
    assert "×  " in out[0] and "article" in out[0] and "“" in out[0]
    draft = project / "content" / DRAFT_NAME
    entries = yaml.safe_load(draft.read_text(encoding="utf-8"))
    assert entries and all(
        {"id", "name", "kind", "aliases", "description"} <= set(e) for e in entries
    )
    # The draft has the gazetteer's own shape: it loads once moved into actors.yml.
    (project / "content" / "actors.yml").write_text(draft.read_text(encoding="utf-8"))
    assert load_gazetteer(project / "content").actors
