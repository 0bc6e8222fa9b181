"""An inverted speech verb at a paraphrase's end names its speaker even when a circumstance or
an apposition follows the name (`…, said Ann Roe on Monday`, `…, says Chancellor Ann Roe
following the summit`), and that person wins over the content's last noun."""

from __future__ import annotations

from tests.conftest import extract_text


def _paraphrase_speakers(text: str) -> list[str | None]:
    return [s.speaker.name for s in extract_text(text).statements if s.kind == "paraphrase"]


def test_inverted_verb_with_a_day_after_the_name() -> None:
    text = "The talks will resume next week, said Foreign Minister Ines Kovac on Thursday."
    assert _paraphrase_speakers(text) == ["Ines Kovac"]


def test_inverted_verb_with_a_circumstance_after_the_name() -> None:
    text = ("Austria has turned down two parts of the scheme - the extra patrols and the swift "
            "border deal, says Chancellor Ines Kovac following the summit in Prague.")
    assert _paraphrase_speakers(text) == ["Ines Kovac"]


def test_inverted_verb_with_an_apposition_after_the_name() -> None:
    text = "The talks will resume next week, said Ines Kovac, the foreign minister."
    assert _paraphrase_speakers(text) == ["Ines Kovac"]


def test_a_clause_after_the_name_is_no_inverted_tag() -> None:
    # (`said Kovac would …`: the name opens the content, no speaker after an inverted verb)
    text = "Officials were in a hurry on Friday, and the memo said Ines Kovac would resign soon."
    assert "Ines Kovac" not in _paraphrase_speakers(text)
