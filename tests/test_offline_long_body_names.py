"""A person placed in a body whose name is long (`Ann Roe of Lund University's Institute for
Coastal Policy said`): the body's name may run past the words a description holds, and may
hold `and` / `for` / `on`; the person before `of` is the quote's speaker.

Each rule on invented sentences, with a near miss that the rule must leave alone.
"""

from __future__ import annotations

from conftest import direct_speakers


def test_name_of_a_possessive_body_with_a_long_name_is_the_speaker() -> None:
    text = ("“The decision is wise, but it leaves the harbour exposed,” Tomas Verlind of Lund "
            "University's Institute for Coastal Policy said.")
    speaker = direct_speakers(text)["The decision is wise, but it leaves the harbour exposed"]
    assert speaker is not None and speaker.name == "Tomas Verlind"


def test_name_of_a_body_whose_name_holds_and_is_the_speaker() -> None:
    text = ("“Prices will fall by spring,” Greta Holmqvist of the Institute for Trade and "
            "Regional Studies told reporters.")
    speaker = direct_speakers(text)["Prices will fall by spring"]
    assert speaker is not None and speaker.name == "Greta Holmqvist"


def test_near_miss_a_description_of_a_long_body_names_no_one() -> None:
    text = ("“Prices will fall by spring,” the head of the Institute for Trade and Regional "
            "Studies said.")
    speaker = direct_speakers(text).get("Prices will fall by spring")
    assert speaker is None or speaker.name is None


def test_near_miss_lower_case_words_after_of_end_no_body_name() -> None:
    text = ("“Prices will fall by spring,” Greta Holmqvist of a small trade and regional "
            "studies group in the north of the country said.")
    speaker = direct_speakers(text).get("Prices will fall by spring")
    assert speaker is None or speaker.name in (None, "Greta Holmqvist")
