"""Tags after a quote that the speech list alone would miss: an inverted verb the list does not
hold (`“…,” mused Ann Roe`), `commented`, an age as the speaker's description (`the
46-year-old said`); and a manner adverb after the verb, which is never the source (`said
flatly`).

Each rule on invented sentences, with a near miss that the rule must leave alone.
"""

from __future__ import annotations

from conftest import direct_speakers

from summarizer.schemas import Speaker


def speaker_of(text: str, quote: str) -> Speaker | None:
    return direct_speakers(text).get(quote)


# --- an unlisted verb before a person's name --------------------------------------------------


def test_unlisted_inverted_verb_before_a_name_is_a_tag() -> None:
    text = ("“The board never listened to anyone,” remembered Carl Vesey, the firm's former "
            "spokesman.")
    speaker = speaker_of(text, "The board never listened to anyone")
    assert speaker is not None and speaker.name == "Carl Vesey"


def test_unlisted_inverted_verb_before_a_title_and_name() -> None:
    text = "“Imagine the two of them on one stage,” mused radio host Dana Pell on Friday."
    speaker = speaker_of(text, "Imagine the two of them on one stage")
    assert speaker is not None and speaker.name == "Dana Pell"


def test_near_miss_verb_taking_the_name_as_its_object_is_no_tag() -> None:
    text = "“It is a real threat,” prompted Dana Pell to resign from the board."
    assert speaker_of(text, "It is a real threat") is None


def test_near_miss_unlisted_verb_before_a_group_is_no_tag() -> None:
    text = "“It is a real threat,” remembered voters in Ohio."
    assert speaker_of(text, "It is a real threat") is None


# --- commented ------------------------------------------------------------------------------


def test_commented_is_a_speech_verb_in_either_order() -> None:
    after = "“He would be better than the rest,” one reader commented."
    before = "“He would be better than the rest,” commented one reader."
    for text in (after, before):
        speaker = speaker_of(text, "He would be better than the rest")
        assert speaker is not None and speaker.role == "reader", text


# --- an age as a description ------------------------------------------------------------------


def test_an_age_heads_a_description() -> None:
    text = "“What if he took lessons?” the 43-year-old asked in the video."
    speaker = speaker_of(text, "What if he took lessons?")
    assert speaker is not None and speaker.role is not None and "43-year-old" in speaker.role


def test_near_miss_a_number_alone_is_no_source() -> None:
    text = "“What if he took lessons?” the 43 asked in the video."
    assert speaker_of(text, "What if he took lessons?") is None


# --- a manner adverb is never the source --------------------------------------------------------


def test_manner_adverb_after_the_verb_is_no_source() -> None:
    text = "“We have had better conventions,” the delegates, wearing cowboy hats, said flatly."
    speaker = speaker_of(text, "We have had better conventions")
    assert speaker is None or speaker.role != "flatly"


def test_near_miss_a_person_noun_ending_in_ly_is_still_a_source() -> None:
    text = "“We stand with them,” said a close ally."
    speaker = speaker_of(text, "We stand with them")
    assert speaker is not None and speaker.role is not None and speaker.role.endswith("ally")


# --- a set-off phrase whose closing comma is missing --------------------------------------------


def test_relative_clause_left_unclosed_before_the_verb() -> None:
    text = ("“He says different things to different crowds,” Carl Vesey, who chairs the Better "
            "Future Fund said in a statement.")
    speaker = speaker_of(text, "He says different things to different crowds")
    assert speaker is not None and speaker.name == "Carl Vesey"


def test_near_miss_a_clause_of_someone_else_after_the_name_is_no_tag() -> None:
    text = "“We are drawing from her side now,” Carl Vesey, while Dana Pell said nothing."
    assert speaker_of(text, "We are drawing from her side now") is None
