"""People: a full name once, then surname and title mentions resolve to that person."""

from __future__ import annotations

from briefing.model import Actor, Gazetteer
from briefing.weave.persons import PersonResolver
from briefing.weave.tagging import Tagger

GAZETTEER = Gazetteer(
    actors=(
        Actor("xi", "Xi Jinping", "person", ("Xi", "President Xi"), ""),
        Actor("putin", "Vladimir Putin", "person", (), ""),
        Actor(
            "tokayev",
            "Kassym-Jomart Tokayev",
            "person",
            (),
            "",
            translations=(("fr", ("Kassym-Jomart Tokaïev",)),),
        ),
        Actor("china", "China", "country", ("Chinese",), ""),
    ),
    themes=(),
)


def mentions(texts: list[str], language: str = "en") -> list[list[tuple[str, str]]]:
    resolver = PersonResolver(Tagger(GAZETTEER, language))
    return [[(m.id, m.text) for m in resolver.mentions(text)] for text in texts]


def test_a_surname_names_the_person_once_the_full_name_was_read():
    assert mentions(["Putin spoke first.", "Vladimir Putin met them.", "Then Putin left."]) == [
        [],
        [("putin", "Vladimir Putin")],
        [("putin", "Putin")],
    ]


def test_in_the_same_paragraph_only_after_the_full_name():
    assert mentions(["Putin arrived; Vladimir Putin spoke, and Putin left."]) == [
        [("putin", "Vladimir Putin"), ("putin", "Putin")]
    ]


def test_a_title_before_a_name_is_part_of_its_mention():
    assert mentions(["Vladimir Putin spoke.", "Later Mr. Putin and President Putin agreed."]) == [
        [("putin", "Vladimir Putin")],
        [("putin", "Mr. Putin"), ("putin", "President Putin")],
    ]


def test_a_title_and_a_full_name_make_one_mention():
    assert mentions(["Chinese president Xi Jinping opted to unveil it."]) == [
        [("china", "Chinese"), ("xi", "president Xi Jinping")]
    ]


def test_surnames_are_found_in_the_texts_language():
    found = mentions(["Kassym-Jomart Tokaïev a parlé.", "Le président Tokaïev a conclu."], "fr")
    assert found == [
        [("tokayev", "Kassym-Jomart Tokaïev")],
        [("tokayev", "président Tokaïev")],
    ]


def test_a_surname_is_no_one_until_the_full_name_is_read():
    assert mentions(["Tokayev said so.", "Mr. Tokayev agreed."]) == [[], []]
