"""The words of data/offline/attribution.toml as a typed pack: validated when loaded (an error
names the file and the field), loaded once per language (language.py)."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from summarizer.extract.offline.language import active, english

Words = Annotated[frozenset[str], Field(min_length=1)]


class SetOff(BaseModel):
    """[set_off]: a subject standing apart from its speech verb (clause_subjects.py)."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    max_words: int = Field(ge=1, le=80)
    circumstance_words: int = Field(ge=0, le=12)
    time_words: Words
    openers: Words
    # A connective set off by commas between a subject and its verb (`Roe, however, said`).
    connectives: Words
    # Conjunctions that open a clause of its own right after a quote (`“…” until Lee said`).
    clause_openers: Words


class Titles(BaseModel):
    """[titles]: quoted names of shows, books and films (quoted_titles.py)."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    max_words: int = Field(ge=1, le=12)
    after_words: Words
    days: Words
    # Nouns whose possessive names a broadcaster (`Fox News Channel's`, `ABC News's`).
    broadcaster_heads: Words
    acronym_letters: int = Field(ge=2, le=8)


class Possessor(BaseModel):
    """[possessor]: a speech word after a possessive is no verb (clauses.py)."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    contractions: Words


class ColonForms(BaseModel):
    """[colon_forms]: quotes after a colon beyond a speech verb's (colon_forms.py)."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    cataphors: Words
    cataphor_reach: int = Field(ge=1, le=8)
    object_prepositions: Words
    labels: Words
    label_links: Words
    label_reach: int = Field(ge=1, le=6)


class PlainSubjects(BaseModel):
    """[plain_subjects]: a group or thing as a speech verb's subject (plain_subjects.py)."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    leads: Words
    not_heads: Words
    max_words: int = Field(ge=1, le=8)
    phrase_words: int = Field(ge=1, le=12)
    set_off_words: int = Field(ge=1, le=8)
    clause_starts: Words
    reach: int = Field(ge=2, le=40)
    source_heads: Words
    post_modifiers: Words
    modified_heads: Words
    verb_reach: int = Field(ge=1, le=60)


class PutIt(BaseModel):
    """[put_it]: `as Roe put it, “…”` (put_it.py)."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    verbs: Words
    tail_words: int = Field(ge=0, le=6)


class Responses(BaseModel):
    """[responses]: `Roe agreed. “…”` (report_continuation.py)."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    verbs: Words


class Citing(BaseModel):
    """[citing]: `…, citing a diplomat: “…”` (attribution.py, colon.py)."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    verbs: Words
    phrases: Words
    as_verbs: Words
    as_reach: int = Field(ge=2, le=12)


class Before(BaseModel):
    """[before]: speech verbs before a quote that also have a plain transitive sense
    (attribution.py)."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    bare_verbs: Words
    openers: Words


class AttributionPack(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    set_off: SetOff
    titles: Titles
    possessor: Possessor
    colon_forms: ColonForms
    plain_subjects: PlainSubjects
    put_it: PutIt
    responses: Responses
    before: Before
    citing: Citing


def attribution_pack() -> AttributionPack:
    """The active language's attribution.toml."""
    return (active() or english()).attribution  # language(), inlined: asked per word
