"""Backing down is no backing: `backed down from its threat`, `backed off its support` give a
position up (no position either way), and the particle verb is no support cue (stance.toml
[blockers] after; stance_indirect.toml [turns.given_up]). Invented sentences."""

from __future__ import annotations

import pytest
from conftest import stances


@pytest.mark.parametrize("text", [
    "Hungary has not backed down from its threat to veto the invitation.",
    "Hungary backed down from its threat to veto the invitation.",
    "Hungary dropped its threat to veto the invitation.",
    "Germany backed off its support for an invitation.",
    "Germany has not backed away from its opposition to the invitation.",
])
def test_backing_down_states_no_support(text: str) -> None:
    assert stances(text) == {}


@pytest.mark.parametrize(("text", "expected"), [
    ("Hungary renewed its threat to veto the invitation for Ukraine to join NATO.",
     {"HU": "opposes"}),
    ("Germany backed the invitation for Ukraine to join NATO.", {"DE": "supports"}),
])
def test_near_misses(text: str, expected: dict[str, str]) -> None:
    assert stances(text) == expected
