"""A seat of government or ministry named without its country (`the Elysée`, `Number 10`, `the
Farnesina`, `Bankova`) speaks for that country; a country's own `Foreign Office` is not
Britain's. Invented sentences."""

from __future__ import annotations

import pytest
from conftest import stances


@pytest.mark.parametrize(("text", "expected"), [
    ("The Elysée is wary of a NATO invitation for Ukraine.", {"FR": "hesitant"}),
    ("The Farnesina supports a NATO invitation for Ukraine.", {"IT": "supports"}),
    ("Palazzo Chigi is lukewarm about a NATO invitation for Ukraine.", {"IT": "hesitant"}),
    ("Number 10 backs a NATO invitation for Ukraine.", {"GB": "supports"}),
    ("Whitehall is cautious about a NATO invitation for Ukraine.", {"GB": "hesitant"}),
    ("Bankova has pushed for an immediate NATO invitation.", {"UA": "supports"}),
    ("The German Chancellery is sceptical of a NATO invitation for Ukraine.", {"DE": "hesitant"}),
    # Germany's Foreign Office is not Britain's (was: both).
    ("The German Foreign Office is wary of a NATO invitation for Ukraine.", {"DE": "hesitant"}),
    ("Germany's Foreign Office is wary of a NATO invitation for Ukraine.", {"DE": "hesitant"}),
    ("The Foreign Office said Britain backs a NATO invitation for Ukraine.", {"GB": "supports"}),
])
def test_a_national_body_speaks_for_its_country(text: str, expected: dict[str, str]) -> None:
    assert stances(text) == expected
