"""The author of a text (a noun of [holders] authored right before `from`) holds the cue that
follows: `a letter from Kyiv's foreign minister urging allies to invite Ukraine` is Ukraine's
ask; `from` after any other word keeps the mention an object (stance.toml [holders]). Invented
sentences."""

from __future__ import annotations

import pytest
from conftest import stances


@pytest.mark.parametrize("text", [
    "The agency saw a letter from Ukrainian Defence Minister Petro Ivanenko urging allies to "
    "invite Ukraine into NATO.",
    "Diplomats discussed a message from Kyiv calling for an invitation to join NATO.",
])
def test_the_author_of_a_text_holds_its_cue(text: str) -> None:
    assert stances(text) == {"UA": "supports"}


@pytest.mark.parametrize("text", [
    "Kyiv is seeking backing from Italy for its invitation to NATO.",
    "Zelensky hopes for support from Italy for an invitation to join NATO.",
])
def test_from_after_other_words_keeps_an_object(text: str) -> None:
    assert "IT" not in stances(text)
