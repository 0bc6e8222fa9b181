"""data/offline/salience.toml as a typed pack: the words that tell how salient a mention of a
person is (entities.py), validated when loaded (a problem names the file); one per language."""

from __future__ import annotations

from importlib.resources.abc import Traversable
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from summarizer.extract.offline.language import active, english
from summarizer.extract.offline.pack_base import load_file


class Salience(BaseModel):
    """salience.toml [salience] (lower-case words, matched on Token.lower)."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    subordinators: Annotated[frozenset[str], Field(min_length=1)]
    indefinites: Annotated[frozenset[str], Field(min_length=1)]
    participle_min_letters: Annotated[int, Field(ge=1)]
    participle_followers: Annotated[frozenset[str], Field(min_length=1)]
    topic_openers: Annotated[frozenset[str], Field(min_length=1)]
    offices: Annotated[frozenset[str], Field(min_length=1)]
    description_openers: Annotated[frozenset[str], Field(min_length=1)]
    viewpoint_prepositions: Annotated[frozenset[str], Field(min_length=1)]


def load_salience(path: Traversable) -> Salience:
    """The [salience] table of the file, validated (a problem is a PackError naming it)."""
    return load_file(Salience, path, "salience")


def salience() -> Salience:
    """The active language's salience words."""
    return (active() or english()).salience  # language(), inlined: asked per word
