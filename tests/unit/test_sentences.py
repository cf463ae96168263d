"""Sentence splitting that minds abbreviations, initials, numbers and quotes."""

from __future__ import annotations

import pytest

from briefing.weave.sentences import split_sentences


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text)]


def test_splits_at_full_stops():
    assert sentences("Russia acted. China waited.") == ["Russia acted.", "China waited."]


@pytest.mark.parametrize(
    "text",
    [
        "Газ жеткізуді ұсынып отыр. Қазір Қытай газды алады.",  # Kazakh Қ
        "Чин пеш гузашт. Ҳамин тариқ, Русия ақиб монд.",  # Tajik Ҳ
        "Le sommet a déçu. À Pékin, on se tait.",  # Latin-1 À
        "Der Vertrag gilt. Österreich stimmt zu.",
    ],
)
def test_splits_before_a_capital_of_any_of_the_corpus_alphabets(text):
    assert len(sentences(text)) == 2


def test_spans_are_start_and_end_offsets():
    assert split_sentences("One two. Three.") == [(0, 8), (9, 15)]


def test_splits_at_question_and_exclamation_marks():
    assert sentences("Is it? Yes! Done.") == ["Is it?", "Yes!", "Done."]


def test_repeated_marks_stay_with_their_sentence():
    assert sentences("Wow!! Really?! Yes.") == ["Wow!!", "Really?!", "Yes."]


def test_ellipsis_ends_a_sentence_before_a_capital():
    assert sentences("He paused... Then left.") == ["He paused...", "Then left."]


def test_does_not_split_before_a_lowercase_word():
    assert sentences("It rose by 5 p.c. and then fell.") == ["It rose by 5 p.c. and then fell."]


def test_splits_across_a_newline():
    assert sentences("He said so.\nNew line here.") == ["He said so.", "New line here."]


def test_text_without_final_stop_is_one_sentence():
    assert sentences("no stop at the end") == ["no stop at the end"]


def test_trailing_whitespace_is_not_part_of_the_last_sentence():
    assert split_sentences("Done.   ") == [(0, 5)]


@pytest.mark.parametrize("text", ["", "   ", "\n"])
def test_blank_text_has_no_sentences(text):
    assert split_sentences(text) == []


# Abbreviations


@pytest.mark.parametrize("title", ["Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Gen.", "Sen."])
def test_title_abbreviation_does_not_end_a_sentence(title):
    text = f"Then {title} Smith spoke. Others agreed."
    assert sentences(text) == [f"Then {title} Smith spoke.", "Others agreed."]


def test_us_abbreviation_does_not_end_a_sentence():
    text = "The U.S. Army came. Then it left."
    assert sentences(text) == ["The U.S. Army came.", "Then it left."]


def test_other_dotted_abbreviations_do_not_end_a_sentence():
    text = "The U.K. and the U.N. met. Then Ph.D. students spoke."
    assert sentences(text) == ["The U.K. and the U.N. met.", "Then Ph.D. students spoke."]


def test_abbreviation_in_any_case_does_not_end_a_sentence():
    assert sentences("Ask DR. Jones. Then go.") == ["Ask DR. Jones.", "Then go."]


def test_abbreviation_after_an_opening_bracket_does_not_end_a_sentence():
    assert sentences("He met (Gen. Smith) there. Done.") == ["He met (Gen. Smith) there.", "Done."]


def test_month_abbreviation_before_a_day_does_not_end_a_sentence():
    assert sentences("It was Jan. 5 of that year.") == ["It was Jan. 5 of that year."]


def test_number_abbreviation_before_a_digit_does_not_end_a_sentence():
    assert sentences("The No. 5 player won. Next.") == ["The No. 5 player won.", "Next."]


def test_the_word_no_ends_a_sentence():
    assert sentences("The answer was no. Then he left.") == [
        "The answer was no.",
        "Then he left.",
    ]


def test_word_ending_like_an_abbreviation_still_ends_a_sentence():
    assert sentences("He saw the doctor. Then left.") == ["He saw the doctor.", "Then left."]


# Initials


def test_single_initial_does_not_end_a_sentence():
    assert sentences("George W. Bush won. He ruled.") == ["George W. Bush won.", "He ruled."]


def test_run_of_initials_does_not_end_a_sentence():
    assert sentences("J. R. R. Tolkien wrote. Yes.") == ["J. R. R. Tolkien wrote.", "Yes."]


# Numbers


def test_decimal_point_does_not_split():
    assert sentences("It cost 5.5 billion. Then more.") == ["It cost 5.5 billion.", "Then more."]


def test_sentence_may_start_with_a_digit():
    assert sentences("It fell. 2019 was worse.") == ["It fell.", "2019 was worse."]


def test_sentence_may_end_with_a_number():
    assert sentences("Growth was 5%. Then it fell.") == ["Growth was 5%.", "Then it fell."]


# Quotes and brackets


def test_closing_straight_quote_stays_with_its_sentence():
    text = 'He said "It is over." Then left.'
    assert sentences(text) == ['He said "It is over."', "Then left."]


def test_closing_curly_quote_stays_with_its_sentence():
    text = "He said “It is over.” Then left."
    assert sentences(text) == ["He said “It is over.”", "Then left."]


def test_sentence_may_start_with_an_opening_quote():
    text = 'He left. "Why?" she asked.'
    assert sentences(text) == ["He left.", '"Why?" she asked.']


def test_sentence_may_start_with_a_curly_opening_quote():
    assert sentences("He left. “Why?” she asked.") == ["He left.", "“Why?” she asked."]


def test_closing_bracket_stays_with_its_sentence():
    text = "He left (at 5 p.m.). Then she came."
    assert sentences(text) == ["He left (at 5 p.m.).", "Then she came."]


def test_sentence_may_start_with_cyrillic_capital():
    assert sentences("Москва. Россия.") == ["Москва.", "Россия."]


def test_a_german_ordinal_date_ends_no_sentence():
    text = "Am 21. März trafen sie sich. Im 19. Jahrhundert war das anders."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "Am 21. März trafen sie sich.",
        "Im 19. Jahrhundert war das anders.",
    ]


def test_chinese_sentences_end_at_full_width_stops_with_no_space_after():
    text = "中亚再次成为观察中俄关系的重要窗口。2015年5月，两国签署联合声明！这意味着什么？"
    assert sentences(text) == [
        "中亚再次成为观察中俄关系的重要窗口。",
        "2015年5月，两国签署联合声明！",
        "这意味着什么？",
    ]
