"""`…, officials said.` after a sentence that ends in a named person: the plural source noun is
the subject, not an apposition to the person (one person is no `officials`)."""

from __future__ import annotations

from tests.conftest import extract_text


def test_officials_after_a_named_person_are_the_source() -> None:
    text = ("Some states will wait until they learn the view of the incoming cabinet of "
            "Prime Minister-designate Ilse Marek, officials said.")
    speakers = [s.speaker for s in extract_text(text).statements if s.kind == "paraphrase"]
    assert speakers and speakers[0].name is None and speakers[0].role == "officials"


def test_a_singular_description_after_a_name_still_describes_the_name() -> None:
    text = ("Ilse Marek, a senior official in the foreign ministry, said the talks had ended on "
            "Monday in Riga.")
    speakers = [s.speaker for s in extract_text(text).statements if s.kind == "paraphrase"]
    assert speakers and speakers[0].name == "Ilse Marek"
