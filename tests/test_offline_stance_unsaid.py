"""A cue in the `that` clause of a verb of saying that is itself negated states nothing: the
words were not said (stance.toml [negation] unsaid_verbs). The same clause after a verb of
saying that is not negated keeps its position, and so does a negation inside the clause."""

from __future__ import annotations

import pytest

from tests.conftest import extract_text


def _stances(text: str) -> dict[str, str]:
    return {s.country: s.position for s in extract_text(text).stances}


@pytest.mark.parametrize("text", [
    "Portugal and Austria have yet to say outright that they oppose the plan to invite Ukraine "
    "to join NATO.",
    "Portugal did not state that it backs an invitation for Ukraine to join NATO.",
    "Portugal has not announced that it supports an invitation for Ukraine to join NATO.",
])
def test_a_position_in_what_was_not_said_is_none(text: str) -> None:
    assert _stances(text) == {}


def test_a_said_position_stays() -> None:
    text = "Portugal said that it supports an invitation for Ukraine to join NATO."
    assert _stances(text) == {"PT": "supports"}


def test_a_negation_inside_the_said_clause_stays_a_no() -> None:
    text = "Portugal has said that it does not support an invitation for Ukraine to join NATO."
    assert _stances(text) == {"PT": "opposes"}
