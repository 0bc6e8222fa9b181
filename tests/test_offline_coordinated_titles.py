"""A title after `and` before a name (`talks between Maria Lund and Prime Minister Olof
Brandt`): the person's title is the one after `and`, not the other person's name with it; one
person's two titles joined by `and` (`former Governor and Senate candidate`) stay together.

Each rule on invented sentences, with a near miss that the rule must leave alone.
"""

from __future__ import annotations

from conftest import direct_speakers


def test_title_after_and_after_another_person_is_the_persons_own() -> None:
    text = ("Talks between Maria Lund and Prime Minister Olof Brandt ended on Monday.\n\n"
            "“We made real progress,” Brandt said.")
    speaker = direct_speakers(text)["We made real progress"]
    assert speaker is not None and speaker.name == "Olof Brandt"
    assert speaker.role == "Prime Minister"


def test_near_miss_two_titles_of_one_person_stay_together() -> None:
    text = ("Former Governor and Senate candidate Olof Brandt spoke on Monday.\n\n"
            "“We made real progress,” Brandt said.")
    speaker = direct_speakers(text)["We made real progress"]
    assert speaker is not None and speaker.name == "Olof Brandt"
    assert speaker.role is not None and "Governor" in speaker.role
