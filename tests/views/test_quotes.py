"""Who a sentence attributes speech to, and how the source describes them."""

from __future__ import annotations

import pytest

from briefing.views.quotes import find_speaker


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "“The exercise is a next step,” said Russia expert Stephen Blank.",
            ("Stephen Blank", "Russia expert"),
        ),
        (
            "“Moscow has given little thought,” added Eurasia scholar Paul Goble.",
            ("Paul Goble", "Eurasia scholar"),
        ),
        (
            "Said Russia and Eurasia scholar Paul Stronski: “China’s deft diplomacy.”",
            ("Paul Stronski", "Russia and Eurasia scholar"),
        ),
        (
            "American scholar Joseph Nye argues: With the collapse, an alliance ended.",
            ("Joseph Nye", "American scholar"),
        ),
        ("Kyrgyzstan “needs political stability,” Mr. Putin said.", ("Mr. Putin", "")),
        (
            "a test for the role of sheriff, said political scientist Dmitry Yefremenko.",
            ("Dmitry Yefremenko", "political scientist"),
        ),
    ],
)
def test_attributed_speech_names_the_speaker_and_role(sentence: str, speaker: tuple[str, str]):
    assert find_speaker(sentence) == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "Mr. Putin this week asserted himself as sheriff.",
        "The Victory Day Parade marked 70 years since the defeat.",
        "Chinese experts assess that the disturbances provide opportunities.",
        "According to the SCO Charter, members agree.",
    ],
)
def test_sentences_without_a_named_speaker_are_not_quotes(sentence: str):
    assert find_speaker(sentence) is None


def test_quotes_are_grouped_by_the_actor_who_speaks_in_briefing_order():
    from briefing.model import Passage
    from briefing.views.quotes import Quote, quotes_by_speaker

    said = Passage("a", "p-1", "“Yes,” said Mr. Putin.", ("putin",), ())
    found = (
        Quote("putin", "Mr. Putin", "", said),
        Quote(None, "Paul Goble", "Eurasia scholar", said),
        Quote("xi", "Xi Jinping", "", said),
        Quote("putin", "Vladimir Putin", "president", said),
    )
    grouped = quotes_by_speaker(found)
    assert grouped == {"putin": (found[0], found[3]), "xi": (found[2],)}
