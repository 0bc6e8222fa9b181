"""The step told through the war it would bring (stance_indirect.toml [consequences]): `having
Ukraine come into NATO while the war is going on would mean that NATO was at war with Russia`,
`would bring NATO into a war`, `would require NATO to join in its defense` are a no now. A later
sentence of the same quotation that names the speaker's own country is not what the cue's
phrase is about (stances._names_own_object)."""

from __future__ import annotations

import pytest

from tests.conftest import extract_text


def _stances(text: str) -> dict[str, str]:
    return {s.country: s.position for s in extract_text(text).stances}


@pytest.mark.parametrize("text", [
    "Canadian Foreign Minister Anne Roy said having Ukraine come into NATO while the war is "
    "going on would mean that NATO was at war with Russia.",
    "Canadian Foreign Minister Anne Roy said that admitting Ukraine now would bring NATO into a "
    "war with Russia.",
    "Admitting Ukraine while the war is ongoing would require NATO to join in its defense, "
    "Canadian Foreign Minister Anne Roy said.",
])
def test_the_war_the_step_would_bring_is_a_no(text: str) -> None:
    assert _stances(text).get("CA") == "opposes"


def test_a_later_sentence_naming_the_speakers_country_does_not_void_the_cue() -> None:
    text = ("“Our view is simple. One, having Ukraine come into NATO while the war is going on "
            "would mean that NATO was at war with Russia. It would mean Canada was at war with "
            "Russia. And nobody here is ready for that,” Canadian Foreign Minister Anne Roy "
            "said on Sunday about an invitation for Ukraine.")
    assert _stances(text).get("CA") == "opposes"


def test_the_speakers_country_in_the_cues_own_phrase_still_voids_it() -> None:
    text = ("“Membership for Ukraine now would anger Canada,” Canadian Foreign Minister Anne Roy "
            "said.")
    assert "CA" not in _stances(text)
