"""A lone surname in the tag after a quote (`“…,” Guardian said`) is the person the article
named in full before, even when the word alone reads as an outlet, a place or a verb."""

from __future__ import annotations

from conftest import direct_speakers


def test_surname_that_is_an_outlet_name() -> None:
    text = ("Mayor Ellen Guardian spent the morning at the harbour.\n\n"
            "“We lost two ferries this winter and we cannot lose a third,” Guardian said. "
            "The council meets again on Friday.\n")
    speakers = direct_speakers(text, ",.")
    who = speakers["We lost two ferries this winter and we cannot lose a third"]
    assert who is not None and who.name == "Ellen Guardian"


def test_surname_that_is_a_verb_set_off_by_commas() -> None:
    text = ("Organisers were led by Nadia Read, a former council aide.\n\n"
            "“Nobody expected the square to fill so early,” Read, who grew up two streets "
            "away, said on Sunday.\n")
    speakers = direct_speakers(text, ",.")
    who = speakers["Nobody expected the square to fill so early"]
    assert who is not None and who.name == "Nadia Read"


def test_lone_word_is_no_other_named_person() -> None:
    # (the person named before has another surname: the word is not theirs)
    text = ("Mayor Ellen Moon spent the morning at the harbour.\n\n"
            "“We lost two ferries this winter and we cannot lose a third,” Guardian said.\n")
    speakers = direct_speakers(text, ",.")
    who = speakers.get("We lost two ferries this winter and we cannot lose a third")
    assert who is None or who.name != "Ellen Moon"
