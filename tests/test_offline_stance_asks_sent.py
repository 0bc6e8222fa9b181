"""A government asking others to send, issue or extend the invitation backs it, with the one
invited before the article and a word of manner before the noun (stance.toml [scope.requests]
steps, step_recipients, step_modifiers); a noun of opposition after a word of degree stays the
subject's (stance_indirect.toml [turns.borne] lead). Invented sentences."""

from __future__ import annotations

import pytest
from conftest import stances


@pytest.mark.parametrize("text", [
    "Kyiv has appealed to member states to send an official invitation to join the alliance.",
    "Ukraine asked the allies to send an invitation at the December meeting.",
    "Ukrainian Foreign Minister Petro Hrytsenko called on NATO to send Kyiv an invitation.",
    "Kyiv has urged its partners to issue a formal invitation to join NATO.",
    "Ukraine pressed member states to extend an immediate invitation.",
])
def test_asking_others_to_send_the_invitation_backs_it(text: str) -> None:
    assert stances(text) == {"UA": "supports"}


@pytest.mark.parametrize("text", [
    # Sending something else, or an invitation nobody asks to be sent: no step asked for.
    "Poland urged Germany to send Ukraine more air defence systems.",
    "Kyiv has not asked allies to send an invitation yet.",
])
def test_near_misses_of_sending(text: str) -> None:
    assert "UA" not in stances(text) and "PL" not in stances(text)


@pytest.mark.parametrize(("text", "code", "position"), [
    ("Denmark's defence minister, Lars Holm, expressed his stark opposition to Ukraine's "
     "membership in NATO.", "DK", "opposes"),
    ("Portugal voiced sharp scepticism about the NATO invitation.", "PT", "hesitant"),
    ("The Greek premier made his vehement opposition to the invitation clear.", "GR", "opposes"),
])
def test_a_word_of_degree_keeps_the_noun_the_subjects(text: str, code: str,
                                                       position: str) -> None:
    assert stances(text).get(code) == position


def test_criticising_others_stark_opposition_is_not_opposing() -> None:
    got = stances("Lithuania criticised the stark opposition of some allies to the invitation.")
    assert got.get("LT") != "opposes"
