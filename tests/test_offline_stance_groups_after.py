"""Countries a list link names after a group's position (`… do not think the time is right,
such as the current Dutch and Danish governments`): the link governs them past the words that
date a government as the one in office (stance.toml [scope.syntax] skip_left), so they take
the position before the link. Invented sentences."""

from __future__ import annotations

import pytest
from conftest import stances


@pytest.mark.parametrize("text", [
    "Other allies have signalled they do not think the time is right for an invitation, such "
    "as the current Dutch and Danish governments, according to diplomats.",
    "Other allies remain reluctant to invite Ukraine into NATO, such as the present Dutch and "
    "Danish governments.",
])
def test_a_list_after_the_position_takes_it(text: str) -> None:
    got = stances(text)
    assert got.get("NL") == "hesitant"
    assert got.get("DK") == "hesitant"


def test_a_current_government_as_an_object_holds_nothing() -> None:
    # The object of a preposition stays an object past `current`.
    got = stances("Kyiv said it was reluctant to rely on the promises of the current Dutch "
                  "government alone, while it backs an invitation to NATO.")
    assert got.get("NL") is None
