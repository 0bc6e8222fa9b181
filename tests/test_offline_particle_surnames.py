"""A surname used alone with its lower-case particles (`von der Leyen said`, `de Villiers
said`) keeps them: it is the person listed or named in full with them, whatever the case of the
particle opening a sentence; a particle after a given name stays inside the full name."""

from __future__ import annotations

from tests.conftest import direct_speakers


def _name(text: str, quote: str) -> str | None:
    speaker = direct_speakers(text)[quote]
    assert speaker is not None
    return speaker.name


def test_listed_particle_surname_after_a_quote_is_the_listed_person() -> None:
    text = "“The accession talks can start,” von der Leyen said in Brussels."
    assert _name(text, "The accession talks can start") == "Ursula von der Leyen"


def test_listed_particle_surname_opening_a_sentence_is_the_listed_person() -> None:
    text = "Von der Leyen said the bloc would “keep every promise” it made to Kyiv."
    assert _name(text, "keep every promise") == "Ursula von der Leyen"


def test_pronoun_after_a_particle_surname_is_that_person() -> None:
    text = ("“The accession talks can start,” von der Leyen said. “The reforms are real,” "
            "she added.")
    assert _name(text, "The reforms are real") == "Ursula von der Leyen"


def test_unlisted_particle_surname_keeps_its_particle() -> None:
    text = "“The corridor is safe,” de Montfort said."
    assert _name(text, "The corridor is safe") == "de Montfort"


def test_particle_surname_after_the_full_name_is_that_person() -> None:
    text = ("Lea Kovac met Henri de Montfort in Paris. “The corridor is safe,” de Montfort "
            "said.")
    assert _name(text, "The corridor is safe") == "Henri de Montfort"
