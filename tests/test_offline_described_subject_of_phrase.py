"""A sentence opening with a description whose head noun takes an `of` phrase (`The head of
the Regional Council reported that …`) has that description as its subject: a person named
later in the sentence (in the reported clause) is not whom a following he/she stands for.

Each rule on invented sentences, with a near miss that the rule must leave alone.
"""

from __future__ import annotations

from conftest import direct_speakers

_LEAD = ("Regional Council President Pieter Mols has invited Mayor Tomas Berg to the forum, "
         "according to the council's website.\n\n")


def test_pronoun_after_a_head_of_description_subject_is_not_the_reported_person() -> None:
    text = (_LEAD + "The head of the Regional Council reported that Berg will open the forum."
            "\n\n“I have invited Mayor Berg to open the forum on Friday,” he said.")
    speaker = direct_speakers(text)["I have invited Mayor Berg to open the forum on Friday"]
    assert speaker is not None and speaker.name == "Pieter Mols"


def test_near_miss_a_thing_as_subject_leaves_the_reported_person() -> None:
    text = (_LEAD + "The schedule of the Regional Council showed that Berg will open the forum."
            "\n\n“I am glad to open the forum on Friday,” he said.")
    speaker = direct_speakers(text)["I am glad to open the forum on Friday"]
    assert speaker is not None and speaker.name == "Tomas Berg"
