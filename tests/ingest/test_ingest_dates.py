"""Date lines in the forms and languages a briefing meets; dates in prose are not taken."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.ingest.helpers import body_of, ingest_file

from briefing.ingest.dates import parse_date_line

JUNE_17 = dt.date(2015, 6, 17)


@pytest.mark.parametrize(
    "line",
    [
        "Jun 17 , 2015",
        "June 17, 2015",
        "17 June 2015",
        "2015-06-17",
        "17.06.2015",
        "17/06/2015",
        "Mercredi 17 juin 2015",
        "17. Juni 2015",
        "17 июня 2015",
        "17 de junio de 2015",
        "Mercoledì, 17 Giugno, 2015 - 12:30",
        "Published: June 17, 2015",
        "Posted on 17 June 2015",
        "Publié le 17 juin 2015",
        "Veröffentlicht am 17. Juni 2015",
        "Jun 17, 2015 10:30 AM",
    ],
)
def test_date_lines_in_many_forms(line):
    assert parse_date_line(line) == JUNE_17


def test_the_italian_seed_date():
    assert parse_date_line("Venerdì, 21 Dicembre, 2018 - 12:30") == dt.date(2018, 12, 21)


@pytest.mark.parametrize(
    "line",
    [
        "On May 9, 2015, Russia staged the biggest military parade in its history.",
        "May 9, 2015 was a turning point for the relationship.",
        "Posted on March 3, 2020 by admin",
        "June 2015",
        "2015",
        "today",
        "2 days ago",
        "Foreign Policy",
        "Central Asia race",
        "Vision 2030",
    ],
)
def test_lines_that_are_not_only_a_full_date_are_refused(line):
    assert parse_date_line(line) is None


@pytest.mark.parametrize(
    ("line", "language", "date"),
    [
        ("1st of June 2021", "en", dt.date(2021, 6, 1)),
        ("Jun. 5th, 2020", "en", dt.date(2020, 6, 5)),
        ("12 мая 2022 г.", "ru", dt.date(2022, 5, 12)),
        ("lun. 3 avr. 2023", "fr", dt.date(2023, 4, 3)),
        ("Publicado el 5 jun 2020 - 10:35", "es", dt.date(2020, 6, 5)),
        ("Publié le 3 mars 2023 à 05h45, modifié à 10h12", "fr", dt.date(2023, 3, 3)),
        ("2022年5月12日", "zh", dt.date(2022, 5, 12)),
        ("12. Mai 2022, 18:04 Uhr", "de", dt.date(2022, 5, 12)),
        ("4 de julho de 2024, 21:15", "pt", dt.date(2024, 7, 4)),
    ],
)
def test_more_forms_and_languages(line, language, date):
    assert parse_date_line(line, language) == date


@pytest.mark.parametrize(
    ("line", "language", "date"),
    [
        ("03/04/2023", "en", dt.date(2023, 3, 4)),  # an English page: month first
        ("03/04/2023", "es", dt.date(2023, 4, 3)),  # elsewhere: day first
        ("03.04.2023", "en", dt.date(2023, 4, 3)),  # dots are always day first
        ("14/03/2023", "en", dt.date(2023, 3, 14)),  # a part over 12 settles it
        ("03/14/2023", "fr", dt.date(2023, 3, 14)),
    ],
)
def test_the_pages_language_orders_a_numeric_date(line, language, date):
    assert parse_date_line(line, language) == date


@pytest.mark.parametrize("line", ["Mai 2022", "12 мая", "Updated 4:02 pm", "2 days ago"])
def test_a_date_without_day_month_and_year_is_not_a_date(line):
    assert parse_date_line(line, "en") is None


@pytest.mark.parametrize(
    "line",
    [
        "2015 жылғы 17 маусым",  # Kazakh: the year first
        "Жарияланды: 2015 жылғы 17 маусым, 14:30",
        "17 маусым 2015",
        "2015-yil 17-iyun",  # Uzbek
        "17-iyun, 2015-yil",
        "Chop etildi: 17-iyun 2015 soat 14:30",
    ],
)
def test_kazakh_and_uzbek_date_lines(line):
    assert parse_date_line(line, "kk") == JUNE_17


def test_a_kazakh_sentence_with_a_date_is_no_date_line():
    assert parse_date_line("2015 жылғы 17 маусымда Тоқаев Астанада мәлімдеді", "kk") is None


def test_a_kazakh_page_has_its_date_and_keeps_the_date_line_out_of_its_text(tmp_path):
    seed = tmp_path / "kk.txt"
    seed.write_text(
        "Қазақстан мен Қытай жаңа келісімге қол қойды\n\n"
        "2022 жылғы 10 қаңтар\n\n"
        "Астанада Қазақстан мен Қытай сауда және көлік саласындағы ынтымақтастық туралы "
        "жаңа келісімге қол қойды. Құжат екі елдің арасындағы жүк тасымалын арттыруды "
        "көздейді.\n\n"
        "Сарапшылардың пікірінше, келісім аймақтағы сауда жолдарын өзгертуі мүмкін.\n",
        "utf-8",
    )
    article = ingest_file(seed)
    assert article.date == dt.date(2022, 1, 10)
    assert "2022" not in body_of(article) and "2022" not in (article.summary or "")
