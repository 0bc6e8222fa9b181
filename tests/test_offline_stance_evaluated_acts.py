"""A negation before a word of evaluating an act (`not worth`) denies the worth of the act, not a
cue inside the act's object: `it is not worth raising unrealistic hopes` is no support
(stance.toml [negation] evaluations); the act itself right after the word stays denied. And
being slow to answer a call for the step is holding back, and pledging to obstruct it a no
(stance.toml hesitant and opposes cues); `asked NATO to issue it an invitation` is the asker's
request (stance.toml [scope.requests] step_recipients)."""

from __future__ import annotations

from tests.conftest import extract_text


def _stances(text: str) -> dict[str, str]:
    return {s.country: s.position for s in extract_text(text).stances}


def test_a_negated_evaluation_does_not_flip_a_cue_in_the_acts_object() -> None:
    got = _stances("Asked about an invitation for Ukraine to join NATO, Norway's foreign "
                   "minister said it is not worth raising unrealistic hopes before the summit.")
    assert got.get("NO") != "supports"


def test_the_evaluated_act_itself_stays_denied() -> None:
    got = _stances("Norway's foreign minister said an invitation for Ukraine to join NATO is "
                   "not worth supporting now.")
    assert got.get("NO") != "supports"


def test_slow_to_respond_to_the_call_is_hesitant() -> None:
    got = _stances("Norway and Portugal are among the allies that are slow to respond to the "
                   "call for an immediate invitation for Ukraine to join NATO.")
    assert got.get("NO") == "hesitant"
    assert got.get("PT") == "hesitant"


def test_a_request_to_issue_it_an_invitation_is_the_askers_support() -> None:
    got = _stances("Ukraine has asked NATO to issue it an invitation at the ministers' meeting "
                   "next week.")
    assert got.get("UA") == "supports"


def test_pledging_to_obstruct_the_candidacy_is_a_no() -> None:
    got = _stances("Portugal has pledged to obstruct Ukraine's NATO candidacy for as long as the "
                   "war lasts.")
    assert got.get("PT") == "opposes"


def test_obstructing_something_else_is_no_position() -> None:
    got = _stances("Portugal has pledged to obstruct the new trade rules, while Ukraine seeks an "
                   "invitation to NATO.")
    assert "PT" not in got
