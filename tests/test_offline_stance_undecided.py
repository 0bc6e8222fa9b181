"""A country that has not made up its mind on the step is hesitant (evals/README.md section 3:
not fully endorsing, without a no), held by the undecided subject; an explicit refusal to take
sides stays neutral, and a denied indecision states nothing. Invented sentences."""

from __future__ import annotations

import pytest
from conftest import stances


@pytest.mark.parametrize(("text", "code"), [
    ("Germany has yet to decide on a NATO invitation for Ukraine.", "DE"),
    ("Berlin has yet to decide whether to back an invitation for Kyiv to join NATO.", "DE"),
    ("Italy is still weighing whether to support inviting Ukraine into the alliance.", "IT"),
    ("Rome is still weighing a NATO invitation for Ukraine, officials said.", "IT"),
    ("Spain has not decided whether to support an invitation for Ukraine to join NATO.", "ES"),
    ("Portugal has not yet decided whether to support the NATO invitation.", "PT"),
    ("Greece remains undecided on inviting Ukraine to join NATO.", "GR"),
    ("Belgium has not taken a position on Ukraine's NATO invitation.", "BE"),
    ("Luxembourg has yet to take a position on Ukrainian membership of NATO.", "LU"),
    ("France is non-committal on a NATO invitation for Ukraine.", "FR"),
    ("Austria is keeping its options open on a NATO invitation for Ukraine.", "AT"),
    ("Paris is sitting on the fence over a NATO invitation for Ukraine.", "FR"),
    ("The German chancellor has not made up his mind on a NATO invitation for Ukraine.", "DE"),
    ("Canada has not reached a decision on whether to invite Ukraine into NATO.", "CA"),
    ("Italian Prime Minister Giorgia Meloni has yet to decide whether to back an invitation "
     "for Ukraine to join NATO.", "IT"),
])
def test_undecided_is_hesitant(text: str, code: str) -> None:
    assert stances(text) == {code: "hesitant"}


def test_the_undecided_subject_holds_it() -> None:
    # Support elsewhere in the text stays the other country's; the elliptical follow-up is
    # the undecided one's.
    assert stances("Poland backs a NATO invitation for Ukraine. Italy has yet to decide.") == {
        "PL": "supports", "IT": "hesitant"}
    # Support for later with the step now undecided: hesitant.
    assert stances("Germany backs Ukraine's eventual NATO membership but has yet to decide "
                   "whether to support an invitation now.") == {"DE": "hesitant"}
    # Near misses: no country is undecided; the one who reports it is not.
    assert stances("NATO allies remain undecided on the invitation for Ukraine.") == {}
    assert stances("Zelensky said allies were still weighing the NATO invitation.") == {}


def test_a_denied_indecision_or_a_refusal_to_tell_is_no_hesitation() -> None:
    # `no longer on the fence` says nothing of which side: the clause after it does.
    assert stances("Germany is no longer on the fence: it opposes a NATO invitation for "
                   "Ukraine.") == {"DE": "opposes"}
    assert stances("Norway has not said whether it will support a NATO invitation.") == {}
    # An explicit refusal to take sides stays neutral.
    assert stances("Turkey has refused to take sides on the NATO invitation for Ukraine.") == {
        "TR": "neutral"}


def test_undecided_in_a_speakers_own_words() -> None:
    assert stances('"We are keeping our options open on the NATO invitation," a French '
                   "diplomat said.") == {"FR": "hesitant"}
    assert stances('"We are still weighing the question of an invitation," Italian Foreign '
                   "Minister Antonio Tajani said.") == {"IT": "hesitant"}


def test_the_candidate_is_not_undecided_about_its_own_invitation() -> None:
    # Kyiv weighing a compromise keeps its support (was hesitant).
    assert stances("Ukraine wants an invitation at the summit. Kyiv is still weighing whether "
                   "to accept the compromise wording on NATO membership.") == {"UA": "supports"}
    assert stances("Ukraine wants a NATO invitation. Kyiv has not yet decided whether to "
                   "accept the compromise wording on membership.") == {"UA": "supports"}
    assert stances("Ukraine seeks a NATO invitation, but Zelensky is keeping his options "
                   "open.") == {"UA": "supports"}


def test_declining_to_take_sides_is_neutral_not_a_negated_cue() -> None:
    assert stances("Vienna declined to take sides on the NATO invitation.") == {"AT": "neutral"}


def test_declining_to_take_sides_inside_the_cue_is_neutral() -> None:
    text = ("Kemal Arslan, a spokesman for Turkey's foreign ministry, said Ankara would \"not "
            "take sides\" on the NATO invitation.")
    assert stances(text) == {"TR": "neutral"}
    assert stances("Cyprus will not take a side on NATO membership.") == {"CY": "neutral"}
