"""Turn a speaker description (np.Ref) into the speaker the schema reports.

Keeps the little discourse state coreference needs beyond people: the last organisation that
spoke (for "it added", "the statement read") and the last unnamed source (for "a second
official", who works where the first one did).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, replace

from summarizer.countries import country_name
from summarizer.extract.offline import np
from summarizer.extract.offline.clauses import Event
from summarizer.extract.offline.document import Doc
from summarizer.extract.offline.entities import SUBJECT, Entity, Registry
from summarizer.extract.offline.language import grammar, language
from summarizer.extract.offline.lexicon import gazetteer
from summarizer.extract.offline.np import Ref
from summarizer.extract.offline.salience_pack import salience
from summarizer.extract.offline.source_pack import noun_gender, pack
from summarizer.extract.offline.sources import person_noun
from summarizer.schemas import Speaker


@dataclass(frozen=True)
class Who:
    name: str | None
    role: str | None = None
    affiliation: str | None = None
    country: str | None = None
    # An international body the person speaks for: their words give no country's stance.
    speaks_for: str | None = None

    def speaker(self) -> Speaker:
        # An international official speaks for the organisation, not their home country.
        if self.speaks_for:
            return Speaker(name=self.name, role=self.role, affiliation=self.speaks_for)
        affiliation = self.affiliation
        if (self.name and self.country) or (not affiliation and self.country):
            affiliation = country_name(self.country)
        return Speaker(name=self.name, role=self.role, affiliation=affiliation,
                       country=self.country)

    @property
    def label(self) -> str:
        return self.name or self.affiliation or self.role or "unnamed source"


def from_entity(entity: Entity, ref: Ref | None = None) -> Who:
    role = entity.role or (ref.role if ref else None)
    affiliation = entity.affiliation or (ref.affiliation if ref else None)
    country = entity.country or (ref.country if ref else None)
    return Who(entity.name, role, affiliation, country, entity.speaks_for)


_PLACE_SUBJECTS = ("country", "capital", "body", "org")


def place_subject(doc: Doc, pos: int) -> tuple[int, Who] | None:
    """The latest country, capital or body standing as a clause subject (sentence start, or
    after a comma, dash or conjunction; not a possessive) in this or the previous sentence of
    the same paragraph, before pos, with its offset."""
    index = doc.sentence_index(pos)
    here = doc.sentences[index]
    # `It` opening a paragraph rarely reaches back over the break (`It is hard to see …`).
    back = index - 1 if index > 0 and doc.sentences[index - 1].para == here.para else index
    start = doc.sentences[back].start
    gazetteer_index, places = gazetteer()
    found: tuple[int, Who] | None = None
    starts = {s.start for s in doc.sentences}
    subject_before = grammar().speakers.subject_before
    for a, b, key in gazetteer_index.find(doc.text, start, pos):
        place = places[key]
        if place.kind not in _PLACE_SUBJECTS or doc.text.startswith(("’s", "'s"), b):
            continue
        before = doc.tokens(max(start, a - 30), a)
        words = before[-2:] if before and before[-1].lower == "the" else before[-1:]
        if not (a in starts or (words and words[0].text.lower() in subject_before)):
            continue
        if place.kind == "org":
            who = Who(None, None, place.value, None)
        else:
            who = Who(None, None, key if place.kind == "body" else None, place.country)
        found = (a, who)
    return found


# A description's head noun, after an indefinite article and up to this many words, brings in
# someone unnamed (`One man in the crowd …`); `the man` after it is that person.
INTRODUCED_WORDS = 3


def _introduced_unnamed(doc: Doc, ref: Ref, pos: int) -> bool:
    """Does `the <head>` (`the man`, `the organizer`) take up someone the article brought in
    without a name (`a man`, `one organizer`), in this or the previous paragraph? Then it is
    that unnamed person, not a named one nearby; and a capitalised head (`the State
    Department`) is a body's name, no description of a person."""
    if not ref.role:
        return True
    words = ref.role.split()
    head = words[-1]
    titles = language().titles.role_tokens
    if not head.islower() and not (
            len(words) > 1 and head.lower() in titles and words[-2].lower() in titles):
        # (`the NATO Secretary General`, `the Prime Minister`: a title of two title words,
        # capitalised, is a person's; `the Union Leader` is a paper's name)
        return True
    para = doc.sentence_at(pos).para
    start = doc.paragraphs[max(para - 1, 0)].start
    tokens = doc.tokens(start, pos)
    indefinites = salience().indefinites
    for k, token in enumerate(tokens):
        if token.lower != head:
            continue
        for j in range(k - 1, max(k - 2 - INTRODUCED_WORDS, -1), -1):
            if tokens[j].lower == "the":
                break  # (`calling it a “good start,” the NATO chief`: the quote's words are
                # no tokens, and `the` opens a description of its own)
            # (`Ann Roe, a columnist for the Ledger,`: an apposition to a name brings in no
            # one new)
            if tokens[j].lower in indefinites and not (
                    j >= 2 and tokens[j - 1].text == "," and np.name_like(tokens[j - 2].text)):
                return True
    return False


class Resolver:
    def __init__(self, registry: Registry, events: list[Event]) -> None:
        self.registry = registry
        self.bodies: dict[int, Who] = {}  # offset of the speech verb → organisation speaking
        self.unnamed: dict[int, Who] = {}
        # Each table's offsets in order, for finding the latest before a position by bisection.
        # Unnamed people an indefinite description brings in as speakers (`a senior official
        # said`), whom a he/she may take up (_unnamed_subject).
        self.introduced: dict[int, Who] = {}
        self._order: dict[str, list[int]] = {"bodies": [], "unnamed": [], "introduced": []}
        # While the speech events are read, a he/she that speaks is recorded as its person's
        # mention there: `According to him, Roe must see … “…,” he said.`: the second `he`
        # goes back to the source of the sentence before, not to the person it reports on.
        self._speaking = True
        for event in events:  # in document order, so each sees those before it
            who = self.resolve(event.ref, event.at)
            if (who is not None and who.name is None and event.ref.kind == "unnamed"
                    and event.word != "according to" and _introduces_person(event.ref)):
                # (`One delegate said …`: the subject of a speech verb, not a source cited)
                self._record("introduced", event.at, who)
        self._speaking = False

    def resolve(self, ref: Ref, pos: int) -> Who | None:
        who = self._resolve(ref, pos)
        if who is not None and who.name is None:
            if ref.kind in ("org", "document"):
                self._record("bodies", pos, who)
            elif ref.kind in ("unnamed", "descriptor"):
                self._record("unnamed", pos, who)
        return who

    def _table(self, name: str) -> dict[int, Who]:
        return (self.bodies if name == "bodies" else self.introduced if name == "introduced"
                else self.unnamed)

    def _record(self, name: str, pos: int, who: Who) -> None:
        table = self._table(name)
        if pos not in table:
            bisect.insort(self._order[name], pos)
        table[pos] = who

    def _latest_at(self, name: str, pos: int) -> int:
        """The offset of the table's latest entry before pos, or -1."""
        order = self._order[name]
        k = bisect.bisect_left(order, pos)
        return order[k - 1] if k > 0 else -1

    def _latest(self, name: str, pos: int) -> Who | None:
        at = self._latest_at(name, pos)
        return self._table(name)[at] if at >= 0 else None

    def _resolve(self, ref: Ref, pos: int) -> Who | None:
        if ref.kind == "person" and ref.name:
            return from_entity(self.registry.person(ref.name, pos), ref)
        if ref.kind == "pronoun":
            return self._pronoun(ref, pos)
        if ref.kind == "descriptor" and _plural(ref.role):
            # (`the fans chanted`, `Andrean High School fans said`: many people, no one person)
            return Who(None, ref.role, ref.affiliation, ref.country)
        if ref.kind == "descriptor":
            # (the title as printed first: `the head of state Ann Roe` gave Roe those words)
            aliased = _aliased(ref)
            state = (ref.role or "").lower() in pack().description.state_heads
            # `Ukraine's Foreign Ministry said`: a body speaks, no person of its country.
            a_body = _body_head(ref.role)
            entity = None if a_body else self.registry.descriptor(ref, pos) or (
                self.registry.descriptor(aliased, pos, state) if aliased is not ref else None)
            printed, ref = ref, aliased
            if entity is not None:
                self.registry.add_speaker(entity, ref.start)
                return from_entity(entity, ref)
            same = self._same_source(ref, pos)
            if same is not None:
                return same
            entity = None if a_body or _introduced_unnamed(self.registry.doc, ref, pos) else (
                self.registry.described(ref, pos))
            if entity is not None:
                self.registry.add_speaker(entity, ref.start)
                return from_entity(entity, ref)
            return self._affiliated(ref, pos) or Who(None, printed.role, ref.affiliation,
                                                     ref.country)
        if ref.kind == "unnamed":
            return self._unnamed(ref, pos)
        if ref.kind == "org":
            if ref.affiliation is None and ref.country is None:
                return None
            return Who(None, None, ref.affiliation, ref.country)
        if ref.kind == "document":
            body = self._latest("bodies", pos)
            # (an issuer is a body; a document read before, `the memo`, issued no other one:
            # `the email said` after it is the email)
            if body is not None and (body.affiliation or body.country):
                return body
            if ref.affiliation or ref.country:
                return Who(None, None, ref.affiliation, ref.country)
            # (no one known to have issued it: the document itself, as the article names it)
            words = ref.text.split()
            if words and words[0].lower() in grammar().speakers.document_determiners:
                words = words[1:]
            return Who(None, " ".join(words)) if words else None
        return None

    def _pronoun(self, ref: Ref, pos: int) -> Who | None:
        kind = ref.pronoun
        if kind in ("m", "f"):
            unnamed = self._unnamed_subject(kind, min(pos, ref.start))
            if unnamed is not None:
                return unnamed
            entity = self.registry.pronoun(kind, pos)
            if entity is not None and entity.gender is None:
                # A speaker once called `she` is not the `he` who answers her (`“…?” she
                # asked. “…,” he said.`): the pronoun tells the gender of a name no list knows.
                entity.gender = kind
            if entity is not None and self._speaking:
                self.registry.add_speaker(entity, ref.start)
            return from_entity(entity) if entity is not None else None
        if kind == "n":
            return self._it(pos)
        if kind == "p":
            return self._latest("bodies", pos)
        return None

    def _unnamed_subject(self, kind: str, pos: int) -> Who | None:
        """`A senior official said … He noted that …` / `“…,” he said`: a he/she takes up the
        last unnamed person who spoke, in this paragraph or the one before, when no person was
        named since but as an object or a possessor (`a call with Roe`, `Roe's plan`), none in
        the pronoun's own paragraph before it, and not the one the source spoke to: the subject
        who spoke stays the one a pronoun goes back to, as a named speaker would."""
        at = self._latest_at("introduced", pos)
        if at < 0:
            return None
        who = self.introduced[at]
        doc = self.registry.doc
        if (who.role is None or _plural(who.role) or noun_gender(who.role) not in (None, kind)
                or doc.sentence_at(pos).para - doc.sentence_at(at).para > 1):
            return None
        # No person named since as a subject or speaker (`as outlined by Roe`, `a call with
        # Roe`, `Roe's visit` leave the subject who spoke the one a pronoun goes back to), none
        # in the pronoun's own paragraph (`For Roe, the plan is … . Still, she said`), and none
        # the source spoke to (`A reporter asked Roe …. He replied`: the one asked answers).
        registry = self.registry
        own = doc.sentence_at(at)
        opens = doc.paragraphs[doc.sentence_at(pos).para].start
        if registry.top_rank(max(own.start, opens), pos) >= 0 or (
                own.start < opens and registry.top_rank(own.start, opens) >= SUBJECT):
            return None
        after = doc.tokens(at, own.end)[:2]
        return None if len(after) > 1 and registry.top_rank(
            after[1].start, after[1].end) >= 0 else who

    def _it(self, pos: int) -> Who | None:
        """`it said`: the body that spoke last, or a country, capital or body that is the
        subject of this or the previous sentence (`Kiev is losing ground — which it says …`),
        whichever is nearer."""
        spoke = self._latest_at("bodies", pos)
        place = place_subject(self.registry.doc, pos)
        if place is not None and place[0] > spoke:
            return place[1]
        return self.bodies[spoke] if spoke >= 0 else None

    def _same_source(self, ref: Ref, pos: int) -> Who | None:
        """`A senior U.S. defense official said … “…,” the official said.`: a bare definite
        description (no place or body of its own) is the last unnamed source, when that
        source's role ends with the same noun."""
        if ref.affiliation or ref.country or not ref.role or len(ref.role.split()) > 1:
            return None
        last = self._latest("unnamed", pos)
        if last is None or not last.role or last.name:
            return None
        head = ref.role.lower()
        last_head = last.role.lower().split()[-1]
        if last_head == head + "s" and not _plural(ref.role):
            # (`sources in the ministry said … “…,” the source said`: one of them speaks, a
            # source of that body, not the plural)
            return replace(last, role=ref.role)
        return last if last_head == head else None

    def _given_noun(self, ref: Ref, pos: int) -> Who | None:
        """`Jan Novak, a Czech diplomat, said … “…,” the diplomat said.`: a bare definite
        source noun (no place or body of its own) that no unnamed source before took up is
        the named person nearby who was given that noun."""
        if ref.affiliation or ref.country or not ref.role or len(ref.role.split()) > 1:
            return None
        if ref.role.lower() not in grammar().noun_phrases.source_nouns:
            return None  # (`the group`, `the network`: a body or crowd, no person)
        entity = self.registry.given_noun(ref, pos)
        if entity is None and not _introduced_unnamed(self.registry.doc, ref, pos):
            # (`the diplomat stressed` after `French Foreign Minister Ann Roe`, unless the
            # article brought in `a diplomat` of its own)
            entity = self.registry.fitting_title(ref, pos)
        if entity is None:
            return None
        self.registry.add_speaker(entity, ref.start)
        return from_entity(entity, ref)

    def _named_body(self, ref: Ref) -> Who | None:
        """`Ukraine's foreign ministry rejected …  “…,” the ministry stated`: a bare definite
        body noun (no place or body of its own) is the body with that head the article named
        last, in this or the previous paragraph, as that mention reads."""
        if ref.affiliation or ref.country or not ref.role or len(ref.role.split()) > 1:
            return None
        head = ref.role.lower()
        if head not in pack().description.body_nouns:
            return None
        doc = self.registry.doc
        para = doc.sentence_at(ref.start).para
        tokens = doc.tokens(doc.paragraphs[max(para - 1, 0)].start, ref.start)
        for k in range(len(tokens) - 1, -1, -1):
            if tokens[k].lower != head:
                continue
            phrase = np.np_left(tokens, k + 1)
            if phrase and phrase[0].end <= tokens[k].start:
                # (`the Ministry of Foreign Affairs of Ukraine`: the name runs on past its head)
                phrase = np.np_right(tokens, tokens.index(phrase[0])) or phrase
            named = np.parse(phrase, doc.text) if phrase else None
            if named is not None and named.kind in ("org", "descriptor") and (
                    named.country or named.affiliation) and not named.name:
                return Who(None, named.role, named.affiliation, named.country)
        return None

    def _affiliated(self, ref: Ref, pos: int) -> Who | None:
        """`“…,” the Russian official said` after Kremlin spokesman Ivan Roe spoke: a
        definite singular description with a country or body of its own is the person of that
        country or body named nearby, unless the article brought in an unnamed one
        (`a Russian official`) or the last unnamed source fits it."""
        if not (ref.affiliation or ref.country) or not ref.role or _plural(ref.role):
            return None
        words = ref.text.split()
        size = len(ref.role.split())
        if not ref.text.endswith(ref.role) or len(words) <= size or (
                words[-size - 1].lower() != "the"):
            return None  # (`a Russian official`, `one NATO diplomat`: someone new)
        last = self._latest("unnamed", pos)
        if last is not None and last.role and (
                last.role.lower().split()[-1] == ref.role.lower().split()[-1]):
            return None  # (`a senior EU official said … the EU official added`)
        if _introduced_unnamed(self.registry.doc, ref, pos):
            return None
        entity = self.registry.affiliated(ref, pos)
        if entity is None:
            return None
        self.registry.add_speaker(entity, ref.start)
        return from_entity(entity, ref)

    def _unnamed(self, ref: Ref, pos: int) -> Who:
        if ref.text.lower().startswith("the "):
            same = self._same_source(ref, pos)
            if same is not None:
                return same
            body = self._named_body(ref)
            if body is not None:
                return body
            named = self._given_noun(ref, pos)
            if named is not None:
                return named
        named = self._affiliated(ref, pos)
        if named is not None:
            return named
        affiliation, country = ref.affiliation, ref.country
        last = self._latest("unnamed", pos)
        if ref.ordinal and not (affiliation or country) and last is not None:
            affiliation, country = last.affiliation, last.country
        return Who(None, ref.role, affiliation, country)


def _aliased(ref: Ref) -> Ref:
    """`the head of state` read as `the president` (sources.toml [description.aliases])."""
    role = pack().description.aliases.get((ref.role or "").lower())
    return ref if role is None else replace(ref, role=role)


def _introduces_person(ref: Ref) -> bool:
    """`A senior administration official`, `one representative of the ministry`: an
    indefinite description headed by a noun for one person (its head is the noun before an
    `of` phrase)."""
    words = (ref.role or "").split()
    if "of" in words:
        words = words[: words.index("of")]
    indefinite = ref.text.split()[:1]
    return bool(words) and bool(indefinite) and (
        indefinite[0].lower() in pack().description.indefinite
        and (person_noun(words[-1].lower())
             or words[-1].lower() in grammar().noun_phrases.source_nouns)
        and not _plural(words[-1]))


def _plural(role: str | None) -> bool:
    """Is the description headed by a plural noun (`fans`, `officials`, `supporters`; not
    `boss`, `actress`, `Jones`)? A plural stands for many people, never for one named."""
    head = (role or "").split()[-1:] or [""]
    word = head[0]
    return ((word.islower() and word.endswith("s") and not word.endswith(_SINGULAR_ENDS))
            or word.lower() in _IRREGULAR_PLURALS)


# Singular nouns that end in -s (`boss`, `actress`, `campus`, `analysis`), and plurals without it.
_SINGULAR_ENDS = ("ss", "us", "is", "'s", "’s")
_IRREGULAR_PLURALS = frozenset(["men", "women", "people", "children"])


def _body_head(role: str | None) -> bool:
    """Does a description end in the head of a body that speaks as one (`the Foreign
    Ministry`, `the Biden administration`), with no `of` before it (`the head of the
    presidential office` is a person)?"""
    words = (role or "").lower().split()
    return bool(words) and words[-1] in grammar().noun_phrases.body_heads and "of" not in words
