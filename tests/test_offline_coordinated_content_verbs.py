"""A closing tag after a paraphrase that carries quoted words (`…, he added.`) covers the quote
even when the quote's own clause goes on with a coordinated speech verb (`… “wakes up” and
acknowledges the facts, he added`): that verb is part of what is reported."""

from __future__ import annotations

from tests.conftest import direct_speakers


def test_coordinated_verb_inside_the_content_does_not_hide_the_tag() -> None:
    text = ("Kremlin spokesman Ivan Petrenko spoke on Monday. Peace can only come if the "
            "government in Minsk “wakes up” and acknowledges the roots of the crisis, he added.")
    speaker = direct_speakers(text)["wakes up"]
    assert speaker is not None and speaker.name == "Ivan Petrenko"


def test_another_speaker_s_report_still_stands_between() -> None:
    text = ("Mayor Ann Roe spoke on Monday. The bill is “dead on arrival” and Dan Lee said so "
            "too, she added.")
    speaker = direct_speakers(text).get("dead on arrival")
    assert speaker is None or speaker.name != "Ann Roe"
