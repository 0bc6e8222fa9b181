"""A definite description whose capitalised head is a title of two title words (`the NATO
Secretary General said`, `the Prime Minister added`) stands for the person named nearby, as a
lower-case one does; a capitalised head that is no such title (`the Harbour Union Leader`, a
paper's name) stays no one's.

Each rule on invented sentences, with a near miss that the rule must leave alone.
"""

from __future__ import annotations

from conftest import direct_speakers

_LEAD = ("Pieter Mols took office on Monday and spoke in Brussels.\n\n"
         "This is what Mols said at a press conference on Tuesday.\n\n")


def test_capitalised_two_word_title_takes_up_the_person_named() -> None:
    text = _LEAD + "“We will keep the programme,” the Alliance Secretary General said."
    speaker = direct_speakers(text)["We will keep the programme"]
    assert speaker is not None and speaker.name == "Pieter Mols"


def test_near_miss_a_capitalised_name_of_a_paper_is_no_person() -> None:
    text = _LEAD + "“We will keep the programme,” the Harbour Union Leader wrote."
    speaker = direct_speakers(text).get("We will keep the programme")
    assert speaker is None or speaker.name != "Pieter Mols"
