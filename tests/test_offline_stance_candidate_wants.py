"""Ukraine wanting to join NATO is Ukraine seeking membership (evals/README.md section 3):
support, held only by the candidate as the subject right before the cue (stance.toml
[candidate_only]); another country wanting to join is its own accession, and a denial or a
condition states nothing. Invented sentences."""

from __future__ import annotations

import pytest
from conftest import stances


@pytest.mark.parametrize("text", [
    "Kyiv wants to join NATO as soon as possible.",
    "Officials repeated that Kiev wanted to become a NATO member within a few years.",
    "Ukraine has long wanted to become a member of the alliance.",
    '"We want to be a member of NATO," Ukrainian Foreign Minister Ivan Petrenko said.',
])
def test_the_candidate_wanting_to_join_backs_it(text: str) -> None:
    assert stances(text) == {"UA": "supports"}


@pytest.mark.parametrize("text", [
    "Norway wanted to join NATO in 1949.",
    "Finland and Ukraine both wanted to join NATO.",
    '"We want to join NATO," the Finnish prime minister said in 2022.',
    'The Swedish minister said: "We want to join NATO."',
    "Ukraine does not want to join NATO without all its regions.",
    "If Kyiv wants to join NATO, it must reform its courts.",
    "Kyiv wants to join the EU before the end of the decade.",
])
def test_near_misses(text: str) -> None:
    assert stances(text) == {}


def test_another_country_beside_the_candidate_holds_nothing() -> None:
    assert "NO" not in stances("Norway, like Ukraine, wants to join NATO.")
