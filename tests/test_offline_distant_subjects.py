"""A speech verb before a quote whose subject stands far from it: after an opening phrase, a
parenthesis and a relative clause between commas; after a clause and a comma, across a
relative clause or a participle phrase with no commas.

Each rule on invented sentences, with a near miss that the rule must leave alone.
"""

from __future__ import annotations

from conftest import direct_speakers

from summarizer.schemas import Speaker


def speaker_of(text: str, quote: str) -> Speaker | None:
    return direct_speakers(text, strip=".").get(quote)


def test_subject_after_an_opener_with_a_parenthesis_and_a_relative_clause() -> None:
    text = ("Speaking later on the same show, Sen. Dana Pell (D-Md.), who has endorsed the "
            "governor, said the race had made her rival a “sharper” candidate.")
    speaker = speaker_of(text, "sharper")
    assert speaker is not None and speaker.name == "Dana Pell"


def test_unnamed_subject_across_a_relative_clause_after_a_clause_and_comma() -> None:
    text = ("The two teams overlap, a senior official who spoke anonymously to discuss "
            "internal strategy said Wednesday, “There are talks between the two campaigns.”")
    speaker = speaker_of(text, "There are talks between the two campaigns")
    assert speaker is not None and speaker.name is None
    assert speaker.role is not None and speaker.role.endswith("official")


def test_subject_across_a_participle_phrase() -> None:
    text = ("Another intelligence source speaking to a cable network said, “The agents are "
            "looking at the donations.”")
    speaker = speaker_of(text, "The agents are looking at the donations")
    assert speaker is not None and speaker.role is not None and "source" in speaker.role


def test_near_miss_the_verb_of_a_relative_clause_is_its_antecedent_s() -> None:
    text = "Carl Vesey met Dana Pell, who said the plan was “dead on arrival.”"
    speaker = speaker_of(text, "dead on arrival")
    assert speaker is not None and speaker.name == "Dana Pell"


def test_near_miss_a_capitalised_determiner_is_no_speaker() -> None:
    text = ("The survey went out in May. One sweeping question asked whether the candidates "
            "would “protect the pensions of federal workers.”")
    speaker = speaker_of(text, "protect the pensions of federal workers")
    assert speaker is None or speaker.name != "One"


def test_opening_according_to_a_described_person_credits_the_sentence_s_quotes() -> None:
    text = ("According to his longtime personal physician, the candidate had “astonishingly "
            "excellent” results in his latest exam.")
    speaker = speaker_of(text, "astonishingly excellent")
    assert speaker is not None and speaker.role is not None and speaker.role.endswith("physician")


def test_near_miss_according_to_a_poll_credits_no_one() -> None:
    text = "According to the poll, voters were “very worried” about the economy."
    assert speaker_of(text, "very worried") is None


def test_a_body_belonging_to_someone_is_the_source() -> None:
    text = ("Dana Pell spoke on Monday. Pell's campaign, for example, said she would "
            "“support the nominee” this year.")
    speaker = speaker_of(text, "support the nominee")
    assert speaker is not None and speaker.name is None
    assert speaker.role is not None and speaker.role.endswith("campaign")


def test_near_miss_a_thing_belonging_to_someone_is_no_source() -> None:
    text = ("Dana Pell spoke on Monday. Pell's plan, however, says she would “support the "
            "nominee” this year.")
    speaker = speaker_of(text, "support the nominee")
    assert speaker is None or speaker.role is None or "plan" not in speaker.role
