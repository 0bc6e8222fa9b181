"""News idioms of a position on the step: predicative adjectives (`is leery of`, `is supportive
of`, `is hostile to`), standing behind it, dragging one's feet or putting the brakes on it,
stopping short of it, not being prepared to back it. Forms whose object decides their sense
hold only when the object is the step. Invented sentences."""

from __future__ import annotations

import pytest
from conftest import stances


@pytest.mark.parametrize(("text", "expected"), [
    ("Washington is leery of a NATO invitation for Ukraine.", {"US": "hesitant"}),
    ("Rome is unenthusiastic about a NATO invitation for Ukraine.", {"IT": "hesitant"}),
    ("Berlin has dragged its feet on a NATO invitation for Ukraine.", {"DE": "hesitant"}),
    ("Washington has put the brakes on a NATO invitation for Ukraine.", {"US": "hesitant"}),
    ("Germany has shied away from a NATO invitation for Ukraine.", {"DE": "hesitant"}),
    ("Spain is not prepared to support a NATO invitation for Ukraine.", {"ES": "hesitant"}),
    # Stopping short negates the support after it (was: support).
    ("Italy stops short of endorsing a NATO invitation for Ukraine.", {"IT": "hesitant"}),
    ("Paris is supportive of a NATO invitation for Ukraine.", {"FR": "supports"}),
    ("Vilnius is firmly behind a NATO invitation for Ukraine.", {"LT": "supports"}),
    ("The Netherlands stood behind the invitation at the NATO summit.", {"NL": "supports"}),
    ("Budapest is hostile to a NATO invitation for Ukraine.", {"HU": "opposes"}),
])
def test_idioms_of_a_position(text: str, expected: dict[str, str]) -> None:
    assert stances(text) == expected


@pytest.mark.parametrize("text", [
    # Their object is not the step: no position from them.
    "Germany has shied away from criticising Hungary over the NATO invitation.",
    "Poland is firmly behind Ukraine's war effort, officials said before the NATO summit.",
    "Hungary is not hostile to a NATO invitation for Ukraine.",
])
def test_idioms_on_something_else_state_nothing(text: str) -> None:
    assert stances(text) == {}


def test_standing_behind_ukraine_is_not_the_step() -> None:
    assert stances("Germany stands behind Ukraine in its fight against Russia, but it is wary "
                   "of a NATO invitation.") == {"DE": "hesitant"}
    assert stances("Germany is hostile to Russia and supports a NATO invitation for "
                   "Ukraine.") == {"DE": "supports"}


@pytest.mark.parametrize(("text", "expected"), [
    # Was support (`calls for`, `back`): a no to the calls, holding back.
    ("The White House has pushed back against calls for an invitation.", {"US": "opposes"}),
    ("Washington has pushed back on calls for a NATO invitation for Ukraine.",
     {"US": "opposes"}),
    ("Germany has been holding back on a NATO invitation for Ukraine.", {"DE": "hesitant"}),
    ("U.S. officials have said an invitation is not on the agenda for the summit.",
     {"US": "opposes"}),
    ("Berlin believes the time is not ripe for a NATO invitation for Ukraine.",
     {"DE": "hesitant"}),
    ("France has warmed to the idea of inviting Ukraine into NATO.", {"FR": "supports"}),
    ("Paris has come round to the idea of a NATO invitation for Ukraine.", {"FR": "supports"}),
    # Not warmed to it: not fully, rather than no.
    ("Germany has not warmed to the idea of inviting Ukraine into NATO.", {"DE": "hesitant"}),
])
def test_pushing_back_holding_back_and_warming_to(text: str, expected: dict[str, str]) -> None:
    assert stances(text) == expected


@pytest.mark.parametrize("text", [
    # A no to a no states nothing; warming to something else; holding back something else.
    "Berlin pushed back against claims that an invitation would provoke Russia.",
    "France has warmed to Kyiv's new government, but NATO remains divided.",
    "Germany is holding back weapons as NATO debates the invitation.",
])
def test_the_same_idioms_on_something_else_state_nothing(text: str) -> None:
    assert stances(text) == {}


def test_the_candidate_judged_not_ready_is_the_judges_hesitation() -> None:
    # Was Ukraine hesitant: the one who says Ukraine is not ready holds it.
    assert stances("Biden has said Ukraine is not ready to join NATO.") == {"US": "hesitant"}
    assert stances("U.S. officials say Ukraine is not yet ready for NATO membership.") == {
        "US": "hesitant"}
    assert stances("Germany is not ready to invite Ukraine to NATO.") == {"DE": "hesitant"}


@pytest.mark.parametrize(("text", "expected"), [
    ("Hungary has cast doubt on a NATO invitation for Ukraine.", {"HU": "hesitant"}),
    ("Germany has thrown cold water on a NATO invitation for Ukraine.", {"DE": "opposes"}),
    ("Berlin has expressed misgivings about a NATO invitation for Ukraine.", {"DE": "hesitant"}),
    ("Rome has voiced qualms about inviting Ukraine into NATO.", {"IT": "hesitant"}),
    ("Washington remains unpersuaded of the case for a NATO invitation for Ukraine.",
     {"US": "hesitant"}),
    # A grant judged weak is held back (was support).
    ("Italy's Meloni has offered only tepid support for a NATO invitation for Ukraine.",
     {"IT": "hesitant"}),
    # Near misses: doubt cast on something else; seeking to lower expectations asks for no
    # invitation (was support).
    ("Germany cast doubt on Russia's claims about the NATO invitation.", {}),
    ("The Biden administration has sought to lower expectations of a NATO invitation for "
     "Ukraine.", {}),
])
def test_doubts_cold_water_and_weak_grants(text: str, expected: dict[str, str]) -> None:
    assert stances(text) == expected


def test_pushing_back_against_a_veto_is_no_no() -> None:
    # A no to a veto (Hungary's own no) is no no of the one who pushes back.
    assert stances("Ukraine wants an invitation. Kyiv pushed back against Hungary's veto of "
                   "the NATO invitation.") == {"UA": "supports", "HU": "opposes"}
    assert stances("Germany rejected Hungary's veto threat over the NATO invitation.") == {
        "HU": "opposes"}
    # Near miss: a veto after the step's own words is the holder's no.
    assert stances("Hungary blocked the invitation with a veto.") == {"HU": "opposes"}


def test_not_on_the_table_is_a_no() -> None:
    text = ("\"An invitation is not on the table this year,\" Belgian Foreign Minister Anouk "
            "Peeters said.")
    assert stances(text) == {"BE": "opposes"}
    assert stances("Madrid considers NATO membership for Kyiv off the table.") == {
        "ES": "opposes"}
