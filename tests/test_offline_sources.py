"""Quote sources in general words of news writing: descriptions the title lists do not cover,
unnamed and organisation sources, outlets as writers, abbreviated titles and middle initials,
gender from titles. Each rule with a near miss that must not fire."""

from __future__ import annotations

from conftest import extract_text

from summarizer.schemas import Speaker


def speakers(text: str) -> dict[str, Speaker]:
    result = extract_text(text)
    return {s.text: s.speaker for s in result.statements if s.kind == "direct"}


def test_a_description_in_general_words_before_the_verb_ends_in_the_name() -> None:
    got = speakers("“We will win the state,” Republican strategist Ola Brandt said.")
    assert got["We will win the state"].name == "Ola Brandt"


def test_an_unnamed_source_in_general_words_keeps_its_description_as_role() -> None:
    got = speakers("“Bring water and shoes,” the organizer told the volunteers.")
    speaker = got["Bring water and shoes"]
    assert speaker.name is None and speaker.role == "organizer"


def test_an_inverted_verb_takes_a_description_up_to_its_clause() -> None:
    got = speakers("“Nobody saw it coming,” said one former executive who asked not to be named.")
    speaker = got["Nobody saw it coming"]
    assert speaker.name is None and speaker.role == "former executive"


def test_organisation_sources_before_the_quote() -> None:
    got = speakers("In a statement, the bank said it was “deeply concerned” by the vote.")
    assert got["deeply concerned"].role == "bank"


def test_a_thing_that_says_is_no_source() -> None:
    # near miss: `the poll says` has the shape of a source, but a poll speaks for no one
    assert speakers("“Most voters are undecided,” the poll says.") == {}


def test_a_clause_is_not_a_description() -> None:
    # near miss: the words before `said` are a relative clause, not a subject
    text = "The memo that was rejected said nothing about “security guarantees” at all."
    assert all(s.role != "rejected" for s in speakers(text).values())


def test_a_preposition_does_not_open_a_source() -> None:
    # near miss: `for saying` after a quote is no attribution
    text = "Anna Berg called the critics “reckless” for saying the talks had failed."
    got = speakers(text)
    assert "reckless" in got and got["reckless"].name == "Anna Berg"


def test_a_news_outlet_that_writes_the_words_is_their_source() -> None:
    got = speakers("“The talks have stalled,” the Financial Times wrote.")
    assert got["The talks have stalled"].affiliation == "Financial Times"


def test_an_abbreviated_title_is_not_part_of_the_name() -> None:
    got = speakers("“We are ready,” said Rep. Ola Brandt.\n\n"
                   "Republican Sen. Tove Lind spoke later. “We are not,” Lind said.")
    assert got["We are ready"].name == "Ola Brandt"
    assert got["We are not"].name == "Tove Lind"


def test_a_middle_initial_stays_inside_the_name() -> None:
    text = "“No charges,” said James B. Holt.\n\n“None at all,” Holt added."
    got = speakers(text)
    assert got["No charges"].name == "James B. Holt"
    assert got["None at all"].name == "James B. Holt"


def test_a_courtesy_title_tells_the_pronouns_gender() -> None:
    text = "Ms. Robin Dale met Mr. Sam Ekberg on Friday. “We agree,” she said."
    assert speakers(text)["We agree"].name == "Robin Dale"
    # near miss: the same people, the other pronoun
    text = "Ms. Robin Dale met Mr. Sam Ekberg on Friday. “We agree,” he said."
    assert speakers(text)["We agree"].name == "Sam Ekberg"


def test_a_definite_description_of_a_person_is_the_person_just_named() -> None:
    text = "Tove Lind arrived late.\n\n“It was worth it,” the billionaire investor told reporters."
    assert speakers(text)["It was worth it"].name == "Tove Lind"
    # near miss: a body is no person, whoever was named before
    text = "Tove Lind arrived late.\n\n“It was worth it,” the ministry told reporters."
    speaker = speakers(text)["It was worth it"]
    assert speaker.name is None and speaker.role == "ministry"
