"""Courtesy titles written without the full stop, as British and European papers do (`Mr
Zelensky`, `Ms Kallas`, `Dr Roe`), are no part of the name: the person is the one listed or
named in full, and `Mrs`/`Ms` tell the gender as `Mrs.` does."""

from __future__ import annotations

from tests.conftest import direct_speakers


def test_mr_without_full_stop_is_the_listed_person() -> None:
    speaker = direct_speakers("“We need more air defence,” Mr Zelensky told the paper.")[
        "We need more air defence"]
    assert speaker is not None and speaker.name == "Volodymyr Zelensky"


def test_dr_without_full_stop_is_the_person_named_in_full() -> None:
    text = ("Dr Lena Forsberg studies Nordic defence in Oslo.\n\n"
            "“The timetable matters most,” Dr Forsberg said.")
    speaker = direct_speakers(text)["The timetable matters most"]
    assert speaker is not None and speaker.name == "Lena Forsberg"


def test_mrs_without_full_stop_is_no_part_of_the_name() -> None:
    text = "“It is a gamble,” said Mrs Forsberg. “A big one,” she added."
    speakers = direct_speakers(text)
    assert {s.name for s in speakers.values() if s} == {"Forsberg"}
