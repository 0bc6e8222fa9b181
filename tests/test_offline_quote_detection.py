"""Direct quotes the offline extractor must find and attribute in patterns of news writing:
a subject set apart from its speech verb, verbs of judgement and manner, and more. Each rule on
invented sentences, with a near miss that must not fire."""

from __future__ import annotations

from conftest import direct_speakers, extract_text

from summarizer.schemas import Speaker


def speakers(text: str) -> dict[str, Speaker | None]:
    return direct_speakers(text, strip=",.")


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


def test_a_set_off_title_may_hold_a_parenthesis_with_a_full_stop() -> None:
    text = ("Ines Marr, an engineer who advised Sen. Tomas Brandt (D-Ore.), one of the levy's "
            "authors, called it “a costly mistake.”")
    assert name_of(speakers(text), "a costly mistake") == "Ines Marr"


def test_a_relative_who_after_a_comma_speaks_for_the_name_before_it() -> None:
    text = ("The plan was debated, with Ines Marr, who says it is “unworkable,” and Oskar Vel, "
            "who has in the past described it as “a gift.”")
    got = speakers(text)
    assert name_of(got, "unworkable") == "Ines Marr"
    assert name_of(got, "a gift") == "Oskar Vel"


def test_a_relative_which_or_a_possessive_antecedent_does_not_speak() -> None:
    # near misses: `which` stands for a thing; `Vel's office, who …` would make the office,
    # not Vel, the speaker
    text = ("The levy, which says “no exemptions,” passed. Oskar Vel's aide, who says the "
            "port is “doomed,” left.")
    got = speakers(text)
    assert "no exemptions" not in got
    assert name_of(got, "doomed") != "Oskar Vel"


def test_a_tag_after_the_quote_whose_subject_stands_apart_from_its_verb() -> None:
    text = ("“There has been a lot of talk,” Senate Majority Leader Tomas Brandt, R-Ore., "
            "said on Tuesday.")
    assert name_of(speakers(text), "There has been a lot of talk") == "Tomas Brandt"


def test_a_tag_after_the_quote_with_a_clause_between_name_and_verb_is_not_read_so() -> None:
    # near miss: `Brandt. Vel said` — a sentence ends between the name and the verb
    text = "“The levy is dead,” Tomas Brandt. Oskar Vel said nothing about it."
    assert name_of(speakers(text), "The levy is dead") != "Tomas Brandt"


def test_with_a_name_and_a_participle_the_name_speaks() -> None:
    text = ("Senators were irritated by the lack of detail, with Sen. Tomas Brandt calling the "
            "plan “a Chinese menu.”")
    assert name_of(speakers(text), "a Chinese menu") == "Tomas Brandt"


def test_a_participle_after_a_name_without_with_is_not_that_names() -> None:
    # near miss: `signs calling him` — the signs call, not a speaker named before them; and
    # `met Brandt calling …` has no `with`
    text = "Oskar Vel met Tomas Brandt calling the levy “a scandal.”"
    assert name_of(speakers(text), "a scandal") != "Tomas Brandt"


def test_a_sentence_opening_with_an_inverted_speech_verb() -> None:
    text = ("The harbour was empty. Said Ines Marr, who grew up by the quay, “We were all so "
            "proud of it.”")
    assert name_of(speakers(text), "We were all so proud of it") == "Ines Marr"


def test_an_inverted_lead_in_ending_a_paragraph_with_a_colon() -> None:
    text = ("Oskar Vel spoke on the radio on Monday.\n\nStated Vel:\n\n“I think the stakes "
            "are so high that the port will close before the winter is out.”\n")
    got = speakers(text)
    assert [s.name for s in got.values() if s is not None] == ["Oskar Vel"]


def test_an_opening_participle_said_to_be_is_no_inverted_tag() -> None:
    # near miss: `Said to be …` is a passive participle; the speaker is the clause's subject
    text = "Said to be the richest man in town, Oskar Vel called the levy “a scandal.”"
    assert name_of(speakers(text), "a scandal") == "Oskar Vel"


def test_a_writing_that_carries_words_is_their_source() -> None:
    text = ("The campaign sent out an appeal. “We need every volunteer,” the email said. “The "
            "vote is close.”")
    got = speakers(text)
    assert [s.role for s in got.values() if s is not None] == ["email"]


# --- a quote credited on the line after it --------------------------------------------------


def test_a_quote_paragraph_credited_with_a_dash_on_the_next_line() -> None:
    text = ("The senator spoke about taxes.\n\n“Shipping firms and other multinationals with "
            "huge profits pay zero taxes.”\n\n- Oskar Vel.\n\nThis is a complex issue.\n")
    got = speakers(text)
    assert [s.name for s in got.values() if s is not None] == ["Oskar Vel"]


def test_a_dash_line_that_is_a_sentence_of_its_own_credits_nobody() -> None:
    # near miss: the dash opens a sentence (`- The tax code is complex, and Vel knows it.`),
    # not a credit
    text = ("The senator spoke about taxes.\n\n“Taxes are too high for the people who work "
            "in the factories of this town.”\n\n- The tax code is complex, and Oskar Vel "
            "knows it.\n")
    got = speakers(text)
    assert all(s is None or s.name != "Oskar Vel" for s in got.values())


# --- a quote standing alone after a report of its speaker's words ----------------------------


def test_a_stand_alone_quote_after_a_report_is_the_reported_speakers() -> None:
    text = ("Mara Lindqvist added that the port would close before the winter. “We cannot "
            "keep paying for a quay nobody uses.”")
    assert name_of(speakers(text), "We cannot keep paying for a quay nobody uses") == (
        "Mara Lindqvist")


def test_a_quote_paragraph_after_a_paragraph_ending_with_a_report() -> None:
    text = ("The council met on Monday. Oskar Vel said the vote would be delayed.\n\n"
            "“There is no rush. We will decide in the spring.”\n")
    assert name_of(speakers(text), "There is no rush. We will decide in the spring") == (
        "Oskar Vel")


def test_a_quote_after_narrative_with_no_report_has_no_speaker() -> None:
    # near misses: the sentence before reports nobody's words; a quote inside a sentence of
    # its own is no stand-alone quote
    text = ("Oskar Vel left the chamber early. “There is no rush.”\n\n"
            "Mara Lindqvist said the port would close. The “quay of shame” is empty.\n")
    got = speakers(text)
    assert "There is no rush" not in got
    assert name_of(got, "quay of shame") != "Mara Lindqvist"


# --- a tag after a quote whose words end in a nested quotation --------------------------------


def test_a_question_nested_at_the_end_of_a_quote_still_takes_the_tag_after_it() -> None:
    text = ("“Her first answer was, ‘What can we do to help?’” Ines Marr told reporters "
            "during the call.")
    got = speakers(text)
    assert [s.name for s in got.values() if s is not None] == ["Ines Marr"]


def test_a_nested_statement_does_not_turn_the_next_sentence_into_a_tag() -> None:
    # near miss: the quote ends a sentence with a full stop; the next sentence is a clause of
    # its own, not a tag
    text = ("Oskar Vel spoke first. “Her answer was, ‘We will help.’” Ines Marr told reporters "
            "that the port would close.")
    got = speakers(text)
    assert all(s is None or s.name != "Ines Marr" for s in got.values())


# --- `according to` closing the quote's sentence ----------------------------------------------


def test_according_to_a_source_closing_the_sentence_gives_it_the_quoted_words() -> None:
    text = ("The campaign pays “dozens” of canvassers to go door to door, according to "
            "campaign manager Oskar Vel.")
    assert name_of(speakers(text), "dozens") == "Oskar Vel"


def test_according_to_after_a_speech_verb_or_a_document_is_no_closing_source() -> None:
    # near misses: another speech verb stands between the quote and the cue (the quote is
    # that verb's subject's); a document closing the sentence is no speaker
    text = ("Oskar Vel runs the port. Voters are “angry,” Mara Lindqvist said, according to "
            "Oskar Vel.\n\nThe port is “doomed,” according to the latest survey.\n")
    got = speakers(text)
    assert name_of(got, "angry") == "Mara Lindqvist"
    assert "doomed" not in got


# --- quoted names of shows, books and films ---------------------------------------------------


def test_a_quoted_show_after_a_broadcasters_possessive_or_on_is_no_statement() -> None:
    text = ("“I was at home,” Oskar Vel told NBC's “Today” on Monday. “I could not hear,” he "
            "said on “Meet the Press.” Ines Marr, the co-author of “Going Viral,” agreed.")
    got = speakers(text)
    assert "Today" not in got and "Meet the Press" not in got and "Going Viral" not in got
    assert name_of(got, "I was at home") == "Oskar Vel"


def test_a_quoted_title_after_a_no_break_space_or_a_comma_is_no_statement() -> None:
    text = ("“I could not hear,” Oskar Vel said on\u00a0“Meet the Press.” He wrote it all in "
            "his memoir, “Late Nights,” and in a song, “Rain (Again).”")
    got = speakers(text)
    assert not {"Meet the Press", "Late Nights", "Rain (Again)"} & set(got)


def test_a_quoted_show_after_a_broadcasters_own_name_is_no_statement() -> None:
    text = ("On the Daily Ledger Channel's “Night Desk,” Oskar Vel said the plan would fail. "
            "Ines Marr told Ledger News's “Sunday Brief” the same.")
    got = speakers(text)
    assert "Night Desk" not in got and "Sunday Brief" not in got


def test_a_chant_or_a_nickname_is_not_taken_for_a_title() -> None:
    # near misses: words shouted (`!`) after `of`; a possessive of a person, not of a
    # broadcaster or a day
    text = ("Oskar Vel walked in to chants of “Marco! Marco!” from the crowd, Ines Marr said. "
            "Vel's “Sleepy” jab, Marr said, was cheap.")
    got = speakers(text)
    assert any(k.startswith("Marco! Marco!") for k in got)
    assert "Sleepy" in got


def test_with_a_name_an_adverb_and_a_participle() -> None:
    text = "A protester was pushed out, with Oskar Vel reportedly yelling: “Get him out!”"
    assert name_of(speakers(text), "Get him out!") == "Oskar Vel"


def test_a_quoted_value_of_markup_left_in_the_text_is_no_statement() -> None:
    text = ("“We will appeal,” Oskar Vel wrote. <tweet author=\"oskarvel\" tweet_id=\"75835662\">"
            "We will appeal</tweet>")
    got = speakers(text)
    assert "oskarvel" not in got and "75835662" not in got
    assert name_of(got, "We will appeal") == "Oskar Vel"  # near miss: the real quote stays


def test_words_a_stray_mark_closes_inside_a_tag_are_no_statement() -> None:
    text = ("“We will appeal,” Oskar Vel warned.\n\n<tweet pic=\"\" author=\"oskarvel\">We will "
            "appeal</tweet>")
    got = speakers(text)
    assert not any(key.startswith("<tweet") for key in got)
    assert name_of(got, "We will appeal") == "Oskar Vel"


def test_a_lone_letter_in_quotes_is_no_statement() -> None:
    text = ("Voters who do not know the names pull the lever for “R,” or “D,” said Ana Lusk, "
            "who added: “It is a habit.”")
    got = speakers(text)
    assert "R" not in got and "D" not in got
    assert name_of(got, "It is a habit") == "Ana Lusk"  # near miss: the real quote stays
    assert "No" in speakers("“No,” said Ana Lusk.")  # two letters are a word


def test_a_second_participle_joined_by_and_shares_the_with_subject() -> None:
    got = speakers("Rivals were quick to pile on, with Dan Trull tweeting that it was a "
                   "“disaster” for Lena Holt and asking, “How can she lead?”")
    assert name_of(got, "disaster") == "Dan Trull"
    assert name_of(got, "How can she lead?") == "Dan Trull"  # not Lena Holt, the object


def statements(text: str) -> list[tuple[str, str | None, str]]:
    return [(s.kind, s.speaker.name, s.text) for s in extract_text(text).statements]


def test_a_long_clause_before_a_colon_quote_keeps_its_only_speaker() -> None:
    got = statements("Speaking to reporters in Tartu, Liis Kask was clear about what she expected "
                     "from the bigger members: \"If the answer is later, then it is no.\"")
    assert got == [("direct", "Liis Kask", "If the answer is later, then it is no")]
    got = statements("After the vote in the chamber on Friday, Liis Kask left no doubt about where "
                     "her party now stood on the question of membership: \"We want a date.\"")
    assert got == [("direct", "Liis Kask", "We want a date")]
    # near miss: a long clause that names someone else
    assert statements("Liis Kask arrived in Tartu on Friday morning after a long flight from "
                      "Brussels and a meeting with Mart Tamm: \"We are tired.\"") == []


def test_a_split_quote_stays_one_statement_when_a_paraphrase_follows() -> None:
    text = ("\u201cIt is a bet on Berlin,\u201d said Paul Verhoeven, a senior fellow at the Centre "
            "for Baltic Studies in Ghent. \u201cKyiv wants a partner, not a patron.\u201d\n\n"
            "Verhoeven argued that the offer was aimed at the next government.")
    got = statements(text)
    assert got[0] == ("direct", "Paul Verhoeven",
                      "It is a bet on Berlin … Kyiv wants a partner, not a patron")
    assert [k for k, _, _ in got] == ["direct", "paraphrase"]
    text = ("\u201cThe offer is real,\u201d said Ines Barros, a lecturer at the University of "
            "Porto. \u201cThe money is not.\u201d\n\nBarros said that the figures were vague.")
    assert [k for k, _, _ in statements(text)] == ["direct", "paraphrase"]
    # near miss: a bare attribution in the next paragraph still attributes the quote
    text = ("Ines Barros spoke at the forum.\n\n\u201cThe money is not there, and it will "
            "not be there next year,\u201d\n\nBarros said.")
    assert statements(text) == [("direct", "Ines Barros", "The money is not there, and it "
                                 "will not be there next year")]


def test_a_quote_holding_its_own_said_is_the_outer_speakers() -> None:
    got = statements("\"The council said never. Never means nothing,\" Marta Lindqvist, a member "
                     "of the Swedish parliament's defence committee, told reporters.")
    assert got == [("direct", "Marta Lindqvist", "The council said never. Never means nothing")]
    got = statements("\u201cBrussels said soon. Soon is not a date,\u201d Jonas Keller, the head "
                     "of the Bundestag's foreign affairs panel, said on Friday.")
    assert got == [("direct", "Jonas Keller", "Brussels said soon. Soon is not a date")]
    # near miss: a long set-off phrase that names no person gives no named speaker
    got = statements("\"Nobody said yes. Nobody said no,\" the group, a loose circle of the "
                     "governing party's younger members, told reporters.")
    assert all(name is None for _, name, _ in got)


def test_a_paragraph_ending_in_a_speech_verb_and_colon_attributes_the_next_quote() -> None:
    text = ("Finland's trade minister, Aino Lehto, stopped to speak to reporters on her way out. "
            "She told us:\n\n\u201cPoint two of the plan is where we can help.\u201d\n\nLehto "
            "added that Helsinki was ready to pay for training.")
    assert statements(text) == [
        ("direct", "Aino Lehto", "Point two of the plan is where we can help"),
        ("paraphrase", "Aino Lehto", "Lehto added that Helsinki was ready to pay for training")]
    text = ("Jonas Keller, the head of the Bundestag's foreign affairs panel, wrote on social "
            "media on Friday:\n\n\u201cThe plan needs a date. Soon is not a date.\u201d")
    assert statements(text) == [
        ("direct", "Jonas Keller", "The plan needs a date. Soon is not a date")]
    text = "Ines Barros said in a statement:\n\n\"The money is not there for the plan.\""
    assert statements(text) == [("direct", "Ines Barros", "The money is not there for the plan")]
    # near misses: a colon after no speech verb, or after a verb with a clause of its own
    text = ("Zelensky presented the plan on Wednesday. The plan's five points are:\n\n\u201cPeace "
            "through strength.\u201d")
    assert [k for k, _, _ in statements(text)] == []
    text = "Ines Barros said the plan had five points:\n\n\u201cPeace through strength.\u201d"
    assert [k for k, _, _ in statements(text)] == ["paraphrase"]


def test_quoted_fragments_in_one_reported_clause_are_its_speakers() -> None:
    text = ("Karin Holm spoke first. Across the aisle, Petr Novak, a deputy from the liberal "
            "opposition, said Czechia had \u201clittle to win and much to risk\u201d from a pledge "
            "made \u201cunder fire\u201d.\n\nHolm said Sweden was ready to help Ukraine.")
    assert statements(text)[:2] == [("direct", "Petr Novak", "little to win and much to risk"),
                                    ("direct", "Petr Novak", "under fire")]
    text = ("Marta Lindqvist listened. Lotte Brandt told Danish radio that Copenhagen saw \u201cno "
            "rush\u201d on the plan and would wait for a \u201cclear signal\u201d.\n\nLindqvist "
            "said Sweden was ready to help Ukraine.")
    assert statements(text)[:2] == [("direct", "Lotte Brandt", "no rush"),
                                    ("direct", "Lotte Brandt", "clear signal")]
    # near misses: a contrasting clause with a subject of its own; a place is no apposed speaker
    text = ("Lotte Brandt said the plan was \u201cdead\u201d, while Kyiv's envoy to Denmark "
            "considers it \u201ca start\u201d.")
    assert statements(text) == [("direct", "Lotte Brandt", "dead")]
    assert statements("Berlin, a city of the opposition, said the plan had \u201clittle to "
                      "win\u201d.") == []
