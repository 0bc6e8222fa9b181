"""An unnamed source described beside a named leader (`an official from President Ann Roe's
government`) is its own speaker: `the official said` after it never takes the leader's name,
whose title is `President`, not `official`. A person given the noun as their own title
(`embassy official Ann Roe`) still is `the official`.
"""

from __future__ import annotations

from conftest import direct_speakers

from summarizer.schemas import Speaker


def speaker_of(text: str, quote: str) -> Speaker | None:
    return direct_speakers(text, strip=".,").get(quote)


def test_official_from_a_leader_s_government_is_not_the_leader() -> None:
    text = ("Talks within the league on the canal treaty are ongoing, according to a "
            "high-ranking official from President Ann Roe's government during a briefing ahead "
            "of Roe's planned visit to Oslo, the palace reports.\n"
            "“There is no agreement yet on the tolls,” the official said.")
    speaker = speaker_of(text, "There is no agreement yet on the tolls")
    assert speaker is not None and speaker.name != "Ann Roe" and speaker.name != "Ann"
    assert speaker.role is not None and "official" in speaker.role


def test_an_official_by_title_before_the_name_is_the_official() -> None:
    text = ("Embassy official Ann Roe met the delegation in Oslo on Monday.\n"
            "“There is no agreement yet on the tolls,” the official said.")
    speaker = speaker_of(text, "There is no agreement yet on the tolls")
    assert speaker is not None and speaker.name == "Ann Roe"
