"""Attribution and coreference: verb orders, appositive titles, pronouns, surnames, unnamed
sources, institutions, spelling variants."""

from __future__ import annotations

from conftest import extract_text

from summarizer.schemas import Speaker


def speakers(text: str) -> dict[str, Speaker]:
    result = extract_text(text)
    return {s.text: s.speaker for s in result.statements if s.kind == "direct"}


def test_attribution_after_the_quote_in_both_orders() -> None:
    got = speakers("“We are ready,” said Defence Minister Anna Berg.\n\n"
                   "“We are not,” Berg's deputy Tom Reed said.")
    assert got["We are ready"].name == "Anna Berg"
    assert got["We are not"].name == "Tom Reed"


def test_appositive_title_gives_role_affiliation_and_country() -> None:
    got = speakers("“No change,” U.S. Ambassador to NATO Jane Doe said.")
    speaker = got["No change"]
    assert (speaker.name, speaker.role, speaker.country) == ("Jane Doe", "U.S. Ambassador to NATO",
                                                             "US")
    assert speaker.affiliation == "United States"


def test_pronoun_resolves_to_last_full_name_of_matching_gender() -> None:
    text = ("Finnish Foreign Minister Elina Valtonen met Tom Reed on Monday.\n\n"
            "“It went well,” she said.")
    assert speakers(text)["It went well"].name == "Elina Valtonen"


def test_pronoun_prefers_the_subject_of_the_previous_sentence() -> None:
    text = ("Karl Nehammer spoke for an hour, sending a message to Boris Lind. "
            "He insisted that Austria “will not move.”")
    assert speakers(text)["will not move"].name == "Karl Nehammer"


def test_surname_resolves_to_the_full_name() -> None:
    text = "Dutch Prime Minister Dick Schoof arrived early.\n\n“We back Kyiv,” Schoof added."
    speaker = speakers(text)["We back Kyiv"]
    assert speaker.name == "Dick Schoof" and speaker.country == "NL"


def test_spelling_variants_share_one_canonical_name() -> None:
    got = speakers("“Peace through strength,” Zelenskyy said. “We need more,” Zelenskiy added.")
    assert {s.name for s in got.values()} == {"Volodymyr Zelensky"}


def test_unnamed_source_keeps_its_organisation() -> None:
    got = speakers("Some allies are wary, but “it is too early,” one NATO official told reporters.")
    speaker = got["it is too early"]
    assert speaker.name is None and speaker.affiliation == "NATO"


def test_second_unnamed_source_inherits_the_first_ones_organisation() -> None:
    text = ("“Not yet,” one EU diplomat told the paper. A second diplomat said member states "
            "“need more time.”")
    assert speakers(text)["need more time"].affiliation == "EU"


def test_institution_speaking_as_such() -> None:
    got = speakers("The Kremlin said on Monday the talks were “a waste of time.”")
    speaker = got["a waste of time"]
    assert speaker.name is None and speaker.country == "RU"


def test_document_speaks_for_the_body_that_issued_it() -> None:
    text = "The White House said it was pleased. The statement read: “We welcome the vote.”"
    speaker = speakers(text)["We welcome the vote"]
    assert speaker.affiliation == "White House" and speaker.country == "US"


def test_a_document_read_before_issues_no_later_document() -> None:
    text = ("“We are well placed for the spring,” the memo stated.\n\n"
            "The campaign also sent supporters a fundraising appeal. “Every dollar counts now,” "
            "the email said.")
    speaker = speakers(text)["Every dollar counts now"]
    assert speaker.role == "email"


def test_participle_speaker_is_the_clause_subject_not_a_possessive() -> None:
    text = ("Austrian Chancellor Karl Nehammer criticised Orbán's plan as “reckless,” "
            "urging Brussels “to act now.”")
    assert speakers(text)["to act now"].name == "Karl Nehammer"


def test_nearest_speech_verb_governs_nested_quotes() -> None:
    text = "Karl Nehammer said that several capitals had voiced “serious doubts.”"
    assert speakers(text)["serious doubts"].name is None


def test_speech_noun_with_its_source() -> None:
    text = "After remarks Tuesday from Czech President Petr Pavel that aid was “vital,” it came."
    assert speakers(text)["vital"].name == "Petr Pavel"


def test_international_official_has_no_country() -> None:
    speaker = speakers("“Allies agree,” NATO chief Mark Rutte said.")["Allies agree"]
    assert speaker.country is None and speaker.affiliation == "NATO"


def test_news_outlet_is_never_the_speaker() -> None:
    assert speakers("“Talks failed,” Reuters reported.") == {}


# --- titles, bare titles and `it says` ----------------------------------------------------


def test_title_after_the_name_fills_the_role_without_the_full_stop() -> None:
    got = speakers("“We will keep helping,” said Anna Berg, Sweden’s defence minister.")
    assert (got["We will keep helping"].role, got["We will keep helping"].country) == (
        "defence minister", "SE")


def test_bare_title_resolves_to_the_last_person_whose_title_is_not_given() -> None:
    got = speakers("Pavel Novak met his counterparts. “We need more time,” the minister added.")
    assert got["We need more time"].name == "Pavel Novak"


def test_bare_title_prefers_the_person_holding_that_title() -> None:
    text = ("Foreign Minister Lena Holm met Pavel Novak on Monday. "
            "“We need more time,” the minister added.")
    assert speakers(text)["We need more time"].name == "Lena Holm"


def test_bare_title_does_not_reach_back_over_paragraphs() -> None:
    text = "Pavel Novak arrived.\n\nTalks began.\n\nLunch followed.\n\n“No,” the minister said."
    assert speakers(text)["No"].name is None


def _paraphrases(text: str) -> list[tuple[str | None, str | None]]:
    result = extract_text(text)
    return [(s.speaker.name, s.speaker.affiliation) for s in result.statements
            if s.kind == "paraphrase"]


def test_it_says_stands_for_the_country_that_is_the_subject() -> None:
    text = ("After two years of fighting, Moldova is short of money and under pressure to find "
            "partners — which it says must include the EU.")
    assert _paraphrases(text) == [(None, "Moldova")]


def test_it_says_after_a_country_only_named_as_an_object_has_no_speaker() -> None:
    assert _paraphrases("The plan was shown to Norway. It says Ukraine should join.") == []


def test_inverted_verb_ending_a_reported_sentence() -> None:
    assert _paraphrases("The decision has been made, said Anna Kowal.") == [("Anna Kowal", None)]


# --- appositions and shared subjects ------------------------------------------------------

_ADVISER = ("Ivo Marek, a senior adviser in the Slovenian defence ministry, warned that a vote "
            "now \"would split the bloc,\" adding: \"We will not go there.\"")


def test_apposition_title_keeps_its_prepositional_phrase() -> None:
    speaker = speakers(_ADVISER)["would split the bloc"]
    assert (speaker.name, speaker.role, speaker.country) == (
        "Ivo Marek", "senior adviser in the Slovenian defence ministry", "SI")


def test_adding_after_a_quote_shares_the_subject_of_the_earlier_verb() -> None:
    speaker = speakers(_ADVISER)["We will not go there"]
    assert (speaker.name, speaker.role) == (
        "Ivo Marek", "senior adviser in the Slovenian defence ministry")


def test_a_coordinated_speech_verb_takes_its_own_clauses_subject() -> None:
    text = ("Tom Lind sat behind her on the flight.\n\n"
            "When told Ann Roe was in the cabinet, Lind thought for a moment and said that "
            "these days, “Being unknown is an advantage.”")
    assert speakers(text)["Being unknown is an advantage"].name == "Tom Lind"


def test_near_miss_a_coordinated_verb_in_the_same_clause_keeps_the_earlier_subject() -> None:
    text = ("Tom Lind sat behind her on the flight.\n\n"
            "Ann Roe told the crew she was tired and said that these days, "
            "“Being unknown is an advantage.”")
    assert speakers(text)["Being unknown is an advantage"].name == "Ann Roe"
