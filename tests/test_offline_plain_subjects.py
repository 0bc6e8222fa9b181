"""A group or a thing that no title list holds as the subject of a speech verb around a quote:
`many commentators called him “…”`, `“…,” a voice-over in the ad says`, `Sources familiar
with the talks said …`. The speaker is the description as the article gives it; a name, a
participle phrase after the quote or a naming `called` stays with the other readings.

Each rule on invented sentences, with near misses that the rule must leave alone.
"""

from __future__ import annotations

from conftest import direct_speakers

from summarizer.schemas import Speaker


def speaker_of(text: str, quote: str) -> Speaker | None:
    return direct_speakers(text, strip=".,").get(quote)


def test_a_group_opening_a_clause_before_the_quote() -> None:
    text = ("Dana Pell had a strong night, when many commentators called her “the calmest "
            "voice on the stage” after the debate.")
    speaker = speaker_of(text, "the calmest voice on the stage")
    assert speaker is not None and speaker.role == "commentators"


def test_a_thing_after_the_quote_with_a_phrase_of_its_own() -> None:
    text = ("The new spot runs in Ohio. “She is the only one strong enough to fix the roads,” "
            "a voice-over in the ad says.")
    speaker = speaker_of(text, "She is the only one strong enough to fix the roads")
    assert speaker is not None and speaker.role == "voice-over"


def test_a_source_noun_opening_the_sentence_with_its_modifier() -> None:
    text = "Sources familiar with the talks said the deal was “very close” on Friday."
    speaker = speaker_of(text, "very close")
    assert speaker is not None and speaker.role == "Sources"


def test_near_miss_a_participle_phrase_after_the_quote_is_no_tag() -> None:
    text = ("Bo Lind called the mayor “very flexible,” a nod to the rival acknowledging that "
            "he had changed his mind.")
    speaker = speaker_of(text, "very flexible")
    assert speaker is None or speaker.role != "nod"


def test_near_miss_a_naming_called_after_a_name_is_nobody_s_words() -> None:
    text = "Later that day, Ann Roe shared a syllabus for a class called “Perception” online."
    assert speaker_of(text, "Perception") is None


def test_according_to_a_plain_description_after_the_quote() -> None:
    text = ("The suit was filed in May. “It was a scheme to defraud the students,” according "
            "to her lawyers in a court filing.")
    speaker = speaker_of(text, "It was a scheme to defraud the students")
    assert speaker is not None and speaker.role == "lawyers"


def test_according_to_a_plain_description_opening_the_sentence() -> None:
    text = ("The editors did not hold back. According to the newspaper, “the gun laws let "
            "dealers sell weapons to almost anyone.”")
    speaker = speaker_of(text, "the gun laws let dealers sell weapons to almost anyone")
    assert speaker is not None and speaker.role == "newspaper"


def test_near_miss_according_to_a_poll_is_nobody_s_words() -> None:
    text = "According to the exit polls, most voters wanted someone who would “tell it straight.”"
    assert speaker_of(text, "tell it straight") is None
