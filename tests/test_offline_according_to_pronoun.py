"""`according to him` / `according to her` attributes like `he said`: the person last spoken of,
for a paraphrase and for the quote it carries (not an unnamed source called `him`)."""

from __future__ import annotations

from tests.conftest import direct_speakers, extract_text


def test_according_to_him_is_a_paraphrase_of_the_man_just_named() -> None:
    text = ("On Monday, President Ion Rusu travelled to Vienna to present his scheme. "
            "According to him, most of the ministers backed the scheme.")
    found = [(s.kind, s.speaker.name) for s in extract_text(text).statements]
    assert ("paraphrase", "Ion Rusu") in found


def test_according_to_her_gives_the_quote_to_the_woman_just_named() -> None:
    text = ("Foreign Minister Ilse Marek met her counterparts in Riga. According to her, the "
            "talks were “very productive”.")
    speaker = direct_speakers(text)["very productive"]
    assert speaker is not None and speaker.name == "Ilse Marek"


def test_according_to_her_office_is_no_pronoun() -> None:
    text = ("Foreign Minister Ilse Marek met her counterparts in Riga. According to her office, "
            "the talks were “very productive”.")
    speaker = direct_speakers(text).get("very productive")
    assert speaker is None or speaker.role != "her"


def test_according_to_her_quoted_plan_is_no_pronoun_source() -> None:
    text = ("Senator Ilse Marek leads the field. According to her “levy” scheme, firms that "
            "move abroad would repay their tax breaks.")
    assert "levy" not in direct_speakers(text)
