"""Hiding behind others, or putting the step off to a later day, without a no: hesitant
(evals/README.md section 3; stance.toml [cues] hesitant, stance_indirect.toml [turns.first])."""

from __future__ import annotations

from conftest import stances


def test_not_the_first_to_move_is_hesitant() -> None:
    assert stances("Austria does not want to be the first to move on a NATO invitation, "
                   "officials said.") == {"AT": "hesitant"}
    assert stances("Canada will not get ahead of Washington on the NATO invitation, officials "
                   "said.") == {"CA": "hesitant"}
    assert stances("Germany moves in lockstep with Washington on the NATO invitation.") == {
        "DE": "hesitant"}
    # Near misses: being first to back it, and not being first to block it (no position).
    assert stances("Poland was the first to back the NATO invitation.") == {"PL": "supports"}
    assert stances("Poland would not be the first to block the NATO invitation.") == {}


def test_a_question_for_the_future_is_hesitant() -> None:
    assert stances("Italy said NATO membership for Ukraine was a question for the "
                   "future.") == {"IT": "hesitant"}
    assert stances("Italy welcomed the plan but said membership was a question for the "
                   "future.") == {"IT": "hesitant"}


def test_support_but_the_moment_is_wrong_is_hesitant() -> None:
    # `but` and a clause whose subject is the moment or the step, not a holder.
    assert stances("Denmark supports Ukraine's NATO membership, but the time is not "
                   "right.") == {"DK": "hesitant"}
    assert stances("Denmark supports Ukraine's NATO membership, but now is not the "
                   "time.") == {"DK": "hesitant"}
    assert stances("Denmark supports Ukraine's NATO membership, but it is too early for an "
                   "invitation.") == {"DK": "hesitant"}
    # Near misses: another country's no after `but`, and the moment judged right.
    assert stances("Denmark supports Ukraine's NATO membership, but Hungary opposes "
                   "it.") == {"DK": "supports", "HU": "opposes"}
    assert stances("Denmark supports Ukraine's NATO membership, but it is not too early for "
                   "an invitation.") == {"DK": "supports"}
