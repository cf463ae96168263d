"""What pages read of the briefing, and what changed between two briefings, as keys."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from tests.helpers import splice_bytes

from briefing.model import Splice
from briefing.site import data
from briefing.site.pages import Page
from briefing.store import changes, reads
from briefing.store import outputs as output_reads
from briefing.store.folder import OUTPUTS, OUTPUTS_SINCE
from briefing.store.outputs import OutputReads, load_reads, planned_as, store_reads
from briefing.views.research import research_views
from briefing.weave.weave import Briefing


def test_reading_an_articles_fields_notes_each_field_and_its_text(briefing: Briefing):
    watched = reads.watched_briefing(briefing)
    slug = briefing.articles[0].slug
    with reads.recording() as seen:
        woven = watched.by_slug[slug]
        assert woven.slug == slug
    assert seen == set()  # a slug is no read of the article
    with reads.recording() as seen:
        shown = (woven.article.title, woven.actor_counts, woven.passages_on_theme("security"))
    assert shown[0] == briefing.articles[0].article.title
    assert seen == {f"a:article:{slug}", f"a:actor_counts:{slug}", f"t:{slug}"}


def test_walking_the_articles_or_an_index_notes_the_whole(briefing: Briefing):
    watched = reads.watched_briefing(briefing)
    with reads.recording() as seen:
        watched.actor_articles.get("china")
        watched.actor_articles.get("nobody")  # absent now: its coming is a change
    assert seen == {"b:actor_articles:china", "b:actor_articles:nobody"}
    with reads.recording() as seen:
        list(watched.mention_totals.items())
        watched.articles[:2]
    assert {"b:mention_totals:*", "articles"} <= seen


def test_counting_or_walking_an_index_alone_notes_its_keys_not_its_slots(briefing: Briefing):
    watched = reads.watched_briefing(briefing)
    with reads.recording() as seen:
        assert len(watched.actor_articles) == len(briefing.actor_articles)
        assert list(watched.theme_articles) == list(briefing.theme_articles)
    assert seen == {"b:actor_articles:#", "b:theme_articles:#"}


def test_a_slot_that_comes_changes_the_keys_and_one_that_changes_does_not(briefing: Briefing):
    research = research_views(briefing)
    more = {**briefing.actor_articles, "newcomer": (("x", 1),)}
    other = {**briefing.actor_articles, "china": (("x", 1),)}
    grown = replace(briefing, actor_articles=more)
    came = changes.changed_keys(briefing, research, grown, research)
    assert came == {"b:actor_articles:newcomer", "b:actor_articles:*", "b:actor_articles:#"}
    changed = replace(briefing, actor_articles=other)
    assert "b:actor_articles:#" not in changes.changed_keys(briefing, research, changed, research)


def test_an_inner_recording_is_read_by_the_outer_one_too(briefing: Briefing):
    watched = reads.watched_briefing(briefing)
    with reads.recording() as outer:
        with reads.recording() as inner:
            watched.co_mentions.get("russia")
        watched.bylines.get("china")
    assert inner == {"b:co_mentions:russia"}
    assert outer == {"b:co_mentions:russia", "b:bylines:china"}


def test_a_derived_value_is_worked_out_once_and_each_caller_reads_what_it_read(
    briefing: Briefing,
):
    watched = reads.watched_briefing(briefing)
    calls = []

    @reads.derived
    def china_count(b: Briefing) -> int:
        calls.append(1)
        return len(b.actor_articles.get("china", ()))

    try:
        with reads.recording() as first:
            one = china_count(watched)
        with reads.recording() as second:
            assert china_count(watched) == one
    finally:
        reads.forget()
    assert calls == [1]
    assert first == second == {"b:actor_articles:china"}


def test_changes_between_two_briefings_name_the_fields_and_slots_that_differ(
    briefing: Briefing,
):
    research = research_views(briefing)
    first = briefing.articles[0]
    counts = {**first.actor_counts, "china": first.actor_counts.get("china", 0) + 1}
    edited = replace(first, actor_counts=counts, key="another")
    articles = (edited, *briefing.articles[1:])
    actor_articles = {**briefing.actor_articles, "china": (("x", 1),)}
    after = replace(briefing, articles=articles, by_slug={w.slug: w for w in articles},
                    actor_articles=actor_articles)  # fmt: skip
    found = changes.changed_keys(briefing, research, after, research)
    slug = first.slug
    assert found == {
        f"t:{slug}",
        f"a:actor_counts:{slug}",
        "t:*",  # the text and that field of any article: what an output reading all reads
        "a:actor_counts:*",
        "b:actor_articles:china",
        "b:actor_articles:*",
    }


def test_nothing_changed_is_no_key(briefing: Briefing):
    research = research_views(briefing)
    assert changes.changed_keys(briefing, research, briefing, research_views(briefing)) == set()


def test_an_article_gone_changes_the_list_and_all_its_keys(briefing: Briefing):
    research = research_views(briefing)
    gone = briefing.articles[-1]
    articles = tuple(briefing.articles[:-1])
    after = replace(briefing, articles=articles, by_slug={w.slug: w for w in articles})
    found = changes.changed_keys(briefing, research, after, research, rewoven=())
    assert {"articles", f"t:{gone.slug}", f"a:article:{gone.slug}"} <= found


def _page(url: str) -> Page:
    return Page(url, "article.html", title=url)


@pytest.fixture
def kept_reads(tmp_path):
    made = {
        "a/index.html": (
            planned_as(_page("/a/")), ("t:a", "b:actor_articles:china"), 0.25
        ),
        "b/index.html": (planned_as(_page("/b/")), ("t:b",), 0.5),
    }
    store_reads(tmp_path, "build", OutputReads.empty().updated(made, made))
    return tmp_path


def test_kept_reads_come_back_for_their_build_only(kept_reads):
    assert load_reads(kept_reads, "another build") is None
    found = load_reads(kept_reads, "build")
    assert found is not None
    assert found.read_by("a/index.html") == {"t:a", "b:actor_articles:china"}
    # 0.25 s beside the longest, 0.5 s: a worker could take that much off
    assert found.seconds_beside_longest(["a/index.html", "b/index.html", "new/index.html"]) == 0.25
    assert found.seconds_beside_longest(["b/index.html"]) == 0.0
    assert found.seconds_beside_longest(["new/index.html"]) == 0.0


@pytest.mark.parametrize("others", [0, 40])
def test_the_stale_outputs_are_those_new_or_planned_otherwise_or_reading_a_changed_key(
    kept_reads, others: int
):
    """However many other keys changed, read by no output, before and after the keys read
    in byte order."""
    found = load_reads(kept_reads, "build")
    assert found is not None
    outputs = {"a/index.html": _page("/a/"), "b/index.html": _page("/b/"), "c.html": _page("/c")}
    unread = {f"{kind}:unread-{number}" for number in range(others) for kind in "0tz"}
    assert found.stale(outputs, {"t:b", *unread}) == ["b/index.html", "c.html"]
    assert found.stale(outputs, {"b:actor_articles:russia", *unread}) == ["c.html"]
    both = {"b:actor_articles:china", "t:b", *unread}
    assert found.stale(outputs, both) == ["a/index.html", "b/index.html", "c.html"]
    outputs["a/index.html"] = Page("/a/", "article.html", title="Another title")
    assert found.stale(outputs, set()) == ["a/index.html", "c.html"]


def _rebuilt(folder, last: str, build: str, made: dict, paths: list[str]) -> OutputReads:
    """The reads as a build on the build ``last`` keeps them, having made ``made``."""
    found = load_reads(folder, last)
    assert found is not None
    store_reads(folder, build, found.updated(made, paths))
    kept = load_reads(folder, build)
    assert kept is not None
    return kept


def test_a_rebuild_keeps_the_reads_of_what_it_made_beside_the_whole_record(kept_reads):
    whole = (kept_reads / OUTPUTS).read_bytes()
    made = {"b/index.html": (planned_as(_page("/b/")), ("t:b", "b:mention_totals:china"), 0.1)}
    kept = _rebuilt(kept_reads, "build", "next", made, ["a/index.html", "b/index.html"])
    assert (kept_reads / OUTPUTS).read_bytes() == whole and (kept_reads / OUTPUTS_SINCE).exists()
    assert kept.read_by("b/index.html") == {"t:b", "b:mention_totals:china"}
    assert kept.read_by("a/index.html") == {"t:a", "b:actor_articles:china"}
    outputs = {"a/index.html": _page("/a/"), "b/index.html": _page("/b/")}
    assert kept.stale(outputs, {"b:mention_totals:china"}) == ["b/index.html"]
    assert kept.stale(outputs, {"b:actor_articles:china"}) == ["a/index.html"]

    gone = _rebuilt(kept_reads, "next", "third", {}, ["b/index.html"])
    with pytest.raises(KeyError):
        gone.read_by("a/index.html")
    assert gone.stale(outputs, set()) == ["a/index.html"]  # back again: made anew


def test_reads_made_since_are_folded_into_a_whole_record_past_a_limit(
    kept_reads, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(output_reads, "MAX_SINCE", 0)
    made = {"b/index.html": (planned_as(_page("/b/")), ("t:b", "t:c"), 0.1)}
    kept = _rebuilt(kept_reads, "build", "next", made, ["a/index.html", "b/index.html"])
    assert not (kept_reads / OUTPUTS_SINCE).exists() and kept.since == {}
    assert kept.base_id == "next" and kept.read_by("b/index.html") == {"t:b", "t:c"}
    assert kept.read_by("b/index.html") == {"t:b", "t:c"}
    assert kept.read_by("a/index.html") == {"t:a", "b:actor_articles:china"}


def _last_exports(site: Path, briefing: Briefing) -> None:
    """The articles and actors exports, as the last build left them in site."""
    exports = data.data_files(briefing, research_views(briefing))
    for path in (data.ARTICLES, data.ACTORS):
        (site / path).parent.mkdir(exist_ok=True)
        made = exports[path]()
        (site / path).write_text(made if isinstance(made, str) else "".join(made), "utf-8")


def _articles_json(briefing: Briefing) -> str:
    """The articles export made whole."""
    return "".join(data.articles_export(briefing, None))


def _edited(site: Path, slugs: set[str], keys: set[str] | None = None) -> data.Edited:
    return data.Edited(site, slugs, keys)


def test_the_articles_export_made_from_the_last_one_reads_what_one_made_whole_reads(
    briefing: Briefing, tmp_path
):
    """Made anew for one edited article, the export still reads every article as a
    whole one does, for the next build to know when any of them changes: each field of
    an article read whole is read of any article (one key a field, not one an article)."""
    watched = reads.watched_briefing(briefing)
    _last_exports(tmp_path, briefing)
    with reads.recording() as whole:
        made_whole = "".join(data.articles_export(watched, None))  # made as it is written
    with reads.recording() as patched:
        made = data.articles_export(watched, _edited(tmp_path, {briefing.articles[1].slug}))
    assert isinstance(made, Splice)
    assert splice_bytes(made).decode("utf-8") == made_whole
    of_articles = {key for key in whole if key.startswith(("a:", "t:"))}
    assert {reads.any_article_key(key) for key in of_articles} <= patched
    assert whole - of_articles <= patched
    unedited = briefing.articles[0].slug  # its record is the last export's, not read again
    assert not any(key.endswith(f":{unedited}") for key in patched)


def test_an_export_comes_line_by_line_and_is_the_json_of_its_records(briefing: Briefing):
    """Each record is made as its line is written (a big briefing's records, held all at
    once, took ten times the memory of their export); the lines make one JSON list."""
    made = data.data_files(briefing, research_views(briefing))[data.ARTICLES]()
    assert not isinstance(made, str | bytes)
    lines = list(made)
    assert len(lines) == len(briefing.articles) + 1  # a line a record, then the end
    records = json.loads("".join(lines))
    assert [record["slug"] for record in records] == [w.slug for w in briefing.articles]
    assert list(data.json_lines([])) == ["[]\n"]


@pytest.mark.parametrize("edited", [0, -1])
def test_the_articles_export_made_from_the_last_one_equals_one_made_whole(
    briefing: Briefing, edited: int, tmp_path
):
    """The edited record is found by its slug, however other records quote it (a title
    naming another article's slug, a slug that begins another), the last record too."""
    _last_exports(tmp_path, briefing)
    slug = briefing.articles[edited].slug
    other = briefing.articles[1].slug
    title = f'On {{"slug": "{slug}", "{other}"}} <& more'
    woven = briefing.articles[edited]
    renamed = replace(woven, article=replace(woven.article, title=title))
    articles = [renamed if w.slug == slug else w for w in briefing.articles]
    now = replace(briefing, articles=articles, by_slug={w.slug: w for w in articles})
    made = data.articles_export(now, _edited(tmp_path, {slug}))
    assert isinstance(made, Splice)
    text = splice_bytes(made).decode("utf-8")
    assert text == _articles_json(now)
    assert json.loads(text)[edited if edited >= 0 else len(articles) - 1]["title"] == title


@pytest.mark.parametrize("last", ["empty", "gone", "another briefing's"])
def test_an_articles_export_not_made_from_a_last_one_it_cannot_use(
    briefing: Briefing, last: str, tmp_path
):
    export = tmp_path / data.ARTICLES
    export.parent.mkdir()
    if last == "empty":
        export.write_bytes(b"")
    elif last == "another briefing's":
        export.write_text('[\n{"slug": "elsewhere"}\n]\n', "utf-8")
    made = data.articles_export(briefing, _edited(tmp_path, {briefing.articles[0].slug}))
    assert not isinstance(made, Splice | str | bytes)
    assert "".join(made) == _articles_json(briefing)


def test_the_whole_record_finds_each_key_and_its_readers():
    """Keys in byte order, found by a binary search: prefixes of others, non-ASCII ones,
    the first and the last."""
    keys = ["t:a", "t:ab", "t:a-b", "b:mention_totals:çin", "b:mention_totals:china", "z", "0"]
    outputs = {
        f"{number}.html": (f"plan-{number}", tuple(keys[: number + 1]), float(number))
        for number in range(len(keys))
    }
    record = output_reads.WholeReads.made(outputs)
    for number, key in enumerate(keys):
        assert record.readers_of([key]) == set(range(number, len(keys)))
        assert record.readers_of([key + "x", key[:-1] + "~"]) == set()
    assert record.read_by(3) == tuple(keys[:4])
    assert record.readers_of(["", "t:", "zz"]) == set()


def test_the_actors_export_made_from_the_last_one_remakes_the_records_reading_a_changed_key(
    briefing: Briefing, tmp_path
):
    """Only the records that read a changed key are written anew into the last export;
    every record is made all the same, and reads what a whole export reads."""
    _last_exports(tmp_path, briefing)
    research = research_views(briefing)
    postings = dict(briefing.actor_articles)
    postings["china"] = postings["china"][1:]  # one article fewer names China
    now = replace(briefing, actor_articles=postings)
    keys = changes.changed_keys(briefing, research, now, research)
    assert "b:actor_articles:china" in keys
    whole_export = "".join(data.actors_export(now, None))
    with reads.recording() as whole:
        "".join(data.actors_export(reads.watched_briefing(now), None))  # made as written
    with reads.recording() as patched:
        made = data.actors_export(reads.watched_briefing(now), _edited(tmp_path, set(), keys))
    assert isinstance(made, Splice) and splice_bytes(made).decode("utf-8") == whole_export
    assert patched == whole
    last = (tmp_path / data.ACTORS).read_bytes()
    unchanged = data.actors_export(briefing, _edited(tmp_path, set(), {"t:elsewhere"}))
    assert isinstance(unchanged, Splice) and splice_bytes(unchanged) == last
    assert not isinstance(data.actors_export(now, _edited(tmp_path, set(), None)), Splice)
