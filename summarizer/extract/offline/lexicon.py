"""Lookups the rules derive from several packs at once: the gazetteer of places, bodies and
outlets, the plan-name test, and whole-word phrase alternations.

The word lists themselves live in summarizer/data/offline/*.toml, validated into one typed pack
per file (packs.py) and bundled as a Language (language.py); rules read them from the active
language's packs directly (`language().speech.all_verbs`, `language().stance.negation.window`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from summarizer.extract.offline.language import language, per_language, per_language_lru
from summarizer.extract.offline.phrases import PhraseIndex

# A quoted phrase this short that contains a plan's name is the name itself ("whole victory plan").
NAME_MAX_WORDS = 4


# Each quote is asked about once per speech event near it: remember the answers.
@per_language_lru(maxsize=1024)
def is_name(words: str) -> bool:
    """Is this quoted fragment a title (the plan's name), not someone's words?"""
    lowered = " ".join(words.lower().strip(" .,;:!?").split())
    if len(lowered.split()) > NAME_MAX_WORDS:
        return False
    return any(name in lowered for name in language().plan.names.terms)


def phrase_regex(
    phrases: list[str] | tuple[str, ...] | frozenset[str], flags: int = 0
) -> re.Pattern[str]:
    """One alternation matching any phrase as whole words (not inside hyphenated compounds)."""
    return re.compile(rf"(?<![\w-])(?:{alternation(phrases)})(?![\w-])", flags)


def alternation(phrases: Iterable[str]) -> str:
    """The phrases as a regex alternation, longest first (so that a phrase is never cut short
    by another that begins it), any whitespace between their words."""
    ordered = sorted(set(phrases), key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered)


@dataclass(frozen=True)
class Place:
    """What a gazetteer name stands for: kind is country, demonym, capital, body, org, media or
    place (a US state or a city: no country, holds no stance)."""

    kind: str
    value: str  # alpha-2 code, or an organisation's canonical name, or the outlet's name
    country: str | None


# When one spelling is in several tables, the more specific reading wins. A place below a
# country (places.toml: a US state, a city) yields to every other reading.
_KIND_ORDER = ("place", "capital", "demonym", "country", "body", "org", "media")


@per_language
def gazetteer() -> tuple[PhraseIndex, dict[str, Place]]:
    """An index finding every known place, body and outlet name, and what each stands for."""
    lang = language()
    geo = lang.geo
    tables: dict[str, dict[str, str]] = {
        "capital": geo.capitals,
        "demonym": geo.demonyms,
        "country": geo.countries,
        "body": geo.national_bodies,
        "org": geo.organisation_forms,
        "media": {name: name for name in geo.media.names},
        "place": {name: name for name in lang.places.names},
    }
    places: dict[str, Place] = {}
    for kind in _KIND_ORDER:
        for surface, value in tables[kind].items():
            country = value if kind in ("capital", "demonym", "country", "body") else None
            places[surface] = Place(kind, value, country)
    return PhraseIndex(places), places
