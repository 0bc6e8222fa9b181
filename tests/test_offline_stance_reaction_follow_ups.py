"""The narrator's reaction noun with its source (`opposition remains from X`), in the sentence
on the question or in one right after it."""

from __future__ import annotations

from conftest import stances


def test_a_lingering_word_may_stand_between_the_noun_and_its_source() -> None:
    got = stances("Kyiv wants a NATO invitation, but opposition remains from Spain and Italy.")
    assert got["ES"] == "opposes" and got["IT"] == "opposes"


def test_a_sentence_opening_on_a_reaction_takes_the_question_before() -> None:
    got = stances("Ukraine asked for a NATO invitation. But opposition remains from Spain and "
                  "Italy.")
    assert (got["ES"], got["IT"]) == ("opposes", "opposes")
    got = stances("Kyiv wants a NATO invitation. There is still resistance from Madrid and Rome.")
    assert (got["ES"], got["IT"]) == ("opposes", "opposes")
    got = stances("Kyiv wants a NATO invitation. Resistance from Madrid remains strong.")
    assert got["ES"] == "opposes"


def test_a_reaction_with_its_own_object_or_subject_is_not_taken_over() -> None:
    # Its own object: opposition to something else.
    assert "ES" not in stances("Kyiv wants a NATO invitation. Opposition from Spain and Italy "
                               "to the budget remains.")
    # A subject before the noun: another's reaction (`troops met resistance`).
    assert "RU" not in stances("Kyiv wants a NATO invitation. Its troops met stiff resistance "
                               "from Russian units near the border.")
    # Not right after the sentence on the question.
    assert "IT" not in stances("Kyiv wants a NATO invitation. Spain sent tanks. Opposition "
                               "remains from Italy.")
    # Off the question altogether.
    assert stances("Spain pledged more aid. Opposition remains from Spain and Italy.") == {}
    # `in` names a capital's government only, not a country's people.
    assert "ES" not in stances("Kyiv wants a NATO invitation. There is still scepticism in "
                               "Spain.")
