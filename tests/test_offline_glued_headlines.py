"""A headline glued to the body without a break (`… Nordic PostStoltenberg said …`): the
listed person's surname run into the headline's last word is that person, not a garbled name
`Nordic PostStoltenberg`; a name of its own with an inner capital (`RoseAnn`, `VandeHoek`)
stays whole.

Each rule on invented sentences, with a near miss that the rule must leave alone.
"""

from __future__ import annotations

from conftest import direct_speakers


def test_listed_surname_glued_to_a_headline_is_the_person() -> None:
    text = ("Alliance rejects harbour plan - Nordic PostStoltenberg said on Tuesday that the "
            "harbour plan “will not work for the alliance”.")
    speaker = direct_speakers(text)["will not work for the alliance"]
    assert speaker is not None and speaker.name == "Jens Stoltenberg"


def test_near_miss_a_given_name_with_an_inner_capital_stays_whole() -> None:
    text = "“We are very happy with the result,” said RoseAnn Ferber, director of the union."
    speaker = direct_speakers(text)["We are very happy with the result"]
    assert speaker is not None and speaker.name == "RoseAnn Ferber"


def test_near_miss_a_surname_with_an_inner_capital_stays_whole() -> None:
    text = "“We are very happy with the result,” said Jan VandeHoek, director of the union."
    speaker = direct_speakers(text)["We are very happy with the result"]
    assert speaker is not None and speaker.name == "Jan VandeHoek"
