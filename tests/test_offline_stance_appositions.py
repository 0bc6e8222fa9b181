"""A role noun in apposition right after a country (`The Netherlands, a key supporter of
Ukraine, …`) that is no position on the step does not keep the country from the verb after the
apposition. Invented sentences."""

from __future__ import annotations

import pytest
from conftest import stances


@pytest.mark.parametrize(("text", "expected"), [
    ("The Netherlands, a key supporter of Ukraine, backs the invitation.", {"NL": "supports"}),
    ("Germany, a key supporter of Ukraine, remains cautious about the invitation.",
     {"DE": "hesitant"}),
    ("Germany, the biggest supporter of Ukraine in Europe, said an invitation will not be "
     "extended this year.", {"DE": "opposes"}),
])
def test_the_verb_after_the_apposition_is_the_countrys(
        text: str, expected: dict[str, str]) -> None:
    assert stances(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Germany criticised the bid.", {}),
    # Support for Ukraine in general, and nothing after it, states nothing.
    ("Italy, a loyal supporter of Ukraine, attended the NATO summit.", {}),
])
def test_near_misses(text: str, expected: dict[str, str]) -> None:
    assert stances(text) == expected
