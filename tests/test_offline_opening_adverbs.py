"""A sentence adverb before the subject (`Publicly, the alliance has said …`) is no name with an
apposition: the subject after it is the speaker. A name apposed to a description and closed by
a comma keeps its name. Invented sentences."""

from __future__ import annotations

from conftest import direct_speakers


def test_an_opening_adverb_is_not_the_speakers_name() -> None:
    got = direct_speakers("Outwardly, the bloc has said the road is “open,” but doubts grow.")
    speaker = got["open"]
    assert speaker is not None and speaker.name is None
    got = direct_speakers("Privately, the minister called the offer “generous.”")
    speaker = got["generous"]
    assert speaker is not None and speaker.name is None and speaker.role == "minister"


def test_a_closed_apposition_keeps_the_name() -> None:
    # near misses: a surname with the same ending, a given name, both closed by a comma
    for name in ("Donnelly", "Beverly"):
        got = direct_speakers(f"{name}, the minister, called the offer “generous.”")
        speaker = got["generous"]
        assert speaker is not None and speaker.name == name and speaker.role == "minister"
