"""A generated briefing past every threshold of the site's plan, and the files it is made of.

44 short articles, 31 actors and 8 themes, drawn from one seeded random source
(no clock is read), so the same project is written every time. The plan's limits
(site/pages.py, weave.py) are lowered to its size while it is built (LIMITS), so
that 44 articles cross each of them as 10,000 cross the real ones, most of them
narrowly, so that a few edits cross them back; a build of it takes a fraction of
a second, and the property test can try hundreds of edits:

- one actor (Russia) is in 41 articles, past the 40 above which a tag no longer
  nominates related articles; the Eurasian Development Bank is in 5, one short of
  the 6 articles an actor's page quotes, which most actors pass; every theme is
  in more than the 4 articles a theme's page compares;
- 44 articles: more than the home page's 5, the pack's 20 texts and the themes
  page's 40 rows;
- a little over 120 dated events, so the timeline has a page per year, and a
  little over 80 quotations, so the quotes take two pages;
- bylines name actors; a few articles have seeds, a few are French, German or
  Russian, some are undated, some tag their actors and themes in the front matter
  and the others leave them to the matcher.

BRIEFING_WARM_COLD_ARTICLES=220 writes 220 articles instead, which cross the
real limits of the themes page (200 rows), the timeline (600 events) and the
quotes (400 a page) and make two search bundles of articles (125 each); a build
of them takes two to three times as long.

Sentences are short and plain, so that weaving the whole briefing takes little time.
Articles are plain records (ArticleFile) that read and write the Markdown files,
so that tests edit them as fields and paragraphs rather than as text.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import random
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

SEED = "briefing-warm-cold-1"
# 44 articles, or 220 when BRIEFING_WARM_COLD_ARTICLES says so (see above).
ARTICLES = int(os.environ.get("BRIEFING_WARM_COLD_ARTICLES", "44"))
# The plan's limits lowered while the corpus is built, by module and name; each is the
# real one's counterpart at this size (the real ones: 20, 12, 100, 20, 200, 600, 400, 200).
_LIMITS = {
    44: {"THEMES_SOURCES": 40, "TIMELINE_EVENTS": 120, "QUOTES_PER_PAGE": 80},
    220: {},  # the real ones
}
assert ARTICLES in _LIMITS, f"BRIEFING_WARM_COLD_ARTICLES is one of {sorted(_LIMITS)}"
LIMITS = {
    "briefing.site.pages": {
        "EVIDENCE_ARTICLES": 6,
        "COMPARED_SOURCES": 4,
        "PACK_TEXTS": 20,
        "HOME_SOURCES": 5,
        **_LIMITS[ARTICLES],
    },
    "briefing.weave.weave": {"NOMINATING_LIMIT": 40},
}
RUSSIA_ARTICLES = 41  # one past the nominating limit
EDB = 16  # the Eurasian Development Bank, by place in ACTORS: in few articles, all chosen
EDB_NAMED = tuple(range(11, ARTICLES, ARTICLES // 5))  # the 5 articles that name it
EDB_PUBLISHED = 7  # and one it publishes
SEEDED = (3, 17, 30, 40)  # the articles with a seed file
LANGUAGE_EVERY = 8  # one article in so many is French, German or Russian

# (id, name, kind, English aliases, {language: names}). No name is a word of the filler.
ACTORS: list[tuple[str, str, str, list[str], dict[str, list[str]]]] = [
    ("russia", "Russia", "country", ["Russian", "Moscow", "Kremlin"],
     {"fr": ["Russie"], "de": ["Russland"], "ru": ["Россия", "Москва"]}),
    ("china", "China", "country", ["Chinese", "Beijing"],
     {"fr": ["Chine"], "ru": ["Китай", "Пекин"]}),
    ("kazakhstan", "Kazakhstan", "country", ["Kazakh", "Astana"],
     {"de": ["Kasachstan"], "ru": ["Казахстан"]}),
    ("kyrgyzstan", "Kyrgyzstan", "country", ["Kyrgyz", "Bishkek"],
     {"fr": ["Kirghizistan"], "de": ["Kirgisistan"], "ru": ["Киргизия"]}),
    ("tajikistan", "Tajikistan", "country", ["Tajik", "Dushanbe"],
     {"fr": ["Tadjikistan"], "de": ["Tadschikistan"], "ru": ["Таджикистан"]}),
    ("uzbekistan", "Uzbekistan", "country", ["Uzbek"],
     {"fr": ["Ouzbékistan"], "de": ["Usbekistan"], "ru": ["Узбекистан"]}),
    ("turkmenistan", "Turkmenistan", "country", ["Turkmen", "Ashgabat"], {}),
    ("afghanistan", "Afghanistan", "country", ["Afghan", "Kabul"], {}),
    ("india", "India", "country", ["Indian", "New Delhi"], {"fr": ["Inde"], "de": ["Indien"]}),
    ("pakistan", "Pakistan", "country", ["Pakistani", "Islamabad"], {}),
    ("sco", "Shanghai Cooperation Organisation", "organisation", ["SCO"],
     {"fr": ["OCS"], "de": ["SOZ"], "ru": ["ШОС"]}),
    ("csto", "Collective Security Treaty Organization", "organisation", ["CSTO"],
     {"ru": ["ОДКБ"]}),
    ("eeu", "Eurasian Economic Union", "organisation", ["EEU", "EAEU"], {"ru": ["ЕАЭС"]}),
    ("eu", "European Union", "organisation", ["EU", "Brussels"],
     {"fr": ["Union européenne"], "de": ["Europäische Union"]}),
    ("un", "United Nations", "organisation", ["UN"], {}),
    ("adb", "Asian Development Bank", "organisation", ["ADB"], {}),
    ("edb", "Eurasian Development Bank", "organisation", ["EDB"], {}),
    ("nato", "North Atlantic Treaty Organization", "organisation", ["NATO"],
     {"fr": ["OTAN"], "ru": ["НАТО"]}),
    ("aigerim-nurlanova", "Aigerim Nurlanova", "person", ["Nurlanova"], {}),
    ("bakyt-osmonov", "Bakyt Osmonov", "person", ["Osmonov"], {}),
    ("li-wenhua", "Li Wenhua", "person", ["Minister Li"], {}),
    ("oleg-sokolov", "Oleg Sokolov", "person", ["Sokolov"], {}),
    ("saule-ismailova", "Saule Ismailova", "person", ["Ismailova"], {}),
    ("timur-abenov", "Timur Abenov", "person", ["Abenov"], {}),
    ("zhang-meilin", "Zhang Meilin", "person", ["Ambassador Zhang"], {}),
    ("bri", "Belt and Road Initiative", "initiative", ["BRI", "New Silk Road"], {}),
    ("middle-corridor", "Middle Corridor", "initiative", ["Trans-Caspian route"], {}),
    ("greater-eurasia", "Greater Eurasian Partnership", "initiative", ["Greater Eurasia"], {}),
    ("fergana-valley", "Fergana Valley", "place", ["Fergana"], {}),
    ("caspian-sea", "Caspian Sea", "place", ["Caspian basin"], {}),
    ("xinjiang", "Xinjiang", "place", [], {"ru": ["Синьцзян"]}),
]  # fmt: skip
RUSSIA = 0
SPEAKING = [19, 20, 21, 22, 24]  # persons of the gazetteer the texts quote

# (id, title, keywords): English keywords, then a few in French, German and Russian.
THEMES: list[tuple[str, str, list[str]]] = [
    ("energy", "Energy and pipelines", ["energy security", "gas pipeline", "oil exports",
     "hydropower", "énergie", "Energie", "энергетика"]),
    ("trade", "Trade and customs", ["bilateral trade", "customs union", "tariffs",
     "export markets", "commerce", "Handel", "торговля"]),
    ("security", "Security cooperation", ["military cooperation", "joint exercises",
     "border security", "arms sales", "sécurité", "Sicherheit", "безопасность"]),
    ("terrorism", "Counter-terrorism", ["terrorism", "extremism", "militant groups"]),
    ("connectivity", "Connectivity and transport", ["transport corridor", "logistics hub",
     "dry port", "road network"]),
    ("investment", "Investment and debt", ["foreign investment", "development finance",
     "debt burden", "infrastructure funding"]),
    ("water", "Water and rivers", ["water scarcity", "irrigation", "river basin"]),
    ("migration", "Labour migration", ["labour migration", "migrant workers", "remittances"]),
]  # fmt: skip

# Names in the texts that no actor covers (candidates for the gazetteer), and words
# of the texts that no theme's keyword is: gazetteer edits give them to one.
UNKNOWN_NAMES = ["Arctic Council", "Tashkent", "Caucasus"]
UNTAGGED_WORDS = ["railway", "wheat", "grid"]

ADJECTIVES = ["cautious", "uneven", "gradual", "fragile", "quiet", "modest", "growing",
    "limited", "durable", "careful"]  # fmt: skip
NOUNS = ["partnership", "rivalry", "agenda", "balance", "strategy", "dialogue", "bargain",
    "posture"]  # fmt: skip
PAST = ["signed", "proposed", "discussed", "reviewed", "postponed", "expanded", "launched",
    "revised"]  # fmt: skip
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December"]  # fmt: skip
OUTSIDE_SPEAKERS = ["Jane Roe", "Daniel Hart", "Maria Lenz", "Samuel Okafor", "Ruth Adler"]
ROLES = ["analyst", "researcher", "economist", "former diplomat"]
FIRST_NAMES = ["Anna", "Ben", "Clara", "David", "Eva", "Felix", "Grace", "Henry"]
LAST_NAMES = ["Becker", "Collins", "Duval", "Ferreira", "Holm", "Jansen", "Keller"]
PUBLISHERS = ["Steppe Analytics", "Central Asia Review", "The Regional Monitor",
    "Open Policy Journal", "Development Watch"]  # fmt: skip

# {a}, {b}: actors' names; {k}: a theme keyword; {year}, {month}, {day}: a date.
PLAIN = [
    "{a} and {b} discussed {k}.",
    "{a} {past} its plans on {k}.",
    "The {noun} of {a} on {k} remains {adj}.",
    "{a} sees {k} as a {adj} {noun}.",
    "Officials in {a} {past} a note on {k}.",
    "Few expect {k} to change the {noun} soon.",
    "The {noun} is {adj}, and both sides know it.",
    "Delegates from the {unknown} {past} the {noun}.",
    "Talk of the {untagged} fills the {noun}.",
]
DATED = [
    "In {year}, {a} {past} a deal on {k}.",
    "In {month} {year}, {a} and {b} met on {k}.",
    "On {day} {month} {year}, {a} {past} a {noun}.",
    "{a} recalled a {year} vote on {k}.",
]
RELATIVE = ["This year, {a} {past} talks on {k}.", "Last month, {a} {past} a {noun}."]
QUOTED = [
    "“The {noun} with {b} depends on {k},” said {speaker}.",
    "“{K} is {adj} for {a},” said {role} {speaker}.",
    "“Nobody in {a} expects {k} to settle it,” {speaker} said.",
]
IN_LANGUAGE = {
    "fr": {
        "plain": ["{a} et {b} parlent de {k}.", "La {k} reste un sujet pour {a}."],
        "dated": ["En {year}, {a} a signé un accord avec {b}."],
        "quoted": ["« La {k} est essentielle », a déclaré {speaker}."],
    },
    "de": {
        "plain": ["{a} und {b} sprechen über {k}.", "Die Frage der {k} bleibt offen für {a}."],
        "dated": ["Im Jahr {year} unterzeichnete {a} ein Abkommen mit {b}."],
        "quoted": ["„Die {k} ist wichtig“, sagte {speaker}."],
    },
    "ru": {
        "plain": ["{a} и {b} обсуждают тему: {k}.", "Вопрос: {k} остаётся открытым для {a}."],
        "dated": ["В {year} году {a} и {b} подписали соглашение."],
        "quoted": ["«Тема {k} важна», — заявил {speaker}."],
    },
}
TITLES = ["{a} and the politics of {k}", "Why {k} matters for {a}", "{a}, {b} and {k}",
    "The {adj} {noun} of {a}", "{a} rethinks {k}"]  # fmt: skip
HEADINGS = ["The {adj} {noun}", "What {a} wants", "Looking ahead"]

FIRST_DAY = dt.date(2005, 1, 1).toordinal()
LAST_DAY = dt.date(2024, 12, 31).toordinal()


@dataclass
class ArticleFile:
    """An article file as fields and paragraphs: tests edit these, then write them back.

    Front-matter values are kept as YAML text (quoted strings, flow lists), in order.
    """

    name: str  # the file's name in content/articles
    fields: dict[str, str]
    blocks: list[str]  # paragraphs and "## " headings

    @classmethod
    def read(cls, path: Path) -> ArticleFile:
        text = path.read_text("utf-8")
        head, body = text.split("\n---\n", 1)
        fields = dict(line.split(": ", 1) for line in head.removeprefix("---\n").splitlines())
        return cls(path.name, fields, [b for b in body.strip("\n").split("\n\n") if b])

    def text(self) -> str:
        head = "".join(f"{key}: {value}\n" for key, value in self.fields.items())
        return f"---\n{head}---\n\n" + "\n\n".join(self.blocks) + "\n"

    def write(self, articles: Path) -> None:
        (articles / self.name).write_text(self.text(), "utf-8")

    def value(self, key: str) -> str | None:
        raw = self.fields.get(key, "null")
        return None if raw == "null" else json.loads(raw)

    def ids(self, key: str) -> list[str] | None:
        raw = self.fields.get(key, "null")
        return None if raw == "null" else [i for i in raw.strip("[]").split(", ") if i]

    def set(self, key: str, value: str | list[str] | None) -> None:
        self.fields[key] = yaml_value(value)

    @property
    def paragraphs(self) -> list[int]:
        """The places of the paragraphs among the blocks."""
        return [n for n, block in enumerate(self.blocks) if not block.startswith("#")]


def yaml_value(value: str | list[str] | None) -> str:
    if value is None:
        return "null"
    if isinstance(value, list):
        return f"[{', '.join(value)}]"
    return json.dumps(value, ensure_ascii=False)


def sentences(paragraph: str) -> list[str]:
    """A generated paragraph's sentences: each ends with a full stop and a space."""
    return re.split(r"(?<=\.) (?=\S)", paragraph)


@dataclass
class _Article:
    number: int
    language: str
    date: dt.date | None
    cast: list[int]  # actors, by place in ACTORS
    themes: list[int]
    seed: str | None = None
    said: list[str] = field(default_factory=list)


class _Writer:
    """Fills templates for one article: each of its cast named once before any twice."""

    def __init__(self, rng: random.Random, article: _Article):
        self.rng, self.article = rng, article
        self.pending = list(article.cast)
        rng.shuffle(self.pending)

    def actor(self, avoid: set[int]) -> str:
        if self.pending:
            index = self.pending.pop()
        else:
            index = self.rng.choice([a for a in self.article.cast if a not in avoid])
        avoid.add(index)
        return self.name(index)

    def name(self, index: int) -> str:
        _, name, _, aliases, translated = ACTORS[index]
        own = translated.get(self.article.language, [])
        if own:
            return own[0] if self.rng.random() < 0.8 else self.rng.choice([name, *own])
        return self.rng.choice(aliases) if aliases and self.rng.random() < 0.3 else name

    def keyword(self) -> str:
        keywords = THEMES[self.rng.choice(self.article.themes)][2]
        language = self.article.language
        if language != "en":
            own = {"fr": 4, "de": 5, "ru": 6}[language]
            if len(keywords) > own:
                return keywords[own]
        return self.rng.choice(keywords[:4])

    def value(self, key: str, named: set[int]) -> str:
        """One slot's filling, drawn only when the template has the slot."""
        rng = self.rng
        if key in ("a", "b"):
            return self.actor(named)
        if key in ("k", "K"):
            keyword = self.keyword()
            return keyword[:1].upper() + keyword[1:] if key == "K" else keyword
        if key == "speaker":
            speaker = rng.choice(SPEAKING)
            return self.name(speaker) if rng.random() < 0.6 else rng.choice(OUTSIDE_SPEAKERS)
        if key == "year":
            return str(rng.randint(1995, self.article.date.year if self.article.date else 2024))
        if key == "day":
            return str(rng.randint(1, 28))
        words = {"month": MONTHS, "adj": ADJECTIVES, "noun": NOUNS, "past": PAST,
                 "role": ROLES, "unknown": UNKNOWN_NAMES, "untagged": UNTAGGED_WORDS}  # fmt: skip
        return rng.choice(words[key])

    def fill(self, template: str) -> str:
        text = template.format_map(_Slots(self))
        return text[:1].upper() + text[1:]

    def sentence(self, kind: str) -> str:
        language = self.article.language
        if language != "en":
            pool = IN_LANGUAGE[language]["plain" if kind == "relative" else kind]
        else:
            pool = {"plain": PLAIN, "dated": DATED, "relative": RELATIVE, "quoted": QUOTED}[kind]
        return self.fill(self.rng.choice(pool))


class _Slots(dict):
    """A template's slots, filled as format_map asks for them."""

    def __init__(self, writer: _Writer):
        super().__init__()
        self.writer = writer
        self.named: set[int] = set()

    def __missing__(self, key: str) -> str:
        return self.writer.value(key, self.named)


def _plan(number: int) -> _Article:
    rng = random.Random(f"{SEED}-{number}")
    language = "en"
    if number % LANGUAGE_EVERY == 5:
        language = ("fr", "de", "ru")[number // LANGUAGE_EVERY % 3]
    date = dt.date.fromordinal(rng.randint(FIRST_DAY, LAST_DAY)) if rng.random() < 0.92 else None
    others = [index for index in range(1, len(ACTORS)) if index != EDB]
    # The first actors are the most discussed: picked with weights falling away.
    cast, size = set(), rng.randint(2, 5)
    while len(cast) < size:
        cast.add(rng.choices(others, [1 / (i + 2) ** 0.7 for i in range(len(others))])[0])
    if number < RUSSIA_ARTICLES:  # the articles are shuffled when numbered: see _numbers
        cast.add(RUSSIA)
    if number in EDB_NAMED:
        cast.add(EDB)
    themes = rng.sample(range(len(THEMES)), rng.randint(1, 3))
    return _Article(number, language, date, sorted(cast), themes)


def _numbers(count: int) -> list[int]:
    """The order articles are written in: those without Russia are spread through it."""
    numbers = list(range(count))
    random.Random(SEED).shuffle(numbers)
    return numbers


# How many sentences of each kind an article has: the whole corpus has a little over
# 120 dated events and 80 quotations (or 600 and 400 of 220 articles) as the timeline
# and quotes views read them.
DATED_PER_ARTICLE = (2, 2, 2, 3, 3)
QUOTED_PER_ARTICLE = (1, 2, 2, 3)
DATED_MORE = (0, 10, 20, 30)  # articles with one more: a few events to spare
QUOTED_MORE = range(0, ARTICLES, 12)  # and a few quotations


def _body(rng: random.Random, writer: _Writer) -> list[str]:
    kinds = ["dated"] * (rng.choice(DATED_PER_ARTICLE) + (writer.article.number in DATED_MORE))
    kinds += ["quoted"] * (rng.choice(QUOTED_PER_ARTICLE) + (writer.article.number in QUOTED_MORE))
    kinds += ["relative"] * (rng.random() < 0.3)
    kinds += ["plain"] * rng.randint(4, 8)
    rng.shuffle(kinds)
    paragraphs = max(2, len(kinds) // 3)
    blocks: list[list[str]] = [[] for _ in range(paragraphs)]
    for n, kind in enumerate(kinds):
        blocks[n % paragraphs].append(writer.sentence(kind))
    body = [" ".join(sentences_) for sentences_ in blocks]
    if writer.article.language == "en" and rng.random() < 0.3:
        body.insert(rng.randint(1, len(body) - 1), "## " + writer.fill(rng.choice(HEADINGS)))
    return body


def make_article(number: int, taken: set[str]) -> ArticleFile:
    """The article of this number, alike every time (new articles are numbered past 220)."""
    plan = _plan(number)
    rng = random.Random(f"{SEED}-text-{number}")
    writer = _Writer(rng, plan)
    body = _body(rng, writer)
    title = writer.fill(rng.choice(TITLES))
    slug = _unique(re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:60].strip("-"), taken)
    author = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
    publisher = rng.choice(PUBLISHERS) if rng.random() < 0.7 else None
    if number % 23 == 4:
        author = "Aigerim Nurlanova"  # an actor's own byline
    elif number == EDB_PUBLISHED:
        publisher = "Eurasian Development Bank"
    elif rng.random() < 0.15:
        author = None
    tagged = number % 2 == 0  # half tag their actors and themes, half leave them to matching
    summary = sentences(body[0])[0] if not body[0].startswith("#") and rng.random() < 0.8 else None
    fields = {
        "title": yaml_value(title),
        "slug": slug,
        "date": plan.date.isoformat() if plan.date else "null",
        "author": yaml_value(author),
        "publisher": yaml_value(publisher),
        "source_url": yaml_value(f"https://example.org/{slug}" if publisher else None),
        "language": plan.language,
        "summary": yaml_value(summary),
        "themes": yaml_value([THEMES[t][0] for t in plan.themes] if tagged else None),
        "actors": yaml_value([ACTORS[a][0] for a in plan.cast] if tagged else None),
    }
    return ArticleFile(f"{slug}.md", fields, body)


def _unique(slug: str, taken: set[str]) -> str:
    candidate, n = slug, 2
    while candidate in taken:
        candidate, n = f"{slug}-{n}", n + 1
    taken.add(candidate)
    return candidate


def make_articles(count: int = ARTICLES) -> list[ArticleFile]:
    taken: set[str] = set()
    return [make_article(number, taken) for number in _numbers(count)]


def seed_text(article: ArticleFile) -> str:
    """A plain-text page copy an article could have been ingested from."""
    date = article.fields["date"]
    lines = ["Steppe Analytics", "", str(article.value("title")), "", date, ""]
    for block in article.blocks:
        lines += [block.removeprefix("## "), ""]
    return "\n".join([*lines, "Share this article", "© Steppe Analytics"]) + "\n"


def actor_entries() -> list[dict]:
    """The actors as content/actors.yml lists them (what yaml.safe_load reads back)."""
    return [
        {
            "id": id_,
            "name": name,
            "kind": kind,
            "aliases": {"en": aliases, **translated} if translated else aliases,
            "description": f"{name}, a {kind} of the generated briefing.",
        }
        for id_, name, kind, aliases, translated in ACTORS
    ]


def theme_entries() -> list[dict]:
    return [
        {
            "id": id_,
            "title": title,
            "description": f"How the sources treat {title.lower()}.",
            "keywords": keywords,
        }
        for id_, title, keywords in THEMES
    ]


def gazetteer_yaml(entries: list[dict]) -> str:
    """A list of entries as YAML, each value on one line as JSON writes it."""

    def line(key: str, value: object) -> str:
        if isinstance(value, dict):
            listed = ", ".join(f"{k}: {_json(v)}" for k, v in value.items())
            return f"{key}: {{{listed}}}"
        return f"{key}: {_json(value)}"

    def lines(entry: dict) -> str:
        items = enumerate(entry.items())
        return "".join(f"{'  ' if n else '- '}{line(*item)}\n" for n, item in items)

    return "\n".join(lines(entry) for entry in entries)


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


BRIEFING_YML = """\
title: "A generated briefing"
description: "Generated articles on Central Asia, for testing rebuilds."
base_url: /
language: en
"""


def write_briefing(root: Path, count: int = ARTICLES) -> list[ArticleFile]:
    """Write the project (configuration, gazetteer, articles, seeds) under root."""
    articles_dir = root / "content" / "articles"
    articles_dir.mkdir(parents=True)
    (root / "seeds").mkdir()
    (root / "briefing.yml").write_text(BRIEFING_YML, "utf-8")
    (root / "content" / "actors.yml").write_text(gazetteer_yaml(actor_entries()), "utf-8")
    (root / "content" / "themes.yml").write_text(gazetteer_yaml(theme_entries()), "utf-8")
    articles = make_articles(count)
    for number, article in enumerate(articles):
        if number in SEEDED:
            raw = seed_text(article).encode("utf-8")
            name = f"{number:03d}_{hashlib.sha256(raw).hexdigest()[:16]}.txt"
            (root / "seeds" / name).write_bytes(raw)
            article = replace(article, fields=dict(article.fields))
            article.set("seed", name)
            article.fields["seed_sha256"] = hashlib.sha256(raw).hexdigest()
            articles[number] = article
        article.write(articles_dir)
    return articles
