"""Hostile input: shown as text, never run; nothing served from outside the site.

Text pasted from the web and hand-edited front matter carry scripts, event
handlers, frames and script links; names can try to climb out of the output
folder; requests can try to climb out of the served folder. Every page is
parsed and checked for anything live, and `briefing serve` is run for real on
127.0.0.1.
"""

from __future__ import annotations

import http.client
import json
import re
import socket
import struct
import urllib.request
import xml.etree.ElementTree as ET
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from tests.hardening.helpers import Case, copy_project, run_case, run_cli, serving

ALPHA = "content/articles/alpha.md"
BETA = "content/articles/beta.md"

HOSTILE_SEED = """\
Example Review

<script>alert('title')</script> Russia and China <b onmouseover=alert(0)>in</b> Central Asia

August 1, 2019

Russia and China held talks <script>alert(1)</script> about the SCO and the troops there.

An <img src=x onerror="alert(2)"> image and an <iframe src="https://evil.example/"></iframe> \
frame were in the page copy, and an <svg onload=alert(3)></svg> drawing too.

<script src="https://evil.example/x.js"></script>

Read [the report](javascript:alert(4)) or [the data](data:text/html;base64,PHNjcmlwdD4=) or \
[this](JaVaScRiPt:alert(5)) or <a href="javascript:alert(6)">that</a> or <javascript:alert(7)>.

[a reference link][ref] and ![a picture](javascript:alert(8)) and [spaced]( javascript:alert(9) ).

[ref]: javascript:alert(10)

A closing </script><script>alert(11)</script> tag inside the text, and <!-- a comment -->.
"""

HOSTILE_FRONT_MATTER = {
    "author: Jane Doe": 'author: "<img src=x onerror=alert(12)>"',
    "publisher: Example Review": 'publisher: "<a href=javascript:alert(13)>Review</a>"',
    "summary: Russia and China meet at the SCO.": (
        'summary: "</script><script>alert(14)</script><iframe src=//evil.example></iframe>"'
    ),
}

HOSTILE_BODY = """
<script>alert(15)</script>

<iframe src="https://evil.example/"></iframe><object data="x.swf"></object>

<p onclick="alert(16)">raw HTML paragraph</p>

[click](javascript:alert(17)) [data](data:text/html,<script>alert(18)</script>) \
[vb](vbscript:msgbox(19)) <javascript:alert(20)> [tab](java\tscript:alert(21)) \
[entity](&#106;avascript:alert(22)) [ok](https://example.org/ok)
"""

UNSAFE_SCHEME = re.compile(r"^(?:javascript|data|vbscript):", re.IGNORECASE)
URL_ATTRIBUTES = ("href", "src", "action", "formaction", "poster", "data", "xlink:href", "srcset")
FRAMES = ("iframe", "frame", "frameset", "object", "embed", "applet")
OWN_SCRIPT = re.compile(r"^(?:\.\./)*(?:assets|pagefind)/[\w.-]+\.js$")


def _scheme_of(value: str) -> str:
    """The URL as a browser reads its scheme: control characters and spaces ignored."""
    return re.sub(r"[\x00-\x20]", "", value)


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The mini project with a hostile seed ingested and hostile front matter, built."""
    from tests.conftest import FIXTURES

    root = copy_project(FIXTURES / "mini", tmp_path_factory.mktemp("hostile") / "mini")
    (root / "seeds" / "hostile.txt").write_text(HOSTILE_SEED, encoding="utf-8")
    ingested = run_cli("ingest", "--root", str(root), str(root / "seeds" / "hostile.txt"))
    assert ingested.code == 0, ingested.err
    article = root / ALPHA
    text = article.read_text(encoding="utf-8")
    for old, new in HOSTILE_FRONT_MATTER.items():
        text = text.replace(old, new)
    article.write_text(text + HOSTILE_BODY, encoding="utf-8")
    actors = root / "content" / "actors.yml"
    actors.write_text(
        actors.read_text().replace(
            "description: The Russian Federation.",
            'description: "<script>alert(23)</script></script>"',
        )
    )
    themes = root / "content" / "themes.yml"
    themes.write_text(
        themes.read_text().replace(
            "title: Trade and investment", 'title: "Trade </script><script>alert(24)</script>"'
        )
    )
    config = root / "briefing.yml"
    config.write_text(
        config.read_text().replace(
            "description: A small briefing for tests.",
            "description: '\"><script>alert(25)</script>'",
        )
    )
    # An absolute base URL, so that the sitemap is written too.
    built = run_cli("build", "--root", str(root), "--base-url", "https://example.org/b/")
    assert built.code == 0, built.err
    return root / "site"


def _pages(site: Path) -> list[Path]:
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 20
    return pages


def _soup(page: Path) -> BeautifulSoup:
    return BeautifulSoup(page.read_text(encoding="utf-8"), "lxml")


def test_the_hostile_text_reached_the_pages_as_text(hostile_site: Path):
    article = _soup(hostile_site / "articles" / "alpha" / "index.html").get_text()
    assert "<script>alert(15)</script>" in article
    assert "<img src=x onerror=alert(12)>" in article
    ingested = [p for p in (hostile_site / "articles").glob("*/index.html") if "central" in str(p)]
    assert len(ingested) == 1
    assert "<script>alert(1)</script>" in _soup(ingested[0]).get_text()


def test_no_page_has_a_script_other_than_the_sites_own_files(hostile_site: Path):
    for page in _pages(hostile_site):
        for script in _soup(page).find_all("script"):
            assert OWN_SCRIPT.match(script.get("src") or ""), f"{page}: {script}"
            assert not script.get_text().strip(), f"{page}: inline script {script}"


def test_no_page_has_an_event_handler_attribute(hostile_site: Path):
    for page in _pages(hostile_site):
        for element in _soup(page).find_all(True):
            handlers = [name for name in element.attrs if name.lower().startswith("on")]
            assert not handlers, f"{page}: {element}"


def test_no_page_has_a_frame_or_plugin(hostile_site: Path):
    for page in _pages(hostile_site):
        assert not _soup(page).find_all(FRAMES), page


def test_no_link_or_source_uses_a_script_or_data_scheme(hostile_site: Path):
    for page in _pages(hostile_site):
        for element in _soup(page).find_all(True):
            for name in URL_ATTRIBUTES:
                value = element.get(name)
                if isinstance(value, str):
                    assert not UNSAFE_SCHEME.match(_scheme_of(value)), f"{page}: {element}"


def test_every_external_link_has_noopener_noreferrer(hostile_site: Path):
    external = 0
    for page in _pages(hostile_site):
        for link in _soup(page).find_all("a", href=True):
            if urlsplit(link["href"]).scheme in ("http", "https") or link["href"].startswith("//"):
                external += 1
                assert {"noopener", "noreferrer"} <= set(link.get("rel") or []), f"{page}: {link}"
    assert external > 0


def test_every_page_declares_a_policy_allowing_only_the_sites_own_files(hostile_site: Path):
    for page in _pages(hostile_site):
        metas = _soup(page).find_all("meta", attrs={"http-equiv": "Content-Security-Policy"})
        assert len(metas) == 1, page
        policy = _policy(metas[0]["content"])
        assert policy["default-src"] == ["'self'"], page
        assert policy["object-src"] == ["'none'"], page
        for directive, sources in policy.items():
            for source in sources:
                # data: images are inline bytes, never another host; WebAssembly
                # compilation (for the search index) loads nothing either.
                allowed = {"'self'", "'none'"}
                allowed |= {"data:"} if directive == "img-src" else set()
                allowed |= {"'wasm-unsafe-eval'"} if directive == "script-src" else set()
                assert source in allowed, f"{page}: {directive} {source}"


def _policy(content: str) -> dict[str, list[str]]:
    directives = [part.split() for part in content.split(";") if part.strip()]
    return {words[0]: words[1:] for words in directives}


def test_feeds_and_sitemap_are_well_formed_and_hold_no_markup(hostile_site: Path):
    for name in ("feed.xml", "sitemap.xml"):
        tree = ET.parse(hostile_site / name)
        tags = {element.tag.split("}")[-1] for element in tree.iter()}
        assert not tags & {"script", "iframe", "img"}, name


def test_data_files_round_trip_the_hostile_text(hostile_site: Path):
    articles = json.loads((hostile_site / "data" / "articles.json").read_text("utf-8"))
    authors = {article["author"] for article in articles}
    assert "<img src=x onerror=alert(12)>" in authors


def test_json_is_escaped_for_embedding_in_a_page(hostile_site: Path):
    for path in sorted(hostile_site.glob("data/*.json")):
        text = path.read_text("utf-8").lower()
        assert "</script" not in text, path
        assert "<!--" not in text, path


# Names that would climb out of the output folder, or that Windows cannot hold,
# are refused with one line naming the file and line.

CONTENT_COMMANDS = (("build",), ("check",))
ERROR = "briefing: error: {root}/"


def replace(relative: str, old: str, new: str):
    def breaks(root: Path) -> None:
        path = root / relative
        text = path.read_text(encoding="utf-8")
        assert text.count(old) == 1, f"{old!r} not found once in {relative}"
        path.write_text(text.replace(old, new), encoding="utf-8")

    return breaks


SLUG_RULE = "must be lowercase letters, digits and single hyphens"


def _slug(value: str, shown: str, message: str = SLUG_RULE) -> Case:
    return Case(
        f"slug {shown}",
        replace(BETA, "slug: beta", f"slug: {value}"),
        CONTENT_COMMANDS,
        ERROR + f"content/articles/beta.md:3: slug {shown} {message}",
    )


def _actor_id(value: str, shown: str, message: str) -> Case:
    return Case(
        f"actor id {shown}",
        replace("content/actors.yml", "id: kant-air-base", f"id: {value}"),
        (("ingest",), *CONTENT_COMMANDS),
        ERROR + f"content/actors.yml:26: id {shown} {message}",
    )


def _seed_field(value: str, shown: str) -> Case:
    return Case(
        f"seed {shown}",
        replace(BETA, "seed: null", f"seed: {value}"),
        CONTENT_COMMANDS,
        ERROR + f"content/articles/beta.md:9: seed {shown} must name a file inside seeds/",
    )


def _source_url(value: str) -> Case:
    return Case(
        f"source_url {value}",
        replace(ALPHA, "source_url: https://example.org/alpha", f"source_url: {value}"),
        CONTENT_COMMANDS,
        ERROR + "content/articles/alpha.md:7: "
        "'source_url' must be an http:// or https:// address, or null",
    )


def _reserved_title(root: Path) -> None:
    (root / "seeds" / "console.txt").write_text(
        "CON\n\nThe console of the Russian base was shown to the visitors from China.\n"
    )


def _alias_bomb(root: Path) -> None:
    """A billion laughs: nine levels of nine aliases, a billion strings if copied out."""
    levels = ["a0: &a0 [" + ", ".join(["lol"] * 9) + "]"]
    levels += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 9)]
    replace(BETA, "seed: null\n", "seed: null\n" + "\n".join(levels) + "\n")(root)


ID_RULE = "must be lowercase letters, digits and hyphens"
RESERVED = "is a reserved file name on Windows: choose another"

NAME_CASES = [
    _slug("../beta", "'../beta'"),
    _slug("/tmp/beta", "'/tmp/beta'"),
    _slug('"be\\0ta"', "'be\\x00ta'"),
    _slug("con", "'con'", RESERVED),
    _slug("lpt1", "'lpt1'", RESERVED),
    _actor_id("../kant", "'../kant'", ID_RULE),
    _actor_id("/etc", "'/etc'", ID_RULE),
    _actor_id('"kant\\0"', "'kant\\x00'", ID_RULE),
    _actor_id("con", "'con'", RESERVED),
    Case(
        "slug too long for a file name",
        replace(BETA, "slug: beta", "slug: " + "-".join(["beta"] * 60)),
        CONTENT_COMMANDS,
        ERROR
        + "content/articles/beta.md:3: slug is 299 characters long, more than the 100 allowed",
    ),
    Case(
        "actor id too long for a file name",
        replace("content/actors.yml", "id: kant-air-base", "id: " + "k" * 300),
        (("ingest",), *CONTENT_COMMANDS),
        ERROR + "content/actors.yml:26: id is 300 characters long, more than the 100 allowed",
    ),
    Case(
        "theme id aux",
        replace("content/themes.yml", "id: security", "id: aux"),
        (("ingest",), *CONTENT_COMMANDS),
        ERROR + f"content/themes.yml:1: id 'aux' {RESERVED}",
    ),
    _seed_field("../../../../../../etc/hostname", "'../../../../../../etc/hostname'"),
    _seed_field("/etc/hostname", "'/etc/hostname'"),
    _seed_field('"alpha\\0.txt"', "'alpha\\x00.txt'"),
    _seed_field('"..\\\\..\\\\secret.txt"', "'..\\\\..\\\\secret.txt'"),
    _source_url("javascript:alert(1)"),
    _source_url("'data:text/html,<script>alert(1)</script>'"),
    _source_url("JAVASCRIPT://example.org/%0Aalert(1)"),
    _source_url("'https://[example.org'"),
    Case(
        "front matter alias bomb",
        _alias_bomb,
        CONTENT_COMMANDS,
        ERROR + "content/articles/beta.md:10: unknown front-matter field 'a0'",
    ),
    Case(
        "base_url javascript:",
        replace("briefing.yml", "base_url: /", "base_url: javascript:alert(1)//"),
        CONTENT_COMMANDS,
        ERROR + "briefing.yml:3: base_url 'javascript:alert(1)//' must be a path like /repo/ "
        "or an http:// or https:// address",
    ),
    Case(
        "--base-url with a quote",
        lambda root: None,
        (("build", "--base-url", 'https://example.org/"><script>'),),
        "briefing: error: base_url 'https://example.org/\"><script>' must be a path like /repo/ "
        "or an http:// or https:// address",
    ),
    Case(
        "seed titled with a reserved name",
        _reserved_title,
        (("ingest", "{root}/seeds/console.txt"),),
        ERROR + "seeds/console.txt: title 'CON' gives the slug 'con', "
        "a reserved file name on Windows: retitle the seed",
    ),
]


@pytest.mark.parametrize("case", NAME_CASES, ids=[case.name for case in NAME_CASES])
def test_names_that_escape_or_are_reserved_are_refused(case: Case, built_mini: Path):
    run_case(case, built_mini)


def test_a_seed_named_with_spaces_and_other_scripts_gives_a_working_stable_url(
    mini_project: Path,
):
    folder = mini_project / "seeds" / "Москва и Пекин"
    folder.mkdir()
    seed = folder / "Россия и Китай — обзор 2019.txt"
    seed.write_text(
        "Россия и Китай в Центральной Азии\n\n"
        "Russia and China held a military exercise under the SCO near Bishkek.\n",
        encoding="utf-8",
    )
    first = run_cli("ingest", "--root", str(mini_project), str(seed))
    assert first.code == 0, first.err
    article = mini_project / "content" / "articles" / "rossiia-i-kitai-v-tsentralnoi-azii.md"
    assert article.is_file(), first.out
    front_matter = article.read_text(encoding="utf-8")
    assert "seed: Москва и Пекин/Россия и Китай — обзор 2019.txt\n" in front_matter
    written = article.read_bytes()
    again = run_cli("ingest", "--root", str(mini_project), str(seed))
    assert again.code == 0, again.err
    assert article.read_bytes() == written
    assert run_cli("build", "--root", str(mini_project)).code == 0
    site = mini_project / "site"
    page = site / "articles" / "rossiia-i-kitai-v-tsentralnoi-azii" / "index.html"
    assert "Россия и Китай в Центральной Азии" in page.read_text(encoding="utf-8")
    source = site / "sources" / "rossiia-i-kitai-v-tsentralnoi-azii" / "index.html"
    assert "Russia and China held a military exercise" in source.read_text(encoding="utf-8")
    checked = run_cli("check", "--root", str(mini_project))
    assert checked.code == 0, checked.out


# briefing serve, for real, on 127.0.0.1

SECRET = "top-secret-0d6f1c: this text lives outside the site folder"


@pytest.fixture(scope="module")
def served_project(tmp_path_factory: pytest.TempPathFactory):
    """The mini project served, with secrets beside and above the site and links to them."""
    from tests.conftest import FIXTURES

    base = tmp_path_factory.mktemp("served")
    root = copy_project(FIXTURES / "mini", base / "mini")
    (base / "secret.txt").write_text(SECRET)
    (root / "secret.txt").write_text(SECRET)
    with serving(root) as served:
        site = root / "site"
        (site / "leak.txt").symlink_to(base / "secret.txt")
        (site / "leak-folder").symlink_to(base)
        (site / "assets" / "up").symlink_to(root)
        (site / "big.bin").write_bytes(b"x" * (8 * 1024 * 1024))
        yield served


TRAVERSALS = [
    "/../secret.txt",
    "/../../secret.txt",
    "/assets/../../secret.txt",
    "/%2e%2e/secret.txt",
    "/%2E%2E/%2e%2e/secret.txt",
    "/..%2fsecret.txt",
    "/..%2Fsecret.txt",
    "/assets%2F..%2F..%2Fsecret.txt",
    "/%252e%252e/secret.txt",
    "/%252e%252e%252fsecret.txt",
    "/..%5csecret.txt",
    "/%2e%2e%5c%2e%2e%5csecret.txt",
    "//secret.txt",
    "/.%2e/.%2e/secret.txt",
    "/leak.txt",
    "/leak-folder/secret.txt",
    "/leak-folder/mini/briefing.yml",
    "/assets/up/secret.txt",
    "/assets/up/content/actors.yml",
    "http://127.0.0.1/../secret.txt",
]


def _raw_get(served, target: str) -> tuple[int, bytes]:
    """A request with the target sent exactly as written: no client-side clean-up."""
    connection = http.client.HTTPConnection("127.0.0.1", served.port, timeout=30)
    try:
        connection.putrequest("GET", target, skip_host=True, skip_accept_encoding=True)
        connection.putheader("Host", f"127.0.0.1:{served.port}")
        connection.endheaders()
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


@pytest.mark.parametrize("target", TRAVERSALS)
def test_serve_answers_nothing_from_outside_the_site(served_project, target: str):
    status, body = _raw_get(served_project, target)
    assert status in (400, 403, 404), (status, body[:200])
    assert SECRET.encode() not in body
    assert b"Kant Air Base" not in body  # nor the project's own files


def test_serve_answers_a_missing_page_with_the_sites_own_404(served_project):
    status, body = _raw_get(served_project, "/no/such/page/")
    assert status == 404
    page = BeautifulSoup(body, "lxml")
    assert page.select_one("link[rel=stylesheet]") is not None
    assert page.h1 is not None and "not found" in page.get_text().lower()


def test_serve_binds_to_the_loopback_address_only(served_project):
    listening = _listening_addresses(served_project.port)
    assert listening == {"127.0.0.1"}
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.2", served_project.port), timeout=5).close()


def _listening_addresses(port: int) -> set[str]:
    """The local addresses with a socket listening on the port, from /proc/net/tcp(6)."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            rows = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for row in rows:
            local, state = row.split()[1], row.split()[3]
            address, port_hex = local.split(":")
            if state == "0A" and int(port_hex, 16) == port:  # 0A: LISTEN
                if len(address) == 8:
                    found.add(socket.inet_ntoa(struct.pack("<I", int(address, 16))))
                else:
                    found.add(f"ipv6:{address}")
    return found


def test_serve_answers_a_burst_of_concurrent_requests(served_project):
    paths = ["/", "/articles/", "/articles/alpha/", "/actors/russia/", "/assets/style.css"]

    def fetch(number: int) -> int:
        url = served_project.origin + paths[number % len(paths)]
        with urllib.request.urlopen(url, timeout=30) as response:
            response.read()
            return response.status

    with ThreadPoolExecutor(max_workers=20) as pool:
        statuses = list(pool.map(fetch, range(200)))
    assert statuses == [200] * 200


def test_serve_survives_clients_that_disconnect_mid_response(served_project):
    for _ in range(20):
        client = socket.create_connection(("127.0.0.1", served_project.port), timeout=30)
        client.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
        client.sendall(b"GET /big.bin HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        client.recv(1024)
        # Close with a reset, as a browser tab closed mid-download does.
        client.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        client.close()
    with urllib.request.urlopen(served_project.origin + "/", timeout=30) as response:
        assert response.status == 200
    status, _ = _raw_get(served_project, "/articles/alpha/")
    assert status == 200


def test_serve_said_nothing_alarming(served_project):
    """Last in the module: after traversals, bursts and resets, no traceback was printed."""
    test_serve_survives_clients_that_disconnect_mid_response(served_project)
    out, err = served_project.output()
    assert "Traceback" not in out + err
    assert "Exception" not in err
    assert err == ""


# The build cache in .briefing/ travels with a project folder copied or unpacked
# from elsewhere; what it holds must be data, never code.


class _Payload:
    """Unpickling this creates a file: proof that loading the cache ran code."""

    def __init__(self, marker: Path):
        self.marker = marker

    def __reduce__(self):
        return (open, (str(self.marker), "w"))


def test_a_crafted_build_cache_does_not_run_code(mini_project: Path, tmp_path: Path):
    import pickle
    import zlib

    assert run_cli("build", "--root", str(mini_project)).code == 0
    cached = sorted((mini_project / ".briefing").rglob("*"))
    stored = [path for path in cached if path.is_file() and {"woven", "text"} & set(path.parts)]
    assert {"woven", "text"} <= {part for path in stored for part in path.parts}
    marker = tmp_path / "code-ran"
    for path in stored:
        path.write_bytes(zlib.compress(pickle.dumps(_Payload(marker))))
    (mini_project / "content" / "articles" / "beta.md").touch()
    built = run_cli("build", "--root", str(mini_project))
    assert built.code == 0, built.err
    assert not marker.exists()
