"""Prose hard-wrapped mid-sentence: a short line that leaves its phrase open is not a heading,
and a plan point cut by the line break goes on on the next line, also when that line opens with
a capital (a proper name). Invented sentences, each with a near miss."""

from __future__ import annotations

from conftest import extract_text

from summarizer.extract.offline.boilerplate import classify_lines

INTRO = ("Volodymyr Zelensky presented his victory plan to parliament on Wednesday, saying it "
         "could end the war next year. ")


def _kinds(text: str) -> list[str]:
    return [kind for _, _, kind in classify_lines(text, 0, None)]


def _evidence(text: str) -> list[tuple[str, list[str]]]:
    result = extract_text(INTRO + text)
    points = result.plan.points if result.plan else []
    return [(p.summary, [e.text for e in p.evidence]) for p in points]


def test_a_short_line_ending_on_an_open_phrase_is_prose() -> None:
    assert _kinds("The plan calls for an invitation to join the\nNorth Atlantic alliance now."
                  ) == ["content", "content"]
    # Near miss: a short line with no closing punctuation that closes its phrase is a heading.
    assert _kinds("What the plan asks for allies\nThe plan asks for an invitation.") == [
        "heading", "content"]


def test_a_point_wrapped_before_a_capital_goes_on_on_the_next_line() -> None:
    got = _evidence("The plan calls for an immediate invitation for Ukraine to join the North "
                    "Atlantic Treaty\nOrganization while the fighting is still going on.")
    assert got[0][0] == ("immediate invitation for Ukraine to join the North Atlantic Treaty "
                         "Organization")
    assert "Organization while the fighting is still going on" in got[0][1][-1]
    got = _evidence("The plan calls for an immediate invitation to join the\nNorth Atlantic "
                    "alliance while the war goes on.")
    assert got[0][0] == "immediate invitation to join the North Atlantic alliance"
    # Near misses: a blank line between; a next line with a label of its own.
    got = _evidence("The plan calls for lifting limits on the use of long-range weapons against "
                    "military targets inside\n\nRussia and Belarus, officials said on Tuesday "
                    "after a meeting.")
    assert got[0][1] == ["The plan calls for lifting limits on the use of long-range weapons "
                         "against military targets inside"]
    got = _evidence("The plan calls for lifting limits on the use of long-range weapons against "
                    "military targets in Russia\nPoint 2: a deterrence package.")
    assert got[0][1] == ["The plan calls for lifting limits on the use of long-range weapons "
                         "against military targets in Russia"]


def test_a_short_continuation_in_capitals_is_not_taken_for_a_label() -> None:
    got = _evidence("The plan calls for lifting every limit on the use of long-range weapons "
                    "against military targets in\nRussia and Belarus.")
    assert "Russia and Belarus" in got[0][1][-1]
    got = _evidence("The plan calls for an immediate invitation to join the alliance known as "
                    "the North Atlantic Treaty\nOrganization now.")
    assert "Organization now" in got[0][1][-1]


WRAPPED = """\
KYIV, Oct 16 - Volodymyr Zelensky presented his victory plan to
parliament on Wednesday, saying it could end the war next year. The plan
calls for an immediate invitation for Ukraine to join NATO.
It also calls for a non-nuclear deterrence package to
be deployed on Ukrainian soil, officials said. The first point is an
invitation to join the alliance; the second is permission to use long-
range weapons inside Russia.
"""


def test_a_hard_wrapped_article_reads_as_paragraphs() -> None:
    result = extract_text(WRAPPED)
    assert result.plan is not None
    assert [p.summary for p in result.plan.points] == [
        "immediate invitation for Ukraine to join NATO",
        "non-nuclear deterrence package to be deployed on Ukrainian soil",
        "permission to use long-range weapons inside Russia"]


def test_a_headline_in_title_case_right_above_prose_stays_a_heading() -> None:
    text = ("Some commenters argued the debate ran long and\nChristie Would Issue A Quarantine "
            "Over Zika Virus\nChris Christie said he would act.")
    assert _kinds(text) == ["content", "heading", "content"]
    # Near miss: prose that goes on in sentence case right below a line of prose cut after a
    # lower-case word is one wrapped sentence.
    text = ("Zelensky spoke of his victory plan on Wednesday. The plan calls for an invitation to "
            "join\nNATO while the war goes on, officials said.")
    assert _kinds(text) == ["content", "content"]
    assert [p.summary for p in extract_text(text).plan.points] == [  # type: ignore[union-attr]
        "invitation to join NATO"]
