"""A title with its own `of` phrase as a source: `the Minister of Foreign Affairs, Ann Roe,
underlined` is Ann Roe (the name set off after the title), and `according to the head of
government,` reads the whole title, which then takes up the leader named before.
"""

from __future__ import annotations

from conftest import direct_speakers, extract_text

from summarizer.schemas import Speaker


def test_name_set_off_after_a_title_with_of_in_a_tag() -> None:
    text = ("“Our ports must be defended by all means,” the Minister of Foreign Affairs, Ines "
            "Marchetti, underlined at the meeting.")
    speaker = direct_speakers(text, strip=".,").get("Our ports must be defended by all means")
    assert speaker is not None and speaker.name == "Ines Marchetti"


def test_near_miss_a_relative_clause_after_a_title_names_no_one() -> None:
    text = ("“Our ports must be defended by all means,” the head of the delegation, which met "
            "on Monday, said.")
    speaker = direct_speakers(text, strip=".,").get("Our ports must be defended by all means")
    assert speaker is None or speaker.name is None


def _paraphrase_speaker(text: str, opening: str) -> Speaker | None:
    found = [s for s in extract_text(text).statements if s.text.startswith(opening)]
    assert found, opening
    return found[0].speaker


def test_according_to_the_head_of_government_is_the_prime_minister_named() -> None:
    text = ("Austrian Prime Minister Tomas Keller spoke on the radio on Friday. According to the "
            "head of government, the union is already losing the trade war.")
    speaker = _paraphrase_speaker(text, "According to the head of government")
    assert speaker is not None and speaker.name == "Tomas Keller"


def test_according_to_the_head_of_a_body_keeps_the_whole_title() -> None:
    text = "According to the head of Austrian diplomacy, the talks will continue in May."
    speaker = _paraphrase_speaker(text, "According to the head of Austrian diplomacy")
    assert speaker is not None and speaker.role == "head of Austrian diplomacy"
