"""The publisher a page's copyright line names, below its text, when nothing else does."""

from __future__ import annotations

import pytest
from tests.ingest.helpers import ingest_file

from briefing.ingest.copyright import holder_named


@pytest.mark.parametrize(
    ("line", "holder"),
    [
        ("© 2005–2024 Kaktus.media. Все права защищены.", "Kaktus.media"),
        ("© 2024 The Times of Central Asia. All rights reserved.", "The Times of Central Asia"),
        ("Copyright © 2022 The Diplomat | All rights reserved", "The Diplomat"),
        ("© 1996–2019 «Азия-Плюс». Все права защищены.", "Азия-Плюс"),
        ("© 1997–2023 Kazinform. Барлық құқық қорғалған.", "Kazinform"),
        ("© IPRI 2022 - Tous droits réservés", "IPRI"),
        ("Steppe Signals © 2023 Owen Kessler", "Steppe Signals"),  # a newsletter's name first
        ("© Reuters", None),  # a picture's credit: no year, no rights reserved
        ("© 2023. All rights reserved", None),  # no one named
        ("© 2023 all rights reserved by the authors of this site", None),
    ],
)
def test_the_holder_a_copyright_line_names(line: str, holder: str | None):
    assert holder_named(line) == holder


def _seed(tmp_path, footer: str, byline: str = "By Aigerim Nurlanova"):
    seed = tmp_path / "page.txt"
    text = (
        "Kazakhstan and China sign a new rail transit deal\n\n"
        f"{byline}\n\n"
        "14 March 2023\n\n"
        "Kazakhstan and China signed an agreement on Tuesday to raise rail transit through "
        "the Khorgos gateway, officials in Astana said.\n\n"
        "The deal is the third of its kind in two years, and comes as trade between the "
        "two countries reached a record.\n\n"
        f"{footer}\n"
    )
    seed.write_text(text, "utf-8")
    return ingest_file(seed)


def test_a_page_stating_no_publisher_has_the_one_its_copyright_line_names(tmp_path):
    article = _seed(tmp_path, "© 2013–2023 Daryo.uz. All rights reserved.")
    assert article.publisher == "Daryo.uz"
    assert "Daryo" not in " ".join(article.paragraphs)


def test_a_copyright_held_by_the_author_names_no_publisher(tmp_path):
    article = _seed(tmp_path, "© 2023 Aigerim Nurlanova")
    assert article.author == "Aigerim Nurlanova"
    assert article.publisher is None
