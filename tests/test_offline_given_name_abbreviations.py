"""A given name spelt like an abbreviation kept out of names (`Jan`, a month's short form) opens
a name when a name-like word follows it without the full stop (`Jan Novotny`); a date (`Jan.
20`, `Jan 20`) and a full month before a name (`in April Roe said`) stay no name."""

from __future__ import annotations

from tests.conftest import direct_speakers, extract_text


def test_given_name_like_a_month_abbreviation_opens_the_name() -> None:
    text = "“The corridor must stay open,” said Jan Novotny, the Czech deputy foreign minister."
    speaker = direct_speakers(text)["The corridor must stay open"]
    assert speaker is not None and speaker.name == "Jan Novotny"


def test_given_name_like_a_month_abbreviation_as_subject() -> None:
    text = "Jan Verhoeven told reporters in The Hague: “We will not block the package.”"
    speaker = direct_speakers(text)["We will not block the package"]
    assert speaker is not None and speaker.name == "Jan Verhoeven"


def test_abbreviated_month_with_a_date_is_no_name() -> None:
    text = ("On Jan. 20 Marek Halas said: “We are ready.” By Jan 22 Halas had changed his "
            "mind. “We are not ready,” he said.")
    names = {s.speaker.name for s in extract_text(text).statements if s.speaker}
    assert names == {"Marek Halas"}


def test_full_month_before_a_name_is_no_given_name() -> None:
    text = "In April Halina Brzeska said: “The border is safe.”"
    speaker = direct_speakers(text)["The border is safe"]
    assert speaker is not None and speaker.name == "Halina Brzeska"
