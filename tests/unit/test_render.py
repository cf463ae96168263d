"""The renderer: templates compiled once per process, and compiled again when edited."""

from __future__ import annotations

from pathlib import Path

import jinja2

from briefing.load.project import Config
from briefing.model import Page
from briefing.site.render import Renderer


def _rendered(templates: Path) -> str:
    renderer = Renderer(templates, Config(title="T"), False, {})
    return renderer.render(Page("/x/", "mine.html", {"word": "<b>"}, "X"))


def test_a_template_edited_between_two_builds_of_one_process_renders_as_edited(tmp_path: Path):
    (tmp_path / "mine.html").write_text("first {{ word }}", "utf-8")
    assert _rendered(tmp_path) == "first &lt;b&gt;"
    (tmp_path / "mine.html").write_text("second {{ word }}", "utf-8")
    assert _rendered(tmp_path) == "second &lt;b&gt;"
    (tmp_path / "mine.html").write_text("first {{ word }}", "utf-8")
    assert _rendered(tmp_path) == "first &lt;b&gt;"


def test_a_build_without_the_cache_compiles_each_template_once_per_process(
    tmp_path: Path, monkeypatch
):
    (tmp_path / "mine.html").write_text("{{ word }}", "utf-8")
    compiled: list[str] = []
    original = jinja2.Environment.compile

    def counted(env, source, name=None, filename=None, raw=False, defer_init=False):
        compiled.append(name)
        return original(env, source, name, filename, raw, defer_init)

    monkeypatch.setattr("jinja2.Environment.compile", counted)
    _rendered(tmp_path)
    _rendered(tmp_path)
    assert compiled.count("mine.html") <= 1
