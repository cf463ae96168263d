"""Deterministic benchmark corpora: a briefing project and an equivalent Hugo site.

Article i depends only on i (its own seeded random.Random), so the corpus of
1,000 articles is the first 1,000 of the corpus of 10,000. No clock is read.

    python benchmarks/corpus.py N OUT_DIR    writes OUT_DIR/briefing and OUT_DIR/hugo
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import random
import re
import shutil
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

SEED = "briefing-benchmark-1"
DEFAULT_WORK = Path(tempfile.gettempdir()) / "briefing-benchmarks"

# (id, name, kind, aliases): 16 countries, 14 organisations, 14 persons,
# 8 initiatives, 8 places. No name is part of another or of the filler text.
ACTORS: list[tuple[str, str, str, list[str]]] = [
    ("kazakhstan", "Kazakhstan", "country", ["Kazakh", "Astana"]),
    ("kyrgyzstan", "Kyrgyzstan", "country", ["Kyrgyz", "Bishkek"]),
    ("tajikistan", "Tajikistan", "country", ["Tajik", "Dushanbe"]),
    ("uzbekistan", "Uzbekistan", "country", ["Uzbek", "Tashkent"]),
    ("turkmenistan", "Turkmenistan", "country", ["Turkmen", "Ashgabat"]),
    ("russia", "Russia", "country", ["Russian", "Moscow", "Kremlin"]),
    ("china", "China", "country", ["Chinese", "Beijing", "PRC"]),
    ("mongolia", "Mongolia", "country", ["Mongolian", "Ulaanbaatar"]),
    ("azerbaijan", "Azerbaijan", "country", ["Azerbaijani", "Baku"]),
    ("iran", "Iran", "country", ["Iranian", "Tehran"]),
    ("turkey", "Turkey", "country", ["Turkish", "Ankara"]),
    ("india", "India", "country", ["Indian", "New Delhi"]),
    ("pakistan", "Pakistan", "country", ["Pakistani", "Islamabad"]),
    ("japan", "Japan", "country", ["Japanese", "Tokyo"]),
    ("united-states", "United States", "country", ["US", "Washington"]),
    ("afghanistan", "Afghanistan", "country", ["Afghan", "Kabul"]),
    ("sco", "Shanghai Cooperation Organisation", "organisation", ["SCO"]),
    ("eeu", "Eurasian Economic Union", "organisation", ["EEU", "EAEU"]),
    ("csto", "Collective Security Treaty Organization", "organisation", ["CSTO"]),
    ("adb", "Asian Development Bank", "organisation", ["ADB"]),
    ("world-bank", "World Bank", "organisation", []),
    ("imf", "International Monetary Fund", "organisation", ["IMF"]),
    ("eu", "European Union", "organisation", ["EU", "Brussels"]),
    ("un", "United Nations", "organisation", ["UN"]),
    ("osce", "Organization for Security and Co-operation in Europe", "organisation", ["OSCE"]),
    ("aiib", "Asian Infrastructure Investment Bank", "organisation", ["AIIB"]),
    ("cis", "Commonwealth of Independent States", "organisation", ["CIS"]),
    ("nato", "North Atlantic Treaty Organization", "organisation", ["NATO"]),
    ("cpc", "Caspian Pipeline Consortium", "organisation", ["CPC"]),
    ("edb", "Eurasian Development Bank", "organisation", ["EDB"]),
    ("aigerim-nurlanova", "Aigerim Nurlanova", "person", ["Nurlanova"]),
    ("bakyt-osmonov", "Bakyt Osmonov", "person", ["Osmonov"]),
    ("dilshod-rakhimov", "Dilshod Rakhimov", "person", ["Rakhimov"]),
    ("farid-mammadov", "Farid Mammadov", "person", ["Mammadov"]),
    ("gulnara-sadykova", "Gulnara Sadykova", "person", ["Sadykova"]),
    ("ivan-petrenko", "Ivan Petrenko", "person", ["Petrenko"]),
    ("li-wenhua", "Li Wenhua", "person", ["Minister Li"]),
    ("marat-zhumabekov", "Marat Zhumabekov", "person", ["Zhumabekov"]),
    ("nodira-yusupova", "Nodira Yusupova", "person", ["Yusupova"]),
    ("oleg-sokolov", "Oleg Sokolov", "person", ["Sokolov"]),
    ("rustam-ergashev", "Rustam Ergashev", "person", ["Ergashev"]),
    ("saule-ismailova", "Saule Ismailova", "person", ["Ismailova"]),
    ("timur-abenov", "Timur Abenov", "person", ["Abenov"]),
    ("zhang-meilin", "Zhang Meilin", "person", ["Ambassador Zhang"]),
    ("bri", "Belt and Road Initiative", "initiative", ["BRI", "New Silk Road"]),
    ("middle-corridor", "Middle Corridor", "initiative", ["Trans-Caspian route"]),
    ("greater-eurasia", "Greater Eurasian Partnership", "initiative", ["Greater Eurasia"]),
    ("casa-1000", "CASA-1000", "initiative", ["CASA power line"]),
    ("line-d", "Line D pipeline", "initiative", ["Line D"]),
    ("digital-silk-road", "Digital Silk Road", "initiative", ["DSR"]),
    ("global-gateway", "Global Gateway", "initiative", []),
    ("c5-dialogue", "C5+1 dialogue", "initiative", ["C5+1"]),
    ("fergana-valley", "Fergana Valley", "place", ["Fergana"]),
    ("caspian-sea", "Caspian Sea", "place", ["Caspian basin"]),
    ("xinjiang", "Xinjiang", "place", ["Xinjiang Uyghur Autonomous Region"]),
    ("khorgos", "Khorgos", "place", ["Khorgos Gateway"]),
    ("wakhan-corridor", "Wakhan Corridor", "place", ["Wakhan"]),
    ("aral-sea", "Aral Sea", "place", []),
    ("pamirs", "Pamir Mountains", "place", ["Pamirs"]),
    ("gwadar", "Gwadar", "place", ["Gwadar Port"]),
]

# (id, title, keywords): no keyword is a word of the filler text.
THEMES: list[tuple[str, str, list[str]]] = [
    ("energy", "Energy and pipelines", ["energy security", "gas pipeline", "oil exports",
     "hydropower", "gas supplies"]),
    ("trade", "Trade and customs", ["bilateral trade", "trade turnover", "export markets",
     "customs union", "tariffs"]),
    ("security-cooperation", "Security cooperation", ["military cooperation",
     "joint exercises", "military base", "border security", "arms sales"]),
    ("counter-terrorism", "Counter-terrorism and extremism", ["terrorism", "extremism",
     "militant groups", "radicalisation"]),
    ("connectivity", "Connectivity and transport", ["transport corridor", "railway link",
     "logistics hub", "dry port", "road network"]),
    ("investment", "Investment and debt", ["foreign investment", "development finance",
     "loans", "debt burden", "infrastructure funding"]),
    ("water", "Water and rivers", ["water scarcity", "irrigation", "river basin",
     "water sharing", "glacier melt"]),
    ("migration", "Labour migration", ["labour migration", "migrant workers", "remittances",
     "diaspora", "work permits"]),
    ("governance", "Governance and reform", ["elections", "constitutional reform",
     "civil society", "rule of law", "anti-corruption"]),
    ("soft-power", "Soft power and culture", ["soft power", "cultural exchange",
     "student scholarships", "media influence", "language policy"]),
    ("climate", "Climate and environment", ["climate change", "emissions",
     "renewable energy", "carbon", "drought"]),
    ("regional-integration", "Regional integration", ["regional integration",
     "multilateral forum", "summit diplomacy", "integration project"]),
    ("digital", "Digital infrastructure", ["digital infrastructure", "telecommunications",
     "surveillance technology", "data centres", "fibre-optic cables"]),
    ("agriculture", "Food and agriculture", ["food security", "grain exports",
     "agricultural land", "cotton harvest", "fertiliser"]),
]  # fmt: skip

ADJECTIVES = ["cautious", "pragmatic", "uneven", "gradual", "lasting", "fragile", "central",
    "quiet", "practical", "growing", "limited", "durable", "competing", "shared", "open",
    "sensitive", "modest", "ambitious", "careful", "decisive"]  # fmt: skip
NOUNS = ["partnership", "rivalry", "agenda", "balance", "strategy", "dialogue", "framework",
    "outlook", "bargain", "leverage", "position", "approach", "relationship", "calculus",
    "proposal", "understanding", "posture", "consensus"]  # fmt: skip
VERBS_PAST = ["announced", "signed", "proposed", "discussed", "reviewed", "postponed",
    "expanded", "launched", "revised", "endorsed", "questioned", "delayed"]  # fmt: skip
VERBS_PERFECT = ["changed", "adjusted", "broadened", "narrowed", "rethought", "defended",
    "reframed", "tested", "shaped", "redefined"]  # fmt: skip
ROLES = ["analyst", "researcher", "former diplomat", "senior official", "economist",
    "policy adviser"]  # fmt: skip
SPEAKERS = ["Jane Roe", "Daniel Hart", "Maria Lenz", "Samuel Okafor", "Elena Vasquez",
    "Peter Lindqvist", "Hannah Moor", "Tomas Kral", "Ruth Adler", "Kenji Mori"]  # fmt: skip
FIRST_NAMES = ["Anna", "Ben", "Clara", "David", "Eva", "Felix", "Grace", "Henry", "Irene",
    "Jonas"]  # fmt: skip
LAST_NAMES = ["Becker", "Collins", "Duval", "Ferreira", "Gallagher", "Holm", "Ivanova",
    "Jansen", "Keller", "Laine"]  # fmt: skip
PUBLISHERS = ["Eurasia Policy Forum", "Steppe Analytics", "Central Asia Review",
    "The Regional Monitor", "Institute for Strategic Studies", "Open Policy Journal",
    "Foreign Affairs Quarterly", "Frontier Economics Blog", "The Diplomatic Review",
    "Policy Brief Weekly", "Global Affairs Institute", "Northern Research Centre",
    "Continental Outlook", "Security Studies Network", "Development Watch"]  # fmt: skip

# {a}, {b}: actor names; {k}, {k2}: theme keywords; {adj}, {noun}, {past},
# {perfect}: filler; {year}: a year; {speaker}, {role}: a quoted person.
SENTENCES = [
    "{a} has {perfect} its approach to {k} over the past decade.",
    "For {a}, {k} remains a {adj} part of its {noun} with {b}.",
    "Officials in {a} {past} a plan on {k} that would reshape the {noun} with {b}.",
    "The debate over {k} reflects a {adj} {noun} rather than a sudden shift.",
    "Observers note that {a} and {b} approach {k} from {adj} positions.",
    "Neither {a} nor {b} has said how far {k} should go.",
    "Expectations about {k} have not always been met, and the {noun} remains {adj}.",
    "What {a} wants from {k} is not what {b} can offer.",
    "The {adj} {noun} between {a} and {b} now extends to {k} and {k2}.",
    "Much depends on whether {k} can be separated from the wider {noun}.",
    "Several governments have {perfect} their {noun} as {k} moved up the agenda.",
    "A {adj} reading of the evidence suggests that {k} matters more to {a} than to {b}.",
    "Meanwhile {a} has {past} talks on {k}, a step many had expected.",
    "Critics argue that the {noun} of {a} leaves little room for {k}.",
    "The link between {k} and {k2} is {adj}, and both sides know it.",
]
DATED = [
    "In {year}, {a} {past} an agreement on {k} with {b}.",
    "By {year}, {k} had become a {adj} part of the {noun} of {a}.",
    "Since {year}, {a} and {b} have {perfect} their {noun} on {k}.",
]
QUOTES = [
    "“Progress on {k} is {adj} at best for {a},” said {role} {speaker}.",
    "“Nobody in {a} expects {k} to settle the {noun},” said {role} {speaker}.",
    "“The {noun} with {b} depends on {k},” {role} {speaker} said.",
]
WORDS = {"adj": ADJECTIVES, "noun": NOUNS, "past": VERBS_PAST, "perfect": VERBS_PERFECT,
    "role": ROLES, "speaker": SPEAKERS}  # fmt: skip
HEADINGS = ["{k_cap} and the {noun}", "A {adj} {noun}", "What {a} wants", "{a} and {b}",
    "The limits of {k}", "Looking ahead"]  # fmt: skip
TITLES = ["{a} and the politics of {k}", "{k_cap}: what {a} wants from {b}",
    "Why {k} matters for {a}", "{a}, {b} and the future of {k}",
    "The {adj} {noun} of {a} and {b}", "{a} rethinks {k}"]  # fmt: skip

FIRST_DAY = dt.date(2000, 1, 1).toordinal()
LAST_DAY = dt.date(2024, 12, 31).toordinal()


@dataclass(frozen=True)
class Article:
    slug: str
    title: str
    date: dt.date | None
    author: str | None
    publisher: str | None
    source_url: str | None
    summary: str
    themes: list[str]
    actors: list[str]
    body: str


class Picker:
    """Every item once first (in random order), then items favouring the first ones."""

    def __init__(self, rng: random.Random, items: list):
        self.rng = rng
        self.items = items
        self.pending = list(items)
        rng.shuffle(self.pending)
        self.weights = [1 / (i + 1) for i in range(len(items))]

    def __call__(self):
        if self.pending:
            return self.pending.pop()
        return self.rng.choices(self.items, self.weights)[0]


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


class Writer:
    """Fills templates for one article from its chosen actors and themes."""

    def __init__(self, rng: random.Random, actors: list[int], themes: list[int], year: int):
        self.rng = rng
        self.actor = Picker(rng, actors)
        self.theme = Picker(rng, [t for t in themes for _ in range(2)])  # each theme twice
        self.theme_ids = themes
        self.year = year
        self.mentioned: Counter[int] = Counter()
        self.sentences: list[str] = []

    def name(self, avoid: set[int]) -> str:
        """An actor's name or alias, not one of those already in the sentence."""
        index = self.actor()
        for _ in range(5):
            if index not in avoid:
                break
            index = self.actor()
        avoid.add(index)
        self.mentioned[index] += 1
        _, name, kind, aliases = ACTORS[index]
        nouns = aliases[1:] if kind == "country" else aliases  # a country's first is adjectival
        return self.rng.choice(nouns) if nouns and self.rng.random() < 0.4 else name

    def value(self, key: str, actors: set[int]) -> str:
        """One slot's filling, drawn only when the template uses it."""
        rng = self.rng
        if key in ("a", "b"):
            return self.name(actors)
        if key in ("k", "k_cap"):
            keyword = rng.choice(THEMES[self.theme()][2])
            return _cap(keyword) if key == "k_cap" else keyword
        if key == "k2":
            return rng.choice(THEMES[rng.choice(self.theme_ids)][2])
        if key == "year":
            return str(rng.randint(2000, self.year))
        return rng.choice(WORDS[key])

    def fill(self, template: str) -> str:
        text = template.format_map(_Slots(self))
        return _cap(re.sub(r"\b([Aa]) (?=[aeiou])", r"\1n ", text))

    def sentence(self) -> str:
        roll = self.rng.random()
        pool = DATED if roll < 0.08 else QUOTES if roll < 0.14 else SENTENCES
        sentence = self.fill(self.rng.choice(pool))
        self.sentences.append(sentence)
        return sentence

    def paragraph(self, words: int) -> str:
        """At least one sentence, then more until about `words` words."""
        sentences = [self.sentence()]
        count = len(sentences[0].split())
        while count < words:
            sentences.append(self.sentence())
            count += len(sentences[-1].split())
        return " ".join(sentences)


class _Slots(dict):
    def __init__(self, writer: Writer):
        super().__init__()
        self.writer = writer
        self.actors: set[int] = set()

    def __missing__(self, key: str) -> str:
        return self.writer.value(key, self.actors)


def make_article(index: int, taken: set[str]) -> Article:
    rng = random.Random(f"{SEED}-{index}")
    actors = rng.sample(range(len(ACTORS)), rng.randint(3, 10))
    themes = rng.sample(range(len(THEMES)), rng.randint(2, 4))
    date = dt.date.fromordinal(rng.randint(FIRST_DAY, LAST_DAY)) if rng.random() < 0.85 else None
    writer = Writer(rng, actors, themes, date.year if date else 2024)
    body = _body(rng, writer)
    mentioned = [ACTORS[a][0] for a, _ in writer.mentioned.most_common()]  # in the prose
    title = writer.fill(rng.choice(TITLES))
    slug = _unique(_slugify(title), taken)
    author = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}" if rng.random() < 0.8 else None
    publisher = rng.choice(PUBLISHERS) if rng.random() < 0.75 else None
    host = _slugify(publisher or "") + ".example.org"
    return Article(
        slug=slug,
        title=title,
        date=date,
        author=author,
        publisher=publisher,
        source_url=f"https://{host}/{slug}" if publisher else None,
        summary=writer.sentences[0],
        themes=[THEMES[t][0] for t in themes],
        actors=mentioned,
        body=body,
    )


def _body(rng: random.Random, writer: Writer) -> str:
    paragraphs = rng.randint(6, 12)
    words = rng.randint(910, 1460)
    heading_at = set(rng.sample(range(1, paragraphs), rng.randint(1, 3)))
    blocks: list[str] = []
    written = 0
    for p in range(paragraphs):
        if p in heading_at:
            blocks.append("## " + writer.fill(rng.choice(HEADINGS)))
        goal = words * (p + 1) // paragraphs  # running total, so overshoots do not add up
        blocks.append(writer.paragraph(goal - written))
        written += len(blocks[-1].split())
    return "\n\n".join(blocks) + "\n"


def _slugify(text: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return slug if len(slug) <= 70 else slug[:71].rsplit("-", 1)[0]


def _unique(slug: str, taken: set[str]) -> str:
    candidate, n = slug, 2
    while candidate in taken:
        candidate, n = f"{slug}-{n}", n + 1
    taken.add(candidate)
    return candidate


def make_articles(n: int) -> list[Article]:
    taken: set[str] = set()
    return [make_article(i, taken) for i in range(n)]


# --- writing the two projects -------------------------------------------------


def _q(value: str | None) -> str:
    return "null" if value is None else json.dumps(value, ensure_ascii=False)


def briefing_markdown(a: Article) -> str:
    return (
        "---\n"
        f"title: {_q(a.title)}\nslug: {a.slug}\n"
        f"date: {a.date.isoformat() if a.date else 'null'}\n"
        f"author: {_q(a.author)}\nauthor_bio: null\npublisher: {_q(a.publisher)}\n"
        f"source_url: {_q(a.source_url)}\nlanguage: en\nsummary: {_q(a.summary)}\n"
        "seed: null\nseed_sha256: null\n"
        f"themes: [{', '.join(a.themes)}]\nactors: [{', '.join(a.actors)}]\n"
        f"---\n\n{a.body}"
    )


def hugo_markdown(a: Article) -> str:
    lines = ["---", f"title: {_q(a.title)}"]
    if a.date:
        lines.append(f"date: {a.date.isoformat()}")
    lines += [
        f"summary: {_q(a.summary)}",
        f"themes: [{', '.join(a.themes)}]",
        f"actors: [{', '.join(a.actors)}]",
        "params:",
        f"  author: {_q(a.author)}",
        f"  publisher: {_q(a.publisher)}",
        "---",
        "",
    ]
    return "\n".join(lines) + a.body


def actors_yaml() -> str:
    entries = [
        f"- id: {i}\n  name: {_q(name)}\n  kind: {kind}\n"
        f"  aliases: [{', '.join(_q(a) for a in aliases)}]\n"
        f"  description: {_q(_description(name, kind))}\n"
        for i, name, kind, aliases in ACTORS
    ]
    return "\n".join(entries)


def themes_yaml() -> str:
    entries = [
        f"- id: {i}\n  title: {_q(title)}\n"
        f"  description: {_q(f'How the sources treat {title.lower()}.')}\n"
        f"  keywords: [{', '.join(_q(k) for k in keywords)}]\n"
        for i, title, keywords in THEMES
    ]
    return "\n".join(entries)


def _description(name: str, kind: str) -> str:
    return f"{name} ({kind}), discussed across the benchmark briefing."


BRIEFING_YML = """\
title: "Benchmark briefing"
description: "A generated corpus for measuring build times."
base_url: /
language: en
"""

HUGO_TOML = """\
baseURL = "https://example.org/"
title = "Benchmark briefing"
locale = "en"

[taxonomies]
  theme = "themes"
  actor = "actors"

[outputs]
  home = ["html", "rss"]
  section = ["html"]
  taxonomy = ["html"]
  term = ["html"]
"""

HUGO_LAYOUTS = {
    "baseof.html": """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{{ .Title }} – {{ site.Title }}</title></head>
<body>
<header><a href="{{ "/" | relURL }}">{{ site.Title }}</a>
<a href="{{ "/articles/" | relURL }}">Articles</a>
<a href="{{ "/themes/" | relURL }}">Themes</a>
<a href="{{ "/actors/" | relURL }}">Actors</a></header>
<main>{{ block "main" . }}{{ end }}</main>
</body>
</html>
""",
    "_partials/pages.html": """<ul>{{ range . }}
<li><a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ if not .Date.IsZero }}
<time>{{ .Date.Format "2006-01-02" }}</time>{{ end }}</li>{{ end }}
</ul>
""",
    "_partials/terms.html": """{{ with .page.GetTerms .taxonomy }}<p>{{ $.label }}:
{{ range . }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> {{ end }}</p>{{ end }}
""",
    "single.html": """{{ define "main" }}<article>
<h1>{{ .Title }}</h1>
<p>{{ if not .Date.IsZero }}<time>{{ .Date.Format "2 January 2006" }}</time>{{ end }}
{{ with .Params.author }}by {{ . }}{{ end }} {{ with .Params.publisher }}({{ . }}){{ end }}</p>
{{ partial "terms.html" (dict "page" . "taxonomy" "themes" "label" "Themes") }}
{{ partial "terms.html" (dict "page" . "taxonomy" "actors" "label" "Actors") }}
{{ .Content }}
</article>{{ end }}
""",
    "home.html": """{{ define "main" }}<h1>{{ site.Title }}</h1>
{{ partial "pages.html" (where site.RegularPages "Section" "articles") }}{{ end }}
""",
    "list.html": """{{ define "main" }}<h1>{{ .Title }}</h1>
{{ partial "pages.html" .Pages }}{{ end }}
""",
    "taxonomy.html": """{{ define "main" }}<h1>{{ .Title }}</h1>
<ul>{{ range .Data.Terms.Alphabetical }}
<li><a href="{{ .Page.RelPermalink }}">{{ .Page.LinkTitle }}</a> ({{ .Count }})</li>{{ end }}
</ul>{{ end }}
""",
    "term.html": """{{ define "main" }}<h1>{{ .Title }}</h1>
{{ .Content }}
{{ partial "pages.html" .Pages }}{{ end }}
""",
}


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def write_briefing(root: Path, articles: list[Article]) -> None:
    _write(root / "briefing.yml", BRIEFING_YML)
    _write(root / "content" / "actors.yml", actors_yaml())
    _write(root / "content" / "themes.yml", themes_yaml())
    for a in articles:
        _write(root / "content" / "articles" / f"{a.slug}.md", briefing_markdown(a))


def write_hugo(root: Path, articles: list[Article]) -> None:
    _write(root / "hugo.toml", HUGO_TOML)
    for name, text in HUGO_LAYOUTS.items():
        _write(root / "layouts" / name, text)
    content = root / "content"
    _write(content / "articles" / "_index.md", '---\ntitle: "Articles"\n---\n')
    _write(content / "actors" / "_index.md", '---\ntitle: "Actors"\n---\n')
    _write(content / "themes" / "_index.md", '---\ntitle: "Themes"\n---\n')
    for i, name, kind, _ in ACTORS:
        term = f"---\ntitle: {_q(name)}\n---\n\n{_description(name, kind)}\n"
        _write(content / "actors" / i / "_index.md", term)
    for i, title, _ in THEMES:
        _write(content / "themes" / i / "_index.md", f"---\ntitle: {_q(title)}\n---\n")
    for a in articles:
        _write(content / "articles" / f"{a.slug}.md", hugo_markdown(a))


def generate(n: int, out: Path) -> tuple[Path, Path]:
    """Write the briefing project and the Hugo site of n articles under out."""
    articles = make_articles(n)
    write_briefing(out / "briefing", articles)
    write_hugo(out / "hugo", articles)
    return out / "briefing", out / "hugo"


def cached(work: Path, n: int) -> Path:
    """The corpus of n articles under work, generated once per size and generator version."""
    version = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:12]
    folder = work / f"corpus-{n}-{version}"
    if not (folder / "complete").exists():
        shutil.rmtree(folder, ignore_errors=True)
        generate(n, folder)
        (folder / "complete").write_text("")
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="number of articles")
    parser.add_argument("out", type=Path, help="folder to write briefing/ and hugo/ into")
    args = parser.parse_args()
    briefing, hugo = generate(args.n, args.out)
    print(f"wrote {args.n} articles into {briefing} and {hugo}")


if __name__ == "__main__":
    main()
