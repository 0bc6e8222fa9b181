"""Reported speech: which speech events are paraphrases, and the text each one gets."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text

from summarizer.schemas import Statement


def paraphrases(text: str, published: dt.date | None = None) -> list[Statement]:
    result = extract_text(text, published)
    return [s for s in result.statements if s.kind == "paraphrase"]


def test_that_clause_is_a_paraphrase_with_the_whole_sentence() -> None:
    got = paraphrases("Finance Minister Ola Berg said that the budget would pass.")
    assert [(s.text, s.speaker.name) for s in got] == [
        ("Finance Minister Ola Berg said that the budget would pass", "Ola Berg")]


def test_clause_without_that_after_said() -> None:
    got = paraphrases("Ola Berg said the budget will pass next week.")
    assert len(got) == 1 and got[0].speaker.name == "Ola Berg"


def test_attribution_at_the_end_with_its_date() -> None:
    got = paraphrases("The budget will pass, Ola Berg said on Oct. 3.", dt.date(2024, 10, 5))
    assert got[0].said_on == dt.date(2024, 10, 3)


def test_weekday_is_resolved_against_the_published_date() -> None:
    got = paraphrases("Ola Berg said on Monday the budget will pass.", dt.date(2024, 10, 3))
    assert got[0].said_on == dt.date(2024, 9, 30)


def test_plain_object_is_not_reported_speech() -> None:
    assert paraphrases("Ola Berg announced a new budget for the coming year.") == []
    assert paraphrases("Ola Berg emphasized the importance of unity in Europe.") == []


def test_cognition_verbs_do_not_report_speech() -> None:
    assert paraphrases("Ola Berg believes that the budget will pass.") == []


def test_according_to_a_person_but_not_to_an_outlet() -> None:
    assert paraphrases("According to Ola Berg, the budget will pass.")[0].speaker.name == "Ola Berg"
    assert paraphrases("According to Politico, the budget will pass.") == []


def test_quote_governed_by_the_verb_is_not_also_a_paraphrase() -> None:
    result = paraphrases("Ola Berg said the budget was “a disgrace.”")
    assert result == []


def test_linked_unit_gets_its_own_clause() -> None:
    text = "“We are done,” Ola Berg said, adding that talks will resume in May."
    assert [s.text for s in paraphrases(text)] == ["adding that talks will resume in May"]


def test_bare_attribution_sentence_is_not_a_paraphrase() -> None:
    text = "“We are done.”\n\nOla Berg said. “Talks are over.”"
    assert paraphrases(text) == []


def test_date_after_a_long_subject_is_the_attributions() -> None:
    got = paraphrases("Polish Foreign Minister Ola Berg said on Tuesday the budget will pass.",
                      dt.date(2024, 11, 7))
    assert got[0].said_on == dt.date(2024, 11, 5)


def statements(text: str) -> list[tuple[str, str | None, str]]:
    return [(s.kind, s.speaker.name, s.text) for s in extract_text(text).statements]


def test_adding_that_after_a_quote_is_a_paraphrase_of_its_own() -> None:
    got = statements("In Oslo, ministry spokesman Henrik Dahl said Norway's backing for the "
                     "'long road' was 'firm', adding that officials would review the plan soon.")
    assert got[-1] == ("paraphrase", "Henrik Dahl",
                       "adding that officials would review the plan soon")
    got = statements("\u201cWe will not wait,\u201d Lotte Brandt told Danish radio, adding that "
                     "Copenhagen would not block aid.")
    assert got == [("direct", "Lotte Brandt", "We will not wait"),
                   ("paraphrase", "Lotte Brandt", "adding that Copenhagen would not block aid")]
    # near miss: `adding:` with a quote of its own is a direct quote, not a paraphrase
    got = statements("Lotte Brandt called the plan \u201ca serious offer\u201d, adding: \u201cWe "
                     "will study it.\u201d")
    assert [k for k, _, _ in got] == ["direct", "direct"]


def test_an_object_pointing_back_is_no_content() -> None:
    # `this` / `so` stand for words told before: the sentence reports when and where, no more.
    opening = "The budget will pass in May. "
    assert paraphrases(opening + "Ola Berg said this during a visit to Tallinn on Monday, "
                                 "the agency reports.") == []
    assert paraphrases(opening + "Ola Berg said so when reporters asked him about the vote "
                                 "in the evening.") == []


def test_a_clause_going_on_from_this_is_content() -> None:
    got = paraphrases("Ola Berg said this is only the start of a longer budget debate in May.")
    assert [s.speaker.name for s in got] == ["Ola Berg"]
