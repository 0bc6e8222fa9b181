"""The offline extractor's data tables (summarizer/data/offline/*.toml), loaded once per process.

Everything a rule needs to know about words lives in those files; this module only turns them
into fast lookups (sets, dicts and compiled alternations) and never holds vocabulary itself.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files
from typing import Any

from summarizer.extract.offline.phrases import PhraseIndex
from summarizer.extract.offline.prefilter import Prefilter, prefilter

DATA_DIR = files("summarizer").joinpath("data", "offline")

POSITIONS = ("supports", "opposes", "hesitant", "neutral", "unclear")


@dataclass(frozen=True)
class Person:
    name: str
    country: str | None
    speaks_for: str | None
    gender: str | None


@dataclass(frozen=True)
class Cue:
    phrase: str
    position: str
    owned_only: bool


@dataclass(frozen=True)
class LinePatterns:
    """Line patterns compiled for speed: those anchored at the start as one alternation tried
    only there (`match`), the others as one case-folded alternation searched in the
    lower-cased line, and only when the line holds what that alternation requires (`hints`,
    see prefilter.py)."""

    anchored: re.Pattern[str] | None
    floating: re.Pattern[str] | None
    hints: Prefilter | None = None

    def matches(self, line: str) -> bool:
        if self.anchored is not None and self.anchored.match(line):
            return True
        if self.floating is None:
            return False
        lowered = line.lower()
        if self.hints is not None and not self.hints.may_match(lowered):
            return False
        return self.floating.search(lowered) is not None


def _line_patterns(patterns: list[str]) -> LinePatterns:
    anchored = [p[1:] for p in patterns if p.startswith("^")]
    floating = [p.lower() for p in patterns if not p.startswith("^")]

    def join(items: list[str], flags: int) -> re.Pattern[str] | None:
        return re.compile("|".join(f"(?:{p})" for p in items), flags) if items else None

    searched = join(floating, 0)
    hints = prefilter(searched) if searched is not None else None
    return LinePatterns(join(anchored, re.IGNORECASE), searched, hints)


@dataclass(frozen=True)
class Lexicon:
    # speech
    speech_verbs: frozenset[str]
    quote_only_verbs: frozenset[str]
    inverted_verbs: frozenset[str]
    speech_nouns: frozenset[str]
    adverbs: frozenset[str]
    # people and roles
    role_strip: frozenset[str]
    role_keep: frozenset[str]
    unnamed_nouns: frozenset[str]
    document_nouns: frozenset[str]
    not_names: frozenset[str]
    clause_openers: frozenset[str]
    particles: frozenset[str]
    group_nouns: frozenset[str]
    role_tokens: frozenset[str]  # every lower-case word of every role phrase
    people: dict[str, Person]  # every spelling (canonical too) → person
    female_names: frozenset[str]
    male_names: frozenset[str]
    # places and bodies
    countries: dict[str, str]  # country name or alias → alpha-2
    demonyms: dict[str, str]
    capitals: dict[str, str]
    national_bodies: dict[str, str]
    organisations: dict[str, str]  # surface form → canonical organisation
    media: frozenset[str]
    # stance
    cues: tuple[Cue, ...]
    negators_strong: tuple[str, ...]
    negators_weak: tuple[str, ...]
    negation_window: int
    soft_negation: frozenset[str]
    group_nouns_stance: tuple[str, ...]
    group_subjects: tuple[str, ...]
    group_negative: tuple[str, ...]
    flip: dict[str, tuple[str, str]]
    irrealis: tuple[str, ...]
    irrealis_after: frozenset[str]
    block_before: frozenset[str]
    block_after: tuple[str, ...]
    target_verbs: tuple[str, ...]
    object_prepositions: frozenset[str]
    list_links: tuple[str, ...]
    topic_terms: tuple[str, ...]
    topic_stopwords: frozenset[str]
    topic_anaphors: tuple[str, ...]
    deontic_subjects: tuple[str, ...]
    deontic_modals: tuple[str, ...]
    deontic_delays: tuple[str, ...]
    deontic_reach: int
    shared_conjunctions: tuple[str, ...]
    shared_not_verbs: frozenset[str]
    timing_denials: tuple[str, ...]
    unclear_nouns: frozenset[str]
    object_cues: frozenset[str]
    object_reach: int
    generic_quantifiers: frozenset[str]
    # boilerplate
    boiler_line: LinePatterns
    boiler_tail: LinePatterns
    boiler_box: LinePatterns
    # plan
    plan_names: tuple[str, ...]
    plan_generic: frozenset[str]
    presenting_verbs: frozenset[str]
    unveiling_verbs: frozenset[str]
    annex_nouns: frozenset[str]
    secret_words: frozenset[str]
    numbers: dict[str, int]  # cardinal words
    ordinals: dict[str, int]
    parliaments: dict[str, str]
    point_nouns: tuple[str, ...]
    point_verbs: tuple[str, ...]
    point_lead_verbs: tuple[str, ...]
    point_last_adverbs: tuple[str, ...]
    point_time_openers: frozenset[str]
    series_stops: frozenset[str]
    point_forms: dict[str, tuple[str, ...]]  # plan.toml [forms] (point_forms.py)
    aim_verbs: tuple[str, ...]
    aim_gerunds: tuple[str, ...]
    aim_links: tuple[str, ...]
    # statement topics: (label, phrases), in priority order
    topics: tuple[tuple[str, tuple[str, ...]], ...]
    # text
    abbreviations: frozenset[str]
    bullets: tuple[str, ...]

    def geo_code(self, surface: str) -> str | None:
        """Country code for a name, alias, demonym, capital or national body; else None."""
        for table in (self.countries, self.demonyms, self.national_bodies, self.capitals):
            code = table.get(surface)
            if code:
                return code
        return None


def _load(name: str) -> dict[str, Any]:
    with (DATA_DIR / name).open("rb") as handle:
        return tomllib.load(handle)


def _iso_country_names(ambiguous: set[str]) -> dict[str, str]:
    import pycountry

    names: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value and value not in ambiguous and "," not in value:
                names[value] = country.alpha_2
    return names


def _people(data: dict[str, Any]) -> dict[str, Person]:
    people: dict[str, Person] = {}
    for entry in data.get("person", []):
        person = Person(
            name=entry["name"],
            country=entry.get("country"),
            speaks_for=entry.get("speaks_for"),
            gender=entry.get("gender"),
        )
        for spelling in [entry["name"], *entry.get("variants", [])]:
            people[spelling] = person
    return people


def _cues(data: dict[str, Any]) -> tuple[Cue, ...]:
    owned = set(data["owned_only"]["words"])
    cues = [
        Cue(phrase, position, phrase in owned)
        for position in POSITIONS
        for phrase in data["cues"].get(position, [])
    ]
    # Longest first so "not at the point" wins over "point"-like fragments.
    return tuple(sorted(cues, key=lambda c: -len(c.phrase)))


def _organisations(data: dict[str, Any]) -> dict[str, str]:
    return {form: canonical for canonical, forms in data.items() for form in forms}


def _topic_terms(stance: dict[str, Any]) -> tuple[str, ...]:
    return tuple(sorted(set(stance["topic"]["terms"]), key=len, reverse=True))


def _speech_fields(speech: dict[str, Any], titles: dict[str, Any]) -> dict[str, Any]:
    return {
        "speech_verbs": frozenset(f for forms in speech["verbs"].values() for f in forms),
        "quote_only_verbs": frozenset(speech["quote_only"]["verbs"]),
        "inverted_verbs": frozenset(speech["inverted"]["verbs"]),
        "speech_nouns": frozenset(speech["nouns"]["words"]),
        "adverbs": frozenset(speech["adverbs"]["words"]),
        "role_strip": frozenset(titles["modifiers"]["strip"]),
        "role_keep": frozenset(titles["modifiers"]["keep"]),
        "unnamed_nouns": frozenset(titles["unnamed"]["words"]),
        "document_nouns": frozenset(titles["documents"]["words"]),
        "not_names": frozenset(titles["not_names"]["words"]),
        "clause_openers": frozenset(titles["clause_openers"]["words"]),
        "particles": frozenset(titles["particles"]["words"]),
        "group_nouns": frozenset(titles["groups"]["words"]),
        "role_tokens": frozenset(
            w for phrase in titles["roles"]["words"] for w in phrase.split()
            if w not in {"of", "to", "for", "the"}
        ),
    }


def _world_fields(people: dict[str, Any], geo: dict[str, Any]) -> dict[str, Any]:
    countries = _iso_country_names(set(geo["ambiguous"]["names"]))
    countries.update(geo["aliases"])
    return {
        "people": _people(people),
        "female_names": frozenset(people["first_names"]["female"]),
        "male_names": frozenset(people["first_names"]["male"]),
        "countries": countries,
        "demonyms": dict(geo["demonyms"]),
        "capitals": dict(geo["capitals"]),
        "national_bodies": dict(geo["national_bodies"]),
        "organisations": _organisations(geo["organisations"]),
        "media": frozenset(geo["media"]["names"]),
    }


def _stance_fields(stance: dict[str, Any]) -> dict[str, Any]:
    return {
        "cues": _cues(stance),
        "negators_strong": tuple(stance["negation"]["strong"]),
        "negators_weak": tuple(stance["negation"]["weak"]),
        "negation_window": int(stance["negation"]["window"]),
        "soft_negation": frozenset(stance["negation"]["soft"]),
        "group_nouns_stance": tuple(stance["groups"]["nouns"]),
        "group_subjects": tuple(stance["groups"]["subjects"]),
        "group_negative": tuple(stance["groups"]["negative"]),
        "flip": {k: (v[0], v[1]) for k, v in stance["negation"]["flip"].items()},
        "irrealis": tuple(stance["irrealis"]["words"]),
        "irrealis_after": frozenset(stance["irrealis"]["after"]),
        "block_before": frozenset(stance["blockers"]["before"]),
        "block_after": tuple(stance["blockers"]["after"]),
        "target_verbs": tuple(stance["blockers"]["target_verbs"]),
        "object_prepositions": frozenset(stance["holders"]["object_prepositions"]),
        "list_links": tuple(stance["holders"]["list_links"]),
        "topic_terms": _topic_terms(stance),
        "topic_stopwords": frozenset(stance["topic"]["stopwords"]),
        "topic_anaphors": tuple(stance["topic"]["anaphors"]),
        "deontic_subjects": tuple(stance["deontic"]["subjects"]),
        "deontic_modals": tuple(stance["deontic"]["modals"]),
        "deontic_delays": tuple(stance["deontic"]["delays"]),
        "deontic_reach": int(stance["deontic"]["reach"]),
        "shared_conjunctions": tuple(stance["continuation"]["conjunctions"]),
        "shared_not_verbs": frozenset(stance["continuation"]["not_verbs"]),
        "timing_denials": tuple(stance["continuation"]["timing_denials"]),
        "unclear_nouns": frozenset(stance["unclear"]["nouns"]),
        "object_cues": frozenset(stance["objects"]["cues"]),
        "object_reach": int(stance["objects"]["reach"]),
        "generic_quantifiers": frozenset(stance["others"]["quantifiers"]),
    }


def _text_fields(
    boiler: dict[str, Any], plan: dict[str, Any], text: dict[str, Any]
) -> dict[str, Any]:
    return {
        "boiler_line": _line_patterns(boiler["patterns"]["line"]),
        "boiler_tail": _line_patterns(boiler["patterns"]["tail"]),
        "boiler_box": _line_patterns(boiler["patterns"]["box"]),
        "plan_names": tuple(plan["names"]["terms"]),
        "plan_generic": frozenset(plan["names"]["generic"]),
        "presenting_verbs": frozenset(plan["presenting"]["verbs"]),
        "unveiling_verbs": frozenset(plan["presenting"]["unveiling"]),
        "annex_nouns": frozenset(plan["annexes"]["nouns"]),
        "secret_words": frozenset(plan["annexes"]["secret"]),
        "numbers": {k: int(v) for k, v in plan["numbers"].items()},
        "ordinals": {k: int(v) for k, v in plan["ordinals"].items()},
        "parliaments": dict(plan["parliaments"]),
        "point_nouns": tuple(plan["points"]["nouns"]),
        "point_verbs": tuple(plan["points"]["verbs"]),
        "point_lead_verbs": tuple(plan["points"]["lead_verbs"]),
        "point_last_adverbs": tuple(plan["points"]["last_adverbs"]),
        "point_time_openers": frozenset(plan["points"]["time_openers"]),
        "series_stops": frozenset(plan["points"]["series_stops"]),
        "point_forms": {k: tuple(v) for k, v in plan["forms"].items() if isinstance(v, list)},
        "aim_verbs": tuple(plan["aims"]["verbs"]),
        "aim_gerunds": tuple(plan["aims"]["gerunds"]),
        "aim_links": tuple(plan["aims"]["links"]),
        "abbreviations": frozenset(text["abbreviations"]["words"]),
        "bullets": tuple(text["bullets"]["marks"]),
    }


@cache
def lexicon() -> Lexicon:
    """Every table, loaded and indexed once per process."""
    return Lexicon(
        **_speech_fields(_load("speech.toml"), _load("titles.toml")),
        **_world_fields(_load("people.toml"), _load("geo.toml")),
        **_stance_fields(_load("stance.toml")),
        **_text_fields(_load("boilerplate.toml"), _load("plan.toml"), _load("text.toml")),
        topics=tuple((t["label"], tuple(t["phrases"])) for t in _load("topics.toml")["topic"]),
    )


# A quoted phrase this short that contains a plan's name is the name itself ("whole victory plan").
NAME_MAX_WORDS = 4


# Each quote is asked about once per speech event near it: remember the answers.
@lru_cache(maxsize=1024)
def is_name(words: str) -> bool:
    """Is this quoted fragment a title (the plan's name), not someone's words?"""
    lowered = " ".join(words.lower().strip(" .,;:!?").split())
    if len(lowered.split()) > NAME_MAX_WORDS:
        return False
    return any(name in lowered for name in lexicon().plan_names)


def phrase_regex(
    phrases: list[str] | tuple[str, ...] | frozenset[str], flags: int = 0
) -> re.Pattern[str]:
    """One alternation matching any phrase as whole words (not inside hyphenated compounds)."""
    ordered = sorted(set(phrases), key=len, reverse=True)
    body = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered)
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", flags)


@dataclass(frozen=True)
class Place:
    """What a gazetteer name stands for: kind is country, demonym, capital, body, org or media."""

    kind: str
    value: str  # alpha-2 code, or an organisation's canonical name, or the outlet's name
    country: str | None


# When one spelling is in several tables, the more specific reading wins.
_KIND_ORDER = ("capital", "demonym", "country", "body", "org", "media")


@cache
def gazetteer() -> tuple[PhraseIndex, dict[str, Place]]:
    """An index finding every known place, body and outlet name, and what each stands for."""
    lex = lexicon()
    tables: dict[str, dict[str, str]] = {
        "capital": lex.capitals,
        "demonym": lex.demonyms,
        "country": lex.countries,
        "body": lex.national_bodies,
        "org": lex.organisations,
        "media": {name: name for name in lex.media},
    }
    places: dict[str, Place] = {}
    for kind in _KIND_ORDER:
        for surface, value in tables[kind].items():
            country = value if kind in ("capital", "demonym", "country", "body") else None
            places[surface] = Place(kind, value, country)
    return PhraseIndex(places), places
