"""`the lawmaker said`, `the deputy said`: a noun for a member of a legislature stands for the
person nearby the article gave a seat in one (`a member of the Sejm's defence committee`), not
for someone given a seat in another kind of body (`a member of the board`)."""

from __future__ import annotations

from tests.conftest import direct_speakers


def test_deputy_is_the_member_of_parliament_named_before() -> None:
    text = ("Irena Wolska, a member of the Sejm’s defence committee, spoke on Polish radio.\n\n"
            "Later in the interview, Wolska went further. “Our allies are far too slow,” the "
            "deputy said.")
    speaker = direct_speakers(text)["Our allies are far too slow"]
    assert speaker is not None and speaker.name == "Irena Wolska"


def test_lawmaker_is_the_member_of_the_national_assembly() -> None:
    text = ("Petar Ivanov, a member of Bulgaria's National Assembly, criticised the summit. "
            "“Words are not enough,” the lawmaker said.")
    speaker = direct_speakers(text)["Words are not enough"]
    assert speaker is not None and speaker.name == "Petar Ivanov"


def test_deputy_is_no_member_of_a_board() -> None:
    text = ("Irena Wolska, a member of the bank's supervisory board, spoke on Polish radio. "
            "“Our allies are far too slow,” the deputy said.")
    speaker = direct_speakers(text).get("Our allies are far too slow")
    assert speaker is None or speaker.name != "Irena Wolska"
