"""A government condemning the plan, or calling it a disguise for something else, opposes
(stance.toml [cues] opposes with [objects]; stance_indirect.toml [verdicts] derisions and
links); how the step should be read is no verdict on it (stance.toml [deontic] deliberations).
Invented sentences."""

from __future__ import annotations

import pytest
from conftest import stances

_PLAN = "Kostenko presented his victory plan to parliament. "


@pytest.mark.parametrize("text", [
    _PLAN + "The Belarusian government has publicly condemned the plan.",
    "The Belarusian government denounced a 'victory plan' put forward by Petro Kostenko.",
    _PLAN + "Minsk condemned Kyiv's bid to join NATO.",
])
def test_condemning_the_plan_or_the_bid_opposes(text: str) -> None:
    assert stances(text).get("BY") == "opposes"


@pytest.mark.parametrize("text", [
    # Condemning something else, then backing the plan: the backing is the position.
    _PLAN + "Poland condemned the latest missile strikes and backed the plan.",
    # Condemning a no is no no; condemning nothing said is nothing.
    _PLAN + "Poland condemned the opposition to the plan.",
    _PLAN + "Poland did not condemn the plan.",
])
def test_condemning_something_else_is_no_no(text: str) -> None:
    assert stances(text).get("PL") != "opposes"


@pytest.mark.parametrize("text", [
    _PLAN + "Belarusian spokesman Ivan Drozd called the plan a camouflage for a Western war.",
    _PLAN + "Belarusian spokesman Ivan Drozd labelled Kostenko's proposal as a disguised "
            "Western scheme to prolong the fighting.",
    _PLAN + "Belarusian spokesman Ivan Drozd described the plan as a smokescreen.",
    _PLAN + "Belarusian spokesman Ivan Drozd said any proposals should be treated as "
            "camouflage.",
])
def test_a_plan_called_a_disguise_is_opposed(text: str) -> None:
    assert stances(text).get("BY") == "opposes"


@pytest.mark.parametrize("text", [
    _PLAN + "Belarusian spokesman Ivan Drozd did not call the plan a sham.",
    _PLAN + "Polish President Jan Nowak rejected claims that the plan was a smokescreen.",
    _PLAN + "The plan asks for camouflage nets and drones, Polish officials said.",
])
def test_a_denied_or_literal_disguise_is_no_verdict(text: str) -> None:
    got = stances(text)
    assert got.get("BY") is None and got.get("PL") != "opposes"


def test_how_the_step_should_be_read_is_no_verdict_on_it() -> None:
    text = "Polish President Jan Nowak said the invitation should not be seen as an escalation."
    assert stances(text).get("PL") != "opposes"
    # The plain denied step is still a no.
    text = "Polish President Jan Nowak said the invitation should not be extended now."
    assert stances(text).get("PL") == "opposes"


@pytest.mark.parametrize(("text", "expected"), [
    # `in favour of` another thing (instead of) is no support of the step.
    ("The plan would see Ukraine replace French troops in favour of Ukrainian brigades once "
     "it is invited to NATO.", None),
    ("Portugal is in favour of inviting Ukraine now.", "supports"),
    ("Portugal spoke in favour of Ukraine's membership.", "supports"),
    ("Asked about the invitation, Portugal said it was in favour.", "supports"),
])
def test_in_favour_of_needs_the_question_as_object(text: str, expected: str | None) -> None:
    got = stances(text)
    assert got.get("PT" if "Portugal" in text else "FR") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Estonian Foreign Minister Mart Kask said his country sees the invitation as a necessary "
     "step.", "supports"),
    ("Estonian Foreign Minister Mart Kask said the invitation was a necessary step.", "supports"),
    # Said of something else, or as a condition of the step: no support for it.
    ("Estonian Foreign Minister Mart Kask said US approval was a necessary step before any "
     "invitation.", None),
])
def test_a_necessary_step_said_of_the_step_backs_it(text: str, expected: str | None) -> None:
    assert stances(text).get("EE") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Norway does not think the time is right for an invitation.", "hesitant"),
    ("Norway said the time is not right to invite Ukraine.", "hesitant"),
    ("Asked about the invitation, Norway said the time was not right.", "hesitant"),
    # The time judged of something else: the position is the one on the step.
    ("Norway said the time is not right for more sanctions, but backs the invitation.",
     "supports"),
])
def test_the_time_judged_not_right_is_hesitant(text: str, expected: str) -> None:
    assert stances(text).get("NO") == expected
