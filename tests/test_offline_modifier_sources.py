"""A speech noun whose capitalised modifier a determiner opens (`a Kremlin warning that …`,
`the White House statement`) names who spoke: the quote its clause carries is that body's,
not a capitalised word opening the sentence (`Unveiled earlier, …`)."""

from __future__ import annotations

from tests.conftest import direct_speakers


def test_a_body_s_warning_carries_its_quote() -> None:
    text = ("Unveiled earlier on Monday, the four-part scheme names a customs union as its "
            "first aim -- prompting a Kremlin warning that Chisinau was drifting towards "
            "“open rupture” with Moscow.")
    speaker = direct_speakers(text)["open rupture"]
    assert speaker is not None and speaker.name is None and speaker.affiliation == "Kremlin"


def test_a_body_s_statement_carries_its_quote() -> None:
    text = "The scheme drew a Kremlin statement that Chisinau was drifting towards “open rupture”."
    speaker = direct_speakers(text)["open rupture"]
    assert speaker is not None and speaker.affiliation == "Kremlin"


def test_a_lower_case_modifier_names_no_one() -> None:
    # (`a stern warning`: no one named; the quote is not given to a capitalised opener)
    text = ("Unveiled earlier on Monday, the scheme drew a stern warning that Chisinau was "
            "drifting towards “open rupture” with Moscow.")
    speaker = direct_speakers(text).get("open rupture")
    assert speaker is None or speaker.name != "Unveiled"
