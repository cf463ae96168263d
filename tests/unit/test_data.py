"""The data exports: a patched articles export equals one made whole."""

from __future__ import annotations

from dataclasses import replace

from briefing import data
from briefing.model import Briefing
from briefing.snapshot import with_articles
from briefing.views.research import research_views


def test_the_articles_export_patched_for_an_edit_equals_one_made_whole(briefing: Briefing):
    old = data.articles_json(briefing).encode("utf-8")
    edited = replace(briefing.articles[-1], words=briefing.articles[-1].words + 7)
    after = with_articles(briefing, [edited])
    assert after.by_slug[edited.slug].words == edited.words
    patched = data.articles_with(old, after, [edited.slug])
    assert patched == data.articles_json(after).encode("utf-8") != old
    assert data.data_files(after, research_views(after))[data.ARTICLES].encode("utf-8") == patched


def test_an_articles_export_of_another_shape_is_made_whole(briefing: Briefing):
    made = data.articles_with(b"[]\n", briefing, [briefing.articles[0].slug])
    assert made == data.articles_json(briefing).encode("utf-8")
