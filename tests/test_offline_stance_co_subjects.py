"""A country set beside another as sharing its position (`Slovakia, like Hungary, opposes …`)
holds the cue with it; `like` after a group word lists the group's members instead. Invented
sentences."""

from __future__ import annotations

import pytest
from conftest import stances


@pytest.mark.parametrize(("text", "expected"), [
    ("Slovakia, like Hungary, opposes a NATO invitation for Ukraine.",
     {"SK": "opposes", "HU": "opposes"}),
    ("Estonia, like Poland, supports an immediate NATO invitation for Ukraine.",
     {"EE": "supports", "PL": "supports"}),
    ("Washington, just like Berlin, is wary of a NATO invitation for Ukraine.",
     {"US": "hesitant", "DE": "hesitant"}),
    # `like` listing a group's members still hands them the group's cue.
    ("Those most reluctant to invite Ukraine into NATO, like Hungary and Slovakia, say the war "
     "must end first.", {"HU": "hesitant", "SK": "hesitant"}),
    ("Countries like Hungary and Slovakia oppose a NATO invitation for Ukraine.",
     {"HU": "opposes", "SK": "opposes"}),
    # Near miss: a contrast is no co-subject.
    ("Unlike Germany, Poland backs a NATO invitation for Ukraine.", {"PL": "supports"}),
])
def test_a_country_like_another_shares_its_cue(text: str, expected: dict[str, str]) -> None:
    assert stances(text) == expected
