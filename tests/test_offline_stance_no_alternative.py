"""Refusing any substitute for membership is insisting on it (evals/README.md section 3: the
candidate seeking membership supports): `will not accept any alternatives to full NATO
membership`, `would not settle for anything less than membership`. The denial is the cue's own
and its object is the step itself (stance.toml [cues] supports). Invented sentences."""

from __future__ import annotations

import pytest
from conftest import stances


@pytest.mark.parametrize("text", [
    "Kyiv declared that it would not settle for anything less than NATO membership.",
    "The Ukrainian foreign ministry said it would not accept any alternatives to full NATO "
    "membership, calling it the only real guarantee.",
    "The Ukrainian foreign ministry firmly rejected any alternative to full membership.",
    "Kyiv says there is no alternative to NATO membership.",
    "The Ukrainian foreign ministry's statement says Kyiv will not consider any alternatives "
    "to joining the alliance.",
])
def test_refusing_a_substitute_for_membership_supports(text: str) -> None:
    assert stances(text) == {"UA": "supports"}


def test_another_country_insisting_on_membership_supports() -> None:
    assert stances("Estonia would not settle for anything less than full membership for "
                   "Ukraine.") == {"EE": "supports"}


@pytest.mark.parametrize("text", [
    # The object is not the step: nothing, whatever the denial.
    "Minsk says there is no alternative to a neutral Ukraine outside NATO.",
    "Minsk said there was no alternative to Ukraine's neutral status instead of NATO "
    "membership.",
    "Vienna said there is no alternative to keeping the NATO alliance united.",
    "Minsk will not accept anything less than a guarantee that Ukraine never joins NATO.",
    # Accepting alternatives is no insistence.
    "Kyiv says it would accept alternatives to NATO membership.",
])
def test_other_objects_or_no_denial_say_nothing_of_support(text: str) -> None:
    assert "supports" not in stances(text).values()
