"""Typed word packs for the plan-point and stance rules: one pydantic model per TOML section,
validated when loaded (a missing key, a wrong type or an empty list is an error naming the file
and the field). They are sections of the plan and stance packs (packs.py); the accessors below
return the active language's (language.py).
"""

from __future__ import annotations

from importlib.resources.abc import Traversable
from typing import Annotated, TypeVar

from pydantic import Field, field_validator

from summarizer.extract.offline.language import active, english, language
from summarizer.extract.offline.pack_base import Pack, PackError, load_file

__all__ = ["PackError", "Words", "WordsPack", "load_pack", "plan_words", "proposal_words",
           "stance_scope"]

Words = Annotated[frozenset[str], Field(min_length=1)]


class WordsPack(Pack):
    """A pack of word lists, stored lower case (they are matched on lower-cased text)."""

    @field_validator("*", mode="before")
    @classmethod
    def _lower_words(cls, value: object) -> object:
        """Word lists are matched on lower-cased text: store them lower case."""
        if isinstance(value, list) and value and all(isinstance(w, str) for w in value):
            return [w.lower() for w in value]
        return value


class ProposalWords(WordsPack):
    """plan.toml [proposals]: what makes a plan point a proposal (points.py)."""

    not_openers: Words
    reactions: Words
    reaction_reach: int = Field(ge=1)
    judgements: Words
    judgement_heads: Words
    part_heads: Words
    audience_verbs: Words
    owners: Words
    self_nouns: Words
    relatives: Words
    empty_heads: Words
    phrase_breaks: Words
    complement_breaks: Words
    noun_links: Words
    dangling: Words
    summary_words: int = Field(ge=3)
    summary_max: int = Field(ge=3)
    stopwords: Words
    same_point_words: int = Field(ge=1)
    same: dict[str, str]


P = TypeVar("P", bound=WordsPack)


class Requests(WordsPack):
    verbs: Words
    steps: Words
    reach: int = Field(ge=1, le=6)
    step_recipients: Words
    step_modifiers: Words
    pressing: Words
    intensifiers: Words


class GeneralSupport(WordsPack):
    skip: Words
    determiners: Words
    objects: Words
    phrase_ends: Words
    reach: int = Field(ge=1, le=10)
    topic: Words


class Requested(WordsPack):
    cues: Words
    anaphors: Words
    reach: int = Field(ge=1, le=12)
    object_ends: Words


class Welcomed(WordsPack):
    cues: Words
    steps: Words
    reach: int = Field(ge=1, le=12)


class PlanParts(WordsPack):
    parts: Words
    whole: Words
    reach: int = Field(ge=1, le=12)


class Countered(WordsPack):
    objects: Words
    skip: Words
    reach: int = Field(ge=1, le=6)


class Dependencies(WordsPack):
    nouns: Words
    importance: Words
    reach: int = Field(ge=1, le=8)
    conditions: Words
    behind: Words
    behind_on: Words
    others: Words
    others_verbs: Words
    behind_reach: int = Field(ge=1, le=10)
    emphatic: Words


class Mixed(WordsPack):
    now: Words


class StanceSyntax(WordsPack):
    skip_left: Words
    country_anaphors: Words
    anaphor_openers: Words
    plan_determiners: Words
    relative_pronouns: Words
    relative_gap: int = Field(ge=0, le=6)
    role_leads: Words
    role_lead_reach: int = Field(ge=1, le=8)
    role_predicative: Words
    noun_before: Words
    group_opening_marks: Annotated[tuple[str, ...], Field(min_length=1)]
    group_opening_words: Words
    perspective: Words
    passive_auxiliaries: Words
    passive_gap: int = Field(ge=1, le=4)
    tail_beliefs: Words
    tail_reach: int = Field(ge=1, le=12)
    stated_subjects: Words
    stated_auxiliaries: Words
    stated_verbs: Words
    stated_reach: int = Field(ge=0, le=6)


class PlanRequest(WordsPack):
    words: Words


class StanceScope(WordsPack):
    """stance.toml [scope]: what a stance covers and what it does not (stance_scope.py)."""

    requests: Requests
    general_support: GeneralSupport
    requested: Requested
    welcomed: Welcomed
    plan_parts: PlanParts
    countered: Countered
    dependencies: Dependencies
    mixed: Mixed
    syntax: StanceSyntax
    plan_request: PlanRequest
    named_groups: dict[str, Annotated[tuple[str, ...], Field(min_length=2)]]

    @field_validator("named_groups")
    @classmethod
    def _codes(cls, groups: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
        for name, codes in groups.items():
            bad = [c for c in codes if len(c) != 2 or not c.isupper()]
            if bad:
                raise ValueError(f"{name}: not ISO alpha-2 codes: {bad}")
        return groups


class PlanWords(WordsPack):
    """plan.toml [plan_words]: function words of the plan, point and aim rules."""

    first_showing_words: Words
    first_showing_stems: Words
    presenting_it_stems: Words
    day_before: Words
    day_after: Words
    parliament_words: Words
    copulas: Words
    not_subjects: Words
    topping: Words
    other_plans: Words
    aim_determiners: Words
    count_owners: Words
    clause_subjects: Words
    opening_verbs: Words
    closing_verbs: Words
    asking_nouns: Words
    first_openers: Words
    passive_adverbs: Words


def load_pack(model: type[P], path: Traversable, *keys: str) -> P:
    return load_file(model, path, *keys)


def proposal_words() -> ProposalWords:
    return language().plan.proposals


def stance_scope() -> StanceScope:
    return (active() or english()).stance.scope  # language(), inlined: asked per word


def plan_words() -> PlanWords:
    return language().plan.plan_words
