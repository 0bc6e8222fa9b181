"""The words of data/offline/sources.toml as a typed pack: validated when loaded, loaded once
per language (language.py)."""

from __future__ import annotations

from summarizer.extract.offline.language import active, english
from summarizer.extract.offline.pack_base import Pack


class Titles(Pack):
    offices: frozenset[str]
    courtesy: frozenset[str]
    male: frozenset[str]
    female: frozenset[str]
    small_words: frozenset[str]
    name_suffixes: frozenset[str]


class Description(Pack):
    legislator_nouns: frozenset[str]
    member_words: frozenset[str]
    legislatures: frozenset[str]
    title_breaks: frozenset[str]
    max_words: int
    stop_words: frozenset[str]
    not_first: frozenset[str]
    person_endings: tuple[str, ...]
    anaphoric_endings: tuple[str, ...]
    person_nouns: frozenset[str]
    male_nouns: frozenset[str]
    female_nouns: frozenset[str]
    not_people: frozenset[str]
    body_nouns: frozenset[str]
    aliases: dict[str, str]
    state_heads: frozenset[str]
    role_fits: dict[str, tuple[str, ...]]
    things: frozenset[str]
    locatives: frozenset[str]
    placing: frozenset[str]
    body_name_links: frozenset[str]
    circumstance_openers: frozenset[str]
    complement_adjectives: frozenset[str]
    title_modifiers: frozenset[str]
    indefinite: frozenset[str]
    quantifiers: frozenset[str]
    determiners: frozenset[str]


class Names(Pack):
    org_heads: frozenset[str]
    speaking_heads: frozenset[str]
    outlet_heads: frozenset[str]
    press_heads: frozenset[str]
    place_prepositions: frozenset[str]


class Outlets(Pack):
    verbs: frozenset[str]
    nouns: frozenset[str]
    report_words: frozenset[str]


class Passive(Pack):
    auxiliaries: frozenset[str]
    adverbs: frozenset[str]


class SourcesPack(Pack):
    """data/offline/sources.toml."""

    titles: Titles
    names: Names
    outlets: Outlets
    passive: Passive
    description: Description


def pack() -> SourcesPack:
    """The active language's sources.toml."""
    return (active() or english()).sources  # language(), inlined: asked per word


def title_gender(word: str) -> str | None:
    """'m' or 'f' for a title that tells the gender (`Mr.`, `Ms.`), else None."""
    titles = pack().titles
    return "m" if word in titles.male else "f" if word in titles.female else None


def noun_gender(role: str | None) -> str | None:
    """'m' or 'f' when a description's head noun tells the gender (`wife`), else None."""
    words = (role or "").lower().split()
    if not words:
        return None
    rules = pack().description
    if words[-1] in rules.male_nouns:
        return "m"
    return "f" if words[-1] in rules.female_nouns else None
