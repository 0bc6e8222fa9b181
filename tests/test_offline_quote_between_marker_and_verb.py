"""A determiner before a speech-verb form makes it a noun (`the call`) only when the two are
adjacent: in `the “unity pact,” stating that …` the quoted words, which are no tokens, stand
between them and `stating` is a verb."""

from __future__ import annotations

from tests.conftest import extract_text


def test_participle_after_a_quoted_title_is_a_verb() -> None:
    text = ("Chancellor Ines Kovac has turned down parts of the “unity pact,” stating that the "
            "union must keep the conflict from spreading.")
    speakers = [s.speaker.name for s in extract_text(text).statements if s.kind == "paraphrase"]
    assert speakers == ["Ines Kovac"]


def test_adjacent_determiner_still_makes_a_noun() -> None:
    # (`the statement`: a noun; no paraphrase is read from it)
    text = "Chancellor Ines Kovac read the statement aloud before the vote on Monday."
    assert [s for s in extract_text(text).statements if s.kind == "paraphrase"] == []
