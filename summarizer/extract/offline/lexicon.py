"""The flat view of the active language's packs that the rules read (`lexicon().speech_verbs`).

The data lives in summarizer/data/offline/*.toml, validated into one typed pack per file
(packs.py) and bundled as a Language (language.py). This view only names each pack's fields and
derived lookups the way the rules have always read them; new code may read the packs directly
(`language().stance.negation.window`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from summarizer.extract.offline.language import (
    active,
    english,
    language,
    per_language,
    per_language_lru,
)
from summarizer.extract.offline.pack_base import DATA_DIR
from summarizer.extract.offline.packs import POSITIONS, Cue, LinePatterns, Person
from summarizer.extract.offline.phrases import PhraseIndex

if TYPE_CHECKING:
    from summarizer.extract.offline.language import Language

__all__ = ["DATA_DIR", "POSITIONS", "Cue", "Lexicon", "LinePatterns", "Person", "lexicon"]


@dataclass(frozen=True)
class Lexicon:
    """Every table the rules read, by the name they read it under (see `of`)."""

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

    @classmethod
    def of(cls, lang: Language) -> Lexicon:
        speech, titles, people, geo = lang.speech, lang.titles, lang.people, lang.geo
        stance, plan, text = lang.stance, lang.plan, lang.text
        neg, scope = stance.negation, stance.deontic
        return cls(
            speech_verbs=speech.all_verbs,
            quote_only_verbs=speech.quote_only.verbs,
            inverted_verbs=speech.inverted.verbs,
            speech_nouns=speech.nouns.words,
            adverbs=speech.adverbs.words,
            role_strip=titles.modifiers.strip,
            role_keep=titles.modifiers.keep,
            unnamed_nouns=titles.unnamed.words,
            document_nouns=titles.documents.words,
            not_names=titles.not_names.words,
            clause_openers=titles.clause_openers.words,
            particles=titles.particles.words,
            group_nouns=titles.groups.words,
            role_tokens=titles.role_tokens,
            people=people.by_spelling,
            female_names=people.first_names.female,
            male_names=people.first_names.male,
            countries=geo.countries,
            demonyms=geo.demonyms,
            capitals=geo.capitals,
            national_bodies=geo.national_bodies,
            organisations=geo.organisation_forms,
            media=geo.media.names,
            cues=stance.cue_list,
            negators_strong=neg.strong,
            negators_weak=neg.weak,
            negation_window=neg.window,
            soft_negation=neg.soft,
            group_nouns_stance=stance.groups.nouns,
            group_subjects=stance.groups.subjects,
            group_negative=stance.groups.negative,
            flip=neg.flip,
            irrealis=stance.irrealis.words,
            irrealis_after=stance.irrealis.after,
            block_before=stance.blockers.before,
            block_after=stance.blockers.after,
            target_verbs=stance.blockers.target_verbs,
            object_prepositions=stance.holders.object_prepositions,
            list_links=stance.holders.list_links,
            topic_terms=stance.topic.terms_longest_first,
            topic_stopwords=stance.topic.stopwords,
            topic_anaphors=stance.topic.anaphors,
            deontic_subjects=scope.subjects,
            deontic_modals=scope.modals,
            deontic_delays=scope.delays,
            deontic_reach=scope.reach,
            shared_conjunctions=stance.continuation.conjunctions,
            shared_not_verbs=stance.continuation.not_verbs,
            timing_denials=stance.continuation.timing_denials,
            unclear_nouns=stance.unclear.nouns,
            object_cues=stance.objects.cues,
            object_reach=stance.objects.reach,
            generic_quantifiers=stance.others.quantifiers,
            boiler_line=lang.boilerplate.line,
            boiler_tail=lang.boilerplate.tail,
            boiler_box=lang.boilerplate.box,
            plan_names=plan.names.terms,
            plan_generic=plan.names.generic,
            presenting_verbs=plan.presenting.verbs,
            unveiling_verbs=plan.presenting.unveiling,
            annex_nouns=plan.annexes.nouns,
            secret_words=plan.annexes.secret,
            numbers=plan.numbers,
            ordinals=plan.ordinals,
            parliaments=plan.parliaments,
            point_nouns=plan.points.nouns,
            point_verbs=plan.points.verbs,
            point_lead_verbs=plan.points.lead_verbs,
            point_last_adverbs=plan.points.last_adverbs,
            point_time_openers=plan.points.time_openers,
            series_stops=plan.points.series_stops,
            point_forms=plan.forms.by_name,
            aim_verbs=plan.aims.verbs,
            aim_gerunds=plan.aims.gerunds,
            aim_links=plan.aims.links,
            topics=lang.topics.pairs,
            abbreviations=text.abbreviations.words,
            bullets=text.bullets.marks,
        )

    def geo_code(self, surface: str) -> str | None:
        """Country code for a name, alias, demonym, capital or national body; else None."""
        for table in (self.countries, self.demonyms, self.national_bodies, self.capitals):
            code = table.get(surface)
            if code:
                return code
        return None


def lexicon() -> Lexicon:
    """The active language's tables (language.py): English outside an extraction."""
    return (active() or english()).lexicon


# A quoted phrase this short that contains a plan's name is the name itself ("whole victory plan").
NAME_MAX_WORDS = 4


# Each quote is asked about once per speech event near it: remember the answers.
@per_language_lru(maxsize=1024)
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
    lex = lexicon()
    tables: dict[str, dict[str, str]] = {
        "capital": lex.capitals,
        "demonym": lex.demonyms,
        "country": lex.countries,
        "body": lex.national_bodies,
        "org": lex.organisations,
        "media": {name: name for name in lex.media},
        "place": {name: name for name in language().places.names},
    }
    places: dict[str, Place] = {}
    for kind in _KIND_ORDER:
        for surface, value in tables[kind].items():
            country = value if kind in ("capital", "demonym", "country", "body") else None
            places[surface] = Place(kind, value, country)
    return PhraseIndex(places), places
