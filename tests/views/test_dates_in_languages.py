"""Dates as each language writes them: events, measures, spans, names and relative dates."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.weave.events import find_dates
from briefing.weave.relative import relative_dates

PUBLISHED = dt.date(2021, 12, 17)


def labels(sentence: str, language: str) -> list[str]:
    return [date.label for date, *_ in find_dates(sentence, language)]


def relative(sentence: str, language: str) -> list[tuple[str, str | None]]:
    return [
        (found.words, found.date.label if found.date else None)
        for found in relative_dates(sentence, PUBLISHED, language)
    ]


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        ("fr", "En 2014, la Russie a annexé la Crimée.", ["2014"]),
        ("fr", "Le 9 mai 2015, Moscou a organisé un défilé.", ["9 May 2015"]),
        ("fr", "Les échanges ont atteint en mars 2016 un sommet.", ["March 2016"]),
        ("fr", "Dans les années 1990, la Russie a reculé.", ["1990s"]),
        ("fr", "La crise de 2009 a frappé la région.", ["2009"]),
        ("de", "Im Jahr 2014 annektierte Russland die Krim.", ["2014"]),
        ("de", "Am 9. Mai 2015 fand eine Parade statt.", ["9 May 2015"]),
        ("de", "In den 1990er Jahren zog sich Russland zurück.", ["1990s"]),
        ("de", "Ende 2019 begann der Bau.", ["2019"]),
        ("de", "Zu den Mitgliedern kamen 2017 Indien und Pakistan hinzu.", ["2017"]),
        ("de", "Die Bundestagswahl 2021 brachte eine Wende.", ["2021"]),
        ("de", "Ihre Wurzeln reichen in die neunziger Jahre zurück.", ["1990s"]),
        ("en", "Growth slowed in the nineties.", ["1990s"]),
        ("es", "Irene Saldaña (Zaragoza, 1979) estudia la región.", ["1979"]),
        ("ru", "По итогам 2021 года товарооборот вырос.", ["2021"]),
        ("fr", "Le sommet, réuni les 15 et 16 septembre 2022, a déçu.", ["15 September 2022"]),
        ("ru", "Саммит прошёл 18–19 мая 2023 года в Сиане.", ["18 May 2023"]),
        ("es", "En 2014, Rusia anexionó Crimea.", ["2014"]),
        ("es", "El 9 de mayo de 2015 se celebró un desfile.", ["9 May 2015"]),
        ("es", "En marzo de 2016 firmaron el acuerdo.", ["March 2016"]),
        ("es", "En los años 1990 Rusia se retiró.", ["1990s"]),
        ("it", "Nel 2014 la Russia ha annesso la Crimea.", ["2014"]),
        ("it", "Il 9 maggio 2015 si è tenuta una parata.", ["9 May 2015"]),
        ("pt", "Em 2014, a Rússia anexou a Crimeia.", ["2014"]),
        ("pt", "Em 9 de maio de 2015 houve um desfile.", ["9 May 2015"]),
        ("ru", "В 2014 году Россия присоединила Крым.", ["2014"]),
        ("ru", "9 мая 2015 года в Москве прошёл парад.", ["9 May 2015"]),
        ("ru", "В 1990-х годах Россия ушла из региона.", ["1990s"]),
        ("ru", "В марте 2016 года они подписали договор.", ["March 2016"]),
        ("ru", "К 2021 году доля выросла до 20%.", ["2021"]),
        ("zh", "2015年5月，中俄两国元首签署联合声明。", ["May 2015"]),
        ("zh", "2022年9月15日，上海合作组织峰会在撒马尔罕举行。", ["15 September 2022"]),
        ("zh", "该协定于2019年10月正式生效。", ["October 2019"]),
        ("zh", "2021年，中国与中亚五国贸易额超过440亿美元。", ["2021"]),
        ("zh", "1990年代，中亚国家相继独立。", ["1990s"]),
        ("kk", "Келісімге 2023 жылғы 17 қазанда қол қойылды.", ["17 October 2023"]),
        ("kk", "Жоба 2021 жылы басталды.", ["2021"]),
        ("kk", "Кездесу наурыз 2024 айында өтті.", ["March 2024"]),
        ("ky", "Келишим 2024-жылдын 6-июнунда кол коюлду.", ["6 June 2024"]),
        ("ky", "2023-жылы экспорт эки эсе көбөйдү.", ["2023"]),
        ("uz", "2023-yil 17-oktabr kuni shartnoma imzolandi.", ["17 October 2023"]),
        ("uz", "2024 йил 7 июнда битим имзоланди.", ["7 June 2024"]),
        ("uz", "2023-yilda import oshdi.", ["2023"]),
        ("tg", "17 октябри соли 2023 созишнома имзо шуд.", ["17 October 2023"]),
        ("tg", "Дар соли 2021 сохтмон оғоз шуд.", ["2021"]),
        ("tg", "Дар солҳои 1990 ҷанг буд.", ["1990s"]),
    ],
)
def test_dates_used_as_dates_are_found_in_each_language(language, sentence, expected):
    assert labels(sentence, language) == expected


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("fr", "Depuis 2014, les sanctions pèsent."),
        ("fr", "Les exportations sont plus élevées qu'en 2014."),
        ("fr", "De 2005 à 2015, le nombre a doublé."),
        ("de", "Seit 2014 gelten Sanktionen."),
        ("de", "Von 2005 bis 2015 verdoppelte sich die Zahl."),
        ("de", "Der Umsatz ist höher im Vergleich zu 2019."),
        ("de", "Das Manöver „Friedensmission 2018“ war das größte."),
        ("es", "Desde 2014 rigen sanciones."),
        ("es", "De 2005 a 2015 el número se duplicó."),
        ("it", "Dal 2014 valgono le sanzioni."),
        ("pt", "Desde 2014 vigoram sanções."),
        ("ru", "С 2014 года действуют санкции."),
        ("ru", "С 2005 по 2015 год число удвоилось."),
        ("ru", "Товарооборот больше, чем в 2014 году."),
        ("ru", "Учения «Мирная миссия 2018» прошли успешно."),
        ("ru", "После 2022 года логистика изменилась."),
        ("es", "Su presencia está garantizada por un acuerdo en vigor hasta 2042."),
        ("en", "The SCO has grown to include, from July 2024, Belarus."),
        ("zh", "自2015年以来，贸易额增长了一倍。"),  # since 2015: a span
        ("zh", "在2021年至2023年间，运量翻了一番。"),
        ("zh", "贸易额达到2015万美元。"),  # a number
        ("kk", "2022 жылдан бері транзит өсті."),  # since 2022
        ("ky", "2022-жылдан бери экспорт өстү."),
        ("uz", "2022-yildan beri narx oshdi."),
        ("tg", "Аз соли 2022 нарх боло рафт."),
    ],
)
def test_measures_spans_and_names_are_not_events_in_each_language(language, sentence):
    assert labels(sentence, language) == []


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        (
            "fr",
            "Poutine s'est rendu cette semaine à Bichkek.",
            [("cette semaine", "the week of 13 December 2021")],
        ),
        ("fr", "Le sommet prévu en février à Pékin.", [("en février", "February 2022")]),
        ("fr", "L'an dernier, les échanges ont crû.", [("L'an dernier", "2020")]),
        ("fr", "Il l'a dit il y a deux ans.", [("il y a deux ans", None)]),
        (
            "de",
            "Putin reiste letzte Woche nach Bischkek.",
            [("letzte Woche", "the week of 6 December 2021")],
        ),
        ("de", "Im März traf er den Präsidenten.", [("Im März", "March 2021")]),
        (
            "es",
            "La semana pasada Putin viajó a Biskek.",
            [("La semana pasada", "the week of 6 December 2021")],
        ),
        ("es", "El año pasado el comercio creció.", [("El año pasado", "2020")]),
        (
            "it",
            "La settimana scorsa Putin ha parlato.",
            [("La settimana scorsa", "the week of 6 December 2021")],
        ),
        (
            "pt",
            "Na semana passada Putin falou.",
            [("Na semana passada", "the week of 6 December 2021")],
        ),
        (
            "ru",
            "На прошлой неделе Путин посетил Бишкек.",
            [("На прошлой неделе", "the week of 6 December 2021")],
        ),
        ("ru", "В марте он встретился с президентом.", [("В марте", "March 2021")]),
        ("ru", "В этом году договор продлили.", [("В этом году", "2021")]),
        ("fr", "Poutine est arrivé mardi soir à Pékin.", [("mardi", "14 December 2021")]),
        ("fr", "Le forum s'achève ce jeudi.", [("ce jeudi", "16 December 2021")]),
        (
            "es",
            "La cumbre se celebra este miércoles en Ereván.",
            [("este miércoles", "15 December 2021")],
        ),
        ("es", "Mañana en Ereván lo veremos.", [("Mañana", "18 December 2021")]),
        (
            "de",
            "Als die Staatschefs am Montag zusammenkamen, …",
            [("am Montag", "13 December 2021")],
        ),
        ("ru", "Об этом сообщили в четверг в МИД.", [("в четверг", "16 December 2021")]),
        (
            "pt",
            "Os dois voltaram a encontrar-se esta quarta-feira.",
            [("esta quarta-feira", "15 December 2021")],
        ),
        ("en", "The talks will resume on Monday.", [("on Monday", "20 December 2021")]),
        (
            "es",
            "Las tropas abandonarán el país antes del 11 de septiembre.",
            [("11 de septiembre", "11 September 2022")],
        ),
        ("ru", "Саммит, который пройдет в сентябре, обсудили.", [("в сентябре", "September 2022")]),
        ("en", "The vote is due in January.", [("in January", "January 2022")]),
        ("kk", "Былтыр тауар айналымы өсті.", [("Былтыр", "2020")]),
        ("ky", "Быйыл экспорт көбөйдү.", [("Быйыл", "2021")]),
        ("uz", "O‘tgan yil import oshdi.", [("O‘tgan yil", "2020")]),
        ("tg", "Соли гузашта содирот афзуд.", [("Соли гузашта", "2020")]),
    ],
)
def test_relative_dates_are_read_in_each_language(language, sentence, expected):
    assert relative(sentence, language) == expected


def test_an_unknown_language_is_read_with_english_words():
    assert labels("In 2014, it happened.", "tr") == ["2014"]
