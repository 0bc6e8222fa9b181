"""A definite role noun taking up a named person: `the diplomat stressed` right after a named
foreign minister is that minister (their title fits the noun: sources.toml
[description.role_fits]), within a few sentences and only when no other person with such a
title is named between them or the article brought in an unnamed one; `the head of state`
is a country's leader, never the president of a council or parliament named since.

Each rule on invented sentences, with near misses the rule must leave alone.
"""

from __future__ import annotations

from conftest import direct_speakers

from summarizer.schemas import Speaker

MINISTER = ("Austrian Foreign Minister Ines Marchetti arrived in Kesh on Monday for talks on "
            "the grain corridor.")
QUOTE = "No corridor can work without naval escorts"


def speaker_of(text: str, quote: str) -> Speaker | None:
    return direct_speakers(text, strip=".,").get(quote)


def test_the_diplomat_after_a_named_foreign_minister_is_the_minister() -> None:
    text = f"{MINISTER} The diplomat stressed that “no corridor can work without naval escorts.”"
    speaker = speaker_of(text, "no corridor can work without naval escorts")
    assert speaker is not None and speaker.name == "Ines Marchetti"


def test_the_diplomat_in_a_tag_after_a_named_foreign_minister() -> None:
    text = f"{MINISTER}\n“{QUOTE},” the diplomat said."
    speaker = speaker_of(text, QUOTE)
    assert speaker is not None and speaker.name == "Ines Marchetti"


def test_the_diplomat_after_a_minister_for_foreign_affairs_apposed() -> None:
    text = ("The Minister for Europe and Foreign Affairs of Austria, Ines Marchetti, will visit "
            f"Kesh this weekend.\n“{QUOTE},” the diplomat said.")
    speaker = speaker_of(text, QUOTE)
    assert speaker is not None and speaker.name == "Ines Marchetti"


def test_near_miss_two_ministers_named_leave_the_diplomat_unnamed() -> None:
    text = ("Austrian Foreign Minister Ines Marchetti met her Kesh counterpart Omar Fadel on "
            f"Monday.\n“{QUOTE},” the diplomat said.")
    speaker = speaker_of(text, QUOTE)
    assert speaker is not None and speaker.name is None


def test_near_miss_an_unnamed_diplomat_brought_in_is_not_the_minister() -> None:
    text = (f"{MINISTER} A Kesh diplomat who asked not to be named met her at the airport.\n"
            f"“{QUOTE},” the diplomat said.")
    speaker = speaker_of(text, QUOTE)
    assert speaker is not None and speaker.name is None


def test_near_miss_a_minister_named_long_before_is_not_the_diplomat() -> None:
    text = (f"{MINISTER} The talks began at noon. The harbour was closed. Ships waited "
            f"outside. Trucks queued at the gate. Prices rose.\n“{QUOTE},” the diplomat said.")
    speaker = speaker_of(text, QUOTE)
    assert speaker is not None and speaker.name is None


def test_the_head_of_state_is_no_council_s_president() -> None:
    text = ("Austrian President Tomas Keller thanked Ada Lind, President of the Nordic Council, "
            "for the invitation. He will also meet President Ivo Brun of the Assembly.\n"
            "“The main thing is more protection for our ports,” the head of state said.")
    speaker = speaker_of(text, "The main thing is more protection for our ports")
    assert speaker is not None and speaker.name == "Tomas Keller"


def test_a_description_with_its_own_speech_verb_is_no_title_of_the_name_before() -> None:
    text = ("During talks with his counterpart Omar Fadel, the head of the Austrian foreign "
            "ministry stressed that if Kesh sends troops, it will be an escalation.\n"
            "“We will answer every provocation,” Fadel said.")
    speaker = speaker_of(text, "We will answer every provocation")
    assert speaker is not None and speaker.name == "Omar Fadel"
    assert "stressed" not in (speaker.role or "")


def test_the_diplomat_after_a_foreign_ministry_spokesperson() -> None:
    text = ("Austrian Foreign Ministry spokesperson Ines Marchetti spoke at a briefing on Monday.\n"
            f"“{QUOTE},” the diplomat noted.")
    speaker = speaker_of(text, QUOTE)
    assert speaker is not None and speaker.name == "Ines Marchetti"
