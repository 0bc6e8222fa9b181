"""A speaker's name must occur in the article (spelling variants allowed); an invented one
makes the speaker unnamed, with a diagnostic. Names and articles are invented."""

from __future__ import annotations

import json
from typing import Any

from conftest import extract_answering

from summarizer.extract.facts import ArticleFacts, ground_facts
from summarizer.names import fold, name_in_article

TEXT = (
    "Foreign minister Radosław Wiśniewski met envoys in Gdańsk on Monday.\n\n"
    "“We will keep the corridor open,” Wiśniewski said.\n\n"
    "President Oleksandr Kovalenkyy, speaking later, agreed.\n\n"
    "“The corridor stays,” said Xi, a port official.\n"
)


def test_surname_alone_and_diacritics_match() -> None:
    assert name_in_article("Radosław Wiśniewski", TEXT)
    assert name_in_article("Radoslaw Wisniewski", TEXT)  # diacritics dropped by the model
    assert name_in_article("R. Wiśniewski", TEXT)
    assert name_in_article("Minister Wisniewski", TEXT)
    assert fold("Łódź Øresund") == "lodz oresund"


def test_transliteration_variants_match() -> None:
    assert name_in_article("Oleksandr Kovalenky", TEXT)
    assert name_in_article("Olexander Kovalenkiy", TEXT)


def test_invented_and_near_miss_names_do_not_match() -> None:
    assert not name_in_article("Boris Novak", TEXT)
    assert not name_in_article("Radosław Nowak", TEXT)  # first name alone is not enough
    assert not name_in_article("Oleksandr Kovalchuk", TEXT)  # a different surname
    assert not name_in_article("Li Xu", TEXT)  # short surnames compare exactly
    assert name_in_article("Xi", TEXT)
    assert not name_in_article("", TEXT)
    assert not name_in_article("Jr.", TEXT)


def test_a_speaker_not_in_the_article_ships_unnamed_with_a_diagnostic() -> None:
    answer: dict[str, Any] = {"statements": [
        {"speaker": {"name": "Boris Novak", "role": "envoy"}, "kind": "direct",
         "text": "We will keep the corridor open"},
        {"speaker": {"name": "Radoslaw Wisniewski"}, "kind": "direct",
         "text": "We will keep the corridor open"},
    ]}
    grounded = ground_facts(ArticleFacts.model_validate_json(json.dumps(answer)), TEXT, "a")
    statements = grounded.statements
    assert [s.speaker.name for s in statements] == [None, "Radoslaw Wisniewski"]
    assert statements[0].speaker.role == "envoy"
    assert not grounded.reask_reasons  # the quote is fine; only the name is not the article's
    (note,) = grounded.notes
    assert "Boris Novak" in note and "unnamed" in note


def _extract(answer: dict[str, Any]) -> Any:
    """One article through the LLM extractor, the endpoint answering `answer` every time."""
    return extract_answering(TEXT, json.dumps(answer), "a")[0]


def test_the_diagnostic_reaches_the_article_extraction() -> None:
    result = _extract({"statements": [
        {"speaker": {"name": "Boris Novak"}, "kind": "direct",
         "text": "We will keep the corridor open"}]})
    assert result.statements[0].speaker.name is None
    assert any("Boris Novak" in w for w in result.diagnostics.warnings)


STANCE_EVIDENCE = "“We will keep the corridor open,” Wiśniewski said."
PLAN_EVIDENCE = "Foreign minister Radosław Wiśniewski met envoys in Gdańsk on Monday."


def test_stance_actors_and_plan_presenter_not_in_the_article_are_dropped() -> None:
    answer: dict[str, Any] = {
        "stances": [{"country": "PL", "position": "supports",
                     "actors": ["Boris Novak", "Radoslaw Wisniewski", "Kovalenky"],
                     "evidence": [STANCE_EVIDENCE]}],
        "plan": {"presented_by": "Boris Novak", "points": [
            {"summary": "keep the corridor open", "evidence": [PLAN_EVIDENCE]}]},
    }
    grounded = ground_facts(ArticleFacts.model_validate_json(json.dumps(answer)), TEXT, "a")
    plan, stances = grounded.plan, grounded.stances
    assert stances[0].actors == ["Radoslaw Wisniewski", "Kovalenky"]  # spellings of real names
    assert plan is not None and plan.presented_by is None and len(plan.points) == 1
    assert len(grounded.notes) == 2
    assert all("Boris Novak" in note for note in grounded.notes)
    # A presenter the article names is kept.
    answer["plan"]["presented_by"] = "Oleksandr Kovalenkyy"
    plan = ground_facts(ArticleFacts.model_validate_json(json.dumps(answer)), TEXT, "a").plan
    assert plan is not None and plan.presented_by == "Oleksandr Kovalenkyy"


def test_dropped_actors_and_presenter_reach_the_article_diagnostics() -> None:
    result = _extract({
        "stances": [{"country": "PL", "position": "supports",
                     "actors": ["Boris Novak", "Wiśniewski"], "evidence": [STANCE_EVIDENCE]}],
        "plan": {"presented_by": "Ivan Invented", "points": [
            {"summary": "keep the corridor open", "evidence": [PLAN_EVIDENCE]}]},
    })
    assert [s.actors for s in result.stances] == [["Wiśniewski"]]
    assert result.plan is not None and result.plan.presented_by is None
    warnings = result.diagnostics.warnings
    assert any("Boris Novak" in w and "actor" in w for w in warnings)
    assert any("Ivan Invented" in w and "presented_by" in w for w in warnings)
