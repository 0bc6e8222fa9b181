"""Whom an appeal or an opening participle addresses holds no position: `Kyiv urged its allies,
including Belgium, to invite it` asks Belgium to act (stance.toml [holders] appeals), and in
`Addressing Greece and Portugal, the Latvian minister called for …` the call is the minister's
(stances._opening_participle_object). The subjects keep their own positions."""

from __future__ import annotations

import pytest

from tests.conftest import extract_text


def _stances(text: str) -> dict[str, str]:
    return {s.country: s.position for s in extract_text(text).stances}


@pytest.mark.parametrize("text", [
    "Ukraine urged Belgium, as well as Norway, to back the invitation to NATO.",
    "Kyiv called on its partners, including Belgium and Norway, to invite it to NATO.",
    "The ministry called on the guarantors, Belgium and Norway, as well as Portugal and Greece, "
    "which joined later, to invite Ukraine to the alliance.",
])
def test_the_addressees_of_an_appeal_hold_nothing(text: str) -> None:
    got = _stances(text)
    assert not {"BE", "NO", "PT", "GR"} & set(got)


@pytest.mark.parametrize("text", [
    "Addressing Greece and Portugal, the Latvian foreign minister called for an invitation of "
    "Ukraine to NATO.",
    "Addressing the partners, namely Greece and Portugal, Latvia's foreign minister called for "
    "an invitation of Ukraine to NATO.",
    "Addressing the guarantors of the accord—namely Greece, Portugal, and Norway—Latvia's "
    "foreign ministry called for an invitation of Ukraine to NATO.",
])
def test_the_objects_of_an_opening_participle_hold_nothing(text: str) -> None:
    got = _stances(text)
    assert got.get("LV") == "supports"
    assert not {"GR", "PT", "NO"} & set(got)


@pytest.mark.parametrize(("text", "want"), [
    # An appeal whose own infinitive came first, then a new clause with its subject.
    ("Poland urged partners to act, and Latvia wants to invite Ukraine to NATO now.",
     {"LV": "supports"}),
    # A participle opening the sentence whose subject is the mention itself.
    ("Asked about it, Spain said it wants to invite Ukraine to NATO now.", {"ES": "supports"}),
    # A list after the comma that closes the opening phrase is the clause's subject.
    ("Following the summit, Belgium, the Netherlands and Denmark backed the invitation of "
     "Ukraine to NATO.", {"BE": "supports", "NL": "supports", "DK": "supports"}),
    # The addressee of one clause, and another country's own word in the next.
    ("Canada urged Norway to support the invitation of Ukraine to NATO, and Sweden said it is "
     "ready to back the invitation.", {"CA": "supports", "SE": "supports"}),
])
def test_subjects_keep_their_positions(text: str, want: dict[str, str]) -> None:
    got = _stances(text)
    assert {c: got.get(c) for c in want} == want
    assert "NO" not in got
