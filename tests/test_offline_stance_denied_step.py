"""Asking for the step to be denied is a no: `Russia demanded guarantees that Ukraine will never
join NATO`. The denial must reach the step through plain words only; any other word between
(`will not be denied membership`, `would not delay its accession`), or a cue against the
demand (`rejected demands that Ukraine never join`), states nothing (polarity is sacred).
stance_indirect.toml [turns.renounced] negators, plain, denied_steps. Invented sentences."""

from __future__ import annotations

import pytest
from conftest import stances


@pytest.mark.parametrize("text", [
    "Russia has demanded guarantees that Ukraine will never join NATO.",
    "Putin demanded assurances that Ukraine would never be allowed to join NATO.",
    "Moscow is seeking a pledge that Kyiv will not become a member of the alliance.",
])
def test_asking_for_the_step_denied_is_a_no(text: str) -> None:
    assert stances(text) == {"RU": "opposes"}


@pytest.mark.parametrize("text", [
    "Poland wants assurances that Ukraine will not be denied membership in NATO.",
    "Lithuania called for a decision that would not delay Ukraine's accession to NATO.",
    "Germany rejected Russian demands that Ukraine never join NATO.",
])
def test_anything_else_states_nothing(text: str) -> None:
    assert stances(text) == {}


def test_a_plain_request_still_backs_the_step() -> None:
    assert stances("Estonia wants Ukraine to join NATO without delay.") == {"EE": "supports"}
