"""Quotations in Russian, French, German, Spanish, Italian and Portuguese: the frames
each language's press reports speech by, the speakers they name, and the words in
marks that are names or terms, no quotation.

The sentences are written for these tests; test_quotes_languages_gold.py scores the reader on
real-shaped pages and paragraphs read by hand.
"""

from __future__ import annotations

import pytest
from tests.helpers import woven_quotes

from briefing.model import Actor, Gazetteer, Quote

GAZETTEER = Gazetteer(
    actors=(
        Actor(
            "sergei-lavrov",
            "Sergei Lavrov",
            "person",
            ("Lavrov",),
            "",
            translations=(("ru", ("Сергей Лавров", "Лавров", "Лаврова")),),
        ),
        Actor(
            "russia",
            "Russia",
            "country",
            ("Moscow",),
            "",
            translations=(
                ("ru", ("Россия", "России", "Москва", "Москвы")),
                ("fr", ("Russie", "Moscou")),
                ("de", ("Russland", "Moskau")),
                ("es", ("Rusia", "Moscú")),
            ),
        ),
        Actor(
            "china",
            "China",
            "country",
            ("Beijing",),
            "",
            translations=(
                ("ru", ("Китай", "Китая", "Пекин")),
                ("fr", ("Chine", "Pékin")),
                ("de", ("Peking",)),
                ("es", ("Pekín",)),
            ),
        ),
    ),
    themes=(),
)


def _quotes(language: str, *paragraphs: str) -> tuple[Quote, ...]:
    return woven_quotes(GAZETTEER, language, *paragraphs)


def _read(language: str, *paragraphs: str) -> list[tuple[str | None, tuple[str, ...], str, str]]:
    """(the speaker in the text's words, the actors, the role, the quoted words)."""
    return [(q.speaker, q.actors, q.role, q.words) for q in _quotes(language, *paragraphs)]


@pytest.mark.parametrize(
    ("language", "paragraph", "read"),
    [
        (  # the verb after the words, then the speaker with how the text describes them
            "ru",
            "«Мы не допустим этого», — заявил глава МИД России Сергей Лавров.",
            [("Сергей Лавров", ("sergei-lavrov",), "глава МИД России", "Мы не допустим этого")],
        ),
        (  # one spoken to before the speaker, and a speaker the gazetteer lacks
            "ru",
            "«Поток грузов вырос на треть», — рассказал журналистам экономист Ольга Карпенко.",
            [("Ольга Карпенко", (), "экономист", "Поток грузов вырос на треть")],
        ),
        (  # the speaker, the verb, a colon: a time before the speaker is no role
            "ru",
            "В понедельник глава МИД Сергей Лавров заявил: «Мы готовы к диалогу».",
            [("Сергей Лавров", ("sergei-lavrov",), "глава МИД", "Мы готовы к диалогу")],
        ),
        (  # attributed
            "ru",
            "По словам Лаврова, «отношения переживают лучший период».",
            [("Лаврова", ("sergei-lavrov",), "", "отношения переживают лучший период")],
        ),
        (  # the words called, by a country
            "ru",
            "Пекин назвал переговоры «конструктивными».",
            [("Пекин", ("china",), "", "конструктивными")],
        ),
        (  # the frame inside the marks, split by dashes
            "ru",
            "«Мы готовы, — сказал Лавров. — Но не на любых условиях».",
            [
                (
                    "Лавров",
                    ("sergei-lavrov",),
                    "",
                    "Мы готовы, — сказал Лавров. — Но не на любых условиях",
                )
            ],
        ),
        (  # a pronoun fused to the verb stands for the speaker quoted before
            "fr",
            "« La Chine est un partenaire », a déclaré le ministre Jean Dupont. "
            "« Mais pas un allié », a-t-il ajouté.",
            [
                ("Jean Dupont", (), "ministre", "La Chine est un partenaire"),
                ("Jean Dupont", (), "ministre", "Mais pas un allié"),
            ],
        ),
        (  # attributed, to someone only described
            "fr",
            "Selon un diplomate européen, « Moscou n’a plus les moyens de ses ambitions ».",
            [
                (
                    "un diplomate européen",
                    (),
                    "",
                    "Moscou n’a plus les moyens de ses ambitions",
                )
            ],
        ),
        (  # the verb second, the speaker after it, then a colon
            "de",
            "Am Montag sagte Außenministerin Anna Weber: „Wir beobachten das genau.“",
            [("Anna Weber", (), "Außenministerin", "Wir beobachten das genau.")],
        ),
        (  # "so" after the words, and a place after the speaker
            "de",
            "„Peking weiß, dass Moskau keine Alternativen hat“, so Politologin Dina Sultanowa "
            "aus Almaty.",
            [
                (
                    "Dina Sultanowa",
                    (),
                    "Politologin",
                    "Peking weiß, dass Moskau keine Alternativen hat",
                )
            ],
        ),
        (  # German marks the other way round, and a pronoun after the verb
            "de",
            "»Das ist ein Jahrhundertprojekt«, sagte Präsident Sadyr Dschaparow. "
            "»Es wird Tausende Arbeitsplätze schaffen«, fügte er hinzu.",
            [
                ("Sadyr Dschaparow", (), "Präsident", "Das ist ein Jahrhundertprojekt"),
                ("Sadyr Dschaparow", (), "Präsident", "Es wird Tausende Arbeitsplätze schaffen"),
            ],
        ),
        (  # a verb in two parts, the speaker between them: a body, described
            "de",
            "„Wir verfolgen die Lage aufmerksam“, teilte das Auswärtige Amt am Montag mit.",
            [("das Auswärtige Amt", (), "", "Wir verfolgen die Lage aufmerksam")],
        ),
        (  # no subject after the verb: the speaker quoted last goes on
            "es",
            "«Rusia sigue siendo el garante de la seguridad», dijo el analista Pablo Ortega. "
            "«Pero China paga las carreteras», añadió.",
            [
                ("Pablo Ortega", (), "analista", "Rusia sigue siendo el garante de la seguridad"),
                ("Pablo Ortega", (), "analista", "Pero China paga las carreteras"),
            ],
        ),
        (  # one spoken to, then the title and, after a comma, the name of its holder
            "es",
            "«No habrá bases extranjeras», dijo a la prensa el ministro de Defensa, Ruslan Aliev.",
            [("Ruslan Aliev", (), "ministro de Defensa", "No habrá bases extranjeras")],
        ),
        (  # not so with the indefinite article: the name is the president's
            "fr",
            "« Nous ne choisissons pas », résumait un conseiller du président, Kassym Tokaïev.",
            [("un conseiller du président", (), "", "Nous ne choisissons pas")],
        ),
        (
            "it",
            "«Se non ci siamo adesso, non ci saremo più», ha detto l'imprenditore Giorgio Zanin.",
            [("Giorgio Zanin", (), "imprenditore", "Se non ci siamo adesso, non ci saremo più")],
        ),
        (
            "pt",
            "“As relações estão no melhor momento”, afirmou o presidente Vladimir Putin.",
            [("Vladimir Putin", (), "presidente", "As relações estão no melhor momento")],
        ),
    ],
)
def test_each_language_reports_speech_by_its_frames(
    language: str, paragraph: str, read: list[tuple[str | None, tuple[str, ...], str, str]]
):
    assert _read(language, paragraph) == read


@pytest.mark.parametrize(
    ("language", "paragraph"),
    [
        ("ru", "Компания «Газпром» подписала контракт с CNPC на поставки по «Силе Сибири»."),
        ("ru", "Десять лет назад в регионе боялись «цветных революций»."),
        ("fr", "Le quotidien « Le Monde » parle d’un « grand jeu » en Asie centrale."),
        ("de", "Die „Neue Seidenstraße“ führt durch Kasachstan, schreibt die Zeitung."),
        ("es", "El gasoducto «Fuerza de Siberia» abastece a China desde 2019."),
        ("it", "Il progetto «Via della Seta» attraversa l'Uzbekistan."),
        ("pt", "O jornal “Público” dedicou a capa à “nova rota da seda”."),
    ],
)
def test_names_and_terms_in_marks_are_no_quotations(language: str, paragraph: str):
    assert _quotes(language, paragraph) == ()


def test_a_language_with_no_lexicon_has_no_quotations():
    said = "«Hazırız», dedi bakan Ahmet Yılmaz."
    assert _quotes("tr", said) == ()
    assert _quotes("ru", "«Мы готовы», — сказал министр.") != ()


@pytest.mark.parametrize(
    ("language", "paragraph", "speaker", "role"),
    [
        # the words, a dash, the verb, then the speaker, as Russian has it
        ("kk", "«Біз дайынбыз», – деді министр Ерлан Қарин.", "Ерлан Қарин", "министр"),
        ("kk", "«Жоба аяқталады», – деп атап өтті Асхат Оразбек.", "Асхат Оразбек", ""),
        ("ky", "«Жол ачылат», – деди министр Бакыт Төрөбаев.", "Бакыт Төрөбаев", "министр"),
        (
            "uz",
            "«Tayyormiz», — dedi vazir Jo‘rabek Mirzamahmudov.",
            "Jo‘rabek Mirzamahmudov",
            "vazir",
        ),
        ("tg", "«Марз ором аст», – афзуд Шерхон Салимзода.", "Шерхон Салимзода", ""),
        # the subject, the words, a quotative, the verb: the verb comes last
        (
            "kk",
            "Энергетика министрі Алмасадам Сәтқалиев брифингте «газ жетеді» деп мәлімдеді.",
            "Алмасадам Сәтқалиев",
            "Энергетика министрі",
        ),
        (
            "uz",
            "Vazir Jo‘rabek Mirzamahmudov «gaz yetarli» deb taʼkidladi.",
            "Jo‘rabek Mirzamahmudov",
            "Vazir",
        ),
        ("ky", "Эксперт Нурлан Алиев «бул тобокел» деп билдирди.", "Нурлан Алиев", "Эксперт"),
        # the speaker and the verb before a colon
        ("tg", "Эмомалӣ Раҳмон гуфт: «Мо омодаем».", "Эмомалӣ Раҳмон", ""),
        # attributed: after the speaker, as Turkic has it; before it, as Tajik has it
        (
            "kk",
            "Саясаттанушы Ерғали Бекмұхамбетовтың айтуынша, «Пекин асықпайды».",
            "Ерғали Бекмұхамбетовтың",
            "Саясаттанушы",
        ),
        (
            "uz",
            "Ekspert Jasur Ermatovning so'zlariga ko'ra, «Moskva kutmoqda».",
            "Jasur Ermatovning",
            "Ekspert",
        ),
        (
            "tg",
            "Ба гуфтаи коршинос Фаридун Ҳакимов, «Русия ва Чин рақобат намекунанд».",
            "Фаридун Ҳакимов",
            "коршинос",
        ),
    ],
)
def test_the_turkic_and_tajik_press_quote_by_their_own_frames(language, paragraph, speaker, role):
    (quote,) = _quotes(language, paragraph)
    assert (quote.speaker, quote.role) == (speaker, role)


def test_a_quotation_over_two_paragraphs_is_one():
    (quote,) = _quotes(
        "ru",
        "«Мы готовы к диалогу, — сказал Лавров. — Но на равных.",
        "«Иначе разговора не будет».",
    )
    assert [part.anchor for part in quote.parts] == ["p-1", "p-2"]
    assert quote.actors == ("sergei-lavrov",)


@pytest.mark.parametrize(
    ("language", "paragraphs", "speakers"),
    [
        (  # "– дейді ол" after a paragraph that names someone new, quoting nothing
            "kk",
            (
                "«Кезек азайды», – дейді жүргізуші Бауыржан Ермеков.",
                "Сарапшы Әлия Сейтқалиеваның пікірінше, мәселе бекеттерде.",
                "«Бекеттердің қуаты жетпейді», – дейді ол.",
            ),
            ["Бауыржан Ермеков", "Әлия Сейтқалиева"],
        ),
        (  # after a paragraph that names no one: the speaker quoted last
            "ky",
            (
                "«Жол ачылат», – деди министр Бакыт Төрөбаев.",
                "Долбоордун наркы 4,7 миллиард долларга бааланат.",
                "«Бул тарыхый күн», – деди ал.",
            ),
            ["Бакыт Төрөбаев", "Бакыт Төрөбаев"],
        ),
    ],
)
def test_a_pronoun_stands_for_the_person_named_last(language, paragraphs, speakers):
    assert [q.speaker for q in _quotes(language, *paragraphs)] == speakers


@pytest.mark.parametrize(
    ("language", "paragraph", "speaker"),
    [
        # roles, a comma, the one who holds them
        ("kk", "«Жол тәуелді», – дейді маман, саясаттанушы Гүлнар Мұратқызы.", "Гүлнар Мұратқызы"),
        ("ru", "«Это надолго», — сказал эксперт, политолог Иван Петров.", "Иван Петров"),
        # a name in marks among the speaker's words
        (
            "ky",
            "«Эл күттү», – деди «Кыргыз темир жолу» ишканасынын директору Азамат Шаршеев.",
            "Азамат Шаршеев",
        ),
        ("ru", "«Цена выросла», — сказал глава «Газпрома» Алексей Миллер.", "Алексей Миллер"),
    ],
)
def test_a_speaker_after_the_verb_may_hold_roles_and_names_in_marks(language, paragraph, speaker):
    (quote,) = _quotes(language, paragraph)
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    ("paragraph", "read"),
    [
        (  # a title, the name, when and where, the verb, then the words
            "外交部发言人汪文斌10日在例行记者会上表示，“中方愿同中亚国家一道推进合作。”",
            [("汪文斌", "外交部发言人")],
        ),
        ("“中俄关系不针对第三方。”王毅说。", [("王毅", "")]),  # the words first
        ("“上合组织的大门是敞开的”，秘书长张明强调。", [("张明", "秘书长")]),
        (
            "在中国社会科学院研究员李新看来，“俄罗斯的影响力仍然很大。”",
            [("李新", "中国社会科学院研究员")],
        ),
        ("一位哈萨克斯坦外交官说：“我们不会选边站。”", [("一位哈萨克斯坦外交官", "")]),
        (  # a pronoun: the speaker quoted before
            "习近平指出，“中国愿与中亚国家共建命运共同体。”他强调，“要加强安全合作。”",
            [("习近平", ""), ("习近平", "")],
        ),
        ("“一带一路”倡议提出十周年。", []),  # a name in marks, no frame
    ],
)
def test_chinese_quotations_are_read_on_the_characters(paragraph, read):
    assert [(q.speaker, q.role) for q in _quotes("zh", paragraph)] == read
