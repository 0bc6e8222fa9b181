"""A cue that completes a noun of effort (`Hungary's attempt to block the invitation`) is the
effort's owner's position: its possessor (or a demonym right before) holds it; whoever acts on
the effort (thwarts it, pushes back on it, backs it) holds neither that cue nor, when the effort
is against the step, a position of its own (polarity is sacred). stance_indirect.toml
[turns.efforts]. Invented sentences."""

from __future__ import annotations

import pytest
from conftest import stances


@pytest.mark.parametrize("text", [
    "Washington has put the brakes on Hungary's attempt to block the invitation for Ukraine to "
    "join NATO.",
    "The United States has thwarted Hungary's bid to block a NATO invitation for Ukraine.",
    "Germany criticised Budapest's latest attempt to veto the NATO invitation for Ukraine.",
    "France rejected Hungary's attempt to block the invitation for Ukraine to join NATO.",
    "Hungary's threat to veto the invitation for Ukraine to join NATO angered Kyiv.",
    "The Hungarian attempt to block the NATO invitation for Ukraine failed.",
])
def test_the_effort_is_its_possessors_alone(text: str) -> None:
    assert stances(text) == {"HU": "opposes"}


@pytest.mark.parametrize("text", [
    "France pushed back on an attempt to block the invitation for Ukraine to join NATO.",
    "Washington backed efforts to block the invitation for Ukraine to join NATO.",
    "Italy has put the brakes on a move to veto the invitation for Ukraine to join NATO.",
])
def test_acting_on_an_effort_against_the_step_states_nothing(text: str) -> None:
    assert stances(text) == {}


@pytest.mark.parametrize(("text", "expected"), [
    # The effort is the subject's own (`its`): its cue stays the subject's.
    ("Hungary renewed its threat to veto the invitation for Ukraine to join NATO.",
     {"HU": "opposes"}),
    # Resisting an effort for the step is a no; backing one is support.
    ("Germany resisted efforts to invite Ukraine to join NATO.", {"DE": "opposes"}),
    ("Poland backed efforts to invite Ukraine to join NATO.", {"PL": "supports"}),
    # A verb, not a noun of effort.
    ("Hungary has threatened to veto the invitation for Ukraine to join NATO.",
     {"HU": "opposes"}),
    # The candidate's bid to join is still its request.
    ("Germany welcomed Ukraine's bid to join NATO.", {"DE": "supports", "UA": "supports"}),
])
def test_near_misses(text: str, expected: dict[str, str]) -> None:
    assert stances(text) == expected
