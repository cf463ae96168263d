"""The link check of a built site: internal links lead to files, anchors exist."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.output.linkcheck import BrokenLink, check_site, parse_page


def site(tmp_path: Path, pages: dict[str, str]) -> Path:
    root = tmp_path / "site"
    for name, content in pages.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")
    return root


def problems(tmp_path: Path, pages: dict[str, str]) -> list[str]:
    return [str(link) for link in check_site(site(tmp_path, pages))]


def home_links(tmp_path: Path, *hrefs: str, others: dict[str, str] | None = None) -> list[str]:
    links = "".join(f'<a href="{href}">x</a>' for href in hrefs)
    return problems(tmp_path, {"index.html": links, **(others or {})})


def test_site_with_working_links_has_no_problems(tmp_path):
    assert (
        problems(
            tmp_path,
            {
                "index.html": '<a href="articles/">all</a><a href="articles/x/#p-1">x</a>',
                "articles/index.html": '<a href="../">home</a><a href="x/">x</a>',
                "articles/x/index.html": '<p id="p-1">x</p><a href="../../">home</a>',
            },
        )
        == []
    )


def test_link_to_a_missing_page_is_broken(tmp_path):
    assert home_links(tmp_path, "missing/") == ["index.html: broken link: missing/"]


def test_link_to_a_missing_file_is_broken(tmp_path):
    assert home_links(tmp_path, "feed.xml") == ["index.html: broken link: feed.xml"]


def test_link_to_a_folder_resolves_to_its_index_html(tmp_path):
    assert home_links(tmp_path, "dir/", others={"dir/index.html": ""}) == []


def test_link_to_a_folder_without_index_html_is_broken(tmp_path):
    assert home_links(tmp_path, "dir/", others={"dir/other.html": ""}) == [
        "index.html: broken link: dir/"
    ]


def test_link_to_an_existing_non_html_file_works(tmp_path):
    assert home_links(tmp_path, "feed.xml", others={"feed.xml": "<rss/>"}) == []


def test_missing_anchor_on_another_page_is_reported(tmp_path):
    assert home_links(tmp_path, "a/#p-9", others={"a/index.html": '<p id="p-1"></p>'}) == [
        "index.html: missing anchor: a/#p-9"
    ]


def test_missing_anchor_on_the_same_page_is_reported(tmp_path):
    assert problems(tmp_path, {"index.html": '<a href="#top">x</a>'}) == [
        "index.html: missing anchor: #top"
    ]


def test_anchor_on_the_same_page_is_found(tmp_path):
    assert problems(tmp_path, {"index.html": '<h2 id="top"></h2><a href="#top">x</a>'}) == []


def test_percent_encoded_anchor_is_decoded(tmp_path):
    assert problems(tmp_path, {"index.html": '<h2 id="a b"></h2><a href="#a%20b">x</a>'}) == []


def test_anchor_on_a_non_html_file_is_not_checked(tmp_path):
    assert home_links(tmp_path, "s.css#x", others={"s.css": ""}) == []


def test_site_absolute_link_is_reported(tmp_path):
    assert home_links(tmp_path, "/articles/") == [
        "index.html: site-absolute link (breaks under a sub-path): /articles/"
    ]


@pytest.mark.parametrize(
    "href", ["https://example.com/x", "http://example.com", "mailto:a@example.com"]
)
def test_external_links_are_ignored(tmp_path, href):
    assert home_links(tmp_path, href) == []


def test_protocol_relative_external_link_is_ignored(tmp_path):
    assert home_links(tmp_path, "//example.com/x") == []


def test_javascript_link_is_reported(tmp_path):
    assert home_links(tmp_path, "javascript:alert(1)") == [
        "index.html: link to another scheme: javascript:alert(1)"
    ]


def test_link_leaving_the_site_is_reported(tmp_path):
    assert home_links(tmp_path, "../outside.html") == [
        "index.html: link leaves the site: ../outside.html"
    ]


def test_parent_links_resolve_from_the_page_folder(tmp_path):
    assert problems(
        tmp_path,
        {
            "index.html": "",
            "a/b/index.html": '<a href="../../">home</a><a href="../../../x">out</a>',
        },
    ) == ["a/b/index.html: link leaves the site: ../../../x"]


def test_dot_slash_links_resolve_to_the_page_folder(tmp_path):
    assert (
        problems(
            tmp_path,
            {"a/index.html": '<a href="./">self</a><a href="./b.html">b</a>', "a/b.html": ""},
        )
        == []
    )


def test_query_only_link_points_at_the_page_itself(tmp_path):
    assert problems(tmp_path, {"index.html": '<a href="?q=1">x</a>'}) == []


def test_percent_encoded_path_is_decoded(tmp_path):
    assert home_links(tmp_path, "a%20b/", others={"a b/index.html": ""}) == []


def test_stylesheets_scripts_and_images_are_checked(tmp_path):
    html = '<link rel="stylesheet" href="s.css"><script src="a.js"></script><img src="i.png">'
    assert problems(tmp_path, {"index.html": html, "s.css": ""}) == [
        "index.html: broken link: a.js",
        "index.html: broken link: i.png",
    ]


def test_the_404_page_is_not_checked(tmp_path):
    assert problems(tmp_path, {"index.html": "", "404.html": '<a href="/missing/">x</a>'}) == []


def test_problems_are_listed_page_by_page_in_path_order(tmp_path):
    assert problems(
        tmp_path,
        {"b/index.html": '<a href="x">x</a>', "a/index.html": '<a href="y">y</a>'},
    ) == ["a/index.html: broken link: y", "b/index.html: broken link: x"]


def test_a_link_found_several_times_on_a_page_is_one_problem_with_its_count(tmp_path):
    links = '<a href="gone/">a</a><a href="here/">b</a><a href="gone/">c</a><a href="gone/">d</a>'
    assert problems(tmp_path, {"index.html": links, "here/index.html": ""}) == [
        "index.html: broken link: gone/ (3 links)"
    ]


def test_a_page_that_is_not_utf8_is_a_problem_and_its_anchors_still_count(tmp_path):
    root = site(tmp_path, {"index.html": '<a href="b/#p-1">b</a><a href="b/#p-2">b</a>'})
    (root / "b").mkdir()
    (root / "b" / "index.html").write_bytes(b'<p id="p-1">\xff</p><a href="../gone/">x</a>')
    assert [str(problem) for problem in check_site(root)] == [
        "b/index.html: not UTF-8 text",
        "b/index.html: broken link: ../gone/",
        "index.html: missing anchor: b/#p-2",
    ]


def test_broken_link_record_reads_as_a_line():
    assert str(BrokenLink("a/index.html", "x/", "broken link")) == "a/index.html: broken link: x/"
    assert str(BrokenLink("a/index.html", "", "not UTF-8 text")) == "a/index.html: not UTF-8 text"


def test_parse_page_collects_ids_and_links():
    parsed = parse_page('<div id="a"><a href="x">x</a><img src="i.png"><p id="b"></p></div>')
    assert (parsed.ids, parsed.links) == ({"a", "b"}, ["x", "i.png"])


def test_parse_page_ignores_empty_hrefs_and_other_tags():
    parsed = parse_page('<a href="">x</a><div href="y"></div><form action="z"></form>')
    assert parsed.links == []
