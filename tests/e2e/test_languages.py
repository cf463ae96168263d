"""An article in another language than the briefing's is marked as such where its text
is shown, whole or in passages: screen readers then read it in its own language (WCAG
3.1.2)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from tests.conftest import FIXTURES

from briefing.commands.build import build
from briefing.load.project import load_project


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small briefing, in English, with its article 'beta' in French, which dates an
    event and quotes Xi Jinping."""
    root = tmp_path_factory.mktemp("languages") / "mini"
    shutil.copytree(FIXTURES / "mini", root)
    beta = root / "content/articles/beta.md"
    text = beta.read_text("utf-8").replace("slug: beta", "slug: beta\nlanguage: fr")
    dated = "En mars 2015, la Chine et la Russie ont signé un accord commercial."
    said = "« Nous resterons partenaires », a déclaré le président Xi Jinping à Astana."
    beta.write_text(f"{text}\n{dated}\n\n{said}\n", "utf-8")
    build(load_project(root), use_cache=False)
    return root / "site"


def _page(site: Path, path: str) -> BeautifulSoup:
    return BeautifulSoup((site / path / "index.html").read_bytes(), "lxml")


def _languages(page: BeautifulSoup, selector: str) -> list[str | None]:
    return [element.get("lang") for element in page.select(selector)]


def test_an_article_in_another_language_marks_its_title_and_text(site: Path):
    page = _page(site, "articles/beta")
    assert page.html["lang"] == "en"  # the page's own words: the briefing's language
    assert _languages(page, "h1, .prose") == ["fr", "fr"]
    assert page.select_one(".prose").find_all(lang=True) == []  # once, on the text
    assert page.select_one(".byline").find_parent(lang="fr") is None
    assert page.select_one("nav").find_parent(lang=True).name == "html"


def test_an_article_in_the_briefings_language_is_not_marked_again(site: Path):
    page = _page(site, "articles/alpha")
    assert _languages(page, "h1, .prose") == [None, None]


def test_the_pack_marks_each_text_in_its_language(site: Path):
    pack = _page(site, "print")
    articles = pack.select("article.pack-article")
    assert {article.h3["id"] for article in articles} == {"article-alpha", "article-beta"}
    for article in articles:
        language = "fr" if article.h3["id"] == "article-beta" else None
        texts = _languages(article, "h3, h3 + p ~ *")  # its title and its text's blocks
        assert len(texts) > 1 and set(texts) == {language}
        assert article.select_one("h3 + p").get("lang") is None  # the byline: the site's


def test_its_passages_and_dated_sentences_are_marked_wherever_they_are_shown(site: Path):
    """On actor, theme and timeline pages and in the pack, each passage and each sentence
    dating an event is marked with its article's language when it is not the briefing's."""
    links = []
    for path in ["actors/china", "themes/trade", "timeline", "print"]:
        page = _page(site, path)
        passages = [(q, q["cite"]) for q in page.select("blockquote[cite]")]
        events = [(e, e.find_parent("li").select_one(".event-meta a")["href"])
                  for e in page.select(".event-sentence")]  # fmt: skip
        shown = passages + events
        assert any("/beta/" in link for _, link in shown), path
        for element, link in shown:
            assert element.get("lang") == ("fr" if "/beta/" in link else None), (path, link)
        links += [link for _, link in shown]
    assert any("/alpha/" in link for link in links)  # the English article's, unmarked


def test_its_quotations_are_marked_where_they_are_shown(site: Path):
    """A French article's quotation, read by the French frames, is shown on the quotes page
    in French: its words, its speaker's name and the role the article gives; the page's own
    words around them in English."""
    page = _page(site, "quotes")
    (quote,) = [q for q in page.select(".quotes blockquote") if "/beta/" in q["cite"]]
    assert quote.get("lang") == "fr"
    assert quote.mark.get_text() == "Nous resterons partenaires"
    heading = quote.find_parent("section").h2
    assert heading.find("span", lang="fr").get_text() == "Xi Jinping"
    line = quote.find_next_sibling("p")
    assert line.find("span", lang="fr").get_text() == "président"
    assert line.get("lang") is None and heading.get("lang") is None


def test_its_title_is_marked_wherever_articles_are_listed(site: Path):
    """Home cards, the articles table, an actor's and a theme's sources, the pack's
    contents and the links of passages and events: the French article's title is marked
    French, the English one's is not marked."""
    english = 0
    for path in ["", "articles", "actors/china", "themes/trade", "print", "timeline"]:
        page = _page(site, path)
        titles: dict[str, list] = {"beta": [], "alpha": []}
        for link in page.select("main a[href]"):
            text = link.get_text(" ", strip=True)
            for slug, found in titles.items():
                article = "Beta on trade" if slug == "beta" else "Alpha"
                if re.search(rf"(^|/){slug}/", link["href"]) and text.startswith(article):
                    found.append(link.find(lang=True) or link)
        assert titles["beta"], path
        assert all(element.get("lang") == "fr" for element in titles["beta"]), path
        assert all(element.get("lang") is None for element in titles["alpha"]), path
        english += len(titles["alpha"])
    assert english
