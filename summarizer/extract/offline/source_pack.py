"""The words of data/offline/sources.toml as a typed pack: validated when loaded, loaded once."""

from __future__ import annotations

import tomllib
from functools import cache

from pydantic import BaseModel, ConfigDict

from summarizer.extract.offline.lexicon import DATA_DIR


class Titles(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    offices: frozenset[str]
    courtesy: frozenset[str]
    male: frozenset[str]
    female: frozenset[str]
    small_words: frozenset[str]


class Description(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    max_words: int
    stop_words: frozenset[str]
    not_first: frozenset[str]
    person_endings: tuple[str, ...]
    person_nouns: frozenset[str]
    not_people: frozenset[str]
    things: frozenset[str]
    locatives: frozenset[str]
    placing: frozenset[str]
    circumstance_openers: frozenset[str]
    complement_adjectives: frozenset[str]
    title_modifiers: frozenset[str]
    indefinite: frozenset[str]
    determiners: frozenset[str]


class Names(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    org_heads: frozenset[str]
    speaking_heads: frozenset[str]
    outlet_heads: frozenset[str]
    place_prepositions: frozenset[str]


class Outlets(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    verbs: frozenset[str]


class Passive(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    auxiliaries: frozenset[str]
    adverbs: frozenset[str]


class SourcesPack(BaseModel):
    """data/offline/sources.toml."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    titles: Titles
    names: Names
    outlets: Outlets
    passive: Passive
    description: Description


@cache
def pack() -> SourcesPack:
    with (DATA_DIR / "sources.toml").open("rb") as handle:
        return SourcesPack.model_validate(tomllib.load(handle))


def title_gender(word: str) -> str | None:
    """'m' or 'f' for a title that tells the gender (`Mr.`, `Ms.`), else None."""
    titles = pack().titles
    return "m" if word in titles.male else "f" if word in titles.female else None
