"""A he/she that is the source of a report stands for its person in that sentence: a `he said`
after `According to him, <another man> must …` goes back to the source, not to the man the
report is about. Invented sentences."""

from __future__ import annotations

from conftest import direct_speakers

LEAD = "Foreign Minister Tomas Lindqvist spoke to reporters in Oslo on Monday. "


def test_a_pronoun_source_keeps_the_chain() -> None:
    text = (LEAD + "According to him, Boris Kuznetsov must finally see that the blockade has "
            "failed. “A deal now will cost nobody anything,” he said.")
    speaker = direct_speakers(text)["A deal now will cost nobody anything"]
    assert speaker is not None and speaker.name == "Tomas Lindqvist"


def test_a_named_subject_without_a_pronoun_source_is_still_taken() -> None:
    # near miss: no pronoun source in the sentence before: the man named there speaks
    text = (LEAD + "Boris Kuznetsov must finally see that the blockade has failed, Lindqvist "
            "said. Kuznetsov arrived later. “A deal now will cost nobody anything,” he said.")
    speaker = direct_speakers(text)["A deal now will cost nobody anything"]
    assert speaker is not None and speaker.name == "Boris Kuznetsov"
