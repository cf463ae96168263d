"""The kinds of mistake real pages no one here wrote drew from ingest, one test each.

Each page is written inline, shaped as such pages come, in the language they come in.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from tests.ingest.helpers import body_of, ingest_file

from briefing.ingest.article import IngestedArticle

PROSE = (
    "Russia and China agreed to coordinate their policies in Central Asia, officials said on "
    "Tuesday. The agreement covers trade, transport and security along the new corridor."
)
PROSE_FR = (
    "La Russie et la Chine ont convenu de coordonner leurs politiques en Asie centrale, ont "
    "indiqué mardi des responsables. L'accord couvre le commerce, les transports et la sécurité."
)
PROSE_RU = (
    "Россия и Китай договорились координировать свою политику в Центральной Азии, сообщили "
    "во вторник официальные лица. Соглашение охватывает торговлю, транспорт и безопасность."
)


def ingest_text(tmp_path: Path, text: str, name: str = "page.txt") -> IngestedArticle:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return ingest_file(path)


# Furniture above the headline is never the title.


@pytest.mark.parametrize(
    "header",
    [
        "Skip to main content\nThe Steppe Herald\nBecome a member — 3 months for €1\n",
        "Eurasia Review\nHome    World    Politics    Economy    Opinion\nSearch...\n",
        "Le Continent\nArticle réservé aux abonnés\n",
        "Unterstützen Sie unsere Arbeit – jetzt Fördermitglied werden!\n",
        "Перейти к основному содержанию\nЕАН\nПолитика\nЭкономика\nВ мире\nПоиск\n",
    ],
    ids=["offer", "menu-row", "subscriber-banner", "appeal", "vertical-menu"],
)
def test_a_menu_offer_or_site_name_above_the_headline_is_not_the_title(tmp_path, header):
    article = ingest_text(
        tmp_path, f"{header}\nKazakhstan weighs its options between two neighbours\n\n{PROSE}\n"
    )
    assert article.title == "Kazakhstan weighs its options between two neighbours"


def test_the_headline_agrees_with_the_pages_address(tmp_path):
    article = ingest_text(
        tmp_path,
        "Central Asia Monitor\nA quarterly on the region\n\nTajikistan hedges on the Pamir road\n"
        f"\n{PROSE}\n\nSource URL: https://example.org/2021/tajikistan-hedges-on-the-pamir-road\n",
    )
    assert article.title == "Tajikistan hedges on the Pamir road"


# A date is the masthead's or a dateline's, never an event's.


def test_a_date_line_below_the_text_is_not_the_articles_date(tmp_path):
    article = ingest_text(
        tmp_path, f"Dragon Rising\n\n{PROSE}\n\n{PROSE}\n\n12 May 2021\n\nAnswer from a reader.\n"
    )
    assert article.date is None


def test_a_date_inside_a_sentence_is_not_the_articles_date(tmp_path):
    article = ingest_text(
        tmp_path, f"Dragon Rising\n\nOn 9 May 2015, Russia staged a parade. {PROSE}\n"
    )
    assert article.date is None


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("03/14/2023 | 7 Comments", dt.date(2023, 3, 14)),
        ("lun. 3 avr. 2023 | 14 commentaires", dt.date(2023, 4, 3)),
        ("Опубликовано: 2023-03-14 09:41 | Комментариев: 87", dt.date(2023, 3, 14)),
        ("Beitrag Nr. 4521 | Rubrik: Analyse | 5. Juni 2021", dt.date(2021, 6, 5)),
        ("Christoph Kellermann | 03.02.2024", dt.date(2024, 2, 3)),
        ("Publié le 3 mars 2023 à 05h45, modifié à 10h12", dt.date(2023, 3, 3)),
        ("November 29, 2022 10:42 AM GMT+6 Updated 3 hours ago", dt.date(2022, 11, 29)),
    ],
)
def test_a_masthead_date_beside_counters_and_labels(tmp_path, line, date):
    article = ingest_text(tmp_path, f"Dragon Rising over the steppe\n{line}\n\n{PROSE}\n")
    assert article.date == date
    assert line not in body_of(article)


@pytest.mark.parametrize(
    ("opening", "date"),
    [
        ("ASTANA, 14 March 2023 /Kazinform/ – ", dt.date(2023, 3, 14)),
        ("MOSCÚ, 28 de abril de 2021 (Iberpress).- ", dt.date(2021, 4, 28)),
        ("TASHKENT, Jun. 5, 2020 (CANA) – ", dt.date(2020, 6, 5)),
    ],
)
def test_a_wire_dateline_gives_the_date_and_stays_in_the_text(tmp_path, opening, date):
    article = ingest_text(tmp_path, f"Dragon Rising over the steppe\n\n{opening}{PROSE}\n")
    assert article.date == date
    assert body_of(article).startswith(opening.strip())


def test_a_dateline_without_a_year_gives_no_date(tmp_path):
    article = ingest_text(
        tmp_path, f"Dragon Rising over the steppe\n\nМОСКВА, 12 мая. /ТАСС/. {PROSE_RU}\n"
    )
    assert article.date is None


# Authors in the forms pages print them.


def test_a_surname_in_capitals_is_written_as_a_name(tmp_path):
    article = ingest_text(
        tmp_path, f"L'Asie centrale entre deux voisins\n\nPar Jean DUPONT\n\n{PROSE_FR}\n"
    )
    assert article.author == "Jean Dupont"


def test_a_name_line_in_cyrillic_under_the_standfirst_is_the_author(tmp_path):
    article = ingest_text(
        tmp_path,
        "Китай в Центральной Азии: от экономики к безопасности?\n\n"
        "Пекин всё активнее действует в сфере безопасности региона.\n\n"
        f"Дмитрий Ковалёв\n\n{PROSE_RU}\n\n{PROSE_RU}\n",
    )
    assert article.author == "Дмитрий Ковалёв"
    assert "Дмитрий Ковалёв" not in body_of(article)


def test_several_authors_make_a_list(tmp_path):
    article = ingest_text(
        tmp_path, f"Dragon Rising over the steppe\n\nBy Elena Markova and Li Wen\n\n{PROSE}\n"
    )
    assert article.author == ["Elena Markova", "Li Wen"]


def test_a_name_line_and_bio_below_the_text_go_to_the_front_matter(tmp_path):
    bio = "Tom Ashworth is a Senior Research Fellow in the Asia Programme at the Centre."
    article = ingest_text(
        tmp_path,
        f"Dragon Rising over the steppe\n\nTom Ashworth\n\n{PROSE}\n\n{PROSE}\n\n"
        f"Tom Ashworth\n{bio}\n\nThe views expressed are the author's own.\n",
    )
    assert (article.author, article.author_bio) == ("Tom Ashworth", bio)
    assert "Senior Research Fellow" not in body_of(article)


# Furniture by kind, in the page's language.


@pytest.mark.parametrize(
    "furniture",
    [
        "Просмотров: 5678",
        "1 234 vues",
        "12K views   48 comments",
        "Kommentare (24)",
        "Artikel-Nr. 2318",
        "No. 4521",
        "Impressum | Datenschutz | Kontakt",
        "Mentions légales | Nous contacter | Flux RSS",
        "Aviso legal · Política de privacidad · Contacto",
        "Facebook   X   Telegram   Copier le lien",
        "Читайте также: Генсек ОДКБ заявил о стабилизации",
        "Lire aussi | Au Kazakhstan, Tokaïev prend ses distances",
        "Подписывайтесь на ЕАН в Telegram — только главные новости",
        "Lesezeit: 9 Minuten",
        "Қаралды: 4 217",
        "Пікірлер: 3",
        "Дидашуда: 1 052",
        "Oʻqish vaqti: 6 daqiqa",
        "【字体：大 中 小】",
        "Окуңуз: Орусия «Кант» авиабазасына жаңы тик учактарды жөнөттү",
        "Teglar: gaz, Rossiya, Xitoy",
        "Редакция пікірі автордың көзқарасымен сәйкес келмеуі мүмкін.",
    ],
)
def test_furniture_of_every_kind_and_language_leaves_the_text(tmp_path, furniture):
    article = ingest_text(
        tmp_path, f"Dragon Rising over the steppe\n\n{PROSE}\n\n{furniture}\n\n{PROSE}\n"
    )
    assert furniture not in body_of(article)
    assert body_of(article).count(PROSE) == 2


@pytest.mark.parametrize(
    "line",
    [
        "Originally published in The Pamir Review on August 16, 2024.",
        "Première publication dans Le Courrier des steppes, n° 37 (hiver 2021-2022).",
        "Erstveröffentlichung in: Ost-West-Journal, Heft 2/2021, S. 14–17.",
    ],
)
def test_an_originally_published_line_becomes_the_note(tmp_path, line):
    article = ingest_text(tmp_path, f"Dragon Rising over the steppe\n\n{PROSE}\n\n{line}\n")
    assert article.note == line
    assert line not in body_of(article)


def test_readers_comments_are_not_the_article(tmp_path):
    article = ingest_text(
        tmp_path,
        f"Dragon Rising over the steppe\n\n{PROSE}\n\n{PROSE}\n\n"
        '7 thoughts on "Dragon Rising over the steppe"\n\nAziz K.\n03/14/2023 at 9:41 pm\n'
        "The proverb is Kyrgyz but everyone in the region uses it. Great post!\nReply\n",
    )
    assert "Great post" not in body_of(article)


def test_a_caption_above_its_credit_leaves_the_text(tmp_path):
    caption = "Xi Jinping und Wladimir Putin im Kreml: Bilder einer Freundschaft."
    article = ingest_text(
        tmp_path,
        f"Dragon Rising over the steppe\n\n{PROSE}\n\n{caption}\nFoto: Pool / Archiv\n\n{PROSE}\n",
    )
    assert caption not in body_of(article)


def test_a_caption_ending_in_its_credit_leaves_the_paragraph_above_it(tmp_path):
    """The caption is on the credit's own line: the line above is the text's."""
    caption = "Toshkent aeroportidagi navbat. Muallif surati"
    article = ingest_text(
        tmp_path, f"Dragon Rising over the steppe\n\n{PROSE}\n{caption}\n{PROSE_RU}\n"
    )
    assert caption not in body_of(article)
    assert PROSE in body_of(article) and PROSE_RU in body_of(article)


def test_a_saved_pages_figure_caption_leaves_the_text(tmp_path):
    caption = "«Нұр жолы» бекетіне кезекте тұрған жүк көліктері"
    page = (
        "<html><body><article><h1>Dragon Rising over the steppe</h1>"
        f"<figure><img src='a.jpg'><figcaption>{caption}</figcaption>"
        f"<div>Фото: Жас Алаш</div></figure><p>{PROSE}</p><p>{PROSE}</p></article></body></html>"
    )
    article = ingest_text(tmp_path, page, "page.html")
    assert caption not in body_of(article) and article.summary != caption


def test_a_heading_whose_clauses_a_dash_parts_is_no_menu(tmp_path):
    heading = "Экономикада – Бейжің, қауіпсіздікте – Мәскеу"
    article = ingest_text(
        tmp_path, f"Dragon Rising over the steppe\n\n{PROSE_RU}\n{heading}\n{PROSE_RU}\n"
    )
    assert [b.text for b in article.blocks if b.kind == "heading"] == [heading]


@pytest.mark.parametrize(
    ("signature", "author", "role"),
    [
        ("Bekzod Ergashev, UzA muxbiri", "Bekzod Ergashev", "UzA muxbiri"),
        ("Иван Петров, корреспондент ТАСС", "Иван Петров", "корреспондент ТАСС"),
    ],
)
def test_a_signature_below_the_text_names_its_author(tmp_path, signature, author, role):
    """A name and its role right after the last paragraph, with the site's furniture
    after it."""
    furniture = "\n".join(["Teglar:", "#gaz", "Ulashish:", "Telegram", "So‘nggi yangiliklar"])
    article = ingest_text(
        tmp_path,
        f"Dragon Rising over the steppe\n\n{PROSE_RU}\n{PROSE_RU}\n{signature}\n{furniture}\n",
    )
    assert (article.author, article.author_bio) == (author, role)
    assert signature not in body_of(article)


def test_a_chinese_wires_dateline_names_its_reporter(tmp_path):
    opening = "中新社北京4月10日电（记者 李晓）中国外交部10日发布消息称，中俄中亚事务磋商举行。"
    article = ingest_text(
        tmp_path, f"中俄举行中亚事务磋商\n\n{opening}\n\n{opening}双方同意继续加强沟通与协调。\n"
    )
    assert article.author == "李晓"
    assert opening in body_of(article)
