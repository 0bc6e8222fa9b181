"""The people an article mentions, with one canonical name each, and coreference to them.

Built in one pass over the content (quotations excluded: a name inside someone's quote is not
a mention the narrator makes). A surname refers to the full name it ends; a pronoun refers to
the most salient person of a compatible gender in the nearest sentence naming one (its speaker,
else its subject, else its latest person; a possessor is no subject, and a he/she already
resolved is a mention of its person); a definite description ("the Ukrainian leader") refers
to the most recent person of that country or title, else to the most salient person nearby.
Spelling variants are unified through people.toml (Zelensky / Zelenskyy / Zelenskiy).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass, field

from summarizer.extract.offline import descriptions, np, sources
from summarizer.extract.offline.clauses import IRREGULAR_PAST, PREPOSITIONS
from summarizer.extract.offline.document import Doc, Token
from summarizer.extract.offline.lexicon import Person, gazetteer, lexicon
from summarizer.extract.offline.salience_pack import salience
from summarizer.extract.offline.source_pack import noun_gender, pack, title_gender

# A pronoun looks this many paragraphs back for the person it stands for.
PRONOUN_PARAGRAPHS = 3
# A bare title ("the minister said") with no one of that title named looks this many paragraphs
# back for a person whose title the article has not given.
DESCRIPTOR_PARAGRAPHS = 1


# Entities by country and by word of their title, and each entity's place in the registry.
_DescriptorIndex = tuple[dict[str, list["Entity"]], dict[str, list["Entity"]], dict[str, int]]


@dataclass(frozen=True)
class Mention:
    offset: int
    para: int
    sentence: int
    subject: bool  # first person named in its sentence and not after a preposition
    # How strongly a pronoun after it looks back to it: SPEAKER (the subject of a speech verb,
    # `Roe said`, `said Roe`) above SUBJECT above any other mention (an object, a possessor).
    rank: int = 0


# Pronouns that stand for a person as a clause subject (he, she).
_PERSONAL = frozenset(w for w, gender in np.PRONOUNS.items() if gender in ("m", "f"))
# Mention ranks (Mention.rank).
OTHER, SUBJECT, SPEAKER = 0, 1, 2


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
        for index, sentence in enumerate(doc.sentences):
            tokens = doc.tokens(sentence.start, sentence.end)
            self._scan(tokens, sentence.para, index)

    # --- building ---------------------------------------------------------------------------

    def _scan(self, tokens: list[Token], para: int, sentence: int) -> None:
        index, _ = gazetteer()
        covered: set[int] = set()
        if tokens:
            for a, b, _ in index.find(self.doc.text, tokens[0].start, tokens[-1].end):
                covered.update(range(a, b))
        particles = lexicon().particles
        # A name is a run of name-like capitalised words (particles inside: "von der"),
        # none of them part of a place or body name.
        free = [t.start not in covered for t in tokens]
        named = [f and t.text[:1].isupper() and np.name_like(t.text)
                 for f, t in zip(free, tokens, strict=True)]
        inner = [n or (f and t.text in particles)
                 for n, f, t in zip(named, free, tokens, strict=True)]
        fronted = _fronted_clause_end(tokens)
        i = 0
        has_subject = False
        while i < len(tokens):
            if not named[i]:
                if tokens[i].lower in _PERSONAL and self._pronoun_mention(
                        tokens, i, para, sentence, not has_subject, i < fronted):
                    has_subject = True
                i += 1
                continue
            j = i + 1
            while j < len(tokens) and inner[j]:
                j += 1
            # `Cruz spokesman Rick Toller`, `San Diego chapter president Luis Osorio`: a name
            # before a title and another name is whom the person works for (or where), never
            # the subject, and no person the article introduces.
            affiliation = _title_and_name_after(tokens, named, j)
            # A possessor (`Roe's campaign`) is not the clause's subject: the noun it owns is.
            possessive = np.is_possessive(tokens[j - 1].text)
            subordinate = i < fronted or _subordinate(tokens, i)
            subject = (not has_subject and not possessive and not subordinate and not affiliation
                       and (i == 0 or tokens[i - 1].lower not in PREPOSITIONS))
            speaks = not (subordinate or affiliation) and _speaks(tokens, i, j, self.doc.text)
            rank = SPEAKER if speaks else SUBJECT if subject else OTHER
            mention = Mention(tokens[i].start, para, sentence, subject or rank == SPEAKER, rank)
            if self._register(tokens, i, j, mention, new=not affiliation) and subject:
                has_subject = True
            i = j

    def _pronoun_mention(self, tokens: list[Token], i: int, para: int, sentence: int,
                         first: bool, fronted: bool) -> bool:
        """`He` / `she` as a mention of the person it stands for, so that the next pronoun
        finds them through it (`Roe arrived. She said … . “…,” she added.`). Returns whether
        it is the sentence's subject (first is whether no subject came before)."""
        entity = self.pronoun(np.PRONOUNS[tokens[i].lower], tokens[i].start)
        if entity is None:
            return False
        subordinate = fronted or _subordinate(tokens, i)
        speaks = not subordinate and _speaks(tokens, i, i + 1, self.doc.text)
        first = first and not subordinate
        rank = SPEAKER if speaks else SUBJECT if first else OTHER
        mention = Mention(tokens[i].start, para, sentence, first or speaks, rank)
        self._mentions.append((mention, entity))
        self._mention_offsets.append(mention.offset)
        return first

    def _register(self, tokens: list[Token], i: int, j: int, mention: Mention,
                  new: bool = True) -> bool:
        """Record a name's mention; new: a name not seen before may be a new person."""
        run = [np.strip_possessive(t.text) for t in tokens[i:j]]
        names = pack().names
        # `Nashua Community College`: an organisation's name, not a person's
        if run[-1] in names.org_heads or (j < len(tokens) and tokens[j].text in names.org_heads):
            return False
        if (i > 0 and tokens[i - 1].lower in names.place_prepositions
                and not np.is_possessive(tokens[j - 1].text)
                and " ".join(run) not in lexicon().people):
            return False  # `in Des Moines`, `at Sandy Hook`: a place, not a person
        entity = self._entity_for(run, sentence_start=(i == 0), new=new)
        if entity is None and new and len(run) == 1 and (
                mention.rank == SPEAKER or (i > 0 and _title(tokens[i - 1].text))
                or (_gender(run[0]) is not None and i > 0)):
            # `Mr. Lind`, `Sen. Roe`, or `Bob said` in an article that never gives the full
            # name: a person all the same
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
            if ref is not None and ref.kind == "person":
                entity.role = ref.role
                entity.affiliation = entity.affiliation or ref.affiliation
                entity.country = ref.country or entity.country
        return True

    def _with_apposition(self, tokens: list[Token], j: int, ref: np.Ref | None) -> np.Ref | None:
        """'Robert Fico, the prime minister of Slovakia,' — a role after the name."""
        if ref is None or ref.role or j >= len(tokens) or tokens[j].text != ",":
            return ref
        after = np.parse(_apposition(tokens, j + 1), self.doc.text)
        if after is None or after.kind not in ("descriptor", "unnamed") or not after.role:
            return ref
        return np.Ref("person", ref.text, ref.start, ref.end, ref.name, after.role,
                      ref.affiliation or after.affiliation, ref.country or after.country)

    def _entity_for(self, run: list[str], sentence_start: bool,
                    new: bool = True) -> Entity | None:
        lex = lexicon()
        full = " ".join(run)
        person = lex.people.get(full)
        if person is None and sentence_start and len(run) > 1:
            # A capitalised sentence opener glued to a name: "Is Zelenskyy's plan…".
            tail = " ".join(run[1:])
            person = lex.people.get(tail)
            full = tail if person else full
        if person is not None:
            return self._known(person)
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
        return max(matches, key=lambda e: e.mentions[-1].offset if e.mentions else -1)

    # --- resolving --------------------------------------------------------------------------

    def person(self, name: str, pos: int) -> Entity:
        """The entity a printed name refers to, creating one for a name not seen before."""
        run = name.split()
        entity = self._entity_for(run, sentence_start=False)
        if entity is None:
            entity = self._add(Entity(name, gender=_gender(run[0]) if len(run) > 1 else None))
        return entity

    def pronoun(self, gender: str, pos: int) -> Entity | None:
        """The person a he/she refers to: going back sentence by sentence, the speaker of the
        nearest sentence naming a compatible person, else its subject, else its latest such
        person."""
        def compatible(entity: Entity) -> bool:
            return gender not in ("m", "f") or entity.gender in (None, gender)
        return self._salient(pos, PRONOUN_PARAGRAPHS, compatible)

    def _salient(self, pos: int, paragraphs: int,
                 accept: Callable[[Entity], bool]) -> Entity | None:
        """The most salient accepted person of the nearest sentence before pos naming one
        (never further back than `paragraphs` paragraphs): its speaker, else its subject (the
        first), else its latest."""
        here = self.doc.sentence_index(pos)
        para = self.doc.sentences[here].para
        found: list[tuple[Mention, Entity]] = []
        k = bisect.bisect_left(self._mention_offsets, pos) - 1
        while k >= 0:
            mention, entity = self._mentions[k]
            if para - mention.para > paragraphs or (
                    found and mention.sentence != found[0][0].sentence):
                break
            if accept(entity):
                found.append((mention, entity))
            k -= 1
        if not found:
            return None
        rank = max(m.rank for m, _ in found)
        best = [pair for pair in found if pair[0].rank == rank]
        pick = max(best, key=lambda p: p[0].offset) if rank == OTHER else min(
            best, key=lambda p: p[0].offset)
        return pick[1]

    def described(self, ref: np.Ref, pos: int) -> Entity | None:
        """`the Florida senator said`, `the host said`, when no one the article names holds
        that title: the most salient person nearby whose known title is no other office (a
        description names the person the text is about, not the last one it mentioned; `Sen.
        Roe` may be `the senator`, `Governor Roe` may not)."""
        lex = lexicon()
        wanted = {w for w in (ref.role or "").lower().split() if w in lex.role_tokens}
        gender = noun_gender(ref.role)
        same_noun = descriptions.needs_same_noun(ref.role)

        def accept(entity: Entity) -> bool:
            if gender and entity.gender and entity.gender != gender:
                return False  # `his wife` is no man named before
            if same_noun:  # `the columnist`: only someone given that title
                return descriptions.holds_noun(self.doc.text, ref.role, entity, pos)
            have = {w for w in (entity.role or "").lower().split() if w in lex.role_tokens}
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

    def descriptor(self, ref: np.Ref, pos: int) -> Entity | None:
        """'The Ukrainian leader' → the latest person of that country mentioned before pos;
        'the minister' → the latest person holding that title (none: see `described`)."""
        by_country, by_role_word, order = self._descriptor_index()
        # Only the entities the title or country can mean are looked at, in registry order
        # (the order breaks ties as a walk over every entity would).
        if ref.country:
            candidates = by_country.get(ref.country, [])
        elif ref.role:
            lex = lexicon()
            wanted = {w for w in ref.role.lower().split() if w in lex.role_tokens}
            found = {id(e): e for w in wanted for e in by_role_word.get(w, [])}
            candidates = sorted(found.values(), key=lambda e: order[e.name])
        else:
            return None
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


# Lower-case words a title may have between an affiliation's name and a person's.
TITLE_WORDS = 3


def _title_and_name_after(tokens: list[Token], named: list[bool], j: int) -> bool:
    """Do a title of a few lower-case words (its last a person's title: `spokesman`, `chapter
    president`, `senior adviser`) and a name follow the name ending before tokens[j]?"""
    lex = lexicon()
    stops = pack().description.stop_words
    m = j
    while m < len(tokens) and m - j < TITLE_WORDS:
        word = tokens[m].text
        if not (word.replace("-", "").isalpha() and word.islower()):
            break
        if (word in stops or word in lex.speech_verbs or word in IRREGULAR_PAST
                or word.endswith("ed")):
            return False
        m += 1
    if m == j or m >= len(tokens) or not named[m]:
        return False
    last = tokens[m - 1].lower
    return last in lex.role_tokens or sources.person_noun(last)


def _subordinate(tokens: list[Token], i: int) -> bool:
    """Does the person at tokens[i] open a subordinate clause (`when Lee asked`)?"""
    return i > 0 and tokens[i - 1].lower in salience().subordinators


def _fronted_clause_end(tokens: list[Token]) -> int:
    """Where a subordinate clause opening the sentence ends (`While he backs Clinton, Roe
    admits …`: at the comma; its people are not the sentence's subject), else 0."""
    if not tokens or tokens[0].lower not in salience().subordinators:
        return 0
    return next((k for k, t in enumerate(tokens) if t.text == ","), 0)


def _title(word: str) -> bool:
    """An abbreviated office or a courtesy title (`Sen.`, `Mr.`)."""
    titles = pack().titles
    return word in titles.offices or word in titles.courtesy


def _speaks(tokens: list[Token], i: int, j: int, text: str) -> bool:
    """Is the name tokens[i:j] the subject of a speech verb: `Roe said`, `Roe, 45, said` is
    not read (an apposition), `Roe also said`, or after a quote `said Roe`?"""
    lex = lexicon()
    k = j
    while k < len(tokens) and tokens[k].lower in lex.adverbs:
        k += 1
    if k < len(tokens) and tokens[k].lower in lex.speech_verbs and not np.is_possessive(
            tokens[j - 1].text):
        return True
    if i == 0 or tokens[i - 1].lower not in lex.inverted_verbs:
        return False
    # `“…,” said Roe.` / `…, said Roe, an analyst`: the inverted verb opens the sentence or
    # follows a comma or a quote, and the name ends the clause (`Trump said Ryan`, `…, said
    # Roe failed` name someone spoken of).
    if j < len(tokens) and tokens[j].text[:1].isalnum():
        return False
    verb = i - 1
    return verb == 0 or tokens[verb - 1].text in (",", "—", "–") or any(
        mark in text[tokens[verb - 1].end : tokens[verb].start] for mark in _CLOSING_MARKS)


_CLOSING_MARKS = ('"', "”", "’", "'")


def _apposition(tokens: list[Token], j: int) -> list[Token]:
    """The description set off after a name from token j: up to the closing comma when one
    closes it (`Marek Novak, a state secretary in the Czech foreign ministry, warned`: the
    title keeps its prepositional phrase), else only the description's own words (`…, Sweden’s
    defence minister.` ends before the stop)."""
    close = next((k for k in range(j, len(tokens)) if tokens[k].text == ","), None)
    return tokens[j:close] if close is not None else np.np_right(tokens, j)


def _gender(first: str) -> str | None:
    lex = lexicon()
    if first in lex.female_names:
        return "f"
    if first in lex.male_names:
        return "m"
    return None
