"""A source described by an adjective that takes a complement or by a participle phrase
(`a source familiar with the talks`, `an aide close to the mayor`, `officials briefed on the
vote`, `two ministers, quoted by a daily,`) and a participle after a main clause whose verb is
a copula (`Roe was blunt about the bill, calling it …`): the speaker is the source or the
clause's subject, never the noun inside the modifier. Invented sentences, with near misses."""

from __future__ import annotations

from conftest import direct_speakers, extract_text

from summarizer.schemas import Speaker


def speaker_of(text: str, quote: str) -> Speaker | None:
    return direct_speakers(text, strip=".").get(quote)


def paraphrase_speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [(s.speaker.name, s.speaker.role) for s in extract_text(text).statements
            if s.kind == "paraphrase"]


def test_a_participle_with_a_preposition_bridges_subject_and_verb() -> None:
    text = ("The ferry plan stalled. An aide briefed on the talks said it held "
            "“no news” at all.")
    speaker = speaker_of(text, "no news")
    assert speaker is not None and speaker.role == "aide"


def test_a_modified_source_after_while_speaks_the_later_quote() -> None:
    text = ("One aide called the ferry plan a “shopping list,” while another source familiar "
            "with Lena Roe's calls with party donors said it held “no news” at all.")
    speaker = speaker_of(text, "no news")
    assert speaker is not None and speaker.role is not None and "source" in speaker.role


def test_a_paraphrase_of_a_source_across_an_adjective_and_a_relative_clause() -> None:
    got = paraphrase_speakers("Two officials familiar with the talks, who asked not to be "
                              "named, said that the ferry budget would pass.")
    assert got and got[0][1] is not None and got[0][1].endswith("officials")
    assert all(role != "talks" for _, role in got)


def test_a_paraphrase_of_officials_briefed_on_a_matter_is_theirs() -> None:
    got = paraphrase_speakers("Officials briefed on the talks said that the ferry budget "
                              "would pass.")
    assert got and got[0][1] is not None and got[0][1].lower() == "officials"


def test_near_miss_the_object_of_close_to_is_no_speaker() -> None:
    got = paraphrase_speakers("Diplomats close to the minister said that the ferry budget "
                              "would pass.")
    assert got and got[0][1] == "Diplomats"
    assert all(role != "minister" for _, role in got)


def test_calling_after_a_copula_is_said_by_the_clause_subject() -> None:
    text = ("Lena Roe spoke at the port. She was especially blunt about Norland, calling it "
            "part of a “ring of smugglers” run by its navy.")
    speaker = speaker_of(text, "ring of smugglers")
    assert speaker is not None and speaker.name == "Lena Roe"


def test_noting_after_a_subject_cited_by_an_outlet_is_the_subject_s() -> None:
    got = paraphrase_speakers(
        "Northern diplomats, quoted by the Harbour Ledger, have underlined the high stakes of "
        "the ferry vote, noting that the result could sway the budget.")
    assert got and got[0][1] is not None and "diplomats" in got[0][1]
    assert all(role != "high" for _, role in got)


def test_near_miss_a_lead_word_before_quoted_words_is_no_participle_lead() -> None:
    text = ("Tomas Brandt was upset about posters on “harbour values” calling the ferry "
            "plan “a costly mistake.”")
    assert all(s is None or s.name != "Tomas Brandt" for s in direct_speakers(text).values())


def test_near_miss_a_possessor_s_thing_before_a_preposition_is_no_speaker() -> None:
    text = ("Unveiled on Monday, Lena Roe's three-part plan for ending the strike cites a quick "
            "wage deal as its first goal -- prompting a union warning that the port was heading "
            "for “open conflict” with the city.")
    for speaker in direct_speakers(text).values():
        assert speaker is None or speaker.role is None or "plan" not in speaker.role


def test_people_familiar_with_a_matter_are_an_unnamed_source() -> None:
    got = paraphrase_speakers("People familiar with the matter said that the ferry budget "
                              "would pass.")
    assert got == [(None, "people")]


def test_one_person_familiar_across_a_relative_clause_is_a_source() -> None:
    got = paraphrase_speakers("One person familiar with the talks, who asked not to be "
                              "named, said that the ferry budget would pass.")
    assert got == [(None, "person")]


def test_near_miss_the_people_inside_the_modifier_are_not_the_source() -> None:
    got = paraphrase_speakers("Two aides close to the people of the port said that the "
                              "ferry budget would pass.")
    assert all(role is None or "people" not in role for _, role in got)


def test_a_chain_of_prepositions_after_familiar_leaves_the_source_the_speaker() -> None:
    got = paraphrase_speakers(
        "One person familiar with Lena Roe's calls with visiting leaders, who asked not to be "
        "named while discussing private matters, said that the ferry plan held no surprises.")
    assert got == [(None, "person")]
