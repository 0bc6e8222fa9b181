"""A passive's agent holds its cue, and so does each country a list link adds to the agent
(`The invitation is supported by most allies, including Poland`); a passive of the step
without an agent is no one's. Invented sentences."""

from __future__ import annotations

import pytest
from conftest import stances


@pytest.mark.parametrize(("text", "expected"), [
    ("The NATO invitation is supported by most allies, including Poland and Lithuania.",
     {"PL": "supports", "LT": "supports"}),
    ("The NATO invitation is backed by several allies, among them Estonia.", {"EE": "supports"}),
    ("The invitation is opposed by some allies, notably Hungary.", {"HU": "opposes"}),
    ("The victory plan was rejected by Hungary, as well as Slovakia.",
     {"HU": "opposes", "SK": "opposes"}),
])
def test_a_listed_agent_holds_the_passive_cue(text: str, expected: dict[str, str]) -> None:
    assert stances(text) == expected


@pytest.mark.parametrize("text", [
    # Discussing is no position.
    "The NATO invitation has been discussed by many allies, including Germany.",
    # A passive of the step with no agent is no one's, not the listed countries'.
    "The NATO invitation was rejected at the summit, according to diplomats from countries "
    "including Poland.",
])
def test_near_misses(text: str) -> None:
    assert stances(text) == {}


def test_whom_the_plan_was_shown_to_is_no_agent() -> None:
    # The presenter's country backs its plan; the listed ally holds nothing.
    assert stances("Zelensky's victory plan was presented to several allies, including "
                   "Poland.") == {"UA": "supports"}
