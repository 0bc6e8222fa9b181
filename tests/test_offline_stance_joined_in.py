"""`Italy joined Germany in opposing the invitation`: the subject of a verb of joining shares
the cue of the one it joins, when the cue comes right after `in` (stance_indirect.toml [turns]
joiners, joiner_links); `Zelensky joined Macron in Paris` states nothing. Invented sentences."""

from __future__ import annotations

import pytest
from conftest import stances


@pytest.mark.parametrize(("text", "expected"), [
    ("Italy joined Germany in opposing an invitation for Ukraine to join NATO.",
     {"IT": "opposes", "DE": "opposes"}),
    ("Slovakia has joined Hungary in rejecting the invitation for Ukraine to join NATO.",
     {"SK": "opposes", "HU": "opposes"}),
    ("Estonia joined Poland in calling for an immediate invitation for Ukraine to join NATO.",
     {"EE": "supports", "PL": "supports"}),
    ("Lithuania joins Latvia and Estonia in pressing for a NATO invitation for Ukraine.",
     {"LT": "supports", "LV": "supports", "EE": "supports"}),
])
def test_the_joiner_shares_the_cue(text: str, expected: dict[str, str]) -> None:
    assert stances(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Zelensky joined Macron in Paris to discuss the NATO invitation.", {}),
    # The cue is not right after `in`: only the nearer mention holds it, as before.
    ("Italy joined Germany in Brussels, opposing an invitation for Ukraine to join NATO.",
     {"DE": "opposes"}),
])
def test_near_misses(text: str, expected: dict[str, str]) -> None:
    assert stances(text) == expected
