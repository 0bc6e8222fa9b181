"""Verbs that introduce quoted words without being `said`: news writing reports a quote with a
pledge, a warning, a citation, an echo or an agreement (`she vows that it will be a “top
priority”`, `citing her “long experience”`). They are quote-only: they attribute quoted words,
not a paraphrase.

Each on invented sentences, with a near miss that must stay unattributed.
"""

from __future__ import annotations

from conftest import direct_speakers

from summarizer.schemas import Speaker


def speaker_of(text: str, quote: str) -> Speaker | None:
    return direct_speakers(text, strip=".,").get(quote)


def test_vows_introduces_the_quoted_words() -> None:
    text = ("Mayor Dana Pell spoke on Monday. On the budget page, Pell vows that road repairs "
            "will be a “top priority.”")
    speaker = speaker_of(text, "top priority")
    assert speaker is not None and speaker.name == "Dana Pell"


def test_citing_gives_the_quoted_words_to_the_subject() -> None:
    text = "Governor Carl Vesey endorsed the judge on Friday, citing her “long experience.”"
    speaker = speaker_of(text, "long experience")
    assert speaker is not None and speaker.name == "Carl Vesey"


def test_warning_that_gives_the_quoted_words_to_the_subject() -> None:
    text = ("Senator Ada Brisk spoke in Dover, warning that the plan would “empty the "
            "treasury within a year.”")
    speaker = speaker_of(text, "empty the treasury within a year")
    assert speaker is not None and speaker.name == "Ada Brisk"


def test_near_miss_a_quoted_title_after_no_speech_verb() -> None:
    text = "Carl Vesey walked into the hall during the song “Blue Morning,” and sat down."
    assert speaker_of(text, "Blue Morning") is None


def test_talked_about_gives_the_quoted_words_to_the_subject() -> None:
    text = ("Governor Carl Vesey visited the plant on Monday and talked about the “quiet "
            "strength of small towns.”")
    speaker = speaker_of(text, "quiet strength of small towns")
    assert speaker is not None and speaker.name == "Carl Vesey"


def test_testified_introduces_the_quoted_words() -> None:
    text = "Ann Roe testified that the vendor had been “completely reliable” for a decade."
    speaker = speaker_of(text, "completely reliable")
    assert speaker is not None and speaker.name == "Ann Roe"


def test_defended_introduces_the_quoted_words() -> None:
    text = "Mayor Dana Pell defended the budget as “the only honest plan on the table.”"
    speaker = speaker_of(text, "the only honest plan on the table")
    assert speaker is not None and speaker.name == "Dana Pell"
