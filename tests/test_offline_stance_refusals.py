"""A refusal told in the passive or future: the step as subject with a future denied and a verb
of giving it (`an invitation will not be extended this year`, `no invitation will be issued`),
or the candidate as subject (`Ukraine would not be invited`): the one who says it opposes
(evals/README.md section 3: an official says the invitation will not come now). Never the
candidate's own; said affirmatively or asked, a forecast or question: nothing. stance.toml
[deontic.refusals]. Invented sentences."""

from __future__ import annotations

import pytest
from conftest import stances


@pytest.mark.parametrize(("text", "code"), [
    ("The invitation for Ukraine to join NATO will not be extended at the summit, Germany "
     "said.", "DE"),
    ("Germany said an invitation to join NATO will not be formally extended this year.", "DE"),
    ("An invitation to join NATO won't be issued at the summit, a US official said.", "US"),
    ("Scholz said no invitation would be extended to Kyiv while the war continues.", "DE"),
    ("Germany said Ukraine would not be invited to join NATO at the summit.", "DE"),
    ("Kyiv won't be invited to join NATO at the summit, Hungary's foreign minister said.", "HU"),
    ('"An invitation to join NATO will not come this year," Scholz said.', "DE"),
])
def test_a_refusal_in_the_future_is_a_no(text: str, code: str) -> None:
    assert stances(text) == {code: "opposes"}


@pytest.mark.parametrize("text", [
    # The candidate reports others' refusal: not its own position.
    "Zelensky said Ukraine would not be invited to join NATO at the summit.",
    "Ukraine said an invitation to join NATO will not be extended this year.",
    # A forecast, a condition or a question states no position.
    "Germany said an invitation to join NATO will be extended when conditions allow.",
    "Diplomats doubt whether an invitation to join NATO will be extended at the summit, "
    "Germany said.",
    # A hope against a delay is no refusal.
    "Zelensky said he hoped an invitation would not be delayed.",
])
def test_near_misses(text: str) -> None:
    assert stances(text) == {}


@pytest.mark.parametrize(("text", "expected"), [
    # A delay denied is support, not a no.
    ("Zelensky said the invitation to join NATO should not wait.", {"UA": "supports"}),
    ("Poland said the invitation to join NATO must not wait until the war ends.",
     {"PL": "supports"}),
    ("Germany said membership in NATO must wait until the war ends.", {"DE": "opposes"}),
    ("Germany said an invitation to join NATO should not come now.", {"DE": "opposes"}),
])
def test_a_denied_delay_is_support(text: str, expected: dict[str, str]) -> None:
    assert stances(text) == expected


@pytest.mark.parametrize(("text", "code"), [
    ("Germany said an invitation for Ukraine to join NATO is not possible now.", "DE"),
    ("Membership in NATO is out of the question while the war goes on, the Hungarian foreign "
     "minister said.", "HU"),
    ("Norway said Ukraine's place is in NATO but that an invitation is not possible now.", "NO"),
])
def test_the_step_judged_impossible_is_a_no(text: str, code: str) -> None:
    assert stances(text) == {code: "opposes"}


@pytest.mark.parametrize("text", [
    "An invitation is impossible without consensus, Scholz said.",
    "An invitation will not be extended at the summit unless Hungary lifts its veto, Scholz "
    "said.",
    "Germany said it was not possible to predict whether an invitation would come.",
    # The candidate judging its own step impossible now is realism, not a no.
    "Zelensky said membership was not an option for now.",
])
def test_a_conditioned_refusal_or_another_impossibility_states_nothing(text: str) -> None:
    assert stances(text) == {}


@pytest.mark.parametrize(("text", "code"), [
    ("Germany said it would not invite Ukraine while the war continues.", "DE"),
    ("Germany said NATO won't admit Kyiv now.", "DE"),
    ("The Netherlands will not extend an invitation to Ukraine at this summit.", "NL"),
])
def test_refusing_to_invite_the_candidate_is_a_no(text: str, code: str) -> None:
    assert stances(text) == {code: "opposes"}


@pytest.mark.parametrize("text", [
    "Zelensky said NATO would not invite Ukraine this year.",
    "Germany said it would not invite Ukraine unless all allies agreed.",
    "Germany said it would invite Ukraine once the war ends.",
])
def test_the_candidate_a_condition_or_a_forecast_states_no_refusal(text: str) -> None:
    assert stances(text) == {}
