"""A plan point, stance or paraphrase without grounded evidence never ships: it is re-asked,
then dropped with its reason (never shipped with `evidence: []`). Articles are invented."""

from __future__ import annotations

import json
from typing import Any

import pytest

from summarizer.extract.facts import (
    CONTEXT_DROPPED,
    CONTEXT_LENIENT,
    CONTEXT_TEXT,
    ArticleFacts,
    to_public,
)
from summarizer.ground import find_evidence

TEXT = (
    "The governor presented a recovery plan in Tallinn on Tuesday.\n\n"
    "Its first point rebuilds the northern railway by 2027.\n\n"
    "Finland supports the plan, its foreign minister said on Wednesday.\n"
)
RAILWAY = "Its first point rebuilds the northern railway by 2027."
FINLAND = "Finland supports the plan, its foreign minister said on Wednesday."


def _validate(answer: dict[str, Any], lenient: bool) -> tuple[ArticleFacts, list[Any]]:
    context: dict[str, Any] = {CONTEXT_TEXT: TEXT, CONTEXT_LENIENT: lenient}
    facts = ArticleFacts.model_validate_json(json.dumps(answer), context=context)
    return facts, context.get(CONTEXT_DROPPED, [])


def _plan(*points: dict[str, Any]) -> dict[str, Any]:
    return {"plan": {"name": "recovery plan", "points": list(points)}}


def test_a_point_without_evidence_is_re_asked() -> None:
    with pytest.raises(ValueError, match="no evidence"):
        _validate(_plan({"summary": "Nuclear strike on Moscow", "evidence": []}), lenient=False)


def test_a_point_whose_evidence_is_not_in_the_article_is_dropped_with_its_reason() -> None:
    answer = _plan(
        {"summary": "Nuclear strike on Moscow", "evidence": ["Strike Moscow with everything."]},
        {"summary": "Rebuild the railway", "evidence": [RAILWAY]},
    )
    facts, dropped = _validate(answer, lenient=True)
    assert facts.plan is not None
    assert [p.summary for p in facts.plan.points] == ["Rebuild the railway"]
    kinds = {(d.kind, d.text) for d in dropped}
    assert ("plan_point", "Nuclear strike on Moscow") in kinds
    assert ("evidence", "Strike Moscow with everything.") in kinds
    reason = next(d.reason for d in dropped if d.kind == "plan_point")
    assert "plan.points[0]" in reason and "no evidence" in reason
    plan, _, _ = to_public(facts, TEXT, "a")
    assert plan is not None and [p.summary for p in plan.points] == ["Rebuild the railway"]
    assert all(p.evidence for p in plan.points)


def test_a_point_left_with_no_evidence_never_reaches_the_public_schema() -> None:
    # Built without validation (as a chunk's facts could be): conversion still refuses it.
    facts = ArticleFacts.model_validate(_plan({"summary": "Nuclear strike", "evidence": []}))
    plan, _, _ = to_public(facts, TEXT, "a")
    assert plan is not None and plan.points == []


def test_a_stance_without_evidence_is_re_asked_then_dropped() -> None:
    bare = {"stances": [{"country": "FI", "position": "supports", "evidence": []}]}
    with pytest.raises(ValueError, match="no evidence"):
        _validate(bare, lenient=False)
    facts, dropped = _validate(bare, lenient=True)
    assert facts.stances == [] and [d.kind for d in dropped] == ["stance"]
    grounded = {"stances": [{"country": "FI", "position": "supports", "evidence": [FINLAND]}]}
    facts, dropped = _validate(grounded, lenient=False)
    assert len(facts.stances) == 1 and not dropped


def test_a_paraphrase_not_in_the_article_is_dropped_with_its_reason() -> None:
    answer = {"statements": [
        {"speaker": {"name": None}, "kind": "paraphrase",
         "text": "The governor said the railway would never be rebuilt."},
        {"speaker": {"name": None}, "kind": "paraphrase", "text": FINLAND},
    ]}
    with pytest.raises(ValueError, match="paraphrase sentence not found"):
        _validate(answer, lenient=False)
    facts, dropped = _validate(answer, lenient=True)
    assert [s.text for s in facts.statements] == [FINLAND]
    assert [d.kind for d in dropped] == ["statement"]
    assert "paraphrase sentence not found" in dropped[0].reason


def test_evidence_stitched_from_short_pieces_is_not_in_the_article() -> None:
    assert find_evidence("Finland ... plan", TEXT) is None
    assert find_evidence("Its ... rebuilds ... railway", TEXT) is None
    # Near miss: pieces of a few words each are still found, each where it stands.
    spans = find_evidence("Its first point rebuilds ... railway by 2027", TEXT)
    assert spans is not None and len(spans) == 2
