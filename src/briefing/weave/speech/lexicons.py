"""The words other languages than English report speech by: the lexicons of reported.py.

Each language has its quotation marks, its verbs of saying as they stand beside a
quotation (in the forms a report uses: the past, the present, the compound past),
the words that attribute words to someone ("according to"), its pronouns, and the
words that end a speaker named after the verb ("said the minister in Astana").
A verb form is written whole; reported.py matches words, never parts of words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from ...model import primary_language


def _words(*groups: str) -> frozenset[str]:
    return frozenset(word for group in groups for word in group.split())


def _phrases(phrases: str) -> frozenset[str]:
    """Phrases of one word or more, between bars: "по словам|по мнению"."""
    return frozenset(phrase.strip() for phrase in phrases.split("|"))


_UZBEK_MARKS = "ʻʼ’‘'"  # the marks Uzbek's oʻ, gʻ and its glottal stop are written with


def _any_mark(words: frozenset[str]) -> frozenset[str]:
    """Each word as written with any of the marks Uzbek writes ʻ and ʼ with."""
    spelt = set(words)
    for word in words:
        for mark in _UZBEK_MARKS:
            spelt.add("".join(mark if c in _UZBEK_MARKS else c for c in word))
    return frozenset(spelt)


def _compound(auxiliaries: str, participles: str) -> frozenset[str]:
    """The compound forms: "a déclaré", "ont déclaré", … of each auxiliary and participle."""
    return frozenset(f"{a} {p}" for a in auxiliaries.split() for p in participles.split())


@dataclass(frozen=True)
class Lexicon:
    marks: tuple[tuple[str, str], ...]  # (opening, closing), outermost first
    saying: frozenset[str]  # verb forms, lower case: "заявил", "a déclaré", "sagte"
    calling: frozenset[str]  # verbs whose object is the quoted words: "назвал"
    passive: frozenset[str]  # the words right before quoted words said by no one stated
    according: frozenset[str]  # "по словам", "selon": the speaker follows, then a comma
    leading: frozenset[str]  # "pour", "para": as "according", only opening a sentence
    as_word: str  # "как", "comme": with a verb of saying, as "according": "как сказал X, «…»"
    pronouns: frozenset[str]  # subject pronouns a speaker after the verb may be
    ending: frozenset[str]  # words after which a speaker named after its verb has ended
    times: frozenset[str]  # words of time, which may stand between a verb and its speaker
    clitics: frozenset[str]  # pronouns before a verb, no part of its subject: "me lo resumió"
    addressee: str  # a pattern of those spoken to, before a speaker: "журналистам", "a la prensa"
    articles: frozenset[str]  # left out of a role: "le porte-parole" is "porte-parole"
    # The definite ones: "el portavoz del Kremlin, Dmitri Peskov" is Peskov, where "un
    # conseiller du président, Kassym-Jomart Tokaïev" is not Tokaïev.
    definite: frozenset[str]
    joining: frozenset[str]  # "и", "et": actors joined speak together
    clause: frozenset[str]  # "что", "que": the words reported follow
    pro_drop: bool = False  # a verb with no subject after it speaks for the last speaker
    # Words right after the quoted words that report them as said by the subject before
    # them, in a language that puts its verb last: "Министр «…» деп мәлімдеді".
    quotative: frozenset[str] = frozenset()
    # The verb that may follow a quotative before a speaker named after it: "«…», – деп
    # атап өтті министр" (деп is the verb of saying; "атап өтті" ends it).
    verb_tail: frozenset[str] = frozenset()
    # Words that attribute what follows to the speaker named before them, as Turkic has
    # it: "Ерғали Бекмұхамбетовтың айтуынша, «…»" (in Ерғали Бекмұхамбетов's words).
    according_after: frozenset[str] = frozenset()

    # Made once per language, for every paragraph read in it:
    @cached_property
    def ends(self) -> frozenset[str]:
        """The words a speaker named after its verb stops at."""
        return self.ending | self.times

    @cached_property
    def verbs(self) -> frozenset[str]:
        """The verbs a speaker before the quoted words reports them by."""
        return self.saying | self.calling

    @cached_property
    def attributing(self) -> frozenset[str]:
        """The words that open a sentence attributing what follows to someone."""
        return self.according | self.leading

    @cached_property
    def spoken_to(self) -> re.Pattern[str]:
        return re.compile(self.addressee)


RUSSIAN = Lexicon(
    marks=(("«", "»"), ("„", "“"), ("“", "”"), ('"', '"')),
    saying=_words(
        "сказал сказала сказали говорит говорят говорил говорила заявил заявила заявили",
        "заявляет отметил отметила отметили отмечает подчеркнул подчеркнула подчеркнули",
        "подчеркивает подчёркивает добавил добавила добавили пояснил пояснила пояснили",
        "рассказал рассказала рассказали сообщил сообщила сообщили сообщает написал",
        "написала написали пишет считает считают уверен уверена предупредил предупредила",
        "признал признала заключил заключила ответил ответила объяснил объяснила",
        "констатировал констатировала резюмировал уточнил уточнила убежден убеждён",
        "полагает полагают отмечают заметил заметила процитировал цитирует говорится",
        "рассказывают пишут резюмировала признаётся признается вспоминает заверил заверила",
        "напомнил напомнила подытожил подытожила признался призналась добавляет поясняет",
    ),
    calling=_words(
        "назвал назвала назвали называет называют охарактеризовал охарактеризовала",
        "называл называла говорил говорят пишут выразил выразила выразили",
    ),
    passive=_phrases(
        "назван|названа|названо|названы|был назван|была названа|были названы"
        "|охарактеризован как|охарактеризована как|охарактеризованы как|называют"
    ),
    according=_phrases("по словам|по мнению|говорится в|отмечается в|сообщается в"),
    leading=frozenset(),
    as_word="как",
    pronouns=_words("он она они него неё нее них ему ей им"),
    ending=_words("в во на после перед также который которая которые"),
    times=_words("накануне вчера сегодня"),
    clitics=frozenset(),
    addressee=r"(?:журналистам|корреспонденту|корреспондентам|изданию|агентству|газете"
    r"|телеканалу|радиостанции|порталу|в интервью|в беседе с)(?:\s+«[^»]*»|\s+[А-ЯЁA-Z][\w-]*)?",
    articles=frozenset(),
    definite=frozenset(),
    joining=_words("и ,"),
    clause=_words("что чтобы"),
)

FRENCH = Lexicon(
    marks=(("«", "»"), ("“", "”"), ('"', '"'), ("‹", "›")),
    saying=_compound(
        "a ont avait avaient",
        "déclaré dit affirmé expliqué ajouté souligné estimé indiqué précisé assuré averti"
        " prévenu insisté rappelé confié martelé résumé noté observé jugé reconnu répondu écrit"
        " lancé tranché conclu relevé",
    )
    | _words(
        "déclare dit affirme explique ajoute souligne estime indique précise assure avertit",
        "insiste rappelle confie martèle résume note observe juge reconnaît répond écrit",
        "lance tranche conclut relève analyse commente poursuit résumait expliquait",
        "déclarait disait affirmait estimait soulignait ajoutait résumait confiait",
    ),
    calling=_compound("a ont", "qualifié appelé décrit dénoncé évoqué salué proposé")
    | _words("qualifie appelle décrit dénonce évoque salue promettait parle parlait juge")
    | _compound("a ont", "jugé"),
    passive=_phrases(
        "qualifié de|qualifiée de|qualifiés de|qualifiées de|qualifié d'|qualifiée d'"
        "|qualifié d’|qualifiée d’|décrit comme|décrite comme|présenté comme|présentée comme"
    ),
    according=_phrases("selon|d'après|d’après"),
    leading=_words("pour"),
    as_word="comme",
    pronouns=_words("il elle ils elles on lui eux"),
    ending=_words(
        "à au aux lors dans devant en sur pendant après avant qui dont cité citée cités citées"
    ),
    times=_words("lundi mardi mercredi jeudi vendredi samedi dimanche hier aujourd'hui"),
    clitics=_words("me m' m’ te t' t’ se s' s’ nous vous lui leur le la l' l’ les y en"),
    addressee=r"(?:à|au|aux) (?:la presse|l['’]AFP|l['’]agence \w+|[A-Z][\w-]*)",
    articles=_words("le la les l' l’ un une des"),
    definite=_words("le la les l' l’"),
    joining=_words("et ,"),
    clause=_words("que qu' qu’"),
)

GERMAN = Lexicon(
    marks=(("„", "“"), ("»", "«"), ("«", "»"), ("“", "”"), ('"', '"'), ("‚", "‘")),
    saying=_words(
        "sagte sagt sagten sagen erklärte erklärt erklärten betonte betont betonten meinte",
        "meint schrieb schreibt warnte warnt kritisierte kritisiert ergänzte ergänzt",
        "unterstrich unterstreicht bekräftigte bekräftigt versicherte versichert räumte",
        "stellte antwortete antwortet erläuterte erläutert bilanzierte resümierte urteilte",
        "urteilt mahnte mahnt forderte fordert hieß heißt fügte fügt teilte teilt",
        "kommentierte kommentiert zitierte",
    )
    | _compound("hat haben", "gesagt erklärt betont"),
    calling=_words("nannte nennt nannten bezeichnete bezeichnet bezeichneten sprach spricht"),
    passive=frozenset(),
    according=_phrases("laut|so|heißt es in|heißt es im|nach worten|nach angaben"),
    leading=_words("für"),
    as_word="wie",
    pronouns=_words("er sie ihm ihr ihnen"),
    ending=_words("am im in bei auf vor nach gegenüber während mit zu zum zur hinzu fest ein aus"),
    times=_words("gestern heute montag dienstag mittwoch donnerstag freitag samstag sonntag"),
    clitics=frozenset(),
    addressee=r"gegenüber (?:der|dem|den)? ?[\w-]+",
    articles=_words("der die das den dem ein eine einer"),
    definite=_words("der die das den dem"),
    joining=_words("und ,"),
    clause=_words("dass"),
)

SPANISH = Lexicon(
    marks=(("«", "»"), ("“", "”"), ('"', '"'), ("‘", "’")),
    saying=_words(
        "dijo afirmó declaró señaló explicó añadió agregó aseguró indicó subrayó destacó",
        "advirtió sostuvo insistió reconoció apuntó precisó comentó escribió respondió",
        "resume resumió cuenta contó relata relató reconoce detalló puntualizó sentenció",
        "lamentó remarcó matizó zanjó",
        "manifestó expresó concluyó recordó alertó denunció",
        "dice afirma declara señala explica añade agrega asegura indica subraya destaca",
        "advierte sostiene insiste reconoce apunta precisa comenta escribe responde",
    )
    | _compound(
        "ha han",
        "dicho afirmado declarado señalado explicado añadido asegurado subrayado destacado"
        " advertido indicado",
    ),
    calling=_words("calificó calificaron califica llamó definió describió tachó rechazó"),
    passive=_phrases(
        "calificado de|calificada de|calificados de|calificadas de|descrito como"
        "|descrita como|definido como|definida como"
    ),
    according=_phrases("según|en palabras de|a juicio de"),
    leading=_words("para"),
    as_word="como",
    pronouns=_words("él ella ellos ellas"),
    ending=_words("a al en durante ante tras desde con por para quien que citado citada citados"),
    times=_words("ayer hoy lunes martes miércoles jueves viernes sábado domingo"),
    clitics=_words("me te se nos os le les lo la los las"),
    addressee=r"a (?:la prensa|los periodistas|periodistas|la agencia \w+|[A-Z][\w-]*)",
    articles=_words("el la los las un una"),
    definite=_words("el la los las"),
    joining=_words("y e ,"),
    clause=_words("que"),
    pro_drop=True,
)

ITALIAN = Lexicon(
    marks=(("«", "»"), ("“", "”"), ('"', '"'), ("‘", "’")),
    saying=_compound(
        "ha hanno",
        "detto dichiarato affermato spiegato aggiunto sottolineato osservato precisato"
        " ricordato avvertito ammesso scritto commentato concluso evidenziato ribadito"
        " confidato confermato",
    )
    | _words(
        "dice dichiara afferma spiega aggiunge sottolinea osserva precisa ricorda avverte",
        "ammette scrive commenta conclude evidenzia disse dichiarò affermò spiegò aggiunse",
        "sottolineò osservò racconta raccontò",
    ),
    calling=_compound("ha hanno", "definito chiamato bollato") | _words("definisce chiama"),
    passive=_phrases(
        "stato definito|stata definita|stati definiti|state definite|definito come"
        "|definita come|descritto come|descritta come"
    ),
    according=_phrases("secondo|a detta di"),
    leading=_words("per"),
    as_word="come",
    pronouns=_words("lui lei loro"),
    ending=_words("a al alla in nel nella durante davanti dopo con per da dal che citato citata"),
    times=_words("ieri oggi lunedì martedì mercoledì giovedì venerdì sabato domenica"),
    clitics=_words("mi ti ci vi gli le lo la li si ne"),
    addressee=r"(?:alla stampa|ai giornalisti|all['’]agenzia \w+|a [A-Z][\w-]*)",
    articles=_words("il lo la l' l’ i gli le un una uno"),
    definite=_words("il lo la l' l’ i gli le"),
    joining=_words("e ed ,"),
    clause=_words("che"),
    pro_drop=True,
)

PORTUGUESE = Lexicon(
    marks=(("“", "”"), ("«", "»"), ('"', '"'), ("‘", "’")),
    saying=_words(
        "disse afirmou declarou explicou acrescentou sublinhou destacou ressaltou observou",
        "salientou assegurou garantiu advertiu alertou escreveu respondeu comentou",
        "concluiu admitiu reconheceu apontou frisou insistiu resume resumiu defendeu",
        "considerou referiu lembrou precisou sustentou realçou vincou",
        "diz afirma declara explica acrescenta sublinha destaca ressalta observa",
        "salienta assegura garante adverte alerta escreve responde comenta conclui",
    ),
    calling=_words("classificou chamou definiu descreveu classifica chama define"),
    passive=_phrases(
        "descrito como|descrita como|descritos como|descritas como|classificado de"
        "|classificada de|classificado como|classificada como|considerado|considerada"
    ),
    according=_phrases("segundo|de acordo com"),
    leading=_words("para"),
    as_word="como",
    pronouns=_words("ele ela eles elas"),
    ending=_words("a à ao em no na durante perante após com por para que citado citada"),
    times=_words(
        "ontem hoje segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado",
        "domingo",
    ),
    clitics=_words("me te se nos lhe lhes o a os as"),
    addressee=r"(?:à imprensa|aos jornalistas|à agência \w+|à [A-Z][\w-]*)",
    articles=_words("o a os as um uma"),
    definite=_words("o a os as"),
    joining=_words("e ,"),
    clause=_words("que"),
    pro_drop=True,
)

# The Turkic languages of the region put the verb last and quote with "saying": the
# words, a quotative (деп, deb), then the verb ("«…» деп мәлімдеді"); or, as Russian
# does, the words, a dash and the verb with its speaker after ("«…», – деді министр").
KAZAKH = Lexicon(
    marks=(("«", "»"), ("„", "“"), ("“", "”"), ('"', '"')),
    saying=_words(
        "деді дейді деген айтты айтады мәлімдеді мәлімдейді хабарлады хабарлайды түсіндірді",
        "жазды жазады қосты деп сендірді",
    )
    | _phrases("атап өтті|атап көрсетті|пікір білдірді|ой бөлісті"),
    calling=frozenset(),
    passive=frozenset(),
    according=frozenset(),
    leading=frozenset(),
    as_word="",
    pronouns=_words("ол олар"),
    ending=_words("де да"),
    times=_words("кеше бүгін"),
    clitics=frozenset(),
    addressee=r"(?:журналистерге|тілшісіне|тілшілерге|брифингте|сұхбатында)",
    articles=frozenset(),
    definite=frozenset(),
    joining=_words("мен және ,"),
    clause=frozenset(),
    pro_drop=True,
    quotative=_words("деп деді дейді деген"),
    verb_tail=_words("атап өтті көрсетті мәлімдеді айтты хабарлады түсіндірді қосты жазды"),
    according_after=_words("айтуынша сөзінше пікірінше хабарлауынша мәліметінше деуінше"),
)

KYRGYZ = Lexicon(
    marks=(("«", "»"), ("„", "“"), ("“", "”"), ('"', '"')),
    saying=_words(
        "деди дейт деген айтты айтат билдирди белгиледи кошумчалады түшүндүрдү жазды деп",
        "маалымдады билдирет",
    )
    | _phrases("баса белгиледи|белгилеп өттү"),
    calling=frozenset(),
    passive=frozenset(),
    according=frozenset(),
    leading=frozenset(),
    as_word="",
    pronouns=_words("ал алар"),
    ending=_words("да де"),
    times=_words("кечээ бүгүн"),
    clitics=frozenset(),
    addressee=r"(?:журналисттерге|кабарчысына|маегинде|брифингде)",
    articles=frozenset(),
    definite=frozenset(),
    joining=_words("менен жана ,"),
    clause=frozenset(),
    pro_drop=True,
    quotative=_words("деп деди дейт деген"),
    according_after=_words("айтымында пикиринде билдирүүсүндө")
    | _phrases("сөзүнө караганда|маалыматына караганда|билдирүүсүнө караганда"),
    verb_tail=_words("баса белгиледи билдирди айтты кошумчалады маалымдады түшүндүрдү жазды өттү"),
)

UZBEK = Lexicon(
    marks=(("«", "»"), ("„", "“"), ("“", "”"), ('"', '"')),
    saying=_any_mark(
        _words(
            "dedi deydi aytdi bildirdi taʼkidladi yozdi deb deya",
            "деди дейди айтди билдирди таъкидлади ёзди деб дея",
        )
        | _phrases("maʼlum qildi|qoʻshimcha qildi|маълум қилди|қўшимча қилди")
    ),
    calling=frozenset(),
    passive=frozenset(),
    according=frozenset(),
    leading=frozenset(),
    as_word="",
    pronouns=_words("u ular у улар"),
    ending=_words("ham ҳам"),
    times=_words("kecha bugun кеча бугун"),
    clitics=frozenset(),
    addressee=r"(?:jurnalistlarga|muxbiriga|журналистларга|мухбирига)",
    articles=frozenset(),
    definite=frozenset(),
    joining=_words("va bilan ва билан ,"),
    clause=frozenset(),
    pro_drop=True,
    quotative=_words("deb deya dedi deydi деб дея деди дейди"),
    according_after=_any_mark(
        _words("aytishicha fikricha айтишича фикрича")
        | _phrases(
            "soʻzlariga koʻra|maʼlumotiga koʻra|xabar berishicha|сўзларига кўра"
            "|маълумотига кўра|хабар беришича"
        )
    ),
    verb_tail=_any_mark(
        _words(
            "taʼkidladi bildirdi aytdi yozdi qildi maʼlum qoʻshimcha",
            "таъкидлади билдирди айтди ёзди қилди маълум қўшимча",
        )
    ),
)

TAJIK = Lexicon(
    marks=(("«", "»"), ("„", "“"), ("“", "”"), ('"', '"')),
    saying=_words("гуфт гуфтааст мегӯяд афзуд навишт меафзояд")
    | _phrases("изҳор дошт|қайд кард|иброз дошт|таъкид кард|хабар дод|изҳор кард"),
    calling=frozenset(),
    passive=frozenset(),
    according=_phrases("ба гуфтаи|ба қавли|тибқи хабари|бино ба гуфтаи|ба андешаи|ба иттилои"),
    leading=frozenset(),
    as_word="",
    pronouns=_words("ӯ вай онҳо"),
    ending=_words("дар бо"),
    times=_words("дирӯз имрӯз"),
    clitics=frozenset(),
    addressee=r"(?:ба хабарнигорон|ба рӯзноманигорон|ба хабарнигори)",
    articles=frozenset(),
    definite=frozenset(),
    joining=_words("ва ,"),
    clause=_words("ки"),
    pro_drop=True,
    quotative=_words("гуфт гуфтааст"),
)

LEXICONS = {
    "kk": KAZAKH,
    "ky": KYRGYZ,
    "uz": UZBEK,
    "tg": TAJIK,
    "ru": RUSSIAN,
    "fr": FRENCH,
    "de": GERMAN,
    "es": SPANISH,
    "it": ITALIAN,
    "pt": PORTUGUESE,
}


def lexicon(language: str | None) -> Lexicon | None:
    """The lexicon of a language code ("pt-BR" is Portuguese), or None for one not known."""
    return LEXICONS.get(primary_language(language).lower())
