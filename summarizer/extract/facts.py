"""What we ask an LLM for (`ArticleFacts`), and how its answer becomes an ArticleExtraction.

The response model carries no ids, spans or article ids: offsets are computed by
`summarizer.ground`, never taken from a model. Its grounding validator reads the article through
pydantic's validation context, which instructor passes along, so an invented quote makes
instructor re-ask with the list of problems. After the last re-ask the same validator runs in
lenient mode: the ungrounded items are dropped and recorded with their reason.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Self

from pydantic import BaseModel, Field, ValidationInfo, field_validator, model_validator

from summarizer.countries import country_name, lookup_country
from summarizer.ground import find_evidence, find_quote, text_at
from summarizer.schemas import (
    CountryStance,
    Dropped,
    DroppedKind,
    Evidence,
    PlanPoint,
    Position,
    Span,
    Speaker,
    Statement,
    StatementKind,
    VictoryPlan,
)

CONTEXT_TEXT = "article_text"
CONTEXT_LENIENT = "lenient"
CONTEXT_DROPPED = "dropped"


def _to_alpha2(value: object) -> str | None:
    """Accept 'US', 'USA' or 'United States'; an unknown country becomes null, not an error."""
    if value is None or not str(value).strip():
        return None
    return lookup_country(str(value))


class LLMSpeaker(BaseModel):
    name: str | None = Field(None, description=Speaker.model_fields["name"].description)
    role: str | None = Field(None, description=Speaker.model_fields["role"].description)
    affiliation: str | None = Field(
        None, description=Speaker.model_fields["affiliation"].description
    )
    country: str | None = Field(None, description=Speaker.model_fields["country"].description)

    _country = field_validator("country", mode="before")(_to_alpha2)


class LLMStatement(BaseModel):
    speaker: LLMSpeaker
    kind: StatementKind = Field(description=Statement.model_fields["kind"].description)
    text: str = Field(
        description="Direct: the quoted words copied exactly, without quotation marks, '...' "
        "for omitted words. Paraphrase: the reporting sentence copied exactly."
    )
    said_on: dt.date | None = Field(None, description="YYYY-MM-DD, or null.")
    topic: str | None = Field(None, description="A few words on what it is about.")


class LLMStance(BaseModel):
    country: str = Field(description="ISO 3166-1 alpha-2 code, e.g. 'DE'.")
    position: Position
    actors: list[str] = Field(default_factory=list, description="Who expressed the position.")
    evidence: list[str] = Field(
        default_factory=list, description="Sentences copied exactly from the article."
    )


class LLMPlanPoint(BaseModel):
    number: int | None = None
    summary: str = Field(description="The point in a few words.")
    classified: bool = False
    evidence: list[str] = Field(default_factory=list, description="Sentences copied exactly.")


class LLMPlan(BaseModel):
    name: str = "victory plan"
    presented_by: str | None = None
    presented_on: dt.date | None = Field(None, description="YYYY-MM-DD, or null.")
    venue: str | None = None
    points: list[LLMPlanPoint] = Field(default_factory=list)
    public_points: int | None = Field(
        None, description=VictoryPlan.model_fields["public_points"].description
    )
    classified_annexes: int | None = None
    stated_aims: list[str] = Field(default_factory=list)


class ArticleFacts(BaseModel):
    """Statements, country stances and the plan reported in one news article."""

    plan: LLMPlan | None = None
    statements: list[LLMStatement] = Field(default_factory=list)
    stances: list[LLMStance] = Field(default_factory=list)

    @model_validator(mode="after")
    def _grounded(self, info: ValidationInfo) -> Self:
        context: dict[str, Any] = info.context or {}
        text = context.get(CONTEXT_TEXT)
        if text is None:
            return self
        problems = grounding_problems(self, text)
        if not problems:
            return self
        if not context.get(CONTEXT_LENIENT):
            raise ValueError(
                "Some copied text is not in the article. Copy it exactly or leave it out:\n- "
                + "\n- ".join(p.reason for p in problems)
            )
        context.setdefault(CONTEXT_DROPPED, []).extend(problems)
        kept = drop_ungrounded(self, text)
        self.plan, self.statements, self.stances = kept.plan, kept.statements, kept.stances
        return self


def grounding_problems(facts: ArticleFacts, text: str) -> list[Dropped]:
    problems: list[Dropped] = []
    for i, st in enumerate(facts.statements):
        if st.kind == "direct" and not find_quote(st.text, text):
            problems.append(
                _problem(
                    "statement",
                    st.text,
                    f"statements[{i}]",
                    "direct quote not found verbatim in the article",
                )
            )
        elif st.kind == "paraphrase" and not find_evidence(st.text, text):
            problems.append(
                _problem(
                    "statement",
                    st.text,
                    f"statements[{i}]",
                    "paraphrase sentence not found in the article",
                )
            )
    for i, stance in enumerate(facts.stances):
        where = f"stances[{i}] ({stance.country})"
        if _to_alpha2(stance.country) is None:
            problems.append(
                _problem("stance", stance.country, where, "not an ISO 3166-1 alpha-2 country code")
            )
        for evidence in stance.evidence:
            if not find_evidence(evidence, text):
                problems.append(
                    _problem("evidence", evidence, where, "evidence not in the article")
                )
    for i, point in enumerate(facts.plan.points if facts.plan else []):
        for evidence in point.evidence:
            if not find_evidence(evidence, text):
                problems.append(
                    _problem(
                        "evidence", evidence, f"plan.points[{i}]", "evidence not in the article"
                    )
                )
    return problems


def _problem(kind: DroppedKind, text: str, where: str, what: str) -> Dropped:
    return Dropped(kind=kind, text=text, reason=f"{where}: {what}: {text!r}")


def drop_ungrounded(facts: ArticleFacts, text: str) -> ArticleFacts:
    """The same facts without what could not be grounded (used after the last re-ask)."""
    statements = [
        st
        for st in facts.statements
        if (find_quote(st.text, text) if st.kind == "direct" else find_evidence(st.text, text))
    ]
    stances = [
        s.model_copy(update={"evidence": [e for e in s.evidence if find_evidence(e, text)]})
        for s in facts.stances
        if _to_alpha2(s.country) is not None
    ]
    # A stance whose every piece of evidence was dropped has nothing left to stand on.
    stances = [s for s in stances if s.evidence]
    plan = facts.plan
    if plan is not None:
        points = [
            p.model_copy(update={"evidence": [e for e in p.evidence if find_evidence(e, text)]})
            for p in plan.points
        ]
        plan = plan.model_copy(update={"points": points})
    return facts.model_copy(update={"statements": statements, "stances": stances, "plan": plan})


# --- ArticleFacts → public schema, offsets computed here against the (chunk) text -------------


def to_public(
    facts: ArticleFacts, text: str, article_id: str, offset: int = 0
) -> tuple[VictoryPlan | None, list[Statement], list[CountryStance]]:
    """Convert grounded facts; `offset` maps spans in a chunk back to the full article."""
    statements: list[Statement] = []
    taken: set[tuple[Span, ...]] = set()
    for st in facts.statements:
        spans = _place(st, text, taken)
        if not spans:
            continue
        taken.add(tuple(spans))
        statements.append(
            Statement(
                id=f"s{len(statements) + 1}",
                speaker=Speaker(**st.speaker.model_dump()),
                text=text_at(text, spans),
                kind=st.kind,
                said_on=st.said_on,
                topic=st.topic,
                spans=_shift(spans, offset),
                article_id=article_id,
            )
        )
    stances: list[CountryStance] = []
    for stance in facts.stances:
        code = _to_alpha2(stance.country)
        evidence = _evidence(stance.evidence, text, offset)
        if code is None or not evidence:
            continue
        stances.append(
            CountryStance(
                country=code,
                country_name=country_name(code),
                position=stance.position,
                actors=stance.actors,
                evidence=evidence,
                article_id=article_id,
            )
        )
    plan = None
    if facts.plan is not None:
        p = facts.plan
        plan = VictoryPlan(
            name=p.name,
            presented_by=p.presented_by,
            presented_on=p.presented_on,
            venue=p.venue,
            points=[
                PlanPoint(
                    number=pt.number,
                    summary=pt.summary,
                    classified=pt.classified,
                    evidence=_evidence(pt.evidence, text, offset),
                )
                for pt in p.points
            ],
            public_points=p.public_points,
            classified_annexes=p.classified_annexes,
            stated_aims=p.stated_aims,
        )
    return plan, statements, stances


def _place(st: LLMStatement, text: str, taken: set[tuple[Span, ...]]) -> list[Span] | None:
    """Spans for a statement; a quote printed twice and reported twice gets both places."""
    if st.kind != "direct":
        return find_evidence(st.text, text)
    first = spans = find_quote(st.text, text)
    while spans and tuple(spans) in taken:
        spans = find_quote(st.text, text, start=spans[0][0] + 1)
    return spans or first


def _evidence(items: list[str], text: str, offset: int) -> list[Evidence]:
    out: list[Evidence] = []
    for item in items:
        spans = find_evidence(item, text)
        if spans:
            out.append(Evidence(text=text_at(text, spans), spans=_shift(spans, offset)))
    return out


def _shift(spans: list[Span], offset: int) -> list[Span]:
    return [(start + offset, end + offset) for start, end in spans]
