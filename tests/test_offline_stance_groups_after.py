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


def test_a_subject_after_an_opening_phrase_list_takes_no_cue_of_it() -> None:
    # `…like Germany,` closes the opening phrase: the Nordic subject has a verb of its own and
    # is not one more of the allies resisting (polarity: was `opposes`).
    got = stances("Despite resistance from key allies like Austria, Nordic nations have voiced "
                  "warm words for Ukraine's NATO ambitions, calling an invitation overdue.")
    assert got.get("AT") == "opposes"
    assert "opposes" not in {got.get(code) for code in ("DK", "FI", "IS", "NO", "SE")}


@pytest.mark.parametrize(("text", "code"), [
    # The comma closes the opening phrase: the mention after it is the subject, not the object
    # of `meeting` / `at` in that phrase.
    ("On the eve of the summit meeting, Moldova made it clear that it backs an invitation for "
     "Ukraine to join NATO.", "MD"),
    ("At the summit venue, Norway said it supports an invitation for Ukraine to join NATO.",
     "NO"),
])
def test_a_subject_after_an_opening_prepositional_phrase_holds(text: str, code: str) -> None:
    assert stances(text).get(code) == "supports"


def test_a_list_after_an_opening_phrase_object_stays_an_object() -> None:
    # Two commas before the mention: it is still in the phrase's list, not the subject.
    got = stances("After meeting Austria, Moldova, and Norway, the minister said Ukraine "
                  "deserves an invitation to NATO.")
    assert got.get("MD") is None and got.get("NO") is None
