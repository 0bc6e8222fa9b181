"""A participle set off by a comma (`, claiming …`, `, having referred to him as “…”`) is said
by the subject of the clause it hangs from, never by that clause's object, also where no
phrase opens the sentence before its verb: the named person right before the last finite verb
ahead of the comma, the first of a pair joined by `and`."""

from __future__ import annotations

from conftest import direct_speakers


def _name(text: str, quote: str) -> str | None:
    speaker = direct_speakers(text)[quote]
    return speaker.name if speaker is not None else None


def test_the_named_person_leading_a_pair_is_the_participles_subject() -> None:
    text = ("Mira Kovac and other conservative leaders shunned Tomas Brandt during his recent "
            "trips, claiming that the former mayor is “a danger to the city.”")
    assert _name(text, "a danger to the city") == "Mira Kovac"


def test_a_perfect_participle_after_a_fronted_that_clause_is_the_subjects() -> None:
    text = ("That Mira Kovac also misjudged Mayor Tomas Brandt, having referred to him as a "
            "“reformer.”")
    assert _name(text, "reformer") == "Mira Kovac"


def test_a_verb_in_a_reported_clause_gives_no_subject() -> None:
    # near miss: `will have` is the reported clause's verb; Kovac is spoken of, not speaking
    text = ("Even a senior party strategist said Mira Kovac will have to choose a side, saying, "
            "“She cannot wait much longer.”")
    assert _name(text, "She cannot wait much longer") != "Mira Kovac"


def test_a_prepositions_object_before_the_verb_is_no_subject() -> None:
    # near miss: `Capitol Hill` is the object of `on`, not who seized on the message
    text = ("Republicans on Capitol Hill seized on the message, arguing that it showed "
            "“intent” to break the rules.")
    got = direct_speakers(text)
    assert all(s is None or s.name != "Capitol Hill" for s in got.values())
