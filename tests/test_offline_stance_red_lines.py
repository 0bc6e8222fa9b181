"""A country that calls the step a red line opposes it, whatever verb of regarding and whatever
modifiers the step carries (stance_indirect._judges_step); a red line on something else is no
position. Invented sentences."""

from __future__ import annotations

import pytest
from conftest import stances


@pytest.mark.parametrize(("text", "code"), [
    ("Hungary considers Ukrainian membership of NATO a red line, officials in Budapest said.",
     "HU"),
    ("Slovakia regards a NATO invitation for Ukraine as a red line, its prime minister said.",
     "SK"),
    ("Hungary sees Ukraine's membership in NATO as a red line.", "HU"),
    ("Budapest views NATO membership for Ukraine as a red line.", "HU"),
    # The candidate's demonym modifies the step judged; it holds nothing.
    ("Hungary considers Ukrainian membership a red line, Foreign Minister Peter Szijjarto "
     "said.", "HU"),
    ("Hungary considers Ukraine's membership a red line.", "HU"),
])
def test_the_step_regarded_as_a_red_line_is_opposed(text: str, code: str) -> None:
    assert stances(text) == {code: "opposes"}


def test_a_red_line_on_something_else_is_no_position() -> None:
    assert stances("Hungary considers sending troops to Ukraine a red line, but NATO ministers "
                   "discussed the invitation.") == {}
    assert stances("Poland considers Russia's threats over the NATO invitation a red "
                   "line.") == {}


def test_a_view_opened_by_for_and_the_country_is_the_countrys() -> None:
    # `For Hungary, …`: a perspective that opens the sentence holds the clause after its comma.
    assert stances("For Budapest, Ukrainian accession to the alliance remains a red "
                   "line.") == {"HU": "opposes"}
    assert stances("For Poland, an immediate NATO invitation is essential.") == {
        "PL": "supports"}
    # Near misses: another country opening the clause holds it, or no one does; no country.
    assert stances("For Ukraine, Germany remains hesitant about the NATO invitation.").get(
        "UA") is None
    assert stances("For weeks, the NATO invitation has been debated.") == {}


@pytest.mark.parametrize(("text", "expected"), [
    ("Slovakia has drawn a red line at Ukrainian membership of NATO.", {"SK": "opposes"}),
    ("Slovak Prime Minister Robert Fico said Ukraine's NATO membership was a red line for his "
     "government.", {"SK": "opposes"}),
    ('"Membership is a red line for us," Hungarian Foreign Minister Peter Szijjarto said of the '
     "NATO question.", {"HU": "opposes"}),
    # Near misses: another's red line, and a red line drawn at something else.
    ("Slovak Prime Minister Robert Fico said Ukraine's NATO membership was a red line for "
     "Moscow.", {}),
    ("Slovakia has drawn a red line at sending troops, as NATO debates the invitation.", {}),
])
def test_red_lines_of_ones_own(text: str, expected: dict[str, str]) -> None:
    assert stances(text) == expected
