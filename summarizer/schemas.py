"""The public data contract: what every provider returns and what users script against.

Field descriptions are written for a language model as well as for people: the LLM provider's
response models reuse them, so they are part of the prompt.

Spans are ``[start, end]`` character offsets into the article text as loaded (end exclusive):
``article_text[start:end]`` is the grounded text. Offsets are always computed by
``summarizer.ground``, never taken from a model.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from summarizer.countries import validate_alpha2

# 2: a merged plan's stated_aims carry the articles that state each aim.
SCHEMA_VERSION = "2"
# The briefing's own version (article files stay at SCHEMA_VERSION):
# 3: plan facts (count, annexes, date, presenter, venue) carry the articles that state them;
#    a plan point's source carries its number in that account; copies of one article text are
#    grouped (`copies`).
BRIEFING_SCHEMA_VERSION = "3"

DEFAULT_QUESTION = "Should Ukraine be invited to join NATO now?"

Span = tuple[int, int]
CountryCode = Annotated[str, AfterValidator(validate_alpha2)]
Position = Literal["supports", "opposes", "hesitant", "neutral", "unclear"]
StatementKind = Literal["direct", "paraphrase"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Speaker(_Model):
    name: str | None = Field(
        None, description="Full name of the person speaking; null when the source is unnamed."
    )
    role: str | None = Field(
        None, description="Title or office as the article gives it, e.g. 'U.S. Ambassador to NATO'."
    )
    affiliation: str | None = Field(
        None, description="Organisation or government the speaker speaks for, e.g. 'NATO'."
    )
    country: CountryCode | None = Field(
        None, description="ISO 3166-1 alpha-2 code of the speaker's country, e.g. 'US'; or null."
    )


class Evidence(_Model):
    text: str = Field(description="Exact text from the article that supports the claim.")
    spans: list[Span] = Field(default_factory=list, description="Offsets of `text` in the article.")


class Statement(_Model):
    id: str = Field(description="Stable id, unique within the article.")
    speaker: Speaker
    text: str = Field(
        description="For a direct quote, the quoted words exactly as printed; for a paraphrase, "
        "the reported-speech sentence."
    )
    kind: StatementKind = Field(
        description="'direct' when the article prints the words in quotation marks; "
        "'paraphrase' for reported speech without quotation marks."
    )
    said_on: dt.date | None = Field(None, description="Date the words were said, if stated.")
    topic: str | None = Field(None, description="A few words on what the statement is about.")
    spans: list[Span] = Field(default_factory=list)
    article_id: str


class CountryStance(_Model):
    country: CountryCode = Field(description="ISO 3166-1 alpha-2 code of the country.")
    country_name: str
    position: Position = Field(
        description="The country's position on the question: supports, opposes, hesitant, "
        "neutral or unclear."
    )
    question: str = DEFAULT_QUESTION
    actors: list[str] = Field(
        default_factory=list,
        description="Who expressed the position: leaders, officials, governments.",
    )
    evidence: list[Evidence] = Field(default_factory=list)
    article_id: str


class PlanPoint(_Model):
    number: int | None = Field(None, description="The point's number in the plan, if given.")
    summary: str = Field(description="The point as the article describes it, in a few words.")
    classified: bool = Field(False, description="True when the point is a secret/classified annex.")
    evidence: list[Evidence] = Field(default_factory=list)


class VictoryPlan(_Model):
    name: str = "victory plan"
    presented_by: str | None = None
    presented_on: dt.date | None = None
    venue: str | None = None
    points: list[PlanPoint] = Field(default_factory=list)
    public_points: int | None = Field(
        None, description="How many public points the article says the plan has ('a five-point "
        "plan' -> 5); null when it gives no count."
    )
    classified_annexes: int | None = None
    stated_aims: list[str] = Field(default_factory=list)


class ArticleMeta(_Model):
    id: str
    title: str | None = None
    outlet: str | None = None
    published: dt.date | None = None
    url: str | None = None
    source_path: str | None = None


DroppedKind = Literal["statement", "stance", "plan_point", "evidence"]


class Dropped(_Model):
    kind: DroppedKind
    text: str
    reason: str


class Usage(_Model):
    prompt_tokens: int = 0
    completion_tokens: int = 0
    total_tokens: int = 0

    def __add__(self, other: Usage) -> Usage:
        return Usage(
            prompt_tokens=self.prompt_tokens + other.prompt_tokens,
            completion_tokens=self.completion_tokens + other.completion_tokens,
            total_tokens=self.total_tokens + other.total_tokens,
        )


class Diagnostics(_Model):
    provider: str
    model: str
    prompt_version: str | None = None
    dropped: list[Dropped] = Field(default_factory=list)
    reasks: int = Field(0, description="Validation re-asks (grounding, schema) sent to the model.")
    endpoint_calls: int = 0
    chunks: int = 1
    usage: Usage = Field(default_factory=Usage)
    estimated_cost_usd: float | None = None
    warnings: list[str] = Field(default_factory=list)


class ArticleExtraction(_Model):
    schema_version: str = SCHEMA_VERSION
    article: ArticleMeta
    plan: VictoryPlan | None = None
    statements: list[Statement] = Field(default_factory=list)
    stances: list[CountryStance] = Field(default_factory=list)
    diagnostics: Diagnostics


# --- The merged briefing (built by summarizer.merge from many ArticleExtractions) ---------------


class SourceRef(_Model):
    """One article's own account of a merged item: its wording and where it stands."""

    article_id: str
    outlet: str | None = None
    published: dt.date | None = None
    text: str
    spans: list[Span] = Field(default_factory=list)
    kind: StatementKind | None = None
    number: int | None = Field(None, description="A plan point's number in this account, if any.")


class MergedStatement(_Model):
    id: str
    speaker: Speaker
    text: str = Field(description="Canonical wording: a direct quote's wording when there is one.")
    kind: StatementKind
    said_on: dt.date | None = None
    topic: str | None = None
    sources: list[SourceRef]


class StanceEvidence(_Model):
    article_id: str
    outlet: str | None = None
    position: Position
    actors: list[str] = Field(default_factory=list)
    evidence: list[Evidence] = Field(default_factory=list)


class MergedStance(_Model):
    country: CountryCode
    country_name: str
    position: Position
    question: str = DEFAULT_QUESTION
    conflict: bool = False
    confidence: float = Field(ge=0.0, le=1.0)
    actors: list[str] = Field(default_factory=list)
    sources: list[StanceEvidence]


class MergedPlanPoint(_Model):
    number: int | None = None
    summary: str
    classified: bool = False
    sources: list[SourceRef]


class MergedAim(_Model):
    text: str
    sources: list[str] = Field(description="Article ids that state this aim.")


class MergedPlan(_Model):
    name: str = "victory plan"
    presented_by: str | None = None
    presented_on: dt.date | None = None
    venue: str | None = None
    points: list[MergedPlanPoint] = Field(default_factory=list)
    public_points: int | None = None
    classified_annexes: int | None = None
    stated_aims: list[MergedAim] = Field(default_factory=list)
    sources: list[str] = Field(default_factory=list, description="Article ids that describe it.")
    presented_by_sources: list[str] = Field(
        default_factory=list, description="Article ids that name `presented_by`."
    )
    presented_on_sources: list[str] = Field(
        default_factory=list, description="Article ids that date the plan to `presented_on`."
    )
    venue_sources: list[str] = Field(
        default_factory=list, description="Article ids that give `venue`."
    )
    public_points_sources: list[str] = Field(
        default_factory=list, description="Article ids that state `public_points`."
    )
    classified_annexes_sources: list[str] = Field(
        default_factory=list, description="Article ids that state `classified_annexes`."
    )


class ConflictSource(_Model):
    article_id: str
    outlet: str | None = None
    says: str


class Conflict(_Model):
    kind: str = Field(description="e.g. 'plan_points', 'count', 'date', 'figure', 'stance'.")
    description: str
    sources: list[ConflictSource]


class CopyGroup(_Model):
    """Articles printing the same text (wire copies, reposts): one source in the memo."""

    article_id: str = Field(description="The article the memo cites for the group.")
    copies: list[str] = Field(description="The other articles whose text is the same or nearly.")


class Briefing(_Model):
    schema_version: str = BRIEFING_SCHEMA_VERSION
    question: str = DEFAULT_QUESTION
    articles: list[ArticleMeta]
    copies: list[CopyGroup] = Field(
        default_factory=list, description="Articles with the same or nearly the same text."
    )
    plan: MergedPlan | None = None
    statements: list[MergedStatement] = Field(default_factory=list)
    stances: list[MergedStance] = Field(default_factory=list)
    conflicts: list[Conflict] = Field(default_factory=list)
