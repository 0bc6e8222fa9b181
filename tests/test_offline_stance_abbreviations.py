"""A country written as an abbreviation with full stops (`the U.S.`, `the U.K.`) holds the cue
after it: the abbreviation's full stop ends no clause (cues.clause_bounds). Invented sentences."""

from __future__ import annotations

import pytest
from conftest import stances


@pytest.mark.parametrize(("text", "expected"), [
    ("The U.S. opposes a NATO invitation for Ukraine.", {"US": "opposes"}),
    ("The U.S. has been reluctant to support a NATO invitation for Ukraine.",
     {"US": "hesitant"}),
    ("Germany and the U.S. oppose a NATO invitation for Ukraine.",
     {"DE": "opposes", "US": "opposes"}),
    ("U.S. officials oppose a NATO invitation for Ukraine.", {"US": "opposes"}),
    ("The U.K. supports a NATO invitation for Ukraine.", {"GB": "supports"}),
    # Near miss: a sentence's own full stop still ends it (the next one is Italy's alone).
    ("Germany opposes a NATO invitation for Ukraine. Italy is wary.",
     {"DE": "opposes", "IT": "hesitant"}),
])
def test_an_abbreviated_country_holds_its_cue(text: str, expected: dict[str, str]) -> None:
    assert stances(text) == expected
