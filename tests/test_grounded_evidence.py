"""A plan point, stance or paraphrase without grounded evidence never ships: it is re-asked,
then dropped with its reason (never shipped with `evidence: []`). Articles are invented."""

from __future__ import annotations

import json
from typing import Any

from summarizer.extract.facts import ArticleFacts, GroundedFacts, ground_facts
from summarizer.ground import find_evidence

TEXT = (
    "The governor presented a recovery plan in Tallinn on Tuesday.\n\n"
    "Its first point rebuilds the northern railway by 2027.\n\n"
    "Finland supports the plan, its foreign minister said on Wednesday.\n"
)
RAILWAY = "Its first point rebuilds the northern railway by 2027."
FINLAND = "Finland supports the plan, its foreign minister said on Wednesday."


def _ground(answer: dict[str, Any]) -> GroundedFacts:
    """One answer grounded once: its `reask_reasons` word the re-ask; after the last re-ask its
    items ship and its `problems` are the dropped list."""
    return ground_facts(ArticleFacts.model_validate_json(json.dumps(answer)), TEXT, "a")


def _plan(*points: dict[str, Any]) -> dict[str, Any]:
    return {"plan": {"name": "recovery plan", "points": list(points)}}


def test_a_point_without_evidence_is_re_asked() -> None:
    grounded = _ground(_plan({"summary": "Nuclear strike on Moscow", "evidence": []}))
    assert any("no evidence" in reason for reason in grounded.reask_reasons)
    assert grounded.plan is not None and grounded.plan.points == []


def test_a_point_whose_evidence_is_not_in_the_article_is_dropped_with_its_reason() -> None:
    answer = _plan(
        {"summary": "Nuclear strike on Moscow", "evidence": ["Strike Moscow with everything."]},
        {"summary": "Rebuild the railway", "evidence": [RAILWAY]},
    )
    grounded = _ground(answer)
    kinds = {(d.kind, d.text) for d in grounded.problems}
    assert ("plan_point", "Nuclear strike on Moscow") in kinds
    assert ("evidence", "Strike Moscow with everything.") in kinds
    reason = next(d.reason for d in grounded.problems if d.kind == "plan_point")
    assert "plan.points[0]" in reason and "no evidence" in reason
    plan = grounded.plan
    assert plan is not None and [p.summary for p in plan.points] == ["Rebuild the railway"]
    assert all(p.evidence for p in plan.points)


def test_a_stance_without_evidence_is_re_asked_then_dropped() -> None:
    bare = {"stances": [{"country": "FI", "position": "supports", "evidence": []}]}
    grounded = _ground(bare)
    assert any("no evidence" in reason for reason in grounded.reask_reasons)
    assert grounded.stances == [] and [d.kind for d in grounded.problems] == ["stance"]
    supported = {"stances": [{"country": "FI", "position": "supports", "evidence": [FINLAND]}]}
    grounded = _ground(supported)
    assert len(grounded.stances) == 1 and not grounded.reask_reasons


def test_a_paraphrase_not_in_the_article_is_dropped_with_its_reason() -> None:
    answer = {"statements": [
        {"speaker": {"name": None}, "kind": "paraphrase",
         "text": "The governor said the railway would never be rebuilt."},
        {"speaker": {"name": None}, "kind": "paraphrase", "text": FINLAND},
    ]}
    grounded = _ground(answer)
    # The public text is the article's words at the spans (without the closing full stop).
    assert [s.text.rstrip(".") for s in grounded.statements] == [FINLAND.rstrip(".")]
    assert [d.kind for d in grounded.problems] == ["statement"]
    assert "paraphrase sentence not found" in grounded.problems[0].reason


def test_evidence_stitched_from_short_pieces_is_not_in_the_article() -> None:
    assert find_evidence("Finland ... plan", TEXT) is None
    assert find_evidence("Its ... rebuilds ... railway", TEXT) is None
    # Near miss: pieces of a few words each are still found, each where it stands.
    spans = find_evidence("Its first point rebuilds ... railway by 2027", TEXT)
    assert spans is not None and len(spans) == 2
