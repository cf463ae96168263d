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

from .dates import is_month_year, parse_date_line
from .line_rule import Fields, Rule, rule
from .reading import SourceLine
from .shapes import is_name

UPPER = "A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁ"
PARTICLE = r"(?:de|da|di|del|della|der|den|van|von|bin|ibn|al|el|le|la|du|dos|das|ter|y)"
NAME_WORD = rf"[{UPPER}][^\s\d,;:|()/]*"
NAME = rf"{NAME_WORD}(?:\s+(?:{PARTICLE}\s+)*{NAME_WORD}){{1,4}}"
NAMES = rf"{NAME}(?:\s+(?:and|&|und|et|y|e|и)\s+{NAME})*"
SEPARATOR = r"\s*[|,·•–—-]\s*"
AT_TIME = r"\s+(?i:at|a las|à|um|в|alle)\s+\d{1,2}[:.h]\d{2}"
HONORIFIC = r"(?:Dr\.?|Prof\.?|Professor|Professeur|Doz\.|Mag\.|Ing\.|PhD|Д-р|Проф\.)"
ROLE = r"\s*\((?:[^()]|\([^()]*\))*\)"  # "(Almaty, envoyée spéciale)"
NAME_WITH_ROLE = rf"(?:{HONORIFIC}\s+)*{NAME}(?:{ROLE})?"
NAMES_WITH_ROLES = rf"{NAME_WITH_ROLE}(?:(?:\s*,\s*|\s+(?:and|&|und|et|y|e|и)\s+){NAME_WITH_ROLE})*"
BYLINE_LEAD = (
    r"By|Written by|Words by|Text by|Story by|Report by|Reporting by|Interview by|"
    r"Interviewed by|Posted by|Published by|Par|Publié par|Propos recueillis par|Von|"
    r"Text:|Das Interview führte|Por|Publicado por|Entrevista de|Texto:|Di|A cura di|"
    r"От|Автор:?|Текст:|Беседовал(?:а)?|Опубликовал(?:а)?|Host:?|Hosted by|Presented by|"
    r"Moderation:?|Présenté par|Animé par|Presentado por|Conducido por|Ведущ(?:ий|ая):?"
)
NEWSROOM = (
    r"Redacción|Redaccion|Newsroom|Staff|Staff writer|Editorial (?:team|board)|Editors|"
    r"Rédaction|La rédaction|Redaktion|Die Redaktion|Редакция|Agencies|Agencias|Agences|"
    r"Agenturen|Explainers? team|Web desk|News desk|Desk"
)
LANGUAGES = (
    r"English|Français|Deutsch|Español|Italiano|Português|Русский|Українська|中文|简体|繁體|"
    r"繁体|日本語|한국어|العربية|فارسی|Türkçe|Қазақша|Oʻzbekcha|O['’‘]zbekcha|Ўзбекча|Кыргызча|"
    r"Тоҷикӣ|Eng|Рус|Қаз|Каз|Ўзб|Кыр|Тоҷ|EN|RU|KZ|UZ|KG|TJ|DE|FR|ES|IT|ZH|KK|KY|TR|AR"
)


def _date_line(text: str, language: str) -> Fields | None:
    date: dt.date | None = parse_date_line(text, language)
    return {"date": date} if date else None


def _month_year(text: str, language: str) -> Fields | None:
    return {} if is_month_year(text) else None


def _accessed_line(text: str, language: str) -> Fields | None:
    found = ACCESSED.fullmatch(text)
    date = parse_date_line(found.group("date"), language) if found else None
    return {"accessed": date} if date else None


ACCESSED = re.compile(
    r"(?:Accessed|Retrieved|Consulté|Consulted|Abgerufen|Zugriff|Consultado|Дата обращения)"
    r"(?: on| le| am| el)?\s*:?\s*(?P<date>.{6,40}?)\.?",
    re.IGNORECASE,
)


def _indented_or_votes(line: SourceLine) -> bool:
    return line.indented or bool(re.fullmatch(r"\d+\s*\(\d+(?:[.,]\d+)?\s*%\)", line.text))


def _title_like(line: SourceLine) -> bool:
    """A related-link item: a short headline, not a sentence."""
    return len(line.text.split()) <= 16 and not re.search(r"[.!:;,]$", line.text)


# The words a picture's credit opens with: "Photo: AFP", "Сурет: ашық дереккөз".
CREDIT_WORDS = r"Photo|Photos|Foto|Fotos|Фото|Image|Bild|Crédit|Credit|Сурет|Сүрөт|Surat|Rasm|Акс"
COUNT = r"(?:\d[\d\s.,]*\s*[KkMm]?|[KkMm]\b)"
VIEWS = (
    r"views?|reads?|plays|listens|écoutes|Wiedergaben|reproducciones|прослушиван\w*|vues?|lectures?|Aufrufe|Ansichten|gelesen|visitas|vistas|lecturas|"
    r"visualizzazioni|letture|visualizações|просмотр(?:ов|а)?|прочтени[йяе]|浏览次数|浏览量|"
    r"阅读量|阅读|点击量|点击|қаралды|қаралым|көрүлдү|каралды|дидашуда|тамошо|"
    r"ko['‘’ʻ]rildi|ko['‘’ʻ]rishlar|кўрилди"
)
COMMENTS = (
    r"comments?|commentaires?|Kommentare?|comentarios?|commenti|comentários?|"
    r"комментари(?:ев|я|й)?|responses?|replies|réactions?|contributions?|пікірлер|пикирлер|"
    r"izohlar|изоҳлар|шарҳҳо|назарҳо"
)
FOOTER_WORDS = (
    r"About us|About|Contact us|Contact|Contacts|Imprint|Impressum|Datenschutz(?:erklärung)?|"
    r"Privacy(?: policy| notice)?|Cookie(?:s| policy| settings)|Terms(?: of (?:use|service))?|"
    r"Terms and conditions|Legal notice|Mentions légales|Politique de confidentialité|"
    r"Nous contacter|Qui sommes-nous\s*\??|Aviso legal|Política de privacidad|Contacto|"
    r"Quiénes somos|Nutzungsbedingungen|AGB|Kontakt|Über uns|Redaktion|Mediadaten|Jobs|Careers|"
    r"Advertise(?: with us)?|Sitemap|RSS|Archive|Archives|Archiv|Archivo|"
    r"Контакты|О нас|О проекте|Политика конфиденциальности|Реклама|Редакция|Вакансии|"
    r"Пользовательское соглашение|Chi siamo|Contatti"
)
# Words of an offer or a sign-in box, chosen not to occur in news prose ("membership"
# and "подписали" do: they are not here).
OFFER_WORDS = (
    r"subscribe|subscription|subscribers?|sign in|log ?in|sign up|register now|free trial|"
    r"unlimited access|become a (?:member|supporter|patron)|members? only|join now|"
    r"abonn(?:é|e|ez|ement)\w*|se connecter|connexion|inscrivez-vous|s['’]inscrire|"
    r"essai gratuit|Abo|Abos|abonnieren|Abonnement|anmelden|registrieren|Jetzt testen|"
    r"suscr[ií]bete|suscribirse|suscripci[oó]n|suscriptor(?:es)?|inicia(?:r)? sesi[oó]n|"
    r"reg[ií]strate|hazte socio|assine|assinatura|assinante|donate|donation|support us|"
    r"abbonati|abbonamento|abbonarsi|accedi|registrati|"
    r"spenden|Fördermitglied|unterstützen Sie|faire un don|soutenez|donar|haz una donación|"
    r"поддержите|пожертвуйте|"
    r"подпишитесь|подписывайтесь|подписаться|подписк[аиуе]|войти|зарегистрируйтесь"
)
CURRENCY = r"[€$£₽]\s?\d|\d\s?(?:€|\$|£|₽|руб\.?|euros?|dollars?)(?!\w)"
PERIOD = (
    r"per month|a month|/month|per week|par mois|par semaine|pro Monat|im Monat|monatlich|"
    r"al mes|por mes|в месяц|por mês|al mese|for \d+ months|pendant \d+ mois|für \d+ Monate|"
    r"per \d+ mesi|por \d+ meses|"
    r"durante \d+ meses|на \d+ месяц\w*|sans engagement|jederzeit kündbar"
)
NOTE_START = (
    r"Originally published|First published|This (?:article|piece|post|essay|commentary) "
    r"(?:was )?(?:originally |first )?(?:published|appeared)|A version of this|"
    r"Première publication|Initialement publié|Publié initialement|Cet article a "
    r"(?:d['’]abord |initialement )?été publié|Erstveröffentlichung|Zuerst erschienen|"
    r"Erstmals erschienen|Dieser (?:Beitrag|Artikel) erschien (?:zuerst|ursprünglich)|"
    r"Publicado originalmente|Publicado por primera vez|Este artículo (?:fue )?publicado "
    r"(?:originalmente|primero)|Publicado originalmente|Впервые опубликовано|"
    r"Первоначально опубликовано|Статья впервые опубликована|Pubblicato originariamente|"
    r"Originariamente pubblicato|Dieser (?:Beitrag|Artikel|Text) erschien|"
    r"Cet article (?:est paru|a paru|a été publié)|Este artículo (?:apareció|se publicó)|"
    r"Эта статья (?:вышла|опубликована)|This (?:article|piece|story) appeared"
)
SHARE_ITEMS = (
    r"Share|Shares|Tweet|Facebook|Twitter|X|LinkedIn|WhatsApp|Telegram|Email|E-mail|Mail|"
    r"Reddit|VK|ВКонтакте|Одноклассники|Viber|Xing|Flipboard|Pinterest|Copy link|"
    r"Copier le lien|Link kopieren|Copiar enlace|Копировать ссылку|Print|Imprimer|Drucken|"
    r"分享到：?|分享|打印本页|关闭窗口|微信|微博|QQ空间|QQ|"
    r"Imprimir|Stampa|Печать|Partager|Teilen|Compartir|Condividi|Поделиться|Compartilhar|"
    r"Save|Enregistrer|Merken|Guardar|Сохранить|Lire plus tard|Read later|Später lesen|"
    r"Like|Like Loading\.\.\.|Loading\.\.\.|J['’]aime|Gefällt mir|Me gusta|Нравится|Playlist|"
    r"Leer más tarde|Send|Envoyer|Senden|Enviar|Отправить|Comment|Commenter|Kommentieren|"
    r"Comentar|Комментировать|Gift|Offrir|Verschenken|Regalar|Подарить|Ulashish|Улашиш|"
    r"Бөлісу|Бөлүшүү"
)
AUDIO_WORDS = (
    r"Listen(?: to (?:this|the) (?:article|story|episode|programme|program|report))?|"
    r"Écouter(?: l['’]article| cet article| l['’]émission| le podcast)?|Anhören|Audio anhören|"
    r"Beitrag hören|Hören|Escuchar(?: audio| el audio| la noticia)?|Слушать|Прослушать|"
    r"Play|Pause|Lecture|Wiedergabe|Reproducir|Воспроизвести|Download(?: audio| MP3)?|"
    r"Télécharger(?: le podcast| l['’]audio)?|Herunterladen|Descargar(?: audio)?|Скачать|"
    r"Audio|Podcast|MP3|Ouvir"
)


RULES: tuple[Rule, ...] = (
    # Metadata lines: moved into the front matter.
    rule(
        "publisher-line",
        "a 'published on SITE (URL)' line names the publisher",
        r"(?:Pubblicato su|Published (?:on|in|by)|Publié (?:sur|dans|par)|"
        r"Veröffentlicht (?:auf|in|bei)|Publicado (?:en|por)|Опубликовано (?:на|в))\s+"
        r"(?P<publisher>[^()]+?)\s*\((?P<site_url>https?://[^\s)]+)\)",
    ),
    # "Valerio Fabbri's Blog" is the publisher; a person's blog also gives the author of
    # posts that carry no byline (see metadata.blog_owner).
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
        r"(?: (?:at|on|here))?|Source|Sources?|Fonte|Quelle|Источник|Fuente|Link|Permalink|"
        r"Short link|Article link|Kurzlink|Lien permanent|Ссылка на (?:материал|статью|новость)|"
        r"Постоянная ссылка|Короткая ссылка|Сілтеме|Шилтеме|Havola|Manba|本文链接|原文链接|"
        r"文章链接)\b.{0,60}?[:：]?\s*<?(?P<source_url>https?://[^\s<>]+?)>?\.?",
        max_words=25,
    ),
    rule(
        "rss-footer",
        "a feed footer 'The post … appeared first on SITE.' names the publisher",
        r"The post .+ appeared first on (?P<publisher>.+?)\.?",
        max_words=40,
    ),
    rule(
        "note-line",
        "an 'originally published in …' line: kept as the article's note",
        rf"(?!.*https?://)(?P<note>(?:{NOTE_START})\b.*)",
        max_words=40,
    ),
    Rule(
        "accessed-line",
        "the date the page was accessed, when the copy states it",
        test=_accessed_line,
        max_words=12,
    ),
    rule(
        "newsroom-byline",
        "a byline naming a newsroom or agency, not a person: no author",
        rf"(?i:By|Par|Von|Por|Di|От|Автор:?)?\s*(?:{NEWSROOM})\b.{{0,40}}",
        max_words=8,
        case=True,
    ),
    rule(
        "byline",
        "'By NAME' (maybe with a role, a place or a date after it) names the author",
        rf"(?!.*[.!?]$)(?i:{BYLINE_LEAD})\s+(?:{HONORIFIC}\s+)*"
        rf"(?P<author>{NAMES_WITH_ROLES}|{NAME_WORD})"
        rf"(?:{SEPARATOR}(?P<date>.{{4,60}})|{AT_TIME}.*)?",
        case=True,
    ),
    rule(
        "author-line",
        "'Author: NAME' names the author",
        rf"(?i:Autore|Author|Auteur|Autor|Autora|Автор|Авторы|Muallif|Муаллиф)\s*:\s*"
        rf"(?P<author>{NAMES})",
        case=True,
    ),
    rule(
        "chinese-byline",
        "'作者：NAME', '记者：NAME' names the author in Chinese",
        r"[（(【]?(?:作者|记者|文)[:：]\s*(?P<author>[\u4e00-\u9fff·]{2,8}"
        r"(?:[ 、，,][\u4e00-\u9fff·]{2,8})*)[）)】]?",
        case=True,
    ),
    rule(
        "editor-line",
        "the editor in charge ('责任编辑'), who is not the author",
        r"[（(【]?(?:责任编辑|编辑|Редактор|Muharrir)[:：]\s*\S.{0,30}?[）)】]?",
    ),
    rule(
        "source-credit",
        "the agency or site a Chinese page credits ('来源：新华社'), above or below it",
        r"(?:来源|來源)[:：]\s*\S.{0,40}",
    ),
    rule(
        "font-size",
        "a text size switch",
        r"[【\[]?(?:字号|字体|字體|Размер шрифта|Font size|Taille du texte)[:：]?\s*.{0,12}",
    ),
    rule(
        "author-label",
        "'Author:' alone: the author's name is on the next line",
        r"(?:Autore|Author|Auteur|Autor|Autora|Автор|Авторы|Muallif|Муаллиф|Written by|By)"
        r"\s*:?",
        takes_next="author",
    ),
    rule(
        "about-site",
        "'About us' and the like under the article: the site's, to the end of its block",
        r"(?:About (?:us|the (?:agency|publisher|site|magazine|centre|center|institute))|"
        r"À propos(?: de nous| du site)?|Qui sommes-nous|Über uns|Quiénes somos|Sobre nosotros|"
        r"О нас|О проекте|Chi siamo|Site Index|Browse|Plan du site|Sitemap|Mapa del sitio|"
        r"Карта сайта)\s*:?",
        continues=_title_like,
        tail_only=True,
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
        r"(?:Updated|Last updated|Modified|Last modified|Aggiornato|Mis à jour|Modifié|"
        r"Aktualisiert|Zuletzt aktualisiert|Geändert|Actualizado|Última actualización|"
        r"Обновлено|Последнее изменение|Изменено|Atualizado|Жаңартылған|Жаңартылды|"
        r"Yangilandi|Yangilangan|Жаңыланды|Навсозӣ шуд)\b.*"
        r"(?:\d{4}|\d{1,2}[:.h]\d{2}|\bago\b|назад|il y a|\bvor\b|\bhace\b).*",
    ),
    Rule(
        "date-line",
        "a line that is only a date: the publication date",
        test=_date_line,
        max_words=20,  # "Publié le 3 mars 2023 à 07h00 · Mis à jour le 3 mars 2023 à 11h26"
    ),
    Rule("month-line", "a month and year alone: not a full date, so no date", test=_month_year),
    # Page furniture: dropped.
    rule(
        "counter",
        "a view, read or comment counter",
        rf"(?:[👁💬🗨]\s*)?(?:{COUNT}\s*(?:{VIEWS}|{COMMENTS})|(?:{VIEWS}|{COMMENTS})\s*[:：]?\s*"
        rf"(?:{COUNT}|\({COUNT}\))|\d[\d\s.,]*[KkMm]?|"
        rf"(?:Voir|See|View|Show|Read|Ver|Mostrar|Leer|Показать|Alle|Afficher)\s+"
        rf"(?:les |all |the |los |las |\w+ )?(?:{COUNT}\s*)?(?:{COMMENTS})|"
        rf"(?:Lu|Read|Gelesen|Leído|Letto|Прочитано|Просмотрено)\s+{COUNT}\s*"
        rf"(?:fois|times|mal|veces|volte|раз[а]?))",
        max_words=8,
    ),
    rule(
        "identifier",
        "a DOI, ISSN or ISBN line",
        r"(?:DOI|ISSN|ISBN|e-ISSN|ISSN \(online\))\s*:?\s*\S+.*|https?://doi\.org/\S+",
        max_words=12,
    ),
    rule(
        "broadcast",
        "a radio or television page's programme label, transcript label or notice",
        r"(?:Transcript|Transcription|Manuskript(?: zur Sendung| des Beitrags)?|Transkript|"
        r"Transcripción|Стенограмма|Расшифровка|Heard on .{2,60}|Gehört in .{2,60}|"
        r"Entendu dans .{2,60}|As heard on .{2,60}|Sendung vom .{2,40}|"
        r"(?:This is a rush transcript|[\w ]{0,30}transcripts? (?:are|is|was|were|may) "
        r"|Ce texte est la version écrite|Cette transcription|Dieser Text ist (?:eine|die) "
        r"(?:Abschrift|schriftliche Fassung)|Das Manuskript|Esta es una transcripción|"
        r"Este texto es la versión escrita|Äußerungen unserer Gesprächspartner).*)",
        max_words=60,
    ),
    rule(
        "item-number",
        "an item or article number",
        r"(?:No\.?|Nr\.?|Nº|N°|№|#|Item|Artikel-Nr\.?|Article (?:No\.?|number|ID)|ID|"
        r"Номер|Выпуск|Issue)\s*:?\s*\d[\d\s/().-]*",
        max_words=6,
    ),
    rule(
        "footer-links",
        "a site footer's links",
        rf"(?:(?:{FOOTER_WORDS})\s*[|·•/–-]?\s*)+",
        max_words=30,
    ),
    rule(
        "audio-player",
        "an audio player's buttons and times",
        rf"\d{{1,2}}:\d{{2}}(?::\d{{2}})?\s*(?:Minuten|minutes?|mins?|Min\.?|мин\.?|minutos)|"
        rf"[▶►⏵⏸]\s*\w*|\d(?:[.,]\d+)?x|"
        rf"(?:{AUDIO_WORDS})?\s*(?:[(\[]?\d{{1,2}}:\d{{2}}(?::\d{{2}})?[)\]]?\s*"
        rf"(?:/\s*\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?)?(?:\s*(?:{AUDIO_WORDS}))*",
        max_words=10,
    ),
    rule(
        "language-picker",
        "a language menu",
        rf"(?:Language|Languages|Lang|Langue|Sprache|Idioma|Lingua|Язык)\s*:.*|"
        rf"(?:(?:{LANGUAGES})\s*[|/·]?\s*){{2,}}",
        case=True,
    ),
    rule(
        "crumbs",
        "a navigation crumb trail",
        r"(?:Home|Accueil|Startseite|Inicio|Главная)\s*[>»›/|→].*|"
        r"[^>»›]{1,40}(?:\s[>»›]\s[^>»›]{1,100}){2,}|[^>»›.]{1,40}\s[>»›]\s[^>»›.]{1,60}",
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
        r"Image source|Photo source|Foto|Fonte|Quelle|Crédit photo|Источник|Фото|Сурет|"
        r"Сүрөт|Surat|Акс|Суратро|图片来源|图)\s*[:：]\s*"
        r"(?!https?://).{1,80}",
        max_words=12,
    ),
    rule(
        "caption-credit",
        "a picture's caption ending in its credit",
        rf".{{0,400}}?(?:\b(?:{CREDIT_WORDS})\s*:\s*"
        r"(?:[^.]|\.(?=\w)){2,60}|"
        r"(?<=[.!?»)] )(?:Фото|Сурет|Сүрөт|Surat|Акс)\s+(?:[^.]|\.(?=\w)){2,60}|"
        r"(?<=[.!?»)] )(?:Архивдик сүрөт|Архивтік сурет|Архивное фото|Archive photo|File photo|"
        r"Фото автора|Автордың суреті|Автордун сүрөтү|Muallif surati|Муаллиф сурати|"
        r"Акси муаллиф)|"
        r"(?:[A-ZÀ-ÞА-ЯЁ][A-ZÀ-ÞА-ЯЁ.'’-]+\s?){1,4}/\s?(?:[A-Z][\w.-]+\s?){1,3}|"
        r"\((?:Photo|Foto|Фото)\s*:?[^)]{2,60}\)|\((?:[A-Z][\w.&'-]*\s?){1,3}/\s?[^)]{2,30}\))\.?",
        max_words=70,
        case=True,
    ),
    rule(
        "share",
        "share buttons",
        rf"(?:(?:{SHARE_ITEMS})(?: this(?: article| page| story| post)?| on \w+| via| (?:the )?"
        rf"(?:article|story)| cet article| l['’]article)?\s*[:|·•/,]?\s*)+|"
        rf"(?:Artikel|Beitrag|Seite|Text) (?:teilen|drucken|merken)|Zur Merkliste hinzufügen|"
        rf"Поделиться (?:статьей|новостью|материалом)|Compartir (?:artículo|noticia)|"
        rf"Ajouter à (?:ma|mes) (?:liste|favoris)|Add to (?:playlist|my list|reading list)|"
        rf"Zur Playlist hinzufügen|Embed|Intégrer|Einbetten|Copy|Cite|Citer|Zitieren|Citar|"
        rf"(?:Download|Télécharger|Herunterladen|Descargar|Скачать|Scarica|Baixar)"
        rf"(?: (?:the )?(?:PDF|pdf)| le PDF| als PDF| PDF)?(?:\s*\([^)]{{1,20}}\))?|"
        rf"PDF(?: herunterladen)?(?:\s*\([^)]{{1,20}}\))?",
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
        r"See also|Further reading|Most (?:read|popular|viewed)|Trending(?: now)?|Popular|"
        r"(?:À )?Lire aussi|Sur le même sujet|Dans la même rubrique|Les plus lus|À lire|"
        r"Mehr zum Thema|Lesen Sie auch|Das könnte Sie auch interessieren|Meistgelesen|"
        r"Weitere Artikel|Auch interessant|Te puede interesar|También te puede interesar|"
        r"Noticias relacionadas|Lo más leído|Lee también|Relacionados|Leggi anche|"
        r"Читайте также|По теме|Похожие материалы|Ещё по теме|Популярное|Самое читаемое|"
        r"Другие материалы|Leia também|Mais lidas|Similar articles|Articles similaires|"
        r"Articles liés|Ähnliche Artikel|Artículos relacionados|Похожие статьи|Read Next|"
        r"Up next|More stories|Weitere Beiträge(?: im \w+)?|Тағы оқыңыз|Mavzuga oid|"
        r"Дагы окуңуз|Ўхшаш мақолалар|相关新闻|相关文章|相关阅读|延伸阅读)\s*[:：]?",
        continues=_title_like,
    ),
    rule(
        "read-more",
        "a one-line link to another article",
        r"(?:Read more|Read also|See also|Also read|Related|Lire aussi|À lire aussi|"
        r"Lesen Sie auch|Mehr dazu|Lee también|Leer más|Leggi anche|Читайте также|Читайте|"
        r"По теме|Leia também|Тағы оқыңыз|Тағы да оқыңыз|Оқи отырыңыз|Mavzuga oid|"
        r"Shuningdek o['‘’]qing|Дагы окуңуз|Дагы караңыз|Окуңуз|Инчунин хонед|Хонед|"
        r"相关新闻|相关阅读|"
        r"延伸阅读)\s*[:|：]\s*.+",
        max_words=25,
    ),
    rule(
        "newsletter",
        "a newsletter or subscription box",
        r"Subscribe(?: now| today| here)?[.!]?|Unsubscribe.*|"
        r"(?:Subscribe|Sign up|Join|Get|Receive|Don['’]t miss|Never miss)\b.*\b"
        r"(?:newsletters?|inbox|e-?mails?|mailing list|updates|subscribers?)\b.*|"
        r"Enter your e-?mail.*|(?:Your )?E-?mail(?: address)?\s*\*?:?|"
        r"I agree to .*privacy policy.*|We respect your privacy.*|"
        r".*\b(?:newsletter|infolettre|lettre d['’]information|boletín|рассылк\w+)\b.{0,100}|"
        r"(?:Votre |Ihre |Tu |Su |Ваш )?(?:adresse )?e-?mail(?:-Adresse)?\s*\*?:?|"
        r"Подписывайтесь на .*|Abonnez-vous.*|Jetzt abonnieren.*|Suscríbete.*",
        max_words=25,
    ),
    rule(
        "offer",
        "a subscription, membership or sign-in offer",
        rf"(?=.*\b(?:{OFFER_WORDS})\b)(?:(?!.*[.?…]$).*|.*(?:{CURRENCY}).*)|"
        rf"(?=.*(?:{CURRENCY})).*\b(?:{PERIOD})\b.*",
        max_words=30,
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
        r"Show comments|\d*\s*(?:Kommentare|Commentaires|Comentarios|Commenti|Комментарии)|"
        r"Laisser un commentaire|Réagir|Kommentar schreiben|Deja (?:un|tu) comentario|"
        r"Оставить комментарий|Написать комментарий|Lascia un commento",
    ),
    rule(
        "tags",
        "a tag or category list",
        r"(?:Tags?|Topics?|Filed under|Categories|Category|Keywords|Schlagwörter|Mots-clés|"
        r"Etichette|Теги|Метки|Тегтер|Тегдер|Teglar|Теглар|Тегҳо|标签|关键词)\s*[:：].*",
        max_words=25,
    ),
    rule(
        "credits",
        "a wire's reporting and editing credits",
        r"(?:Reporting|Additional reporting|Writing|Editing|Edited|Compiled|Translated|"
        r"Research|Graphics|Mit Material von|Avec|Con información de|Редактор|Перевод)"
        r"\b.{0,20}\bby\b.*|(?:Guests?|Gast|Gäste|Invités?|Invitée?s?|Invitados?|Гост(?:ь|и))"
        r"\s*:.*|(?:Reporting|Additional reporting|Writing|Editing|Edited|Compiled|Translated|"
        r"Research|Graphics)"
        r"\b.{0,20}\bby\b.*|(?:Reporting|Editing) by .*|Mit Material von .*|"
        r"Con información de .*|(?:Редактор|Перевод|Фото|Видео)\s*:\s*.{2,60}|"
        r"[a-z]{1,4}(?:/[a-z]{1,4}){1,4}|/[A-ZА-Я]{2,10}/(?:\s+[a-zа-я]{1,4}/[a-zа-я]{1,4})*",
        max_words=40,
    ),
    rule(
        "skip-link",
        "a link for keyboards or screen readers, or to another version of the page",
        r"(?:Skip to (?:main )?(?:content|navigation)|Jump to content|Aller au (?:contenu|menu)"
        r"(?: principal)?|Zum (?:Haupt)?[Ii]nhalt(?: springen)?|Direkt zum Inhalt|"
        r"Saltar al contenido(?: principal)?|Ir al contenido|Перейти к (?:основному )?"
        r"(?:содержанию|содержимому|контенту)|Vai al contenuto|Ir para o conteúdo|"
        r"(?:Version )?for the visually impaired|Версия для слабовидящих|Read in \w+|"
        r"Lire en \w+|Auf \w+ lesen|Leer en \w+|Читать на \w+ языке|Accessibility|"
        r"Leichte Sprache|Gebärdensprache|Easy Read|Facile à lire|Lectura fácil|"
        r"View (?:this email )?in (?:your )?browser|\d+ (?:languages|langues|Sprachen|idiomas|"
        r"языков|языка|lingue))",
    ),
    rule(
        "search",
        "a search box",
        r"(?:Search|Rechercher|Suche|Suchen|Buscar|Cerca|Поиск|Найти|Pesquisar|Recherche)"
        r"(?: (?:the site|this site|sur le site|auf der Seite|en el sitio|по сайту|news|articles))?"
        r"\s*(?:…|\.\.\.)?",
    ),
    rule(
        "tag-list",
        "a list of tags or topics under its label",
        r"(?:Tags|Topics|Tópicos|Etiquetas|Temas|Schlagwörter|Themen|Mots-clés|Thèmes|"
        r"Sujets|Теги|Метки|Темы|Argomenti|Tag|Тегтер|Тегдер|Teglar|Теглар|Тегҳо|标签)",
        continues=_title_like,
        tail_only=True,
    ),
    rule(
        "picture-label",
        "a picture's label or credit standing alone",
        r"(?:Photo|Photos|Foto|Fotos|Фото|Image|Bild|Video|Vidéo|Видео|Gallery|Galerie|"
        r"Photo d['’]illustration|Illustration|Иллюстрация|Коллаж|Инфографика|Архивдик сүрөт|"
        r"Архивтік сурет|Сурет|Сүрөт|Surat|Акс)"
        r"(?:\s*:\s*.{1,60}|(?:\s+[«\"„]?[^\W\d_][\w-]*[»\"“]?){1,4})?\.?|"
        r"(?:[A-ZА-ЯЁ][\w.'’-]+\s){0,3}[A-ZА-ЯЁ][\w.'’-]+(?:\s?/\s?(?:[A-ZА-ЯЁ«][\w&.'’»-]*\s?){1,5})+",
        max_words=10,
        case=True,
    ),
    rule(
        "wiki-furniture",
        "an encyclopedia's tabs, tagline and maintenance banners",
        r"(?:From Wikipedia, the free encyclopedia|Un article de \w+, l['’]encyclopédie.*|"
        r"Aus \w+, der freien Enzyklopädie|De \w+, la enciclopedia libre|"
        r"Материал из \w+ — свободной энциклопедии|From \w+, the free encyclopedia|"
        r"This article (?:needs|does not cite|relies|has multiple issues).*|"
        r"Cet article ne cite pas .*|Dieser Artikel (?:oder Abschnitt )?bedarf .*|"
        r"Este artículo (?:no cita|necesita|tiene) .*|В этой статье не хватает .*|"
        r"View history|Voir l['’]historique|Versionsgeschichte|Ver historial|История|"
        r"Edit source|Modifier le code|Quelltext bearbeiten|Editar código|Править код|Tools|"
        r"Outils|Werkzeuge|Herramientas|Инструменты|(?:Table of )?Contents|Sommaire|"
        r"Inhaltsverzeichnis|Índice|Содержание|\[(?:edit|modifier|bearbeiten|editar|править)"
        r"[^\]]*\])",
        max_words=30,
    ),
    rule(
        "signature",
        "the author's signature below the text: '— Name, role'",
        rf"[—–]\s*(?P<author>{NAME})(?:\s*,\s*.{{0,100}})?",
        max_words=25,
        case=True,
        tail_only=True,
    ),
    rule(
        "pager",
        "links to the previous and next articles",
        r"(?:[«‹←<]\s*)?(?:(?:Previous|Next|Older|Newer) (?:post|article|story|entry)|"
        r"Article (?:précédent|suivant)|(?:Vorheriger|Nächster) (?:Artikel|Beitrag)|"
        r"(?:Artículo|Entrada) (?:anterior|siguiente)|Entrada más reciente|Entrada antigua|"
        r"Página principal|(?:Предыдущая|Следующая) (?:статья|запись|новость))\b.*",
        max_words=25,
    ),
    rule(
        "feedback",
        "a 'was this helpful?' box",
        r"(?:Was this (?:article|page|explainer|story) (?:helpful|useful)|Did you find this|"
        r"¿Te ha resultado útil|¿Te ha gustado|Cet article vous a-t-il (?:été utile|plu)|"
        r"War (?:dieser|der) (?:Artikel|Beitrag) hilfreich|Была ли (?:статья|информация) "
        r"полезной|Вам понравилась статья|Questo articolo ti è stato utile).*",
        max_words=20,
    ),
    rule(
        "appeal",
        "an appeal to subscribe, sign up or give, even in whole sentences",
        r".*?(?:^|[.!?]\s+)(?:Subscribe|Sign up|Become a (?:member|subscriber|supporter|patron)|"
        r"Support (?:us|our work|independent)|Donate|Abonnez-vous|Soutenez|Abonnieren Sie|"
        r"Unterstützen Sie|Jetzt (?:abonnieren|spenden|unterstützen)|Suscríbete|Hazte socio|"
        r"Apoya|Abbonati|Sostienici|Подпишитесь|Подписывайтесь|Поддержите|Assine)\b.*",
        max_words=40,
    ),
    rule(
        "disclaimer",
        "the site's note that the views are the author's own",
        r"(?:The views expressed|Views expressed|The opinions expressed|Opinions expressed|"
        r"The views and opinions|This (?:article|commentary|piece) reflects|"
        r"Les opinions exprimées|Les tribunes publiées|Les propos tenus|Le opinioni espresse|"
        r"Die (?:hier )?geäußerten|Der Beitrag gibt|Namentlich gekennzeichnete|"
        r"Las opiniones expresadas|Los artículos de opinión|Мнение автора|Точка зрения автора|"
        r"Редакция может не разделять|As opiniões expressas|Редакция пікірі|"
        r"Редакциянын (?:пикири|көз карашы)|Tahririyat (?:fikri|nuqtai nazari)|"
        r"Назари таҳририя).*",
        max_words=60,
    ),
    rule(
        "advert",
        "an advertisement label",
        r"Advertisement|Advertising|Ad|Sponsored(?: content)?|Anzeige|Werbung|Publicité|"
        r"Publicidad|Pubblicità|Реклама|Publicidade",
    ),
    rule(
        "reading-time",
        "a reading-time note",
        r"(?:Lecture\s*:?\s*)?\d+\s*(?:min(?:ute)?s?|Min\.?|мин\.?)"
        r"(?: read| de lecture| de lectura| Lesezeit| чтения| lettura| de leitura)?|"
        r"Reading time:?.*|Temps de lecture.*|Lesezeit.*|"
        r"Tiempo de lectura.*|Время чтения.*|Tempo di lettura.*|Tempo de leitura.*|"
        r"(?:Lectura|Lettura|Leitura|Чтение)\s*:?\s*\d+\s*(?:min\w*|мин\w*)\.?|"
        r"(?:O['‘’ʻ]qish vaqti|Оқу уақыты|Окуу убактысы|Вақти хондан)\s*:?.{0,20}",
    ),
)

STRUCTURAL_RULES = {
    "title": "the headline (or the opening standfirst when there is no headline)",
    "section-label": "a site section's name above the headline",
    "author-name": "the author's name standing alone (or repeated) after the article",
    "author-bio": "the author's biography after the name",
    "page-footer": "a short line after the article's last paragraph: the site's, not the text's",
    "comments": "the comments below the article, from their heading on",
    "caption": "a picture's caption: the line right above its credit or label",
    "after-article": "short lines below the text, past the furniture that closes it",
    "masthead-label": "a short label in the masthead, between the headline and the text",
    "meta-line": "a masthead line of dates, bylines and counters between separators",
    "menu": "a row of short links or buttons: a menu, a toolbar",
    "infobox-row": "a label and its value side by side: a fact box's row",
}

FURNITURE_RULES = {r.name: r.why for r in RULES} | STRUCTURAL_RULES


def first_match(text: str, in_head: bool, language: str = "en") -> tuple[Rule, Fields] | None:
    """The first rule of the table that matches the line, with the fields it found."""
    for candidate in RULES:
        if (candidate.head_only and not in_head) or (candidate.tail_only and in_head):
            continue
        fields = candidate.match(text, language)
        if fields is not None:
            return candidate, fields
    return None


SEGMENT_SEPARATOR = re.compile(r"\s+[|·•∙/]\s+|\s*[|·•∙]\s*|\s+[–—-]\s+")
_SEPARATOR_MARK = re.compile(r"[|·•∙]|\s/\s")  # a separator no sentence writes
MAX_LABEL_WORDS = 4  # a section's name, a menu item
MIN_MENU_ITEMS = 3
MAX_MENU_WORDS = 30
META_LINE = Rule("meta-line", STRUCTURAL_RULES["meta-line"])
MENU = Rule("menu", STRUCTURAL_RULES["menu"])
INFOBOX = Rule("infobox-row", STRUCTURAL_RULES["infobox-row"])


def segments_match(
    text: str, language: str = "en", cells: tuple[str, ...] = ()
) -> tuple[Rule, Fields] | None:
    """A line of parts between separators or wide gaps. A masthead line ("12 March 2024 |
    5 comments", "By Jane Doe · 3 min read") is metadata and furniture save at most one
    short label; a menu or toolbar is a row of three or more short items. Either gives
    the fields of all its parts together."""
    parts = [part.strip() for part in (cells or SEGMENT_SEPARATOR.split(text)) if part.strip()]
    if len(parts) < 2:
        return None
    fields: Fields = {}
    labels = []
    for part in parts:
        matched = first_match(part, in_head=False, language=language)
        if matched is None or matched[0].takes_next or matched[0].takes_rest:
            labels.append(part)
            continue
        for name, value in matched[1].items():
            fields.setdefault(name, value)
    if any(len(label.split()) > MAX_LABEL_WORDS or _ends_sentence(label) for label in labels):
        return None
    if len(labels) <= 1 and len(labels) < len(parts):
        names = [label for label in labels if is_name(label)]
        if names and fields:  # "Jane Doe | 3 March 2024": a name beside the metadata
            fields.setdefault("author", names[0])
        return META_LINE, fields
    if len(parts) >= MIN_MENU_ITEMS and len(text.split()) <= MAX_MENU_WORDS:
        # Items between dashes with a comma among them are a sentence's clauses: "In the
        # economy – Beijing, in security – Moscow" is a heading, not three links.
        if not cells and ", " in text and not _SEPARATOR_MARK.search(text):
            return None
        return MENU, fields
    if cells and len(parts) == 2 and len(parts[0].split()) <= MAX_LABEL_WORDS - 1:
        return INFOBOX, fields  # "Création <tab> 15 mai 1992": a label and its value
    return None


def _ends_sentence(text: str) -> bool:
    return len(text.split()) >= 3 and text.endswith((".", "!", "?", "…"))
