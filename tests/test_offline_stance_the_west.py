"""`the West` as the subject of a reported clause: its push is its own, not the reporter's."""

from __future__ import annotations

from conftest import stances


def test_the_wests_push_reported_is_not_the_reporters_position() -> None:
    # (Russia's minister reporting what the West pushes for: no Russian support.)
    assert "RU" not in stances("Russian Foreign Minister Igor Petrov said the West was pushing "
                               "to invite Ukraine into NATO.")
    assert "RU" not in stances("“The West is pushing to invite Ukraine into NATO,” Russian "
                               "Foreign Minister Igor Petrov said.")


def test_a_named_country_reported_still_holds_its_push() -> None:
    got = stances("Greek Foreign Minister Nikos Pappas said Britain was pushing to invite "
                  "Ukraine into NATO.")
    assert got == {"GB": "supports"}
    # The reporter's own cue after another clause is still the reporter's.
    got = stances("Russian Foreign Minister Igor Petrov said the talks were stalled but he "
                  "opposes inviting Ukraine into NATO.")
    assert got.get("RU") == "opposes"
