"""data/offline/salience.toml as a typed pack: the words that tell how salient a mention of a
person is (entities.py), validated when first loaded (a problem names the file), loaded once."""

from __future__ import annotations

import tomllib
from functools import cache
from importlib.resources.abc import Traversable
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from summarizer.extract.offline.lexicon import DATA_DIR
from summarizer.extract.offline.word_packs import PackError


class Salience(BaseModel):
    """salience.toml [salience] (lower-case words, matched on Token.lower)."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    subordinators: Annotated[frozenset[str], Field(min_length=1)]
    indefinites: Annotated[frozenset[str], Field(min_length=1)]


def load_salience(path: Traversable) -> Salience:
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
        return Salience.model_validate(data["salience"])
    except (OSError, tomllib.TOMLDecodeError, KeyError, ValidationError) as error:
        raise PackError(f"{path} [salience]: {error!r}") from error


@cache
def salience() -> Salience:
    return load_salience(DATA_DIR / "salience.toml")
