"""A blog named for a person gives the author of its posts that name no other."""

from __future__ import annotations

import pytest

from briefing.ingest.metadata import blog_owner


@pytest.mark.parametrize(
    ("publisher", "owner"),
    [
        ("Valerio Fabbri's Blog", "Valerio Fabbri"),
        ("Anna Kowalska’s Substack", "Anna Kowalska"),
        ("Le blog de Jean Dupont", "Jean Dupont"),
        ("Il blog di Mario Rossi", "Mario Rossi"),
        ("Blog von Anna Schmidt", "Anna Schmidt"),
        ("El blog de Lucía Pérez", "Lucía Pérez"),
    ],
)
def test_a_persons_blog_names_its_owner(publisher: str, owner: str):
    assert blog_owner(publisher) == owner


@pytest.mark.parametrize(
    "publisher",
    ["Steppe by Steppe", "The Diplomat's Blog", "Eurasia's Blog", "Tech Blog", "", None],
)
def test_a_blog_named_for_no_person_names_no_author(publisher: str | None):
    assert blog_owner(publisher) is None
