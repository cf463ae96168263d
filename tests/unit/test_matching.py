"""The automaton matcher: the same mentions as the matcher it replaced on English, and
inflected names found in the languages that inflect them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from benchmarks.reference_matcher import NameMatcher as ReferenceMatcher
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from briefing.load.frontmatter import split_document
from briefing.load.gazetteer import load_gazetteer
from briefing.model import Actor, Gazetteer
from briefing.weave.matching import NameMatcher
from briefing.weave.tagging import Tagger

REPO = Path(__file__).resolve().parents[2]
GAZETTEER = load_gazetteer(REPO / "content")
ACTOR_NAMES = [(name, a.id) for a in GAZETTEER.actors for name in a.names]
THEME_WORDS = [(kw, t.id) for t in GAZETTEER.themes for kw in t.keywords]


def _paragraphs() -> list[str]:
    texts = []
    for path in sorted((REPO / "content" / "articles").glob("*.md")):
        body = split_document(path.read_text(encoding="utf-8"), path).body
        texts += [p for p in body.split("\n\n") if p.strip()]
    return texts


@pytest.mark.parametrize("names", [ACTOR_NAMES, THEME_WORDS], ids=["actors", "themes"])
def test_the_seeds_paragraphs_give_the_mentions_they_gave_before(names):
    new, old = NameMatcher(names, "en"), ReferenceMatcher(names)
    for text in _paragraphs():
        assert new.find(text) == old._find(text), text


_PIECES = st.sampled_from(
    [name for name, _ in ACTOR_NAMES[:80]]
    + ["us", "US$", "discos", "Russia's", "Russia’s", "the", "and", "-", ",", ".", "(", ")"]
    + ["  ", "\n", "\u00a0", "Sino-Russian", "SCO-Afghanistan", "Shanghai", "CENTRAL ASIA"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=25), st.lists(st.sampled_from([" ", "", "  "])))
def test_any_english_text_gives_the_mentions_it_gave_before(pieces, joins):
    text = "".join(p + (joins[i % len(joins)] if joins else " ") for i, p in enumerate(pieces))
    # One change on purpose: an apostrophe that goes on the word ("Xi'an") joins it.
    assume(not re.search(r"['’](?![sS]\b)[^\W\d_]", text))
    new, old = NameMatcher(ACTOR_NAMES, "en"), ReferenceMatcher(ACTOR_NAMES)
    assert new.find(text) == old._find(text)


@pytest.mark.parametrize(
    ("language", "names", "text", "found"),
    [
        ("ru", [("Россия", "russia")], "Отношения России и Китая", ["России"]),
        ("ru", [("Китай", "china")], "между Россией и Китаем", ["Китаем"]),
        (
            "ru",
            [("Шанхайская организация сотрудничества", "sco")],
            "саммит Шанхайской организации сотрудничества прошёл",
            ["Шанхайской организации сотрудничества"],
        ),
        ("ru", [("ОДКБ", "csto")], "Генсек ОДКБ заявил", ["ОДКБ"]),
        ("de", [("Russland", "russia")], "die Politik Russlands in Zentralasien", ["Russlands"]),
        ("de", [("China", "china")], "Chinas Einfluss wächst", ["Chinas"]),
        ("fr", [("OCS", "sco")], "le sommet de l'OCS à Samarcande", ["OCS"]),
        ("fr", [("Chine", "china")], "la Chine et la Russie", ["Chine"]),
        ("es", [("Kazajistán", "kazakhstan")], "Kazajistán y Rusia", ["Kazajistán"]),
        ("zh", [("俄罗斯", "russia")], "中国和俄罗斯在中亚的合作", ["俄罗斯"]),
        # suffixes one after another: of China, to Russia, the Chinese, those in Uzbekistan
        ("kk", [("Қытай", "china")], "Қытайдың үлесі өсті", ["Қытайдың"]),
        ("kk", [("Ресей", "russia")], "газ Ресейге қайта", ["Ресейге"]),
        ("kk", [("Қытай", "china")], "қытайлық инвесторлар", ["қытайлық"]),
        ("kk", [("ШЫҰ", "sco")], "ШЫҰ-ның саммиті", ["ШЫҰ"]),
        (
            "kk",
            [("Шанхай ынтымақтастық ұйымы", "sco")],
            "Шанхай ынтымақтастық ұйымының саммиті",
            ["Шанхай ынтымақтастық ұйымының"],
        ),
        ("ky", [("Орусия", "russia")], "Орусиянын эмгек рыногу", ["Орусиянын"]),
        ("uz", [("Xitoy", "china")], "Xitoylik kompaniyalar", ["Xitoylik"]),
        ("uz", [("Oʻzbekiston", "uzbekistan")], "O‘zbekistondagilar", ["O‘zbekistondagilar"]),
        ("uz", [("Oʻzbekiston", "uzbekistan")], "O'zbekistonga", ["O'zbekistonga"]),
        ("uz", [("Rossiya", "russia")], "Россия ва Rossiyaning", ["Rossiyaning"]),
        ("tg", [("Чин", "china")], "Чинро дастгирӣ кард", ["Чинро"]),
        ("tg", [("Тоҷикистон", "tajikistan")], "Тоҷикистону Афғонистон", ["Тоҷикистону"]),
    ],
)
def test_inflected_and_unspaced_names_are_found(language, names, text, found):
    assert [m.text for m in NameMatcher(names, language).find(text)] == found


@pytest.mark.parametrize(
    ("language", "names", "text"),
    [
        ("ru", [("Россия", "russia")], "Российская делегация прибыла"),  # the adjective is not
        ("de", [("SOZ", "sco")], "die soziale Frage"),  # an acronym keeps its case
        ("fr", [("Chine", "china")], "la porcelaine de Chinon"),
        ("en", [("Xi", "xi")], "Xinjiang and Xi'an"),
        # a name's letters then what is no chain of suffixes: Chinar, the Rossi family
        ("tg", [("Чин", "china")], "дар Чинор"),
        ("uz", [("Rossiya", "russia")], "Rossiyanchilik"),
        ("kk", [("Иран", "iran")], "Иранбекова айтты"),
    ],
)
def test_words_that_only_look_alike_are_not_names(language, names, text):
    assert NameMatcher(names, language).find(text) == []


def test_a_text_that_folds_to_another_length_keeps_its_offsets():
    matcher = NameMatcher([("Istanbul", "istanbul")], "en")
    text = "İzmir and Istanbul"
    assert [(m.start, m.text) for m in matcher.find(text)] == [(10, "Istanbul")]


@pytest.mark.parametrize(
    ("language", "text", "found"),
    [
        ("ru-RU", "Отношения России и Китая", ["России"]),
        ("de-AT", "die Politik Russlands in Zentralasien", ["Russlands"]),
        ("pt-BR", "a Rússia e a China", ["Rússia"]),
    ],
)
def test_a_language_with_its_region_is_matched_as_that_language(language, text, found):
    """An article tagged "pt-BR" is matched with the gazetteer's Portuguese names, reduced
    as Portuguese words are, as one tagged "pt" is."""
    russia = Actor(
        "russia",
        "Russia",
        "country",
        (),
        "",
        translations=(("de", ("Russland",)), ("pt", ("Rússia",)), ("ru", ("Россия",))),
    )
    tagger = Tagger(Gazetteer(actors=(russia,), themes=()), language)
    assert [m.text for m in tagger.actor_mentions(text)] == found


_ABBREVIATED = [("中国", "china"), ("中", "china"), ("俄罗斯", "russia"), ("俄", "russia")]
_ABBREVIATED += [("吉", "kyrgyzstan"), ("中亚", "central-asia"), ("美", "united-states")]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("中俄关系不断深化", [("china", "中"), ("russia", "俄")]),
        ("中吉乌铁路", [("china", "中"), ("kyrgyzstan", "吉")]),
        ("中美俄三国", [("china", "中"), ("united-states", "美"), ("russia", "俄")]),
        ("俄语和中文", []),  # one character alone is no name: Russian, Chinese (the languages)
        ("其中俄罗斯", [("russia", "俄罗斯")]),  # "of which", then Russia
        ("中亚与美元", [("central-asia", "中亚")]),
    ],
)
def test_chinese_names_countries_together_by_one_character_each(text, found):
    matcher = NameMatcher(_ABBREVIATED, "zh")
    assert [(m.id, m.text) for m in matcher.find(text)] == found
