"""Quote finding: mark styles, multi-paragraph quotes, stray marks, titles vs quotations."""

from __future__ import annotations

import datetime as dt

from summarizer.extract.offline.document import build
from summarizer.extract.offline.rules import extract_article
from summarizer.ground import spans_match
from summarizer.load import Article
from summarizer.schemas import DEFAULT_QUESTION, ArticleExtraction, ArticleMeta


def article(text: str, published: dt.date | None = None, body_start: int = 0) -> Article:
    return Article(ArticleMeta(id="t", published=published), text, body_start)


def run(text: str) -> ArticleExtraction:
    return extract_article(article(text), DEFAULT_QUESTION)


def quotes(text: str) -> list[str]:
    doc = build(article(text))
    return [" | ".join(doc.text[a:b] for a, b in q.pieces) for q in doc.quotes]


def direct(text: str) -> list[tuple[str, str | None]]:
    return [(s.text, s.speaker.name) for s in run(text).statements if s.kind == "direct"]


def test_every_mark_style_is_a_quote() -> None:
    for text in ("Lee said “we will go.”", 'Lee said "we will go."', "Lee said ‘we will go.’",
                 "Lee said « we will go. »"):
        assert quotes(text) == ["we will go."], text


def test_curly_opening_mark_used_as_closer_is_read_by_context() -> None:
    assert quotes("Lee warned that the deal “would end badly.“ Then he left.") == [
        "would end badly."]


def test_apostrophes_are_not_single_quotes() -> None:
    assert quotes("Kim’s aides said the minister’s car was late.") == []


def test_quote_over_two_paragraphs_is_one_quote() -> None:
    text = "“The first part of it.\n\n“And the second part,” Lee said."
    assert quotes(text) == ["The first part of it. | And the second part,"]


def test_unclosed_quote_runs_to_the_end_of_its_paragraph() -> None:
    text = 'He told reporters only: "I cannot say more.\nLater he left.'
    assert quotes(text) == ["I cannot say more."]


def test_stray_closing_mark_quotes_from_paragraph_start() -> None:
    assert quotes("We will send more tanks,” the ministry said.") == ["We will send more tanks,"]


def test_split_quote_interrupted_by_attribution_is_one_statement() -> None:
    got = direct("“We will stay,” Anna Berg said. “We have no choice.”")
    assert got == [("We will stay … We have no choice", "Anna Berg")]


def test_plan_name_in_quotes_is_a_title_not_a_statement() -> None:
    got = direct('Omar Haddad presented his "peace plan" to parliament on Monday.')
    assert got == []


def test_unattributed_scare_quote_is_dropped() -> None:
    assert direct('The so-called "accelerated" procedure was discussed.') == []


def test_every_direct_quote_verifies_at_its_spans() -> None:
    text = "Header line\n\n“One, two,” Lee Park said. “Three.”\n\nAdvertisement\n"
    result = extract_article(article(text, body_start=13), DEFAULT_QUESTION)
    assert result.statements
    for statement in result.statements:
        assert spans_match(statement.text, text, statement.spans)


def test_text_before_body_start_is_ignored() -> None:
    text = 'title: "I resign," Lee said.\n\nThe weather was fine.'
    start = text.index("The weather")
    result = extract_article(article(text, body_start=start), DEFAULT_QUESTION)
    assert result.statements == []


# --- quote styles real outlets use --------------------------------------------------------


def test_quote_split_around_its_attribution_in_one_sentence_is_one_statement() -> None:
    got = direct('"We are ready to help," Tomas Berger said, "but the timing must be right."')
    assert got == [("We are ready to help … but the timing must be right", "Tomas Berger")]


def test_split_quote_with_more_than_an_attribution_between_stays_two() -> None:
    got = direct('"We are ready," Tomas Berger said, adding that the allies "must decide."')
    assert [text for text, _ in got] == ["We are ready", "must decide"]


def test_british_single_quotes_with_apostrophes_inside() -> None:
    text = "Maria Lindqvist spoke in Oslo. ‘We don’t want to be rushed,’ she told reporters."
    assert direct(text) == [("We don’t want to be rushed", "Maria Lindqvist")]


def test_colon_introduced_quote_belongs_to_the_clause_subject() -> None:
    assert direct('Tomas Berger had a blunt message: "The door remains open."') == [
        ("The door remains open", "Tomas Berger")]


def test_colon_after_a_possessive_is_not_an_attribution() -> None:
    assert direct('Tomas Berger’s plan has a motto: "Strength first."') == []


def test_said_in_a_statement_and_told_reporters() -> None:
    got = direct('"There is no decision yet," Pavel Novak said in a statement. '
                 '"We cannot wait," Anna Kowal told reporters in Prague.')
    assert got == [("There is no decision yet", "Pavel Novak"), ("We cannot wait", "Anna Kowal")]


def test_according_to_attributes_a_partial_quote() -> None:
    got = run('The plan is "dead on arrival", according to a senior EU diplomat.').statements
    assert [(s.text, s.speaker.name, s.speaker.affiliation) for s in got] == [
        ("dead on arrival", None, "EU")]


def test_apposition_between_quote_and_verb() -> None:
    got = run('"It is too early," the Dutch foreign minister, Karel Visser, told reporters.')
    speaker = got.statements[0].speaker
    assert (speaker.name, speaker.country) == ("Karel Visser", "NL")


def test_relative_clause_between_speaker_and_verb() -> None:
    assert direct("“The door is open,” Visser, who chairs the group, said.") == [
        ("The door is open", "Visser")]


def test_speaker_cut_off_at_the_end_of_an_excerpt_is_completed() -> None:
    text = 'Aid talks went on.\n\n"We will send more shells to the front," the White Hou'
    got = run(text).statements
    assert [(s.text, s.speaker.affiliation, s.speaker.country) for s in got] == [
        ("We will send more shells to the front", "White House", "US")]


def test_cut_off_fragment_that_completes_nothing_is_not_a_speaker() -> None:
    assert direct('Aid talks went on.\n\n"We will send more shells," the Prime Minis') == []


def test_cut_off_attribution_only_at_the_very_end_of_the_text() -> None:
    assert direct('"We will send more shells," the White Hou\n\nThe talks went on.') == []


# --- attribution never looks ahead past the quote's own sentence ---------------------------


def test_quote_ending_a_paragraph_is_not_given_to_the_next_paragraphs_own_quote() -> None:
    text = ('Mayor Ida Sand told the council the scheme had "broad backing" and would go ahead '
            '"once the budget allows it."\n\n"We have waited long enough," Petra Lund said.')
    assert direct(text) == [("broad backing", "Ida Sand"),
                            ("once the budget allows it", "Ida Sand"),
                            ("We have waited long enough", "Petra Lund")]


def test_split_quote_is_not_given_to_someone_introduced_in_the_next_paragraph() -> None:
    text = ('"We hear you," Lindberg said. "But the money is not there."\n\n'
            "A senior Dutch official, who spoke on condition of anonymity, said the talks would "
            "resume.")
    assert direct(text) == [("We hear you … But the money is not there", "Lindberg")]


def test_finished_quote_is_not_given_to_a_name_first_used_in_the_next_paragraph() -> None:
    text = ('The council met on Monday. Asked why, the chair was blunt. "We cannot wait any '
            'longer."\n\nOla Strand, who chairs the committee, said the vote would be in May.')
    assert "Ola Strand" not in [speaker for _, speaker in direct(text)]


def test_quote_whose_sentence_runs_into_the_next_paragraph_takes_its_speaker_there() -> None:
    text = ('The council met on Monday and voted. "We cannot wait any longer,"\n\n'
            "Ola Strand, who chairs the committee, said.")
    assert direct(text) == [("We cannot wait any longer", "Ola Strand")]


def test_finished_quote_carrying_on_its_speaker_is_not_given_to_a_report_after_it() -> None:
    text = ('Petra Lund chaired the meeting.\n\n'
            '"We raised more than ever," Ida Sand said. "This is only the start."\n\n'
            "Lund said the average gift was small.")
    assert direct(text) == [("We raised more than ever … This is only the start", "Ida Sand")]


def test_near_miss_a_bare_tag_in_the_next_paragraph_still_names_the_speaker() -> None:
    text = ('Petra Lund chaired the meeting.\n\n'
            '"We raised more than ever," Ida Sand said. "This is only the start."\n\n'
            "Lund told reporters on Monday.")
    assert direct(text) == [("We raised more than ever", "Ida Sand"),
                            ("This is only the start", "Petra Lund")]


def test_finished_quote_is_not_given_to_a_next_paragraph_that_reports_an_act() -> None:
    text = ('Petra Lund chaired the meeting. The mood was grim. "We cannot wait any longer."'
            "\n\nLund announced a series of new steps on housing.")
    assert "Petra Lund" not in [speaker for _, speaker in direct(text)]


def test_near_miss_a_bare_tag_still_credits_a_quote_with_no_speaker_before_it() -> None:
    text = ('Petra Lund chaired the meeting. The mood was grim. "We cannot wait any longer."'
            "\n\nLund told reporters on Monday.")
    assert direct(text) == [("We cannot wait any longer", "Petra Lund")]


def test_speech_noun_taken_as_an_object_does_not_credit_its_owner() -> None:
    text = ("Ann Roe spoke on Monday.\n\n"
            "Lee's campaign shrugged off Roe's comments, telling reporters, "
            '"Nobody on our team ever asked for that."')
    assert "Ann Roe" not in [speaker for _, speaker in direct(text)]


def test_near_miss_a_speech_noun_reporting_its_words_credits_its_owner() -> None:
    text = ("Ann Roe spoke on Monday.\n\n"
            'Roe\'s claim that the plan was "dead on arrival" drew scorn.')
    assert direct(text) == [("dead on arrival", "Ann Roe")]


def test_words_between_two_closing_marks_are_no_statement() -> None:
    # (a stray mark after a tag; a quote inside a quote is below)
    assert all("said" not in text for text, _ in direct("“We stay,” Ann Lee said.” She left."))


def test_single_quotes_inside_doubled_single_marks_are_quotes_inside_a_quote() -> None:
    assert quotes("Ann Lee recalled: ''He told me, 'Wait here.' So I did.''") == []
    assert quotes("''It is over,'' Ann Lee said of the 'peace' talks.") == ["peace"]


def test_single_marks_in_a_text_quoting_in_double_ones_are_headlines_or_scare_quotes() -> None:
    text = ("“We will stay,” Ann Lee said. “It is our home.”\n\n"
            "'A fight to the end.'\n\n"
            "Lee called the plan a ‘reset’ of the talks.\n")
    assert direct(text) == [("We will stay … It is our home", "Ann Lee")]


def test_near_miss_single_marks_in_a_text_quoting_in_single_ones_are_quotes() -> None:
    text = "‘We will stay,’ Ann Lee said. ‘It is our home.’ She called it “the best place”."
    assert direct(text)[0] == ("We will stay … It is our home", "Ann Lee")


def test_a_quote_inside_a_quote_in_the_same_marks_stays_inside_it() -> None:
    assert quotes("“The “cell phone only” users are gone,” Ann Lee wrote.") == [
        "The “cell phone only” users are gone,"]
    got = direct("«What they call a “peace plan” is a trap,» said Ann Lee. «Nobody will sign.»")
    assert got == [("What they call a “peace plan” is a trap … Nobody will sign", "Ann Lee")]
