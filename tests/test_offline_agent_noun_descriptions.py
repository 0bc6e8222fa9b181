"""`Ann Roe, who lectures in security, …` → `the lecturer said`: a description headed by the
agent noun of the verb in a relative clause right after a person's name stands for that
person; another agent noun (`the lecturer` for one who teaches) does not."""

from __future__ import annotations

from tests.conftest import direct_speakers


def test_agent_noun_of_the_relative_clause_verb_is_the_person() -> None:
    text = ("Marit Holm, who lectures in Baltic history at a Tallinn college, said the plan "
            "was bold. “It is a gamble,” the lecturer added.")
    speaker = direct_speakers(text)["It is a gamble"]
    assert speaker is not None and speaker.name == "Marit Holm"


def test_agent_noun_with_es_verb_is_the_person() -> None:
    text = ("Marit Holm, who researches sanctions in Oslo, said the plan was bold. “It is a "
            "gamble,” the researcher said.")
    speaker = direct_speakers(text)["It is a gamble"]
    assert speaker is not None and speaker.name == "Marit Holm"


def test_other_agent_noun_is_no_person_of_the_clause() -> None:
    text = ("Marit Holm, who teaches Baltic history in Tallinn, said the plan was bold. “It is "
            "a gamble,” the lecturer added.")
    speaker = direct_speakers(text)["It is a gamble"]
    assert speaker is not None and speaker.name is None
