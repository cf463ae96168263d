"""Bad input: one clear line naming file and line, a non-zero exit, nothing lost.

Every case breaks a copy of the mini project whose site is already built, runs
the commands that read what was broken, and checks each one: the exit code, the
one line on standard error verbatim, no traceback, and site/, content/ and
seeds/ byte-identical before and after, with no staging folder or temporary
file left behind.

Seed cases the ingest tests already pin (an explicitly named seed that is
missing or has the wrong suffix, an empty folder, UTF-16 and code-page
decoding, several bad seeds reported together) live in
tests/ingest/test_ingest_reading.py and tests/ingest/test_ingest_run.py; a
project without briefing.yml is in tests/e2e/test_cli.py.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from tests.hardening.helpers import (
    Case,
    fingerprint,
    leftovers,
    run_case,
    run_cli,
    serving,
)

from briefing.model import ACTOR_KINDS

ALPHA = "content/articles/alpha.md"
BETA = "content/articles/beta.md"
ACTORS = "content/actors.yml"
THEMES = "content/themes.yml"
CONFIG = "briefing.yml"
ARTICLES = "content/articles"
GAMMA_SEED = (
    "Gamma Exercises in Kyrgyzstan\n\n"
    "Russia and China held a military exercise under the SCO near Bishkek.\n"
)

INGEST, BUILD, CHECK = ("ingest",), ("build",), ("check",)


def ingest(seed: str) -> tuple[str, ...]:
    """Ingest of the one bad seed: a whole folder would also write its good seeds."""
    return ("ingest", f"{{root}}/{seed}")


LOADING = (BUILD, CHECK)  # the commands that load content/ and briefing.yml
GAZETTEER = (INGEST, BUILD, CHECK)  # ingest tags with the gazetteer too
ERROR = "briefing: error: {root}/"

FIFTY_MB = 50 * 1024 * 1024


def replace(relative: str, old: str, new: str):
    def breaks(root: Path) -> None:
        path = root / relative
        text = path.read_text(encoding="utf-8")
        assert text.count(old) == 1, f"{old!r} not found once in {relative}"
        path.write_text(text.replace(old, new), encoding="utf-8")

    return breaks


def write(relative: str, data: bytes | str):
    def breaks(root: Path) -> None:
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)

    return breaks


def both(*steps):
    def breaks(root: Path) -> None:
        for step in steps:
            step(root)

    return breaks


def nothing(root: Path) -> None:
    pass


def enormous_seed(root: Path) -> None:
    """50 MB of real text: read whole, it would take the ingest minutes to sort."""
    sentence = b"Russia and China met again to talk about trade in Central Asia. "
    with (root / "seeds" / "enormous.txt").open("wb") as stream:
        stream.write(b"An Enormous Headline\n\n")
        for _ in range(FIFTY_MB // (len(sentence) * 1024) + 1):
            stream.write(sentence * 1024)
        stream.truncate(FIFTY_MB)


def messy_seed_folder(root: Path) -> None:
    """A subfolder (searched), hidden files and folders (ignored), a picture (skipped),
    and a 'text' file in the subfolder that is really binary (refused)."""
    seeds = root / "seeds"
    (seeds / "2019" / "march").mkdir(parents=True)
    (seeds / "2019" / "march" / "scan.txt").write_bytes(b"%PDF-1.7\n\x00\x01\x02binary")
    (seeds / ".draft.txt").write_bytes(b"\x00\xff hidden and binary")
    (seeds / ".git").mkdir()
    (seeds / ".git" / "HEAD.txt").write_bytes(b"\x00")
    (seeds / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF")


def template(name: str, text: str):
    return write(f"templates/{name}", text)


def a_file(relative: str):
    return write(relative, "not a folder\n")


ARTICLE_TEMPLATE = "{%% extends 'base.html' %%}\n{%% block main %%}\n%s\n{%% endblock %%}\n"

CASES = [
    # briefing.yml
    Case(
        "config-malformed-yaml",
        replace(CONFIG, "description: A small", "description: [A small"),
        LOADING,
        ERROR + "briefing.yml:3: invalid YAML: did not find expected ',' or ']'",
    ),
    Case(
        "config-not-a-mapping",
        write(CONFIG, "- title: Mini\n"),
        LOADING,
        ERROR + "briefing.yml:1: briefing.yml must be a mapping of settings",
    ),
    Case(
        "config-title-a-list",
        replace(CONFIG, "title: Mini briefing", "title: [Mini, briefing]"),
        LOADING,
        ERROR + "briefing.yml:1: 'title' must be text",
    ),
    # an article's front matter
    Case(
        "front-matter-malformed-yaml",
        replace(ALPHA, "author: Jane Doe", "author: [Jane Doe"),
        LOADING,
        ERROR + "content/articles/alpha.md:6: invalid YAML: did not find expected ',' or ']'",
    ),
    Case(
        "front-matter-not-closed",
        replace(BETA, "actors: [china, united-states]\n---\n", "actors: [china, united-states]\n"),
        LOADING,
        ERROR + "content/articles/beta.md:1: front matter is not closed: no second '---' line",
    ),
    Case(
        "front-matter-absent",
        replace(BETA, "---\ntitle: Beta on trade", "title: Beta on trade"),
        LOADING,
        ERROR + "content/articles/beta.md:1: "
        "no front matter: the file must start with a '---' line",
    ),
    Case(
        "front-matter-control-character",
        replace(ALPHA, "publisher: Example Review", "publisher: Example\x0cReview"),
        LOADING,
        ERROR + "content/articles/alpha.md:6: "
        "invalid YAML: character U+000C: control characters are not allowed",
    ),
    Case(
        "required-title-missing",
        replace(BETA, "title: Beta on trade\n", ""),
        LOADING,
        ERROR + "content/articles/beta.md:2: 'title' is missing",
    ),
    Case(
        "date-not-a-date",
        replace(ALPHA, "date: 2019-08-01", "date: last summer"),
        LOADING,
        ERROR + "content/articles/alpha.md:4: 'date' must be an ISO date like 2018-12-21, or null",
    ),
    Case(
        "date-that-does-not-exist",
        replace(ALPHA, "date: 2019-08-01", "date: 2019-02-30"),
        LOADING,
        ERROR + "content/articles/alpha.md:4: invalid YAML: "
        "'2019-02-30' is not a valid date (day is out of range for month)",
    ),
    Case(
        "list-that-is-a-string",
        replace(BETA, "themes: [trade]", "themes: trade"),
        LOADING,
        ERROR + "content/articles/beta.md:10: 'themes' must be a list of theme ids",
    ),
    Case(
        "text-that-is-a-list",
        replace(ALPHA, "publisher: Example Review", "publisher: [Example, Review]"),
        LOADING,
        ERROR + "content/articles/alpha.md:6: 'publisher' must be text",
    ),
    Case(
        "author-list-with-a-number",
        replace(ALPHA, "author: Jane Doe", "author: [Jane Doe, 7]"),
        LOADING,
        ERROR + "content/articles/alpha.md:5: 'author' must be a name or a list of names",
    ),
    Case(
        "unknown-actor-id",
        replace(BETA, "actors: [china, united-states]", "actors:\n  - china\n  - atlantis"),
        LOADING,
        ERROR + "content/articles/beta.md:13: unknown actor id 'atlantis'",
    ),
    Case(
        "unknown-theme-id",
        replace(BETA, "themes: [trade]", "themes: [trade, piracy]"),
        LOADING,
        ERROR + "content/articles/beta.md:10: unknown theme id 'piracy'",
    ),
    Case(
        "two-articles-one-slug",
        replace(BETA, "slug: beta", "slug: alpha"),
        LOADING,
        ERROR + "content/articles/beta.md:3: slug 'alpha' is also used by "
        "{root}/content/articles/alpha.md",
    ),
    # the gazetteer
    Case(
        "actors-malformed-yaml",
        replace(ACTORS, "aliases: [Chinese, Beijing]", "aliases: [Chinese, Beijing"),
        GAZETTEER,
        ERROR + "content/actors.yml:10: invalid YAML: did not find expected ',' or ']'",
    ),
    Case(
        "themes-malformed-yaml",
        replace(THEMES, "  title: Trade and investment", "\ttitle: Trade and investment"),
        GAZETTEER,
        ERROR + "content/themes.yml:6: "
        "invalid YAML: found a tab character that violates indentation",
    ),
    Case(
        "actor-without-a-name",
        replace(ACTORS, "  name: China\n", ""),
        GAZETTEER,
        ERROR + "content/actors.yml:6: 'name' is missing",
    ),
    Case(
        "actor-kind-outside-the-five",
        replace(ACTORS, "kind: place", "kind: planet"),
        GAZETTEER,
        ERROR + "content/actors.yml:28: "
        f"actor kind 'planet' is not one of {', '.join(ACTOR_KINDS)}",
    ),
    Case(
        "two-actors-one-id",
        replace(ACTORS, "id: kant-air-base", "id: china"),
        GAZETTEER,
        ERROR + "content/actors.yml:26: id 'china' already used on line 6",
    ),
    Case(
        "one-alias-two-actors",
        replace(ACTORS, "aliases: [Mr. Xi]", "aliases: [Mr. Xi, Beijing]"),
        GAZETTEER,
        ERROR + "content/actors.yml:21: "
        "name 'Beijing' of 'xi-jinping' is already claimed by 'china'",
    ),
    # the project's templates
    Case(
        "template-syntax-error",
        template("article.html", ARTICLE_TEMPLATE % "<h1>{{ article.title }</h1>"),
        (BUILD,),
        ERROR + "templates/article.html:3: template error: unexpected '}}'",
    ),
    Case(
        "template-undefined-variable",
        template("article.html", ARTICLE_TEMPLATE % "<p>\n{{ no_such_thing.title }}\n</p>"),
        (BUILD,),
        ERROR + "templates/article.html:4: template error: 'no_such_thing' is undefined",
    ),
    pytest.param(
        Case(
            "template-runtime-error",
            template("article.html", ARTICLE_TEMPLATE % "<p>{{ article.title.upper(1) }}</p>"),
            (BUILD,),
            ERROR + "templates/article.html:3: template error: "
            "str.upper() takes no arguments (1 given)",
        )
    ),
    pytest.param(
        Case(
            "template-not-utf-8",
            template("article.html", b"<p>\xff\xfe</p>\n"),
            (BUILD,),
            ERROR + "templates/article.html: not UTF-8 text (byte 3)",
        )
    ),
    pytest.param(
        Case(
            "template-includes-a-missing-template",
            template("article.html", ARTICLE_TEMPLATE % "{% include 'missing.html' %}"),
            (BUILD,),
            ERROR + "templates/article.html:3: template 'missing.html' not found",
        )
    ),
    pytest.param(
        Case(
            "template-gives-pages-search-cannot-index",
            template("base.html", "plain text, no markup\n"),
            (BUILD,),
            ERROR + "site: search indexing failed: Most likely, the directory passed to "
            "Pagefind was empty or did not contain any html files.",
        )
    ),
    # seeds
    Case(
        "seed-empty",
        write("seeds/empty.txt", b""),
        (ingest("seeds/empty.txt"),),
        ERROR + "seeds/empty.txt: seed is empty",
    ),
    Case(
        "seed-binary",
        write("seeds/photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
        (ingest("seeds/photo.txt"),),
        ERROR + "seeds/photo.txt: seed is binary, not text (NUL byte at offset 8)",
    ),
    Case(
        "seed-undecodable",
        write("seeds/garbled.txt", bytes(range(0x80, 0x100)) * 3),
        (ingest("seeds/garbled.txt"),),
        ERROR + "seeds/garbled.txt: cannot decode seed: not UTF-8 or Windows-1252 text (byte 0)",
    ),
    Case(
        "seed-enormous",
        enormous_seed,
        (ingest("seeds/enormous.txt"),),
        ERROR + "seeds/enormous.txt: seed is too large: 50.0 MiB (the limit is 10 MiB)",
    ),
    Case(
        "seed-folder-with-subfolders-hidden-and-non-text-files",
        messy_seed_folder,
        (ingest("seeds/2019"),),
        ERROR + "seeds/2019/march/scan.txt: seed is binary, not text (NUL byte at offset 9)",
    ),
    # the folder of articles and the ingest manifest
    Case(
        "articles-folder-a-file",
        both(lambda root: shutil.rmtree(root / "content" / "articles"), a_file(ARTICLES)),
        GAZETTEER,
        ERROR + "content/articles: is a file, not the folder of articles",
    ),
    Case(
        "article-a-folder",
        lambda root: (root / ARTICLES / "gamma.md").mkdir(),
        LOADING,
        ERROR + "content/articles/gamma.md: is a folder, not a file",
    ),
    Case(
        "article-a-symlink-loop",
        lambda root: (root / ARTICLES / "loop.md").symlink_to(root / ARTICLES / "loop.md"),
        LOADING,
        ERROR + "content/articles/loop.md: cannot read: Too many levels of symbolic links",
    ),
    Case(
        "article-to-write-is-a-folder",
        both(
            write("seeds/gamma.txt", GAMMA_SEED),
            lambda root: (root / ARTICLES / "gamma-exercises-in-kyrgyzstan.md").mkdir(),
        ),
        (ingest("seeds/gamma.txt"),),
        ERROR
        + "content/articles/gamma-exercises-in-kyrgyzstan.md: is a folder, not an article file",
    ),
    Case(
        "manifest-not-json",
        write(f"{ARTICLES}/.ingest.json", "{'alpha': "),
        (INGEST,),
        ERROR + "content/articles/.ingest.json: ingest manifest is damaged: "
        "Expecting property name enclosed in double quotes: line 1 column 2 (char 1)",
    ),
    Case(
        "manifest-bad-date",
        write(
            f"{ARTICLES}/.ingest.json",
            '{"alpha": {"seed": "alpha.txt", "seed_sha256": "0", "accessed": "yesterday", '
            '"sha256": "0"}}',
        ),
        (INGEST,),
        ERROR + "content/articles/.ingest.json: ingest manifest is damaged: "
        "the entry of 'alpha' has a bad date 'yesterday'",
    ),
    Case(
        "manifest-a-folder",
        lambda root: (root / ARTICLES / ".ingest.json").mkdir(),
        (INGEST,),
        ERROR + "content/articles/.ingest.json: cannot read the ingest manifest: Is a directory",
    ),
    # --root and --out
    Case(
        "root-missing",
        nothing,
        (
            ("ingest", "--root", "{tmp}/nowhere"),
            ("build", "--root", "{tmp}/nowhere"),
            ("check", "--root", "{tmp}/nowhere"),
        ),
        "briefing: error: {tmp}/nowhere: project folder does not exist",
    ),
    Case(
        "root-a-file",
        a_file("../notes.txt"),
        (
            ("ingest", "--root", "{tmp}/notes.txt"),
            ("build", "--root", "{tmp}/notes.txt"),
            ("check", "--root", "{tmp}/notes.txt"),
        ),
        "briefing: error: {tmp}/notes.txt: project folder is a file, not a folder",
    ),
    Case(
        "out-in-a-missing-folder",
        nothing,
        (("build", "--out", "{tmp}/nowhere/site"),),
        "briefing: error: {tmp}/nowhere: the folder holding the output does not exist",
    ),
    Case(
        "out-a-file",
        a_file("../notes.txt"),
        (("build", "--out", "{tmp}/notes.txt"),),
        "briefing: error: {tmp}/notes.txt: output is a file, not a folder",
    ),
    pytest.param(
        Case(
            "out-inside-a-file",
            a_file("../notes.txt"),
            (("build", "--out", "{tmp}/notes.txt/site"),),
            "briefing: error: {tmp}/notes.txt: the folder holding the output is a file, "
            "not a folder",
        )
    ),
    Case(
        "check-out-missing",
        nothing,
        (("check", "--out", "{tmp}/nowhere"),),
        "briefing: error: {tmp}/nowhere: no built site to check: run `briefing build` first",
    ),
    Case(
        "check-out-a-file",
        a_file("../notes.txt"),
        (("check", "--out", "{tmp}/notes.txt"),),
        "briefing: error: {tmp}/notes.txt: no built site to check: run `briefing build` first",
    ),
    Case(
        "out-is-the-project-root",
        nothing,
        (("build", "--out", "{root}"),),
        "briefing: error: {root}: refusing to build into {root}: it would replace {root}",
    ),
    Case(
        "out-is-content",
        nothing,
        (("build", "--out", "{root}/content"), ("build", "--out", "{root}/site/../content")),
        ERROR + "content: refusing to build into {root}/content: it would replace {root}/content",
    ),
    Case(
        "out-is-inside-content",
        nothing,
        (("build", "--out", "{root}/content/articles"),),
        ERROR + "content/articles: refusing to build into {root}/content/articles: "
        "it would replace {root}/content",
    ),
    Case(
        "out-is-seeds",
        nothing,
        (("build", "--out", "{root}/seeds"),),
        ERROR + "seeds: refusing to build into {root}/seeds: it would replace {root}/seeds",
    ),
]


def _name(case) -> str:
    return case.name if isinstance(case, Case) else case.values[0].name


@pytest.mark.parametrize("case", CASES, ids=[_name(c) for c in CASES])
def test_bad_input_gets_one_line_and_loses_nothing(case: Case, built_mini: Path):
    run_case(case, built_mini)


# An output folder that cannot be written. The tests run as root, whom permission
# bits do not stop, so the folder is made read-only for real: bound read-only onto
# itself in a private mount namespace that vanishes with the command.


def _can_bind_read_only() -> bool:
    if shutil.which("unshare") is None:
        return False
    probe = subprocess.run(
        ["unshare", "--mount", "--propagation", "private", "mount", "--bind", "-o", "ro",
         "/tmp", "/tmp"],
        capture_output=True,
    )  # fmt: skip
    return probe.returncode == 0


@pytest.mark.skipif(
    not _can_bind_read_only(),
    reason="needs unshare and mount (root with CAP_SYS_ADMIN) to make a truly read-only folder",
)
def test_an_output_folder_that_cannot_be_written_is_refused(built_mini: Path, tmp_path: Path):
    locked = tmp_path / "locked"
    shutil.copytree(built_mini / "site", locked / "site")
    before = fingerprint(locked)
    script = 'mount --bind -o ro "$1" "$1" && shift && exec "$@"'
    result = subprocess.run(
        ["unshare", "--mount", "--propagation", "private", "sh", "-c", script, "sh",
         str(locked), sys.executable, "-m", "briefing", "build", "--root", str(built_mini),
         "--out", str(locked / "site")],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert result.returncode == 1
    assert result.stderr == f"briefing: error: {locked}: cannot write here: permission denied\n"
    assert fingerprint(locked) == before
    assert os.listdir(locked) == ["site"]


def test_an_output_folder_where_files_cannot_be_made_is_one_line(built_mini: Path):
    site_before = fingerprint(built_mini / "site")
    outcome = run_cli("build", "--root", str(built_mini), "--out", "/proc/briefing-site")
    assert fingerprint(built_mini / "site") == site_before
    assert outcome.code == 1, outcome.err
    assert outcome.err.startswith("briefing: error: /proc"), outcome.err
    assert len(outcome.err.splitlines()) == 1


# serve on a broken project


def test_serve_on_a_broken_project_without_a_site_prints_the_one_line(mini_project: Path):
    (mini_project / "content" / "themes.yml").write_text("- id: [trade\n")
    result = subprocess.run(
        [sys.executable, "-m", "briefing", "serve", "--root", str(mini_project), "--port", "0"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1
    assert result.stderr == (
        f"briefing: error: {mini_project}/content/themes.yml:2: "
        "invalid YAML: did not find expected ',' or ']'\n"
    )
    assert result.stdout == ""
    assert not (mini_project / "site").exists()
    assert leftovers(mini_project) == []


def test_serve_on_a_broken_project_keeps_serving_the_last_good_build(built_mini: Path):
    import json
    import urllib.request

    site_before = fingerprint(built_mini / "site")
    article = built_mini / BETA
    article.write_text(article.read_text().replace("themes: [trade]", "themes: [piracy]"))
    message = f"{article}:10: unknown theme id 'piracy'"
    with serving(built_mini) as served:
        with urllib.request.urlopen(f"{served.origin}/articles/beta/", timeout=30) as response:
            page = response.read().decode()
        assert "Beta on trade" in page
        with urllib.request.urlopen(f"{served.origin}/__briefing__/status", timeout=30) as response:
            status = json.loads(response.read())
        assert status == {"build": 1, "error": message}
        out, err = served.output()
    assert err == f"briefing: error: {message}\n"
    assert "Traceback" not in out + err
    assert "serving the last good build until the error is fixed" in out
    assert fingerprint(built_mini / "site") == site_before


def test_serve_refuses_a_port_that_is_not_a_port(mini_project: Path):
    result = subprocess.run(
        [sys.executable, "-m", "briefing", "serve", "--root", str(mini_project), "--port", "70000"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert (result.returncode, result.stderr) == (
        1,
        "briefing: error: port 70000 is not a port number (0 to 65535)\n",
    )
    assert not (mini_project / "site").exists()


def test_serve_on_a_port_in_use_says_so_in_one_line(built_mini: Path):
    import socket

    site_before = fingerprint(built_mini / "site")
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run(
            [sys.executable, "-m", "briefing", "serve", "--root", str(built_mini), "--port",
             str(port)],
            capture_output=True, text=True, timeout=120,
        )  # fmt: skip
    assert (result.returncode, result.stderr) == (
        1,
        f"briefing: error: port {port} is already in use: choose another with --port\n",
    )
    assert fingerprint(built_mini / "site") == site_before
