"""A group of people opening a sentence in capitals (`Critics argue …`, `Observers note …`) is an
unnamed group of sources, never a person's name."""

from __future__ import annotations

from conftest import extract_text


def test_critics_opening_a_sentence_are_no_name() -> None:
    found = extract_text("Critics argue the canal plan may struggle to win support.").statements
    assert found and found[0].speaker is not None
    assert found[0].speaker.name is None and found[0].speaker.role == "Critics"
