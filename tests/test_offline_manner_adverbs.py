"""An adverb in -ly after a speech verb (`said softly into the microphone`) is no clause of
its own: the tag stays a bare tag. A finite verb after the speech verb still makes a clause
(`said quietly about Lee it is another matter`), which credits no quote before it."""

from __future__ import annotations

from conftest import extract_text

from summarizer.schemas import Speaker


def _speaker_of(text: str, words: str) -> Speaker | None:
    """The speaker of the direct statement holding these quoted words (quotes of one
    attribution are one statement)."""
    found = [s for s in extract_text(text).statements if s.kind == "direct" and words in s.text]
    assert found, words
    return found[0].speaker


def test_long_tag_with_a_manner_adverb_after_a_question() -> None:
    text = ("Tamsin Reyes and Olu Bakare staffed the phones on Sunday.\n\n"
            "“Are you ready for the vote on Tuesday?” Reyes, a retired nurse from the valley "
            "town, said softly into the microphone. “We are counting on you.”\n\n"
            "Turnout was low.\n")
    who = _speaker_of(text, "Are you ready for the vote on Tuesday?")
    assert who is not None and who.name == "Tamsin Reyes"


def test_a_clause_after_an_adverb_is_no_tag_of_the_quote_before() -> None:
    text = ("Mayor Ines Varga and her rival Tom Brandt met on Monday.\n\n"
            "“I do not mind,” Brandt said. “She can come to the opening if she wants.”\n\n"
            "What Varga has said privately about Brandt is another matter, according to a "
            "former aide.\n")
    who = _speaker_of(text, "She can come to the opening if she wants")
    assert who is not None and who.name == "Tom Brandt"
