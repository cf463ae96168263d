"""The gazetteer matcher: whole words and phrases, case-aware acronyms, longest wins."""

from __future__ import annotations

import pytest

from briefing.model import Actor, Gazetteer, Mention, Theme
from briefing.weave.tagging import NameMatcher, Tagger

NAMES = [
    ("Russia", "russia"),
    ("Russian", "russia"),
    ("Kremlin", "russia"),
    ("China", "china"),
    ("Sino", "china"),
    ("US", "united-states"),
    ("U.S.", "united-states"),
    ("United States", "united-states"),
    ("SCO", "sco"),
    ("Shanghai Cooperation Organisation", "sco"),
    ("Shanghai", "shanghai"),
    ("Belt and Road Initiative", "bri"),
    ("Belt and Road", "belt-and-road"),
    ("Mr. Xi", "xi-jinping"),
    ("People’s Liberation Army", "pla"),
]


@pytest.fixture(scope="module")
def matcher() -> NameMatcher:
    return NameMatcher(NAMES)


def found(matcher: NameMatcher, text: str) -> list[tuple[str, str]]:
    return [(m.id, m.text) for m in matcher.find(text)]


# Whole words and phrases


def test_finds_a_name_with_its_span(matcher):
    assert matcher.find("Talks with Russia began.") == [Mention("russia", 11, 17, "Russia")]


def test_name_inside_a_longer_word_does_not_match(matcher):
    assert found(matcher, "Russias Chinas Russianness") == []


def test_name_followed_by_underscore_or_digit_does_not_match(matcher):
    assert found(matcher, "Russia_ US2 _US") == []


def test_name_between_punctuation_matches(matcher):
    assert found(matcher, "(Russia), 'China'.") == [("russia", "Russia"), ("china", "China")]


def test_mentions_come_in_text_order(matcher):
    assert found(matcher, "China, Russia and China") == [
        ("china", "China"),
        ("russia", "Russia"),
        ("china", "China"),
    ]


def test_empty_matcher_finds_nothing():
    assert NameMatcher([]).find("Russia") == []


def test_text_without_names_gives_no_mentions(matcher):
    assert matcher.find("nothing to see here") == []


# Acronyms are case-sensitive


def test_acronym_does_not_match_lowercase_word(matcher):
    assert found(matcher, "let us use it") == []


def test_acronym_matches_in_exact_case(matcher):
    assert found(matcher, "us and US") == [("united-states", "US")]


def test_acronym_does_not_match_inside_a_word(matcher):
    assert found(matcher, "the discos of SCOTLAND") == []


def test_acronym_does_not_match_mixed_case(matcher):
    assert found(matcher, "Sco and Us") == []


def test_acronym_before_dollar_sign_is_a_currency_not_the_country(matcher):
    assert found(matcher, "a loan of US$6 billion") == []


def test_acronym_at_sentence_end_matches(matcher):
    assert found(matcher, "sanctions by the US.") == [("united-states", "US")]


def test_dotted_acronym_matches_whole(matcher):
    assert matcher.find("the U.S. said") == [Mention("united-states", 4, 8, "U.S.")]


def test_longer_acronym_containing_a_name_does_not_match(matcher):
    assert found(matcher, "USA") == []


# Names with lowercase letters match in any case


def test_name_with_lowercase_matches_in_any_case(matcher):
    assert found(matcher, "russia KREMLIN") == [("russia", "russia"), ("russia", "KREMLIN")]


def test_phrase_matches_in_any_case(matcher):
    assert found(matcher, "the shanghai cooperation organisation") == [
        ("sco", "shanghai cooperation organisation")
    ]


def test_name_with_abbreviation_dot_matches(matcher):
    assert found(matcher, "Mr. Xi said") == [("xi-jinping", "Mr. Xi")]


# Longest wins


def test_longest_name_wins_over_its_first_word(matcher):
    assert found(matcher, "the Shanghai Cooperation Organisation met") == [
        ("sco", "Shanghai Cooperation Organisation")
    ]


def test_shorter_name_still_matches_alone(matcher):
    assert found(matcher, "in Shanghai today") == [("shanghai", "Shanghai")]


def test_longest_phrase_wins_over_its_prefix_phrase(matcher):
    assert found(matcher, "Belt and Road Initiative and Belt and Road") == [
        ("bri", "Belt and Road Initiative"),
        ("belt-and-road", "Belt and Road"),
    ]


def test_longer_word_wins_over_its_stem(matcher):
    assert matcher.find("Russian troops") == [Mention("russia", 0, 7, "Russian")]


def test_longest_wins_regardless_of_input_order():
    matcher = NameMatcher([("Shanghai", "shanghai"), ("Shanghai Cooperation", "sc")])
    assert found(matcher, "Shanghai Cooperation") == [("sc", "Shanghai Cooperation")]


# Possessives, hyphens, whitespace


def test_possessive_with_straight_apostrophe_matches(matcher):
    assert matcher.find("China's rise") == [Mention("china", 0, 5, "China")]


def test_possessive_with_curly_apostrophe_matches(matcher):
    assert matcher.find("China’s rise") == [Mention("china", 0, 5, "China")]


def test_acronym_possessive_matches(matcher):
    assert found(matcher, "the US’ role and the SCO's charter") == [
        ("united-states", "US"),
        ("sco", "SCO"),
    ]


def test_curly_apostrophe_in_name_matches_straight_in_text(matcher):
    assert found(matcher, "People's Liberation Army") == [("pla", "People's Liberation Army")]


def test_straight_apostrophe_in_name_matches_curly_in_text():
    matcher = NameMatcher([("People's Liberation Army", "pla")])
    assert found(matcher, "People’s Liberation Army") == [("pla", "People’s Liberation Army")]


def test_hyphenated_compound_matches_its_name(matcher):
    assert found(matcher, "a Russia-led bloc") == [("russia", "Russia")]


def test_hyphenated_pair_matches_both_names(matcher):
    assert found(matcher, "Sino-US trade") == [("china", "Sino"), ("united-states", "US")]


def test_dotted_acronym_in_hyphenated_compound_matches(matcher):
    assert matcher.find("U.S.-Russian talks") == [
        Mention("united-states", 0, 4, "U.S."),
        Mention("russia", 5, 12, "Russian"),
    ]


def test_phrase_matches_across_a_newline(matcher):
    text = "the Shanghai Cooperation\n  Organisation"
    assert matcher.find(text) == [Mention("sco", 4, len(text), text[4:])]


def test_phrase_matches_with_several_spaces(matcher):
    assert found(matcher, "United   States") == [("united-states", "United   States")]


def test_name_with_several_spaces_matches_single_spaced_text():
    matcher = NameMatcher([("Central  Asia", "central-asia")])
    assert found(matcher, "Central Asia") == [("central-asia", "Central Asia")]


def test_phrase_does_not_match_without_space(matcher):
    assert found(matcher, "UnitedStates") == []


# The Tagger


def actor(actor_id: str, name: str, *aliases: str) -> Actor:
    return Actor(actor_id, name, "country", aliases, "")


def theme(theme_id: str, *keywords: str) -> Theme:
    return Theme(theme_id, theme_id.title(), "", keywords)


@pytest.fixture(scope="module")
def tagger() -> Tagger:
    actors = (
        actor("russia", "Russia", "Moscow", "Kremlin"),
        actor("china", "China", "Beijing"),
        actor("kazakhstan", "Kazakhstan"),
        actor("sco", "Shanghai Cooperation Organisation", "SCO"),
    )
    themes = (
        theme("energy", "oil", "gas", "pipeline"),
        theme("security", "military", "troops"),
        theme("trade", "trade", "exports"),
    )
    return Tagger(Gazetteer(actors, themes))


def test_tagger_matches_actor_aliases_to_the_actor(tagger):
    assert [m.id for m in tagger.actor_mentions("Moscow and the Kremlin")] == ["russia", "russia"]


def test_tagger_matches_theme_keywords(tagger):
    assert tagger.theme_mentions("oil and troops") == [
        Mention("energy", 0, 3, "oil"),
        Mention("security", 8, 14, "troops"),
    ]


@pytest.mark.parametrize(
    ("language", "text", "found"),
    [
        ("ru", "Строительство газопроводов и нефти", ["газопроводов"]),  # inflected
        ("kk", "Газ құбырының құрылысы", ["Газ құбырының"]),  # suffixed
        ("zh", "中亚天然气管道的建设", ["天然气管道"]),  # unspaced
        ("en", "The new pipeline", ["pipeline"]),  # English keywords in every language
        ("fr", "Le nouveau gazoduc", []),  # no French keywords given
    ],
)
def test_a_theme_is_found_by_the_keywords_of_the_texts_language(language, text, found):
    energy = Theme(
        "energy",
        "Energy",
        "",
        ("pipeline",),
        translations=(("kk", ("газ құбыры",)), ("ru", ("газопровод",)), ("zh", ("天然气管道",))),
    )
    tagger = Tagger(Gazetteer((), (energy,)), language)
    assert [m.text for m in tagger.theme_mentions(text)] == found


def test_actor_ids_rank_most_mentioned_first(tagger):
    assert tagger.actor_ids("China. Russia, Moscow. China? Beijing!") == ["china", "russia"]


def test_actor_ids_break_ties_by_id(tagger):
    assert tagger.actor_ids("Russia, Kazakhstan, China") == ["china", "kazakhstan", "russia"]


def test_actor_ids_of_text_without_actors_is_empty(tagger):
    assert tagger.actor_ids("nothing here") == []


def test_ranking_is_the_same_on_every_call(tagger):
    text = "Kazakhstan, China, Russia, SCO"
    assert {tuple(tagger.actor_ids(text)) for _ in range(5)} == {
        ("china", "kazakhstan", "russia", "sco")
    }
