"""Playing the step down (`played down the prospect of an invitation`) and making it wait on
conditions (`has set conditions for Ukraine's membership`) are hesitant: no yes, no outright no.
Only with the step as object; never the candidate's, which lowers expectations of its own
invitation too (stance.toml [cues] hesitant, [objects], [candidate_never]). Invented sentences."""

from __future__ import annotations

import pytest
from conftest import stances


@pytest.mark.parametrize(("text", "code"), [
    ("Germany has played down the prospect of a NATO invitation for Ukraine at the summit.",
     "DE"),
    ("Chancellor Scholz downplayed hopes of an invitation to join NATO this year.", "DE"),
    ("Washington is playing down talk of a NATO invitation before the election.", "US"),
    ("France has set conditions for Ukraine's NATO membership.", "FR"),
    ("Paris has set strict conditions for an invitation to join NATO.", "FR"),
    ("Italy laid down conditions for any invitation to join the alliance.", "IT"),
])
def test_playing_down_or_conditions_is_hesitant(text: str, code: str) -> None:
    assert stances(text) == {code: "hesitant"}


@pytest.mark.parametrize("text", [
    # The candidate lowering expectations of its own invitation.
    "Zelensky played down the prospect of a NATO invitation at the summit.",
    # Not the step: differences, or conditions for something else.
    "Germany played down differences over the NATO invitation for Ukraine.",
    "Germany set conditions for more aid to Ukraine before the NATO summit.",
])
def test_near_misses(text: str) -> None:
    assert stances(text) == {}
