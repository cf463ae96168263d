"""What a line looks like: prose, a person's name, a heading; and its first sentence."""

# ruff: noqa: SIM905 - word lists read better as words

from __future__ import annotations

import re

_SENTENCE_END = re.compile(r"[.!…。！？][\"”’')\]」』）]*$")
_HEADING_END = re.compile(r"[.,;:!?…\"”’'(\[-]$")
# A full stop ends a sentence when the next word starts a new one, unless it closes
# an abbreviation ("Mr.", "U.S.", "e.g.").
_SENTENCE_BREAK = re.compile(r"[.!?…][\"”’')\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9À-ÖØ-ÞА-ЯЁ])")
_ABBREVIATIONS = frozenset(
    (
        "mr mrs ms dr prof st gen col lt sgt capt cpt sen rep gov pres jr sr inc ltd co corp no"
        " nos vs etc e.g i.e approx fig vol pp mt ft jan feb mar apr jun jul aug sep sept oct nov"
        " dec art ch sec para cf ca"
    ).split()
)
_NAME_PARTICLES = frozenset(
    "de da di del della der den van von bin ibn al el le la du dos das ter y".split()
)
# A hard-wrapped paragraph: lines of a similar, modest length that do not all end sentences.
WRAP_MIN_CHARS = 30
WRAP_MAX_CHARS = 100
WRAP_EVENNESS = 0.75
_WRAPPED_LINE_END = re.compile(r"[.!?…:][\"”’')\]]*$")
MAX_PROSE_FREE_WORDS = 25
MAX_HEADING_WORDS = 12
MAX_HEADING_CHARS = 90
MAX_QUESTION_HEADING_WORDS = 7  # "Quelle marge pour Moscou ?"; an interviewer asks at length


# Chinese and Japanese write words without spaces: a run of their characters counts as a
# word every two characters (a Chinese word's usual length), so that a sentence of them
# is as long, to the rules, as one of spaced words.
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
UNSPACED_WORD_CHARS = 2


def words(text: str) -> list[str]:
    found = text.split()
    if not _UNSPACED.search(text):
        return found
    return [piece for token in found for piece in _unspaced_words(token)]


def _unspaced_words(token: str) -> list[str]:
    pieces: list[str] = []
    for part in re.split(f"({_UNSPACED.pattern})", token):
        if _UNSPACED.fullmatch(part):
            step = UNSPACED_WORD_CHARS
            pieces += [part[i : i + step] for i in range(0, len(part), step)]
        elif any(c.isalnum() for c in part):  # not its full-width commas and stops
            pieces.append(part)
    return pieces


MIN_SENTENCE_WORDS = 4  # "Search...", "Yes." and "Loading..." end like sentences


def is_prose(text: str) -> bool:
    """A line of running text: it ends a sentence, or is too long for a label."""
    count = len(words(text))
    if count > MAX_PROSE_FREE_WORDS:
        return True
    return count >= MIN_SENTENCE_WORDS and bool(_SENTENCE_END.search(text))


def is_hard_wrapped(texts: list[str]) -> bool:
    """Consecutive lines that are one paragraph wrapped at a fixed width."""
    if len(texts) < 2:
        return False
    body = texts[:-1]
    modest = all(WRAP_MIN_CHARS <= len(text) <= WRAP_MAX_CHARS for text in body)
    # A fixed width makes the lines (all but the last) nearly as long as the longest.
    even = min(map(len, body)) >= WRAP_EVENNESS * max(map(len, body))
    return modest and even and not all(_WRAPPED_LINE_END.search(text) for text in body)


# Capitalised words that label a section or a place, never a person's name.
_NOT_NAME_WORDS = frozenset(
    """
    asia central eurasia europe world news politics economy business analysis opinion
    security policy foreign affairs international region regions society culture energy
    defence defense trade diplomacy commentary interview feature features comment blog
    home latest video audio podcast photo photos live briefing report reports research
    monde politique économie international société analyse tribune entretien
    welt politik wirtschaft ausland meinung gesellschaft kommentar
    mundo política economía internacional opinión sociedad entrevista
    мир политика экономика общество мнения аналитика новости интервью
    russia china kazakhstan uzbekistan kyrgyzstan tajikistan turkmenistan afghanistan
    россия китай казахстан узбекистан кыргызстан таджикистан туркменистан
    """.split()
)


# Words of a Title-Case headline that no person's name holds.
_TITLE_WORDS = frozenset(
    """
    the a an and or of in on at to for with from between against after before over under
    two three new how why what who when where is are was will can not no
    der die das und von im mit für über gegen zwischen
    le la les des et du au aux pour sur dans entre contre
    el los las y en con para sobre entre contra
    и в на с по для о
    """.split()
)


MIN_WRAPPED_LINES = 3  # two lines of similar length may be a headline and a byline


def is_wrapped_paragraph(texts: list[str]) -> bool:
    """Three lines or more that are one paragraph wrapped at a fixed width."""
    return len(texts) >= MIN_WRAPPED_LINES and is_hard_wrapped(texts)


def is_name(text: str) -> bool:
    """A person's name standing alone: two to five capitalised words, no digits."""
    parts = words(text)
    if not 2 <= len(parts) <= 5 or len(text) > 60:
        return False
    if any(part.casefold().strip(".,") in _NOT_NAME_WORDS for part in parts):
        return False
    if any(part.casefold() in _TITLE_WORDS - _NAME_PARTICLES for part in parts):
        return False
    for part in parts:
        if part.lower() in _NAME_PARTICLES and part is not parts[0]:
            continue
        if not part[0].isupper() or not all(c.isalpha() or c in ".-'’" for c in part):
            return False
    return True


def _name_parts(text: str) -> list[str]:
    """The names a line joins: by "and" or commas; Chinese names ("赵文博", "张晓东 郭媛")
    by spaces or enumeration commas."""
    if _UNSPACED.search(text):
        return [part for part in re.split(r"[\s、，,]+", text.strip()) if part]
    return [part for part in _NAME_JOINS.split(text.strip()) if part.strip()]


def is_name_list(text: str) -> bool:
    """Two or more people's names joined by 'and', 'und', 'et', 'y', 'и', '&' or commas."""
    parts = _name_parts(text)
    return len(parts) >= 2 and all(is_name(part) for part in parts)


def same_name(a: str, b: str) -> bool:
    return " ".join(words(a)).casefold() == " ".join(words(b)).casefold()


_NUMBERED = re.compile(r"^\d{1,2}[.)]\s+\S")  # "3. Trade, gas and rail", "1) Why now?"


def is_heading_shaped(text: str, questions: bool = False) -> bool:
    """A short line that does not read as a sentence: a section heading, if placed as one.
    A numbered one may ask a question ("1. What is the SCO?"), and so may a short one in
    a text that has other headings (an interview's questions are not its sections)."""
    question = text.endswith("?") and bool(
        _NUMBERED.match(text) or (questions and len(words(text)) <= MAX_QUESTION_HEADING_WORDS)
    )
    return (
        len(words(text)) <= MAX_HEADING_WORDS
        and len(text) <= MAX_HEADING_CHARS
        and (text[0].isupper() or text[0].isdigit() or text[0] in '¿¡«"“' or _uncased(text[0]))
        and not (_HEADING_END.search(text) and not question)
        and any(c.isalpha() for c in text)
    )


def _uncased(char: str) -> bool:
    """A letter of a script without capitals (Chinese, Japanese), which any line opens with."""
    return bool(_UNSPACED.match(char))


def first_sentence(text: str) -> str:
    """The first sentence of a paragraph (the whole paragraph when no break is found)."""
    for found in _SENTENCE_BREAK.finditer(text):
        before = text[: found.start() + 1].split()[-1] if text[: found.start()].strip() else ""
        token = before.rstrip(".!?…").lstrip("\"“‘'(").lower()
        if found.group(0)[0] == "." and (token in _ABBREVIATIONS or _is_initial(token)):
            continue
        return text[: found.end()].strip()
    return text.strip()


def _is_initial(token: str) -> bool:
    """'u.s', 'j' and the like: single letters joined by full stops."""
    return all(len(piece) == 1 for piece in token.split("."))


def sentence_count_is_one(text: str) -> bool:
    return first_sentence(text) == text.strip()


_NAME_JOINS = re.compile(r"\s*(?:,\s*(?:and|und|et|y|e|и)\s+|,\s*|\s+(?:and|und|et|y|e|и|&)\s+)")


_ROLE_WORDS = frozenset(
    """
    senior fellow director editor correspondent reporter researcher analyst professor head
    chief associate contributor columnist staff writer journalist expert lecturer student
    rédacteur correspondant chercheur chercheuse journaliste redakteur korrespondent
    redakteurin korrespondentin corresponsal redactor investigador investigadora periodista
    корреспондент обозреватель эксперт редактор тілші сарапшы талдаушы саясаттанушы
    кабарчы кабарчысы серепчи muxbir muxbiri мухбир мухбири ekspert tahlilchi siyosatshunos
    хабарнигор хабарнигори коршинос таҳлилгар сиёсатшинос
    """.split()
)


def author_names(text: str) -> str | list[str] | None:
    """The people a byline names, each in normal capitals: one name, or a list. A role
    after a comma ("Jane Doe, Senior Fellow") is not a name."""
    parts = _name_parts(text)
    names = [person_name(part) for part in parts if not _is_role(part)]
    names = [name for name in names if name]
    if not names:
        return None
    return names[0] if len(names) == 1 else names


_HONORIFIC = re.compile(
    r"^(?:(?:Dr|Prof|Professor|Professeur|Doz|Mag|Ing|Mr|Mrs|Ms|M|Mme|Herr|Frau|Sr|Sra|"
    r"Author|Autor|Autorin|Auteur|Autore|Автор|Muallif|Муаллиф|By|Par|Von|Por|Di)\.?:?\s+)+",
    re.IGNORECASE,
)


MAX_SIGNATURE_ROLE_WORDS = 6


def signature(text: str) -> tuple[str, str] | None:
    """A name, then its role after a comma: "Bekzod Ergashev, UzA muxbiri", "Иван Петров,
    корреспондент ТАСС". The name and the role, or None."""
    name, comma, role = text.partition(", ")
    short = len(words(role)) <= MAX_SIGNATURE_ROLE_WORDS
    return (name, role) if comma and short and is_name(name) and _is_role(role) else None


def _is_role(text: str) -> bool:
    return any(word.casefold().strip(".,") in _ROLE_WORDS for word in words(text))


def person_name(text: str) -> str:
    """'Jean DUPONT' → 'Jean Dupont', 'Dr. Anna Vogel' → 'Anna Vogel': a name as it is cited."""
    bare = _HONORIFIC.sub("", re.sub(r"\s*\([^)]*\)", "", text).strip(" ,;:—–-"))
    return " ".join(_uncapitalised(word) for word in bare.split())


def _uncapitalised(word: str) -> str:
    letters = [c for c in word if c.isalpha()]
    if len(letters) < 2 or not all(c.isupper() for c in letters):
        return word
    return re.sub(r"[^\W\d_]+", lambda m: m.group(0).capitalize(), word)
