"""rules-10: common ways outlets state a country's stance (role nouns with `of`, `ruled out`,
wanting details first, timing judged wrong, a country's government as subject) and the
look-alikes that state none (support in general, other questions, people who do not speak for
a government, a presenting verb used as a noun). Invented sentences."""

from __future__ import annotations

from conftest import stances


def test_a_role_noun_with_the_question_as_object_holds_a_position() -> None:
    assert stances("Latvia has been among the most vocal supporters of Ukraine's NATO "
                   "membership.") == {"LV": "supports"}
    assert stances("Slovenia is a long-standing opponent of the invitation to join NATO.") == {
        "SI": "opposes"}
    assert stances("Oslo remains among the sceptics of an early NATO invitation.") == {
        "NO": "hesitant"}


def test_a_role_noun_with_ukraine_in_general_as_object_holds_none() -> None:
    assert stances("Latvia has been among the most vocal supporters of military aid to Kyiv "
                   "since the NATO summit.") == {}
    assert stances("Slovenia, a steady backer of Ukraine's reconstruction, hosted NATO "
                   "envoys.") == {}


def test_ruling_out_the_invitation_opposes_it() -> None:
    assert stances("Hungary ruled out an invitation to join NATO while the war continues.") == {
        "HU": "opposes"}
    assert stances("Sofia has ruled out inviting Kyiv into the alliance this year.") == {
        "BG": "opposes"}


def test_ruling_out_something_else_holds_none() -> None:
    assert stances("Hungary ruled out sending troops, NATO diplomats said.") == {}


def test_wanting_details_or_a_consensus_first_and_wrong_timing_are_hesitant() -> None:
    assert stances("Belgium wants to see the plan's details first on the NATO invitation.") == {
        "BE": "hesitant"}
    assert stances("Athens would wait for a consensus before backing an invitation to join "
                   "NATO.") == {"GR": "hesitant"}
    assert stances("The Portuguese foreign minister said the timing was not right for NATO "
                   "membership.") == {"PT": "hesitant"}


def test_the_plans_details_is_not_presenting_the_plan() -> None:
    # Before rules-10 `details` read as the presenting verb: Belgium "presented" the plan.
    assert stances("Zelensky's victory plan was debated. Belgium discussed the plan's details "
                   "with Kyiv.") == {}


def test_a_cue_on_another_question_holds_none() -> None:
    assert stances("Austria backed the opening of EU accession talks with Kyiv as the NATO "
                   "invitation was discussed.") == {}
    assert stances("Malta blocked new EU sanctions on Russia at the meeting on the NATO "
                   "invitation.") == {}
    # A near miss the other way: the EU and NATO both named, NATO's question stands.
    assert stances("Poland backs Ukraine's NATO and EU membership.") == {"PL": "supports"}


def test_non_government_people_from_a_country_hold_none() -> None:
    assert stances("Spanish opposition parties have called for a NATO invitation.") == {}
    assert stances("Swedish commentators warned against an early NATO invitation.") == {}
    assert stances("Spanish diplomats have called for a NATO invitation.") == {"ES": "supports"}


def test_a_countrys_government_speaks_for_the_country() -> None:
    assert stances("Estonia's government reiterated its support for NATO membership.") == {
        "EE": "supports"}
    assert stances("Romania's foreign ministry voiced reservations about the NATO "
                   "invitation.") == {"RO": "hesitant"}
    # A possessor, not a voice: the cue is not Estonia's.
    assert stances("Estonia's neighbours reiterated their support for NATO membership.") == {}
