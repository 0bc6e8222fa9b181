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
    # Near misses: another's red line (its owner's, not the speaker's), and a red line drawn at
    # something else.
    ("Slovak Prime Minister Robert Fico said Ukraine's NATO membership was a red line for "
     "Moscow.", {"RU": "opposes"}),
    ("Slovakia has drawn a red line at sending troops, as NATO debates the invitation.", {}),
])
def test_red_lines_of_ones_own(text: str, expected: dict[str, str]) -> None:
    assert stances(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Hungary says inviting Ukraine to join NATO would cross a red line.", {"HU": "opposes"}),
    ("Inviting Ukraine into NATO now would cross a red line, Hungarian Prime Minister Viktor "
     "Orban said.", {"HU": "opposes"}),
    ("Slovakia warned that a NATO invitation for Ukraine would cross a red line.",
     {"SK": "opposes"}),
    ("The Kremlin says a NATO invitation for Kyiv would cross a red line.", {"RU": "opposes"}),
    ("Ukraine's accession to NATO would cross our red lines, Slovak Prime Minister Robert Fico "
     "said.", {"SK": "opposes"}),
    # Near misses: not crossing it; a red line the candidate crossed; another's red line named
    # by its possessive (its possessor's, not the speaker's).
    ("Germany says an invitation would not cross any red line.", {}),
    ("Russia said Ukraine had crossed a red line, as NATO debated the invitation.", {}),
    ("Orban said an invitation would cross Moscow's red line.", {"RU": "opposes"}),
])
def test_the_step_that_would_cross_a_red_line_is_opposed(
        text: str, expected: dict[str, str]) -> None:
    assert stances(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("An invitation for Ukraine to join NATO is a red line for Berlin.", {"DE": "opposes"}),
    ("Ukraine's NATO membership remains a red line for the Kremlin.", {"RU": "opposes"}),
    ("Hungarian Foreign Minister Peter Szijjarto said NATO membership for Ukraine was a red line "
     "for Budapest.", {"HU": "opposes"}),
    # The candidate's demonym modifies the step judged: Moscow's, not Ukraine's.
    ("Moscow has repeatedly said that Ukrainian NATO membership is a red line.",
     {"RU": "opposes"}),
    # Near misses: a red line on something else; the step denied to be one.
    ("Sending troops to Ukraine is a red line for Berlin, but Germany backs the NATO "
     "invitation.", {"DE": "supports"}),
    ("The NATO invitation is not a red line for Poland.", {}),
])
def test_a_red_line_for_a_country_is_that_countrys(text: str, expected: dict[str, str]) -> None:
    assert stances(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Orban said an invitation to join NATO would cross Hungary's red lines.",
     {"HU": "opposes"}),
    ("Russia says a NATO invitation for Ukraine would cross Moscow's red lines.",
     {"RU": "opposes"}),
    # Near misses: the candidate crossing a red line; not crossing it; a red line on something
    # else.
    ("Zelensky said Ukraine had crossed Russia's red lines many times without NATO.", {}),
    ("An invitation would not cross Hungary's red lines, Germany said.", {}),
    ("Hungary's red lines on minority rights were discussed as NATO debated the invitation.",
     {}),
])
def test_the_step_crossing_a_countrys_red_line_is_its_no(
        text: str, expected: dict[str, str]) -> None:
    assert stances(text) == expected
