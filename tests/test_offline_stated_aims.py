"""A plan's stated aim ends where its clause ends, at a phrase boundary: never inside a
coordinated phrase, never with the time, the audience or a relative clause of the sentence
around it (invented sentences of the shapes news prints)."""

from __future__ import annotations

from conftest import extract_text


def aims(text: str) -> list[str]:
    found = extract_text(text).plan
    assert found is not None
    return found.stated_aims


def test_and_inside_the_aims_own_words_is_kept() -> None:
    assert aims("Kostenko unveiled a victory plan, which aims to win more naval and air "
                "support for the country.") == ["win more naval and air support for the country"]
    assert aims("Kostenko presented his victory plan to end the war and restore the "
                "border.") == ["end the war and restore the border"]


def test_and_opening_a_new_clause_ends_the_aim() -> None:
    assert aims("Kostenko presented his victory plan to end the war and the Kremlin mocked "
                "it.") == ["end the war"]
    assert aims("Kostenko presented his victory plan to end the war and Moscow mocked "
                "it.") == ["end the war"]


def test_a_measure_of_time_before_after_is_not_part_of_the_aim() -> None:
    assert aims("Kostenko unveiled his victory plan to end the occupation hours after a "
                "drone attack.") == ["end the occupation"]
    assert aims("Kostenko unveiled his victory plan to end the occupation two days before "
                "the summit.") == ["end the occupation"]


def test_the_audience_of_the_presentation_is_not_part_of_the_aim() -> None:
    assert aims("Kostenko presented his victory plan to end the war to the Ukrainian "
                "parliament.") == ["end the war"]
    assert aims("Kostenko presented his victory plan to force Moscow to the table.") == [
        "force Moscow to the table"]


def test_a_relative_clause_after_the_object_ends_the_aim() -> None:
    assert aims("Officials played down the victory plan to end the war that Kostenko is "
                "taking to Paris.") == ["end the war"]
    assert aims("Kostenko presented his victory plan to ensure that the invaders "
                "leave.") == ["ensure that the invaders leave"]


def test_an_aim_cut_at_its_length_ends_on_a_full_phrase() -> None:
    got = aims("Kostenko unveiled a victory plan, which aims to persuade the allies to raise "
               "naval and financial support for the country in its long war with the invaders.")
    assert got == ["persuade the allies to raise naval and financial support for the country"]
