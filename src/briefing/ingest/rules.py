"""THE table of line rules: page furniture to drop, and metadata lines to move.

Each rule has a name (shown by ``briefing ingest --explain``), a reason, and a
pattern the whole stripped line must match. Rules apply only to short lines
(``max_words``), so a sentence of the article is never mistaken for furniture.
Named groups ``author``, ``publisher``, ``source_url`` and ``date`` carry
metadata to the front matter. The first rule that matches a line wins, so the
metadata rules come first. Structural decisions that need the whole page (the
title, section labels, headings, trailing author blocks) live in metadata.py
and body.py, under the names listed in STRUCTURAL_RULES.
"""

from __future__ import annotations

import datetime as dt
import re

from .dates import parse_date_line
from .line_rule import Fields, Rule, rule
from .reading import SourceLine

UPPER = "A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁ"
PARTICLE = r"(?:de|da|di|del|della|der|den|van|von|bin|ibn|al|el|le|la|du|dos|das|ter|y)"
NAME_WORD = rf"[{UPPER}][^\s\d,;:|()/]*"
NAME = rf"{NAME_WORD}(?:\s+(?:{PARTICLE}\s+)*{NAME_WORD}){{1,4}}"
NAMES = rf"{NAME}(?:\s+(?:and|&|und|et|y|e|и)\s+{NAME})*"
SEPARATOR = r"\s*[|,·•–—-]\s*"
LANGUAGES = (
    r"English|Français|Deutsch|Español|Italiano|Português|Русский|Українська|中文|简体|繁體|"
    r"繁体|日本語|한국어|العربية|فارسی|Türkçe|Қазақша|Oʻzbekcha|Кыргызча|Тоҷикӣ"
)


def _date_line(text: str) -> Fields | None:
    date: dt.date | None = parse_date_line(text)
    return {"date": date} if date else None


def _indented_or_votes(line: SourceLine) -> bool:
    return line.indented or bool(re.fullmatch(r"\d+\s*\(\d+(?:[.,]\d+)?\s*%\)", line.text))


def _title_like(line: SourceLine) -> bool:
    """A related-link item: a short headline, not a sentence."""
    return len(line.text.split()) <= 16 and not re.search(r"[.!:;,]$", line.text)


RULES: tuple[Rule, ...] = (
    # Metadata lines: moved into the front matter.
    rule(
        "publisher-line",
        "a 'published on SITE (URL)' line names the publisher",
        r"(?:Pubblicato su|Published (?:on|in|by)|Publié (?:sur|dans|par)|"
        r"Veröffentlicht (?:auf|in|bei)|Publicado (?:en|por)|Опубликовано (?:на|в))\s+"
        r"(?P<publisher>[^()]+?)\s*\((?P<site_url>https?://[^\s)]+)\)",
    ),
    # "Valerio Fabbri's Blog" says whose blog it is, not who wrote the post: blogs repost
    # others' articles, so the owner is the publisher and the author stays unknown (null)
    # unless a byline says more.
    rule(
        "blog-name",
        "a blog's name above the headline is its publisher",
        r"(?P<publisher>[^.!?:]{2,60}?['’]s Blog|[^.!?:]{2,50} Blog)",
        max_words=8,
        head_only=True,
    ),
    rule(
        "source-footer",
        "a footer giving the address of the original page",
        r"(?:URL Sorgente|Source URL|Original URL|Originally published(?: (?:at|on|in|by))?|"
        r"First published(?: (?:at|on|in|by))?|Read (?:the )?original(?: article)?"
        r"(?: (?:at|on|here))?|Source|Sources?|Fonte|Quelle|Источник|Fuente|Link|Permalink)"
        r"\b.{0,60}?:?\s*<?(?P<source_url>https?://[^\s<>]+?)>?\.?",
        max_words=25,
    ),
    rule(
        "rss-footer",
        "a feed footer 'The post … appeared first on SITE.' names the publisher",
        r"The post .+ appeared first on (?P<publisher>.+?)\.?",
        max_words=40,
    ),
    rule(
        "byline",
        "'By NAME' (maybe with a role or date after a separator) names the author",
        rf"(?!.*[.!?]$)(?i:By|Written by|Words by|Par|Von|Por|Di|От|Автор:?)\s+"
        rf"(?P<author>{NAMES}|{NAME_WORD})"
        rf"(?:{SEPARATOR}(?P<date>.{{4,60}}))?",
        case=True,
    ),
    rule(
        "author-line",
        "'Author: NAME' names the author",
        rf"(?i:Autore|Author|Auteur|Autor|Autora|Автор)\s*:\s*(?P<author>{NAMES})",
        case=True,
    ),
    rule(
        "author-label",
        "'Author:' alone: the author's name is on the next line",
        r"(?:Autore|Author|Auteur|Autor|Autora|Автор|Written by|By)\s*:?",
        takes_next="author",
    ),
    rule(
        "about-author",
        "'About the author': what follows is the author's biography",
        r"(?:About the authors?|À propos de l['’]auteur|Über (?:den|die) Autor(?:in)?|"
        r"Sobre el autor|Sull['’]autore|Об авторе)\s*:?",
        takes_rest="author_bio",
    ),
    rule(
        "updated-line",
        "an 'Updated' date is not the publication date",
        r"(?:Updated|Last updated|Modified|Aggiornato|Mis à jour|Aktualisiert|Actualizado|"
        r"Обновлено)\b.*\d{4}.*",
    ),
    Rule("date-line", "a line that is only a date: the publication date", test=_date_line),
    # Page furniture: dropped.
    rule(
        "language-picker",
        "a language menu",
        rf"(?:Language|Languages|Lang|Langue|Sprache|Idioma|Lingua|Язык)\s*:.*|"
        rf"(?:(?:{LANGUAGES})\s*[|/·]?\s*){{2,}}",
    ),
    rule(
        "crumbs",
        "a navigation crumb trail",
        r"(?:Home|Accueil|Startseite|Inicio|Главная)\s*[>»›/|→].*|"
        r"[^>»›]{1,40}(?:\s[>»›]\s[^>»›]{1,100}){2,}",
        max_words=30,
    ),
    rule(
        "print",
        "a print button",
        r"Print(?: this (?:article|page))?|Imprimer|Drucken|Imprimir|Stampa|Печать",
    ),
    rule(
        "image-file",
        "an image file name left by a copied picture",
        r"\S+\.(?:jpe?g|png|gif|webp|svg|bmp|tiff?|avif)(?:\?\S*)?",
    ),
    rule(
        "photo-credit",
        "a picture's credit line",
        r"(?:Source|Photo|Photos|Image|Picture|Credit|Credits|Photo credit|Image credit|"
        r"Image source|Photo source|Foto|Fonte|Quelle|Crédit photo|Источник|Фото)\s*:\s*"
        r"(?!https?://).{1,80}",
        max_words=12,
    ),
    rule(
        "share",
        "share buttons",
        r"(?:Share(?: this(?: article| page| story| post)?| on \w+)?|Tweet|Facebook|Twitter|X|"
        r"LinkedIn|WhatsApp|Telegram|Email|E-mail|Reddit|Copy link|Partager|Teilen|Compartir|"
        r"Condividi|Поделиться)\s*:?",
    ),
    rule(
        "poll",
        "a poll: its question, options and vote counts",
        r"(?:Poll(?: conducted)?|Quick poll|Survey|Vote|Sondaggio|Sondage|Umfrage|Encuesta|Опрос)",
        continues=_indented_or_votes,
        crosses_blanks=True,
    ),
    rule(
        "poll-votes",
        "a poll option's vote count",
        r"\d+\s*\(\d+(?:[.,]\d+)?\s*%\)|\d+(?:[.,]\d+)?\s*%\s*\(\d+ votes?\)|"
        r"Total votes?:?\s*\d+|\d+ votes?",
    ),
    rule(
        "audience-menu",
        "a site's audience menu",
        r"For (?:business|researchers|students|journalists|media|partners|experts|members|"
        r"investors|policymakers|donors)",
    ),
    rule(
        "related-links",
        "a list of links to other articles",
        r"(?:You (?:might|may) also like|Related(?: articles| posts| stories| content| reading)?|"
        r"Recommended(?: for you| reading| articles)?|Read (?:next|also|more)|"
        r"More (?:from|on) .{1,40}|"
        r"See also|Further reading|Most (?:read|popular)|Trending(?: now)?|(?:À )?Lire aussi|"
        r"Mehr zum Thema|Lesen Sie auch|Te puede interesar|Leggi anche|Читайте также)\s*:?",
        continues=_title_like,
    ),
    rule(
        "read-more",
        "a one-line link to another article",
        r"(?:Read more|Read also|See also|Also read|Related|Lire aussi|Lesen Sie auch|"
        r"Leggi anche|Читайте также)\s*:\s*.+",
        max_words=25,
    ),
    rule(
        "newsletter",
        "a newsletter or subscription box",
        r"Subscribe(?: now| today| here)?[.!]?|Unsubscribe.*|"
        r"(?:Subscribe|Sign up|Join|Get|Receive|Don['’]t miss|Never miss)\b.*\b"
        r"(?:newsletters?|inbox|e-?mails?|mailing list|updates|subscribers?)\b.*|"
        r"Enter your e-?mail.*|(?:Your )?E-?mail(?: address)?\s*\*?:?|"
        r"I agree to .*privacy policy.*|We respect your privacy.*|.*\bnewsletter\b.{0,40}",
        max_words=25,
    ),
    rule(
        "podcast-plug",
        "a plug for a podcast version",
        r".*\bpodcast\b.*\b(?:available|listen|subscribe|episode)\b.*|"
        r"Listen to (?:this|the) (?:story|article|episode|podcast).*",
        max_words=45,
    ),
    rule(
        "back-to-top",
        "a 'back to top' link",
        r"(?:↑\s*)?(?:Back to top|Top|Scroll to top|Go to top|Retour en haut|Nach oben|"
        r"Volver arriba|Torna su|Наверх)\s*↑?",
    ),
    rule(
        "copyright",
        "a copyright line",
        r"(?:©|\(c\)|Copyright\b|Copyleft\b).*|.*\b(?:All rights reserved|Tous droits réservés|"
        r"Alle Rechte vorbehalten|Todos los derechos reservados|Tutti i diritti riservati|"
        r"Все права защищены)\b.*",
        max_words=30,
    ),
    rule(
        "comments",
        "a comments link",
        r"\d*\s*Comments?|Leave a (?:comment|reply)|Add (?:a )?comment|Comments are closed\.?|"
        r"Show comments",
    ),
    rule(
        "tags",
        "a tag or category list",
        r"(?:Tags?|Topics?|Filed under|Categories|Category|Keywords|Schlagwörter|Mots-clés|"
        r"Etichette|Теги)\s*:.*",
        max_words=25,
    ),
    rule(
        "advert",
        "an advertisement label",
        r"Advertisement|Sponsored(?: content)?|Anzeige|Publicité|Publicidad|Pubblicità|Реклама",
    ),
    rule(
        "reading-time",
        "a reading-time note",
        r"\d+\s*min(?:ute)?s?(?: read)?|Reading time:?.*|Temps de lecture.*|Lesezeit.*",
    ),
)

STRUCTURAL_RULES = {
    "title": "the headline (or the opening standfirst when there is no headline)",
    "section-label": "a site section's name above the headline",
    "author-name": "the author's name standing alone (or repeated) after the article",
    "author-bio": "the author's biography after the name",
}

FURNITURE_RULES = {r.name: r.why for r in RULES} | STRUCTURAL_RULES


def first_match(text: str, in_head: bool) -> tuple[Rule, Fields] | None:
    """The first rule of the table that matches the line, with the fields it found."""
    for candidate in RULES:
        if candidate.head_only and not in_head:
            continue
        fields = candidate.match(text)
        if fields is not None:
            return candidate, fields
    return None
