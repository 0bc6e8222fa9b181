"""What we ask an LLM for (`ArticleFacts`), and how its answer becomes public, grounded items.

The response model carries no ids, spans or article ids: offsets are computed by
`summarizer.ground`, never taken from a model. `ground_facts` grounds an answer once: what it
cannot place is re-asked with those problems listed (`summarizer.extract.request`), and after
the last re-ask left out and recorded with its reason.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from pydantic import BaseModel, Field, field_validator

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
    attempt, are listed as dropped; the same items are the output.

    `demoted`: items shipped in a lesser form (a direct quote whose words are in the article but
    not inside quotation marks ships as the paraphrase it is); worth a re-ask, never dropped.
    `notes`: what grounding changed without dropping it (a speaker unnamed, a quote restored or
    shipped as a paraphrase), for the article's diagnostics."""

    plan: VictoryPlan | None
    statements: list[Statement]
    stances: list[CountryStance]
    problems: list[Dropped]
    demoted: list[Dropped] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def reask_reasons(self) -> list[str]:
        """What the re-ask lists: everything that cannot ship as it was given."""
        return [p.reason for p in [*self.problems, *self.demoted]]


_NO_EVIDENCE = "no evidence: copy the sentences of the article that show it"
_NO_EVIDENCE_LEFT = "no evidence left that is in the article"


def ground_facts(
    facts: ArticleFacts, text: str, article_id: str, offset: int = 0
) -> GroundedFacts:
    """Place every quote and piece of evidence in `text`; `offset` maps spans in a chunk back to
    the full article. What cannot be placed is left out and listed in `problems`.

    A direct quote is held to the article's quotation marks (`summarizer.quotation`): words
    elided inside the marks are restored, pieces too short or stitched are refused. A speaker
    whose name is not in the article ships unnamed (`summarizer.names`). A plan point or stance
    without evidence in the article does not ship."""
    problems: list[Dropped] = []
    demoted: list[Dropped] = []
    notes: list[str] = []
    statements: list[Statement] = []
    taken: set[tuple[Span, ...]] = set()
    resume: dict[str, int] = {}
    for i, st in enumerate(facts.statements):
        where = f"statements[{i}]"
        kind = st.kind
        if kind == "direct":
            check = check_direct_quote(st.text, text)
            if check.problem is not None and check.unquoted:
                # The words are the article's, but nobody is quoted saying them.
                demoted.append(_problem("statement", st.text, where, check.problem))
                notes.append(f"{where}: not inside quotation marks in the article; shipped as "
                             f"a paraphrase: {st.text!r}")
                kind = "paraphrase"
            elif check.problem is not None:
                problems.append(_problem("statement", st.text, where, check.problem))
                continue
            elif check.restored:
                notes.append(f"{where}: words left out inside the quotation marks were restored "
                             f"from the article: {st.text!r}")
        spans = _place(st.text, kind == "direct", text, taken, resume)
        if not spans:
            what = (
                "direct quote not found verbatim in the article"
                if kind == "direct"
                else "paraphrase sentence not found in the article"
            )
            problems.append(_problem("statement", st.text, where, what))
            continue
        taken.add(tuple(spans))
        speaker = st.speaker.model_dump()
        name = speaker.get("name")
        if _absent(name, text):
            speaker["name"] = None
            notes.append(f"{where}: speaker name {name!r} is not in the article; "
                         "shipped as unnamed")
        statements.append(
            Statement(
                id=f"s{len(statements) + 1}",
                speaker=Speaker(**speaker),
                text=text_at(text, spans),
                kind=kind,
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
            what = _NO_EVIDENCE_LEFT if stance.evidence else _NO_EVIDENCE
            problems.append(_problem("stance", stance.country, where, what))
            continue
        actors = [actor for actor in stance.actors if not _absent(actor, text)]
        notes.extend(f"{where}: actor {actor!r} is not in the article; dropped"
                     for actor in stance.actors if actor not in actors)
        stances.append(
            CountryStance(
                country=code,
                country_name=country_name(code),
                position=stance.position,
                actors=actors,
                evidence=evidence,
                article_id=article_id,
            )
        )
    plan = None
    if facts.plan is not None:
        p = facts.plan
        points: list[PlanPoint] = []
        for i, pt in enumerate(p.points):
            where = f"plan.points[{i}]"
            evidence = _evidence(pt.evidence, text, offset, where, problems)
            if not evidence:
                # A point ships only with evidence in the article.
                what = _NO_EVIDENCE_LEFT if pt.evidence else _NO_EVIDENCE
                problems.append(_problem("plan_point", pt.summary, where, what))
                continue
            points.append(
                PlanPoint(
                    number=pt.number, summary=pt.summary, classified=pt.classified,
                    evidence=evidence,
                )
            )
        presenter = p.presented_by
        if _absent(presenter, text):
            notes.append(f"plan: presented_by {presenter!r} is not in the article; shipped "
                         "without a presenter")
            presenter = None
        plan = VictoryPlan(
            name=p.name,
            presented_by=presenter,
            presented_on=p.presented_on,
            venue=p.venue,
            points=points,
            public_points=p.public_points,
            classified_annexes=p.classified_annexes,
            stated_aims=p.stated_aims,
        )
    return GroundedFacts(plan, statements, stances, problems, demoted, notes)


def _absent(name: str | None, text: str) -> bool:
    """A name the article does not print (in any close spelling) was invented."""
    return bool(name and name.strip()) and not name_in_article(str(name), text)


def _problem(kind: DroppedKind, text: str, where: str, what: str) -> Dropped:
    return Dropped(kind=kind, text=text, reason=f"{where}: {what}: {text!r}")


def _place(
    quote: str, direct: bool, text: str, taken: set[tuple[Span, ...]], resume: dict[str, int]
) -> list[Span] | None:
    """Spans for a statement; a quote printed twice and reported twice gets both places.

    A direct quote's spans are the article's own words inside its quotation marks (elided words
    restored). `resume` remembers where the next search for the same quote starts, so a quote
    reported many times costs one search per report, not one per earlier report."""
    if not direct:
        return find_evidence(quote, text)
    first = list(check_direct_quote(quote, text).spans)
    if not first:
        return None
    spans = list(check_direct_quote(quote, text, resume.get(quote, 0)).spans)
    while spans and tuple(spans) in taken:
        spans = list(check_direct_quote(quote, text, spans[0][0] + 1).spans)
    resume[quote] = spans[0][0] + 1 if spans else len(text)
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
