"""News idioms of a position on the step: predicative adjectives (`is leery of`, `is supportive
of`, `is hostile to`), standing behind it, dragging one's feet or putting the brakes on it,
stopping short of it, not being prepared to back it. Forms whose object decides their sense
hold only when the object is the step. Invented sentences."""

from __future__ import annotations

import pytest
from conftest import stances


@pytest.mark.parametrize(("text", "expected"), [
    ("Washington is leery of a NATO invitation for Ukraine.", {"US": "hesitant"}),
    ("Rome is unenthusiastic about a NATO invitation for Ukraine.", {"IT": "hesitant"}),
    ("Berlin has dragged its feet on a NATO invitation for Ukraine.", {"DE": "hesitant"}),
    ("Washington has put the brakes on a NATO invitation for Ukraine.", {"US": "hesitant"}),
    ("Germany has shied away from a NATO invitation for Ukraine.", {"DE": "hesitant"}),
    ("Spain is not prepared to support a NATO invitation for Ukraine.", {"ES": "hesitant"}),
    # Stopping short negates the support after it (was: support).
    ("Italy stops short of endorsing a NATO invitation for Ukraine.", {"IT": "hesitant"}),
    ("Paris is supportive of a NATO invitation for Ukraine.", {"FR": "supports"}),
    ("Vilnius is firmly behind a NATO invitation for Ukraine.", {"LT": "supports"}),
    ("The Netherlands stood behind the invitation at the NATO summit.", {"NL": "supports"}),
    ("Budapest is hostile to a NATO invitation for Ukraine.", {"HU": "opposes"}),
])
def test_idioms_of_a_position(text: str, expected: dict[str, str]) -> None:
    assert stances(text) == expected


@pytest.mark.parametrize("text", [
    # Their object is not the step: no position from them.
    "Germany has shied away from criticising Hungary over the NATO invitation.",
    "Poland is firmly behind Ukraine's war effort, officials said before the NATO summit.",
    "Hungary is not hostile to a NATO invitation for Ukraine.",
])
def test_idioms_on_something_else_state_nothing(text: str) -> None:
    assert stances(text) == {}


def test_standing_behind_ukraine_is_not_the_step() -> None:
    assert stances("Germany stands behind Ukraine in its fight against Russia, but it is wary "
                   "of a NATO invitation.") == {"DE": "hesitant"}
    assert stances("Germany is hostile to Russia and supports a NATO invitation for "
                   "Ukraine.") == {"DE": "supports"}
