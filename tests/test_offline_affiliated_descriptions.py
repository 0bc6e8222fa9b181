"""A definite description with a country or body of its own (`the Russian official`, `the
NATO secretary-general`) takes up the person of that country or body the article just named,
whatever that person's own title, unless an unnamed source of that kind was brought in."""

from __future__ import annotations

from summarizer.schemas import Speaker
from tests.conftest import direct_speakers


def _speaker(text: str, quote: str) -> Speaker:
    speaker = direct_speakers(text)[quote]
    assert speaker is not None
    return speaker


def test_country_official_is_the_spokesman_just_named() -> None:
    text = ("Kremlin spokesman Ivan Petrenko was asked about the proposal at a briefing. "
            "He said he expected no surprises.\n\n"
            "“It is the same old scheme under a new name,” the Russian official said.")
    assert _speaker(text, "It is the same old scheme under a new name").name == "Ivan Petrenko"


def test_body_title_after_a_partial_quote_is_the_chief_just_named() -> None:
    # (the quoted words are no tokens: `a “good start,” the` must not read as `a … chief`)
    text = ("The talks opened with a dinner hosted by NATO chief Hanna Lind.\n\n"
            "While calling it a “good start,” the NATO secretary-general warned on Monday "
            "that she was not endorsing the proposal.")
    assert _speaker(text, "good start").name == "Hanna Lind"


def test_unnamed_source_brought_in_stays_unnamed() -> None:
    text = ("Kremlin spokesman Ivan Petrenko was asked about the proposal at a briefing. "
            "A senior Russian official went further.\n\n"
            "“It is the same old scheme under a new name,” the Russian official said.")
    speaker = _speaker(text, "It is the same old scheme under a new name")
    assert speaker.name is None and speaker.country == "RU"


def test_other_country_is_not_the_person_named() -> None:
    text = ("Kremlin spokesman Ivan Petrenko was asked about the proposal at a briefing.\n\n"
            "“It is a serious offer that deserves a reply,” the German official said.")
    speaker = _speaker(text, "It is a serious offer that deserves a reply")
    assert speaker.name is None and speaker.country == "DE"
