"""A quote a speech verb right before it governs (`claimed that “…”`, `called it “…”`), with
words after it that open a clause of their own whose verb reports words of its own (`a lawyer
for Lee said the cases were different`): those words are no tag of the quote, whose speaker is
the verb's before it. A plain tag after such a quote still names its speaker."""

from __future__ import annotations

from conftest import direct_speakers


def _name(text: str, quote: str) -> str | None:
    speaker = direct_speakers(text)[quote]
    return speaker.name if speaker is not None else None


def test_a_clause_with_its_own_report_after_the_quote_is_no_tag() -> None:
    text = ("But even as Mira Kovac claimed on Tuesday that “the mayor got in trouble for far "
            "less,” one of the lawyers for Tomas Brandt said the cases were different.")
    assert _name(text, "the mayor got in trouble for far less") == "Mira Kovac"


def test_a_colon_after_the_verb_is_a_report_of_its_own() -> None:
    text = ("Mira Kovac called the offer “an insult,” and Tomas Brandt replied: “We will see "
            "about that.”")
    assert _name(text, "an insult") == "Mira Kovac"


def test_a_plain_tag_after_a_governed_quote_still_names_the_speaker() -> None:
    # near miss: `Brandt said.` reports nothing of its own: it is the quote's tag
    text = "Mira Kovac called the plan “a disaster,” Tomas Brandt said."
    assert _name(text, "a disaster") == "Tomas Brandt"


def test_a_tag_with_an_object_or_a_circumstance_is_still_a_tag() -> None:
    # near misses: `told the paper` and `said in a statement …` report nothing of their own
    told = "Mira Kovac called the plan “a disaster,” Tomas Brandt told the paper."
    assert _name(told, "a disaster") == "Tomas Brandt"
    statement = ("Mira Kovac called the plan “a disaster,” Tomas Brandt said in a statement "
                 "that was released later.")
    assert _name(statement, "a disaster") == "Tomas Brandt"

