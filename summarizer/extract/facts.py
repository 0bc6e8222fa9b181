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

from pydantic import (
    BaseModel,
    Field,
    PrivateAttr,
    ValidationInfo,
    field_validator,
    model_validator,
)

from summarizer.countries import country_name, lookup_country
from summarizer.ground import find_evidence, text_at
from summarizer.names import name_in_article
from summarizer.quotation import check_direct_quote
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
    # What grounding changed without dropping it (a speaker unnamed, a quote restored or shipped
    # as a paraphrase), for the article's diagnostics.
    _notes: list[str] = PrivateAttr(default_factory=list)

    @property
    def notes(self) -> list[str]:
        return self._notes

    @model_validator(mode="after")
    def _grounded(self, info: ValidationInfo) -> Self:
        context: dict[str, Any] = info.context or {}
        text = context.get(CONTEXT_TEXT)
        if text is None:
            return self
        problems = grounding_problems(self, text)
        if problems and not context.get(CONTEXT_LENIENT):
            raise ValueError(
                "Some copied text is not in the article, or not as quoted there. Copy it "
                "exactly or leave it out:\n- " + "\n- ".join(p.reason for p in problems)
            )
        if problems:
            kept, dropped, notes = drop_ungrounded(self, text)
            context.setdefault(CONTEXT_DROPPED, []).extend(dropped)
            self.plan, self.statements, self.stances = kept.plan, kept.statements, kept.stances
            self._notes.extend(notes)
        self._notes.extend(_restored_notes(self, text))
        self._notes.extend(_unname_absent_speakers(self, text))
        return self


def grounding_problems(facts: ArticleFacts, text: str) -> list[Dropped]:
    """Everything in an answer that cannot ship as it is (the re-ask lists these)."""
    problems: list[Dropped] = []
    for i, st in enumerate(facts.statements):
        if st.kind == "direct":
            check = check_direct_quote(st.text, text)
            if check.problem:
                problems.append(_problem("statement", st.text, f"statements[{i}]", check.problem))
        elif not find_evidence(st.text, text):
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
        if not stance.evidence:
            problems.append(_problem("stance", stance.country, where, _NO_EVIDENCE))
        for evidence in stance.evidence:
            if not find_evidence(evidence, text):
                problems.append(
                    _problem("evidence", evidence, where, "evidence not in the article")
                )
    for i, point in enumerate(facts.plan.points if facts.plan else []):
        where = f"plan.points[{i}]"
        if not point.evidence:
            problems.append(_problem("plan_point", point.summary, where, _NO_EVIDENCE))
        for evidence in point.evidence:
            if not find_evidence(evidence, text):
                problems.append(
                    _problem("evidence", evidence, where, "evidence not in the article")
                )
    return problems


_NO_EVIDENCE = "no evidence: copy the sentences of the article that show it"
_NO_EVIDENCE_LEFT = "no evidence left that is in the article"


def _problem(kind: DroppedKind, text: str, where: str, what: str) -> Dropped:
    return Dropped(kind=kind, text=text, reason=f"{where}: {what}: {text!r}")


def drop_ungrounded(
    facts: ArticleFacts, text: str
) -> tuple[ArticleFacts, list[Dropped], list[str]]:
    """After the last re-ask: the facts that can ship, what was dropped (with its reason), and
    notes on what was kept in another form (a direct quote outside quotation marks ships as
    the paraphrase it is)."""
    dropped: list[Dropped] = []
    notes: list[str] = []
    statements: list[LLMStatement] = []
    for i, st in enumerate(facts.statements):
        where = f"statements[{i}]"
        if st.kind == "direct":
            check = check_direct_quote(st.text, text)
            if check.problem is None:
                statements.append(st)
            elif check.unquoted:
                statements.append(st.model_copy(update={"kind": "paraphrase"}))
                notes.append(f"{where}: not inside quotation marks in the article; shipped as "
                             f"a paraphrase: {st.text!r}")
            else:
                dropped.append(_problem("statement", st.text, where, check.problem))
        elif find_evidence(st.text, text):
            statements.append(st)
        else:
            dropped.append(_problem("statement", st.text, where,
                                    "paraphrase sentence not found in the article"))
    stances: list[LLMStance] = []
    for i, stance in enumerate(facts.stances):
        where = f"stances[{i}] ({stance.country})"
        if _to_alpha2(stance.country) is None:
            dropped.append(_problem("stance", stance.country, where,
                                    "not an ISO 3166-1 alpha-2 country code"))
            continue
        evidence = _grounded_evidence(stance.evidence, text, where, dropped)
        if evidence:
            stances.append(stance.model_copy(update={"evidence": evidence}))
        else:  # nothing left to stand on
            dropped.append(_problem("stance", stance.country, where, _NO_EVIDENCE_LEFT))
    plan = facts.plan
    if plan is not None:
        points: list[LLMPlanPoint] = []
        for i, point in enumerate(plan.points):
            where = f"plan.points[{i}]"
            evidence = _grounded_evidence(point.evidence, text, where, dropped)
            if evidence:
                points.append(point.model_copy(update={"evidence": evidence}))
            else:
                dropped.append(_problem("plan_point", point.summary, where, _NO_EVIDENCE_LEFT))
        plan = plan.model_copy(update={"points": points})
    kept = facts.model_copy(update={"statements": statements, "stances": stances, "plan": plan})
    return kept, dropped, notes


def _grounded_evidence(
    items: list[str], text: str, where: str, dropped: list[Dropped]
) -> list[str]:
    kept: list[str] = []
    for item in items:
        if find_evidence(item, text):
            kept.append(item)
        else:
            dropped.append(_problem("evidence", item, where, "evidence not in the article"))
    return kept


def _restored_notes(facts: ArticleFacts, text: str) -> list[str]:
    return [
        f"statements[{i}]: words left out inside the quotation marks were restored from the "
        f"article: {st.text!r}"
        for i, st in enumerate(facts.statements)
        if st.kind == "direct" and check_direct_quote(st.text, text).restored
    ]


def _unname_absent_speakers(facts: ArticleFacts, text: str) -> list[str]:
    """A name that is not in the article (in any close spelling) was invented: a statement's
    speaker becomes unnamed, a stance loses that actor, the plan loses its presenter."""
    notes: list[str] = []
    for i, st in enumerate(facts.statements):
        name = st.speaker.name
        if _absent(name, text):
            st.speaker = st.speaker.model_copy(update={"name": None})
            notes.append(f"statements[{i}]: speaker name {name!r} is not in the article; "
                         "shipped as unnamed")
    for i, stance in enumerate(facts.stances):
        absent = [actor for actor in stance.actors if _absent(actor, text)]
        if absent:
            stance.actors = [actor for actor in stance.actors if actor not in absent]
            notes.extend(f"stances[{i}] ({stance.country}): actor {actor!r} is not in the "
                         "article; dropped" for actor in absent)
    plan = facts.plan
    if plan is not None and _absent(plan.presented_by, text):
        notes.append(f"plan: presented_by {plan.presented_by!r} is not in the article; "
                     "shipped without a presenter")
        plan.presented_by = None
    return notes


def _absent(name: str | None, text: str) -> bool:
    if name is None or not name.strip():
        return False
    return not name_in_article(name, text)


# --- ArticleFacts → public schema, offsets computed here against the (chunk) text -------------


def to_public(
    facts: ArticleFacts, text: str, article_id: str, offset: int = 0
) -> tuple[VictoryPlan | None, list[Statement], list[CountryStance]]:
    """Convert grounded facts; `offset` maps spans in a chunk back to the full article."""
    statements: list[Statement] = []
    taken: set[tuple[Span, ...]] = set()
    resume: dict[str, int] = {}
    for st in facts.statements:
        spans = _place(st, text, taken, resume)
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
                    evidence=evidence,
                )
                for pt in p.points
                # A point ships only with evidence in the article (validation made sure of it).
                if (evidence := _evidence(pt.evidence, text, offset))
            ],
            public_points=p.public_points,
            classified_annexes=p.classified_annexes,
            stated_aims=p.stated_aims,
        )
    return plan, statements, stances


def _place(
    st: LLMStatement, text: str, taken: set[tuple[Span, ...]], resume: dict[str, int]
) -> list[Span] | None:
    """Spans for a statement; a quote printed twice and reported twice gets both places.

    `resume` remembers where the next search for the same quote starts, so a quote reported
    many times costs one search per report, not one per earlier report."""
    if st.kind != "direct":
        return find_evidence(st.text, text)
    first = list(check_direct_quote(st.text, text).spans)
    if not first:
        return None
    spans = list(check_direct_quote(st.text, text, resume.get(st.text, 0)).spans)
    while spans and tuple(spans) in taken:
        spans = list(check_direct_quote(st.text, text, spans[0][0] + 1).spans)
    resume[st.text] = spans[0][0] + 1 if spans else len(text)
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
