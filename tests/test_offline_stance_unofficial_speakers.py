"""An analyst's, expert's or scholar's words about a country are not that country's position:
the country named in their description is where they work, not whom they speak for
(stance.toml [holders] unofficial_roles; holders.py, stances.statement_votes). Invented
sentences, each with a near miss by an official of the same country."""

from __future__ import annotations

import pytest
from conftest import stances


@pytest.mark.parametrize("text", [
    '"An invitation now would be reckless," said Hans Meier, a German analyst at the Berlin '
    "Institute for Security.",
    "Hans Meier, a German analyst, said membership now was unacceptable. He added that an "
    "invitation would be reckless.",
    "Membership now is unacceptable, analysts in Berlin say.",
    "Experts in Warsaw said an invitation to NATO was overdue.",
    '"We need the invitation now," said Piotr Nowak, a Polish professor of international '
    "relations.",
    # The demonym opens a research body's name, or names a think tank's country.
    "Hans Meier of the German Marshall Fund said an invitation now would be dangerous.",
    "Jana Novak, who heads a Czech think tank, said membership now would be reckless.",
    # A former office holder no longer speaks for the government.
    "Former German chancellor Gerhard Schroeder said an invitation to NATO would be reckless.",
])
def test_an_analysts_words_are_not_the_countrys_position(text: str) -> None:
    assert stances(text) == {}


@pytest.mark.parametrize(("text", "expected"), [
    ('"An invitation now would be reckless," said Hans Meier, a German government spokesman.',
     {"DE": "opposes"}),
    ("Officials in Warsaw said an invitation to NATO was overdue.", {"PL": "supports"}),
    ("Jana Novak, the Czech foreign minister, said membership now would be reckless.",
     {"CZ": "opposes"}),
    ("German Chancellor Olaf Scholz said an invitation now would be dangerous.",
     {"DE": "opposes"}),
    # An analyst reporting the country's own position: the country holds it.
    ('"Hungary will block any invitation," said Anna Szabo, a Hungarian analyst.',
     {"HU": "opposes"}),
])
def test_officials_and_reported_positions_still_count(text: str, expected: dict[str, str]) -> None:
    assert stances(text) == expected


def test_non_government_people_from_a_country_hold_none() -> None:
    assert stances("Spanish opposition parties have called for a NATO invitation.") == {}
    assert stances("Swedish commentators warned against an early NATO invitation.") == {}
    assert stances("Spanish diplomats have called for a NATO invitation.") == {"ES": "supports"}
