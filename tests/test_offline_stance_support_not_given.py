"""Support not given is not a no: a support participle denied in the perfect (`has not backed
the invitation`) is hesitant (evals/README.md section 3: not fully endorsing, without a no),
while a present or future denial (`does not support`, `will not back`) stays a no. A negation
before a possessor (`has not backed Ukraine's bid`) denies the verb, not the possessor's own
request (stance.toml [negation] perfect, not_possessors). Invented sentences."""

from __future__ import annotations

import pytest
from conftest import stances


@pytest.mark.parametrize(("text", "code"), [
    ("France has not backed the invitation for Ukraine to join NATO.", "FR"),
    ("Italy hasn't yet supported an invitation to join the alliance.", "IT"),
    ("Madrid has still not backed a NATO invitation for Kyiv.", "ES"),
    ("The Belgian government had not supported the NATO invitation before the vote.", "BE"),
    # General support for Ukraine states nothing; the denied support is the position.
    ("France is supportive of Ukraine, but has not backed the invitation to join NATO.", "FR"),
    ("Norway supports Ukraine's defence but has not welcomed the NATO invitation.", "NO"),
])
def test_support_not_given_in_the_perfect_is_hesitant(text: str, code: str) -> None:
    assert stances(text) == {code: "hesitant"}


@pytest.mark.parametrize(("text", "code"), [
    ("Germany does not support an invitation for Ukraine to join NATO.", "DE"),
    ("Germany will not back an invitation for Ukraine to join NATO.", "DE"),
    ("Germany has never backed an invitation for Ukraine to join NATO.", "DE"),
    ("Germany has said it does not support an invitation for Ukraine to join NATO.", "DE"),
    # A denial of a point reached is a no, in the perfect too.
    ("Germany has not reached the point where it is prepared to offer an invitation to join "
     "NATO.", "DE"),
])
def test_a_present_or_future_denial_stays_a_no(text: str, code: str) -> None:
    assert stances(text) == {code: "opposes"}


@pytest.mark.parametrize(("text", "expected"), [
    ("Paris has still not backed Ukraine's NATO bid.", {"FR": "hesitant", "UA": "supports"}),
    ("Germany did not back Ukraine's bid to join NATO.", {"DE": "opposes", "UA": "supports"}),
    ("Rome has not welcomed Kyiv's request for an invitation to join NATO.",
     {"IT": "hesitant", "UA": "supports"}),
])
def test_a_negation_before_a_possessor_leaves_its_request_its_own(
        text: str, expected: dict[str, str]) -> None:
    assert stances(text) == expected


def test_a_contraction_is_no_possessor() -> None:
    # `It's not the time`: the `'s` is `is`, and the negation still reaches the cue.
    assert stances("It's not the time for an invitation to join NATO, Germany said.") == {
        "DE": "hesitant"}
