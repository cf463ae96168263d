"""The snapshot: articles unpickled when asked for, standing in for the tuple they were."""

from __future__ import annotations

import pickle
from collections import ChainMap
from dataclasses import replace
from pathlib import Path

import pytest

from briefing.errors import DamagedSnapshot
from briefing.model import Briefing
from briefing.store import folder, reads
from briefing.store import snapshot as snapshots
from briefing.store.snapshot import Snapshot, StoredArticles, StoredBySlug
from briefing.views.research import research_views


def _stored(briefing: Briefing) -> StoredArticles:
    articles = briefing.articles
    pickled = [part for woven in articles for part in snapshots.article_pickles(woven)]
    return StoredArticles(tuple(w.slug for w in articles), pickled)


def test_stored_articles_read_as_the_tuple_they_were(briefing: Briefing):
    stored, articles = _stored(briefing), tuple(briefing.articles)
    assert len(stored) == len(articles)
    assert tuple(stored) == articles
    assert stored[-1] == articles[-1] and stored[:1] == articles[:1]
    with pytest.raises(IndexError):
        stored[len(articles)]
    by_slug = StoredBySlug(stored)
    assert list(by_slug) == [w.slug for w in articles]
    assert by_slug.get("no-such-article") is None
    assert by_slug[articles[0].slug] == articles[0]


def test_stored_articles_are_read_only_when_asked_for(briefing: Briefing):
    stored = _stored(briefing)
    stored._pickled[0] = b"not a pickle"  # type: ignore[index]
    assert stored[1] == briefing.articles[1]
    with pytest.raises(pickle.UnpicklingError):
        stored[0]


def test_a_field_list_pages_read_is_read_without_the_rest_of_the_article(briefing: Briefing):
    stored, first = _stored(briefing), briefing.articles[0]
    stored._pickled[1] = b"not a pickle"  # type: ignore[index]  # the first's other fields
    assert stored.field_of(0, "article") == first.article
    assert stored.field_of(0, "actor_themes") == first.actor_themes
    with pytest.raises(pickle.UnpicklingError):
        stored.field_of(0, "events")
    watched = reads.watched_briefing(replace(briefing, articles=stored)).by_slug[first.slug]
    with reads.recording() as seen:
        assert watched.article.title == first.article.title
    assert seen == {f"a:article:{first.slug}"}
    assert stored.field_of(1, "events") == briefing.articles[1].events  # read whole


def test_stored_articles_pickle_as_the_tuple_they_stand_for(briefing: Briefing):
    assert pickle.loads(pickle.dumps(_stored(briefing))) == tuple(briefing.articles)


def test_a_stored_snapshot_loads_as_it_was_with_edits_applied(briefing: Briefing, tmp_path: Path):
    research = research_views(briefing)
    snapshots.store(tmp_path, "one", Snapshot(briefing, research, "key", ()))
    loaded = snapshots.load(tmp_path, "one")
    assert loaded is not None and loaded.site_key == "key"
    assert tuple(loaded.briefing.articles) == tuple(briefing.articles)
    assert loaded.research.citations == research.citations
    assert loaded.research.events == research.events
    for name in ("entries", "actor_entries", "theme_entries", "article_entries"):
        assert getattr(loaded.research, name) == getattr(research, name)


def test_a_stored_research_view_is_read_slot_by_slot(briefing: Briefing, tmp_path: Path):
    tables = {"china": ("one", "two"), "russia": ("three",)}  # as a table's slots, of any value
    research = replace(research_views(briefing), events=(1, 2, 3), actor_entries=tables)
    snapshots.store(tmp_path, "one", Snapshot(briefing, research, "key", ()))
    loaded = snapshots.load(tmp_path, "one")
    assert loaded is not None
    reads = []
    chunks = loaded.research._chunks  # type: ignore[attr-defined]
    original = chunks.__getitem__
    monkey = type("Counted", (), {"__getitem__": lambda _, n: reads.append(n) or original(n)})
    loaded.research._chunks = monkey()  # type: ignore[attr-defined]
    assert len(loaded.research.events) == len(research.events) and reads == []
    assert loaded.research.actor_entries["china"] == ("one", "two")
    assert len(reads) == 1  # one actor's events, not every actor's
    assert "nobody" not in loaded.research.actor_entries and len(reads) == 1
    assert tuple(loaded.research.events) == research.events and len(reads) == 2
    slug = briefing.articles[0].slug
    assert loaded.research.citations[slug] == research.citations[slug] and len(reads) == 3
    again = pickle.loads(pickle.dumps(loaded.research.actor_entries))
    assert again == research.actor_entries and isinstance(again, dict)
    assert dict(loaded.briefing.related) == briefing.related  # records made when read
    assert pickle.loads(pickle.dumps(loaded.briefing.related)) == briefing.related
    assert snapshots.load(tmp_path, "two") is None
    edited = replace(briefing.articles[0], words=1)
    snapshots.store_edits(tmp_path, "two", loaded, [edited])
    again = snapshots.load(tmp_path, "two")
    assert again is not None
    assert again.briefing.by_slug[edited.slug].words == 1
    assert again.briefing.articles[1:] == tuple(briefing.articles[1:])


def test_a_snapshot_with_edits_since_is_read_without_its_own_core(
    briefing: Briefing, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """The edits hold the core (indexes, related articles) as they made it: the one
    the full snapshot holds is not unpickled to be thrown away."""
    snapshots.store(tmp_path, "one", Snapshot(briefing, research_views(briefing), "key", ()))
    loaded = snapshots.load(tmp_path, "one")
    assert loaded is not None
    snapshots.store_edits(tmp_path, "two", loaded, [replace(briefing.articles[0], words=1)])
    read = snapshots._core_read
    cores: list[object] = []
    monkeypatch.setattr(snapshots, "_core_read", lambda core: cores.append(core) or read(core))
    again = snapshots.load(tmp_path, "two")
    assert again is not None and again.briefing.articles[0].words == 1
    assert len(cores) == 1  # the edits' own


def test_a_field_of_the_core_kept_as_it_was_read_is_stored_as_the_pickle_it_was_read_from(
    briefing: Briefing, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    snapshots.store(tmp_path, "one", Snapshot(briefing, research_views(briefing), "key", ()))
    loaded = snapshots.load(tmp_path, "one")
    assert loaded is not None
    totals = {**loaded.briefing.mention_totals, "china": 99}
    changed = replace(loaded, briefing=replace(loaded.briefing, mention_totals=totals))
    pickled: list[object] = []
    dumps = pickle.dumps

    def counted(value: object, **options: int) -> bytes:
        pickled.append(value)
        return dumps(value, **options)

    monkeypatch.setattr(snapshots.pickle, "dumps", counted)
    snapshots.store_edits(tmp_path, "two", changed, [])
    # The totals, then the record holding the core's pickles: no other index again.
    assert pickled[0] == totals and len(pickled) == 2 and pickled[1][0] == "two"  # type: ignore[index]
    monkeypatch.undo()
    again = snapshots.load(tmp_path, "two")
    assert again is not None and again.briefing.mention_totals == totals
    assert dict(again.briefing.related) == briefing.related
    assert again.briefing.co_mentions == briefing.co_mentions


def test_a_snapshot_not_signed_here_is_not_read(briefing: Briefing, tmp_path: Path):
    research = research_views(briefing)
    snapshots.store(tmp_path, "one", Snapshot(briefing, research, "key", ()))
    stored = tmp_path / folder.SNAPSHOT
    stored.write_bytes(b"\0" * 32 + pickle.dumps(("one",)))
    assert snapshots.load(tmp_path, "one") is None


def test_a_pickle_changed_in_the_data_file_is_refused_when_read(briefing: Briefing, tmp_path: Path):
    snapshots.store(tmp_path, "one", Snapshot(briefing, research_views(briefing), "key", ()))
    (data_file,) = tmp_path.glob(folder.SNAPSHOT_DATA)
    data = bytearray(data_file.read_bytes())
    loaded = snapshots.load(tmp_path, "one")
    assert loaded is not None
    length = len(pickle.dumps(briefing.articles[0], protocol=5))
    data[length // 2] ^= 0xFF  # within the first article's pickle
    data_file.write_bytes(bytes(data))
    damaged = snapshots.load(tmp_path, "one")
    assert damaged is not None and damaged.briefing.articles[1] == briefing.articles[1]
    with pytest.raises(DamagedSnapshot):
        damaged.briefing.articles[0]
    data_file.write_bytes(bytes(data[:length]))  # cut short: the snapshot is not read
    assert snapshots.load(tmp_path, "one") is None
    data_file.unlink()
    assert snapshots.load(tmp_path, "one") is None


def test_each_full_snapshot_keeps_only_its_own_data_file(briefing: Briefing, tmp_path: Path):
    for build_id in ("one", "two"):
        snapshots.store(tmp_path, build_id, Snapshot(briefing, research_views(briefing), "k", ()))
    assert [p.name for p in tmp_path.glob(folder.SNAPSHOT_DATA)] == ["snapshot-two.data"]
    assert snapshots.load(tmp_path, "one") is None
    assert snapshots.load(tmp_path, "two") is not None


def test_related_articles_are_read_article_by_article_and_stored_with_those_ranked_anew(
    briefing: Briefing, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """An article's related articles are unpickled when asked for, not every article's;
    those ranked anew after an edit lie over the stored ones, and are stored with them."""
    snapshots.store(tmp_path, "one", Snapshot(briefing, research_views(briefing), "key", ()))
    loaded = snapshots.load(tmp_path, "one")
    assert loaded is not None
    first, second = (woven.slug for woven in briefing.articles[:2])
    unpickled: list[object] = []
    loads = pickle.loads
    monkeypatch.setattr(snapshots.pickle, "loads", lambda data: unpickled.append(1) or loads(data))
    assert loaded.briefing.related[first] == briefing.related[first]
    assert len(unpickled) == 1
    monkeypatch.undo()
    ranked = ChainMap({first: briefing.related[second]}, loaded.briefing.related)
    edited = replace(loaded, briefing=replace(loaded.briefing, related=ranked))
    snapshots.store_edits(tmp_path, "two", edited, [])
    again = snapshots.load(tmp_path, "two")
    assert again is not None
    assert dict(again.briefing.related) == {**briefing.related, first: briefing.related[second]}
