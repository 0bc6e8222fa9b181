"""`calling`, `calls`, `notes`, `asks`: speech verbs that are as often nouns or demands. A
participle `, calling …` is said by the subject of its clause, not by the nearest person (its
object); each rule with a near miss that must not fire."""

from __future__ import annotations

from conftest import direct_speakers

from summarizer.schemas import Speaker


def speakers(text: str) -> dict[str, Speaker | None]:
    return direct_speakers(text)


def test_calling_after_a_comma_is_said_by_the_clause_subject_not_its_object() -> None:
    text = "Mira Kovac attacked Tomas Brandt on Monday, calling him “a failed manager.”"
    speaker = speakers(text)["a failed manager"]
    assert speaker is not None and speaker.name == "Mira Kovac"


def test_calling_after_an_opening_phrase_finds_the_subject_after_it() -> None:
    text = ("Early in the campaign, Mira Kovac went after Tomas Brandt, calling him "
            "“a total stiff.”")
    speaker = speakers(text)["a total stiff"]
    assert speaker is not None and speaker.name == "Mira Kovac"


def test_calling_after_an_adverb_opening_the_sentence_finds_the_subject_after_it() -> None:
    text = ("Mira Kovac spoke in Tulsa on Monday. Then she cut into Tomas Brandt, calling "
            "him “a total stiff.”")
    speaker = speakers(text)["a total stiff"]
    assert speaker is not None and speaker.name == "Mira Kovac"


def test_calling_without_a_comma_belongs_to_a_noun_not_to_the_nearest_person() -> None:
    # near miss: the ads call the deal a mistake; Tomas Brandt, before them, said nothing
    text = "Tomas Brandt was angry about newspaper ads calling the deal “a costly mistake.”"
    got = speakers(text)
    assert all(s is None or s.name != "Tomas Brandt" for s in got.values())


def test_calls_for_is_a_demand_not_a_speech_verb() -> None:
    # near miss: `calls for` a policy: no one is quoted saying the words
    text = "Mira Kovac calls for the port to reject “dangerous cargo” in the new plan."
    got = speakers(text)
    assert all(s is None or s.name != "Mira Kovac" for s in got.values())


def test_notes_and_asks_after_a_quote_are_its_tag() -> None:
    text = ("“The port will stay open,” Mira Kovac notes. “Who pays for it?” Tomas Brandt "
            "asks.")
    got = speakers(text)
    first, second = got["The port will stay open"], got["Who pays for it?"]
    assert first is not None and first.name == "Mira Kovac"
    assert second is not None and second.name == "Tomas Brandt"


def test_the_notes_as_a_noun_are_no_speaker() -> None:
    # near miss: `the notes` after a determiner is a noun: no one is the quote's speaker
    got = speakers("The memo was marked “urgent,” the notes show.")
    assert all(s is None or s.name is None or "notes" not in (s.role or "") for s in got.values())


def test_a_participle_after_a_comma_is_said_by_the_subject_not_the_object() -> None:
    text = ("Mira Kovac compared herself to Tomas Brandt on Sunday, saying she had "
            "“never taken a cent from the banks.”")
    speaker = speakers(text)["never taken a cent from the banks"]
    assert speaker is not None and speaker.name == "Mira Kovac"


def test_a_participle_with_no_comma_keeps_the_nearest_speaker() -> None:
    # near miss: no comma, so no clause to hang from; `a statement describing` is Kovac's
    text = ("After the talks Tomas Brandt left early, and Mira Kovac issued a statement "
            "describing the meeting as “a very positive step.”")
    speaker = speakers(text)["a very positive step"]
    assert speaker is not None and speaker.name == "Mira Kovac"


def test_a_comma_inside_a_quote_s_marks_sets_the_participle_off_too() -> None:
    text = ("Mira Kovac has delivered a fierce defense of “harbour values,” saying the city "
            "embodied the “spirit of the coast.”")
    speaker = speakers(text)["spirit of the coast"]
    assert speaker is not None and speaker.name == "Mira Kovac"


def test_near_miss_a_quote_without_a_comma_leaves_the_participle_to_its_noun() -> None:
    text = ("Tomas Brandt was angry about newspaper ads on “harbour values” calling the deal "
            "“a costly mistake.”")
    got = speakers(text)
    assert all(s is None or s.name != "Tomas Brandt" for s in got.values())


def test_a_participle_after_by_or_upon_is_said_by_the_clause_subject() -> None:
    text = ("Mira Kovac, herself a Brandt supporter during the primary, drew boos from the hall "
            "upon saying, “We must move on.”")
    speaker = speakers(text)["We must move on"]
    assert speaker is not None and speaker.name == "Mira Kovac"


def test_near_miss_a_participle_after_a_noun_is_not_the_subject_s() -> None:
    text = "Tomas Brandt was angry about ads by groups calling the deal “a costly mistake.”"
    got = speakers(text)
    assert all(s is None or s.name != "Tomas Brandt" for s in got.values())


def test_a_name_and_a_participle_after_and_is_an_absolute_of_its_own() -> None:
    text = ("Both men issued a statement, Mira Kovac saying she was “very encouraged” and Tomas "
            "Brandt calling it a “great day.”")
    got = speakers(text)
    assert got["very encouraged"] is not None and got["very encouraged"].name == "Mira Kovac"
    assert got["great day"] is not None and got["great day"].name == "Tomas Brandt"
