"""The words reporting speaks by, in English: the lexicon of speech.py's frames and
speakers. Each set is written as its words, forms and all; a form more often a noun
than a verb ("remarks", "states") is left out."""

from __future__ import annotations


def word_set(*groups: str) -> frozenset[str]:
    return frozenset(word for group in groups for word in group.split())


# Verbs of saying, thinking and proposing that anyone may speak by.
SPEECH_VERBS = word_set(
    "say says said saying tell tells told add adds added argue argues argued note notes noted",
    "warn warns warned explain explains explained write writes wrote written stress stresses",
    "stressed insist insists insisted observe observes observed stated claim claimed declare",
    "declares declared announce announces announced praise praised hail hails hailed call",
    "called calls describe describes described term termed dub dubs dubbed label labels",
    "labelled labeled brand branded promote promotes promoted tout touts touted champion",
    "championed urge urges urged demand demanded propose proposes proposed suggest suggests",
    "suggested recommend recommends recommended consider considers considered believe",
    "believes believed think thinks thought fear feared hope hoped expect expects expected",
    "acknowledge acknowledges acknowledged admit admits admitted concede concedes conceded",
    "assert asserts asserted maintain maintains maintained contend contends contended",
    "emphasise emphasises emphasised emphasize emphasizes emphasized underline underlines",
    "underlined remarked commented reply replies replied respond responds responded ask asks",
    "asked recall recalls recalled predict predicts predicted conclude concludes concluded",
    "agree agrees agreed deny denies denied pledged promised vowed complained tweeted",
    "reported quoted cited summed",
)
# Those whose object is a thing or a person, not a clause: their reach ends at a comma.
OBJECT_VERBS = word_set(
    "written praise praised hail hails hailed call called calls describe describes described",
    "term termed dub dubs dubbed label labels labelled labeled brand branded promote promotes",
    "promoted tout touts touted champion championed urge urges urged demand demanded propose",
    "proposes proposed recommend recommends recommended consider considers considered respond",
    "responds responded ask asks asked quoted cited summed",
)
CLAUSE_VERBS = SPEECH_VERBS - OBJECT_VERBS
# Verbs by which a document, and only a document, says something.
CONTENT_VERBS = word_set(
    "entail entails entailed involve involves involved envisage envisages envisaged envision",
    "envisions envisioned stipulate stipulates stipulated outline outlines outlined",
)
# Verbs whose subject speaks, whatever it is: "a woman selling jackets told me", where
# "the rupture underlined" or "the data suggest" make no speaker.
SAYING = word_set(
    "say says said saying tell tells told add adds added write writes wrote ask asks asked",
    "reply replies replied explain explains explained insist insists insisted",
)
# Verbs that end a quotation with the speaker after them: “…,” said X.
INVERTING = word_set(
    "said says added adds wrote writes argued argues noted notes explained explains warned",
    "warns observed insisted stressed asked replied recalled declared stated concluded remarked",
    "commented continued",
)
PARTICIPLES = word_set("said told written thought")
QUOTING = word_set("quoted cited")  # "X was quoted as saying": X speaks
BE = word_set("is are was were be been being am")
AUXILIARIES = BE | word_set(
    "has have had do does did will would shall should can could may might must"
)
DETERMINERS = word_set("the a an this that these those its their his her our my your such")
PRONOUNS = word_set("he she it they")
ADVERBS = word_set(
    "also further nonetheless nevertheless however still then now again once later earlier",
    "already often repeatedly never always just not too even yesterday today soon thus",
)
# Verbs that lead to the verb of saying: "officials keep saying", "wants to promote".
LEADING = word_set(
    "keep keeps kept continue continues continued begin begins began start starts started go",
    "goes went tend tends tended want wants wanted seem seems seemed appear appears appeared",
    "like likes liked try tries tried used",
)
TIME_WORDS = word_set(
    "week month year weekend morning afternoon evening night day monday tuesday wednesday",
    "thursday friday saturday sunday january february march april may june july august",
    "september october november december",
)
TIME_LEADS = word_set("this last next that on in earlier late early")
# Words that open a clause or phrase of their own: a subject never runs over them.
CLAUSE_WORDS = word_set(
    "that which who whom whose where when while whilst because since although though but or",
    "if as than so after before despite nor yet whereas until unless whether what according",
)
# Words after a speaker named after the verb that are no longer part of the name.
AFTER_SPEAKER = (
    CLAUSE_WORDS
    | AUXILIARIES
    | word_set(
        "in on at during to with without adding noting told last this yesterday today by from"
    )
)
PREPOSITIONS = word_set("in on at by for from during after before since with among between")
TITLE_SMALL_WORDS = word_set("of and the a an on in for to at by with or")

# Words that name a source when the gazetteer does not know it: people, bodies, groups.
PEOPLE = word_set(
    "official expert analyst scholar observer critic diplomat minister spokesman spokeswoman",
    "spokesperson president leader researcher commentator source resident citizen member",
    "delegate participant woman man person trader operator economist officer worker",
)
BODIES = word_set(
    "countries country states nations governments government leaders officials experts",
    "analysts scholars observers critics diplomats ministry ministries sides side parties",
    "partners capitals media press agency authorities researchers commentators sources",
    "residents people citizens members delegates delegation participants military army",
    "embassy council committee commission bank company organisation organization alliance",
    "bloc union office administration cabinet parliament court newspaper institute team group",
    "groups many some most several few both all others",
)
DOCUMENTS = word_set(
    "concept proposal proposals plan paper papers report statement declaration communiqué",
    "communique treaty agreement charter resolution strategy doctrine document letter article",
    "law constitution memorandum text study survey editorial speech remarks draft blueprint",
    "programme program roadmap manifesto",
)
ARTICLES = word_set("the a an")
COMMON_HEADS = PEOPLE | BODIES | DOCUMENTS | ARTICLES | word_set("this these those one")
HONORIFICS = word_set("mr mr. mrs mrs. ms ms. dr dr. prof prof.")
JOINING = word_set("and , both")
AUTHOR = word_set("i we you me us")  # the writer and the reader: never the speaker quoted
# Words that say a speaker is a woman or a man, whom "he" or "she" then cannot stand for.
SHE = word_set(
    "she her woman women mrs mrs. ms ms. mother wife daughter sister girl lady businesswoman",
    "chairwoman spokeswoman",
)
HE = word_set("he his man men mr mr. father husband son brother boy businessman chairman spokesman")
INNER = word_set("of in from at between among within with for on to")
