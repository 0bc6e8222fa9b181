"""Capitalised words after a preposition inside a description name a place or a body, not
the speaker (`the press office at Fort Lindqvist Air Base said`, `the head of the Council for
Trade said`): no person `Base` or `Trade`; a long such description is still the source.

Each rule on invented sentences, with a near miss that the rule must leave alone.
"""

from __future__ import annotations

from conftest import direct_speakers, extract_text


def test_office_at_a_base_is_an_unnamed_source_not_a_person() -> None:
    text = ("“The ceremony is cancelled,” the U.S. press office at Fort Lindqvist Air Base said "
            "in an email to reporters.")
    speaker = direct_speakers(text)["The ceremony is cancelled"]
    assert speaker is not None and speaker.name is None
    assert speaker.role is not None and "press office" in speaker.role


def test_capitalised_object_of_a_preposition_is_no_name() -> None:
    text = ("The head of the Regional Council for Trade said the port would reopen in May, "
            "after repairs.")
    names = {s.speaker.name for s in extract_text(text).statements}
    assert "Trade" not in names


def test_near_miss_a_title_with_of_before_a_name_keeps_the_name() -> None:
    text = "“The port will reopen in May,” Minister of Foreign Affairs Maria Olsen said."
    speaker = direct_speakers(text)["The port will reopen in May"]
    assert speaker is not None and speaker.name == "Maria Olsen"


def test_coordinated_body_name_after_of_is_no_name() -> None:
    text = ("The Danish Minister of Foreign Affairs and Trade said the new administration has "
            "put an end to the talks.")
    names = {s.speaker.name for s in extract_text(text).statements}
    assert "Trade" not in names


def test_near_miss_two_people_coordinated_keep_a_name() -> None:
    text = "“The harbour will reopen in May,” said Ann Velder and Bo Lindqvist."
    speaker = direct_speakers(text)["The harbour will reopen in May"]
    assert speaker is not None and speaker.name is not None
