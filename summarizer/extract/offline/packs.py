"""One typed pack per data file of summarizer/data/offline/ (speech.toml → SpeechPack, ...).

Each model mirrors its file's tables, refuses unknown keys and wrong types (pack_base.load_file
names the file and the field), and derives the lookups the rules use (sets over several lists,
indexes, compiled patterns) as cached properties, computed once per pack.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from typing import Annotated, Literal

from pydantic import Field, field_validator

from summarizer.extract.offline.pack_base import Pack
from summarizer.extract.offline.prefilter import Prefilter, ascii_lowered, prefilter
from summarizer.extract.offline.token_spans import lowered_alike
from summarizer.extract.offline.word_packs import PlanWords, ProposalWords, StanceScope

POSITIONS = ("supports", "opposes", "hesitant", "neutral", "unclear")

Words = frozenset[str]
Phrases = tuple[str, ...]  # order matters (first listed wins) or duplicates are harmless


class WordList(Pack):
    words: Words


class VerbList(Pack):
    verbs: Words


class NameList(Pack):
    names: Words


# ---- speech.toml ----

class SpeechPack(Pack):
    verbs: dict[str, Phrases]  # lemma → every form that introduces speech
    quote_only: VerbList
    inverted: VerbList
    nouns: WordList
    adverbs: WordList

    @cached_property
    def all_verbs(self) -> Words:
        return frozenset(form for forms in self.verbs.values() for form in forms)


# ---- titles.toml ----

class Modifiers(Pack):
    strip: Words
    keep: Words
    past: Words


class TitlesPack(Pack):
    roles: WordList
    modifiers: Modifiers
    unnamed: WordList
    documents: WordList
    not_names: WordList
    clause_openers: WordList
    particles: WordList
    groups: WordList
    generic: WordList

    @cached_property
    def role_tokens(self) -> Words:
        """Every lower-case word of every role phrase but its function words."""
        return frozenset(w for phrase in self.roles.words for w in phrase.split()
                         if w not in {"of", "to", "for", "the"})


# ---- people.toml ----

class Person(Pack):
    name: str
    variants: Phrases = ()
    country: str | None = None
    speaks_for: str | None = None
    gender: Literal["m", "f"] | None = None


class FirstNames(Pack):
    female: Words
    male: Words

    @cached_property
    def all(self) -> frozenset[str]:
        """Every listed given name, of either gender (`Ann`, `Tom`)."""
        return self.female | self.male


class PeoplePack(Pack):
    person: tuple[Person, ...]
    first_names: FirstNames

    @cached_property
    def by_spelling(self) -> dict[str, Person]:
        """Every spelling (the canonical one too) → the person."""
        return {spelling: p for p in self.person for spelling in (p.name, *p.variants)}

    @cached_property
    def surnames(self) -> frozenset[str]:
        """The last word of every spelling (`Scholz`, `Rutte`)."""
        return frozenset(spelling.split()[-1] for spelling in self.by_spelling)


# ---- geo.toml ----

class GeoPack(Pack):
    aliases: dict[str, str]  # name → alpha-2, beyond ISO's names
    demonyms: dict[str, str]
    capitals: dict[str, str]
    national_bodies: dict[str, str]
    organisations: dict[str, Phrases]  # canonical name → surface forms
    media: NameList
    ambiguous: NameList  # ISO names left out (they mean other things)

    @cached_property
    def countries(self) -> dict[str, str]:
        """Country name or alias → alpha-2: ISO 3166's names (pycountry) and the aliases."""
        import pycountry

        ambiguous = self.ambiguous.names
        names: dict[str, str] = {}
        for country in pycountry.countries:
            for attr in ("name", "common_name", "official_name"):
                value = getattr(country, attr, None)
                if value and value not in ambiguous and "," not in value:
                    names[value] = country.alpha_2
        names.update(self.aliases)
        return names

    @cached_property
    def organisation_forms(self) -> dict[str, str]:
        """Surface form → canonical organisation."""
        return {form: name for name, forms in self.organisations.items() for form in forms}

    def geo_code(self, surface: str) -> str | None:
        """Country code for a name, alias, demonym, capital or national body; else None."""
        for table in (self.countries, self.demonyms, self.national_bodies, self.capitals):
            code = table.get(surface)
            if code:
                return code
        return None


# ---- stance.toml ----

@dataclass(frozen=True)
class Cue:
    phrase: str
    position: str
    owned_only: bool


class Cues(Pack):
    supports: Phrases
    opposes: Phrases
    hesitant: Phrases
    neutral: Phrases
    unclear: Phrases


class Roles(Pack):
    supports: Phrases
    opposes: Phrases
    hesitant: Phrases


class Objects(Pack):
    cues: Words
    reach: int = Field(ge=1)
    pronouns: Words
    # Pronouns that are determiners when a word follows them in the object (`this background`).
    demonstratives: Words
    # Nouns after a demonstrative that refer back to the question (`this point`, `that step`).
    demonstrative_heads: Words
    roles_reach: int = Field(ge=1)
    roles: Roles
    role_possessors: Words
    role_possessor_reach: int = Field(ge=0)


class OtherQuestions(Pack):
    reach: int = Field(ge=1)
    markers: Phrases
    nato: Phrases


# In [negation.flip]: a negated cue that states no position at all.
NO_POSITION = "none"


class DeniedHeads(Pack):
    """`there is no consensus among the allies at this time to invite Ukraine`: a denied noun
    that governs the cue's infinitive across prepositional phrases (stance.toml
    [negation.heads])."""

    negators: Phrases
    shared: Words
    own: Words
    links: Words
    adverbs: Words
    stops: Words
    reach: int = Field(ge=1, le=12)


class Negation(Pack):
    window: int = Field(ge=1)
    heads: DeniedHeads
    strong: Phrases
    weak: Phrases
    soft: Words
    # `has not backed the invitation`: a support participle denied in the perfect, by `not`
    # right after one of `perfect` (or `hasn't`), is support not (yet) given: hesitant.
    perfect: Words
    perfect_cues: Words
    # `has not backed Ukraine's bid`: a negation before a possessor denies the verb that
    # governs the possessor's phrase, not the noun cue in it; these `'s` words are no possessors.
    not_possessors: Words
    # `not worth raising unrealistic hopes`: the negation is the evaluation's, not the cue's.
    evaluations: Words
    unasked: Phrases
    undecided: Phrases
    # `have yet to say that they oppose it`: a cue in the `that` clause of a verb of saying
    # that is itself negated states nothing (the words were not said).
    unsaid_verbs: Words
    # A cue's position → its meaning negated (strong, weak); NO_POSITION: it states none.
    flip: dict[str, tuple[str, str]]

    def negated(self, position: str, strong: bool) -> str | None:
        """What a cue of `position` means negated (strongly or weakly): a position, or None."""
        meanings = self.flip.get(position)
        meaning = meanings[0 if strong else 1] if meanings else NO_POSITION
        return None if meaning == NO_POSITION else meaning

    @field_validator("flip")
    @classmethod
    def _positions(cls, flip: dict[str, tuple[str, str]]) -> dict[str, tuple[str, str]]:
        bad = {p for key, meanings in flip.items() for p in (key, *meanings)} - {
            *POSITIONS, NO_POSITION}
        if bad:
            raise ValueError(f"not positions: {sorted(bad)} (positions: {', '.join(POSITIONS)})")
        return flip


class Irrealis(Pack):
    words: Phrases
    after: Words


class Blockers(Pack):
    before: Words
    after: Phrases
    target_verbs: Phrases


class Holders(Pack):
    object_prepositions: Words
    authored: Words
    # Words in -ing that are no verbs taking an object (`morning`, `meeting`, `during`).
    not_gerunds: Words
    non_government: Words
    unofficial_roles: Words
    unofficial_links: Words
    posted_prepositions: Words
    research_bodies: Phrases
    bodies: Phrases
    list_links: Phrases
    apposition_openers: Phrases
    appeals: Phrases


class Refusals(Pack):
    futures: Phrases
    denied_futures: Phrases
    adverbs: Phrases
    deliveries: Phrases
    candidate_subjects: Phrases
    candidate_deliveries: Phrases
    reach: int = Field(ge=1, le=8)
    copulas: Phrases
    impossible: Phrases
    unless: Phrases
    verbs: Phrases


class Deontic(Pack):
    subjects: Phrases
    modals: Phrases
    delays: Phrases
    hurried: Phrases
    deliberations: Phrases
    reach: int = Field(ge=1)
    refusals: Refusals


class Continuation(Pack):
    conjunctions: Phrases
    not_verbs: Words
    timing_denials: Phrases
    undated: Phrases
    undated_objects: Phrases
    limits: Words
    impersonal: Phrases


class Topic(Pack):
    anaphors: Phrases
    stopwords: Words
    terms: Phrases

    @cached_property
    def terms_longest_first(self) -> Phrases:
        return tuple(sorted(set(self.terms), key=len, reverse=True))


class Groups(Pack):
    nouns: Phrases
    subjects: Phrases
    negative: Phrases


class UnclearNouns(Pack):
    nouns: Words


class Quantifiers(Pack):
    quantifiers: Words


class CandidateOnly(Pack):
    """Cues only the candidate holds, as the subject right before them (stance.toml)."""
    words: Phrases
    subjects: Words
    between: Words


class StancePack(Pack):
    cues: Cues
    unclear: UnclearNouns
    objects: Objects
    other_questions: OtherQuestions
    others: Quantifiers
    owned_only: WordList
    candidate_never: WordList
    candidate_only: CandidateOnly
    negation: Negation
    irrealis: Irrealis
    blockers: Blockers
    holders: Holders
    deontic: Deontic
    continuation: Continuation
    topic: Topic
    groups: Groups
    scope: StanceScope

    @cached_property
    def cue_list(self) -> tuple[Cue, ...]:
        """Every cue with its position, longest first (`not at the point` before `point`)."""
        owned = self.owned_only.words
        cues = [Cue(phrase, position, phrase in owned)
                for position in POSITIONS for phrase in getattr(self.cues, position)]
        cues += [Cue(phrase, "supports", False) for phrase in self.candidate_only.words]
        return tuple(sorted(cues, key=lambda c: -len(c.phrase)))



# ---- plan.toml ----

class PlanNames(Pack):
    terms: Phrases
    generic: Words
    other: Words = frozenset()


class Presenting(Pack):
    verbs: Words
    unveiling: Words


class Annexes(Pack):
    nouns: Words
    secret: Words


class Points(Pack):
    nouns: Phrases
    verbs: Phrases
    placing_verbs: Words
    place_words: Words
    verb_adverbs: Words
    by_participles: Phrases
    verb_asides: Phrases
    lead_verbs: Phrases
    last_adverbs: Phrases
    first_adverbs: Phrases
    presenter_nouns: Words
    telling_verbs: Phrases
    pair_places: Words
    closing_ordinals: Words
    examples: Words
    pair_first: Phrases
    pair_second: Phrases
    time_openers: Words
    infinitive_heads: Words
    for_heads: Words
    attribution_tails: Words
    series_stops: Words
    under: Phrases
    under_modals: Words
    under_asks: Phrases
    reported_be: Phrases
    list_heads: Words
    action_nouns: Words
    action_links: Words
    demand_nouns: Words
    sections: Phrases
    part_nouns: Words
    ordinal_links: Phrases
    points_verbs: Phrases
    listing_verbs: Words
    topic_verbs: Phrases
    modifier_endings: Phrases
    list_links: Phrases
    list_tails: Phrases
    list_plan_owners: Words
    list_headings: Phrases
    not_introducing: Words


class Forms(Pack):
    """plan.toml [forms] (point_forms.py, point_asks.py)."""

    heads: Phrases
    centrals: Phrases
    requests: Phrases
    requests_to: Phrases
    asking: Phrases
    requiring: Phrases
    addressees: Phrases
    pleading: Phrases
    relative_verbs: Phrases
    vague_heads: Phrases
    vague_asks: Phrases
    parts: Phrases
    part_adjectives: Phrases
    vague_plurals: Phrases
    placing: Phrases
    first_places: Phrases
    among: Phrases
    askers: Phrases
    wanting: Phrases
    wanting_told: Phrases
    other_times: Phrases
    synonyms: Phrases
    documents: Phrases
    labels: Phrases
    petitioning: Phrases
    further: Phrases
    further_nouns: Phrases
    content_stops: Phrases

    @cached_property
    def by_name(self) -> dict[str, Phrases]:
        return {name: getattr(self, name) for name in type(self).model_fields}


class Aims(Pack):
    verbs: Phrases
    gerunds: Phrases
    links: Phrases


class PlanPack(Pack):
    names: PlanNames
    presenting: Presenting
    annexes: Annexes
    numbers: dict[str, int]  # cardinal words
    ordinals: dict[str, int]
    parliaments: dict[str, str]
    points: Points
    forms: Forms
    aims: Aims
    proposals: ProposalWords
    plan_words: PlanWords


# ---- text.toml, topics.toml ----

class Bullets(Pack):
    marks: Phrases


class TextPack(Pack):
    abbreviations: WordList
    bullets: Bullets


class TopicEntry(Pack):
    label: str
    phrases: Phrases


class TopicsPack(Pack):
    """Statement topics in priority order."""

    topic: tuple[TopicEntry, ...]

    @cached_property
    def pairs(self) -> tuple[tuple[str, Phrases], ...]:
        return tuple((t.label, t.phrases) for t in self.topic)


# ---- boilerplate.toml ----

@dataclass(frozen=True)
class LinePatterns:
    """Line patterns compiled for speed: those anchored at the start as one alternation tried
    only there (`match`), the others as one case-folded alternation searched in the
    lower-cased line, and only when the line holds what that alternation requires (`hints`,
    see prefilter.py).

    An anchored pattern that opens with a repetition that may be empty
    (`^[\\w\\s.,'-]{0,60}\\blatest:`) costs the most: at every line re reads the whole
    repetition and gives it back a character at a time, trying the rest at each. It is
    `guarded` instead when what it requires holds characters that have no other case (`:`):
    tried alone, and only on a line that holds them all (a substring test, no lower-casing)."""

    anchored: re.Pattern[str] | None
    floating: re.Pattern[str] | None
    hints: Prefilter | None = None
    guarded: tuple[tuple[str, re.Pattern[str]], ...] = ()
    # Every string the hints look for is ASCII (see `hinted`).
    ascii_hints: bool = False

    def matches(self, line: str, hinted: bool | None = None) -> bool:
        """Does a pattern match the line? hinted: what `hinted` said of a text's line that
        holds this one (False: no floating pattern can match; None: not asked)."""
        if self.anchored is not None and self.anchored.match(line):
            return True
        for marks, pattern in self.guarded:
            if all(map(line.__contains__, marks)) and pattern.match(line):
                return True
        if self.floating is None or hinted is False:
            return False
        lowered = line.lower()
        if hinted is None and self.hints is not None and not self.hints.may_match(lowered):
            return False
        return self.floating.search(lowered) is not None

    def hinted(self, text: str, lines: list[tuple[int, int]],
               folded: str | None = None) -> list[bool] | None:
        """For each line (start, end) of text: may a floating pattern match it, or a part of
        it (False: none can)? The hints are looked for once in the whole text lowered, not in
        each line (one scan per string instead of one per string and line). None when that
        cannot be told at once: the text lowered is not the lines lowered side by side.
        folded: prefilter.ascii_lowered(text), when the caller has it."""
        if self.floating is None or self.hints is None:
            return None
        # When what the hints look for is ASCII, prefilter.ascii_lowered finds it where the
        # text lowered would, at a fraction of the cost (a `?` in it matches more, never less).
        lowered = (folded or ascii_lowered(text)) if self.ascii_hints else None
        if lowered is None:
            lowered = lowered_alike(text)
            if lowered is None:
                return None
        return self.hints.may_match_each(lowered, lines)

    @classmethod
    def compile(cls, patterns: Phrases) -> LinePatterns:
        anchored = [p[1:] for p in patterns if p.startswith("^")]
        floating = [p.lower() for p in patterns if not p.startswith("^")]

        def join(items: list[str], flags: int) -> re.Pattern[str] | None:
            return re.compile("|".join(f"(?:{p})" for p in items), flags) if items else None

        guarded: list[tuple[str, re.Pattern[str]]] = []
        for pattern in [p for p in anchored if _OPENS_WITH_OPTIONAL_REPEAT.match(p)]:
            compiled = re.compile(pattern, re.IGNORECASE)
            marks = caseless_marks(prefilter(compiled))
            if marks:  # (else it stays in the alternation: nothing cheap to test first)
                guarded.append((marks, compiled))
                anchored.remove(pattern)
        searched = join(floating, 0)
        hints = prefilter(searched) if searched is not None else None
        ascii_hints = hints is not None and all(
            needle.isascii() for group in hints.needs for needle in group)
        return cls(join(anchored, re.IGNORECASE), searched, hints, tuple(guarded), ascii_hints)


# A pattern that opens with a class or wildcard repeated maybe no times (`[...]{0,60}`, `.*`).
_OPENS_WITH_OPTIONAL_REPEAT = re.compile(
    r"(?:\[(?:\\.|[^\]\\])+\]|\\[wWsSdD]|\.)(?:\*|\{0?,)")


def caseless_marks(hint: Prefilter | None) -> str:
    """Characters every match of the prefilter's pattern holds as they are, whatever its
    flags: the ASCII characters but letters and spaces of the strings it requires alone
    (not one of several). Under re.IGNORECASE only letters match other characters (ASCII or
    not: prefilter._FOLDS_TO_ASCII), so a line without one of these cannot match."""
    if hint is None:
        return ""
    required = "".join(group[0] for group in hint.needs if len(group) == 1)
    return "".join(sorted({c for c in required
                           if c.isascii() and not c.isalpha() and not c.isspace()}))


class BoilerplatePatterns(Pack):
    line: Phrases
    box: Phrases
    tail: Phrases

    @field_validator("line", "box", "tail")
    @classmethod
    def _compiles(cls, patterns: Phrases) -> Phrases:
        for pattern in patterns:
            try:
                re.compile(pattern)
            except re.error as error:
                raise ValueError(f"{pattern!r} is not a regular expression: {error}") from error
        return patterns


class BoilerplateLayout(Pack):
    """boilerplate.toml [layout]: words a heading never ends on."""

    cut_ends: Words


class BoilerplatePack(Pack):
    patterns: BoilerplatePatterns
    layout: BoilerplateLayout

    @cached_property
    def line(self) -> LinePatterns:
        return LinePatterns.compile(self.patterns.line)

    @cached_property
    def tail(self) -> LinePatterns:
        return LinePatterns.compile(self.patterns.tail)

    @cached_property
    def box(self) -> LinePatterns:
        return LinePatterns.compile(self.patterns.box)


# ---- grammar.toml ----

class AttributionWords(Pack):
    clause_breaks: Words
    indefinite: Words


class ColonWords(Pack):
    listeners: Words
    clause_words: Words
    subordinators: Words
    telling: Words
    hearing: Words
    party_letters: Words


class ParaphraseWords(Pack):
    say: Words
    finite: Words
    reported_as: Words
    back_references: Words
    after_back: Words


class TagWords(Pack):
    auxiliaries: Words
    not_subject: Words


Listed = Annotated[frozenset[str], Field(min_length=1)]  # a closed class: never empty


class ClauseWords(Pack):
    coordinators: Listed
    noun_markers: Listed
    prepositions: Listed
    pp_heads: Listed
    raising: Listed
    going_on: Listed
    reporting: Listed
    clause_opening: Listed
    not_in_titles: Listed
    relatives: Listed
    articles: Listed
    locating: Listed
    noun_too: Listed
    call_for: Listed
    noun_sources: Listed
    after_inverted: Listed
    irregular_past: Listed


class NounPhraseWords(Pack):
    pronouns: Annotated[dict[str, Literal["m", "f", "n", "p", "we", "i"]], Field(min_length=1)]
    possessives: Annotated[dict[str, str], Field(min_length=1)]
    object_pronouns: Annotated[dict[str, Literal["m", "f", "p"]], Field(min_length=1)]
    determiners: Listed
    indefinite: Listed
    time_words: Words
    joiners: Listed
    not_joining: Listed
    ordinals: Listed
    body_heads: Listed
    source_nouns: Listed
    adverb_endings: Phrases = ()


class SourceWords(Pack):
    clause_starts: Listed


class SpeakerWords(Pack):
    subject_before: Listed
    document_determiners: Listed


class AimWords(Pack):
    clause_ends: Listed
    time_links: Listed
    time_counts: Listed
    time_measures: Listed
    coordinators: Listed
    clause_openers: Listed
    addressees: Listed
    dangling: Listed
    relatives: Listed


class GrammarPack(Pack):
    """Closed word classes of the attribution, holder and aim rules, by the module that reads
    them."""

    attribution: AttributionWords
    colon: ColonWords
    paraphrase: ParaphraseWords
    tags: TagWords
    clauses: ClauseWords
    noun_phrases: NounPhraseWords
    sources: SourceWords
    speakers: SpeakerWords
    aims: AimWords


# ---- dates.toml ----

class Days(Pack):
    weekdays: Annotated[tuple[str, ...], Field(min_length=7, max_length=7)]  # Monday first
    relative: dict[str, int]


class DatesPack(Pack):
    months: Annotated[dict[str, Annotated[int, Field(ge=1, le=12)]], Field(min_length=12)]
    days: Days

    @cached_property
    def names(self) -> Words:
        """Month and day names, capitalised (`May`, `Sept`, `Monday`): no person's names."""
        return frozenset(w.capitalize() for w in (*self.months, *self.days.weekdays))
