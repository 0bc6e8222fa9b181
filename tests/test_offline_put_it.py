"""`As Ann Roe put it, “…”`: the idiom `put it` right before a quote reports its subject's
words; `put` elsewhere (`the law put it “beyond reach”`) is no speech verb.
"""

from __future__ import annotations

from conftest import direct_speakers

from summarizer.schemas import Speaker


def speaker_of(text: str, quote: str) -> Speaker | None:
    return direct_speakers(text, strip=".,").get(quote)


def test_as_a_named_person_put_it() -> None:
    text = ("Dana Pell writes a weekly column. As columnist Dana Pell puts it, “The council "
            "is unmoved and the voters are uninspired.”")
    speaker = speaker_of(text, "The council is unmoved and the voters are uninspired")
    assert speaker is not None and speaker.name == "Dana Pell"


def test_near_miss_put_it_with_no_mark_before_the_quote() -> None:
    text = "Dana Pell spoke on Monday. The new law put it “beyond reach” of most families."
    got = speaker_of(text, "beyond reach")
    assert got is None or got.name != "Dana Pell"
