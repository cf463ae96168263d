"""Properties: whatever the input, a clean result or a clean error, and nothing live.

Hypothesis feeds arbitrary and adversarial text and bytes to the ingest, the
front-matter and gazetteer loaders and the Markdown renderer. Inputs are built
from the pieces real files are made of (headlines, dates, bylines, YAML
syntax, Markdown and HTML syntax) mixed with arbitrary text, so the search
reaches the code's corners rather than stopping at the first decode error.
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.errors import BriefingError
from briefing.ingest import run
from briefing.ingest.article import ingest_seed
from briefing.ingest.reading import decode_seed, read_seed
from briefing.load.content import load_article
from briefing.load.frontmatter import split_document
from briefing.load.gazetteer import load_gazetteer
from briefing.load.markdown import render_body
from briefing.model import Gazetteer, Mention
from briefing.weave.tagging import Tagger

PROPERTIES = settings(
    max_examples=200,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# Seeds: the lines web copies are made of, and arbitrary text between them.

SEED_LINES = [
    "",
    "Russia and China Deepen Their Ties in Central Asia",
    "Foreign Policy",
    "By Jane Doe",
    "Jane Doe",
    "Jane Doe is a senior fellow at the Institute.",
    "March 3, 2020",
    "17.06.2015",
    "Published: 2019-02-30",
    "Source: https://example.org/article",
    "Share this article",
    "Back to top",
    "© 2020 Example Review. All rights reserved.",
    "Russia and China held a military exercise under the SCO. The troops came from both.",
    "The investment grew, said Mr. Xi, while the U.S. watched.",
    "## A heading",
    "# ",
    "- a list item",
    "1. a numbered line",
    "> a quotation",
    "<script>alert(1)</script>",
    "[x](javascript:alert(1))",
    "---",
    "title: not front matter",
    "\t   \u00a0\u200b",
    "Россия и Китай подписали соглашение.",
    "中俄关系",
    "\ufeffBOM in the middle",
]

seed_text = st.lists(
    st.one_of(st.sampled_from(SEED_LINES), st.text(max_size=120)), min_size=0, max_size=30
).map("\n".join)

seed_bytes = st.one_of(
    st.binary(max_size=2000),
    seed_text.map(lambda text: text.encode("utf-8")),
    seed_text.map(lambda text: text.encode("utf-16")),
    seed_text.map(lambda text: text.encode("cp1252", errors="replace")),
    seed_text.map(lambda text: text.replace("\n", "\r\n").encode("utf-8")),
    st.tuples(seed_text, st.binary(max_size=20)).map(lambda pair: pair[0].encode() + pair[1]),
)

GAZETTEER = {
    "actors.yml": "- id: russia\n  name: Russia\n  kind: country\n  aliases: [Moscow]\n"
    "- id: sco\n  name: Shanghai Cooperation Organisation\n  kind: organisation\n"
    "  aliases: [SCO]\n",
    "themes.yml": "- id: trade\n  title: Trade\n  keywords: [trade, investment]\n",
}


@PROPERTIES
@given(seed_bytes)
def test_any_bytes_decode_to_text_or_a_clean_error(raw: bytes):
    path = Path("seeds/any.txt")
    try:
        text = decode_seed(raw, path)
    except BriefingError as error:
        assert error.path == path
        assert "\n" not in str(error)
        return
    assert isinstance(text, str) and text.strip()
    assert "\r" not in text


@PROPERTIES
@given(seed_bytes)
def test_any_seed_ingests_to_an_article_or_a_clean_error(raw: bytes):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "any.txt"
        path.write_bytes(raw)
        try:
            article = ingest_seed(read_seed(path, "any.txt"))
        except BriefingError as error:
            assert error.path == path
            return
    assert article.title.strip()
    assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", article.slug)
    assert article.paragraph_count >= 1


@PROPERTIES
@given(seed_bytes)
def test_a_whole_ingest_run_writes_a_loadable_article_or_nothing(raw: bytes):
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / "seeds").mkdir()
        (root / "content").mkdir()
        for name, text in GAZETTEER.items():
            (root / "content" / name).write_text(text, encoding="utf-8")
        (root / "seeds" / "any.txt").write_bytes(raw)
        try:
            run(root, [], echo=lambda line: None)
        except BriefingError:
            assert not (root / "content" / "articles").exists()
            return
        articles = sorted((root / "content" / "articles").glob("*.md"))
        assert len(articles) == 1
        gazetteer = load_gazetteer(root / "content")
        article = load_article(articles[0], gazetteer, "en")  # a clean article loads cleanly
        assert article.seed == "any.txt"
        render_body(article.body, article.body_line)
        assert sorted(p.name for p in (root / "content" / "articles").iterdir()) == [
            ".ingest.json",
            articles[0].name,
        ]


# Front matter and gazetteer: YAML-ish text, valid and broken.

YAML_PIECES = [
    "title: A title",
    "slug: a-slug",
    "slug: ../up",
    "date: 2019-08-01",
    "date: 2019-02-30",
    "date: 2001-12-14t21:59:43.10-05:00",
    "date: [2019]",
    "author: null",
    "author: [a, b]",
    "source_url: javascript:alert(1)",
    "source_url: https://example.org/",
    "seed: ../../etc/passwd",
    "seed: x.txt",
    "themes: trade",
    "themes: [trade, nope]",
    "actors: [russia]",
    "actors: {russia: 1}",
    "accessed: 2020-01-01",
    "language: 12",
    "summary: |",
    "  a block",
    "- id: russia",
    "  name: Russia",
    "  kind: country",
    "  kind: planet",
    "  aliases: [Moscow, SCO]",
    "  keywords: [trade]",
    "  title: Trade",
    "- id: con",
    "- [a, b]",
    "- 12",
    "anchor: &a [1, 2]",
    "alias: *a",
    "loop: &b [*b]",
    "<<: *a",
    "<<: {title: merged}",
    "? [complex, key]",
    ": value",
    "!!python/object/apply:os.system [echo hi]",
    "x: !!binary aGVsbG8=",
    "x: !!set {a, b}",
    "x: !custom tag",
    "2019-01-01: date key",
    "1: int key",
    "null: null key",
    "x: .inf",
    "x: 1e1000",
    "x: 0x1F",
    "x: 'unclosed",
    'x: "\\0nul\\x00"',
    "x: [unclosed",
    "x: {unclosed",
    "\tindented: with a tab",
    "%YAML 1.1",
    "---",
    "...",
    "%",
    "@",
    "`",
    "x: y: z",
    "duplicate: 1",
    "duplicate: 2",
]

yaml_ish = st.lists(st.one_of(st.sampled_from(YAML_PIECES), st.text(max_size=40)), max_size=15).map(
    "\n".join
)

documents = st.one_of(
    st.text(max_size=400),
    st.tuples(yaml_ish, st.text(max_size=80)).map(lambda p: f"---\n{p[0]}\n---\n{p[1]}"),
    yaml_ish.map(lambda text: f"---\n{text}\n"),
)


@PROPERTIES
@given(documents)
def test_any_document_splits_into_front_matter_or_a_clean_error(text: str):
    path = Path("content/articles/any.md")
    try:
        document = split_document(text, path)
    except BriefingError as error:
        assert error.path == path
        assert error.line is None or error.line >= 1
        return
    assert isinstance(document.meta, dict)
    assert document.body_line >= 3


def _gazetteer() -> Gazetteer:
    from briefing.model import Actor, Theme

    return Gazetteer(
        actors=(Actor("russia", "Russia", "country", ("Moscow",), ""),),
        themes=(Theme("trade", "Trade", "", ("trade",)),),
    )


@PROPERTIES
@given(documents)
def test_any_article_file_loads_or_gives_a_clean_error(text: str):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "any.md"
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        try:
            article = load_article(path, _gazetteer(), "en")
        except BriefingError as error:
            assert error.path == path
            assert "\n" not in str(error)
            return
    assert article.title
    assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", article.slug)
    assert article.source_url is None or article.source_url.startswith(("http://", "https://"))
    assert article.seed is None or ".." not in Path(article.seed).parts


@PROPERTIES
@given(yaml_ish, yaml_ish)
def test_any_gazetteer_loads_or_gives_a_clean_error(actors: str, themes: str):
    with tempfile.TemporaryDirectory() as folder:
        content = Path(folder)
        (content / "actors.yml").write_text(actors, encoding="utf-8", errors="surrogatepass")
        (content / "themes.yml").write_text(themes, encoding="utf-8", errors="surrogatepass")
        try:
            gazetteer = load_gazetteer(content)
        except BriefingError as error:
            for one in getattr(error, "errors", [error]):
                assert one.path in (content / "actors.yml", content / "themes.yml")
            return
    tagger = Tagger(gazetteer)  # whatever loads can be matched against
    tagger.actor_ids("Russia and Moscow trade with the SCO.")


# Markdown: whatever is written, nothing in the HTML runs.

MARKDOWN_PIECES = [
    "<script>alert(1)</script>",
    "</script>",
    "<img src=x onerror=alert(1)>",
    "<iframe src=//evil.example>",
    '<a href="javascript:alert(1)">x</a>',
    "<svg onload=alert(1)>",
    "[x](javascript:alert(1))",
    "[x](JaVaScRiPt:alert(1))",
    "[x](data:text/html;base64,PHNjcmlwdD4=)",
    "[x](vbscript:msgbox)",
    "[x](&#106;avascript:alert(1))",
    "[x](java\tscript:alert(1))",
    "[x]( javascript:alert(1) )",
    "[x](<javascript:alert(1)>)",
    "![x](javascript:alert(1))",
    "<javascript:alert(1)>",
    "<data:text/html,x>",
    "[x][r]\n\n[r]: javascript:alert(1)",
    "[x](https://example.org/ok)",
    "[x](//evil.example)",
    "Russia",
    "`code`",
    "```\n<script>\n```",
    "    <script>indented</script>",
    "# heading",
    "> quote",
    "- item",
    "| a | b |\n|---|---|\n| <script> | x |",
    "*",
    "_",
    "\\",
    "&",
    "&lt;script&gt;",
    "<!-- c -->",
    "<",
    ">",
    "[",
    "](",
    ")",
    '"',
    "'",
    "onerror=",
    "javascript:",
    "\n",
    "\n\n",
    " ",
]

markdown_text = st.lists(
    st.one_of(st.sampled_from(MARKDOWN_PIECES), st.text(max_size=20)), max_size=25
).map("".join)

LIVE_ELEMENTS = {"script", "iframe", "frame", "object", "embed", "svg", "math", "style", "base"}
UNSAFE = re.compile(r"^(?:javascript|data|vbscript):", re.IGNORECASE)


def _link_russia(text: str) -> list[tuple[Mention, str]]:
    return [
        (Mention("russia", m.start(), m.end(), m.group()), "../../actors/russia/")
        for m in re.finditer(r"\bRussia\b", text)
    ]


@PROPERTIES
@given(markdown_text)
@pytest.mark.filterwarnings("ignore::bs4.MarkupResemblesLocatorWarning")  # a block like "a.b"
def test_no_markdown_renders_anything_live(text: str):
    rendered = render_body(text, 1, _link_russia)
    for block in rendered.blocks:
        soup = BeautifulSoup(block.html, "html.parser")
        for element in soup.find_all(True):
            assert element.name not in LIVE_ELEMENTS, block.html
            for name, value in element.attrs.items():
                assert not name.lower().startswith("on"), block.html
                if name in ("href", "src") and isinstance(value, str):
                    assert not UNSAFE.match(re.sub(r"[\x00-\x20]", "", value)), block.html
