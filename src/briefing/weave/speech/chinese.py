"""How a Chinese paragraph reports speech: its frames, read on the characters.

Chinese writes no spaces and no capitals, so its frames are read on the text itself:

    外交部发言人汪文斌表示，“……”      the speaker, a verb of saying, then the words
    “……”，王毅说。                    the words, then the speaker and the verb
    据哈方介绍，“……”  /  在他看来，“……”  attributed
    他强调，“……”                      a pronoun: the speaker quoted last

A speaker is a person of the gazetteer, an actor ("中方"), a name after a title
("外交部发言人汪文斌": 汪文斌, the title its role), or a few characters describing
one ("一位哈萨克斯坦外交官"). Words in marks with no frame are a name or a term
("一带一路"), and no quotation.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ...model import Actor, Mention
from .marks import Quoted, quotations_between
from .speakers import Speaker, is_person, last_speaker

MARKS = (("“", "”"), ("「", "」"), ("『", "』"))
_VERBS = (
    "表示|说道|说|指出|强调|认为|(?<![简号堪被俗统自])称|介绍|透露|坦言|回应|提到|补充说|补充道|补充|写道|解释说|"
    "宣布|警告|呼吁|告诉记者|对记者说|直言|感慨|评论说|分析说|总结说|重申"
)
# A clause that ends right before the words: the speaker, maybe when and where, the verb.
_BEFORE = re.compile(rf"(?P<subject>[^。！？；：:，,“”「」]{{1,60}}?)(?:{_VERBS})\s*[，,：:]?\s*$")
# Where the speaker's words end in that clause: a day, a place, whom it was said to.
_SUBJECT_END = re.compile(
    r"\d{1,2}日|在|于|今天|昨天|当天|日前|近日|接受|对(?=《|[^，。]{0,12}记者)|向|同记者"
)
# Any clause reporting speech, quoted or not: whom a pronoun after it stands for.
_SAID = re.compile(rf"(?P<subject>[^。！？；：:，,“”「」]{{1,60}}?)(?:{_VERBS})")
# Words attributed: "据X介绍，", "在X看来，".
_ATTRIBUTED = re.compile(
    r"(?:据|根据)(?P<by>[^，。“”]{1,30}?)(?:介绍|称|表示|透露|说|指出)\s*[，,]?\s*$"
    r"|在(?P<seen>[^，。“”]{1,30}?)看来\s*[，,]?\s*$"
)
# A clause that starts right after the words: the speaker, then the verb.
_AFTER = re.compile(
    rf"^\s*[，,]?\s*(?P<subject>[^。！？；，,“”「」]{{1,30}}?)(?:{_VERBS})(?:道)?\s*(?:[。！？，,]|$)"
)
_PRONOUNS = ("他", "她", "他们", "她们", "对方")
# Titles a name follows: what is before the last of them is the role.
_TITLES = re.compile(
    r"(?:发言人|部长|外长|主席|总统|总理|大使|秘书长|研究员|教授|所长|主任|专家|学者|院长|"
    r"司长|局长|书记|负责人|分析人士|官员|代表|董事长|总经理|经理|首席执行官|参赞|领事|"
    r"议员|顾问|总书记|副主席|副总理|特使|将军|司令|总裁|学家|分析师|记者|编辑|作者)"
)
_BODIES = ("方", "国", "部", "局", "院", "会", "府", "社", "界")  # 哈方, 外交部: no person
MOST_DESCRIBED = 20  # characters a speaker described, not named, may take at most
MOST_FOREIGN_NAME = 20  # characters of a name written with its parts' dot: 达尼亚尔·萨特巴耶夫


def chinese_speech(
    text: str,
    mentions: Sequence[Mention],
    actors: dict[str, Actor],
    last: Speaker | None = None,
) -> list[tuple[Quoted, Speaker | None]]:
    """Each quotation of the paragraph with its speaker; None: words in marks with no
    frame. ``last``: the speaker quoted last before the paragraph."""
    found: list[tuple[Quoted, Speaker | None]] = []
    for quote in quotations_between(text, MARKS):
        before = text[_clause_start(text, quote.opened) : quote.opened]
        after = text[quote.stop : quote.stop + 40]

        def spoken(at: int = quote.opened) -> Speaker | None:  # asked of a pronoun alone
            said = _said_before(text, at, mentions, actors)
            return said or last_speaker(found) or last

        speaker = _attributed(before, text, quote.opened, mentions, actors, spoken)
        if speaker is None and not before.strip(" ，,"):
            framed = _AFTER.match(after)
            if framed:
                start = quote.stop + framed.start("subject")
                speaker = _subject(framed["subject"], text, start, mentions, actors, spoken)
        found.append((quote, speaker))
    return found


def _said_before(
    text: str, position: int, mentions: Sequence[Mention], actors: dict[str, Actor]
) -> Speaker | None:
    """The person who last says something before the position, quoted or not: "叶尔兰·努尔兰诺夫
    对新华社记者表示，…… “……”他说。" """
    for found in reversed(list(_SAID.finditer(text, 0, position))):
        start = found.start("subject")
        speaker = _subject(found["subject"], text, start, mentions, actors, _no_one)
        if speaker is not None and speaker.person:
            return speaker
    return None


def _clause_start(text: str, position: int) -> int:
    """Where the sentence before this position starts: after a stop or a closing mark."""
    stops = [text.rfind(mark, 0, position) for mark in "。！？；”」』"]
    return max(stops) + 1


def _attributed(
    before: str,
    text: str,
    opened: int,
    mentions: Sequence[Mention],
    actors: dict[str, Actor],
    spoken: Callable[[], Speaker | None],
) -> Speaker | None:
    start = opened - len(before)
    by = _ATTRIBUTED.search(before)
    if by:
        group = "by" if by["by"] else "seen"
        return _subject(by[group], text, start + by.start(group), mentions, actors, spoken)
    framed = _BEFORE.search(before)
    if framed:
        at = start + framed.start("subject")
        return _subject(framed["subject"], text, at, mentions, actors, spoken)
    return None


def _subject(
    words: str,
    text: str,
    start: int,
    mentions: Sequence[Mention],
    actors: dict[str, Actor],
    spoken: Callable[[], Speaker | None],
) -> Speaker | None:
    """Whom the words before a verb of saying name: a pronoun's antecedent (``spoken``),
    a person or an actor of the gazetteer, a name after a title, or a short description."""
    cut = _SUBJECT_END.search(words)
    words = (words[: cut.start()] if cut and cut.start() > 0 else words).strip()
    if words in _PRONOUNS:
        return spoken()
    end = start + len(words)
    within = [m for m in mentions if start <= m.start and m.end <= end]
    people = [m for m in within if is_person(actors, m.id)]
    if people:
        person = people[-1]
        return Speaker(person.text, (person.id,), text[start : person.start].strip(), True)
    if within and within[-1].end == end:
        return Speaker(words, tuple(dict.fromkeys(m.id for m in within)))
    titles = list(_TITLES.finditer(words))
    name = words[titles[-1].end() :] if titles else ""
    if 2 <= len(name) <= 3 or ("·" in name and len(name) <= MOST_FOREIGN_NAME):
        return Speaker(name, (), words[: titles[-1].end()], True)
    if "·" in words and len(words) <= MOST_FOREIGN_NAME and not titles:
        return Speaker(words, (), "", True)
    if 2 <= len(words) <= 3 and not words.endswith(_BODIES):  # a surname and a name
        return Speaker(words, (), "", True)
    return Speaker(words) if len(words) <= MOST_DESCRIBED else None


def _no_one() -> Speaker | None:
    return None
