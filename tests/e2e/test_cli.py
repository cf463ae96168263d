"""The command line: help, version, exit codes and one-line errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from tests.helpers import run_briefing

from briefing import __version__
from briefing.load.project import load_project


def test_help_lists_every_command():
    result = run_briefing("--help")
    assert result.returncode == 0
    for command in ("ingest", "build", "serve", "check", "suggest"):
        assert command in result.stdout


def test_each_command_has_help():
    for command in ("ingest", "build", "serve", "check", "suggest"):
        result = run_briefing(command, "--help")
        assert result.returncode == 0
        assert "--root" in result.stdout


def test_version():
    result = run_briefing("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"briefing {__version__}"


def test_build_on_missing_root_is_one_line_and_fails(tmp_path: Path):
    missing = tmp_path / "nowhere"
    result = run_briefing("build", "--root", str(missing))
    assert result.returncode == 1
    assert result.stderr == f"briefing: error: {missing}: project folder does not exist\n"
    assert result.stdout == ""


def test_build_on_a_file_as_root_fails(tmp_path: Path):
    file = tmp_path / "file.txt"
    file.write_text("x")
    result = run_briefing("build", "--root", str(file))
    assert result.returncode == 1
    assert result.stderr == f"briefing: error: {file}: project folder is a file, not a folder\n"


def test_build_outside_a_project_says_so(tmp_path: Path):
    result = run_briefing("build", "--root", str(tmp_path))
    assert result.returncode == 1
    assert result.stderr == (
        f"briefing: error: {tmp_path}: no briefing.yml here: not a briefing project\n"
    )


def test_unknown_command_fails():
    result = run_briefing("publish")
    assert result.returncode == 2
    assert "invalid choice" in result.stderr


def test_malformed_config_names_file_and_line(mini_project: Path):
    (mini_project / "briefing.yml").write_text("title: Mini\ndescription: [unclosed\n")
    result = run_briefing("build", "--root", str(mini_project))
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"briefing: error: {mini_project / 'briefing.yml'}:3: invalid YAML")
    assert "Traceback" not in result.stderr


def test_unknown_setting_is_refused(mini_project: Path):
    (mini_project / "briefing.yml").write_text("title: Mini\ntheme: dark\n")
    result = run_briefing("build", "--root", str(mini_project))
    assert result.returncode == 1
    assert result.stderr == (
        f"briefing: error: {mini_project / 'briefing.yml'}:2: unknown setting 'theme' "
        "(known: author, base_url, description, language, title)\n"
    )


@pytest.mark.parametrize("language", ["French", "en us", ""])
def test_a_language_that_is_no_language_code_is_refused(mini_project: Path, language: str):
    (mini_project / "briefing.yml").write_text(f'title: Mini\nlanguage: "{language}"\n')
    result = run_briefing("build", "--root", str(mini_project))
    assert result.returncode == 1
    assert result.stderr == (
        f"briefing: error: {mini_project / 'briefing.yml'}:2: language {language!r} "
        "must be a language code like en, fr or pt-BR\n"
    )


def test_a_language_code_is_read_with_its_language_in_lower_case(mini_project: Path):
    (mini_project / "briefing.yml").write_text("title: Mini\nlanguage: PT-BR\n")
    assert load_project(mini_project).config.language == "pt-BR"


def test_unknown_actor_in_front_matter_names_file_and_line(mini_project: Path):
    article = mini_project / "content" / "articles" / "beta.md"
    article.write_text(
        article.read_text().replace("actors: [china, united-states]", "actors: [china, atlantis]")
    )
    result = run_briefing("build", "--root", str(mini_project))
    assert result.returncode == 1
    assert result.stderr == f"briefing: error: {article}:11: unknown actor id 'atlantis'\n"


def test_build_then_check_succeed(mini_project: Path):
    built = run_briefing("build", "--root", str(mini_project))
    assert built.returncode == 0, built.stderr
    assert built.stdout.startswith("built ")
    assert len(built.stdout.splitlines()) == 1
    assert built.stderr.startswith("note: base_url '/' is not an absolute URL")
    assert "404.html works only at a domain root" in built.stderr
    assert len(built.stderr.splitlines()) == 1
    checked = run_briefing("check", "--root", str(mini_project))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert checked.stdout.strip().endswith(": 0 problems")


def test_a_briefing_with_nothing_yet_builds_a_site_that_passes_its_check(tmp_path: Path):
    """A new project, before anything is ingested: no search bundle, so its search page
    says there is nothing to search instead of loading a search that is not there; its
    home and network pages say they have nothing to show rather than list and draw
    nothing ("the 0 most mentioned of 0")."""
    (tmp_path / "briefing.yml").write_text("title: New\n")
    built = run_briefing("build", "--root", str(tmp_path))
    assert built.returncode == 0, built.stderr
    checked = run_briefing("check", "--root", str(tmp_path))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert checked.stdout.strip().endswith(": 0 problems")
    page = BeautifulSoup((tmp_path / "site/search/index.html").read_bytes(), "lxml")
    assert "nothing to search" in page.select_one(".lede").get_text()
    assert page.select("#search, script[src*=pagefind], link[href*=pagefind]") == []
    home = BeautifulSoup((tmp_path / "site/index.html").read_bytes(), "lxml").main
    assert "has no source yet" in home.get_text() and home.select("section, table") == []
    network = BeautifulSoup((tmp_path / "site/network/index.html").read_bytes(), "lxml").main
    assert "no network to draw" in network.get_text() and network.select("svg, table") == []


def test_the_build_says_what_a_base_url_without_the_sites_address_leaves_out():
    from briefing.commands.build import base_url_note

    assert base_url_note("https://user.github.io/repo/") is None
    assert "404.html" not in base_url_note("/repo/")  # its path is all the 404 page needs
    assert "no sitemap" in base_url_note("/repo/")
    assert "404.html works only at a domain root" in base_url_note("/")


def test_check_names_a_gazetteer_entry_no_article_mentions(mini_project: Path):
    actors = mini_project / "content" / "actors.yml"
    line = len(actors.read_text(encoding="utf-8").splitlines()) + 2
    actors.write_text(
        actors.read_text(encoding="utf-8")
        + "\n- id: atlantis\n  name: Atlantis\n  kind: place\n  description: Sunk.\n",
        encoding="utf-8",
    )
    assert run_briefing("build", "--root", str(mini_project)).returncode == 0
    checked = run_briefing("check", "--root", str(mini_project))
    assert checked.returncode == 0
    assert (
        f"note: Atlantis (content/actors.yml line {line}) is mentioned by no article and wrote "
        "none: remove it, or give it the names the articles use"
    ) in checked.stdout.splitlines()


def test_check_reports_broken_links(mini_project: Path):
    assert run_briefing("build", "--root", str(mini_project)).returncode == 0
    page = mini_project / "site" / "themes" / "index.html"
    page.write_text(page.read_text().replace('href="trade/"', 'href="nothing-here/"', 1))
    result = run_briefing("check", "--root", str(mini_project))
    assert result.returncode == 1
    assert f"briefing: error: {page}: broken link: nothing-here/" in result.stdout.splitlines()
    assert result.stdout.strip().endswith(": 1 problem")


def test_check_without_a_built_site_fails(mini_project: Path):
    result = run_briefing("check", "--root", str(mini_project))
    assert result.returncode == 1
    site = mini_project / "site"
    message = "no built site to check: run `briefing build` first"
    assert result.stderr == f"briefing: error: {site}: {message}\n"


def test_build_refuses_to_write_into_content(mini_project: Path):
    before = sorted(p.name for p in (mini_project / "content").iterdir())
    result = run_briefing(
        "build", "--root", str(mini_project), "--out", str(mini_project / "content")
    )
    assert result.returncode == 1
    assert "refusing to build into" in result.stderr
    assert sorted(p.name for p in (mini_project / "content").iterdir()) == before


def test_failed_build_leaves_previous_site_untouched(mini_project: Path):
    assert run_briefing("build", "--root", str(mini_project)).returncode == 0
    site = mini_project / "site"
    before = {p: p.read_bytes() for p in site.rglob("*") if p.is_file()}
    (mini_project / "templates").mkdir()
    (mini_project / "templates" / "article.html").write_text(
        "{% extends 'base.html' %}{% block main %}{{ nope }}{% endblock %}"
    )
    result = run_briefing("build", "--root", str(mini_project))
    assert result.returncode == 1
    assert result.stderr.startswith("briefing: error: ")
    assert "article.html:1: template error: 'nope' is undefined" in result.stderr
    after = {p: p.read_bytes() for p in site.rglob("*") if p.is_file()}
    assert after == before
    assert sorted(p.name for p in mini_project.iterdir() if p.name.startswith(".site")) == []


def test_build_counts_html_pages_and_names_seeds_not_ingested(mini_project: Path):
    (mini_project / "seeds" / "new-page.txt").write_text("Dragon\n\nA new page.\n", "utf-8")
    built = run_briefing("build", "--root", str(mini_project))
    assert built.returncode == 0
    pages = len(list((mini_project / "site").rglob("*.html")))
    assert built.stdout.startswith(f"built {pages} pages (")
    assert built.stderr.splitlines()[-1] == (
        "note: 1 seed in seeds/ not ingested yet (new-page.txt): run `briefing ingest`"
    )
