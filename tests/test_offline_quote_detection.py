"""Direct quotes the offline extractor must find and attribute in patterns of news writing:
a subject set apart from its speech verb, verbs of judgement and manner, and more. Each rule on
invented sentences, with a near miss that must not fire."""

from __future__ import annotations

from conftest import extract_text

from summarizer.schemas import Speaker


def speakers(text: str) -> dict[str, Speaker | None]:
    result = extract_text(text)
    return {s.text.rstrip(",."): s.speaker for s in result.statements if s.kind == "direct"}


def name_of(got: dict[str, Speaker | None], quote: str) -> str | None:
    speaker = got.get(quote)
    return speaker.name if speaker is not None else None


# --- a subject set apart from its speech verb ------------------------------------------------


def test_a_long_title_with_a_relative_clause_between_name_and_verb() -> None:
    text = ("Mara Lindqvist, a harbour engineer who had worked on the old pier before leaving "
            "the city last spring, said the new quay was “a costly mistake.”")
    assert name_of(speakers(text), "a costly mistake") == "Mara Lindqvist"


def test_a_parenthesis_and_a_time_between_name_and_verb() -> None:
    text = "Sen. Tomas Brandt (D-Ore.) last week said the levy was “dead on arrival.”"
    assert name_of(speakers(text), "dead on arrival") == "Tomas Brandt"


def test_a_set_off_participle_phrase_and_a_quote_opening_after_the_verb() -> None:
    text = ("Oskar Vel, speaking after the vote in the council chamber, said, “We will "
            "appeal the ruling.”")
    assert name_of(speakers(text), "We will appeal the ruling") == "Oskar Vel"


def test_went_on_to_say_reports_the_subjects_words() -> None:
    text = "Ines Marr went on to say she was “confident” about the outcome."
    assert name_of(speakers(text), "confident") == "Ines Marr"


def test_the_possessor_of_a_set_off_subject_is_not_the_speaker() -> None:
    # near miss: `Brandt's aide, a former judge,` is the aide, not Brandt
    text = "Tomas Brandt's aide, a former judge, said the ruling was “deeply flawed.”"
    assert name_of(speakers(text), "deeply flawed") != "Tomas Brandt"


def test_a_list_of_names_is_not_read_as_a_name_and_its_apposition() -> None:
    # near miss: `Brandt, Vel and Marr said` is a list of subjects, not Brandt with a title
    text = "Tomas Brandt, Oskar Vel and Ines Marr said the plan was “unworkable.”"
    got = speakers(text)
    assert name_of(got, "unworkable") != "Tomas Brandt"
