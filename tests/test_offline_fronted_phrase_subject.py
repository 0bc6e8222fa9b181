"""A phrase of a preposition opening a sentence (`In an interview with radio host Ann Roe,
the actor said …`) holds no subject: its person is not whom a `he` after the sentence stands
for. A phrase naming whose view follows (`To consultant Ann Roe, …`) keeps its person."""

from __future__ import annotations

from conftest import direct_speakers


def _name(text: str, quote: str) -> str | None:
    speaker = direct_speakers(text)[quote]
    return speaker.name if speaker is not None else None


def test_the_object_of_an_opening_phrase_is_not_the_pronouns_person() -> None:
    text = ("Karl Ivers on the film.\n\nIn a conversation with radio host Tomas Brandt about "
            "his new project, the actor discussed history lessons. “We were never taught this "
            "at school,” he said.")
    assert _name(text, "We were never taught this at school") == "Karl Ivers"


def test_a_phrase_naming_whose_view_follows_keeps_its_person() -> None:
    # near miss: `To consultant Brandt, …` gives Brandt's view; the `he` after is Brandt
    text = ("Tomas Brandt runs a polling firm in Tampa. Karl Ivers said the party would win."
            "\n\nTo Florida consultant Brandt, the official party line on Ivers ― from the idea "
            "that he will do well with young voters to the hope that he can win the state ― is "
            "just plain silly.\n\n“Math is math,” he said.")
    assert _name(text, "Math is math") == "Tomas Brandt"
