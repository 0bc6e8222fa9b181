"""Support or consent conditioned on another country (or on the allies' consensus) hides behind
it: hesitant, not support (stance.toml [scope.dependencies] behind, behind_on; stance_scope.
behind_others). The country in the condition holds nothing. Invented sentences."""

from __future__ import annotations

import pytest
from conftest import stances


@pytest.mark.parametrize(("text", "code"), [
    ("Italy would accept an invitation for Ukraine to join NATO if Washington backed one, "
     "diplomats said.", "IT"),
    ("Madrid would back an invitation to NATO provided Washington agreed.", "ES"),
    ("Germany would agree to an invitation if the United States did.", "DE"),
    ("Berlin would extend an invitation to Kyiv if Washington agreed.", "DE"),
    ("Spain's support for a NATO invitation depends on Washington.", "ES"),
    ("Madrid will back a NATO invitation only with American support.", "ES"),
    ("Madrid says it would support the invitation if there is consensus among allies.", "ES"),
])
def test_support_conditioned_on_others_is_hesitant(text: str, code: str) -> None:
    assert stances(text) == {code: "hesitant"}


def test_the_country_in_the_condition_holds_nothing() -> None:
    assert stances("Spain would support a NATO invitation once the United States had endorsed "
                   "it.") == {"ES": "hesitant"}


@pytest.mark.parametrize(("text", "expected"), [
    ("Italy would accept an invitation for Ukraine to join NATO, diplomats said.",
     {"IT": "supports"}),
    ("Italy would not accept an invitation for Ukraine to join NATO this year.",
     {"IT": "opposes"}),
    # An invitation to a meeting is not the step.
    ("Germany accepted an invitation to the NATO summit in Washington.", {}),
    # `provided` as a verb of supplying is no condition.
    ("Germany backs the NATO invitation and has provided Ukraine with air defence.",
     {"DE": "supports"}),
    # A condition with no other country is not hiding behind one.
    ("Spain's support for a NATO invitation depends on nothing but the facts.",
     {"ES": "supports"}),
])
def test_near_misses(text: str, expected: dict[str, str]) -> None:
    assert stances(text) == expected


@pytest.mark.parametrize("text", [
    "Berlin would only support an invitation to NATO if Washington went first.",
    "Germany will back an invitation to NATO only when the United States does.",
])
def test_support_waiting_for_another_to_go_first_is_hesitant(text: str) -> None:
    assert stances(text) == {"DE": "hesitant"}


@pytest.mark.parametrize("text", [
    "Germany's backing for an invitation for Ukraine to join NATO depends on Congress.",
    "American backing for a NATO invitation for Ukraine hinges on the outcome of the election.",
    "Washington would back an invitation for Ukraine to join NATO, but that depends on Congress.",
])
def test_support_that_depends_on_something_other_than_a_country_states_nothing(text: str) -> None:
    # A condition that names no country or ally is no position (`if Congress agreed`), while
    # `depends on Washington` hides behind another and stays hesitant (above).
    assert stances(text) == {}


def test_support_depending_on_another_country_is_still_hesitant() -> None:
    assert stances("Germany's backing for an invitation for Ukraine to join NATO depends on "
                   "Washington.") == {"DE": "hesitant"}
