"""An outlet's label before a quote (`Quote: “…”`, `Quote from Ann Roe: “…”`), as some Eastern
European outlets print it: the label word is no speaker's name. The speaker is the one named
after the label's link word, else the subject of the nearest report of someone's words in the
few sentences before the label, else no one.

Each rule on invented sentences, with near misses the rule must leave alone.
"""

from __future__ import annotations

from conftest import direct_speakers

from summarizer.schemas import Speaker


def speaker_of(text: str, quote: str) -> Speaker | None:
    return direct_speakers(text, strip=".").get(quote)


def test_bare_label_after_a_lead_reporting_the_speaker() -> None:
    text = ("Mayor Dana Pell has said that the bridge will reopen before the winter.\n\n"
            "Source: Pell's weekly address\n\n"
            "Quote: “The repairs are on schedule. Every crew is working double shifts.”")
    speaker = speaker_of(text, "The repairs are on schedule. Every crew is working double shifts")
    assert speaker is not None and speaker.name == "Dana Pell"


def test_bare_label_ending_the_lead_sentence() -> None:
    text = ("Carl Vesey said this at the harbour on Friday. Quote:\n\n"
            "“We will not close a single dock this year.”")
    speaker = speaker_of(text, "We will not close a single dock this year")
    assert speaker is not None and speaker.name == "Carl Vesey"


def test_label_naming_the_speaker() -> None:
    text = ("The council met in the old town hall on Monday.\n\n"
            "Quote from Dana Pell: “Nobody here wants another delay.”")
    speaker = speaker_of(text, "Nobody here wants another delay")
    assert speaker is not None and speaker.name == "Dana Pell"


def test_label_naming_the_speaker_by_title() -> None:
    text = ("Governor Carl Vesey opened the fair in Lindau on Saturday.\n\n"
            "Quote from the governor: “This valley feeds half the province.”")
    speaker = speaker_of(text, "This valley feeds half the province")
    assert speaker is not None and speaker.name == "Carl Vesey"


def test_near_miss_a_bare_label_with_no_report_before_is_nobody_s() -> None:
    text = ("The harbour was quiet on Friday.\n\n"
            "Quote: “We will not close a single dock this year.”")
    speaker = speaker_of(text, "We will not close a single dock this year")
    assert speaker is None or speaker.name != "Quote"


def test_near_miss_a_report_too_far_back_is_not_the_label_s() -> None:
    text = ("Carl Vesey said the docks would stay open. The harbour was quiet. Ships waited. "
            "Cranes stood still. Gulls circled.\n\nQuote: “Nothing moves without the union.”")
    speaker = speaker_of(text, "Nothing moves without the union")
    assert speaker is None or speaker.name != "Carl Vesey"
