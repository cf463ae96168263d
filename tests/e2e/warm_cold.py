"""The machinery of the property that a warm rebuild makes the site a cold build makes,
whatever a person edits (test_warm_equals_cold.py).

Hypothesis draws short sequences of edits to a generated briefing past every
threshold of the site's plan (briefing_corpus.py): text, tags, bylines, titles,
dates and languages of articles, new, deleted and moved articles, the gazetteer,
the project's templates and the seeds. After each step the project is built warm,
with the cache and the last site as a person's next `briefing build` finds them;
after the last, the site must equal, file by file and byte for byte, a cold build
of the same project into a fresh folder with no cache.

Only the public build and files on disk are used: the test holds for any correct
design of the incremental build. The project and its warm state are built once;
each example starts from a copy of them, the site and the cache hard-linked (a
build replaces files and never writes into them: each example checks it).
"""

from __future__ import annotations

import datetime as dt
import difflib
import os
import re
import shutil
import time
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

import yaml
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from tests.conftest import REPO
from tests.e2e.briefing_corpus import (
    ACTORS,
    ADJECTIVES,
    ARTICLES,
    THEMES,
    UNTAGGED_WORDS,
    ArticleFile,
    gazetteer_yaml,
    make_article,
    sentences,
    write_briefing,
)

from briefing.commands.build import build
from briefing.load.project import load_project

ARTICLES_DIR = "content/articles"
BASE = "base"  # beside the project: the project as every example starts from it
LINKED = ("site", ".briefing")  # what a build writes: hard-linked into each example's copy


# --- the project, built once ---------------------------------------------------


class WarmProject:
    """The project and its warm state as first built (base), put back at root for each example.

    Every example runs at the same root, as the cache names files by their path.
    The inputs are copies; the site and the cache are hard links to the base's files,
    which a build replaces and never writes into (written_through checks it).
    Putting the project back redoes only what the last example changed.
    """

    def __init__(self, root: Path, base: Path, cold: Path):
        self.root, self.base, self.cold = root, base, cold
        self.files = {path: self._signature(base, path) for path in _tree(base)}
        self.folders = set(_folders(base))

    def restore(self) -> None:
        for path in _tree(self.root):
            if self._signature(self.root, path) != self.files.get(path):
                (self.root / path).unlink()
        for folder in sorted(_folders(self.root), reverse=True):  # the deepest first
            if folder not in self.folders and not any((self.root / folder).iterdir()):
                (self.root / folder).rmdir()
        for folder in sorted(self.folders):
            (self.root / folder).mkdir(exist_ok=True)
        for path in self.files:
            if not (self.root / path).exists():
                copy = os.link if path.split("/")[0] in LINKED else shutil.copy2
                copy(self.base / path, self.root / path)

    @staticmethod
    def _signature(top: Path, path: str) -> tuple[int, int, int | bytes]:
        """A linked file is the base's if it is the same inode; a copied one, the same bytes."""
        stat = (top / path).stat()
        same = stat.st_ino if path.split("/")[0] in LINKED else (top / path).read_bytes()
        return stat.st_size, stat.st_mtime_ns, same

    def written_through(self) -> list[str]:
        """The base's linked files changed since it was made: a build wrote into one."""
        return sorted(
            path for path, signature in self.files.items()
            if path.split("/")[0] in LINKED and self._signature(self.base, path) != signature
        )  # fmt: skip


def _tree(top: Path) -> list[str]:
    return [p.relative_to(top).as_posix() for p in top.rglob("*") if not p.is_dir()]


def _folders(top: Path) -> list[str]:
    return [p.relative_to(top).as_posix() for p in top.rglob("*") if p.is_dir()]


def warm_project_in(folder: Path) -> WarmProject:
    """The generated briefing written and built in folder, with its base beside it."""
    root = folder / "briefing"
    write_briefing(root)
    hour_ago = time.time_ns() - 3600 * 10**9  # an edit is then never within the clock's grain
    for path in root.rglob("*"):
        os.utime(path, ns=(hour_ago, hour_ago))
    build(load_project(root))
    base = folder / BASE
    shutil.copytree(root, base)  # copy2: the same times, as the stamp says
    return WarmProject(root, base, folder / "cold")


# --- edits ---------------------------------------------------------------------


def article_paths(root: Path) -> list[Path]:
    return sorted((root / ARTICLES_DIR).glob("*.md"))


def _article(root: Path, number: int) -> ArticleFile:
    paths = article_paths(root)
    return ArticleFile.read(paths[number % len(paths)])


def _save(root: Path, article: ArticleFile) -> None:
    article.write(root / ARTICLES_DIR)


# Sentences an edit adds, by what they hold.
ADDED = {
    "plain": ["Nothing else was said.", "The meeting ended early.", "Both sides kept quiet."],
    "actor": [
        "Russia was also present.",
        "The Greater Eurasian Partnership came up.",
        "The Eurasian Development Bank took notes.",
        "Officials from Fergana were there.",
    ],
    "theme": ["Talk turned to remittances.", "Some spoke of hydropower.", "Tariffs were raised."],
    "year": ["In 1990, talks began.", "In 2016, talks resumed.", "By 2024, little was left."],
    "quote": [
        "“We will wait,” said Jane Roe.",
        "“Nothing is settled,” said Oleg Sokolov.",
        "“Ask again next year,” said analyst Maria Lenz.",
    ],
    "relative": ["Last week, officials met again.", "This year, the plan was dropped."],
    "everything": ["In March 2019, Russia and China signed a gas pipeline deal, said Li Wenhua."],
    "candidate": ["The Arctic Council was not consulted.", "Delegates came from Caucasus."],
}
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
QUOTE_MARKS = ("“", "«", "„")


@dataclass(frozen=True)
class AddSentence:
    article: int
    paragraph: int
    kind: str
    variant: int

    def apply(self, root: Path) -> None:
        article = _article(root, self.article)
        place = article.paragraphs[self.paragraph % len(article.paragraphs)]
        added = ADDED[self.kind]
        article.blocks[place] += " " + added[self.variant % len(added)]
        _save(root, article)


@dataclass(frozen=True)
class Reword:
    """A word changed in place: the text alone changes, not what other pages show of it."""

    article: int
    occurrence: int

    def apply(self, root: Path) -> None:
        article = _article(root, self.article)
        body = "\n\n".join(article.blocks)
        found = list(re.finditer(rf"\b(?:{'|'.join(ADJECTIVES)})\b", body))
        if not found:
            return
        at = found[self.occurrence % len(found)].start()
        article.blocks = (body[:at] + "rather " + body[at:]).split("\n\n")
        _save(root, article)


@dataclass(frozen=True)
class RemoveSentence:
    """The sentence at a place, or the first holding a year, a quotation or an actor's name."""

    article: int
    paragraph: int
    sentence: int
    holding: str  # "", "year", "quote" or an actor's name

    def apply(self, root: Path) -> None:
        article = _article(root, self.article)
        places = article.paragraphs
        if self.holding:
            found = [
                (place, number)
                for place in places
                for number, text in enumerate(sentences(article.blocks[place]))
                if _holds(text, self.holding)
            ]
            if not found:
                return
            place, number = found[0]
        else:
            place = places[self.paragraph % len(places)]
            number = self.sentence
        _remove_sentence(article, place, number)
        _save(root, article)


def _holds(text: str, what: str) -> bool:
    if what == "year":
        return YEAR.search(text) is not None
    if what == "quote":
        return any(mark in text for mark in QUOTE_MARKS)
    return what in text


def _remove_sentence(article: ArticleFile, place: int, number: int) -> None:
    """Remove a sentence; the paragraph with it if it was the only one, unless it is the last."""
    said = sentences(article.blocks[place])
    if len(said) > 1:
        del said[number % len(said)]
        article.blocks[place] = " ".join(said)
    elif len(article.paragraphs) > 1:
        del article.blocks[place]


@dataclass(frozen=True)
class RemoveEverySentence:
    """Every sentence holding a year (or a quotation) from several articles: the timeline
    or the quotes may fall back under their thresholds."""

    first: int
    count: int
    holding: str

    def apply(self, root: Path) -> None:
        paths = article_paths(root)
        for offset in range(self.count):
            article = ArticleFile.read(paths[(self.first + offset) % len(paths)])
            for place in reversed(article.paragraphs):
                kept = [s for s in sentences(article.blocks[place]) if not _holds(s, self.holding)]
                if kept:
                    article.blocks[place] = " ".join(kept)
                elif len(article.paragraphs) > 1:
                    del article.blocks[place]
            _save(root, article)


@dataclass(frozen=True)
class RemoveParagraph:
    article: int
    paragraph: int

    def apply(self, root: Path) -> None:
        article = _article(root, self.article)
        place = self.paragraph % len(article.blocks)  # a heading, maybe
        if [place] != article.paragraphs:  # the last paragraph stays
            del article.blocks[place]
            _save(root, article)


@dataclass(frozen=True)
class Tags:
    """A front-matter list changed: an id added or removed, or the list left to matching."""

    article: int
    key: str  # "actors" or "themes"
    action: str  # "add", "remove" or "null"
    item: int

    def apply(self, root: Path) -> None:
        article = _article(root, self.article)
        ids = article.ids(self.key)
        known = [a[0] for a in ACTORS] if self.key == "actors" else [t[0] for t in THEMES]
        if self.action == "null":
            ids = None
        elif self.action == "add":
            new = known[self.item % len(known)]
            ids = [*(ids or []), new] if new not in (ids or []) else ids
        elif ids:
            del ids[self.item % len(ids)]
        article.set(self.key, ids)
        _save(root, article)


BYLINES = {
    "author": [None, "Jane Doe", "Aigerim Nurlanova", "Saule Ismailova", ["Ben Holm", "Li Wenhua"]],
    "publisher": [None, "Steppe Analytics", "Eurasian Development Bank", "SCO", "UN"],
}


@dataclass(frozen=True)
class Byline:
    article: int
    field: str  # "author" or "publisher"
    value: int

    def apply(self, root: Path) -> None:
        article = _article(root, self.article)
        values = BYLINES[self.field]
        article.set(self.field, values[self.value % len(values)])
        _save(root, article)


@dataclass(frozen=True)
class Revert:
    """An article put back as the example found it: its woven record is in the cache."""

    article: int

    def apply(self, root: Path) -> None:
        base = root.parent / BASE / ARTICLES_DIR
        names = sorted(path.name for path in base.glob("*.md"))
        name = names[self.article % len(names)]
        for path in article_paths(root):  # a moved copy goes, as it holds the same slug
            if path.name == f"moved-{name}":
                path.unlink()
        shutil.copyfile(base / name, root / ARTICLES_DIR / name)


@dataclass(frozen=True)
class Touch:
    """A file saved again as it was: only its time changes."""

    file: int

    def apply(self, root: Path) -> None:
        files = [root / "briefing.yml", root / "content/actors.yml", root / "content/themes.yml"]
        files += article_paths(root)[:3]
        path = files[self.file % len(files)]
        path.write_bytes(path.read_bytes())


@dataclass(frozen=True)
class _FieldSet:
    """A front-matter field set to one of its VALUES (None: removed)."""

    article: int
    variant: int
    FIELD: ClassVar[str]
    VALUES: ClassVar[tuple[str | None, ...]]

    def apply(self, root: Path) -> None:
        article = _article(root, self.article)
        article.set(self.FIELD, self.VALUES[self.variant % len(self.VALUES)])
        _save(root, article)


class SourceUrl(_FieldSet):
    FIELD = "source_url"
    VALUES = (None, "https://example.org/moved", "https://example.net/elsewhere")


@dataclass(frozen=True)
class Title:
    article: int
    variant: int

    def apply(self, root: Path) -> None:
        article = _article(root, self.article)
        title = str(article.value("title"))
        titles = [f"Notes on {title}", "Aaa: first of its day", title.upper(), "Zzz: the last"]
        article.set("title", titles[self.variant % len(titles)])
        _save(root, article)


@dataclass(frozen=True)
class Date:
    """The date moved: to none, to the newest or oldest, by a day, or by years."""

    article: int
    variant: int

    def apply(self, root: Path) -> None:
        article = _article(root, self.article)
        raw = article.fields["date"]
        date = dt.date.fromisoformat(raw) if raw != "null" else dt.date(2020, 1, 1)
        dates = [
            None,
            dt.date(2025, 6, 1),
            dt.date(2001, 1, 1),
            date + dt.timedelta(days=1),
            date - dt.timedelta(days=1),
            date.replace(year=date.year - 3),
        ]
        new = dates[self.variant % len(dates)]
        article.fields["date"] = new.isoformat() if new else "null"
        _save(root, article)


@dataclass(frozen=True)
class Language:
    article: int
    language: str

    def apply(self, root: Path) -> None:
        article = _article(root, self.article)
        article.fields["language"] = self.language
        _save(root, article)


class Summary(_FieldSet):
    FIELD = "summary"
    VALUES = (None, "A summary that names Russia and the SCO.", "A plain new summary.")


@dataclass(frozen=True)
class NewArticle:
    number: int  # past the generated ones: the same new article for the same number

    def apply(self, root: Path) -> None:
        taken = {ArticleFile.read(path).fields["slug"] for path in article_paths(root)}
        article = make_article(ARTICLES + self.number, taken)
        if not (root / ARTICLES_DIR / article.name).exists():  # a moved article's old name
            _save(root, article)


@dataclass(frozen=True)
class DeleteArticle:
    article: int

    def apply(self, root: Path) -> None:
        paths = article_paths(root)
        paths[self.article % len(paths)].unlink()


@dataclass(frozen=True)
class MoveArticle:
    """The file renamed; its slug, in the front matter, stays."""

    article: int

    def apply(self, root: Path) -> None:
        paths = article_paths(root)
        path = paths[self.article % len(paths)]
        path.rename(path.with_name(f"moved-{path.name}"))


def _edit_gazetteer(root: Path, name: str) -> tuple[Path, list[dict]]:
    path = root / "content" / name
    return path, yaml.safe_load(path.read_text("utf-8"))


def _write_gazetteer(path: Path, entries: list[dict]) -> None:
    path.write_text(gazetteer_yaml(entries), "utf-8")


ALIASES = [("uzbekistan", "Tashkent"), ("sco", "Shanghai bloc"), ("caspian-sea", "Caspian")]
NEW_ACTORS = [
    ("arctic-council", "Arctic Council", "organisation"),
    ("caucasus", "Caucasus", "place"),
    ("jane-roe", "Jane Roe", "person"),  # quoted, unknown to the gazetteer until then
    ("steppe-analytics", "Steppe Analytics", "organisation"),  # a publisher
    ("ben-holm", "Ben Holm", "person"),  # an author
]


@dataclass(frozen=True)
class Gazetteer:
    """An alias added, an actor added, an actor renamed (its name kept as an alias)."""

    change: str  # "alias", "actor" or "rename"
    item: int

    def apply(self, root: Path) -> None:
        path, actors = _edit_gazetteer(root, "actors.yml")
        by_id = {actor["id"]: actor for actor in actors}
        if self.change == "alias":
            actor_id, alias = ALIASES[self.item % len(ALIASES)]
            aliases = by_id[actor_id]["aliases"]
            english = aliases.setdefault("en", []) if isinstance(aliases, dict) else aliases
            if alias in english:
                return
            english.append(alias)
        elif self.change == "actor":
            actor_id, name, kind = NEW_ACTORS[self.item % len(NEW_ACTORS)]
            if actor_id in by_id:
                return
            entry = {"id": actor_id, "name": name, "kind": kind, "aliases": []}
            actors.append({**entry, "description": f"{name}, added."})
        else:
            actor = actors[self.item % len(actors)]
            old = actor["name"]
            if old.startswith("The "):
                return
            actor["name"] = f"The {old}"
            aliases = actor["aliases"]
            (aliases.setdefault("en", []) if isinstance(aliases, dict) else aliases).append(old)
        _write_gazetteer(path, actors)


@dataclass(frozen=True)
class Keyword:
    """A theme's keyword added (a word the texts hold) or its first keyword removed."""

    theme: int
    action: str  # "add" or "remove"

    def apply(self, root: Path) -> None:
        path, themes = _edit_gazetteer(root, "themes.yml")
        theme = themes[self.theme % len(themes)]
        keywords = theme["keywords"]
        if self.action == "add":
            word = UNTAGGED_WORDS[self.theme % len(UNTAGGED_WORDS)]
            if word in keywords:
                return
            keywords.append(word)
        elif len(keywords) > 1:
            del keywords[0]
        _write_gazetteer(path, themes)


# Templates of the project's own: packaged ones with a marker, or a footer reading the
# briefing. Templates showing more of an article than its card (a footer counting words,
# a home page giving languages) are left to the cases at the end, which a warm build
# fails (BEYOND_CARDS).
TEMPLATES = ["article.html", "actor.html", "base.html", "partials/timeline-filters.html",
             "assets/style.css"]  # fmt: skip
FOOTERS = {
    "count": "{{ briefing.articles | length }} sources",
    "words": "{{ briefing.articles | sum(attribute='words') }} words",
}


@dataclass(frozen=True)
class Template:
    name: str
    marker: int  # 0: the override removed
    footer: str = "count"  # what base.html shows of the briefing

    def apply(self, root: Path) -> None:
        target = root / "templates" / self.name
        if not self.marker:
            target.unlink(missing_ok=True)
            return
        text = (REPO / "templates" / self.name).read_text("utf-8")
        mark = f"edited {self.marker}"
        if self.name.endswith(".css"):
            text += f"\n/* {mark} */\n"
        elif self.name == "base.html":  # reads the whole briefing: any card may show anywhere
            text = text.replace("</footer>", f"<p>{mark}: {FOOTERS[self.footer]}</p></footer>")
        elif "{% block main %}" in text:
            text = text.replace("{% block main %}", f"{{% block main %}}<p>{mark}</p>", 1)
        else:
            text += f"<p>{mark}</p>\n"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, "utf-8")


@dataclass(frozen=True)
class Seed:
    """A seed's text changed since its article was ingested, or the seed removed."""

    seed: int
    action: str  # "change" or "remove"

    def apply(self, root: Path) -> None:
        seeds = sorted((root / "seeds").glob("*.txt"))
        if not seeds:
            return
        path = seeds[self.seed % len(seeds)]
        if self.action == "remove":
            path.unlink()
        else:
            path.write_text(path.read_text("utf-8") + "A line added later.\n", "utf-8")


Edit = (
    AddSentence | Reword | RemoveSentence | RemoveEverySentence | RemoveParagraph | Tags | Byline
    | SourceUrl | Title | Date | Language | Summary | NewArticle | DeleteArticle | MoveArticle
    | Gazetteer | Keyword | Template | Seed | Revert | Touch
)  # fmt: skip

numbers = st.integers(min_value=0, max_value=10_000)
small = st.integers(min_value=0, max_value=9)
edits = st.one_of(
    st.builds(AddSentence, numbers, small, st.sampled_from(sorted(ADDED)), small),
    st.builds(AddSentence, numbers, small, st.just("plain"), small),
    st.builds(Reword, numbers, small),
    st.builds(
        RemoveSentence,
        numbers,
        small,
        small,
        st.sampled_from(["", "year", "quote", "Russia", "China", "Minister Li"]),
    ),
    st.builds(
        RemoveEverySentence,
        numbers,
        st.integers(min_value=1, max_value=12),
        st.sampled_from(["year", "quote"]),
    ),
    st.builds(RemoveParagraph, numbers, small),
    st.builds(
        Tags,
        numbers,
        st.sampled_from(["actors", "themes"]),
        st.sampled_from(["add", "remove", "null"]),
        numbers,
    ),
    st.builds(Byline, numbers, st.sampled_from(["author", "publisher"]), small),
    st.builds(SourceUrl, numbers, small),
    st.builds(Title, numbers, small),
    st.builds(Date, numbers, small),
    st.builds(Language, numbers, st.sampled_from(["en", "fr", "de", "ru"])),
    st.builds(Summary, numbers, small),
    st.builds(NewArticle, st.integers(min_value=0, max_value=19)),
    st.builds(DeleteArticle, numbers),
    st.builds(MoveArticle, numbers),
    st.builds(Gazetteer, st.sampled_from(["alias", "actor", "rename"]), numbers),
    st.builds(Keyword, small, st.sampled_from(["add", "remove"])),
    st.builds(Template, st.sampled_from(TEMPLATES), st.integers(min_value=0, max_value=3)),
    st.builds(Seed, small, st.sampled_from(["change", "change", "remove"])),
    st.builds(Revert, numbers),
    st.builds(Touch, small),
)


@dataclass(frozen=True)
class Step:
    """Edits saved together, then one warm build: of the site, or now and then of another
    folder (`briefing build --out`), with the same cache."""

    edits: tuple[Edit, ...]
    elsewhere: bool = False


steps = st.lists(
    st.builds(
        Step,
        st.lists(edits, min_size=1, max_size=2).map(tuple),
        st.integers(min_value=0, max_value=9).map(lambda roll: roll == 7),  # 0 and 9 come often
    ),
    min_size=1,
    max_size=2,
)

# Each example costs a cold build and a warm build or two of 44 articles (about a second
# on two cores; of 220 articles, two or three), always the same ones;
# BRIEFING_WARM_COLD_EXAMPLES=1000 runs it at length.
EXAMPLES = int(os.environ.get("BRIEFING_WARM_COLD_EXAMPLES", "200"))
drawn = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


# --- comparing sites -----------------------------------------------------------


def _files(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file()}


def site_differences(warm: Path, cold: Path, shown: int = 8, lines: int = 40) -> str:
    """What differs between two sites: the files, then a diff of the first that differs."""
    warm_files, cold_files = _files(warm), _files(cold)
    differing = sorted(
        path
        for path in warm_files.keys() | cold_files.keys()
        if warm_files.get(path) != cold_files.get(path)
    )
    if not differing:
        return ""
    said = [f"{len(differing)} files differ between the warm and the cold build:"]
    for path in differing[:shown]:
        where = "" if path in warm_files and path in cold_files else (
            " (only warm)" if path in warm_files else " (only cold)"
        )  # fmt: skip
        said.append(f"  {path}{where}")
    for path in differing:
        if path in warm_files and path in cold_files and not path.endswith(".pf_fragment"):
            diff = difflib.unified_diff(
                _readable(cold_files[path]),
                _readable(warm_files[path]),
                f"cold/{path}",
                f"warm/{path}",
                n=2,
                lineterm="",
            )
            said += list(diff)[:lines]
            break
    return "\n".join(said)


def _readable(data: bytes) -> list[str]:
    text = data.decode("utf-8", errors="replace")
    return re.sub(r">\s*<", ">\n<", text).splitlines()  # one tag a line: a page's lines are long


def check_warm_equals_cold(project: WarmProject, steps_: list[Step]) -> None:
    project.restore()
    elsewhere = project.root.parent / "elsewhere"
    shutil.rmtree(elsewhere, ignore_errors=True)
    for step in steps_:
        for edit in step.edits:
            edit.apply(project.root)
        build(load_project(project.root), elsewhere if step.elsewhere else None)
    if steps_[-1].elsewhere:
        build(load_project(project.root))
    shutil.rmtree(project.cold, ignore_errors=True)
    build(load_project(project.root), project.cold, use_cache=False)
    assert project.written_through() == [], "a build wrote into a file it replaces"
    difference = site_differences(project.root / "site", project.cold)
    assert not difference, difference
