"""`“…,” according to a statement from the Elysée`: a document followed by its issuer after
`from`/`of` is read whole, so the issuer speaks (its body and country), not a bare
`statement`; a document with no issuer after it stays as it was."""

from __future__ import annotations

from tests.conftest import direct_speakers


def test_according_to_a_statement_from_a_body_is_the_body() -> None:
    text = "“Paris stands ready to do more,” according to a statement from the Elysée."
    speaker = direct_speakers(text)["Paris stands ready to do more"]
    assert speaker is not None and speaker.country == "FR" and speaker.role != "statement"


def test_according_to_a_readout_of_a_ministry_is_that_country() -> None:
    text = "“The talks were frank,” according to a readout of the Polish foreign ministry."
    speaker = direct_speakers(text)["The talks were frank"]
    assert speaker is not None and speaker.country == "PL"


def test_according_to_a_statement_alone_stays_the_statement() -> None:
    text = "“The talks were frank,” according to a statement issued late on Monday."
    speaker = direct_speakers(text).get("The talks were frank")
    assert speaker is None or speaker.country is None
