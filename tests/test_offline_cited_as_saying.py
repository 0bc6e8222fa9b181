"""`The Ledger cited its league source as saying: “…”`: the one cited between the citing verb
and `as saying` said the words (an unnamed source, its own speaker), never the outlet that
cites them."""

from __future__ import annotations

from conftest import direct_speakers, extract_text

QUOTE = "The issue lies with the larger allies"


def test_cited_as_saying_before_a_colon() -> None:
    text = f"The Ledger cited a senior diplomat as saying: “{QUOTE}.”"
    speaker = direct_speakers(text, strip=".,").get(QUOTE)
    assert speaker is not None and speaker.name is None and speaker.role == "senior diplomat"


def test_cited_as_saying_ending_the_paragraph_before_the_quote() -> None:
    text = f"The Ledger cited its league source as saying:\n\n“{QUOTE}.”"
    speaker = direct_speakers(text, strip=".,").get(QUOTE)
    assert speaker is not None and speaker.affiliation != "Ledger"
    assert speaker.role is not None and "source" in speaker.role


def test_near_miss_a_lead_in_ending_in_a_colon_is_no_paraphrase() -> None:
    text = f"The Ledger cited its league source as saying:\n\n“{QUOTE}.”"
    found = [s for s in extract_text(text).statements if s.kind == "paraphrase"]
    assert not found
