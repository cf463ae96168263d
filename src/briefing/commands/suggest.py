"""`briefing suggest`: the names the articles use that the gazetteer lacks.

Candidates are runs of capitalised words in any script ("Collective Security
Treaty Organization", "Шанхайская организация"), acronyms, and the definitions
that tie the two together ("Collective Security Treaty Organization (CSTO)").
Words no actor covers are counted across the articles; a surname or an acronym
joins the full name it belongs to. Each suggestion comes with its count, the
articles it is in and a sentence to judge it by, and `--write` drafts them as
gazetteer entries in content/actors.suggested.yml for a person to review.
"""

# ruff: noqa: SIM905 - word lists read better as words

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from slugify import slugify

from ..load.frontmatter import split_document
from ..load.gazetteer import load_gazetteer
from ..load.project import find_root
from ..model import Mention
from ..weave.sentences import split_sentences
from ..weave.tagging import LEADING_WORDS, Tagger

SHOWN = 50
MAX_EXAMPLE = 160
DRAFT_NAME = "actors.suggested.yml"
_UPPER = "A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁ"
_WORD = rf"[{_UPPER}][\w’'\-]*"
# Words that may stand inside a name ("Treaty of …", "Organisation für …"); "and"
# may not: "Syria and Iraq" are two names.
_JOIN = r"(?:\s+(?:of(?:\s+the)?|for(?:\s+the)?|de(?:\s+la)?|du|des|der|die|für|del)\s+|\s+)"
_NAME_RUN = re.compile(rf"{_WORD}(?:{_JOIN}{_WORD})*")
_DEFINITION = re.compile(rf"({_WORD}(?:{_JOIN}{_WORD})+)\s*\(([{_UPPER}]{{2,8}})\)")
_SENTENCE = re.compile(r"[^.!?]*[.!?]?")
# Words that start sentences, name months and days, or are titles: never a name alone.
_COMMON = LEADING_WORDS | frozenset(
    """
    a an the this that these those it its in on at to for by from with as and or but if
    of when while after before since during however although though moreover yet so also
    both he she they we i you his her their our mr mrs ms dr president prime minister
    january february march april may june july august september october november
    december monday tuesday wednesday thursday friday saturday sunday one two three
    first second new old there here what which who why how all some many most such
    according despite within without among between against under over into through across
    about around further following including
    """.split()
)
# Small words between capitalised runs: the runs are pieces of one long title.
_LINK = r"(?:on|of|for|in|to|with)(?:\s+(?:a|an|the))?"  # "and" joins lists of names
_TITLE_BEFORE = re.compile(rf"[{_UPPER}][\w’'\-]*\s+{_LINK}\s+$")
_TITLE_AFTER = re.compile(rf"\s+{_LINK}\s+[{_UPPER}]")
_COMPOUND = re.compile(rf"[{_UPPER}][^\W\d_]+(?:-[{_UPPER}][^\W\d_]+)+")
_OWN_NAME = re.compile(rf"{_WORD}\s+{_WORD}")
_ADJECTIVE = re.compile(r"^[^\s]+(?:ern|ic|ist|ian|ean|ese|ish)$|-[a-z]")  # "Western", "Russia-led"
ORGANISATION_WORDS = re.compile(
    r"\b(?:Organi[sz]ation|Union|Council|Ministry|Bank|Party|Forum|Group|Institute|Centre|"
    r"Center|Agency|Committee|Association|Assembly|Fund|Corporation|Company|University|"
    r"организация|союз|совет|министерство|банк|партия)\b",
    re.IGNORECASE,
)


@dataclass
class Suggestion:
    name: str
    count: int = 0
    articles: set[str] = field(default_factory=set)
    aliases: set[str] = field(default_factory=set)
    example: str = ""
    common: int = 0  # times it stood after "the", as a common noun may ("the State")
    pieces: int = 0  # times it was a piece of a longer title ("Joint Declaration on a …")
    plain: bool = False  # all its words are written in lower case elsewhere: common words

    @property
    def doubtful(self) -> bool:
        """An adjective ("Western"), a word only ever used as "the Word", or only ever a
        piece of a longer title."""
        single = " " not in self.name and not self.name.isupper()
        article = single and not self.aliases and self.common == self.count
        pieces = self.pieces == self.count
        return bool(_ADJECTIVE.search(self.name)) or article or pieces or self.plain

    @property
    def kind(self) -> str:
        if self.name.isupper() or ORGANISATION_WORDS.search(self.name) or self.aliases:
            return "organisation"
        return "person" if len(self.name.split()) in (2, 3) else "place"


def suggest_command(root: Path | None, write: bool, shown: int = SHOWN) -> int:
    project_root = find_root(root)
    content = project_root / "content"
    suggestions = suggest(content)
    for suggestion in suggestions[:shown]:
        aliases = f" ({', '.join(sorted(suggestion.aliases))})" if suggestion.aliases else ""
        print(
            f"{suggestion.count:4}×  {suggestion.name}{aliases} — "
            f"{len(suggestion.articles)} article{'s' if len(suggestion.articles) != 1 else ''}: "
            f"“{suggestion.example}”"
        )
    listed = min(shown, len(suggestions))
    print(f"suggest: {len(suggestions)} names the gazetteer lacks, {listed} shown")
    if write:
        path = content / DRAFT_NAME
        path.write_text(draft(suggestions[:shown]), encoding="utf-8")
        print(f"suggest: drafted {listed} entries in {path}")
    return 0


def suggest(content: Path) -> list[Suggestion]:
    """Names the articles use that no actor covers, the most used first."""
    tagger = Tagger(load_gazetteer(content))
    found: dict[str, Suggestion] = {}
    lower: set[str] = set()  # words the articles write in lower case
    for slug, language, paragraphs in _articles(content / "articles"):
        lower.update(w for p in paragraphs for w in re.findall(r"\b[^\W\d_]+\b", p) if w.islower())
        local = tagger.in_language(language)
        for paragraph in paragraphs:
            covered = local.actor_mentions(paragraph)
            for name, alias, sentence, common, piece in _candidates(paragraph, covered):
                entry = found.setdefault(name.casefold(), Suggestion(name))
                entry.count += 1
                entry.common += common
                entry.pieces += piece
                entry.articles.add(slug)
                entry.example = entry.example or sentence
                if alias:
                    entry.aliases.add(alias)
    _split_adjacent(found)
    _forms_joined(found)
    _initials_and_prefixes(found)
    for entry in found.values():
        entry.plain = not entry.aliases and all(
            w.casefold() in lower for w in re.findall(r"[^\W\d_]+", entry.name)
        )
    return _ranked(_merged(found))


def _articles(folder: Path) -> Iterable[tuple[str, str | None, list[str]]]:
    """Each article's slug, language and paragraphs; front matter ids are not checked,
    so a gazetteer in the middle of a change still reads."""
    for path in sorted(folder.glob("*.md")):
        document = split_document(path.read_text(encoding="utf-8"), path)
        language = document.meta.get("language")
        blocks = [p.strip() for p in document.body.split("\n\n")]
        paragraphs = [p for p in blocks if p and not p.startswith("#")]  # headings name little
        yield path.stem, language if isinstance(language, str) else None, paragraphs


def _candidates(text: str, covered: list[Mention]) -> Iterable[tuple[str, str, str, bool, bool]]:
    """(name, acronym or "", sentence, after "the", a piece of a title) for each
    name-like run no mention covers."""
    free = _uncovered(text, covered)
    for match in _DEFINITION.finditer(text):
        if free(match.start(), match.end()):
            name, sentence = _trimmed(match.group(1)), _sentence(text, match.start())
            yield name, match.group(2), sentence, False, False
            covered = [*covered, Mention("", match.start(), match.end(), match.group(0))]
    free = _uncovered(text, covered)
    for match in _NAME_RUN.finditer(text):
        name = _trimmed(match.group(0))
        start = match.start() + match.group(0).find(name)
        if _COMPOUND.fullmatch(name):  # "Russia-Myanmar", "Sino-Russian": two names' parts
            continue
        if name and free(start, start + len(name)) and _worth(name, text, start):
            after_the = text[:start].rstrip().casefold().endswith(" the")
            piece = bool(
                _TITLE_BEFORE.search(text, 0, start) or _TITLE_AFTER.match(text, start + len(name))
            )
            yield name, "", _sentence(text, start), after_the, piece


def _uncovered(text: str, covered: list[Mention]) -> Callable[[int, int], bool]:
    """Whether a span is a name the gazetteer lacks: it touches no known name, or holds
    two capitalised words of its own beside one ("UN General Assembly" holds "UN")."""

    def free(start: int, end: int) -> bool:
        inside = sorted((m for m in covered if m.start < end and start < m.end), key=_start)
        if not inside:
            return True
        if any(m.start <= start and end <= m.end for m in inside):
            return False
        pieces, at = [], start
        for mention in inside:
            pieces.append(text[at : max(at, mention.start)])
            at = max(at, mention.end)
        pieces.append(text[at:end])
        return any(_OWN_NAME.search(piece) for piece in pieces)

    return free


def _start(mention: Mention) -> int:
    return mention.start


def _trimmed(name: str) -> str:
    words = name.replace("’s", "").replace("'s", "").split()
    while words and words[0].casefold() in _COMMON:
        words.pop(0)
    while words and words[-1].casefold() in _COMMON:
        words.pop()
    return " ".join(words).strip("-’'")


def _worth(name: str, text: str, start: int) -> bool:
    """A run of two words or more, an acronym, or one word not opening a sentence."""
    if len(name) < 2 or name.casefold() in _COMMON:
        return False
    if " " in name or name.isupper():
        return True
    before = text[:start].rstrip()
    return bool(before) and before[-1] not in '.!?:"“«'


def _sentence(text: str, position: int) -> str:
    """The sentence the name stands in, cut to a line around the name when long."""
    start, end = next(
        ((s, e) for s, e in split_sentences(text) if s <= position < e), (0, len(text))
    )
    if end - start <= MAX_EXAMPLE:
        return text[start:end].strip()
    begin = max(start, position - MAX_EXAMPLE // 2)
    return "…" + text[begin : begin + MAX_EXAMPLE].strip() + "…"


DOMINANT = 3  # a name this many times more frequent than a run it opens is a name of its own


def _split_adjacent(found: dict[str, Suggestion]) -> None:
    """Two names side by side ("Russia Vladimir Putin", "the Gulf US") make one run; where
    its first and last words are each found on their own elsewhere, or its first words
    are a name found far more often, it is two."""
    for key, entry in sorted(found.items(), key=lambda item: -len(item[0])):
        words = entry.name.split()
        if " of " in f" {key} " or len(words) < 2:
            continue
        for cut in range(1, len(words)):
            head, tail = " ".join(words[:cut]), " ".join(words[cut:])
            known = found.get(head.casefold())
            dominant = (
                known is not None
                and known.count >= DOMINANT * entry.count
                and not _ADJECTIVE.search(head)  # "Russian Air Force" is one name
            )
            if {head.casefold(), tail.casefold()} <= found.keys() or dominant:
                for name in (head, tail):
                    part = found.setdefault(name.casefold(), Suggestion(name))
                    part.count += entry.count
                    part.articles |= entry.articles
                    part.example = part.example or entry.example
                del found[key]
                break


MAX_FORM_ENDING = 4  # "Russia" and "Russian", "Kyrgyz" and "Kyrgyzstan": one name's forms


def _forms_joined(found: dict[str, Suggestion]) -> None:
    """One word and the same word with a short ending are one name's forms: the one used
    more keeps the other as an alias."""
    singles = sorted((e for e in found.values() if " " not in e.name), key=lambda e: -e.count)
    for entry in singles:
        for other in singles:
            if other is entry or other.name.casefold() not in found:
                continue
            short, long = sorted((entry.name, other.name), key=len)
            extra = len(long) - len(short)
            forms = len(short) >= 4 and 0 < extra <= MAX_FORM_ENDING and long.startswith(short)
            if forms and entry.name.casefold() in found and other.count <= entry.count:
                entry.count += other.count
                entry.articles |= other.articles
                entry.aliases.add(other.name)
                del found[other.name.casefold()]


def _absorb(into: Suggestion, entry: Suggestion, found: dict[str, Suggestion]) -> None:
    into.count += entry.count
    into.articles |= entry.articles
    into.aliases |= entry.aliases | {entry.name}
    del found[entry.name.casefold()]


def _initials_and_prefixes(found: dict[str, Suggestion]) -> None:
    """ "US" is "United States" and "EU" "European Union" (their initials); "Victory Day"
    is the start of "Victory Day Parade"."""
    longer = sorted((e for e in found.values() if " " in e.name), key=lambda e: -len(e.name))
    for entry in list(found.values()):
        if entry.name.casefold() not in found:
            continue
        for other in longer:
            if other is entry or other.name.casefold() not in found:
                continue
            initials = "".join(w[0] for w in other.name.split() if w[0].isupper())
            prefix = " " in entry.name and other.name.startswith(entry.name + " ")
            if (entry.name.isupper() and entry.name == initials) or prefix:
                _absorb(other, entry, found)
                break


def _merged(found: dict[str, Suggestion]) -> list[Suggestion]:
    """A surname or an acronym counts toward the full name it belongs to, and names
    defined by one acronym ("…Organisation", "…Organization") are one."""
    by_acronym: dict[str, Suggestion] = {}
    for key, entry in sorted(found.items(), key=lambda item: -item[1].count):
        for alias in sorted(entry.aliases):
            first = by_acronym.setdefault(alias, entry)
            if first is not entry and key in found:
                first.count += entry.count
                first.articles |= entry.articles
                first.aliases |= entry.aliases | {entry.name}
                del found[key]
                break
    full = [s for s in found.values() if " " in s.name]
    merged = dict(found)
    for key, entry in found.items():
        if " " in entry.name:
            continue
        owner = next(
            (
                f
                for f in full
                if entry.name in f.aliases or _same_word(f.name.split()[-1].casefold(), key)
            ),
            None,
        )
        if owner is not None:
            owner.count += entry.count
            owner.articles |= entry.articles
            del merged[key]
    return list(merged.values())


def _same_word(a: str, b: str) -> bool:
    """The same word, or one spelt with one letter changed ("Atambayev", "Atembayev")."""
    if a == b:
        return True
    if len(a) != len(b) or len(a) < MIN_VARIANT_LENGTH or a[0] != b[0]:
        return False
    return sum(x != y for x, y in zip(a, b, strict=True)) == 1


MIN_VARIANT_LENGTH = 6


def _ranked(suggestions: list[Suggestion]) -> list[Suggestion]:
    """By how many articles use a name, then how often, then multi-word names first;
    adjectives and words only used as "the Word" after all others."""
    return sorted(
        suggestions,
        key=lambda s: (
            s.doubtful,
            -len(s.articles),
            -s.count,
            -len(s.name.split()),
            s.name.casefold(),
        ),
    )


def draft(suggestions: list[Suggestion]) -> str:
    """The suggestions as gazetteer entries, to review before adding to actors.yml."""
    entries = []
    taken: set[str] = set()
    for suggestion in suggestions:
        entry_id = slugify(suggestion.name) or "actor"
        while entry_id in taken:
            entry_id += "-2"
        taken.add(entry_id)
        entries.append(
            {
                "id": entry_id,
                "name": suggestion.name,
                "kind": suggestion.kind,
                "aliases": sorted(suggestion.aliases),
                "description": (
                    f"Suggested: named {suggestion.count} times in {len(suggestion.articles)} "
                    f"articles, e.g. “{suggestion.example}”"
                ),
            }
        )
    header = (
        "# Names the articles use that content/actors.yml lacks, drafted by `briefing suggest`.\n"
        "# Review each: fix its kind and aliases, write its description, then move it into\n"
        "# actors.yml. This file itself is never read by a build.\n"
    )
    return header + yaml.safe_dump(entries, sort_keys=False, allow_unicode=True, width=100)
