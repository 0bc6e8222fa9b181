"""A word of importance is said of the step only when the step comes before any word of
contrast past its opener (`it is crucial to arm Ukraine, not to invite it to NATO` says the arms
matter: no support); `a priority` is read after an opener only (`believes it is a priority to
agree on the invitation`: support; `NATO's budget is a priority`: nothing) and its denial states
nothing of its own (stance_indirect.toml [turns.importance], stance.toml [negation] unasked).
Invented sentences."""

from __future__ import annotations

import pytest
from conftest import stances


@pytest.mark.parametrize(("text", "code"), [
    ("Rome believes it is a priority to agree on Ukraine's formal invitation to NATO.", "IT"),
    ("An Italian minister said Rome considers it a priority to invite Ukraine into NATO.", "IT"),
    ("Rome said it was crucial to invite Ukraine to NATO, not to wait for the war to end.", "IT"),
])
def test_priority_of_the_step_backs_it(text: str, code: str) -> None:
    assert stances(text) == {code: "supports"}


@pytest.mark.parametrize("text", [
    "Rome said it was crucial to arm Ukraine, not to invite it to NATO.",
    "Rome said it was essential to help Kyiv this winter rather than debate its NATO invitation.",
    "Rome said a priority was to train pilots instead of discussing a NATO invitation.",
    "Italy said NATO's budget is a priority this year.",
    "Italy said that at the NATO summit air defence for Ukraine is a priority.",
])
def test_near_misses(text: str) -> None:
    assert stances(text) == {}


@pytest.mark.parametrize("text", [
    "Rome said that for NATO members, ammunition is crucial.",
    "Rome said that for the alliance, unity is essential.",
])
def test_a_topic_word_set_apart_by_a_comma_is_not_what_matters(text: str) -> None:
    assert stances(text) == {}


def test_near_miss_the_step_as_subject_of_the_word_of_importance() -> None:
    assert stances("Rome said an invitation to NATO is crucial.") == {"IT": "supports"}
