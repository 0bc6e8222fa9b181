"""A description ending in a body's head (`Norway's Foreign Ministry`) speaks as that body: it
is no person of the same country named before."""

from __future__ import annotations

from conftest import direct_speakers


def test_a_countrys_ministry_is_not_its_president() -> None:
    text = ("Norwegian President Lars Dahl opened the summit on Monday.\n\n"
            "Norway's Foreign Ministry said in a statement: “The talks will go on.”")
    speaker = direct_speakers(text)["The talks will go on"]
    assert speaker is not None and speaker.name is None
    assert (speaker.role, speaker.country) == ("Foreign Ministry", "NO")


def test_a_person_description_still_resolves_and_an_office_head_is_a_person() -> None:
    text = ("Norwegian President Lars Dahl opened the summit on Monday.\n\n"
            "“The talks will go on,” the Norwegian president said.")
    speaker = direct_speakers(text)["The talks will go on"]
    assert speaker is not None and speaker.name == "Lars Dahl"
    text = ("Erik Moe, head of the presidential office, spoke on Monday.\n\n"
            "“The talks will go on,” the head of the presidential office said.")
    speaker = direct_speakers(text)["The talks will go on"]
    assert speaker is not None and speaker.name == "Erik Moe"
