"""A person named as a possessor inside an organisation or a description (`an aide of
President Ann Roe's administration`) is not the speaker the description stands for, gets no
title from it, and the possessive name is read whole (never its given name alone); a he/she
right after an unnamed person introduced as a speaker, with no one named since, is that person.

Each rule on invented sentences, with a near miss that the rule must leave alone.
"""

from __future__ import annotations

from conftest import direct_speakers, extract_text


def test_possessor_of_a_body_gets_no_title_from_the_description_before_it() -> None:
    text = ("An adviser of President Carla Medina's administration said on Monday that talks "
            "would resume.\n\n“We expect an answer this week,” the adviser said.")
    speaker = direct_speakers(text)["We expect an answer this week"]
    assert speaker is not None and speaker.name != "Carla Medina"


def test_possessive_name_in_a_listed_body_is_no_speaker_nor_its_given_name() -> None:
    text = ("The talks ended on Monday. Officials in President Joe Biden's administration said "
            "that no deal was near.")
    names = {s.speaker.name for s in extract_text(text).statements}
    assert names and not names & {"Joe", "Joe Biden"}


def test_near_miss_a_title_before_a_possessive_name_stays_its_title() -> None:
    text = ("President Carla Medina's plan was published on Monday.\n\n"
            "“We will present it to parliament,” Medina said.")
    speaker = direct_speakers(text)["We will present it to parliament"]
    assert speaker is not None and speaker.name == "Carla Medina"
    assert speaker.role == "President"


def test_pronoun_after_an_introduced_unnamed_speaker_is_that_speaker() -> None:
    text = ("The cabinet of President Carla Medina met on Monday.\n\n"
            "A senior ministry official said, “We are ready to talk.”\n\n"
            "“We need our partners for that, which is why the president called the summit,” he "
            "said.")
    speaker = direct_speakers(text)["We need our partners for that, which is why the president "
                                    "called the summit"]
    assert speaker is not None and speaker.name is None
    assert speaker.role is not None and speaker.role.endswith("official")


def test_near_miss_a_person_named_since_is_whom_the_pronoun_takes_up() -> None:
    text = ("A senior ministry official said, “We are ready to talk.”\n\n"
            "Foreign Minister Paul Ostrander arrived later in the day.\n\n"
            "“We need our partners for that,” he said.")
    speaker = direct_speakers(text)["We need our partners for that"]
    assert speaker is not None and speaker.name == "Paul Ostrander"


def test_near_miss_a_source_cited_by_according_to_is_not_taken_up() -> None:
    text = ("Deputy Minister Paul Ostrander is in Geneva.\n\n"
            "According to a senior ministry official, talks will resume.\n\n"
            "“We need our partners for that,” he said.")
    speaker = direct_speakers(text)["We need our partners for that"]
    assert speaker is not None and speaker.name == "Paul Ostrander"
