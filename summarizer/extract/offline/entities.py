"""The people an article mentions, with one canonical name each, and coreference to them.

Two steps. The candidate mentions of each sentence (`SentenceMentions`: runs of capitalised
name-like words outside any place or body name, he/she, and the gazetteer's places and bodies),
each a typed span with what the sentence says of it (subject position, speaker, subordinate,
affiliation), are found once per article and kept on the Doc (`candidate_mentions`). The
Registry then reads them in text order and decides whom each stands for. Quotations are
excluded: a name inside someone's quote is not a mention the narrator makes.

A surname refers to the full name it ends; a pronoun refers to the most salient person of a
compatible gender in the nearest sentence naming one (its speaker, else its subject, else its
latest person; a possessor is no subject, and a he/she already resolved is a mention of its
person); a definite description ("the Ukrainian leader") refers
to the most recent person of that country or title, else to the most salient person nearby.
Spelling variants are unified through people.toml (Zelensky / Zelenskyy / Zelenskiy).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from itertools import compress
from operator import and_, itemgetter, or_
from typing import NamedTuple, cast

from summarizer.extract.offline import descriptions, np, sources
from summarizer.extract.offline.attribution_pack import attribution_pack
from summarizer.extract.offline.document import Doc, Token
from summarizer.extract.offline.language import grammar, language, per_language
from summarizer.extract.offline.lexicon import gazetteer
from summarizer.extract.offline.packs import Person
from summarizer.extract.offline.salience_pack import salience
from summarizer.extract.offline.source_pack import noun_gender, pack, title_gender

# A pronoun looks this many paragraphs back for the person it stands for.
PRONOUN_PARAGRAPHS = 3
# A bare title ("the minister said") with no one of that title named looks this many paragraphs
# back for a person whose title the article has not given.
DESCRIPTOR_PARAGRAPHS = 1
# Nor further back than this many sentences, even inside one long paragraph, so that the walk
# back stays bounded and time linear in the article (on the fixtures and the PolNeAR train
# articles the person found is at most 9 sentences back).
SALIENCE_SENTENCES = 20
# A source noun stands for a person whose title only fits it (`the diplomat` for a foreign
# minister) at most this many sentences after that person's last mention.
ROLE_FIT_SENTENCES = 3


# Entities by country and by word of their title, and each entity's place in the registry.
_DescriptorIndex = tuple[dict[str, list["Entity"]], dict[str, list["Entity"]], dict[str, int]]


# (named tuples, like the spans below: built by the dozen per article, faster than frozen
# dataclasses; never changed once made)
class Mention(NamedTuple):
    offset: int
    para: int
    sentence: int
    subject: bool  # first person named in its sentence and not after a preposition
    # How strongly a pronoun after it looks back to it: SPEAKER (the subject of a speech verb,
    # `Roe said`, `said Roe`) above SUBJECT above CLAUSE (the subject of a subordinate clause,
    # `while Roe agreed`) above any other mention (an object, a possessor).
    rank: int = 0


# Mention ranks (Mention.rank).
OTHER, CLAUSE, SUBJECT, SPEAKER = 0, 1, 2, 3


@dataclass
class Entity:
    name: str  # canonical
    role: str | None = None
    affiliation: str | None = None
    country: str | None = None
    gender: str | None = None
    speaks_for: str | None = None
    mentions: list[Mention] = field(default_factory=list)

    @property
    def surname(self) -> str:
        return self.name.split()[-1]


# (named tuples: an article has hundreds of these, and they are built faster than dataclasses)
class NameSpan(NamedTuple):
    """A run of name-like capitalised words, tokens[i:j] of its sentence."""

    i: int
    j: int
    # A name before a title and another name (`Cruz spokesman Rick Tyler`): an affiliation.
    affiliation: bool
    possessive: bool  # `Roe's campaign`: a possessor, not the clause's subject
    subordinate: bool  # in a subordinate clause (`when Lee asked`, a fronted `While …,`)
    after_preposition: bool
    speaks: bool  # the subject of a speech verb (`Roe said`, `“…,” said Roe`)
    clause: bool  # the subject of a subordinate clause (`while Roe agreed`, `said Roe told`)


class PronounSpan(NamedTuple):
    """A he/she at tokens[i] of its sentence."""

    i: int
    gender: str
    subordinate: bool
    speaks: bool
    clause: bool
    after_participle: bool  # a participle phrase opens the sentence before it


def _named_in_clause(tokens: list[Token], span: PronounSpan,
                     after: Sequence[NameSpan | PronounSpan]) -> frozenset[str]:
    """The surnames a he/she opening its sentence names later in its own clause: a subject
    pronoun is never one of them (`According to Roe, Lind is aware of it. He called Lind's
    plan unrealistic.`: he is Roe). Only up to the first comma, dash or conjunction: a
    pronoun in a phrase before the subject (`When asked how she …, Lee said`) or a clause
    joined on (`He admits it, but Lee thinks …`) may well be the person named."""
    if span.i > 1 or (span.i == 1 and tokens[0].lower not in attribution_pack().set_off.openers):
        return frozenset()
    stops = grammar().sources.clause_starts
    end = next((k for k in range(span.i + 1, len(tokens)) if tokens[k].lower in stops),
               len(tokens))
    return frozenset(np.strip_possessive(tokens[s.j - 1].text) for s in after
                     if isinstance(s, NameSpan) and s.j <= end)


class SentenceMentions(NamedTuple):
    """The candidate mentions of one sentence, in text order, with the sentence's tokens
    (quoted words left out)."""

    sentence: int
    para: int
    tokens: list[Token]
    places: list[tuple[int, int, str]]  # the gazetteer's places and bodies: start, end, key
    spans: list[NameSpan | PronounSpan]
    # The sentence's subject is a description of a person (`The radio host has …`): the people
    # it names besides are no antecedent of a pronoun after it.
    described_subject: bool = False


# The spans made without the generated __new__'s Python frame (as document.py makes its tokens):
# a few dozen per article, each otherwise a Python call through the type.
_new_name_span = cast(Callable[[tuple[int, int, bool, bool, bool, bool, bool, bool]], NameSpan],
                      partial(tuple.__new__, NameSpan))
_new_pronoun_span = cast(Callable[[tuple[int, str, bool, bool, bool, bool]], PronounSpan],
                         partial(tuple.__new__, PronounSpan))
_new_sentence_mentions = cast(
    Callable[[tuple[int, int, list[Token], list[tuple[int, int, str]],
                    list[NameSpan | PronounSpan], bool]], SentenceMentions],
    partial(tuple.__new__, SentenceMentions))


class _Words(NamedTuple):
    """The word classes candidate mentions are read with, taken from the packs once per
    language: a walk through the packs' models per sentence and per name (each step through
    their attribute hook) cost more than most of the tests made with them."""

    particles: frozenset[str]  # titles.toml particles (`von`, `der`)
    personal: frozenset[str]  # he, she (np.personal_pronouns)
    pronouns: Mapping[str, str]  # grammar.toml [noun_phrases] pronouns: their genders
    prepositions: frozenset[str]
    irregular_past: frozenset[str]
    subordinators: frozenset[str]  # salience.toml
    topic_openers: frozenset[str]
    description_openers: frozenset[str]
    participle_followers: frozenset[str]
    participle_min_letters: int
    speech_verbs: frozenset[str]  # every form of every speech verb
    adverbs: frozenset[str]  # speech adverbs (`also`)
    inverted: frozenset[str]  # speech verbs before their subject (`said Roe`)
    role_tokens: frozenset[str]
    stop_words: frozenset[str]  # sources.toml [description]
    connectives: frozenset[str]  # attribution.toml [set_off]


@per_language
def _words() -> _Words:
    lang, rules = language(), salience()
    return _Words(
        lang.titles.particles.words, np.personal_pronouns(), lang.grammar.noun_phrases.pronouns,
        lang.grammar.clauses.prepositions, lang.grammar.clauses.irregular_past,
        rules.subordinators, rules.topic_openers, rules.description_openers,
        rules.participle_followers, rules.participle_min_letters, lang.speech.all_verbs,
        lang.speech.adverbs.words, lang.speech.inverted.verbs, lang.titles.role_tokens,
        pack().description.stop_words, attribution_pack().set_off.connectives)


def candidate_mentions(doc: Doc) -> list[SentenceMentions]:
    """Every sentence's candidate mentions, found once per article (kept on the Doc)."""
    return doc.once("candidate_mentions", lambda: [
        _sentence_mentions(doc, index, _words()) for index in range(len(doc.sentences))])


def _sentence_mentions(doc: Doc, index: int, words: _Words) -> SentenceMentions:
    sentence = doc.sentences[index]
    tokens = doc.tokens(sentence.start, sentence.end)
    if not tokens:
        return SentenceMentions(index, sentence.para, tokens, [], [])
    gazetteer_index, _ = gazetteer()
    places = gazetteer_index.find(doc.text, tokens[0].start, tokens[-1].end)
    if places:
        places = [p for p in places if not _surname_like_place(doc.text, p)]
    particles = words.particles
    # A name is a run of name-like capitalised words (particles inside: "von der"),
    # none of them part of a place or body name. The per-token tests run in C (a token's
    # fields transposed in one go, membership tests as maps; a token's text is never empty);
    # only the free capitalised tokens are asked about in Python.
    texts: tuple[str, ...]
    starts: tuple[int, ...]
    lowers: tuple[str, ...]
    texts, starts, _, lowers = zip(*tokens, strict=True)
    n = len(tokens)
    # The tokens outside every place: those of a place are the ones whose starts fall in its
    # span (tokens and places both in text order), found by bisection.
    free = [True] * n
    for a, b, _ in places:
        lo, hi = bisect.bisect_left(starts, a), bisect.bisect_left(starts, b)
        free[lo:hi] = [False] * (hi - lo)
        if 0 < lo < hi - 1 and np.is_possessive(texts[lo]) and free[lo - 1] and (
                texts[lo - 1][:1].isupper()):
            # (`President Ann Roe's administration`: the body's possessor ends the name before
            # it, which is never the given name alone)
            free[lo] = True
    named = [False] * n
    name_word = np.name_word
    for k in compress(range(n), map(str.isupper, map(_FIRST, texts))):
        if free[k]:
            # (the word alone settles most tokens; only a few have their neighbours read, and
            # a sentence's first word, most often `The`, has no given name before it)
            kind = name_word(texts[k])
            named[k] = kind == np.NAME or (
                (kind & np.SURNAME_IF_GIVEN_BEFORE != 0 and k > 0
                 and np.surname_after_given(tokens, k))
                or (kind & np.GIVEN_IF_SURNAME_AFTER != 0 and np.given_before_surname(tokens, k)))
    # A sentence without a particle word (most) has no surname opened by one, and its inner
    # name words are its name words: asked once.
    particled = not particles.isdisjoint(texts)
    inner = (list(map(or_, named, map(and_, free, map(particles.__contains__, texts))))
             if particled else named)
    # (each reading below starts from the first word, which most sentences fail at once: the
    # call is made only for those whose first word allows it)
    first = lowers[0]
    fronted = (_fronted_clause_end(tokens, words) if first in words.subordinators
               else _fronted_phrase_end(tokens, words) if first in words.prepositions else 0)
    participle = (_fronted_participle_end(tokens, words) if first.endswith(_PARTICIPLE_ENDINGS)
                  else 0)
    personal = words.personal
    spans: list[NameSpan | PronounSpan] = []
    # Only a name word, a he/she or (in a sentence with a particle) a particle has anything to
    # be done at: the other tokens are passed over in C (most sentences have no he/she).
    wanted = list(compress(range(n), inner if personal.isdisjoint(lowers) else map(
        or_, inner, map(personal.__contains__, lowers))))
    end = 0  # where the last name read ends: the tokens before it are taken
    for i in wanted:
        if i < end:
            continue
        if particled and not named[i] and inner[i] and (
                _particle_surname_at(texts, named, particles, i)):
            named[i] = True  # `von der Leyen said`: the particles open the surname used alone
        if not named[i]:
            if lowers[i] in personal:
                subordinate = (i < max(fronted, participle) or _subordinate(tokens, i, words)
                               or _reported(tokens, i, i + 1, words))
                speaks = not subordinate and _speaks(tokens, i, i + 1, doc.text, words)
                clause = subordinate and _clause_subject(tokens, i, fronted, words)
                spans.append(_new_pronoun_span((i, words.pronouns[lowers[i]], subordinate,
                                                speaks, clause, 0 < participle <= i)))
            continue
        j = i + 1
        while j < n and inner[j]:
            j += 1
        # `Cruz spokesman Rick Toller`, `San Diego chapter president Luis Osorio`: a name
        # before a title and another name is whom the person works for (or where), never
        # the subject, and no person the article introduces.
        affiliation = _title_and_name_after(tokens, named, j, words)
        subordinate = (i < max(fronted, participle) or _subordinate(tokens, i, words)
                       or _reported(tokens, i, j, words))
        speaks = not (subordinate or affiliation) and _speaks(tokens, i, j, doc.text, words)
        possessive = np.is_possessive(texts[j - 1])
        clause = (not possessive and not affiliation and i >= participle
                  and _clause_subject(tokens, i, fronted, words))
        spans.append(_new_name_span((
            i, j, affiliation, possessive, subordinate,
            i > 0 and _after_preposition(tokens, lowers, i, words), speaks, clause)))
        end = j
    described = (first == "the" or first in words.description_openers
                 or first in words.prepositions) and _description_subject(tokens, words)
    return _new_sentence_mentions((index, sentence.para, tokens, places, spans, described))


_FIRST = itemgetter(0)  # a text's first character


def _after_preposition(tokens: list[Token], lowers: Sequence[str], i: int, words: _Words) -> bool:
    """Whether the name at tokens[i] is a preposition's object, past the capitalised title
    words before it (`as outlined by Ukrainian President Ann Roe`, `a call with Senator Roe`):
    no subject of its sentence. A preposition inside the title (`Secretary of State Roe`) is
    none."""
    prepositions = words.prepositions
    k = i - 1
    while k > 0 and i - k <= PREPOSED_TITLE_WORDS and lowers[k] not in prepositions and (
            tokens[k].text[:1].isupper()):
        k -= 1
    return lowers[k] in prepositions and (
        k == i - 1 or k == 0 or not tokens[k - 1].text[:1].isupper())


# Capitalised words (a title, a nationality) a preposition may have before its object's name.
PREPOSED_TITLE_WORDS = 4


def _particle_surname_at(texts: tuple[str, ...], named: list[bool], particles: frozenset[str],
                         i: int) -> bool:
    """Do lower-case particles open at i a surname used alone (`… , von der Leyen said`):
    particles, then one name word and no other after it, and no name word before them (the
    particles of `Ursula von der Leyen` join her given name already)?"""
    if i > 0 and named[i - 1]:
        return False
    k = i
    while k < len(texts) and texts[k] in particles:
        k += 1
    return (k > i and k < len(texts) and named[k]
            and (k + 1 == len(texts) or not named[k + 1]))


def _surname_like_place(text: str, place: tuple[int, int, str]) -> bool:
    """`Michael Bloomberg`, `Rep. Steve Israel`, `Kerry Washington`: a one-word name of an
    outlet, a country or a city right after a listed given name is a person's surname
    (np._given_before_outlet reads descriptions the same way); not after a given name that is
    also a finite verb opening a question (`Will Ukraine join?`). Read on the text around the
    place, not its tokens: every place of every sentence is asked."""
    a, b, _ = place
    if not text[a:b].isalpha() or text[a - 1 : a] != " ":
        return False
    words = text[max(a - GIVEN_NAME_CHARS, 0) : a - 1].rsplit(None, 1)
    if not words:
        return False
    given = words[-1]
    first_names = language().people.first_names
    return given in first_names.all and (
        given.lower() not in grammar().paraphrase.finite)


# A listed given name has at most this many characters.
GIVEN_NAME_CHARS = 24


class Registry:
    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.entities: dict[str, Entity] = {}
        # Entities by surname, and every mention in text order with its entity (with their
        # offsets for bisecting): lookups read only the stretch they need, not the article.
        self._by_last: dict[str, list[Entity]] = {}
        self._by_first: dict[str, list[Entity]] = {}
        self._mentions: list[tuple[Mention, Entity]] = []
        self._mention_offsets: list[int] = []
        self._entity_offsets: dict[str, list[int]] = {}
        self._descriptors: tuple[tuple[int, int], _DescriptorIndex] | None = None
        self._named = 0  # mentions by name (the pronouns and descriptions are the rest)
        # Sentences whose subject is a description of a person (SentenceMentions).
        self._described_subject: set[int] = set()
        for found in candidate_mentions(doc):
            self._scan(found)

    # --- building ---------------------------------------------------------------------------

    def _scan(self, found: SentenceMentions) -> None:
        """Register a sentence's candidate mentions in text order; the first person registered
        as a subject (by name, or a he/she standing for someone) is the sentence's subject."""
        tokens, para, sentence = found.tokens, found.para, found.sentence
        if found.described_subject:
            self._described_subject.add(sentence)
        has_subject = False
        for k, span in enumerate(found.spans):
            if isinstance(span, PronounSpan):
                if self._pronoun_mention(tokens, span, para, sentence, not has_subject,
                                         found.spans[k + 1:]):
                    has_subject = True
                continue
            i, j = span.i, span.j
            subject = (not has_subject and not span.possessive and not span.subordinate
                       and not span.affiliation and not span.after_preposition)
            cited = not span.speaks and not span.affiliation and self._cited(tokens, i, j)
            rank = (SPEAKER if span.speaks or cited else SUBJECT if subject
                    else CLAUSE if span.clause else OTHER)
            mention = Mention(tokens[i].start, para, sentence, subject or rank == SPEAKER, rank)
            if self._register(tokens, i, j, mention, new=not span.affiliation) and subject:
                has_subject = True

    def _cited(self, tokens: list[Token], i: int, j: int) -> bool:
        """`According to Ann Roe, …`: a person's name is the sentence's source, as a speech
        verb's subject is (a `she said` after it goes back to Roe, not to a person the report
        names). Only a person's full name, or the surname of one named before: `According to
        ProPublica,` names an outlet, no one a pronoun takes up."""
        if i < 2 or tokens[i - 1].lower != "to" or tokens[i - 2].lower != "according":
            return False
        if j - i >= 2:
            return True
        named = self._by_surname(np.strip_possessive(tokens[i].text))
        return named is not None and " " in named.name

    def _pronoun_mention(self, tokens: list[Token], span: PronounSpan, para: int, sentence: int,
                         first: bool, after: Sequence[NameSpan | PronounSpan] = ()) -> bool:
        """`He` / `she` as a mention of the person it stands for, so that the next pronoun
        finds them through it (`Roe arrived. She said … . “…,” she added.`). Returns whether
        it is the sentence's subject (first is whether no subject came before). after: the
        sentence's spans after it."""
        start = tokens[span.i].start
        first = first and not span.subordinate
        entity = self.pronoun(span.gender, start, main=first and span.after_participle,
                              others=_named_in_clause(tokens, span, after) if first else
                              frozenset())
        if entity is None:
            return False
        rank = (SPEAKER if span.speaks else SUBJECT if first
                else CLAUSE if span.clause else OTHER)
        mention = Mention(start, para, sentence, first or span.speaks, rank)
        self._mentions.append((mention, entity))
        self._mention_offsets.append(mention.offset)
        return first

    def _register(self, tokens: list[Token], i: int, j: int, mention: Mention,
                  new: bool = True) -> bool:
        """Record a name's mention; new: a name not seen before may be a new person."""
        run = np.name_words([np.strip_possessive(t.text) for t in tokens[i:j]])
        names = pack().names
        # `Nashua Community College`: an organisation's name, not a person's
        if run[-1] in names.org_heads or (j < len(tokens) and tokens[j].text in names.org_heads):
            return False
        if (i > 0 and tokens[i - 1].lower in names.place_prepositions
                and not np.is_possessive(tokens[j - 1].text)
                and " ".join(run) not in language().people.by_spelling
                and not _given_and_surname(run)):
            return False  # `in Des Moines`, `at Sandy Hook`: a place, not a person
        entity = self._entity_for(run, sentence_start=(i == 0), new=new)
        if entity is None and new and len(run) == 1 and (
                mention.rank == SPEAKER or (i > 0 and _title(tokens[i - 1].text))
                or (_gender(run[0]) is not None and i > 0)
                or (i > 0 and tokens[i - 1].lower in salience().offices)
                or _relative_who(tokens, i, j)):
            # `Mr. Lind`, `Sen. Roe`, `President Roe`, `governor Roe`, `Rihanna, who …`, or
            # `Bob said` in an article that never gives the full name: a person all the same
            entity = self._add(Entity(run[0], gender=_gender(run[0])))
        if entity is None:
            return False
        if entity.gender is None and i > 0:
            entity.gender = title_gender(tokens[i - 1].text)  # `Mr. Lind`, `Ms. Berg`
        entity.mentions.append(mention)
        self._named += 1
        self._mentions.append((mention, entity))
        self._mention_offsets.append(mention.offset)
        self._entity_offsets.setdefault(entity.name, []).append(mention.offset)
        if entity.role is None:
            ref = np.parse(np.np_left(tokens, j), self.doc.text)
            ref = self._with_apposition(tokens, j, ref)
            ref = self._with_title_before(tokens, i, j, ref)
            if ref is not None and ref.kind == "person" and not (
                    ref.role and np.is_possessive(tokens[j - 1].text)
                    and self._body_at(tokens, j) and _held_by_another(ref.role)):
                # (not the possessor of a body: `an aide of President Ann Roe's
                # administration` gives Roe no title `aide of President`; `House Speaker Ann
                # Roe's office` keeps `Speaker`)
                entity.role = ref.role
                entity.affiliation = entity.affiliation or ref.affiliation
                entity.country = ref.country or entity.country
        return True

    def _body_at(self, tokens: list[Token], j: int) -> bool:
        """Is tokens[j] a body's head (`administration`, `government` after `Roe's`), or in a
        body's name of the gazetteer?"""
        if j >= len(tokens):
            return False
        if tokens[j].lower in grammar().noun_phrases.body_heads:
            return True
        index, kinds = gazetteer()
        at = tokens[j].start
        return any(a < at < b and kinds[key].kind == "body"
                   for a, b, key in index.find(self.doc.text, tokens[j - 1].start, tokens[j].end))

    def _with_apposition(self, tokens: list[Token], j: int, ref: np.Ref | None) -> np.Ref | None:
        """'Robert Fico, the prime minister of Slovakia,' — a role after the name."""
        if ref is None or ref.role or j >= len(tokens) or tokens[j].text != ",":
            return ref
        after = np.parse(_apposition(tokens, j + 1), self.doc.text)
        if after is None or after.kind not in ("descriptor", "unnamed") or not after.role:
            return ref
        return np.Ref("person", ref.text, ref.start, ref.end, ref.name, after.role,
                      ref.affiliation or after.affiliation, ref.country or after.country)

    def _with_title_before(self, tokens: list[Token], i: int, j: int,
                           ref: np.Ref | None) -> np.Ref | None:
        """'The Minister for Foreign Affairs of France, Ann Roe, will …': a title opening the
        sentence, set off by commas around the name, is the name's role."""
        if (ref is not None and ref.kind == "person" and ref.role) or i < 2 or (
                tokens[i - 1].text != "," or j >= len(tokens) or tokens[j].text != ","):
            return ref
        phrase = np.np_left(tokens, i - 1)
        if not phrase or phrase[0] is not tokens[0]:
            return ref
        title = np.parse(phrase, self.doc.text)
        if title is None or title.kind != "descriptor" or not title.role:
            return ref
        name = tokens[i:j]
        words = " ".join(np.strip_possessive(t.text) for t in name)
        return np.Ref("person", self.doc.text[name[0].start : name[-1].end], name[0].start,
                      name[-1].end, words, title.role, title.affiliation, title.country)

    def _entity_for(self, run: list[str], sentence_start: bool,
                    new: bool = True) -> Entity | None:
        people = language().people
        run = _name_part(run)
        full = " ".join(run)
        person = people.by_spelling.get(full)
        # A capitalised particle opening the run (`Von der Leyen`, `De Blasio` opening a sentence).
        particled = len(run) > 1 and run[0].lower() in language().titles.particles.words
        if person is None and particled:
            # (`Von der Leyen said` opening a sentence: the listed `von der Leyen`)
            person = people.by_spelling.get(" ".join([run[0].lower(), *run[1:]]))
        if person is None and sentence_start and len(run) > 1:
            # A capitalised sentence opener glued to a name: "Is Zelenskyy's plan…".
            tail = " ".join(run[1:])
            person = people.by_spelling.get(tail)
            full = tail if person else full
        if person is not None:
            return self._known(person)
        if particled:
            # (`De Blasio said` opening a sentence is `Bill de Blasio`, the particle capitalised)
            entity = self._by_particle_surname(run)
            if entity is not None:
                return entity
        if len(run) == 1:
            return self._by_surname(full) or self._by_first_name(full)
        entity = self.entities.get(full)
        if entity is not None or not new:
            return entity
        return self._add(Entity(full, gender=_gender(run[0])))

    def _add(self, entity: Entity) -> Entity:
        self.entities[entity.name] = entity
        self._by_last.setdefault(entity.surname, []).append(entity)
        if " " in entity.name:
            self._by_first.setdefault(entity.name.split()[0], []).append(entity)
        return entity

    def _known(self, person: Person) -> Entity:
        entity = self.entities.get(person.name)
        if entity is None:
            entity = self._add(Entity(person.name, None, person.speaks_for, person.country,
                                      person.gender, person.speaks_for))
        return entity

    def _by_particle_surname(self, run: list[str]) -> Entity | None:
        """The latest person named in full whose name ends with these words, whatever the
        case of their particle (`De Blasio` / `Bill de Blasio`, `Von der Leyen`)."""
        tail = [word.lower() for word in run]
        matches = [e for e in self._by_last.get(run[-1], [])
                   if [w.lower() for w in e.name.split()[-len(tail):]] == tail
                   and len(e.name.split()) > len(tail)]
        return max(matches, key=lambda e: e.mentions[-1].offset if e.mentions else -1,
                   default=None)

    def _by_first_name(self, word: str) -> Entity | None:
        """`Bernie` after `Bernie Sanders`: a known first name alone is the latest person
        named in full with it."""
        if _gender(word) is None:
            return None
        matches = self._by_first.get(word, [])
        if not matches:
            return None
        return max(matches, key=lambda e: e.mentions[-1].offset if e.mentions else -1)

    def _by_surname(self, surname: str) -> Entity | None:
        matches = self._by_last.get(surname, [])
        if not matches:
            return None
        if len(matches) == 1:
            return matches[0]
        # Two people of one surname (`Ann Woods, whose husband, Ty Woods, …`): a bare `Woods`
        # is the one the article has had speak or act as a subject, not one it only mentioned
        # beside them; between equals (and for a surname-only entity), the latest named.
        return max(matches, key=lambda e: (" " in e.name and any(m.rank >= SUBJECT
                                                                 for m in e.mentions),
                                           e.mentions[-1].offset if e.mentions else -1))

    def named_before(self, surname: str, pos: int) -> Entity | None:
        """The one person the article named in full (first name and surname) before pos whose
        surname is this word, if there is exactly one: `Guardian said` after `Mayor Don
        Guardian` is the mayor, whatever else the word may be (an outlet, a place, a verb)."""
        found = [e for e in self._by_last.get(surname, ())
                 if " " in e.name and e.mentions and e.mentions[0].offset < pos]
        return found[0] if len(found) == 1 else None

    # --- resolving --------------------------------------------------------------------------

    def person(self, name: str, pos: int) -> Entity:
        """The entity a printed name refers to, creating one for a name not seen before."""
        run = name.split()
        entity = self._entity_for(run, sentence_start=False)
        if entity is None:
            entity = self._add(Entity(name, gender=_gender(run[0]) if len(run) > 1 else None))
        return entity

    def pronoun(self, gender: str, pos: int, main: bool = False,
                others: frozenset[str] = frozenset()) -> Entity | None:
        """The person a he/she refers to: going back sentence by sentence, the speaker of the
        nearest sentence naming a compatible person, else its subject, else its latest such
        person. main: the pronoun is the main subject after a participle phrase (`Asked about
        Roe's plan, she said`), which describes the pronoun's person: the people the phrase
        names (objects, possessors) are others. others: surnames of people it is not."""
        def compatible(entity: Entity) -> bool:
            return (gender not in ("m", "f") or entity.gender in (None, gender)) and (
                not others or entity.surname not in others)
        here = self.doc.sentence_index(pos) if main else -1
        return self._salient(pos, PRONOUN_PARAGRAPHS, compatible, skip_others_in=here)

    def _salient(self, pos: int, paragraphs: int, accept: Callable[[Entity], bool],
                 skip_others_in: int = -1) -> Entity | None:
        """The most salient accepted person of the nearest sentence before pos naming one
        (never further back than `paragraphs` paragraphs): its speaker, else its subject (the
        first), else a subordinate clause's subject, else its latest. skip_others_in: a
        sentence whose mentions count only as subjects or speakers."""
        here = self.doc.sentence_index(pos)
        para = self.doc.sentences[here].para
        found: list[tuple[Mention, Entity]] = []
        k = bisect.bisect_left(self._mention_offsets, pos) - 1
        while k >= 0:
            mention, entity = self._mentions[k]
            if found and mention.sentence != found[0][0].sentence and (
                    found[0][0].sentence in self._described_subject
                    and max(m.rank for m, _ in found) < SUBJECT):
                found = []  # (`The host has praised Lee.`: Lee is not whom `he` stands for)
            if para - mention.para > paragraphs or here - mention.sentence > SALIENCE_SENTENCES or (
                    found and mention.sentence != found[0][0].sentence):
                break
            if accept(entity) and not (
                    mention.sentence == skip_others_in and mention.rank == OTHER):
                found.append((mention, entity))
            k -= 1
        if not found:
            return None
        rank = max(m.rank for m, _ in found)
        best = [pair for pair in found if pair[0].rank == rank]
        pick = max(best, key=lambda p: p[0].offset) if rank == OTHER else min(
            best, key=lambda p: p[0].offset)
        return pick[1]

    def top_rank(self, start: int, end: int) -> int:
        """The highest rank of a person's mention by name in [start, end) (Mention.rank), -1
        if none: a he/she recorded as its person's mention names no one."""
        lo = bisect.bisect_left(self._mention_offsets, start)
        hi = bisect.bisect_left(self._mention_offsets, end)
        personal = np.personal_pronouns()
        text = self.doc.text
        # (mentions are kept in offset order, as _mention_offsets is; a word's end is its
        # first character that is no letter)
        return max((self._mentions[k][0].rank for k in range(lo, hi)
                    if _word_at(text, self._mention_offsets[k]).lower() not in personal),
                   default=-1)

    def described(self, ref: np.Ref, pos: int) -> Entity | None:
        """`the Florida senator said`, `the host said`, when no one the article names holds
        that title: the most salient person nearby whose known title is no other office (a
        description names the person the text is about, not the last one it mentioned; `Sen.
        Roe` may be `the senator`, `Governor Roe` may not)."""
        titles = language().titles
        wanted = {w for w in (ref.role or "").lower().split() if w in titles.role_tokens}
        gender = noun_gender(ref.role)
        same_noun = descriptions.needs_same_noun(ref.role)
        past = _past_title(ref.role)

        def accept(entity: Entity) -> bool:
            if gender and entity.gender and entity.gender != gender:
                return False  # `his wife` is no man named before
            if same_noun:  # `the columnist`: only someone given that title
                return descriptions.holds_noun(self.doc.text, ref.role, entity, pos)
            if descriptions.seated(ref.role, entity.role):
                return True  # (`the deputy` for `a member of the State Duma`)
            have = {w for w in (entity.role or "").lower().split() if w in titles.role_tokens}
            if wanted and have and past != _past_title(entity.role):
                return False  # (`the senator` is not the former senator, nor the reverse)
            return not wanted or not have or bool(wanted & have)
        if self.possessor_inside(ref, pos):
            return None
        return self._salient(pos, DESCRIPTOR_PARAGRAPHS, accept)

    def possessor_inside(self, ref: np.Ref, pos: int) -> bool:
        """Does the description name a person as the possessor of a body (`a representative
        of President Ann Roe's administration`)? It then describes someone else, whom the
        article leaves unnamed."""
        end = min(ref.end, pos)
        k = bisect.bisect_left(self._mention_offsets, ref.start)
        text = self.doc.text
        while k < len(self._mention_offsets) and self._mention_offsets[k] < end:
            # (the person's own name before the mark: not a mention a resolved description
            # left at its start, `Hungary's Prime Minister` taken up as the one named before)
            span = text[self._mention_offsets[k] : end]
            cut = min((span.find(m) for m in _POSSESSIVE_MARKS if m in span), default=-1)
            words = span[:cut].split() if cut > 0 else []
            owned = span[cut + 3 :].split()[:1] if cut > 0 else []
            # (the possessor of a body, `Roe's administration`; `Roe's spokesman` may speak
            # for Roe, as news reports have it)
            if (words and words[-1] in self._mentions[k][1].name.split() and owned
                    and owned[0].lower() in grammar().noun_phrases.body_heads):
                return True
            k += 1
        return False

    def given_noun(self, ref: np.Ref, pos: int) -> Entity | None:
        """`the diplomat said` (a source noun, which alone never stands for a named person):
        the most salient person nearby who was given that very noun (`Jan Novak, a Czech
        diplomat,`, `embassy official Ann Roe`), as `the columnist` is (descriptions.py)."""
        return self._salient(pos, DESCRIPTOR_PARAGRAPHS, lambda entity: descriptions.holds_noun(
            self.doc.text, ref.role, entity, pos))

    def fitting_title(self, ref: np.Ref, pos: int) -> Entity | None:
        """`the diplomat stressed` after `French Foreign Minister Ann Roe`: the most recent
        person, at most ROLE_FIT_SENTENCES back, whose title fits the source noun
        (descriptions.title_fits); none when another person with such a title is named from
        that person's sentence on (which of them is meant is unclear)."""
        def fits(entity: Entity) -> bool:
            return descriptions.title_fits(ref.role, entity.role)
        entity = self._salient(pos, DESCRIPTOR_PARAGRAPHS, fits)
        if entity is None:
            return None
        offsets = self._entity_offsets.get(entity.name, [])
        k = bisect.bisect_left(offsets, pos) - 1
        if k < 0:
            return None
        here = self.doc.sentence_index(pos)
        there = self.doc.sentence_index(offsets[k])
        if here - there > ROLE_FIT_SENTENCES:
            return None
        start = self.doc.sentences[there].start
        # (a rival's one-word title may be printed only before the name: `her counterpart
        # Omar Fadel`)
        nouns = [p for p in pack().description.role_fits.get(
            (ref.role or "").lower().split()[-1], ()) if " " not in p]
        for other in self.entities.values():
            if other is entity or not any(start <= m.offset < pos for m in other.mentions):
                continue
            if fits(other) or any(descriptions.holds_noun(self.doc.text, noun, other, pos)
                                  for noun in nouns):
                return None
        return entity

    def affiliated(self, ref: np.Ref, pos: int) -> Entity | None:
        """`the Russian official said`, `the NATO secretary-general cautioned`: a definite
        description with a country or body of its own stands for the most salient person
        nearby (this or the previous paragraph) of that country or body whose title does not
        contradict it. A generic head (`official`, `chief`) fits any title; `the Russian
        minister` is no spokesman, and a current title no former one."""
        wanted = _specific_title_words(ref.role)
        past = _past_title(ref.role)

        def accept(entity: Entity) -> bool:
            if ref.country:
                if entity.country != ref.country:
                    return False
            elif ref.affiliation not in (entity.affiliation, entity.speaks_for):
                return False
            if past != _past_title(entity.role):
                return False
            have = _specific_title_words(entity.role)
            return not wanted or not have or bool(wanted & have)
        return self._salient(pos, DESCRIPTOR_PARAGRAPHS, accept)

    def add_speaker(self, entity: Entity, pos: int) -> None:
        """Record that a description at pos (`the senator said`) stood for entity as a
        speaker, so that a pronoun after it finds them there (once per offset)."""
        k = bisect.bisect_left(self._mention_offsets, pos)
        if k < len(self._mention_offsets) and self._mention_offsets[k] == pos:
            return
        index = self.doc.sentence_index(pos)
        mention = Mention(pos, self.doc.sentences[index].para, index, True, SPEAKER)
        self._mentions.insert(k, (mention, entity))
        self._mention_offsets.insert(k, pos)

    @property
    def mention_count(self) -> int:
        """Mentions of every entity so far (each is registered once, in text order)."""
        return len(self._mentions)

    def descriptor(self, ref: np.Ref, pos: int, state: bool = False) -> Entity | None:
        """'The Ukrainian leader' → the latest person of that country mentioned before pos;
        'the minister' → the latest person holding that title (none: see `described`).
        state: the description stands for a country's leader (`the head of state`): only a
        person of a country who speaks for no body (no president of a council or parliament)."""
        if self.possessor_inside(ref, pos):
            return None
        by_country, by_role_word, order = self._descriptor_index()
        # Only the entities the title or country can mean are looked at, in registry order
        # (the order breaks ties as a walk over every entity would).
        if ref.country:
            candidates = by_country.get(ref.country, [])
        elif ref.role:
            titles = language().titles
            wanted = {w for w in ref.role.lower().split() if w in titles.role_tokens}
            found = {id(e): e for w in wanted for e in by_role_word.get(w, [])}
            candidates = sorted(found.values(), key=lambda e: order[e.name])
        else:
            return None
        if not _past_title(ref.role):
            # (`the governor` is no one given a former governorship: `Ann Roe, the former
            # governor,` is another person than the one in office the article speaks of)
            candidates = [e for e in candidates if not _past_title(e.role)]
        if state:
            candidates = [e for e in candidates
                          if e.country and not e.affiliation and not e.speaks_for]
        best: tuple[int, Entity] | None = None
        for entity in candidates:
            # (mentions are in text order: the latest one before pos is all that counts)
            k = bisect.bisect_left(self._entity_offsets.get(entity.name, []), pos) - 1
            if k >= 0 and (best is None or entity.mentions[k].offset > best[0]):
                best = (entity.mentions[k].offset, entity)
        return best[1] if best else None

    def _descriptor_index(self) -> _DescriptorIndex:
        """Entities by country and by word of their title. Titles and countries are set only
        when an entity or a named mention is added, so the index is rebuilt only then (a walk
        over every entity per descriptor was quadratic in an article naming many people)."""
        version = (len(self.entities), self._named)
        if self._descriptors is not None and self._descriptors[0] == version:
            return self._descriptors[1]
        by_country: dict[str, list[Entity]] = {}
        by_role_word: dict[str, list[Entity]] = {}
        for entity in self.entities.values():
            if entity.country:
                by_country.setdefault(entity.country, []).append(entity)
            if entity.role is not None:
                for word in set(entity.role.lower().split()):
                    by_role_word.setdefault(word, []).append(entity)
        order = {name: i for i, name in enumerate(self.entities)}
        index = (by_country, by_role_word, order)
        self._descriptors = (version, index)
        return index


def _specific_title_words(role: str | None) -> set[str]:
    """The title words of a role that are not generic (titles.toml [generic]: `official`,
    `chief` fit any office), lower case."""
    titles = language().titles
    return {w for w in (role or "").lower().split()
            if w in titles.role_tokens and w not in titles.generic.words}


def _past_title(role: str | None) -> bool:
    """Is the title a past one (`former senator`, `ex-governor`)?"""
    past = language().titles.modifiers.past
    return any(w in past for w in re.split(r"[\s-]+", (role or "").lower()))


# Lower-case words a title may have between an affiliation's name and a person's.
TITLE_WORDS = 3


def _title_and_name_after(tokens: list[Token], named: list[bool], j: int,
                          words: _Words) -> bool:
    """Do a title of a few lower-case words (its last a person's title: `spokesman`, `chapter
    president`, `senior adviser`) and a name follow the name ending before tokens[j]?"""
    m = j
    while m < len(tokens) and m - j < TITLE_WORDS:
        word = tokens[m].text
        if not (word.replace("-", "").isalpha() and word.islower()):
            break
        if (word in words.stop_words or word in words.speech_verbs
                or word in words.irregular_past or word.endswith("ed")):
            return False
        m += 1
    if m == j or m >= len(tokens) or not named[m]:
        return False
    last = tokens[m - 1].lower
    return last in words.role_tokens or sources.person_noun(last)


def _relative_who(tokens: list[Token], i: int, j: int) -> bool:
    """Does `, who` follow the name tokens[i:j] (a person's relative clause), the name opening
    its clause (`Meanwhile Rihanna, who …`; in `an adviser to both Clintons, who …` the
    relative is the adviser's)?"""
    return (j + 1 < len(tokens) and tokens[j].text == "," and tokens[j + 1].lower == "who"
            and (i == 0 or not tokens[i - 1].text.islower()))


def _reported(tokens: list[Token], i: int, j: int, words: _Words) -> bool:
    """Is the person at tokens[i:j] the subject of a clause a speech verb reports (`Roe said
    Lee continued to …`): right after the verb, the clause going on after the name (`“…,”
    said Lee.` is an inverted tag instead)?"""
    return (i > 0 and tokens[i - 1].lower in words.speech_verbs and j < len(tokens)
            and tokens[j].text[:1].isalnum())


def _clause_subject(tokens: list[Token], i: int, fronted: int, words: _Words) -> bool:
    """Is the person at tokens[i] the subject of a subordinate clause: right after its
    subordinator (`when Lee asked`, `said Lee told`), or the first person of a clause opening
    the sentence (`While Lee, in an interview, agreed`)?"""
    if i > 0 and (tokens[i - 1].lower in words.subordinators
                  or tokens[i - 1].lower in words.speech_verbs):
        return True
    if i >= fronted:
        return False
    if " ".join(t.lower for t in tokens[:i]) in words.topic_openers:
        return True  # `As for Roe, she said`: the topic the next clause is about
    if tokens[i - 1].lower in words.prepositions:
        return False
    return not any(t.text[:1].isupper() for t in tokens[1:i])


def _fronted_participle_end(tokens: list[Token], words: _Words) -> int:
    """Where a participle phrase opening the sentence ends (`Asked about Roe's plan, she
    said`, `Speaking to reporters in Ohio, Lee said`: at the comma; its people are not the
    sentence's subject, whom the participle describes), else 0."""
    if len(tokens) < 3 or not tokens[0].text[:1].isupper():
        return 0
    word = tokens[0].lower
    if not (word.endswith(_PARTICIPLE_ENDINGS) and len(word) > words.participle_min_letters
            and tokens[1].lower in words.participle_followers):
        return 0
    return next((k for k, t in enumerate(tokens) if t.text == ","), 0)


_PARTICIPLE_ENDINGS = ("ed", "ing")


def _description_subject(tokens: list[Token], words: _Words) -> bool:
    """Does the sentence open (after a conjunction, or after a phrase of a preposition closed
    by a comma) with a definite description of a person and a verb (`The radio host has
    increasingly …`, `But the Florida senator said …`, `In an interview with Lee, the actor
    said …`: Lee, the preposition's object, is not whom a `he` after it stands for)?"""
    k = 1 if tokens and tokens[0].lower in words.description_openers else 0
    if k < len(tokens) and tokens[k].lower in words.prepositions:
        k = next((m + 1 for m in range(k + 1, min(len(tokens), k + 1 + OPENING_PHRASE_WORDS))
                  if tokens[m].text == ","), len(tokens))
    if k >= len(tokens) or tokens[k].lower != "the":
        return False
    m = k + 1
    while (m < len(tokens) and m - k <= DESCRIPTION_WORDS and tokens[m].text.isalpha()
           and not _verb_like(tokens[m], words)):
        m += 1
    if m == k + 1 or m >= len(tokens) or not _verb_like(tokens[m], words):
        return False
    # (`The head of the European Council reported`: the head is the noun before `of`)
    of = next((n for n in range(k + 2, m) if tokens[n].lower == "of"), m)
    head = tokens[of - 1].lower
    return tokens[of - 1].text.islower() and (head in words.role_tokens
                                              or sources.person_noun(head))


# Words a description opening a sentence may have after `the` (`the former Florida senator`).
DESCRIPTION_WORDS = 5
# Words of a phrase of a preposition opening a sentence before its comma (`In a conversation
# with HuffPost's Ann Lee about his upcoming comedy project,`).
OPENING_PHRASE_WORDS = 16


def _verb_like(token: Token, words: _Words) -> bool:
    """A lower-case past form, -s form, auxiliary or adverb: what follows a subject."""
    word = token.text
    return word.isalpha() and word.islower() and (
        word.endswith("ed") or word in words.irregular_past
        or word in words.adverbs or word in words.speech_verbs or word.endswith("ly"))


def _subordinate(tokens: list[Token], i: int, words: _Words) -> bool:
    """Does the person at tokens[i] open a subordinate clause (`when Lee asked`)?"""
    return i > 0 and tokens[i - 1].lower in words.subordinators


def _fronted_clause_end(tokens: list[Token], words: _Words) -> int:
    """Where a subordinate clause opening the sentence ends (`While he backs Clinton, Roe
    admits …`: at the comma; its people are not the sentence's subject), else 0."""
    if not tokens or tokens[0].lower not in words.subordinators:
        return 0
    return next((k for k, t in enumerate(tokens) if t.text == ","), 0)


def _fronted_phrase_end(tokens: list[Token], words: _Words) -> int:
    """Where a phrase of a preposition opening the sentence ends (`In an interview with Ann
    Roe, the senator said …`: at the comma; the preposition's object is not the sentence's
    subject), else 0. Not a phrase naming whose view follows (`To Roe, …`, `With Roe calling
    it …,`: salience.toml viewpoint_prepositions), nor one with a verb of its own."""
    if tokens[0].lower in salience().viewpoint_prepositions:
        return 0
    for k in range(1, min(len(tokens), 1 + OPENING_PHRASE_WORDS)):
        token = tokens[k]
        if token.text == ",":
            return k
        if token.lower in words.speech_verbs or (token.text.islower()
                                                 and token.lower.endswith("ing")):
            return 0
    return 0


def _title(word: str) -> bool:
    """An abbreviated office or a courtesy title (`Sen.`, `Mr.`)."""
    titles = pack().titles
    return word in titles.offices or word in titles.courtesy


def _speaks(tokens: list[Token], i: int, j: int, text: str, words: _Words) -> bool:
    """Is the name tokens[i:j] the subject of a speech verb: `Roe said`, `Roe, 45, said` is
    not read (an apposition), `Roe also said`, or after a quote `said Roe`?"""
    # (a connective is looked for only after a comma: most names have none after them)
    k = _past_connective(tokens, j, words) if j < len(tokens) and tokens[j].text == "," else j
    while k < len(tokens) and tokens[k].lower in words.adverbs:
        k += 1
    if k < len(tokens) and tokens[k].lower in words.speech_verbs and not np.is_possessive(
            tokens[j - 1].text) and (
                # (one search in C over the stretch from the name to the verb, which holds
                # every gap between its tokens; only when it finds a mark are the gaps read
                # one by one, as a mark may be inside a token: most names have none at all)
                _CLOSING_MARK.search(text, tokens[j - 1].end, tokens[k].start) is None
                or not any(mark in text[tokens[m - 1].end : tokens[m].start]
                           for m in range(j, k + 1) for mark in _CLOSING_MARKS)):
        # (quoted words are left out of the tokens: in `Roe was “…,” said Lee` the verb
        # after the quote is Lee's, not Roe's)
        return True
    if i == 0 or tokens[i - 1].lower not in words.inverted:
        return False
    # `“…,” said Roe.` / `…, said Roe, an analyst`: the inverted verb opens the sentence or
    # follows a comma or a quote, and the name ends the clause (`Trump said Ryan`, `…, said
    # Roe failed` name someone spoken of).
    if j < len(tokens) and tokens[j].text[:1].isalnum():
        return False
    verb = i - 1
    return verb == 0 or tokens[verb - 1].text in (",", "—", "–") or _CLOSING_MARK.search(
        text, tokens[verb - 1].end, tokens[verb].start) is not None


_CLOSING_MARKS = ('"', "”", "’", "'")
# Any of _CLOSING_MARKS, found by one search in C rather than a substring test per mark.
_CLOSING_MARK = re.compile("[" + "".join(_CLOSING_MARKS) + "]")

# A connective set off after a name holds at most this many words (`for his part`).
CONNECTIVE_WORDS = 4


def _past_connective(tokens: list[Token], j: int, words: _Words) -> int:
    """`Roe, for example, said`: where the name's verb may start after a connective set off
    by commas right after the name (attribution.toml [set_off] connectives), else j."""
    if j >= len(tokens) or tokens[j].text != ",":
        return j
    for end in range(j + 2, min(j + 2 + CONNECTIVE_WORDS, len(tokens))):
        if tokens[end].text == ",":
            phrase = " ".join(t.lower for t in tokens[j + 1 : end])
            return end + 1 if phrase in words.connectives else j
    return j


def _apposition(tokens: list[Token], j: int) -> list[Token]:
    """The description set off after a name from token j: up to the closing comma when one
    closes it (`Marek Novak, a state secretary in the Czech foreign ministry, warned`: the
    title keeps its prepositional phrase), else only the description's own words (`…, Sweden’s
    defence minister.` ends before the stop)."""
    close = next((k for k in range(j, len(tokens)) if tokens[k].text == ","), None)
    if close is None:
        return np.np_right(tokens, j)
    verbs = language().speech.all_verbs
    if any(t.lower in verbs for t in tokens[j:close]):
        # (`… counterpart Ann Roe, the head of the French ministry emphasized that …, it`:
        # the description is the subject of its own speech verb, no title of the name)
        return []
    return tokens[j:close]


def _given_and_surname(run: list[str]) -> bool:
    """`in Ann Roe's district`, `draw in Ann Roe supporters`: a listed given name and one
    more word after a place preposition are a person's name, not a place."""
    return len(run) == 2 and _gender(run[0]) is not None


def _gender(first: str) -> str | None:
    people = language().people
    if first in people.first_names.female:
        return "f"
    if first in people.first_names.male:
        return "m"
    return None


def _held_by_another(role: str) -> bool:
    """Is the title someone else's, linked to the name by a preposition (`aide of President`,
    `officials in US President`)?"""
    breaks = pack().description.title_breaks
    return any(w in breaks or w in ("of", "in") for w in role.lower().split())


# What follows a possessor's name (`Roe's`, `Roe’s`).
_POSSESSIVE_MARKS = ("'s ", "’s ", "s' ", "s’ ")

# The longest personal pronoun (`she`), read at a mention's offset.
_PRONOUN_CHARS = 3


def _word_at(text: str, at: int) -> str:
    """The letters opening text at `at`, up to _PRONOUN_CHARS + 1 (enough to tell he/she)."""
    head = text[at : at + _PRONOUN_CHARS + 1]
    k = next((m for m, c in enumerate(head) if not c.isalpha()), len(head))
    return head[:k]


def _name_part(run: list[str]) -> list[str]:
    """The words of a capitalised run that can be a person's name: after the last capitalised
    preposition (a headline's `… Happened Between Marco Rubio`) and without an opening
    participle (`Asserting Clinton …` opening a sentence), which no given name is."""
    if len(run) == 1:
        return run  # (no preposition before a lone word, and no participle to drop)
    prepositions = grammar().clauses.prepositions
    cut = max((k + 1 for k, word in enumerate(run[:-1]) if word.lower() in prepositions),
              default=0)
    run = run[cut:]
    first = run[0]
    if (len(run) > 1 and first.endswith("ing") and first[1:].islower()
            and _gender(first) is None):
        run = run[1:]
    return run
