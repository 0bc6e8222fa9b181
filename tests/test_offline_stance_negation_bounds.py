"""A negation does not reach past a colon: the colon's clause states its own position
(`Germany's position has not changed: it is not ready …` is hesitant, not its denial).
Invented sentences."""

from __future__ import annotations

import pytest
from conftest import stances


@pytest.mark.parametrize(("text", "expected"), [
    # Was support: the `not` of `has not changed` denied `not ready`.
    ("Germany's position on the invitation has not changed: it is not ready to invite Ukraine.",
     {"DE": "hesitant"}),
    ("Italy's view has not shifted: it is wary of a NATO invitation for Ukraine.",
     {"IT": "hesitant"}),
    # A negation after the colon still denies its cue.
    ("Germany's position on the invitation is clear: it does not support it.",
     {"DE": "opposes"}),
])
def test_a_negation_stops_at_a_colon(text: str, expected: dict[str, str]) -> None:
    assert stances(text) == expected
