"""A quote after a colon ending a long clause is its subject's words unless the clause names
someone else who could have said it. Not rivals: whom the words were addressed to (`a message
to Brandt`), nor a legislator's party label (`D-Ore.`); rivals still: one met with, or
one listened to."""

from __future__ import annotations

from conftest import direct_speakers

_QUOTE = "“Stop attacking the people you ran against and get back on message.”"
_INTRO = "The council met in Salem with Mayor Tom Brandt on Monday.\n\n"


def _speaker(clause: str) -> str | None:
    who = direct_speakers(f"{_INTRO}{clause}: {_QUOTE}\n\nThe vote is on Friday.\n", ".").get(
        _QUOTE.strip("“”."))
    return who.name if who is not None else None


def test_addressee_is_no_rival() -> None:
    assert _speaker("Council Speaker Ana Lind delivered a blunt message to Brandt") == (
        "Ana Lind")


def test_party_label_is_no_rival() -> None:
    assert _speaker("State Senator Ana Lind, D-Ore., had a short message for her colleagues "
                    "on Monday") == "Ana Lind"


def test_one_listened_to_stays_a_rival() -> None:
    assert _speaker("Council Speaker Ana Lind sat and listened to Mayor Tom Brandt for an "
                    "hour") != "Ana Lind"


def test_one_met_with_stays_a_rival() -> None:
    assert _speaker("Council Speaker Ana Lind sat down on Monday with Mayor Tom Brandt for an "
                    "hour") != "Ana Lind"
