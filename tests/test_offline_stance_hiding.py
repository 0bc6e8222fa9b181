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


def test_not_leading_on_the_step_is_hesitant() -> None:
    # `is not the first`, `is not going to be the first`, `will not take the lead`, `takes its
    # cue from`, `does not want to rush`: hiding behind others or holding back, without a no.
    for text in ("Canada is not the first to move on the NATO invitation, officials said.",
                 "Ottawa is not going to be the first to move on the NATO invitation.",
                 "Canada will not take the lead on the NATO invitation.",
                 "Canada will take its cue from Washington on the NATO invitation.",
                 "Canada does not want to rush an invitation to NATO."):
        assert stances(text) == {"CA": "hesitant"}, text
    # Near misses: not the first to back or call for it still backed it; not the first to
    # oppose it says nothing of support. Neither is a hesitation (nor a no).
    assert stances("Poland was not the first country to back the NATO invitation.") == {}
    assert stances("Estonia is not the first NATO member to call for an invitation.") == {}
    assert stances("Hungary is not the first to oppose the NATO invitation.") == {}


def test_not_the_first_to_move_takes_the_question_of_the_sentence_before() -> None:
    text = ("NATO ministers discussed an invitation for Ukraine to join the alliance. Spain, for "
            "its part, is not the first to move.")
    assert stances(text) == {"ES": "hesitant"}


def test_waiting_for_the_summit_is_hesitant_and_deliberating_is_no_position() -> None:
    assert stances("Canada will wait for the summit to take a position on the NATO "
                   "invitation.") == {"CA": "hesitant"}
    # `should be discussed` is not `should come` (stance.toml [deontic] deliberations).
    assert stances("Canada says the NATO invitation should be discussed at the summit.") == {}
    # Near miss: the step itself should come.
    assert stances("Canada says the NATO invitation should come at the summit.") == {
        "CA": "supports"}


def test_support_limited_to_later_is_hesitant() -> None:
    # Open in principle, not now, with no no of its own: hesitant, as deferred support is
    # (test_offline_stance_deferred.py).
    got = stances("Sweden backs NATO membership for Kyiv but not yet, officials said.")
    assert got == {"SE": "hesitant"}
    # Without the limit it stays support.
    assert stances("Sweden backs NATO membership for Kyiv, officials said.") == {"SE": "supports"}
