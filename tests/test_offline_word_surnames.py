"""Surnames that are also common words or months (`Kristen Day`, `Anna May`): after a given
name the people lexicon knows, they are part of the name, so the speaker is not cut to an
organisation named later in the apposition. Names are invented."""

from __future__ import annotations

from conftest import direct_speakers


def name_of(text: str, quote: str) -> str | None:
    speaker = direct_speakers(text)[quote]
    return speaker.name if speaker is not None else None


def test_word_surname_after_a_given_name_is_the_speaker() -> None:
    text = "“We are no longer welcome,” said Kristen Day, director of Voters for Change."
    assert name_of(text, "We are no longer welcome") == "Kristen Day"


def test_word_surname_introduced_then_taken_up_by_a_pronoun() -> None:
    text = "Anna May chaired the meeting.\n\n“The fund is empty,” she said."
    assert name_of(text, "The fund is empty") == "Anna May"


def test_near_miss_a_date_after_a_given_name_is_no_surname() -> None:
    text = "Kurt Lang chaired the meeting with Anna May 5.\n\n“The fund is empty,” he said."
    assert name_of(text, "The fund is empty") == "Kurt Lang"
