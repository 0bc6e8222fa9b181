"""Hoping and counting on the step is asking for it (`Kyiv is counting on an invitation`,
`Ukraine hopes for an invitation`, `wants to be invited to join NATO`): support, only when the
step heads the object; denied (`is not counting on an invitation`) it is realism, no refusal
(stance.toml [cues] supports, [objects], [scope.requested], [negation] unasked). Invented
sentences."""

from __future__ import annotations

import pytest
from conftest import stances


@pytest.mark.parametrize(("text", "code"), [
    ("Kyiv is counting on an invitation to join NATO at the summit.", "UA"),
    ("Ukraine hopes for an invitation to join NATO this year.", "UA"),
    ("Poland hopes for a swift invitation for Ukraine to join NATO.", "PL"),
    ("Ukraine wants to be invited to join NATO now.", "UA"),
    ("Kyiv hopes to be invited into the alliance this year.", "UA"),
    ("Zelensky told allies that Ukraine needs a clear invitation to join NATO.", "UA"),
])
def test_hoping_for_the_step_backs_it(text: str, code: str) -> None:
    assert stances(text) == {code: "supports"}


@pytest.mark.parametrize("text", [
    "Zelensky said he was not counting on an invitation at the summit.",
    "Germany hopes for consensus on the invitation at the summit.",
    "Germany hopes for Ukraine's victory, the chancellor said ahead of the NATO summit.",
    "Ukraine wants to be invited to the NATO summit in Washington.",
    "Ukraine hopes for more air defence before the NATO summit.",
])
def test_near_misses(text: str) -> None:
    assert stances(text) == {}
