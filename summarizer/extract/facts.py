"""What we ask an LLM for (`ArticleFacts`), and how its answer becomes public, grounded items.

The response model carries no ids, spans or article ids: offsets are computed by
`summarizer.ground`, never taken from a model. `ground_facts` grounds an answer once: what it
cannot place is re-asked with those problems listed (`summarizer.extract.request`), and after
the last re-ask left out and recorded with its reason.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from pydantic import BaseModel, Field, field_validator

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


# --- ArticleFacts → public schema, grounded once against the (chunk) text ---------------------


@dataclass(frozen=True)
class GroundedFacts:
    """One answer grounded against its text: what could be placed, as public items with spans,
    and what could not (`problems`). The same problems word the re-ask and, after the last
    attempt, are listed as dropped; the same items are the output."""

    plan: VictoryPlan | None
    statements: list[Statement]
    stances: list[CountryStance]
    problems: list[Dropped]


def ground_facts(
    facts: ArticleFacts, text: str, article_id: str, offset: int = 0
) -> GroundedFacts:
    """Place every quote and piece of evidence in `text`; `offset` maps spans in a chunk back to
    the full article. What cannot be placed is left out and listed in `problems`."""
    problems: list[Dropped] = []
    statements: list[Statement] = []
    taken: set[tuple[Span, ...]] = set()
    for i, st in enumerate(facts.statements):
        spans = _place(st, text, taken)
        if not spans:
            what = (
                "direct quote not found verbatim in the article"
                if st.kind == "direct"
                else "paraphrase sentence not found in the article"
            )
            problems.append(_problem("statement", st.text, f"statements[{i}]", what))
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
    for i, stance in enumerate(facts.stances):
        where = f"stances[{i}] ({stance.country})"
        code = _to_alpha2(stance.country)
        if code is None:
            what = "not an ISO 3166-1 alpha-2 country code"
            problems.append(_problem("stance", stance.country, where, what))
            continue
        evidence = _evidence(stance.evidence, text, offset, where, problems)
        if not evidence:
            # A stance with nothing copied from the article has nothing to stand on.
            if not stance.evidence:
                what = "no evidence sentence copied from the article"
                problems.append(_problem("stance", stance.country, where, what))
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
                    evidence=_evidence(pt.evidence, text, offset, f"plan.points[{i}]", problems),
                )
                for i, pt in enumerate(p.points)
            ],
            public_points=p.public_points,
            classified_annexes=p.classified_annexes,
            stated_aims=p.stated_aims,
        )
    return GroundedFacts(plan, statements, stances, problems)


def _problem(kind: DroppedKind, text: str, where: str, what: str) -> Dropped:
    return Dropped(kind=kind, text=text, reason=f"{where}: {what}: {text!r}")


def _place(st: LLMStatement, text: str, taken: set[tuple[Span, ...]]) -> list[Span] | None:
    """Spans for a statement; a quote printed twice and reported twice gets both places."""
    if st.kind != "direct":
        return find_evidence(st.text, text)
    first = spans = find_quote(st.text, text)
    while spans and tuple(spans) in taken:
        spans = find_quote(st.text, text, start=spans[0][0] + 1)
    return spans or first


def _evidence(
    items: list[str], text: str, offset: int, where: str, problems: list[Dropped]
) -> list[Evidence]:
    out: list[Evidence] = []
    for item in items:
        spans = find_evidence(item, text)
        if spans:
            out.append(Evidence(text=text_at(text, spans), spans=_shift(spans, offset)))
        else:
            problems.append(_problem("evidence", item, where, "evidence not in the article"))
    return out


def _shift(spans: list[Span], offset: int) -> list[Span]:
    return [(start + offset, end + offset) for start, end in spans]
