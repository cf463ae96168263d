"""End to end: the seeds' briefing built into a temporary folder, read as HTML."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
import yaml
from bs4 import BeautifulSoup
from tests.conftest import REPO

from briefing.commands.build import build
from briefing.load.project import Project, load_project
from briefing.output.linkcheck import check_site

SUB_PATH_URL = "https://user.github.io/briefing-demo/"


def _build(out: Path, base_url: str | None = None, offline: bool = False) -> Path:
    project = load_project(REPO)
    project = Project(project.root, project.config.with_base_url(base_url))
    build(project, out, offline=offline)
    return out


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _build(tmp_path_factory.mktemp("seeds") / "site")


@pytest.fixture(scope="session")
def sub_path_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _build(tmp_path_factory.mktemp("subpath") / "site", SUB_PATH_URL)


def _front_matter(path: Path) -> dict:
    return yaml.safe_load(path.read_text("utf-8").split("---\n")[1])


ARTICLES = sorted((REPO / "content" / "articles").glob("*.md"))
ACTORS = yaml.safe_load((REPO / "content" / "actors.yml").read_text("utf-8"))
THEMES = yaml.safe_load((REPO / "content" / "themes.yml").read_text("utf-8"))


def _page(site: Path, url: str) -> BeautifulSoup:
    path = site / url.strip("/") / "index.html" if url.endswith("/") else site / url.strip("/")
    return BeautifulSoup(path.read_text("utf-8"), "lxml")


def _links(soup: BeautifulSoup, page_url: str) -> set[str]:
    """Internal link targets of a page, as site paths without fragments."""
    base = "https://site.test" + page_url
    found = set()
    for anchor in soup.select("a[href]"):
        target = urlsplit(urljoin(base, anchor["href"]))
        if target.netloc == "site.test":
            found.add(target.path)
    return found


def test_a_site_without_an_absolute_base_url_has_no_sitemap(site: Path, sub_path_site: Path):
    """A sitemap's <loc> must be absolute: only a site that knows its address has one."""
    assert not (site / "sitemap.xml").exists()
    assert "Sitemap:" not in (site / "robots.txt").read_text("utf-8")
    assert (sub_path_site / "sitemap.xml").is_file()
    assert f"Sitemap: {SUB_PATH_URL}sitemap.xml" in (sub_path_site / "robots.txt").read_text()


def test_the_five_seeds_are_five_articles():
    assert len(ARTICLES) == 5


def test_every_page_of_the_url_scheme_exists(site: Path):
    expected = ["index.html", "articles/index.html", "themes/index.html", "actors/index.html"]
    expected += ["feed.xml", "404.html", "robots.txt", ".nojekyll"]
    expected += [f"data/{name}.json" for name in ("articles", "actors", "themes")]
    for article in ARTICLES:
        slug = _front_matter(article)["slug"]
        expected += [f"articles/{slug}/index.html", f"sources/{slug}/index.html"]
    expected += [f"actors/{actor['id']}/index.html" for actor in ACTORS]
    expected += [f"themes/{theme['id']}/index.html" for theme in THEMES]
    missing = [path for path in expected if not (site / path).is_file()]
    assert missing == []


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
def test_article_page_carries_metadata_and_microdata(site: Path, article: Path):
    meta = _front_matter(article)
    soup = _page(site, f"/articles/{meta['slug']}/")
    scope = soup.select_one('[itemscope][itemtype="https://schema.org/Article"]')
    assert scope is not None
    assert scope.select_one('[itemprop="headline"]').get_text() == meta["title"]
    published = scope.select_one('time[itemprop="datePublished"]')
    if meta["date"]:
        assert published["datetime"] == meta["date"].isoformat()
    else:
        assert published is None
    author = scope.select_one('[itemprop="author"]')
    assert (author.get_text() if author else None) == meta["author"]
    assert soup.select_one('meta[name="citation_title"]')["content"] == meta["title"]
    bodies = scope.select('[itemprop="articleBody"]')
    assert len(bodies) == 1
    assert bodies[0].select("ul, ol, nav") == []
    paragraphs = bodies[0].find_all("p", id=True)
    assert [p["id"] for p in paragraphs] == [f"p-{n}" for n in range(1, len(paragraphs) + 1)]


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
def test_article_links_its_actors_and_themes_and_they_link_back(site: Path, article: Path):
    slug = _front_matter(article)["slug"]
    page_url = f"/articles/{slug}/"
    links = _links(_page(site, page_url), page_url)
    actor_pages = {link for link in links if link.startswith("/actors/") and link != "/actors/"}
    theme_pages = {link for link in links if link.startswith("/themes/") and link != "/themes/"}
    assert len(actor_pages) >= 3
    assert len(theme_pages) >= 1
    for target in sorted(actor_pages | theme_pages):
        assert page_url in _links(_page(site, target), target), f"{target} does not link back"


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
def test_paragraphs_link_to_their_seed_lines(site: Path, article: Path):
    slug = _front_matter(article)["slug"]
    soup = _page(site, f"/articles/{slug}/")
    source = _page(site, f"/sources/{slug}/")
    line_links = soup.select("[itemprop=articleBody] a.line-link")
    assert len(line_links) >= 0.8 * len(soup.select("[itemprop=articleBody] > p"))
    for link in line_links:
        line = source.find(id=link["href"].split("#")[1])
        paragraph = " ".join(link.find_parent("p").get_text().split())
        assert " ".join(line.select_one(".line-text").get_text().split())[:40] in paragraph


def test_no_broken_link_or_anchor_anywhere(site: Path):
    assert check_site(site) == []


def test_feed_and_sitemap_parse(sub_path_site: Path):
    atom = "{http://www.w3.org/2005/Atom}"
    feed = ET.parse(sub_path_site / "feed.xml").getroot()
    entries = feed.findall(f"{atom}entry")
    assert len(entries) == len(ARTICLES)
    for entry in entries:
        assert entry.find(f"{atom}id").text.startswith(SUB_PATH_URL + "articles/")
    sitemap = ET.parse(sub_path_site / "sitemap.xml").getroot()
    locs = [loc.text for loc in sitemap.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
    assert SUB_PATH_URL in locs
    assert all(loc.startswith(SUB_PATH_URL) for loc in locs)


def test_data_export_lists_every_mention(site: Path):
    text = (site / "data" / "articles.json").read_text("utf-8")
    articles = json.loads(text)
    assert len(articles) == len(ARTICLES)
    # one record per line, so that a change to one article is a one-line diff
    lines = text.splitlines()
    assert [json.loads(line.rstrip(",")) for line in lines[1:-1]] == articles
    for article in articles:
        counted = sum(article["actors"].values())
        assert counted >= len({m["actor"] for m in article["mentions"]})
        assert all(m["paragraph"].startswith("p-") for m in article["mentions"])


def test_builds_are_byte_identical(site: Path, tmp_path: Path):
    again = _build(tmp_path / "again")
    first = {p.relative_to(site): p.read_bytes() for p in site.rglob("*") if p.is_file()}
    second = {p.relative_to(again): p.read_bytes() for p in again.rglob("*") if p.is_file()}
    assert first.keys() == second.keys()
    assert [path for path in first if first[path] != second[path]] == []


def test_every_link_stays_under_the_sub_path(sub_path_site: Path):
    for page in sorted(sub_path_site.rglob("*.html")):
        relative = page.relative_to(sub_path_site).as_posix()
        page_url = SUB_PATH_URL + relative.removesuffix("index.html")
        soup = BeautifulSoup(page.read_text("utf-8"), "lxml")
        for element in soup.select("a[href], link[href], script[src]"):
            target = urljoin(page_url, element.get("href") or element.get("src"))
            if urlsplit(target).netloc == "user.github.io":
                assert target.startswith(SUB_PATH_URL), f"{relative}: {target}"


def test_canonical_links_use_the_base_url(sub_path_site: Path):
    soup = _page(sub_path_site, "/themes/")
    assert soup.select_one('link[rel="canonical"]')["href"] == SUB_PATH_URL + "themes/"


def test_offline_build_links_index_files(tmp_path: Path):
    site = _build(tmp_path / "offline", offline=True)
    soup = _page(site, "/")
    internal = [a["href"] for a in soup.select("a[href]") if "://" not in a["href"]]
    folder_links = [
        h
        for h in internal
        if not h.startswith("#") and not h.split("#")[0].endswith((".html", ".xml", ".json"))
    ]
    assert folder_links == []
    assert check_site(site) == []


def _addresses(soup: BeautifulSoup) -> list[str]:
    """Every address a page names: links, stylesheets, icons, forms and scripts."""
    named = [e["href"] for e in soup.select("a[href], link[href]")]
    named += [e["action"] for e in soup.select("form[action]")]
    return named + [e["src"] for e in soup.select("script[src], img[src]")]


def test_404_page_links_work_from_any_depth(sub_path_site: Path):
    soup = _page(sub_path_site, "/404.html")
    addresses = [a for a in _addresses(soup) if not a.startswith("#")]
    assert len(soup.select("main a[href]")) == 4 and soup.select('link[rel="stylesheet"]')
    assert all(address.startswith("/briefing-demo/") for address in addresses), addresses


@pytest.mark.parametrize("base_url", ["/briefing-demo", "/briefing-demo/"])
def test_404_page_links_start_from_a_base_url_given_as_a_path(tmp_path: Path, base_url: str):
    soup = _page(_build(tmp_path / "site", base_url), "/404.html")
    addresses = [a for a in _addresses(soup) if not a.startswith("#")]
    assert addresses and all(address.startswith("/briefing-demo/") for address in addresses)


def test_404_page_at_a_domain_root_links_from_the_root(site: Path):
    addresses = [a for a in _addresses(_page(site, "/404.html")) if not a.startswith("#")]
    assert addresses and all(a.startswith("/") and not a.startswith("//") for a in addresses)
    assert "/assets/style.css" in addresses


def test_an_article_page_describes_the_article_not_the_site(site: Path):
    soup = _page(site, "/articles/undercurrents-in-russia-china-bonhomie/")
    descriptions = [m["content"] for m in soup.select('meta[name="description"]')]
    assert descriptions == [
        "The relations between Russia and China find many convergences, yet their bilateral "
        "ties are pragmatic rather than ideological."
    ]


def test_an_article_page_states_its_lede_once_few_themes_and_numbered_paragraphs(site: Path):
    for article in ARTICLES:
        slug = _front_matter(article)["slug"]
        soup = _page(site, f"/articles/{slug}/")
        lede = soup.select_one("header .lede")
        first = soup.select_one(".prose p")
        assert lede is None or not first.get_text().startswith(lede.get_text())
        assert len(soup.select("header .tag-row .tag-theme")) <= 4
        numbers = [a["data-n"] for a in soup.select(".prose p > a.para-link")]
        assert numbers == [str(n) for n in range(1, len(numbers) + 1)]
