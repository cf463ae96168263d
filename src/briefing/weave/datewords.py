"""How each language writes dates: month names, the words that make a year a date, and
the words that make it a measure or a span's bound.

Patterns are written with three placeholders: <MONTH> (any written form of a month,
captured as ``month``), <DAY> (captured as ``day``) and <YEAR> (captured as ``year``).
A language without an entry is read with English's words.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import primary_language


@dataclass(frozen=True)
class DateWords:
    months: tuple[tuple[str, ...], ...]  # the twelve months, each in every written form
    day_dates: tuple[str, ...]  # a day, month and year
    month_dates: tuple[str, ...]  # a month and year
    year_dates: tuple[str, ...]  # a year used as a date
    decades: tuple[str, ...]
    not_before: str  # right before a year that measures or opens a span: "since", "than"
    spans: tuple[str, ...]  # two years bounding a span
    not_names: str  # capitalised words a year may follow without being part of a name
    quantity_after: str  # right after a number that counts: "percent", "troops"
    months_case_blind: bool = True
    # Dates stated against the article's own date.
    calendar: tuple[tuple[str, str, str], ...] = ()  # (words, this/last/next, week/month/year)
    bare_months: tuple[str, ...] = ()  # a month without a year: "in March"
    bare_days: tuple[str, ...] = ()  # a day and month without a year: "on May 9"
    yesterday: str = r"(?!)"
    ago: str = r"(?!)"  # a span back from the article: "two decades ago"
    ahead: str = r"(?!)"  # words of a sentence that looks ahead: "will", "planned"
    tomorrow: str = r"(?!)"
    weekdays: tuple[tuple[str, ...], ...] = ()  # Monday to Sunday, each in every written form
    this_weekday: str = r"(?!)"  # before a weekday of the article's own week: "this Thursday"
    weekday_lead: str = ""  # before a weekday just past or coming: "on Monday"
    until: str = r"(?!)"  # right before a year that closes a span, unless a "when" follows
    when_after: str = r"(?!)"  # "until 2018 when the US sanctioned…": the year dates that
    decade_words: tuple[tuple[str, int], ...] = ()  # ("nineties", 1990)
    decade_word_dates: tuple[str, ...] = ()  # a decade in words: "the <DECADE>"
    names: str | None = None  # a year that is part of a name, when capitals do not tell
    deadline: str = r"(?!)"  # right before a relative date that is ahead: "by", "until"
    # Words, in lower case, of which every relative date but a month's or a weekday's
    # holds one: a sentence with none of them (nor a month or weekday) is not read further.
    relative_words: tuple[str, ...] = ()


_ENGLISH_DECADES = (
    ("twenties", 1920),
    ("thirties", 1930),
    ("forties", 1940),
    ("fifties", 1950),
    ("sixties", 1960),
    ("seventies", 1970),
    ("eighties", 1980),
    ("nineties", 1990),
)
_FRENCH_DECADES = (
    ("vingt", 1920),
    ("trente", 1930),
    ("quarante", 1940),
    ("cinquante", 1950),
    ("soixante", 1960),
    ("soixante-dix", 1970),
    ("quatre-vingt", 1980),
    ("quatre-vingts", 1980),
    ("quatre-vingt-dix", 1990),
)
_GERMAN_DECADES = (
    ("zwanziger", 1920),
    ("dreißiger", 1930),
    ("vierziger", 1940),
    ("fünfziger", 1950),
    ("sechziger", 1960),
    ("siebziger", 1970),
    ("achtziger", 1980),
    ("neunziger", 1990),
)
_SPANISH_DECADES = (
    ("veinte", 1920),
    ("treinta", 1930),
    ("cuarenta", 1940),
    ("cincuenta", 1950),
    ("sesenta", 1960),
    ("setenta", 1970),
    ("ochenta", 1980),
    ("noventa", 1990),
)
_ITALIAN_DECADES = (
    ("venti", 1920),
    ("trenta", 1930),
    ("quaranta", 1940),
    ("cinquanta", 1950),
    ("sessanta", 1960),
    ("settanta", 1970),
    ("ottanta", 1980),
    ("novanta", 1990),
)
_RUSSIAN_DECADES = (
    ("двадцатые", 1920),
    ("тридцатые", 1930),
    ("сороковые", 1940),
    ("пятидесятые", 1950),
    ("шестидесятые", 1960),
    ("семидесятые", 1970),
    ("восьмидесятые", 1980),
    ("девяностые", 1990),
    ("девяностых", 1990),
    ("восьмидесятых", 1980),
)

ENGLISH = DateWords(
    months=(
        ("January", "Jan"),
        ("February", "Feb"),
        ("March", "Mar"),
        ("April", "Apr"),
        ("May",),
        ("June", "Jun"),
        ("July", "Jul"),
        ("August", "Aug"),
        ("September", "Sept", "Sep"),
        ("October", "Oct"),
        ("November", "Nov"),
        ("December", "Dec"),
    ),
    months_case_blind=False,  # "may" is a verb
    day_dates=(
        r"<MONTH>\.?\s+<DAY>(?:st|nd|rd|th)?,?\s+<YEAR>",
        r"(?<![\d,])<DAY>(?:st|nd|rd|th)?\s+<MONTH>\.?,?\s+<YEAR>",
    ),
    month_dates=(r"<MONTH>\.?,?\s+(?:of\s+)?<YEAR>",),
    year_dates=(
        r"\b(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Tt]ill|[Ff]rom|[Tt]o|[Aa]fter|[Bb]efore|[Dd]uring"
        r"|[Oo]f|[Tt]hrough|[Ee]arly|[Ll]ate|[Mm]id-?|[Tt]he end of|[Ss]tarting|[Bb]etween|and)"
        r"\s+(?:the\s+(?:year\s+)?)?<YEAR>",
        r"\b(?:(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)\s+(?:of\s+)?|[Mm]id-\s*)<YEAR>",
        r"\b(?:a|an|the|its|his|her|their)\s+<YEAR>(?=\s+(?!percent|per\b)[A-Za-z])",
        r"^\W*<YEAR>(?=\s+(?:was|is|represented|saw|marked|brought)\b)",
        r"\(<YEAR>\)",
    ),
    decades=(r"(?<![\d,.$])(?:the\s+)?(?P<year>(?:18|19|20)\d0)['’]?s\b",),
    not_before=(
        r"(?:\b(?:ever\s+)?since|\bthan|\bcompared\s+(?:to|with)|\bas\s+in|\b[Ff]rom"
        r"|\b(?:levels?|highs?|lows?|peaks?|figures?|records?|those|that|numbers?)\s+of)"
        r"\s+(?:(?:the|in|early|late|mid-?)\s*)*$"
    ),
    spans=(
        r"\b(?:[Ff]rom|[Bb]etween)\s+(?:the\s+)?<YEAR>s?\s+(?:to|and|until|till|through)\s+"
        r"(?:the\s+)?(?:18|19|20)\d{2}",
    ),
    not_names=(
        "In|On|At|By|Since|Until|Till|From|To|After|Before|During|Of|Through|Early|Late|Between"
        "|And|Or|The|A|An|Its|His|Her|Their|Mid|Spring|Summer|Autumn|Fall|Winter"
    ),
    quantity_after=r"\s*(?:%|percent|per\s+cent|troops|km|kilomet)",
    calendar=(
        (r"(?<!the\s)\bthis\s+week\b(?!\s+of\b)", "this", "week"),
        (r"(?<!the\s)\blast\s+week\b(?!\s+of\b)", "last", "week"),
        (r"(?<!the\s)\bnext\s+week\b(?!\s+of\b)", "next", "week"),
        (r"(?<!the\s)\bthis\s+month\b(?!\s+of\b)", "this", "month"),
        (r"(?<!the\s)\blast\s+month\b(?!\s+of\b)", "last", "month"),
        (r"(?<!the\s)\bnext\s+month\b(?!\s+of\b)", "next", "month"),
        (r"(?<!the\s)\bthis\s+year\b(?!\s+of\b)", "this", "year"),
        (r"(?<!the\s)\blast\s+year\b(?!\s+of\b)", "last", "year"),
        (r"(?<!the\s)\bnext\s+year\b(?!\s+of\b)", "next", "year"),
    ),
    bare_days=(
        r"\b(?:[Oo]n\s+)?<MONTH>\s+<DAY>\b",
        r"\b(?:[Oo]n\s+)?(?:the\s+)?<DAY>\s+(?:of\s+)?<MONTH>\b",
    ),
    bare_months=(
        r"\b(?:[Ii]n|[Oo]n|[Bb]y|[Uu]ntil|[Ee]arly|[Ll]ate|[Mm]id-|[Ee]arlier|[Ll]ater|[Ff]or)\s+"
        r"(?:(?:early|late|mid-)\s*)?<MONTH>\b",
    ),
    yesterday=r"\byesterday\b",
    tomorrow=r"\btomorrow\b",
    deadline=r"\b(?:[Bb]y|[Uu]ntil|[Bb]efore)\b",
    relative_words=("week", "month", "year", "yesterday", "tomorrow", " ago"),
    weekdays=(
        ("Monday",),
        ("Tuesday",),
        ("Wednesday",),
        ("Thursday",),
        ("Friday",),
        ("Saturday",),
        ("Sunday",),
    ),
    this_weekday=r"\b(?:[Tt]his)",
    weekday_lead=r"(?:\b(?:[Oo]n|[Ll]ast)\s+)?",
    until=r"\b(?:until|till|up\s+to)\s+(?:the\s+(?:year\s+)?)?$",
    when_after=r"\s*,?\s*(?:when|as)\b",
    decade_words=_ENGLISH_DECADES,
    decade_word_dates=(r"\b(?:the|[Ee]arly|[Ll]ate|[Mm]id-)\s*<DECADE>\b",),
    ago=(
        r"\b(?:(?:almost|nearly|about|some|around|over|more\s+than)\s+)?"
        r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several|\d+)\s+"
        r"(?:days?|weeks?|months?|years?|decades?)\s+ago\b"
    ),
    ahead=(
        r"\b(?:will|shall|plans?|planned|planning|scheduled|upcoming|forthcoming|expected\s+to"
        r"|to\s+be\s+held|in\s+preparation|ahead\s+of|due\s+to|set\s+to|rumou?red\s+for)\b"
    ),
)

FRENCH = DateWords(
    months=(
        ("janvier", "janv"),
        ("février", "fevrier", "févr"),
        ("mars",),
        ("avril", "avr"),
        ("mai",),
        ("juin",),
        ("juillet", "juil"),
        ("août", "aout"),
        ("septembre", "sept"),
        ("octobre", "oct"),
        ("novembre", "nov"),
        ("décembre", "decembre", "déc"),
    ),
    day_dates=(r"(?<![\d,])(?:le\s+)?<DAY>(?:er)?\s+<MONTH>\.?\s+<YEAR>",),
    month_dates=(r"<MONTH>\.?\s+(?:de\s+l['’]année\s+)?<YEAR>",),
    year_dates=(
        r"\b(?:[Ee]n|[Dd]ès|[Jj]usqu['’](?:en|à)|[Aa]vant|[Aa]près|[Vv]ers|[Ff]in|[Dd]ébut"
        r"|[Mm]i-|[Dd]urant|[Pp]endant|[Ll]ors\s+de|[Dd]e|[Dd]epuis|[Aa]\s+partir\s+de)"
        r"\s+(?:l['’]année\s+)?<YEAR>",
        r"\b(?:l['’]année|[Ll]['’]an)\s+<YEAR>",
        r"\b(?:un|une|le|la|l['’]|son|sa|leur)\s*<YEAR>(?=\s*,?\s*(?:a|fut|est|était|marque|voit)\b)",
        r"^\W*<YEAR>(?=\s*,?\s+(?:a|fut|est|était|marque|voit|restera)\b)",
        r"\(<YEAR>\)",
    ),
    decades=(r"\b(?:les|des|aux|dans\s+les)\s+années\s+(?P<year>(?:18|19|20)\d0)\b",),
    not_before=(
        r"(?:\b[Dd]epuis|\b[Àà]\s+partir\s+de|\bqu['’]en|\b(?:plus|moins)\s+(?:\w+\s+)?que|\bpar\s+rapport\s+à"
        r"|\bcomparé(?:e|s)?\s+à|\bniveaux?\s+de|\brecord\s+de|\bceux\s+de|\bcelui\s+de)"
        r"\s*(?:(?:l['’]année|en|début|fin)\s*)*$"
    ),
    spans=(r"\b(?:[Dd]e|[Ee]ntre)\s+<YEAR>\s+(?:à|et|jusqu['’]en)\s+(?:18|19|20)\d{2}",),
    not_names=(
        "En|Dès|Jusqu|Avant|Après|Vers|Fin|Début|Durant|Pendant|Lors|De|Depuis|Le|La|Les|Un|Une"
        "|Et|Ou|Au|Aux|Du|Des"
    ),
    quantity_after=r"\s*(?:%|pour\s*cent|soldats|km|kilom)",
    calendar=(
        (r"\bcette\s+semaine\b", "this", "week"),
        (r"\bla\s+semaine\s+(?:dernière|passée)\b", "last", "week"),
        (r"\bla\s+semaine\s+prochaine\b", "next", "week"),
        (r"\bce\s+mois-ci\b", "this", "month"),
        (r"\ble\s+mois\s+(?:dernier|passé)\b", "last", "month"),
        (r"\ble\s+mois\s+prochain\b", "next", "month"),
        (r"\bcette\s+année\b", "this", "year"),
        (r"\bl['’](?:an|année)\s+(?:dernier|dernière|passée?)\b", "last", "year"),
        (r"\bl['’](?:an|année)\s+prochaine?\b", "next", "year"),
    ),
    bare_days=(r"\b(?:le\s+)?<DAY>(?:er)?\s+<MONTH>\b",),
    bare_months=(r"\b(?:[Ee]n|[Dd]ébut|[Ff]in|[Mm]i-|[Dd]ès|[Dd]epuis)\s*<MONTH>\b",),
    yesterday=r"\bhier\b",
    tomorrow=r"\bdemain\b",
    deadline=r"\b(?:[Dd]['’]ici|[Jj]usqu['’](?:en|à|au)|[Aa]vant)\b",
    relative_words=("semaine", "mois", "année", "l'an", "l’an", "hier", "demain", "il y a"),
    weekdays=(
        ("lundi",),
        ("mardi",),
        ("mercredi",),
        ("jeudi",),
        ("vendredi",),
        ("samedi",),
        ("dimanche",),
    ),
    this_weekday=r"\b(?:[Cc]e)",
    until=r"\bjusqu['’](?:en|à)\s*$",
    when_after=r"\s*,?\s*(?:quand|lorsque|où)\b",
    decade_words=_FRENCH_DECADES,
    decade_word_dates=(r"\b(?:les|des|aux|dans\s+les)\s+années\s+<DECADE>\b",),
    ago=r"\bil\s+y\s+a\s+(?:(?:près\s+de|environ|plus\s+de)\s+)?\w+\s+(?:jours?|semaines?|mois|ans|années|décennies)\b",
    ahead=(
        r"\b(?:prévue?s?|doit|doivent|devrait|devraient|aura\s+lieu|prochaine?|s['’]achève"
        r"|\w{3,}(?:era|eront|ira|iront|ra|ront))\b"
    ),
)

GERMAN = DateWords(
    months=(
        ("Januar", "Jänner", "Jan"),
        ("Februar", "Feb"),
        ("März", "Mär"),
        ("April", "Apr"),
        ("Mai",),
        ("Juni",),
        ("Juli",),
        ("August", "Aug"),
        ("September", "Sept", "Sep"),
        ("Oktober", "Okt"),
        ("November", "Nov"),
        ("Dezember", "Dez"),
    ),
    months_case_blind=False,
    day_dates=(r"(?<![\d,])<DAY>\.\s*<MONTH>\.?\s+<YEAR>",),
    month_dates=(r"<MONTH>\.?\s+<YEAR>",),
    year_dates=(
        r"\b(?:[Ii]m\s+(?:Jahre?\s+|Frühjahr\s+|Sommer\s+|Herbst\s+|Winter\s+)?|[Bb]is\s+(?:zum\s+Jahr\s+)?"
        r"|[Nn]ach\s+|[Vv]or\s+|[Aa]nfang\s+|[Ee]nde\s+|[Mm]itte\s+|[Ss]eit\s+|[Aa]b\s+"
        r"|[Ww]ährend\s+|[Ss]ommer\s+|[Hh]erbst\s+|[Ff]rühjahr\s+|[Ww]inter\s+|[Jj]ahr\s+)<YEAR>",
        # A year stands bare as an adverb: "kamen 2017 Indien und Pakistan hinzu".
        r"(?<![\d.,/–-])(?<!\d\s)<YEAR>(?![.,]?\d|\s*(?:[–-]|bis)\s*\d)",
        r"\b(?:[Dd]ie|[Dd]er|[Dd]as|[Dd]en|[Ee]ine?n?)\s+<YEAR>\s+(?=[a-zäöü]*\w)",
        r"^\W*<YEAR>(?=\s+(?:war|ist|hat|wurde|brachte|markierte)\b)",
        r"\(<YEAR>\)",
    ),
    decades=(r"\b(?P<year>(?:18|19|20)\d0)er(?:\s*-?\s*Jahre\w*)?\b",),
    not_before=(
        r"(?:\b[Ss]eit|\b[Aa]b|\bals(?:\s+im)?|\bgegenüber|\bim\s+Vergleich\s+zu(?:m)?"
        r"|\bNiveau\s+von|\bStand\s+von)\s*(?:(?:dem\s+)?Jahr(?:e)?\s*)?$"
    ),
    spans=(r"\b(?:[Vv]on|[Zz]wischen)\s+<YEAR>\s+(?:bis|und)\s+(?:18|19|20)\d{2}",),
    not_names=(
        "Im|In|Bis|Nach|Vor|Anfang|Ende|Mitte|Seit|Ab|Während|Sommer|Herbst|Frühjahr|Winter"
        "|Jahr|Jahre|Jahres|Jahren|Von|Zwischen|Und|Oder|Die|Der|Das|Den|Dem|Ein|Eine|Einen|Am"
    ),
    quantity_after=r"\s*(?:%|Prozent|Soldaten|km|Kilom)",
    calendar=(
        (r"\b(?:diese|in\s+dieser)\s+Woche\b", "this", "week"),
        (
            r"\b(?:letzte|vergangene|in\s+der\s+vergangenen|in\s+der\s+letzten)\s+Woche\b",
            "last",
            "week",
        ),
        (r"\b(?:nächste|kommende)\s+Woche\b", "next", "week"),
        (r"\b(?:diesen|in\s+diesem)\s+Monat\b", "this", "month"),
        (r"\b(?:letzten|vergangenen|im\s+vergangenen|im\s+letzten)\s+Monat\b", "last", "month"),
        (r"\b(?:nächsten|kommenden)\s+Monat\b", "next", "month"),
        (r"\b(?:dieses|in\s+diesem)\s+Jahr\b", "this", "year"),
        (r"\b(?:letztes|vergangenes|im\s+vergangenen|im\s+letzten)\s+Jahr\b", "last", "year"),
        (r"\b(?:nächstes|kommendes|im\s+nächsten|im\s+kommenden)\s+Jahr\b", "next", "year"),
    ),
    bare_days=(r"\b(?:[Aa]m\s+)?<DAY>\.\s*<MONTH>\b",),
    bare_months=(r"\b(?:[Ii]m|[Aa]nfang|[Ee]nde|[Mm]itte|[Bb]is)\s+<MONTH>\b",),
    yesterday=r"\bgestern\b",
    tomorrow=r"\bmorgen\b(?!\s*früh)",
    deadline=r"\b(?:[Bb]is|[Vv]or)\b",
    relative_words=("woche", "monat", "jahr", "gestern", "morgen", "tagen"),
    weekdays=(
        ("Montag",),
        ("Dienstag",),
        ("Mittwoch",),
        ("Donnerstag",),
        ("Freitag",),
        ("Samstag", "Sonnabend"),
        ("Sonntag",),
    ),
    this_weekday=r"\b(?:[Dd]iesen|[Aa]n\s+diesem)",
    weekday_lead=r"(?:\b(?:[Aa]m|[Ll]etzten|[Vv]ergangenen)\s+)?",
    until=r"\b[Bb]is\s+(?:zum\s+Jahr\s+)?$",
    when_after=r"\s*,\s*(?:als|wann|wo)\b",
    decade_words=_GERMAN_DECADES,
    decade_word_dates=(r"\b<DECADE>(?:\s+|-)Jahre\w*",),
    # German writes every noun with a capital: only a quoted name holds its year.
    names=r"[„“\"«»][^„“”\"«»]{1,40}?\s<YEAR>\s*[“”\"»«]",
    ago=r"\bvor\s+(?:(?:fast|knapp|etwa|rund|mehr\s+als)\s+)?\w+\s+(?:Tagen|Wochen|Monaten|Jahren|Jahrzehnten)\b",
    ahead=r"\b(?:wird|werden|soll|sollen|geplant|geplante\w*|bevorstehende\w*|nächste\w*|findet)\b",
)

SPANISH = DateWords(
    months=(
        ("enero",),
        ("febrero",),
        ("marzo",),
        ("abril",),
        ("mayo",),
        ("junio",),
        ("julio",),
        ("agosto",),
        ("septiembre", "setiembre"),
        ("octubre",),
        ("noviembre",),
        ("diciembre",),
    ),
    day_dates=(r"(?<![\d,])<DAY>\s+de\s+<MONTH>\s+(?:de|del)\s+<YEAR>",),
    month_dates=(r"<MONTH>\s+(?:de|del)\s+<YEAR>",),
    year_dates=(
        r"\b(?:[Ee]n|[Hh]asta|[Dd]esde|[Dd]espués\s+de|[Aa]ntes\s+de|[Dd]urante|[Pp]ara"
        r"|[Aa]\s+finales\s+de|[Aa]\s+principios\s+de|[Aa]\s+mediados\s+de|[Dd]e|[Dd]el)"
        r"\s+(?:(?:el\s+)?año\s+)?<YEAR>",
        r"\b(?:el|un|su)\s+<YEAR>(?=\s*,?\s+(?:fue|es|marcó|supuso|vio)\b)",
        r"^\W*(?:[Ee]n\s+)?<YEAR>(?=\s*,?\s+(?:fue|es|marcó|supuso|vio)\b)",
        r"\(<YEAR>\)",
    ),
    decades=(r"\b(?:los\s+años|la\s+década\s+de(?:\s+los)?)\s+(?P<year>(?:18|19|20)\d0)\b",),
    not_before=(
        r"(?:\b[Dd]esde|\b[Aa]\s+partir\s+de|\bque\s+en|\b(?:más|menos|mayor|menor)(?:es)?\s+(?:\w+\s+)?que|\brespecto\s+(?:a|de)(?:l)?|\bfrente\s+a(?:l)?"
        r"|\bcomparad[oa]s?\s+con|\bniveles?\s+de|\brécord\s+de)"
        r"\s*(?:(?:el\s+)?(?:año\s+)?)$"
    ),
    spans=(r"\b(?:[Dd]e|[Dd]el|[Ee]ntre)\s+<YEAR>\s+(?:a|al|y|hasta)\s+(?:18|19|20)\d{2}",),
    not_names="En|Hasta|Desde|Después|Antes|Durante|Para|De|Del|El|La|Los|Las|Un|Una|Y|O|A|Al",
    quantity_after=r"\s*(?:%|por\s+ciento|soldados|km|kilóm)",
    calendar=(
        (r"\besta\s+semana\b", "this", "week"),
        (r"\bla\s+semana\s+pasada\b", "last", "week"),
        (r"\bla\s+(?:próxima\s+semana|semana\s+próxima|semana\s+que\s+viene)\b", "next", "week"),
        (r"\beste\s+mes\b", "this", "month"),
        (r"\bel\s+mes\s+pasado\b", "last", "month"),
        (r"\bel\s+(?:próximo\s+mes|mes\s+próximo|mes\s+que\s+viene)\b", "next", "month"),
        (r"\beste\s+año\b", "this", "year"),
        (r"\bel\s+año\s+pasado\b", "last", "year"),
        (r"\bel\s+(?:próximo\s+año|año\s+próximo|año\s+que\s+viene)\b", "next", "year"),
    ),
    bare_days=(r"\b(?:el\s+)?<DAY>\s+de\s+<MONTH>\b",),
    bare_months=(
        r"\b(?:[Ee]n|[Aa]\s+principios\s+de|[Aa]\s+finales\s+de|[Aa]\s+mediados\s+de|de)\s+"
        r"<MONTH>\b",
    ),
    yesterday=r"\bayer\b",
    tomorrow=r"(?<!la\s)(?<!por\sla\s)\b[Mm]añana\b",
    deadline=r"\b(?:[Hh]asta|[Aa]ntes\s+de(?:l)?|[Pp]ara)\b",
    relative_words=("semana", "mes", "año", "ayer", "mañana", "hace"),
    weekdays=(
        ("lunes",),
        ("martes",),
        ("miércoles", "miercoles"),
        ("jueves",),
        ("viernes",),
        ("sábado", "sabado"),
        ("domingo",),
    ),
    this_weekday=r"\b(?:[Ee]ste|[Ee]sta)",
    weekday_lead=r"(?:\b(?:[Ee]l|[Ee]ste)\s+)?",
    until=r"\b[Hh]asta\s+(?:el\s+(?:año\s+)?)?$",
    when_after=r"\s*,?\s*(?:cuando)\b",
    decade_words=_SPANISH_DECADES,
    decade_word_dates=(r"\b(?:los\s+años|la\s+década\s+de\s+los)\s+<DECADE>\b",),
    ago=(
        r"(?<!desde\s)(?<!de\s)\b[Hh]ace\s+(?:(?:casi|más\s+de)\s+)?(?:\w+\s+)?"
        r"(?:días?|semanas?|mes|meses|años?|décadas?)\b"
    ),
    ahead=(
        r"\b(?:prevista?s?|previsto|próxim[oa]s?|está\s+previsto|se\s+celebra"
        r"|\w{3,}(?:rá|rán))\b"
    ),
)

ITALIAN = DateWords(
    months=(
        ("gennaio",),
        ("febbraio",),
        ("marzo",),
        ("aprile",),
        ("maggio",),
        ("giugno",),
        ("luglio",),
        ("agosto",),
        ("settembre",),
        ("ottobre",),
        ("novembre",),
        ("dicembre",),
    ),
    day_dates=(r"(?<![\d,])<DAY>(?:º|°)?\s+<MONTH>\s+<YEAR>",),
    month_dates=(r"<MONTH>\s+(?:del\s+)?<YEAR>",),
    year_dates=(
        r"\b(?:[Nn]el|[Dd]al|[Ff]ino\s+al|[Ee]ntro\s+il|[Dd]opo\s+il|[Pp]rima\s+del|[Dd]el"
        r"|[Aa]lla\s+fine\s+del|[Aa]ll['’]inizio\s+del|[Aa]\s+metà\s+del|[Nn]ell['’]anno)\s+<YEAR>",
        r"\(<YEAR>\)",
    ),
    decades=(r"\b(?:gli|negli|degli|agli)\s+anni\s+(?P<year>(?:18|19|20)\d0)\b",),
    not_before=(
        r"(?:\b[Dd]al|\b[Dd]all['’]anno|\brispetto\s+al|\bche\s+nel|\blivell[io]\s+del"
        r"|\bquell[io]\s+del)\s*$"
    ),
    spans=(r"\b(?:[Dd]al|[Tt]ra\s+il|[Ff]ra\s+il)\s+<YEAR>\s+(?:al|e\s+il)\s+(?:18|19|20)\d{2}",),
    not_names="Nel|Dal|Fino|Entro|Dopo|Prima|Del|Alla|All|Il|La|Lo|Un|Una|E|O",
    quantity_after=r"\s*(?:%|per\s+cento|soldati|km|chilom)",
    calendar=(
        (r"\bquesta\s+settimana\b", "this", "week"),
        (r"\bla\s+settimana\s+scorsa\b", "last", "week"),
        (r"\bla\s+prossima\s+settimana\b", "next", "week"),
        (r"\bquesto\s+mese\b", "this", "month"),
        (r"\bil\s+mese\s+scorso\b", "last", "month"),
        (r"\bil\s+prossimo\s+mese\b", "next", "month"),
        (r"\bquest['’]anno\b", "this", "year"),
        (r"\bl['’]anno\s+scorso\b", "last", "year"),
        (r"\bil\s+prossimo\s+anno\b", "next", "year"),
    ),
    bare_days=(r"\b(?:il\s+)?<DAY>\s+<MONTH>\b",),
    bare_months=(r"\b(?:[Aa]|[Ii]n|[Nn]el\s+mese\s+di|di)\s+<MONTH>\b",),
    yesterday=r"\bieri\b",
    tomorrow=r"\bdomani\b",
    deadline=r"\b(?:[Ee]ntro|[Ff]ino\s+a(?:l)?|[Pp]rima\s+d)",
    relative_words=("settimana", "mese", "anno", "ieri", "domani", " fa"),
    weekdays=(
        ("lunedì", "lunedi"),
        ("martedì", "martedi"),
        ("mercoledì", "mercoledi"),
        ("giovedì", "giovedi"),
        ("venerdì", "venerdi"),
        ("sabato",),
        ("domenica",),
    ),
    this_weekday=r"\b(?:[Qq]uesto|[Qq]uesta)",
    until=r"\b[Ff]ino\s+al\s*$",
    when_after=r"\s*,?\s*(?:quando)\b",
    decade_words=_ITALIAN_DECADES,
    decade_word_dates=(r"\b(?:gli|negli|degli|agli)\s+anni\s+<DECADE>\b",),
    ago=r"\b\w+\s+(?:giorni|settimane|mesi|anni|decenni)\s+fa\b",
    ahead=r"\b(?:previst[oaie]|prossim[oaie]|\w{3,}(?:rà|ranno))\b",
)

PORTUGUESE = DateWords(
    months=(
        ("janeiro",),
        ("fevereiro",),
        ("março", "marco"),
        ("abril",),
        ("maio",),
        ("junho",),
        ("julho",),
        ("agosto",),
        ("setembro",),
        ("outubro",),
        ("novembro",),
        ("dezembro",),
    ),
    day_dates=(r"(?<![\d,])<DAY>(?:º)?\s+de\s+<MONTH>\s+de\s+<YEAR>",),
    month_dates=(r"<MONTH>\s+de\s+<YEAR>",),
    year_dates=(
        r"\b(?:[Ee]m|[Aa]té|[Dd]esde|[Aa]pós|[Aa]ntes\s+de|[Dd]urante|[Dd]e|[Nn]o\s+ano\s+de"
        r"|[Nn]o\s+final\s+de|[Nn]o\s+início\s+de|[Ee]m\s+meados\s+de)\s+<YEAR>",
        r"\(<YEAR>\)",
    ),
    decades=(r"\b(?:os|nos|dos|aos)\s+anos\s+(?P<year>(?:18|19|20)\d0)\b",),
    not_before=(
        r"(?:\b[Dd]esde|\bque\s+em|\b(?:mais|menos)\s+(?:\w+\s+)?(?:do\s+)?que|\bem\s+relação\s+a|\bníveis?\s+de)\s*$"
    ),
    spans=(r"\b(?:[Dd]e|[Ee]ntre)\s+<YEAR>\s+(?:a|e|até)\s+(?:18|19|20)\d{2}",),
    not_names="Em|Até|Desde|Após|Antes|Durante|De|No|Na|O|A|Os|As|Um|Uma|E|Ou",
    quantity_after=r"\s*(?:%|por\s+cento|soldados|km|quilóm)",
    calendar=(
        (r"\besta\s+semana\b", "this", "week"),
        (r"\ba\s+semana\s+passada\b|\bna\s+semana\s+passada\b", "last", "week"),
        (r"\b(?:na\s+)?próxima\s+semana\b", "next", "week"),
        (r"\beste\s+mês\b", "this", "month"),
        (r"\b(?:o|no)\s+mês\s+passado\b", "last", "month"),
        (r"\b(?:no\s+)?próximo\s+mês\b", "next", "month"),
        (r"\beste\s+ano\b", "this", "year"),
        (r"\b(?:o|no)\s+ano\s+passado\b", "last", "year"),
        (r"\b(?:no\s+)?próximo\s+ano\b", "next", "year"),
    ),
    bare_days=(r"\b(?:em\s+|no\s+dia\s+)?<DAY>\s+de\s+<MONTH>\b",),
    bare_months=(r"\b(?:[Ee]m|[Nn]o\s+início\s+de|[Nn]o\s+final\s+de)\s+<MONTH>\b",),
    yesterday=r"\bontem\b",
    tomorrow=r"\bamanhã\b",
    deadline=r"\b(?:[Aa]té|[Aa]ntes\s+d[eo])\b",
    relative_words=("semana", "mês", "ano", "ontem", "amanhã", "há "),
    weekdays=(
        ("segunda-feira", "segunda"),
        ("terça-feira", "terça"),
        ("quarta-feira", "quarta"),
        ("quinta-feira", "quinta"),
        ("sexta-feira", "sexta"),
        ("sábado",),
        ("domingo",),
    ),
    this_weekday=r"\b(?:[Ee]sta|[Nn]esta|[Ee]ste|[Nn]este)",
    weekday_lead=r"(?:\b(?:[Nn]a|[Nn]o)\s+)?",
    until=r"\b[Aa]té\s*$",
    when_after=r"\s*,?\s*(?:quando)\b",
    ago=r"\bhá\s+(?:(?:quase|cerca\s+de|mais\s+de)\s+)?\w+\s+(?:dias|semanas|meses|anos|décadas)\b",
    ahead=r"\b(?:prevista?s?|previsto|próxim[oa]s?|\w{3,}(?:rá|rão))\b",
)

RUSSIAN = DateWords(
    months=(
        ("января", "январе", "январь", "янв"),
        ("февраля", "феврале", "февраль", "фев"),
        ("марта", "марте", "март"),
        ("апреля", "апреле", "апрель", "апр"),
        ("мая", "мае", "май"),
        ("июня", "июне", "июнь"),
        ("июля", "июле", "июль"),
        ("августа", "августе", "август", "авг"),
        ("сентября", "сентябре", "сентябрь", "сен"),
        ("октября", "октябре", "октябрь", "окт"),
        ("ноября", "ноябре", "ноябрь", "ноя"),
        ("декабря", "декабре", "декабрь", "дек"),
    ),
    day_dates=(r"(?<![\d,])<DAY>\s+<MONTH>\.?\s+<YEAR>",),
    month_dates=(r"<MONTH>\.?\s+<YEAR>",),
    year_dates=(
        r"(?<![\w-])(?:[Вв]|[Кк]|[Дд]о|[Пп]осле|[Сс]|[Вв]\s+течение|[Кк]\s+концу|[Вв]\s+конце"
        r"|[Вв]\s+начале|[Вв]\s+середине|[Оо]сенью|[Вв]есной|[Лл]етом|[Зз]имой)\s+<YEAR>"
        r"(?=\s*(?:-?м\b|год\w*|г\.))",
        r"(?<![\w-])<YEAR>(?=\s*(?:год\w*|г\.)(?:\s|$|[,.;]))",
        r"\(<YEAR>\)",
    ),
    decades=(r"(?<![\d,.])(?P<year>(?:18|19|20)\d0)-?(?:х|е|ые|ых)\b",),
    not_before=(
        r"(?:(?<!\w)[Сс]|\bначиная\s+с|\bчем\s+в|\bчем|\bпо\s+сравнению\s+с|\bуровн\w+|\b[Пп]осле"
        r"|\bпоказател\w+)\s*$"
    ),
    spans=(r"(?<!\w)(?:[Сс]|[Оо]т)\s+<YEAR>\s*(?:год\w*|г\.)?\s+(?:по|до)\s+(?:18|19|20)\d{2}",),
    not_names="В|К|До|После|С|Во|На|И|Или|Осенью|Весной|Летом|Зимой",
    quantity_after=r"\s*(?:%|процент|военн|солдат|км|килом)",
    calendar=(
        (r"(?<!\w)на\s+этой\s+неделе\b", "this", "week"),
        (r"(?<!\w)на\s+прошлой\s+неделе\b", "last", "week"),
        (r"(?<!\w)на\s+следующей\s+неделе\b", "next", "week"),
        (r"(?<!\w)в\s+этом\s+месяце\b", "this", "month"),
        (r"(?<!\w)в\s+прошлом\s+месяце\b", "last", "month"),
        (r"(?<!\w)в\s+следующем\s+месяце\b", "next", "month"),
        (r"(?<!\w)в\s+этом\s+году\b", "this", "year"),
        (r"(?<!\w)в\s+прошлом\s+году\b", "last", "year"),
        (r"(?<!\w)в\s+следующем\s+году\b", "next", "year"),
    ),
    bare_days=(r"(?<![\d,])<DAY>\s+<MONTH>\b",),
    bare_months=(
        r"(?<!\w)(?:[Вв]|[Вв]\s+начале|[Вв]\s+конце|[Вв]\s+середине|[Сс])\s+<MONTH>\b(?=\s*,\s*когда)",
        r"(?<!\w)(?:[Вв]|[Вв]\s+начале|[Вв]\s+конце|[Вв]\s+середине)\s+<MONTH>\b",
    ),
    yesterday=r"(?<!\w)вчера\b",
    tomorrow=r"(?<!\w)завтра\b",
    deadline=r"(?<!\w)(?:[Дд]о|[Кк])\s",
    relative_words=("недел", "месяц", "году", "вчера", "завтра", "назад"),
    weekdays=(
        ("понедельник",),
        ("вторник",),
        ("среду", "среда"),
        ("четверг",),
        ("пятницу", "пятница"),
        ("субботу", "суббота"),
        ("воскресенье",),
    ),
    this_weekday=r"(?<!\w)(?:[Вв]\s+эт(?:от|у|о))",
    weekday_lead=r"(?:(?<!\w)(?:[Вв]о?|[Вв]\s+прошл(?:ый|ую|ое))\s+)",
    until=r"(?<!\w)[Дд]о\s*$",
    when_after=r"\s*(?:год\w*|г\.)?\s*,?\s*(?:когда)\b",
    decade_words=_RUSSIAN_DECADES,
    decade_word_dates=(r"(?<!\w)(?:[Вв]|[Кк])\s+<DECADE>\b",),
    ago=r"(?<!\w)(?:почти\s+|около\s+|более\s+)?\w+\s+(?:дн\w+|недел\w+|месяц\w*|лет|год\w*|десятилети\w+)\s+назад\b",
    ahead=(
        r"(?<!\w)(?:будет|будут|планиру\w+|запланирован\w*|предстоящ\w+|намечен\w*"
        r"|пройд[её]т|состоится|начн[её]тся|откроется)\b"
    ),
)

_CHINESE_MONTHS = ("一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二")

# Chinese writes a date in numbers, the year first: 2015年5月8日; a decade is 1990年代.
CHINESE = DateWords(
    months=tuple((f"{n}月", f"{n:02d}月", f"{_CHINESE_MONTHS[n - 1]}月") for n in range(1, 13)),
    day_dates=(r"<YEAR>\s*年\s*<MONTH>\s*<DAY>\s*[日号]",),
    month_dates=(r"<YEAR>\s*年\s*<MONTH>",),
    year_dates=(r"<YEAR>\s*年(?!\s*代)",),
    decades=(r"(?P<year>(?:18|19|20)\d0)\s*年代",),
    not_before=r"(?:自|从|比|较)\s*$",
    spans=(r"<YEAR>\s*年?\s*(?:至|到|—|~)\s*(?:18|19|20)\d{2}\s*年",),
    not_names="(?!)",
    names=r"(?!)",
    quantity_after=r"\s*(?:%|万|亿|吨|公里|人|名)",
    months_case_blind=False,
    weekdays=(
        ("星期一", "周一"),
        ("星期二", "周二"),
        ("星期三", "周三"),
        ("星期四", "周四"),
        ("星期五", "周五"),
        ("星期六", "周六"),
        ("星期日", "星期天", "周日"),
    ),
)

# Months as Kyrgyz, Uzbek Cyrillic and Tajik write them, from the Russian: each also
# without its soft sign, as it stands before a suffix or an ezafe ("октябрда", "октябри").
_SOVIET_MONTHS = tuple(
    (name, name.removesuffix("ь"))
    for name in (
        "январь", "февраль", "март", "апрель", "май", "июнь",
        "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь",
    )
)  # fmt: skip
_KAZAKH_MONTHS = (
    "қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым",
    "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан",
)  # fmt: skip
_UZBEK_LATIN_MONTHS = (
    "yanvar", "fevral", "mart", "aprel", "may", "iyun",
    "iyul", "avgust", "sentabr", "oktabr", "noyabr", "dekabr",
)  # fmt: skip
# A date a span starts from, as Turkic writes it: the date, "from", then "since":
# "2020-yil dekabridan buyon", "7 қазаннан бастап".
_TURKIC_SINCE = (
    r"[^.!?]{0,25}?(?:dan|дан|ден|тан|тен|нан|нен)\s+(?:buyon|beri|бері|бери|буён|бастап|баштап)"
)
# A day or month with no year is relative, unless a year stands before it, as Turkic
# writes it ("2024-yil mart oyida"), or it opens or closes a span ("1 сәуірден бастап",
# "14-сентябрга чейин").
_NO_YEAR_BEFORE = (
    r"(?<!yil )(?<!йил )(?<!жылғы )(?<!жылдың )(?<!жылы )(?<!жылдын )(?<!yilning )(?<!йилнинг )"
)
_NO_SPAN_AFTER = r"(?!\w*\s+(?:бастап|баштап|бері|бери|buyon|beri|буён|дейін|шейін|чейин))"
_TURKIC_QUANTITIES = r"\s*(?:%|пайыз|пайиз|foiz|фоиз|тонна|tonna|км|km|доллар|dollar)"
# The shapes Kazakh, Kyrgyz and Uzbek share: a day and month, then the year
# ("17-октябрда 2023"); a month and the year; a day and month with no year.
_TURKIC_DAY_DATE = r"(?<![\d,])<DAY>\s*-?\s*<MONTH>\w*,?\s+<YEAR>"
_TURKIC_MONTH_DATE = r"<MONTH>\w*\s+<YEAR>"
_TURKIC_BARE_DAY = rf"{_NO_YEAR_BEFORE}(?<![\d,])<DAY>\s*-?\s*<MONTH>{_NO_SPAN_AFTER}"
_TURKIC_DECADE = r"(?P<year>(?:18|19|20)\d0)\s*-?\s*жылдар"  # "1990 жылдары"

# Kazakh writes the year first, its day and month after it: "2023 жылғы 17 қазан";
# "2023 жылы" is "in 2023", "2022 жылдан бері" "since 2022". Suffixes follow a month
# ("17 қазанда"), so a month's name is matched as the start of its word.
KAZAKH = DateWords(
    months=tuple((name,) for name in _KAZAKH_MONTHS),
    day_dates=(
        r"<YEAR>\s*(?:жылғы|жылдың|ж\.)\s+<DAY>\s*-?\s*<MONTH>",
        _TURKIC_DAY_DATE,
    ),
    month_dates=(r"<YEAR>\s*(?:жылғы|жылдың)\s+<MONTH>", _TURKIC_MONTH_DATE),
    year_dates=(r"<YEAR>\s*(?:жылы|жылғы|жылда|жылдың)(?!\w)",),
    decades=(_TURKIC_DECADE,),
    not_before=r"(?!)",
    spans=(rf"<YEAR>(?:\s*жылдан\s+(?:18|19|20)\d{{2}}|{_TURKIC_SINCE})",),
    not_names="(?!)",
    names=r"(?!)",
    quantity_after=_TURKIC_QUANTITIES,
    months_case_blind=True,
    calendar=(
        (r"(?<!\w)(?:биыл\w*|осы\s+жылы)(?!\w)", "this", "year"),
        (r"(?<!\w)(?:былтыр|өткен\s+жылы)(?!\w)", "last", "year"),
        (r"(?<!\w)келесі\s+жылы(?!\w)", "next", "year"),
        (r"(?<!\w)өткен\s+айда(?!\w)", "last", "month"),
        (r"(?<!\w)келесі\s+айда(?!\w)", "next", "month"),
        (r"(?<!\w)өткен\s+аптада(?!\w)", "last", "week"),
    ),
    relative_words=("биыл", "былтыр", "жылы", "айда", "аптада"),
    bare_days=(_TURKIC_BARE_DAY,),
    bare_months=(rf"{_NO_YEAR_BEFORE}(?<!\w)<MONTH>\s+айында",),
    ahead=r"(?<!\w)(?:болады|өтеді|өтпек|жоспарлан\w*|күтілуде|басталады|аяқталады)(?!\w)",
)

# Kyrgyz joins the number to its word with a hyphen: "2023-жылы", "17-октябрда".
KYRGYZ = DateWords(
    months=_SOVIET_MONTHS,
    day_dates=(
        r"<YEAR>\s*-?\s*(?:жылдын|жылы|ж\.)\s+<DAY>\s*-?\s*<MONTH>",
        _TURKIC_DAY_DATE,
    ),
    month_dates=(r"<YEAR>\s*-?\s*жылдын\s+<MONTH>", _TURKIC_MONTH_DATE),
    year_dates=(r"<YEAR>\s*-?\s*(?:жылы|жылдын|жылкы|жылда|ж\.)(?!\w)",),
    decades=(_TURKIC_DECADE,),
    not_before=r"(?!)",
    spans=(rf"<YEAR>(?:\s*-?\s*жылдан\s+(?:18|19|20)\d{{2}}|{_TURKIC_SINCE})",),
    not_names="(?!)",
    names=r"(?!)",
    quantity_after=_TURKIC_QUANTITIES,
    calendar=(
        (r"(?<!\w)(?:быйыл|ушул\s+жылы)(?!\w)", "this", "year"),
        (r"(?<!\w)(?:былтыр|өткөн\s+жылы)(?!\w)", "last", "year"),
        (r"(?<!\w)(?:кийинки|келерки)\s+жылы(?!\w)", "next", "year"),
        (r"(?<!\w)өткөн\s+айда(?!\w)", "last", "month"),
        (r"(?<!\w)өткөн\s+жумада(?!\w)", "last", "week"),
    ),
    relative_words=("быйыл", "былтыр", "жылы", "айда", "жумада"),
    bare_days=(_TURKIC_BARE_DAY,),
    bare_months=(
        rf"{_NO_YEAR_BEFORE}(?<!\w)<MONTH>\s+айында",
        rf"{_NO_YEAR_BEFORE}(?<!\w)<MONTH>(?:да|до|де|дө|та|то)(?!\w)",
    ),
    ahead=r"(?<!\w)(?:болот|өтөт|өтө\s+турган|пландалган|күтүлүүдө|башталат)(?!\w)",
)

# Uzbek, in Latin and Cyrillic: "2023-yil 17-oktabr", "2023-yilda", "2023 йил 17 октябрь".
UZBEK = DateWords(
    months=tuple(
        (latin, *cyrillic)
        for latin, cyrillic in zip(_UZBEK_LATIN_MONTHS, _SOVIET_MONTHS, strict=True)
    ),
    day_dates=(
        r"<YEAR>\s*-?\s*(?:yil|йил)(?:ning|нинг)?\s+<DAY>\s*-?\s*<MONTH>",
        _TURKIC_DAY_DATE,
    ),
    month_dates=(
        r"<YEAR>\s*-?\s*(?:yil|йил)(?:ning|нинг)?\s+<MONTH>",
        _TURKIC_MONTH_DATE,
    ),
    year_dates=(r"<YEAR>\s*-?\s*(?:yil(?:da|ning|gi)?|йил(?:да|нинг|ги)?)(?![\wʻ'’‘])",),
    decades=(r"(?P<year>(?:18|19|20)\d0)\s*-?\s*(?:yillar|йиллар)",),
    not_before=r"(?!)",
    spans=(rf"<YEAR>(?:\s*-?\s*(?:yildan|йилдан)\s+(?:18|19|20)\d{{2}}|{_TURKIC_SINCE})",),
    not_names="(?!)",
    names=r"(?!)",
    quantity_after=_TURKIC_QUANTITIES,
    calendar=(
        (r"(?<!\w)(?:[Bb]u\s+yil|[Jj]oriy\s+yil|[Бб]у\s+йил|[Жж]орий\s+йил)", "this", "year"),
        (r"(?<!\w)(?:[Oo][ʻ'‘’]tgan\s+yil|[Ўў]тган\s+йил)", "last", "year"),
        (r"(?<!\w)(?:[Kk]elgusi\s+yil|[Kk]eyingi\s+yil|[Кк]елгуси\s+йил)", "next", "year"),
        (r"(?<!\w)(?:[Oo][ʻ'‘’]tgan\s+oy|[Ўў]тган\s+ой)", "last", "month"),
        (r"(?<!\w)(?:[Oo][ʻ'‘’]tgan\s+hafta|[Ўў]тган\s+ҳафта)", "last", "week"),
    ),
    relative_words=("yil", "йил", " oy", " ой", "hafta", "ҳафта"),
    bare_days=(_TURKIC_BARE_DAY,),
    bare_months=(rf"{_NO_YEAR_BEFORE}(?<!\w)<MONTH>\s+(?:oyida|ойида)",),
    ahead=(
        r"(?<!\w)(?:bo[ʻ'‘’]ladi|o[ʻ'‘’]tadi|rejalashtirilgan|kutilmoqda|бўлади|ўтади"
        r"|режалаштирилган|кутилмоқда)(?!\w)"
    ),
)

# Tajik puts the year after "соли" (year of), the day before the month with an ezafe:
# "17 октябри соли 2023"; "аз соли 2022" is "since 2022".
TAJIK = DateWords(
    months=_SOVIET_MONTHS,
    day_dates=(r"(?<![\d,])<DAY>\s*-?\s*(?:уми\s+)?<MONTH>и?\s+(?:соли\s+)?<YEAR>",),
    month_dates=(r"<MONTH>и?\s+(?:соли\s+)?<YEAR>",),
    year_dates=(r"(?<![Аа]з\s)(?<!\w)(?:[Сс]оли|[Сс]олҳои)\s+<YEAR>(?!\s*-)",),
    decades=(r"(?<!\w)[Сс]олҳои\s+(?P<year>(?:18|19|20)\d0)(?:-ум|-юм)?(?!\s*-\s*\d)",),
    not_before=r"(?:(?<!\w)аз\s+соли|(?<!\w)нисбат\s+ба\s+соли)\s*$",
    spans=(r"(?<!\w)[Аа]з\s+соли\s+<YEAR>",),
    not_names="(?!)",
    names=r"(?!)",
    quantity_after=r"\s*(?:%|фоиз|тонна|км|доллар|сомонӣ)",
    calendar=(
        (r"(?<!\w)(?:имсол|соли\s+ҷорӣ)(?!\w)", "this", "year"),
        (r"(?<!\w)(?:соли\s+гузашта|порсол)(?!\w)", "last", "year"),
        (r"(?<!\w)соли\s+оянда(?!\w)", "next", "year"),
        (r"(?<!\w)моҳи\s+гузашта(?!\w)", "last", "month"),
        (r"(?<!\w)ҳафтаи\s+гузашта(?!\w)", "last", "week"),
    ),
    relative_words=("имсол", "соли", "порсол", "моҳи", "ҳафтаи"),
    bare_days=(r"(?<![\d,])<DAY>\s*-?\s*<MONTH>(?!и?\s+соли)",),
    bare_months=(r"(?<!\w)моҳи\s+<MONTH>(?!и?\s+соли)",),
    ahead=(
        r"(?<!\w)(?:мешавад|мегардад|пешбинӣ\s+шудааст|ба\s+нақша|хоҳад|баргузор\s+мегардад)"
        r"(?!\w)"
    ),
)

DATE_WORDS = {
    "kk": KAZAKH,
    "ky": KYRGYZ,
    "uz": UZBEK,
    "tg": TAJIK,
    "en": ENGLISH,
    "fr": FRENCH,
    "de": GERMAN,
    "es": SPANISH,
    "it": ITALIAN,
    "pt": PORTUGUESE,
    "ru": RUSSIAN,
    "zh": CHINESE,
}


def date_words(language: str | None) -> DateWords:
    return DATE_WORDS.get(primary_language(language).lower(), ENGLISH)
