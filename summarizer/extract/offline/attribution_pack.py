"""The words of data/offline/attribution.toml as a typed pack: validated when loaded (an error
names the file and the problem), loaded once."""

from __future__ import annotations

import tomllib
from functools import cache
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from summarizer.extract.offline.lexicon import DATA_DIR
from summarizer.extract.offline.word_packs import PackError

Words = Annotated[frozenset[str], Field(min_length=1)]


class SetOff(BaseModel):
    """[set_off]: a subject standing apart from its speech verb (clause_subjects.py)."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    max_words: int = Field(ge=1, le=80)
    circumstance_words: int = Field(ge=0, le=12)
    time_words: Words
    openers: Words


class Titles(BaseModel):
    """[titles]: quoted names of shows, books and films (quoted_titles.py)."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    max_words: int = Field(ge=1, le=12)
    after_words: Words
    days: Words
    acronym_letters: int = Field(ge=2, le=8)


class AttributionPack(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    set_off: SetOff
    titles: Titles


FILE = "attribution.toml"


@cache
def attribution_pack() -> AttributionPack:
    path = DATA_DIR / FILE
    try:
        with path.open("rb") as handle:
            return AttributionPack.model_validate(tomllib.load(handle))
    except (OSError, tomllib.TOMLDecodeError, ValidationError) as error:
        raise PackError(f"{path}: {error}") from error
