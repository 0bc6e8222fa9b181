"""data/offline/places.toml as a typed pack: places below a country (US states, major cities),
words for groups of people and sentence openers, none of which is ever a person's name; one
per language.

The places join the gazetteer as kind "place" with no country: they stop a name run and are
no speaker, but they hold no stance (countries and capitals do, from geo.toml)."""

from __future__ import annotations

from functools import cached_property
from typing import Annotated

from pydantic import Field

from summarizer.extract.offline.language import language
from summarizer.extract.offline.pack_base import Pack

Names = Annotated[frozenset[str], Field(min_length=1)]


class Cities(Pack):
    names: Names


class Groups(Pack):
    words: Names


class Places(Pack):
    """places.toml: [us_states] and [state_abbreviations] (name → postal code), [cities],
    [groups] (capitalised words for groups of people), [openers] (capitalised sentence openers
    that begin no name)."""

    us_states: Annotated[dict[str, str], Field(min_length=1)]
    state_abbreviations: dict[str, str]
    cities: Cities
    groups: Groups
    openers: Groups

    @cached_property
    def not_name_words(self) -> frozenset[str]:
        """Capitalised words never part of a person's name: group words and openers."""
        return self.groups.words | self.openers.words

    @cached_property
    def names(self) -> frozenset[str]:
        """Every place's spelling (states, their abbreviations, cities)."""
        return frozenset({*self.us_states, *self.state_abbreviations, *self.cities.names})


def places() -> Places:
    """The active language's places and group words."""
    return language().places
