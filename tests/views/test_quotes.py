"""Quotations: the words in marks, who the text says speaks them, and where they stand.

The sentences here are written for these tests, in the shapes reporting takes:
the verb before or after the speaker, a colon, "according to", quotations split
round their attribution or running on over sentences and paragraphs, single
marks nested inside, documents that speak, and speakers left unstated.
"""

from __future__ import annotations

import pickle
from types import SimpleNamespace

import pytest
from tests.helpers import woven_quotes

from briefing.model import Actor, Gazetteer, Quote, QuotedPart, SiteShape
from briefing.site import pages
from briefing.views.quotes import (
    candidate_speakers,
    named_stranger,
    quotes_by_speaker,
    speaker_name,
)
from briefing.weave.speech import quotations

GAZETTEER = Gazetteer(
    actors=(
        Actor("vladimir-putin", "Vladimir Putin", "person", ("Putin", "Mr. Putin"), ""),
        Actor("sergei-lavrov", "Sergei Lavrov", "person", ("Lavrov",), ""),
        Actor("maria-zakharova", "Maria Zakharova", "person", ("Zakharova",), ""),
        Actor("russia", "Russia", "country", ("Moscow", "Kremlin", "Russian"), ""),
        Actor("china", "China", "country", ("Beijing", "Chinese"), ""),
        Actor("kazakhstan", "Kazakhstan", "country", (), ""),
        Actor("white-papers", "Chinese defence white papers", "initiative", ("white paper",), ""),
    ),
    themes=(),
)


def _quotes(*paragraphs: str, language: str = "en") -> tuple[Quote, ...]:
    return woven_quotes(GAZETTEER, language, *paragraphs)


def _read(*paragraphs: str) -> list[tuple[str | None, str, str]]:
    """(who speaks, as pages name them; the role the text gives; the quoted words)."""
    return [(speaker_name(q, GAZETTEER), q.role, q.words) for q in _quotes(*paragraphs)]


@pytest.mark.parametrize(
    ("paragraph", "read"),
    [
        (  # the verb, then the speaker and the words describing them
            "“The talks were useful,” said Kremlin spokesman Dmitry Peskov.",
            [("Dmitry Peskov", "Kremlin spokesman", "The talks were useful,")],
        ),
        (  # the speaker, then the verb, the place after it
            "“We will not retreat,” Mr. Putin told reporters in Bishkek.",
            [("Vladimir Putin", "", "We will not retreat,")],
        ),
        (  # the verb opening the sentence, a colon before the words
            "Said Chinese foreign minister Wang Yi: “Our cooperation has no limits.”",
            [("Wang Yi", "Chinese foreign minister", "Our cooperation has no limits.")],
        ),
        (  # a colon ending a clause that names the speaker
            "Sergei Lavrov was blunt: “The West has lost this round.”",
            [("Sergei Lavrov", "", "The West has lost this round.")],
        ),
        (  # the speaker first, the words in what they said
            "Mr. Putin said on Friday that the base would stay “for as long as it is needed”.",
            [("Vladimir Putin", "", "for as long as it is needed")],
        ),
        (  # an aside between the speaker and the verb says who they are
            "Sergei Lavrov, Russia’s foreign minister, said the talks were “constructive”.",
            [("Sergei Lavrov", "Russia’s foreign minister", "constructive")],
        ),
        (  # according to
            "Both sides gained, according to Russia expert Alexander Gabuev, who called the "
            "deal “a win for Beijing”.",
            [("Alexander Gabuev", "Russia expert", "a win for Beijing")],
        ),
        (  # straight marks
            'Mr. Putin described the deal as "historic".',
            [("Vladimir Putin", "", "historic")],
        ),
        (  # single marks nested inside: part of the words, no quotation of their own
            "“Moscow calls it a ‘special relationship’ and means it,” said analyst Temur Umarov.",
            [("Temur Umarov", "analyst", "Moscow calls it a ‘special relationship’ and means it,")],
        ),
        (  # the speaker after the words and a clause of the sentence's own
            "“Security comes first” in the region, said political scientist Ivan Petrov.",
            [("Ivan Petrov", "political scientist", "Security comes first")],
        ),
    ],
)
def test_reported_speech_names_the_speaker_the_role_and_the_exact_words(paragraph: str, read: list):
    assert _read(paragraph) == read


def test_words_over_several_sentences_are_one_quotation_shown_in_all_of_them():
    paragraph = (
        "Kazakhstan “needs stability. Everybody needs to unite. We have many plans,” "
        "Mr. Putin said."
    )
    (quote,) = _quotes(paragraph)
    assert quote.words == "needs stability. Everybody needs to unite. We have many plans,"
    (part,) = quote.parts
    assert (part.sentences, part.anchor) == (paragraph, "p-1")
    assert part.before == "Kazakhstan “" and part.after == "” Mr. Putin said."


def test_a_quotation_split_round_its_attribution_is_the_speaker_s_on_both_sides():
    assert _read(
        "Maria Zakharova said the talks went well. “We are partners,” she added, “but not allies.”"
    ) == [
        ("Maria Zakharova", "", "We are partners,"),
        ("Maria Zakharova", "", "but not allies."),
    ]


def test_a_sentence_of_quoted_words_goes_on_quoting_the_last_speaker():
    assert _read("“We are ready,” said Sergei Lavrov. “The ball is in Washington’s court.”") == [
        ("Sergei Lavrov", "", "We are ready,"),
        ("Sergei Lavrov", "", "The ball is in Washington’s court."),
    ]


def test_a_clause_whose_subject_is_a_pronoun_goes_on_quoting_the_speaker_of_its_sentence():
    assert _read(
        "In 2001, the two countries declared a “new model”; in 2019, they reached a “new era”."
    ) == [("the two countries", "", "new model"), ("the two countries", "", "new era")]


def test_a_quotation_left_open_goes_on_in_the_paragraph_that_opens_with_a_mark():
    first = "Mr. Putin said: “We will keep our base in Kant. It serves the whole region."
    second = "“And it will stay for as long as our partners want it,” he added."
    (quote,) = _quotes(first, second)
    assert [p.anchor for p in quote.parts] == ["p-1", "p-2"]
    assert quote.words == (
        "We will keep our base in Kant. It serves the whole region. "
        "And it will stay for as long as our partners want it,"
    )
    assert speaker_name(quote, GAZETTEER) == "Vladimir Putin"
    assert [(q.anchor, q.words) for q in _quotes(first, "Talks went on.")] == [
        ("p-1", "We will keep our base in Kant. It serves the whole region.")
    ]


@pytest.mark.parametrize(
    ("paragraph", "read"),
    [
        (  # a document the gazetteer knows
            "China’s latest white paper praised a “new era” of military ties.",
            [("Chinese defence white papers", "", "new era")],
        ),
        (  # a document of someone's speaks for its author
            "Mr. Putin’s proposal called for a “common security space” in the Gulf.",
            [("Vladimir Putin", "", "common security space")],
        ),
        (  # a document the gazetteer lacks, by the verbs documents speak by, then "it"
            "The plan would entail a “zone of peace” around the Gulf. It would involve the "
            "“withdrawal of foreign bases”.",
            [("the plan", "", "zone of peace"), ("the plan", "", "withdrawal of foreign bases")],
        ),
    ],
)
def test_documents_and_proposals_speak(paragraph: str, read: list):
    assert _read(paragraph) == read


@pytest.mark.parametrize(
    ("paragraph", "read"),
    [
        ("Beijing and Moscow promote their “strategic partnership”.", [("China and Russia", "")]),
        ("Many in Kazakhstan fear a “debt trap”.", [("Many in Kazakhstan", "")]),
        ("The treaty was hailed as a “cornerstone of stability”.", [(None, "")]),
        ("The deal was described by Sergei Lavrov as “historic”.", [("Sergei Lavrov", "")]),
        ("When we asked, we were told it was “complicated”.", [(None, "")]),
    ],
)
def test_groups_keep_the_text_s_words_and_an_unstated_speaker_stays_unstated(
    paragraph: str, read: list
):
    assert [(name, role) for name, role, _ in _read(paragraph)] == read


@pytest.mark.parametrize(
    "paragraph",
    [
        "The so-called “reset” is over.",  # a term in marks, reported by no one
        "Relations reached a “high point” in May.",
        "Moscow is now in a “wait and see” position.",
        "The “Belt and Road Initiative” was launched in Astana.",  # a name in marks
        "The “Peace Mission 2018” exercise was praised by all.",
        "This rupture underlined that the “reset” is over.",  # words that name no speaker
        "Trade grew, according to a kind of “division of labour” between them.",
        "We asked whether it was “complicated”.",  # the writer is not quoted
    ],
)
def test_quoted_terms_and_names_are_no_quotations(paragraph: str):
    assert _quotes(paragraph) == ()


def test_english_frames_are_read_in_english_texts_only():
    said = "“Wir sind bereit,” said Sergei Lavrov."
    assert len(_quotes(said)) == 1
    assert _quotes(said, language="de") == ()


def test_a_surname_of_someone_the_gazetteer_lacks_is_given_the_full_name_said_before():
    assert [
        (name, role)
        for name, role, _ in _read(
            "“Every time the rouble sneezes, the tenge catches a cold,” said Aigerim Bekova, "
            "an economist at an Almaty brokerage. “This is not a sneeze,” Bekova said."
        )
    ] == [("Aigerim Bekova", "economist at an Almaty brokerage"), ("Aigerim Bekova", "")]


def _quote(actors: tuple[str, ...], speaker: str | None = "x") -> Quote:
    return Quote(speaker, actors, "", (QuotedPart("a", "p-1", "“Yes,” said x.", 1, 5),))


def test_quotes_are_grouped_by_each_actor_who_speaks_in_briefing_order():
    found = (
        _quote(("vladimir-putin",)),
        _quote((), "Paul Goble"),
        _quote(("china", "russia")),
        _quote(("vladimir-putin",)),
    )
    assert quotes_by_speaker(found) == {
        "vladimir-putin": (found[0], found[3]),
        "china": (found[2],),
        "russia": (found[2],),
    }


def test_a_name_the_gazetteer_lacks_is_a_candidate_and_a_description_is_not():
    found = [_quote((), "Joseph Nye"), _quote((), "the two countries"), _quote((), None)]
    found += [_quote((), "Many in Russia"), _quote((), "India's prime minister")]
    assert [named_stranger(q) for q in found] == [True, False, False, False, False]
    assert candidate_speakers(found) == ["Joseph Nye"]


def test_quotes_pickle_as_calls_of_their_class():
    (quote,) = _quotes("“We will not retreat,” Mr. Putin told reporters in Bishkek.")
    for record in (quote, quote.parts[0]):
        assert record.__reduce__()[0] is type(record)
        assert pickle.loads(pickle.dumps(record)) == record


@pytest.mark.parametrize(
    ("paragraph", "spans"),
    [
        ("He said “yes” and “no”.", [("yes", True), ("no", True)]),
        ('He said "yes" and "no".', [("yes", True), ("no", True)]),  # straight marks pair up
        ("“A ‘nested’ one,” he said.", [("A ‘nested’ one,", True)]),
        (
            "They signed a treaty of “friendship and cooperation.",
            [("friendship and cooperation.", False)],
        ),
        ("The “Peace Mission 2018” and the “Joint Declaration on a New Order”.", []),
        ("A “new era” and “high level” ties.", [("new era", True), ("high level", True)]),
    ],
)
def test_quoted_words_are_found_between_their_marks(paragraph: str, spans: list):
    found = [(paragraph[q.start : q.end], q.closed) for q in quotations(paragraph)]
    assert found == spans


def test_the_quotes_page_lists_actors_then_names_then_the_words_of_no_one_named():
    found = (
        _quote(("vladimir-putin",)),
        _quote((), "Joseph Nye"),
        _quote((), "the two countries"),
        _quote(("china", "russia")),
        _quote(("vladimir-putin",)),
        _quote((), None),
        _quote((), "Joseph Nye"),
        _quote((), "Helen Ashby"),
    )
    briefing, research = SimpleNamespace(gazetteer=GAZETTEER), SimpleNamespace(quotes=found)
    shape = SiteShape((), len(pages.quote_pages(briefing, research)))
    (page,) = pages.quotes_pages(briefing, research, shape)
    shown = [
        ([a.id for a in group["actors"]], group["name"], len(group["quotes"]), group["others"])
        for group in page.planned().context["speakers"]
    ]
    assert shown == [
        ([], "Joseph Nye", 2, False),  # the most quoted first, then by surname
        (["vladimir-putin"], "Vladimir Putin", 2, False),
        ([], "Helen Ashby", 1, False),
        (["china", "russia"], "China and Russia", 1, False),
        ([], "", 2, True),  # last, the words of speakers described or unstated
    ]
