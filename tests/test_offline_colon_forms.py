"""Quotes after a colon that no speech verb introduces: a lead-in announcing what follows
(`issued the following statement:`, `put it this way:`), a name right before the colon
(`HEADLINE - Ann Roe: “…”`, `does not surprise pollster Dan Lee: “…”`), and an opener with a
speech verb's participle (`Asked about the vote, he demurred: “…”`).

Each rule on invented sentences, with a near miss that the rule must leave alone.
"""

from __future__ import annotations

from conftest import direct_speakers

from summarizer.schemas import Speaker


def speaker_of(text: str, quote: str) -> Speaker | None:
    return direct_speakers(text, strip=".").get(quote)


# --- a lead-in announcing what follows --------------------------------------------------------


def test_following_statement_ending_the_paragraph_before_the_quote() -> None:
    text = ("After the storm, Governor Dana Pell issued the following statement:\n\n"
            "“Our thoughts are with every family that lost a home.”")
    speaker = speaker_of(text, "Our thoughts are with every family that lost a home")
    assert speaker is not None and speaker.name == "Dana Pell"


def test_this_way_in_the_same_sentence() -> None:
    text = "Carl Vesey spoke last. He put it this way: “We will not wait for the council.”"
    speaker = speaker_of(text, "We will not wait for the council")
    assert speaker is not None and speaker.name == "Carl Vesey"


def test_near_miss_a_list_announced_by_no_speaker_is_nobody_s() -> None:
    text = "The five points are the following:\n\n“A ceasefire first, then a withdrawal.”"
    assert speaker_of(text, "A ceasefire first, then a withdrawal") is None


# --- a name right before the colon ------------------------------------------------------------


def test_name_after_a_heading_and_a_dash() -> None:
    text = "TURNOUT WAS HIGH - Dana Pell: “The caucus blew through its old record.”"
    speaker = speaker_of(text, "The caucus blew through its old record")
    assert speaker is not None and speaker.name == "Dana Pell"


def test_name_as_the_object_of_a_clause_naming_no_one_else() -> None:
    text = ("The timing of the surge does not surprise pollster Carl Vesey: “Late shifts "
            "are common in this state.”")
    speaker = speaker_of(text, "Late shifts are common in this state")
    assert speaker is not None and speaker.name == "Carl Vesey"


def test_near_miss_a_name_governed_by_a_preposition_is_no_speaker() -> None:
    text = "The committee sent a letter to Carl Vesey: “You must appear before us on Monday.”"
    assert speaker_of(text, "You must appear before us on Monday") is None


def test_near_miss_a_name_after_someone_else_in_the_lead_in_is_not_the_speaker() -> None:
    text = ("Former senator Dana Pell explained what went wrong to the weekly Carl Vesey "
            "Review: “It was careless.”")
    speaker = speaker_of(text, "It was careless")
    assert speaker is None or speaker.name != "Carl Vesey"


# --- an opener with a speech verb's participle ----------------------------------------------


def test_asked_opener_before_the_subject_and_colon() -> None:
    text = ("Carl Vesey toured the state. Asked which county was his favorite, he demurred: "
            "“Whichever one I am in at the moment.”")
    speaker = speaker_of(text, "Whichever one I am in at the moment")
    assert speaker is not None and speaker.name == "Carl Vesey"


# --- a subordinate clause before the lead-in's subject ----------------------------------------


def test_following_statement_after_a_subordinate_clause() -> None:
    text = ("Carl Vesey was a poet and a friend of the governor.\n\n"
            "When Carl Vesey died in 1998, Governor Ann Roe released the following statement:"
            "\n\n“We offer our condolences to his family and to his many readers.”")
    speaker = speaker_of(text, "We offer our condolences to his family and to his many readers")
    assert speaker is not None and speaker.name == "Ann Roe"


def test_near_miss_a_subordinate_clause_with_no_speaker_after_it() -> None:
    text = ("Carl Vesey was a poet.\n\nWhen the vote failed, the five points were the "
            "following:\n\n“A ceasefire first, then a withdrawal.”")
    assert speaker_of(text, "A ceasefire first, then a withdrawal") is None
