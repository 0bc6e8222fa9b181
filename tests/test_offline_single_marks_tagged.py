"""Single marks in a text that otherwise quotes in double ones: a whole clause in single marks
with its own punctuation inside the closing mark and a speech tag in its sentence is the
speaker's quote (`‘We will keep helping,’ Roe said.`); a short phrase in single marks (a scare
quote, a headline echo) or a word's apostrophe stays no quote.

Each rule on invented sentences, with a near miss that the rule must leave alone.
"""

from __future__ import annotations

from conftest import extract_text

_TEXT = ('Alliance chief Pieter Mols called the "harbour plan" a "strong signal" on Thursday, '
         'saying "we are listening" and "we will decide together".\n\n'
         '‘We will keep supporting the port authority,’ Mols told reporters in Oslo.\n\n'
         'He said the "details" still had to be "worked out". ‘The path to membership is '
         'irreversible. But it takes time,’ he added.\n\n'
         'Mols praised Norway’s ‘steady hand in the talks’ and the ‘harbour plan’s’ aims.')


def _direct() -> dict[str, str | None]:
    return {s.text: s.speaker.name for s in extract_text(_TEXT).statements
            if s.kind == "direct"}


def test_tagged_clause_in_single_marks_is_a_quote() -> None:
    direct = _direct()
    assert direct.get("We will keep supporting the port authority") == "Pieter Mols"
    assert direct.get("The path to membership is irreversible. But it takes time") == (
        "Pieter Mols")


def test_near_miss_phrases_in_single_marks_stay_no_quotes() -> None:
    direct = _direct()
    assert not any("steady hand" in text or "harbour plan’s" in text for text in direct)
