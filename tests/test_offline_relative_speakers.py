"""A relative clause whose verb reports quoted words: `Ann Roe, who said it was “…”` is Ann
Roe's. The clause may open after a dash (`Ann Roe - who previously said …`) and hold a phrase
set off by commas before its verb (`who, on a call Friday, criticized …`).

Each on invented sentences, with a near miss that must stay unattributed.
"""

from __future__ import annotations

from conftest import direct_speakers

from summarizer.schemas import Speaker


def speaker_of(text: str, quote: str) -> Speaker | None:
    return direct_speakers(text, strip=".,").get(quote)


def test_a_relative_clause_after_a_dash() -> None:
    text = ("Senator Ann Roe - who previously said she would “close every loophole” - spoke "
            "on Monday.")
    speaker = speaker_of(text, "close every loophole")
    assert speaker is not None and speaker.name == "Ann Roe"


def test_a_relative_clause_with_a_phrase_set_off_before_its_verb() -> None:
    text = ("The campaign chairman, Bo Lind, who, on a call Friday, criticized the rival camp "
            "for “misrepresenting what happened,” left early.")
    speaker = speaker_of(text, "misrepresenting what happened")
    assert speaker is not None and speaker.name == "Bo Lind"


def test_near_miss_a_dash_before_a_clause_without_who() -> None:
    text = "Senator Ann Roe - the plan, it seems, will be called “a fresh start” - was absent."
    got = speaker_of(text, "a fresh start")
    assert got is None or got.name != "Ann Roe"
