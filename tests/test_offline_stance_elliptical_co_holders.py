"""`Hungary rejected the plan, as did Slovakia`: a mention after an elliptical `as did` (`as
has`, `as does`) takes the cue before it, as one after a list link does (stance.toml
[holders] list_links). Invented sentences."""

from __future__ import annotations

import pytest
from conftest import stances


@pytest.mark.parametrize(("text", "expected"), [
    ("Hungary rejected the victory plan, as did Slovakia.", {"HU": "opposes", "SK": "opposes"}),
    ("Poland has called for an immediate NATO invitation for Ukraine, as have the Baltic "
     "states.", {"PL": "supports", "EE": "supports", "LV": "supports", "LT": "supports"}),
    ("Spain backs the invitation for Ukraine to join NATO, as does Portugal.",
     {"ES": "supports", "PT": "supports"}),
])
def test_as_did_shares_the_cue(text: str, expected: dict[str, str]) -> None:
    assert stances(text) == expected


def test_people_who_do_not_speak_for_a_government_hold_nothing() -> None:
    assert stances("Hungary rejected the victory plan, as did Slovak opposition parties.") == {
        "HU": "opposes"}
