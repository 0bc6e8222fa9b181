"""`the Office of the President`, `the Ministry of Defence`: a body's head noun with `of` makes
a body speaking, not the person whose title its name holds."""

from __future__ import annotations

from tests.conftest import extract_text


def test_office_of_the_president_is_no_president() -> None:
    text = ("President Ion Rusu presented the scheme on Monday. The Office of the President "
            "explained that the annexes cover air defence.")
    speakers = [s.speaker for s in extract_text(text).statements
                if s.text.startswith("The Office")]
    assert speakers and speakers[0].name is None
    assert speakers[0].affiliation == "Office of the President"


def test_a_president_named_in_a_title_is_still_the_president() -> None:
    text = ("President Ion Rusu presented the scheme on Monday. The president explained that "
            "the annexes cover air defence.")
    speakers = [s.speaker for s in extract_text(text).statements
                if s.text.startswith("The president")]
    assert speakers and speakers[0].name == "Ion Rusu"
