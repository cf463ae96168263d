"""The actor and theme gazetteer: loaded, checked, every problem named by file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.errors import BriefingError, BriefingErrors
from briefing.load.gazetteer import load_gazetteer
from briefing.model import Actor, Theme

KINDS = "country, organisation, person, initiative, place"
ACTOR_KEYS = "aliases, description, id, kind, name, wikidata"
THEME_KEYS = "description, id, keywords, title"


def folder(tmp_path: Path, actors: str | None = None, themes: str | None = None) -> Path:
    if actors is not None:
        (tmp_path / "actors.yml").write_text(actors, encoding="utf-8")
    if themes is not None:
        (tmp_path / "themes.yml").write_text(themes, encoding="utf-8")
    return tmp_path


def problems(tmp_path: Path, actors: str | None = None, themes: str | None = None) -> list[str]:
    with pytest.raises(BriefingError) as caught:
        load_gazetteer(folder(tmp_path, actors, themes))
    error = caught.value
    errors = error.errors if isinstance(error, BriefingErrors) else [error]
    return [str(e).replace(str(tmp_path), "C") for e in errors]


# The happy path


def test_actors_and_themes_are_loaded(tmp_path):
    gazetteer = load_gazetteer(
        folder(
            tmp_path,
            actors="- id: russia\n  name: Russia\n  kind: country\n"
            "  aliases: [Moscow, Kremlin]\n  description: The Russian Federation.\n",
            themes="- id: energy\n  title: Energy\n  description: Oil and gas.\n"
            "  keywords: [oil, gas]\n",
        )
    )
    assert gazetteer.actors == (
        Actor("russia", "Russia", "country", ("Moscow", "Kremlin"), "The Russian Federation.", 1),
    )
    assert gazetteer.themes == (Theme("energy", "Energy", "Oil and gas.", ("oil", "gas"), 1),)


def test_entries_keep_their_lines_and_order(tmp_path):
    gazetteer = load_gazetteer(
        folder(
            tmp_path,
            actors="- id: b\n  name: B\n  kind: place\n\n- id: a\n  name: A\n  kind: person\n",
        )
    )
    assert [(a.id, a.line) for a in gazetteer.actors] == [("b", 1), ("a", 5)]


def test_lookup_by_id(tmp_path):
    gazetteer = load_gazetteer(folder(tmp_path, actors="- id: a\n  name: A\n  kind: place\n"))
    assert gazetteer.actors_by_id["a"].name == "A"


def test_optional_fields_default_to_empty(tmp_path):
    gazetteer = load_gazetteer(
        folder(
            tmp_path, actors="- id: a\n  name: A\n  kind: place\n", themes="- id: t\n  title: T\n"
        )
    )
    assert (gazetteer.actors[0].aliases, gazetteer.actors[0].description) == ((), "")
    assert gazetteer.themes[0].keywords == ()


def test_text_is_stripped(tmp_path):
    gazetteer = load_gazetteer(
        folder(tmp_path, actors="- id: a\n  name: ' A '\n  kind: place\n  aliases: [' B ']\n")
    )
    assert gazetteer.actors[0].names == ("A", "B")


def test_missing_files_give_an_empty_gazetteer(tmp_path):
    gazetteer = load_gazetteer(tmp_path)
    assert (gazetteer.actors, gazetteer.themes) == ((), ())


def test_empty_files_give_an_empty_gazetteer(tmp_path):
    gazetteer = load_gazetteer(folder(tmp_path, actors="", themes="# nothing yet\n"))
    assert (gazetteer.actors, gazetteer.themes) == ((), ())


@pytest.mark.parametrize("kind", ["country", "organisation", "person", "initiative", "place"])
def test_every_actor_kind_is_accepted(tmp_path, kind):
    gazetteer = load_gazetteer(folder(tmp_path, actors=f"- id: a\n  name: A\n  kind: {kind}\n"))
    assert gazetteer.actors[0].kind == kind


def test_actor_may_repeat_its_own_name_as_alias(tmp_path):
    gazetteer = load_gazetteer(
        folder(tmp_path, actors="- id: a\n  name: A\n  kind: place\n  aliases: [A]\n")
    )
    assert gazetteer.actors[0].aliases == ("A",)


# Errors, verbatim


def test_unknown_kind_is_an_error_on_its_line(tmp_path):
    assert problems(tmp_path, actors="- id: a\n  name: A\n  kind: planet\n") == [
        f"C/actors.yml:3: actor kind 'planet' is not one of {KINDS}"
    ]


def test_missing_kind_is_an_error(tmp_path):
    assert problems(tmp_path, actors="- id: a\n  name: A\n") == [
        "C/actors.yml:1: 'kind' is missing"
    ]


def test_missing_name_is_an_error_on_the_entry_line(tmp_path):
    assert problems(
        tmp_path, actors="- id: x\n  name: X\n  kind: place\n- id: a\n  kind: place\n"
    ) == ["C/actors.yml:4: 'name' is missing"]


def test_name_that_is_a_list_must_be_text(tmp_path):
    assert problems(tmp_path, actors="- id: a\n  kind: place\n  name: [A]\n") == [
        "C/actors.yml:3: 'name' must be text"
    ]


def test_blank_name_must_be_text(tmp_path):
    assert problems(tmp_path, actors="- id: a\n  kind: place\n  name: ''\n") == [
        "C/actors.yml:3: 'name' must be text"
    ]


def test_missing_theme_title_is_an_error(tmp_path):
    assert problems(tmp_path, themes="- id: t\n  keywords: [a]\n") == [
        "C/themes.yml:1: 'title' is missing"
    ]


def test_missing_id_is_an_error(tmp_path):
    assert problems(tmp_path, actors="- name: A\n  kind: place\n") == [
        "C/actors.yml:1: 'id' is missing"
    ]


@pytest.mark.parametrize("bad_id", ["Russia", "-a", "a_b", "a b"])
def test_bad_id_is_an_error(tmp_path, bad_id):
    assert problems(tmp_path, actors=f"- name: A\n  kind: place\n  id: '{bad_id}'\n") == [
        f"C/actors.yml:3: id {bad_id!r} must be lowercase letters, digits and hyphens"
    ]


def test_duplicate_actor_id_names_the_first_line(tmp_path):
    text = "- id: a\n  name: A\n  kind: place\n- id: a\n  name: B\n  kind: place\n"
    assert problems(tmp_path, actors=text) == ["C/actors.yml:4: id 'a' already used on line 1"]


def test_duplicate_theme_id_is_an_error(tmp_path):
    text = "- id: t\n  title: T\n- id: t\n  title: U\n"
    assert problems(tmp_path, themes=text) == ["C/themes.yml:3: id 't' already used on line 1"]


def test_alias_claimed_by_two_actors_is_an_error(tmp_path):
    text = (
        "- id: russia\n  name: Russia\n  kind: country\n  aliases: [Moscow]\n"
        "- id: ussr\n  name: USSR\n  kind: country\n  aliases: [Moscow]\n"
    )
    assert problems(tmp_path, actors=text) == [
        "C/actors.yml:5: name 'Moscow' of 'ussr' is already claimed by 'russia'"
    ]


def test_alias_equal_to_another_actors_name_is_an_error(tmp_path):
    text = (
        "- id: a\n  name: Georgia\n  kind: country\n"
        "- id: b\n  name: G\n  kind: person\n  aliases: [Georgia]\n"
    )
    assert problems(tmp_path, actors=text) == [
        "C/actors.yml:4: name 'Georgia' of 'b' is already claimed by 'a'"
    ]


def test_alias_differing_only_in_case_is_claimed_twice(tmp_path):
    text = (
        "- id: russia\n  name: Russia\n  kind: country\n  aliases: [Kremlin]\n"
        "- id: other\n  name: Other\n  kind: place\n  aliases: [kremlin]\n"
    )
    assert problems(tmp_path, actors=text) == [
        "C/actors.yml:5: name 'kremlin' of 'other' is already claimed by 'russia'"
    ]


def test_unknown_actor_key_lists_the_known_keys(tmp_path):
    assert problems(tmp_path, actors="- id: a\n  name: A\n  kind: place\n  colour: red\n") == [
        f"C/actors.yml:4: unknown key 'colour' (known: {ACTOR_KEYS})"
    ]


def test_unknown_theme_key_lists_the_known_keys(tmp_path):
    assert problems(tmp_path, themes="- id: t\n  title: T\n  keyword: [a]\n") == [
        f"C/themes.yml:3: unknown key 'keyword' (known: {THEME_KEYS})"
    ]


def test_aliases_that_are_a_string_are_an_error(tmp_path):
    assert problems(tmp_path, actors="- id: a\n  name: A\n  kind: place\n  aliases: Moscow\n") == [
        "C/actors.yml:4: 'aliases' must be a list of text"
    ]


def test_keywords_with_a_blank_entry_are_an_error(tmp_path):
    assert problems(tmp_path, themes="- id: t\n  title: T\n  keywords: [oil, '']\n") == [
        "C/themes.yml:3: 'keywords' must be a list of text"
    ]


def test_actors_file_that_is_not_a_list_is_an_error(tmp_path):
    assert problems(tmp_path, actors="id: a\nname: A\n") == [
        "C/actors.yml:1: expected a list of entries"
    ]


def test_themes_file_that_is_not_a_list_is_an_error(tmp_path):
    assert problems(tmp_path, themes="just text\n") == [
        "C/themes.yml:1: expected a list of entries"
    ]


def test_entry_that_is_not_a_mapping_is_an_error(tmp_path):
    with pytest.raises(BriefingError) as caught:
        load_gazetteer(folder(tmp_path, actors="- russia\n"))
    assert (caught.value.path, caught.value.message) == (
        tmp_path / "actors.yml",
        "each entry must be a mapping with an id",
    )


def test_entry_that_is_not_a_mapping_is_reported_on_its_line(tmp_path):
    text = "- id: a\n  name: A\n  kind: place\n- russia\n"
    assert problems(tmp_path, actors=text) == [
        "C/actors.yml:4: each entry must be a mapping with an id"
    ]


def test_malformed_yaml_is_reported_with_its_line(tmp_path):
    assert problems(tmp_path, actors="- id: a\n  name: @A\n") == [
        "C/actors.yml:2: invalid YAML: found character that cannot start any token"
    ]


def test_problems_in_both_files_are_reported_together(tmp_path):
    actors = "- id: a\n  name: A\n  kind: place\n  bogus: 1\n- id: b\n  name: B\n  kind: nope\n"
    assert problems(tmp_path, actors=actors, themes="- id: t\n") == [
        f"C/actors.yml:4: unknown key 'bogus' (known: {ACTOR_KEYS})",
        f"C/actors.yml:7: actor kind 'nope' is not one of {KINDS}",
        "C/themes.yml:1: 'title' is missing",
    ]


def test_aliases_may_be_given_per_language(tmp_path):
    (tmp_path / "actors.yml").write_text(
        "- id: russia\n  name: Russia\n  kind: country\n  wikidata: Q159\n"
        "  aliases:\n    en: [Moscow]\n    ru: [Россия, Москва]\n    de: [Russland]\n",
        encoding="utf-8",
    )
    actor = load_gazetteer(tmp_path).actors[0]
    assert actor.aliases == ("Moscow",)
    assert actor.names_in("ru") == ("Russia", "Moscow", "Россия", "Москва")
    assert actor.names_in("fr") == ("Russia", "Moscow")
    assert actor.wikidata == "Q159"


@pytest.mark.parametrize(
    ("aliases", "message"),
    [
        ("{english: [Moscow]}", "aliases language 'english' must be a code like en, ru or de"),
        ("{ru: Россия}", "aliases for 'ru' must be a list of text"),
    ],
)
def test_bad_aliases_per_language_are_errors_with_their_line(tmp_path, aliases, message):
    (tmp_path / "actors.yml").write_text(
        f"- id: russia\n  name: Russia\n  kind: country\n  aliases: {aliases}\n", encoding="utf-8"
    )
    with pytest.raises(BriefingError) as caught:
        load_gazetteer(tmp_path)
    assert str(caught.value) == f"{tmp_path / 'actors.yml'}:4: {message}"


def test_a_name_may_repeat_across_languages_but_not_within_one(tmp_path):
    (tmp_path / "actors.yml").write_text(
        "- id: china\n  name: China\n  kind: country\n  aliases: {de: [China], es: [China]}\n"
        "- id: chile\n  name: Chile\n  kind: country\n  aliases: {de: [Chile], ru: [Китай]}\n"
        "- id: cathay\n  name: Cathay\n  kind: place\n  aliases: {ru: [Китай]}\n",
        encoding="utf-8",
    )
    with pytest.raises(BriefingError) as caught:
        load_gazetteer(tmp_path)
    assert str(caught.value) == (
        f"{tmp_path / 'actors.yml'}:9: name 'Китай' of 'cathay' is already claimed by 'chile'"
    )


def test_a_wikidata_id_has_its_form(tmp_path):
    (tmp_path / "actors.yml").write_text(
        "- id: russia\n  name: Russia\n  kind: country\n  wikidata: Russia\n", encoding="utf-8"
    )
    with pytest.raises(BriefingError) as caught:
        load_gazetteer(tmp_path)
    assert "wikidata 'Russia' must be an item id like Q159" in str(caught.value)


def test_keywords_may_be_given_per_language(tmp_path):
    (tmp_path / "themes.yml").write_text(
        "- id: energy\n  title: Energy\n"
        "  keywords:\n    en: [gas, pipeline]\n    ru: [газопровод]\n    kk: [газ құбыры]\n",
        encoding="utf-8",
    )
    theme = load_gazetteer(tmp_path).themes[0]
    assert theme.keywords == ("gas", "pipeline")
    assert theme.keywords_in("ru") == ("gas", "pipeline", "газопровод")
    assert theme.keywords_in("kk-KZ") == ("gas", "pipeline", "газ құбыры")
    assert theme.keywords_in("fr") == ("gas", "pipeline")


def test_bad_keywords_per_language_are_errors_with_their_line(tmp_path):
    (tmp_path / "themes.yml").write_text(
        "- id: energy\n  title: Energy\n  keywords: {ru: газ}\n", encoding="utf-8"
    )
    with pytest.raises(BriefingError) as caught:
        load_gazetteer(tmp_path)
    message = "keywords for 'ru' must be a list of text"
    assert str(caught.value) == f"{tmp_path / 'themes.yml'}:3: {message}"
