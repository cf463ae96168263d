"""The URL scheme: page URLs, output files, and relative links between pages."""

from __future__ import annotations

import pytest

from briefing import urls


def test_page_urls_follow_the_scheme():
    assert (
        urls.HOME,
        urls.article("a-b"),
        urls.actor("russia"),
        urls.theme("energy"),
        urls.source("a-b"),
    ) == ("/", "/articles/a-b/", "/actors/russia/", "/themes/energy/", "/sources/a-b/")


# output_path


@pytest.mark.parametrize(
    ("url", "path"),
    [
        ("/", "index.html"),
        ("/articles/", "articles/index.html"),
        ("/articles/x/", "articles/x/index.html"),
        ("/feed.xml", "feed.xml"),
        ("/404.html", "404.html"),
        ("/data/actors.json", "data/actors.json"),
    ],
)
def test_output_path_of_a_page_url(url, path):
    assert urls.output_path(url) == path


# relative


@pytest.mark.parametrize(
    ("from_url", "to_url", "link"),
    [
        ("/", "/", "./"),
        ("/", "/articles/", "articles/"),
        ("/", "/articles/x/", "articles/x/"),
        ("/", "/feed.xml", "feed.xml"),
        ("/articles/", "/articles/x/", "x/"),
        ("/articles/x/", "/", "../../"),
        ("/articles/x/", "/articles/", "../"),
        ("/articles/x/", "/articles/x/", "./"),
        ("/articles/x/", "/articles/y/", "../y/"),
        ("/articles/x/", "/actors/russia/", "../../actors/russia/"),
        ("/articles/x/", "/themes/energy/", "../../themes/energy/"),
        ("/articles/x/", "/sources/x/", "../../sources/x/"),
        ("/articles/x/", "/assets/style.css", "../../assets/style.css"),
        ("/articles/x/", "/feed.xml", "../../feed.xml"),
        ("/404.html", "/", "./"),
        ("/404.html", "/articles/", "articles/"),
        ("/feed.xml", "/articles/x/", "articles/x/"),
    ],
)
def test_relative_link_between_pages(from_url, to_url, link):
    assert urls.relative(from_url, to_url) == link


@pytest.mark.parametrize(
    ("from_url", "to_url", "link"),
    [
        ("/articles/x/", "/actors/russia/#p-3", "../../actors/russia/#p-3"),
        ("/articles/x/", "/articles/x/#p-3", "./#p-3"),
        ("/articles/x/", "#p-3", "#p-3"),
        ("/", "/timeline/#y-2018", "timeline/#y-2018"),
    ],
)
def test_relative_link_keeps_the_fragment(from_url, to_url, link):
    assert urls.relative(from_url, to_url) == link


@pytest.mark.parametrize(
    ("from_url", "to_url", "link"),
    [
        ("/", "/", "index.html"),
        ("/", "/articles/", "articles/index.html"),
        ("/articles/x/", "/", "../../index.html"),
        ("/articles/x/", "/articles/x/", "index.html"),
        ("/articles/x/", "/actors/russia/#p-3", "../../actors/russia/index.html#p-3"),
        ("/articles/x/", "/articles/x/#p-3", "index.html#p-3"),
        ("/articles/x/", "#p-3", "#p-3"),
        ("/articles/x/", "/feed.xml", "../../feed.xml"),
        ("/articles/x/", "/assets/style.css", "../../assets/style.css"),
    ],
)
def test_offline_links_name_index_html(from_url, to_url, link):
    assert urls.relative(from_url, to_url, offline=True) == link


def test_relative_link_percent_encodes_spaces():
    assert urls.relative("/articles/x/", "/articles/a b/") == "../a%20b/"


def test_relative_link_percent_encodes_non_ascii_as_utf8():
    assert urls.relative("/", "/actors/été/") == "actors/%C3%A9t%C3%A9/"


def test_relative_link_keeps_existing_percent_escapes():
    assert urls.relative("/", "/articles/a%20b/") == "articles/a%20b/"


# base_path and absolute


@pytest.mark.parametrize(
    ("base_url", "path"),
    [
        ("https://user.github.io/repo/", "/repo/"),
        ("https://user.github.io/repo", "/repo/"),
        ("https://example.com", "/"),
        ("https://example.com/", "/"),
        ("http://example.com/a/b", "/a/b/"),
        ("/sub/", "/sub/"),
        ("", "/"),
    ],
)
def test_base_path_is_the_path_of_the_base_url(base_url, path):
    assert urls.base_path(base_url) == path


@pytest.mark.parametrize(
    ("base_url", "url", "absolute"),
    [
        ("https://user.github.io/repo/", "/articles/x/", "https://user.github.io/repo/articles/x/"),
        ("https://user.github.io/repo", "/articles/x/", "https://user.github.io/repo/articles/x/"),
        ("https://user.github.io/repo/", "/", "https://user.github.io/repo/"),
        ("https://example.com/", "/feed.xml", "https://example.com/feed.xml"),
    ],
)
def test_absolute_url_joins_base_url_and_page_url(base_url, url, absolute):
    assert urls.absolute(base_url, url) == absolute


@pytest.mark.parametrize(
    ("base_url", "expected"),
    [("https://e.com/", True), ("http://e.com/", True), ("/repo/", False), ("", False)],
)
def test_is_absolute_only_for_http_urls(base_url, expected):
    assert urls.is_absolute(base_url) is expected
