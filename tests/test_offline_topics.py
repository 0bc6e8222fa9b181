"""Statement topics: a label from the topics table, by the phrases a statement holds."""

from __future__ import annotations

from conftest import extract_text


def topics(text: str) -> dict[str, str | None]:
    result = extract_text(text)
    return {s.text: s.topic for s in result.statements}


def test_topic_from_the_words_of_the_statement() -> None:
    got = topics("“Ukraine’s membership is a question of time,” Lena Holm said. "
                 "“We will send more ammunition and artillery,” Pavel Novak said.")
    assert got == {"Ukraine’s membership is a question of time": "NATO membership",
                   "We will send more ammunition and artillery": "military aid"}


def test_a_short_quote_takes_the_topic_of_its_sentence() -> None:
    got = topics("Lena Holm said an invitation to join NATO would be “decisive”.")
    assert got["decisive"] == "NATO membership"


def test_no_topic_phrase_no_topic() -> None:
    assert topics("“The weather was fine,” Lena Holm said.") == {"The weather was fine": None}
