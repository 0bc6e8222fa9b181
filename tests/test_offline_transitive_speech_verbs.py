"""A speech verb with a plain transitive sense (`continued military operations`) before a quote
is no speech there: the noun before it (`collective defense, continued …`) is no speaker. As
speech (`Roe continued: “…”`, `Roe continued that …`) it still reads its subject."""

from __future__ import annotations

from conftest import direct_speakers


def test_continued_with_an_object_reads_no_speaker() -> None:
    text = ("The paper reported that the plan has three parts: guarantees akin to the league's "
            "principle of collective defense, continued naval patrols in the strait, and the "
            "delivery of “specific” patrol boats from allies.")
    speaker = direct_speakers(text, strip=".,").get("specific")
    assert speaker is None or speaker.role != "defense"


def test_continued_as_speech_still_reads_its_subject() -> None:
    speaker = direct_speakers("Ann Roe continued: “We will not wait for the council.”",
                              strip=".,").get("We will not wait for the council")
    assert speaker is not None and speaker.name == "Ann Roe"


def test_a_person_continuing_an_attack_still_says_the_words_after() -> None:
    text = ("In an interview on Monday, Ann Roe continued her attacks on the council, followed "
            "swiftly by: “We will win every district in the valley.”")
    speaker = direct_speakers(text, strip=".,").get("We will win every district in the valley")
    assert speaker is not None and speaker.name == "Ann Roe"


def test_an_organisation_continuing_a_quoted_gerund_is_not_its_speaker() -> None:
    # `continues “building …”`: the verb's aspectual sense with a quoted gerund as its object;
    # the words are the reporting speaker's, not the organisation's.
    text = ("Spokeswoman Ann Roe stressed on Monday that while the European Commission continues "
            "“building the bridge” to Westland's membership, arms come first.")
    speaker = direct_speakers(text).get("building the bridge")
    assert speaker is not None and speaker.name == "Ann Roe"
    text = "Spokesman Tom Lee said the White House continues “working closely” with the council."
    speaker = direct_speakers(text).get("working closely")
    assert speaker is not None and speaker.name == "Tom Lee"


def test_continued_before_a_quote_that_is_no_gerund_still_reads_its_subject() -> None:
    # (near misses: the quote opens with a sentence, or with a short word in -ing)
    speaker = direct_speakers("The committee continued: “We are ready to act.”",
                              strip=".,").get("We are ready to act")
    assert speaker is not None and speaker.role == "committee"
    speaker = direct_speakers("Ann Roe continued “bring them home,” and sat down.",
                              strip=".,").get("bring them home")
    assert speaker is not None and speaker.name == "Ann Roe"
