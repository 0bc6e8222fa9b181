"""Quotes cannot be doctored: a direct quote is the article's own words inside its quotation
marks; words may be left out only outside the marks; short pieces are refused.

Every article here is invented for the test.
"""

from __future__ import annotations

import json
from typing import Any

from conftest import extract_answering

from summarizer.extract.facts import ArticleFacts, GroundedFacts, ground_facts
from summarizer.extract.offline.grounding import locate
from summarizer.ground import MIN_PIECE_WORDS, spans_match, text_at
from summarizer.quotation import check_direct_quote, check_quote_spans

NATO = (
    "The chancellor spoke in Hamburg on Monday.\n\n"
    "“Germany does not support Ukraine joining NATO now, and I will not go to war over it,” "
    "he said.\n"
)
SPLIT = (
    "The mayor faced reporters at the harbour.\n\n"
    "“The ferry will keep running through the winter,” the mayor said on Friday, “and the "
    "fares will stay where they are.”\n\n"
    "Critics said the ferry will keep running only until the money runs out.\n"
)


def _shipped(quote: str, text: str) -> str | None:
    check = check_direct_quote(quote, text)
    if check.problem:
        return None
    assert spans_match(text_at(text, list(check.spans)), text, list(check.spans))
    return text_at(text, list(check.spans))


def test_a_quote_stitched_to_reverse_its_meaning_does_not_ship() -> None:
    doctored = "Germany ... support Ukraine joining NATO now, and I will ... war over it"
    check = check_direct_quote(doctored, NATO)
    assert check.problem and "shorter than" in check.problem and not check.spans


def test_one_letter_pieces_are_refused() -> None:
    assert check_direct_quote("I ... w ... a ... r", NATO).problem
    assert check_direct_quote("I ... will ... war", NATO).problem  # whole words, still too short


def test_words_left_out_inside_the_marks_are_restored_from_the_article() -> None:
    elided = "Germany does not support Ukraine ... and I will not go to war over it"
    check = check_direct_quote(elided, NATO)
    assert check.problem is None and check.restored
    assert _shipped(elided, NATO) == (
        "Germany does not support Ukraine joining NATO now, and I will not go to war over it")


def test_a_quote_cut_mid_clause_is_widened_to_the_whole_clause() -> None:
    # Cutting "I will not" off reverses the meaning: the clause is put back.
    assert _shipped("go to war over it", NATO) == "and I will not go to war over it"
    assert check_direct_quote("go to war over it", NATO).restored
    assert _shipped("Germany does not support Ukraine", NATO) == (
        "Germany does not support Ukraine joining NATO now")
    # Near miss: a whole clause of the passage stays as it is.
    clause = check_direct_quote("and I will not go to war over it", NATO)
    assert clause.problem is None and not clause.restored
    assert _shipped("and I will not go to war over it", NATO) == "and I will not go to war over it"


def test_a_quote_within_a_quote_keeps_its_own_marks_as_clause_edges() -> None:
    text = "“He told me ‘never again’, and I believed him,” she said.\n"
    assert _shipped("never again", text) == "never again"
    assert _shipped("I believed", text) == "and I believed him"
    # An apostrophe is not a quotation mark: the clause runs through it.
    assert _shipped("go to war", "“We don’t go to war over it,” he said.") == (
        "We don’t go to war over it")


def test_the_attribution_tag_between_the_halves_of_a_split_quote_may_be_left_out() -> None:
    quote = ("The ferry will keep running through the winter ... "
             "and the fares will stay where they are")
    check = check_direct_quote(quote, SPLIT)
    assert check.problem is None and not check.restored and len(check.spans) == 2
    assert _shipped(quote, SPLIT) == (
        "The ferry will keep running through the winter … and the fares will stay where they are")
    # Short halves are fine when each is a whole quoted passage.
    short = "“Yes,” she said, “we will.”\n"
    assert check_direct_quote("Yes ... we will", short).problem is None


def test_words_that_are_not_inside_quotation_marks_are_not_a_direct_quote() -> None:
    unquoted = "the ferry will keep running only until the money runs out"
    check = check_direct_quote(unquoted, SPLIT)
    assert check.unquoted and check.problem and check.spans
    # The same words inside the marks elsewhere are found there, not in the critics' sentence.
    inside = check_direct_quote("The ferry will keep running through the winter", SPLIT)
    assert inside.problem is None
    assert SPLIT[inside.spans[0][0] - 1] == "“"


def test_pieces_from_separate_quotations_are_not_stitched() -> None:
    text = (
        "“We will open the border in spring,” the minister said. “Taxes will rise,” she added, "
        "“but not this year.”\n"
    )
    # Another quotation's words lie between the pieces.
    stitched = "We will open the border in spring ... but not this year"
    assert check_direct_quote(stitched, text).problem
    # Near miss: neighbouring passages with only a tag between them.
    assert check_direct_quote("Taxes will rise ... but not this year", text).problem is None


def test_pieces_too_far_apart_are_refused() -> None:
    filler = "The debate went on. " * 20
    text = f"“The plan is sound and ready,” he said. {filler}“We will sign it this week,” he said."
    quote = "The plan is sound and ready ... We will sign it this week"
    assert check_direct_quote(quote, text).problem == (
        "pieces of the quote are too far apart in the article")


def test_pieces_begin_and_end_on_word_boundaries() -> None:
    assert check_direct_quote("oining NATO now, and I will not go to wa", NATO).problem
    assert check_direct_quote("joining NATO now, and I will not go to war", NATO).problem is None


def test_an_ellipsis_the_article_prints_is_part_of_the_quote() -> None:
    text = "“We waited... and waited, and nobody came,” the farmer said.\n"
    assert _shipped("We waited... and waited, and nobody came", text) == (
        "We waited... and waited, and nobody came")


def test_a_quote_over_a_line_break_is_one_passage() -> None:
    text = "“The bridge will stay\nopen all night,” the engineer said.\n"
    assert check_direct_quote("The bridge will stay open all night", text).problem is None


def test_minimum_piece_length_is_a_few_words() -> None:
    assert MIN_PIECE_WORDS >= 3


# --- through the LLM answer's grounding (re-ask reasons, then dropped or demoted) ------------


def _grounded(statements: list[dict[str, Any]], text: str) -> GroundedFacts:
    facts = ArticleFacts.model_validate_json(json.dumps({"statements": statements}))
    return ground_facts(facts, text, "a")


def _statement(text: str, name: str | None = None) -> dict[str, Any]:
    return {"speaker": {"name": name}, "kind": "direct", "text": text}


def test_grounding_refuses_the_doctored_quote_so_it_is_re_asked() -> None:
    doctored = "Germany ... support Ukraine joining NATO now, and I will ... war over it"
    grounded = _grounded([_statement(doctored)], NATO)
    assert any("shorter than" in reason for reason in grounded.reask_reasons)
    unquoted = "the ferry will keep running only until the money runs out"
    grounded = _grounded([_statement(unquoted)], SPLIT)
    assert any("not inside quotation marks" in reason for reason in grounded.reask_reasons)


def test_after_the_last_re_ask_it_is_dropped_or_shipped_as_a_paraphrase() -> None:
    doctored = "Germany ... support Ukraine joining NATO now, and I will ... war over it"
    grounded = _grounded([_statement(doctored)], NATO)
    assert grounded.statements == [] and len(grounded.problems) == 1
    assert grounded.problems[0].kind == "statement"
    assert "shorter than" in grounded.problems[0].reason
    unquoted = "the ferry will keep running only until the money runs out"
    grounded = _grounded([_statement(unquoted)], SPLIT)
    assert grounded.problems == [] and [s.kind for s in grounded.statements] == ["paraphrase"]
    assert any("shipped as a paraphrase" in note for note in grounded.notes)
    assert grounded.statements[0].text == unquoted
    assert spans_match(unquoted, SPLIT, grounded.statements[0].spans)


def test_a_restored_quote_ships_the_article_words_with_a_note() -> None:
    elided = "Germany does not support Ukraine ... and I will not go to war over it"
    grounded = _grounded([_statement(elided)], NATO)
    assert not grounded.reask_reasons and any("restored" in note for note in grounded.notes)
    (statement,) = grounded.statements
    assert statement.text == (
        "Germany does not support Ukraine joining NATO now, and I will not go to war over it")
    assert spans_match(statement.text, NATO, statement.spans)


def test_the_doctored_quote_never_ships_through_the_llm_path() -> None:
    doctored = "Germany ... support Ukraine joining NATO now, and I will ... war over it"
    answer = json.dumps({"statements": [_statement(doctored)], "stances": [], "plan": None})
    result, calls = extract_answering(NATO, answer, "nato")
    assert result.statements == [] and calls == 3  # asked, re-asked twice, dropped
    assert result.diagnostics.dropped[0].kind == "statement"


# --- the offline path meets the same rule -----------------------------------------------------


def test_spans_placed_by_rules_are_held_to_the_marks() -> None:
    start = SPLIT.index("The ferry")
    end = SPLIT.index(" the winter") + len(" the winter")
    assert check_quote_spans(SPLIT, [(start, end)]) is None
    critics = SPLIT.index("the ferry will keep running only")
    assert check_quote_spans(SPLIT, [(critics, critics + 20)]) == "not inside quotation marks"
    assert locate(SPLIT, [(critics, critics + 20)], verify=True) is None
    assert locate(SPLIT, [(start, end)], verify=True) is not None
    # Words inside the marks left out between two pieces of one passage.
    first = (start, start + len("The ferry"))
    second = (end - len("the winter"), end)
    assert check_quote_spans(SPLIT, [first, second]) == "words left out inside the quotation marks"


# --- sizes that once took minutes (timings are in benchmarks/bench_grounding.py) --------------


def test_a_quote_padded_with_forty_kilobytes_of_spaces_is_grounded() -> None:
    padded = " " * 20_000 + "and I will not go to war over it" + " " * 20_000
    check = check_direct_quote(padded, NATO)
    assert check.problem is None
    many_dots = "." * 30_000 + "I will not go to war over it"
    assert check_direct_quote(many_dots, NATO).problem is None


def test_unquoted_words_are_re_asked_then_ship_as_a_paraphrase_through_the_llm_path() -> None:
    unquoted = "the ferry will keep running only until the money runs out"
    answer = json.dumps({"statements": [_statement(unquoted)]})
    result, calls = extract_answering(SPLIT, answer, "split")
    assert calls == 3  # re-asked twice: not inside quotation marks
    assert [s.kind for s in result.statements] == ["paraphrase"]
    assert result.diagnostics.dropped == []
    assert any("shipped as a paraphrase" in w for w in result.diagnostics.warnings)
