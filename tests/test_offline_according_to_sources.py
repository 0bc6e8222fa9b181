"""`According to Roe, …` makes Roe the sentence's source, as a speech verb's subject is: a
`he said` right after goes back to Roe, not to the people the report names."""

from __future__ import annotations

from conftest import direct_speakers, extract_text

REPORT = ("According to Omar Fadel, Chancellor Rolf Adler backs the canal plan of President "
          "Tomas Keller.")


def test_he_after_an_according_to_report_is_its_source() -> None:
    text = f"{REPORT}\n\n“We back the plan because we want peace,” he emphasized."
    speaker = direct_speakers(text, strip=".,").get("We back the plan because we want peace")
    assert speaker is not None and speaker.name == "Omar Fadel"


def test_she_after_an_according_to_report_in_a_paraphrase() -> None:
    text = ("Austrian Foreign Minister Ines Marchetti visited Kesh on Monday.\nAccording to "
            "Marchetti, Chancellor Rolf Adler backs the canal plan of President Tomas Keller.\n"
            "We back the plan because we want peace, she emphasized.")
    found = [s for s in extract_text(text).statements if s.text.startswith("We back the plan")]
    assert found and found[0].speaker is not None
    assert found[0].speaker.name == "Ines Marchetti"


def test_near_miss_the_subject_speaking_after_an_according_to_opener_still_speaks() -> None:
    text = ("According to the agenda, Chancellor Rolf Adler will speak first.\n"
            "“We back the plan,” he said.")
    speaker = direct_speakers(text, strip=".,").get("We back the plan")
    assert speaker is not None and speaker.name == "Rolf Adler"


def test_near_miss_according_to_an_outlet_s_name_is_no_pronoun_s_antecedent() -> None:
    text = ("Ann Roe spoke in Kesh on Monday.\n\nAccording to Ledgerwire, Ann Roe praised her "
            "donors. She also said the turmoil was not the fault of banks, “not by a long shot.”")
    speaker = direct_speakers(text, strip=".,").get("not by a long shot")
    assert speaker is not None and speaker.name == "Ann Roe"
