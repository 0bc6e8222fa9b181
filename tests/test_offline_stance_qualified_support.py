"""Support that the article qualifies is not plain support: a forecast (`is likely to back`), a
willingness only to talk (`open to discussing`), a condition (`under certain conditions`), no
date (`without setting a timeline`), or support judged weak (`support … remains tepid`).
Invented sentences, each with a near miss that stays support."""

from __future__ import annotations

import pytest
from conftest import stances


@pytest.mark.parametrize("text", [
    "Germany is open to discussing a NATO invitation for Ukraine.",
    "Germany is willing to consider a NATO invitation for Ukraine.",
    "Germany backs Ukraine's membership of NATO without setting a timeline.",
    "Germany's support for the NATO invitation is lukewarm.",
    "German support for an invitation to NATO remains tepid.",
])
def test_qualified_support_is_hesitant(text: str) -> None:
    assert stances(text) == {"DE": "hesitant"}


@pytest.mark.parametrize("text", [
    # A forecast is no position (stance.toml [irrealis]).
    "Germany is likely to back the NATO invitation, diplomats predicted.",
    # A condition that names no other country states nothing ([scope.dependencies]).
    "Germany would back an invitation to NATO under certain conditions.",
])
def test_forecasts_and_conditions_state_nothing(text: str) -> None:
    assert stances(text) == {}


@pytest.mark.parametrize("text", [
    "Germany is open to a NATO invitation for Ukraine.",
    "Germany backs Ukraine's membership of NATO and wants a date set this year.",
    "Germany's support for the NATO invitation is firm, though Hungary is wary.",
    "Germany has long supported Ukraine's NATO membership.",
])
def test_near_misses_stay_support(text: str) -> None:
    assert stances(text).get("DE") == "supports"


def test_a_verb_after_but_shares_the_subject_before_it() -> None:
    got = stances("Irish minister Aoife Dunleavy praised the resolve of Kyiv but "
                  "stopped short of endorsing its NATO bid.")
    assert got == {"IE": "hesitant"}
    # A clause with its own subject after `but` does not share.
    assert "IE" not in stances("Irish minister Aoife Dunleavy met the envoy, but the "
                               "allies were reluctant to discuss NATO membership.")


def test_support_qualified_after_but_is_hesitant() -> None:
    assert stances("Portugal has backed Ukraine's NATO membership but has avoided naming a "
                   "date.") == {"PT": "hesitant"}
    assert stances("Croatia welcomed the NATO bid but avoids committing to a "
                   "timeline.") == {"HR": "hesitant"}


def test_support_continued_by_and_stays_support() -> None:
    assert stances("Croatia welcomed the NATO bid and wants talks to start.") == {
        "HR": "supports"}
