"""A position on the move is not the position: support on the way (`is edging towards support for
the invitation`) is hesitant, as `moving closer to` is (stance.toml [negation] weak), and a
position fading (`Germany's opposition to the invitation has softened`) is none either way
(stance_indirect.toml [turns.given_up] fading). Invented sentences."""

from __future__ import annotations

import pytest
from conftest import stances


@pytest.mark.parametrize(("text", "code"), [
    ("Italy is edging towards support for the invitation.", "IT"),
    ("Germany is inching toward backing an invitation for Ukraine to join NATO.", "DE"),
    ("Spain is moving towards supporting the invitation.", "ES"),
])
def test_support_on_the_way_is_hesitant(text: str, code: str) -> None:
    assert stances(text) == {code: "hesitant"}


@pytest.mark.parametrize("text", [
    "Germany's opposition to the invitation has softened, officials said.",
    "US resistance to an immediate invitation has eased in recent weeks.",
    "Germany's support for the invitation has cooled.",
])
def test_a_fading_position_is_none(text: str) -> None:
    assert stances(text) == {}


@pytest.mark.parametrize(("text", "expected"), [
    ("Germany backs the invitation as tensions have eased.", {"DE": "supports"}),
    ("Germany's opposition to the invitation remains firm.", {"DE": "opposes"}),
    ("Italy supports the invitation.", {"IT": "supports"}),
])
def test_near_misses(text: str, expected: dict[str, str]) -> None:
    assert stances(text) == expected
