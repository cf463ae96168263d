"""Articles loaded from front-mattered Markdown, every problem named by file and line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefing.errors import BriefingError, BriefingErrors
from briefing.load.content import article_order, article_paths, load_article, load_articles
from briefing.model import Actor, Gazetteer, Theme

GAZETTEER = Gazetteer(
    actors=(
        Actor("russia", "Russia", "country", (), ""),
        Actor("china", "China", "country", (), ""),
    ),
    themes=(Theme("energy", "Energy", "", ()), Theme("security", "Security", "", ())),
)


def write(folder: Path, name: str, front: str, body: str = "Body.\n") -> Path:
    path = folder / name
    path.write_text(f"---\n{front}---\n{body}", encoding="utf-8")
    return path


def load(tmp_path: Path, front: str, name: str = "a.md"):
    return load_article(write(tmp_path, name, front), GAZETTEER, "en")


def message(tmp_path: Path, front: str, name: str = "a.md") -> str:
    with pytest.raises(BriefingError) as caught:
        load(tmp_path, front, name)
    return str(caught.value)


# The happy path

FULL = """\
title: "Russia and China: a test"
slug: russia-and-china
date: 2018-12-21
author: Fabio Indeo
author_bio: A researcher.
publisher: ISPI
source_url: https://example.com/a
language: ru
summary: One sentence.
seed: 003_abc.txt
seed_sha256: "deadbeef"
accessed: 2020-01-02
themes: [energy, security]
actors: [russia, china]
"""


def test_every_field_is_loaded(tmp_path):
    article = load(tmp_path, FULL)
    assert (
        article.title,
        article.slug,
        article.date,
        article.author,
        article.author_bio,
        article.publisher,
        article.source_url,
        article.language,
        article.summary,
        article.seed,
        article.seed_sha256,
        article.accessed,
        article.themes,
        article.actors,
    ) == (
        "Russia and China: a test",
        "russia-and-china",
        dt.date(2018, 12, 21),
        "Fabio Indeo",
        "A researcher.",
        "ISPI",
        "https://example.com/a",
        "ru",
        "One sentence.",
        "003_abc.txt",
        "deadbeef",
        dt.date(2020, 1, 2),
        ("energy", "security"),
        ("russia", "china"),
    )


def test_body_path_and_body_line_are_kept(tmp_path):
    article = load(tmp_path, "title: T\nslug: t\n")
    assert (article.body, article.path, article.body_line) == ("Body.\n", tmp_path / "a.md", 5)


def test_missing_fields_are_none_and_language_defaults(tmp_path):
    article = load(tmp_path, "title: T\n")
    assert (article.date, article.author, article.summary, article.themes, article.actors) == (
        None,
        None,
        None,
        None,
        None,
    )
    assert article.language == "en"


def test_null_fields_are_none(tmp_path):
    article = load(tmp_path, "title: T\ndate: null\nauthor: null\nactors: null\n")
    assert (article.date, article.author, article.actors) == (None, None, None)


def test_slug_defaults_to_the_file_name(tmp_path):
    assert load(tmp_path, "title: T\n", name="my-article.md").slug == "my-article"


def test_quoted_date_is_parsed(tmp_path):
    assert load(tmp_path, "title: T\ndate: '2018-12-21'\n").date == dt.date(2018, 12, 21)


def test_date_time_keeps_only_the_date(tmp_path):
    assert load(tmp_path, "title: T\ndate: 2018-12-21T10:00:00\n").date == dt.date(2018, 12, 21)


def test_text_fields_are_stripped_and_blank_is_none(tmp_path):
    article = load(tmp_path, "title: '  T  '\nauthor: '   '\n")
    assert (article.title, article.author) == ("T", None)


def test_number_in_a_text_field_becomes_text(tmp_path):
    assert load(tmp_path, "title: 2018\n").title == "2018"


def test_repeated_ids_are_kept_once_in_order(tmp_path):
    assert load(tmp_path, "title: T\nactors: [china, russia, china]\n").actors == (
        "china",
        "russia",
    )


def test_empty_id_list_means_none_chosen(tmp_path):
    assert load(tmp_path, "title: T\nthemes: []\n").themes == ()


# Errors, verbatim


def test_unknown_field_is_an_error_on_its_line(tmp_path):
    assert message(tmp_path, "title: T\nslug: a\ncolour: red\n") == (
        f"{tmp_path / 'a.md'}:4: unknown front-matter field 'colour'"
    )


def test_an_unknown_field_named_by_a_number_is_an_error_on_its_own_line(tmp_path):
    assert message(tmp_path, "title: T\nslug: a\n2018: red\n") == (
        f"{tmp_path / 'a.md'}:4: unknown front-matter field 2018"
    )


def test_missing_title_is_an_error_on_the_front_matter_line(tmp_path):
    assert message(tmp_path, "slug: a\n") == f"{tmp_path / 'a.md'}:2: 'title' is missing"


def test_blank_title_is_missing_on_its_line(tmp_path):
    assert message(tmp_path, "slug: a\ntitle: ''\n") == f"{tmp_path / 'a.md'}:3: 'title' is missing"


def test_title_that_is_a_list_must_be_text(tmp_path):
    assert message(tmp_path, "title: [a, b]\n") == f"{tmp_path / 'a.md'}:2: 'title' must be text"


def test_title_that_is_a_boolean_must_be_text(tmp_path):
    assert message(tmp_path, "title: yes\n") == f"{tmp_path / 'a.md'}:2: 'title' must be text"


def test_author_that_is_a_mapping_must_be_text(tmp_path):
    assert message(tmp_path, "title: T\nauthor: {a: 1}\n") == (
        f"{tmp_path / 'a.md'}:3: 'author' must be text"
    )


@pytest.mark.parametrize("value", ["yesterday", "2018", "21/12/2018", "2018-12-21x"])
def test_date_that_is_not_a_date_is_an_error(tmp_path, value):
    assert message(tmp_path, f"title: T\ndate: {value}\n") == (
        f"{tmp_path / 'a.md'}:3: 'date' must be an ISO date like 2018-12-21, or null"
    )


@pytest.mark.parametrize("value", ["French", "fr_FR", "f", "français"])
def test_a_language_that_is_no_language_code_is_an_error_on_its_line(tmp_path, value):
    assert message(tmp_path, f"title: T\nlanguage: {value}\n") == (
        f"{tmp_path / 'a.md'}:3: language {value!r} must be a language code like en, fr or pt-BR"
    )


@pytest.mark.parametrize(("value", "read"), [("fr", "fr"), ("pt-BR", "pt-BR"), ("EN", "en"),
                                             ("zh-Hans", "zh-Hans")])  # fmt: skip
def test_a_language_code_is_read_with_its_language_in_lower_case(tmp_path, value, read):
    assert load(tmp_path, f"title: T\nlanguage: {value}\n").language == read


def test_accessed_that_is_not_a_date_is_an_error(tmp_path):
    assert message(tmp_path, "title: T\naccessed: soon\n") == (
        f"{tmp_path / 'a.md'}:3: 'accessed' must be an ISO date like 2018-12-21, or null"
    )


def test_impossible_date_is_an_error_on_its_line(tmp_path):
    assert message(tmp_path, "title: T\ndate: 2018-13-45\n").startswith(f"{tmp_path / 'a.md'}:3: ")


def test_actor_list_that_is_a_string_is_an_error(tmp_path):
    assert message(tmp_path, "title: T\nactors: russia\n") == (
        f"{tmp_path / 'a.md'}:3: 'actors' must be a list of actor ids"
    )


def test_theme_list_with_a_number_is_an_error(tmp_path):
    assert message(tmp_path, "title: T\nthemes: [energy, 3]\n") == (
        f"{tmp_path / 'a.md'}:3: 'themes' must be a list of theme ids"
    )


def test_unknown_actor_id_is_an_error(tmp_path):
    assert message(tmp_path, "title: T\nactors: [russia, usa]\n") == (
        f"{tmp_path / 'a.md'}:3: unknown actor id 'usa'"
    )


def test_unknown_theme_id_is_an_error(tmp_path):
    assert message(tmp_path, "title: T\ndate: null\nthemes: [trade]\n") == (
        f"{tmp_path / 'a.md'}:4: unknown theme id 'trade'"
    )


@pytest.mark.parametrize("slug", ["Bad_Slug", "a--b", "-a", "a-", "A"])
def test_bad_slug_is_an_error_on_its_line(tmp_path, slug):
    assert message(tmp_path, f"title: T\nslug: '{slug}'\n") == (
        f"{tmp_path / 'a.md'}:3: slug {slug!r} must be lowercase letters, digits and single hyphens"
    )


def test_bad_file_name_without_slug_is_an_error(tmp_path):
    assert message(tmp_path, "title: T\n", name="My Article.md") == (
        f"{tmp_path / 'My Article.md'}:2: "
        "slug 'My Article' must be lowercase letters, digits and single hyphens"
    )


def test_missing_front_matter_names_the_article_file(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("Just a body.\n")
    with pytest.raises(BriefingError) as caught:
        load_article(path, GAZETTEER, "en")
    assert str(caught.value) == (
        f"{path}:1: no front matter: the file must start with a '---' line"
    )


# The folder of articles


def test_article_paths_are_sorted_markdown_files_without_hidden_ones(tmp_path):
    for name in ("b.md", "a.md", ".hidden.md", "notes.txt"):
        (tmp_path / name).write_text("")
    assert article_paths(tmp_path) == [tmp_path / "a.md", tmp_path / "b.md"]


def test_missing_articles_folder_has_no_articles(tmp_path):
    assert load_articles(tmp_path / "nothing", GAZETTEER, "en") == []


def test_articles_are_ordered_newest_first_with_undated_last(tmp_path):
    write(tmp_path, "a.md", "title: Old\ndate: 2015-01-01\n")
    write(tmp_path, "b.md", "title: Undated\n")
    write(tmp_path, "c.md", "title: New\ndate: 2020-05-05\n")
    write(tmp_path, "d.md", "title: Middle\ndate: 2018-12-21\n")
    articles = load_articles(tmp_path, GAZETTEER, "en")
    assert [a.title for a in articles] == ["New", "Middle", "Old", "Undated"]


def test_articles_of_one_date_are_ordered_by_title(tmp_path):
    write(tmp_path, "a.md", "title: Zebra\ndate: 2018-01-01\n")
    write(tmp_path, "b.md", "title: Apple\ndate: 2018-01-01\n")
    write(tmp_path, "c.md", "title: Beta\n")
    write(tmp_path, "d.md", "title: Alpha\n")
    assert [a.title for a in load_articles(tmp_path, GAZETTEER, "en")] == [
        "Apple",
        "Zebra",
        "Alpha",
        "Beta",
    ]


def test_article_order_key_puts_undated_after_dated(tmp_path):
    dated = load(tmp_path, "title: B\ndate: 1990-01-01\n", name="b.md")
    undated = load(tmp_path, "title: A\n", name="a.md")
    assert sorted([undated, dated], key=article_order) == [dated, undated]


def test_language_default_comes_from_the_site(tmp_path):
    write(tmp_path, "a.md", "title: T\n")
    assert load_articles(tmp_path, GAZETTEER, "fr")[0].language == "fr"


def test_duplicate_slug_across_files_is_an_error(tmp_path):
    first = write(tmp_path, "a.md", "title: A\nslug: same\n")
    second = write(tmp_path, "b.md", "title: B\nslug: same\n")
    with pytest.raises(BriefingError) as caught:
        load_articles(tmp_path, GAZETTEER, "en")
    assert (caught.value.path, caught.value.message) == (
        second,
        f"slug 'same' is also used by {first}",
    )


def test_duplicate_slug_error_names_the_slug_line(tmp_path):
    first = write(tmp_path, "a.md", "title: A\nslug: same\n")
    second = write(tmp_path, "b.md", "title: B\nslug: same\n")
    with pytest.raises(BriefingError) as caught:
        load_articles(tmp_path, GAZETTEER, "en")
    assert str(caught.value) == f"{second}:3: slug 'same' is also used by {first}"


def test_slug_from_front_matter_clashing_with_a_file_name_is_a_duplicate(tmp_path):
    first = write(tmp_path, "a.md", "title: A\nslug: b\n")
    second = write(tmp_path, "b.md", "title: B\n")
    with pytest.raises(BriefingError) as caught:
        load_articles(tmp_path, GAZETTEER, "en")
    assert (caught.value.path, caught.value.message) == (
        second,
        f"slug 'b' is also used by {first}",
    )


def test_problems_in_several_files_are_reported_together(tmp_path):
    a = write(tmp_path, "a.md", "title: A\ncolour: red\n")
    write(tmp_path, "b.md", "title: B\n")
    c = write(tmp_path, "c.md", "date: 2018-01-01\n")
    with pytest.raises(BriefingErrors) as caught:
        load_articles(tmp_path, GAZETTEER, "en")
    assert [str(e) for e in caught.value.errors] == [
        f"{a}:3: unknown front-matter field 'colour'",
        f"{c}:2: 'title' is missing",
    ]


def test_one_problem_is_raised_alone(tmp_path):
    a = write(tmp_path, "a.md", "title: A\nactors: [nobody]\n")
    with pytest.raises(BriefingError) as caught:
        load_articles(tmp_path, GAZETTEER, "en")
    assert (type(caught.value), str(caught.value)) == (
        BriefingError,
        f"{a}:3: unknown actor id 'nobody'",
    )


def test_every_reuse_of_a_slug_is_reported(tmp_path):
    first = write(tmp_path, "a.md", "title: A\nslug: same\n")
    write(tmp_path, "b.md", "title: B\nslug: same\n")
    write(tmp_path, "c.md", "title: C\nslug: same\n")
    with pytest.raises(BriefingErrors) as caught:
        load_articles(tmp_path, GAZETTEER, "en")
    assert [(e.path.name, e.message) for e in caught.value.errors] == [
        ("b.md", f"slug 'same' is also used by {first}"),
        ("c.md", f"slug 'same' is also used by {first}"),
    ]
