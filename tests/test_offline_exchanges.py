"""Quotes in a back-and-forth exchange: the answer belongs to whoever retorts (`X fired back`,
`“…,” Y shot back`, `“…,” Z went on`, `an angry W retaliated`), not to the speaker before. Each
rule on invented sentences, with a near miss where the same verb is not speech."""

from __future__ import annotations

from conftest import direct_speakers

from summarizer.schemas import Speaker


def speakers(text: str) -> dict[str, Speaker | None]:
    return direct_speakers(text, strip=",.")


def name_of(got: dict[str, Speaker | None], quote: str) -> str | None:
    speaker = got.get(quote)
    return speaker.name if speaker is not None else None


def test_fired_back_after_a_clause_about_the_other_speaker() -> None:
    text = ("When Hart suggested the port would close, Ostrova fired back: “If they close it, "
            "they lose.”")
    assert name_of(speakers(text), "If they close it, they lose") == "Ostrova"


def test_shot_back_after_a_clause_about_the_other_speaker() -> None:
    text = "After Ostrova criticised the budget, Hart shot back, “I chose to fight for it.”"
    assert name_of(speakers(text), "I chose to fight for it") == "Hart"


def test_a_retort_after_a_quote_keeps_the_two_speakers_apart() -> None:
    text = ("Hart said the city had lost its way. “The city is lost,” he claimed. “The city "
            "will always stand,” an angry Ostrova retaliated.")
    got = speakers(text)
    assert name_of(got, "The city is lost") == "Hart"
    assert name_of(got, "The city will always stand") == "Ostrova"


def test_went_on_attributes_the_quote_that_it_follows() -> None:
    text = "“You know, it happens,” Hart went on. “But you get over it.”"
    got = speakers(text)
    assert any(quote.startswith("You know, it happens") and speaker is not None
               and speaker.name == "Hart" for quote, speaker in got.items())


def test_near_miss_fired_as_dismissal_gives_the_quote_to_the_speaker() -> None:
    # `fired` here is the council dismissing someone: the speaker is still the one who said.
    text = "Hart said the council fired the “rogue auditor” last week."
    assert name_of(speakers(text), "rogue auditor") == "Hart"


def test_near_miss_went_as_motion_is_no_attribution() -> None:
    text = "Ostrova went to the harbour on Monday. The ferry was “a wreck,” Hart said."
    assert name_of(speakers(text), "a wreck") == "Hart"


# --- an interview's answer closed by `.` or `…` inside the marks, then a bare tag -------------


def test_an_answer_ending_in_an_ellipsis_then_a_bare_tag_is_the_answerers() -> None:
    text = ("Ostrova asked, “Will you choose a farmer?”\n"
            "“Well, yes. I will look at many people…” Hart said. “A farmer?” Ostrova repeated.")
    got = speakers(text)
    assert name_of(got, "Will you choose a farmer?") == "Ostrova"
    assert any(quote.startswith("Well, yes") and speaker is not None and speaker.name == "Hart"
               for quote, speaker in got.items())


def test_a_quote_ending_in_a_full_stop_then_a_bare_tag_is_the_taggers() -> None:
    text = ("Ostrova criticised the port plan on Monday. “Pay the workers first.” Hart said. "
            "Ostrova disagreed.")
    assert name_of(speakers(text), "Pay the workers first") == "Hart"


def test_near_miss_a_full_stop_quote_then_a_statement_of_its_own_is_not_tagged() -> None:
    # `Hart said the vote was lost` is a sentence of its own, not the quote's tag.
    text = "Ostrova spoke first. “We will win.” Hart said the vote was lost."
    assert name_of(speakers(text), "We will win") != "Hart"


# --- a question and its answer: the pronouns tell the two speakers apart ---------------------


def test_the_answering_pronoun_is_not_the_asker_called_by_the_other_pronoun() -> None:
    # Neither first name is in a list of genders: `she asked` tells which one is the asker.
    text = ("Lena Ostrova pressed Paul Hart on the budget. “Are the cuts fair?” she asked. "
            "“They are necessary,” he said.")
    got = speakers(text)
    assert name_of(got, "Are the cuts fair?") == "Lena Ostrova"
    assert name_of(got, "They are necessary") == "Paul Hart"


def test_near_miss_the_same_pronoun_twice_stays_with_one_speaker() -> None:
    text = ("Paul Hart spoke at the harbour. “The cuts are fair,” he said. “They are "
            "necessary,” he added.")
    got = speakers(text)
    assert name_of(got, "The cuts are fair") == "Paul Hart"
    assert name_of(got, "They are necessary") == "Paul Hart"


# --- a speech word right after a possessive is a noun or an adjective --------------------------


def test_fired_after_a_possessive_is_no_retort_of_the_possessor() -> None:
    text = ("Dana Hart, Paul Egan's fired campaign manager, ripped the mayor for acting as "
            "“judge and jury” in the case.")
    assert name_of(speakers(text), "judge and jury") == "Dana Hart"


def test_near_miss_fired_back_after_the_possessor_s_aide_is_a_retort() -> None:
    text = ("Paul Egan spoke first. Paul Egan's aide Dana Hart fired back: “We will win the "
            "vote.”")
    assert name_of(speakers(text), "We will win the vote") == "Dana Hart"


def test_a_title_quoted_in_a_participle_after_the_tag_leaves_the_tag_to_the_quote() -> None:
    text = ('"We will look at many people," Lind said. "Grizzly Adams?" Berg repeated.\n\n'
            '"I am not sure he is free, but we will see, right?" Lind remarked, alluding to the '
            'actor\'s turn as a frontiersman in "The Revenant."')
    assert name_of(speakers(text), "I am not sure he is free, but we will see, right?") == "Lind"


def test_near_miss_a_next_sentence_reporting_words_of_its_own_is_no_tag() -> None:
    text = ('"We will look at many people," Lind said. "Grizzly Adams?" Berg repeated.\n\n'
            '"Is he free?" She replied to him that it was an "honor to serve."')
    got = speakers(text)
    assert all(speaker is not None and speaker.name == "Berg"
               for quote, speaker in got.items() if "Is he free?" in quote)
