"""Whom a country presses to take the step's side holds no position (it has not taken it); the
one pressing backs the step (stance.toml [holders] object_prepositions, [scope.requests] verbs
and steps). Invented sentences."""

from __future__ import annotations

import pytest
from conftest import stances


@pytest.mark.parametrize("text", [
    "Poland is pressuring Germany to back an invitation for Ukraine to join NATO.",
    "Poland pressed Germany to support the NATO invitation for Ukraine.",
    "Poland is pushing Germany to back an invitation for Ukraine to join NATO.",
    "Poland is lobbying Washington to endorse the victory plan.",
    "Poland has encouraged Spain to back the invitation.",
])
def test_the_one_pressing_backs_the_step_and_the_pressed_holds_nothing(text: str) -> None:
    assert stances(text) == {"PL": "supports"}


@pytest.mark.parametrize(("text", "expected"), [
    ("Poland urged Germany to back Ukraine's reconstruction.", {}),
    ("Germany has come under pressure from Poland to back the invitation.", {}),
    ("Poland is pushing for an invitation for Ukraine to join NATO.", {"PL": "supports"}),
])
def test_near_misses(text: str, expected: dict[str, str]) -> None:
    assert stances(text) == expected
