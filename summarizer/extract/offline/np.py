"""Speaker descriptions: find the noun phrase next to a speech verb and read who it names.

A description is read into a `Ref`: a named person (with the role, organisation and country
the phrase gives), a pronoun, an unnamed source ("one NATO official"), a definite description
("the Ukrainian leader") to resolve against people already mentioned, an organisation or
government speaking ("the White House", "Moscow"), a document ("the statement"), or a news
outlet (which reports speech and is never itself the speaker).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from operator import attrgetter

from summarizer.extract.offline.document import Token
from summarizer.extract.offline.language import grammar, language, per_language, per_language_lru
from summarizer.extract.offline.lexicon import Place, gazetteer
from summarizer.extract.offline.source_pack import pack

_POSSESSIVE_SUFFIXES = ("’s", "'s", "’", "'")
_POSSESSIVE_ENDINGS = ("s", "’", "'")  # the last characters of the suffixes


@per_language
def time_words() -> frozenset[str]:
    """Month and day names and other capitalised time words (`May`, `Sept`, `Today`): never
    part of a name (dates.toml, grammar.toml [noun_phrases])."""
    return language().dates.names | grammar().noun_phrases.time_words


@per_language
def personal_pronouns() -> frozenset[str]:
    """Pronouns that stand for a person (he, she: grammar.toml [noun_phrases] pronouns)."""
    pronouns = grammar().noun_phrases.pronouns
    return frozenset(w for w, gender in pronouns.items() if gender in ("m", "f"))


@dataclass(frozen=True)
class Ref:
    kind: str  # person | pronoun | unnamed | descriptor | org | document | media
    text: str
    start: int
    end: int
    name: str | None = None  # the person's name as printed (person)
    role: str | None = None
    affiliation: str | None = None
    country: str | None = None
    ordinal: bool = False  # "a second official", "another diplomat"

    @property
    def pronoun(self) -> str | None:
        if self.kind != "pronoun":
            return None
        words = grammar().noun_phrases
        lower = self.text.lower()
        return words.pronouns.get(lower) or words.object_pronouns.get(lower)


def strip_possessive(word: str) -> str:
    if not word.endswith(_POSSESSIVE_ENDINGS):
        return word  # the common case, in one call
    for suffix in _POSSESSIVE_SUFFIXES:
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            return word[: -len(suffix)]
    return word


# A headline glued to the body's first word (`… PravdaScholz said`): a capitalised word of at
# least four letters run into a second capitalised word.
_GLUED = re.compile(r"[A-Z][a-z]{3,}([A-Z][a-z]+)")


def name_words(run: list[str]) -> list[str]:
    """The words of a name run as a person's name: from a word glued to the headline before it
    (`Ukrainska PravdaScholz` → `Scholz`), only the second word's part on, when that part
    is a listed person's surname (`RoseAnn`, `VandeHei`, `BuzzFeed` are names of their
    own)."""
    if not any(map(_GLUED.fullmatch, run)):
        return run  # (the common case, in one pass)
    people = language().people
    for k in range(len(run) - 1, -1, -1):
        glued = _GLUED.fullmatch(run[k])
        if (glued is not None and glued.group(1) in people.surnames
                and run[k] not in people.by_spelling):
            return [glued.group(1), *run[k + 1 :]]
    return run


def is_possessive(word: str) -> bool:
    return word.endswith(_POSSESSIVE_SUFFIXES[:2])


# A clitic after an apostrophe (`'ve`, `'d`, `'ll`, `'re`, `'m`, `n't`) ends no name.
_CONTRACTION = re.compile(r"(?:['’](?:ve|d|ll|re|m)|n['’]t)$")


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


# Asked of every capitalised token, often of the same names: remember the answers.
@per_language_lru(maxsize=4096)
def name_like(word: str) -> bool:
    """Could this token be part of a person's name?"""
    lang = language()
    base = strip_possessive(word)
    if base in lang.people.by_spelling:
        return True
    if len(base) == 2 and base[1] == "." and base[0].isupper():
        return True  # a middle initial (`James B. Comey`)
    titles = pack().titles
    if base in titles.offices or base in titles.courtesy:
        return False  # `Sen.`, `Mr.`: a title before the name, never part of it
    if base in language().places.not_name_words:
        return False  # `Republicans`, `Latino`, `Besides`: a group or an opener, no name
    if "-" in base and base.rsplit("-", 1)[1].isalpha() and base.rsplit("-", 1)[1].islower():
        return False  # `Angeles-area`, `Iowa-based`, `Clinton-era`: a modifier, no name
    particle, _, rest = base.partition("-")
    if rest and particle in lang.titles.particles.words and _capitalised(rest):
        return name_like(rest)  # `al-Assad`, `el-Sisi`: a lower-case particle joined on
    if (not _capitalised(base) or base in lang.titles.not_names.words
            or base in lang.titles.clause_openers.words):
        return False
    if base.isupper() and len(base) > 1:  # acronyms: NATO, EU, FT
        return False
    if _CONTRACTION.search(base):
        return False  # `I've`, `She'd`, `Don't`: a pronoun or verb with its clitic (not `O'Neil`)
    if base.lower() in lang.titles.role_tokens or base.lower() in lang.titles.unnamed.words:
        return False
    return any(ch.islower() for ch in base) and not any(ch.isdigit() for ch in base)


# What a capitalised token can be in a person's name, from the word alone (name_word): a
# name word; or a word kept out of names that a given name before it makes a surname
# (surname_after_given); or an abbreviation that a surname after it makes a given name
# (given_before_surname). The bits say which of those readings the token's neighbours decide.
NAME, SURNAME_IF_GIVEN_BEFORE, GIVEN_IF_SURNAME_AFTER = 1, 2, 4


# Asked of every capitalised token outside a place: most are no name word at all (`The`,
# `Republicans`), and only the few whose word allows it have their neighbours read.
@per_language_lru(maxsize=4096)
def name_word(word: str) -> int:
    """NAME if name_like(word), else the bits of the readings that the token's context may
    still make a name word (0: none)."""
    if name_like(word):
        return NAME
    return ((SURNAME_IF_GIVEN_BEFORE if _common_surname(word) else 0)
            | (GIVEN_IF_SURNAME_AFTER if _abbreviated_given(word) else 0))


def _common_surname(word: str) -> bool:
    """A capitalised word kept out of names that may be a surname after a given name
    (`Day`, `May`, `Black`): not a title word nor a preposition (`Hillary For America`)."""
    if not word[:1].isupper() or not word[1:].islower():
        return False
    titles = language().titles
    lower = word.lower()
    return (word in titles.not_names.words and lower not in titles.role_tokens
            and lower not in grammar().clauses.prepositions)


def _abbreviated_given(word: str) -> bool:
    """A given name the people lexicon knows that is also an abbreviation (`Jan`)."""
    if word not in language().text.abbreviations.words:
        return False
    given = language().people.first_names
    return word in given.all


def surname_after_given(tokens: list[Token], k: int) -> bool:
    """Is tokens[k] a surname that is also a common word or a month (`Kristen Day`, `Theresa
    May`, `Jack Black`): a capitalised word kept out of names, right after a given name the
    people lexicon knows, and no date's month (`Hillary May 5`)?"""
    if k == 0 or not _common_surname(tokens[k].text):
        return False
    given = language().people.first_names
    before = tokens[k - 1].text
    if before not in given.all:
        return False
    return k + 1 >= len(tokens) or not tokens[k + 1].text[:1].isdigit()


def given_before_surname(tokens: list[Token], k: int) -> bool:
    """Is tokens[k] a given name that is also an abbreviation kept out of names (`Jan Novak`,
    not `Jan. 6`): a given name the people lexicon knows, written without the abbreviation's
    full stop, right before a name-like word (`in Jan Egeland`, never `Jan 20`)?"""
    if k + 1 >= len(tokens) or not _abbreviated_given(tokens[k].text):
        return False
    after = tokens[k + 1]
    return after.start == tokens[k].end + 1 and name_like(after.text)


def np_token(tokens: list[Token], i: int) -> bool:
    kind = _np_word(tokens[i].text)
    return kind if kind is not None else _joins(tokens, i)


# Descriptions are read word by word many times over (each speech verb, each mention): what a
# word is depends on the word alone, except for the joiners, which _joins decides in context.
@per_language_lru(maxsize=4096)
def _np_word(word: str) -> bool | None:
    """Can the word be part of a description? None: only if it joins two description words."""
    titles, nps = language().titles, grammar().noun_phrases
    lower = word.lower()
    if word in titles.clause_openers.words or word in time_words() or lower in nps.pronouns:
        return False
    if word == ",":
        return True
    if _capitalised(word) or word[:1].isdigit():
        return True
    base = strip_possessive(lower)
    if base in titles.role_tokens or base in titles.unnamed.words or base in titles.documents.words:
        return True
    if (lower in titles.modifiers.strip or lower in titles.modifiers.keep
            or lower in nps.determiners):
        if lower in nps.not_joining:
            return False
        return True if lower not in nps.joiners else None
    if lower in titles.particles.words or lower in titles.groups.words:
        return True
    rules = pack().description
    if base in rules.person_nouns:
        return True  # `the Republican presidential candidate`: a person's noun heads it
    if lower in rules.title_modifiers:
        return None  # `presidential`: only before a title's noun
    if "-" in word and (any(c.isupper() for c in word) or lower.startswith(("pro-", "anti-"))):
        return True
    return base in nps.body_heads


def _joins(tokens: list[Token], i: int) -> bool:
    """Inner 'of/to/for/and' only between description words: 'Ambassador to NATO'."""
    if i == 0 or i + 1 >= len(tokens):
        return False
    nxt = tokens[i + 1].text
    lower = nxt.lower()
    rules = pack().description
    return (_capitalised(nxt) or lower in {"the"} | language().titles.role_tokens
            or lower in rules.person_nouns or lower in rules.title_modifiers)


def _owner_country(seg: list[Token]) -> str | None:
    """`Zelenskiy's office`, `Orban's government`: the country of the listed public figure
    whose body it is (the possessive right before the body's head)."""
    if len(seg) < 2 or not is_possessive(seg[-2].text):
        return None
    person = language().people.by_spelling.get(strip_possessive(seg[-2].text))
    return person.country if person is not None else None


def with_issuer(tokens: list[Token], i: int, text: str) -> list[Token]:
    """The description from tokens[i] on (np_right), read on through `from`/`of` when it is
    a document whose issuer follows (`according to a statement from the Elysée`: the issuer
    speaks, not the document alone)."""
    phrase = np_right(tokens, i)
    k = i + len(phrase)
    if not phrase or k + 1 >= len(tokens) or tokens[k].lower not in pack().description.placing:
        return phrase
    ref = parse(phrase, text)
    if ref is None or ref.kind != "document" or ref.affiliation or ref.country:
        return phrase
    issuer = np_right(tokens, k + 1)
    return [*phrase, tokens[k], *issuer] if issuer else phrase


def np_left(tokens: list[Token], j: int) -> list[Token]:
    """The description ending just before token j (auxiliaries and adverbs skipped)."""
    adverbs = language().speech.adverbs.words
    i = j - 1
    while i >= 0 and tokens[i].lower in adverbs:
        i -= 1
    if i >= 0 and tokens[i].lower in grammar().noun_phrases.pronouns:
        return [tokens[i]]
    end = i
    # (np_token inlined: the walk is made for each name and speech verb, a word at a time)
    while i >= 0:
        kind = _np_word(tokens[i].text)
        if not (kind if kind is not None else _joins(tokens, i)) and (
                not given_before_surname(tokens, i)):
            # (`Foreign Minister Jan Lipavsky said`: a given name that is also a month's
            # abbreviation is a name word before a surname, as the entity registry reads it)
            break
        i -= 1
    out = tokens[i + 1 : end + 1]
    joiners = grammar().noun_phrases.joiners
    while out and (out[0].text in joiners or out[0].text == "," or out[0].text.isdigit()):
        out = out[1:]
    while out and out[-1].text == ",":
        out = out[:-1]
    return out


def np_right(tokens: list[Token], j: int) -> list[Token]:
    """The description starting at token j, up to the first comma or non-description word."""
    if j < len(tokens) and tokens[j].lower in grammar().noun_phrases.pronouns:
        return [tokens[j]]
    i = j
    while i < len(tokens) and tokens[i].text != ",":
        kind = _np_word(tokens[i].text)  # (np_token inlined, as in np_left)
        if not (kind if kind is not None else _joins(tokens, i)) and (
                not given_before_surname(tokens, i)):
            break
        i += 1
    return tokens[j:i]


def parse(tokens: list[Token], text: str) -> Ref | None:
    """Read a description (possibly with appositive commas) into a Ref."""
    # The same description is read by several rules (mentions, speech verbs, attribution).
    return _parse(tuple(tokens), text)


@per_language_lru(maxsize=1024, article=True)
def _parse(tokens: tuple[Token, ...], text: str) -> Ref | None:
    segments: list[list[Token]] = [[]]
    for token in tokens:
        if token.text == ",":
            segments.append([])
        else:
            segments[-1].append(token)
    if _opening_adverb(segments, tokens, text):
        segments = segments[1:]  # `Publicly, the alliance has said`: the alliance says it
    refs: list[Ref | None] = []
    # The segment read last: whether it ends with a placed name is asked only when a short
    # capitalised segment follows it (most descriptions have one segment).
    last: list[Token] | None = None
    relatives = grammar().clauses.relatives
    for seg in segments:
        if not seg:
            continue
        first = seg[0].lower
        if first in relatives or (first[3:4] in ("'", "’") and first[:3] in relatives):
            break  # `Ann Roe, who's running for president,`: a clause, no title of hers
        if (last is not None and len(seg) <= PLACE_TAIL_WORDS
                and all(_capitalised(t.text) for t in seg) and _placed(last)):
            continue  # `Ann Roe of Sumter, South Carolina`: the state of the place just named
        last = seg
        refs.append(_segment(seg, text))
    named = [r for r in refs if r is not None]
    if not named:
        return None
    people = [r for r in named if r.kind == "person"]
    if people:
        person = people[-1]
        roles = [r for r in named if r.kind in ("descriptor", "unnamed") and r is not person]
        if person.role is None and roles:
            extra = roles[-1]
            return Ref("person", person.text, min(person.start, extra.start),
                       max(person.end, extra.end), person.name, extra.role,
                       person.affiliation or extra.affiliation, person.country or extra.country)
        return person
    return named[-1]


def _opening_adverb(segments: list[list[Token]], tokens: tuple[Token, ...], text: str) -> bool:
    """Is the description's first segment a sentence adverb before its subject (`Publicly, the
    alliance`, `Officially, the ministry`): one capitalised word with an adverb's ending after
    a stem of four letters or more, no given name, before a segment that no comma closes? An
    apposition to a name is closed by one (`Connolly, the minister, said`)."""
    if len(segments) < 2 or len(segments[0]) != 1 or not segments[1] or not tokens:
        return False
    word = segments[0][0].text
    lowered = word.lower()
    if not _capitalised(word) or not any(
            lowered.endswith(ending) and len(lowered) - len(ending) >= 4
            for ending in grammar().noun_phrases.adverb_endings):
        return False
    given = language().people.first_names
    if word in given.all:
        return False  # `Beverly, the minister`: a given name
    after = text[tokens[-1].end : tokens[-1].end + 2].lstrip()
    return not after.startswith(",")


# Words the state or country after a place's name may have (`Sumter, South Carolina`).
PLACE_TAIL_WORDS = 3


def _object_of_preposition(seg: list[Token], run: list[Token]) -> bool:
    """Is the name run a preposition's object after a description's head (`the head of the
    Council for Trade`, `a spokeswoman for Janney`, `the Minister of Foreign Affairs and
    Trade`, after `the` or not) that is no person's
    name: its first word no given name and the run no listed person's? (`a spokesman for Ann
    Roe` stays Roe's, as ever.)"""
    at = seg.index(run[0])
    p = at - 1
    if p >= 1 and seg[p].lower in ("and", "&"):
        # (`the Minister of Foreign Affairs and Trade`: the body's name coordinated)
        p -= 1
        while p >= 1 and _capitalised(seg[p].text):
            p -= 1
    if p >= 1 and seg[p].lower in grammar().noun_phrases.determiners:
        p -= 1
    if p < 1 or seg[p].lower not in grammar().clauses.prepositions:
        return False
    people = language().people
    first = strip_possessive(run[0].text)
    if first in people.first_names.all:
        return False
    return " ".join(strip_possessive(t.text) for t in run) not in people.by_spelling


def _placed(seg: list[Token]) -> bool:
    """Does the segment end with a name placed by `of`/`from`/`in` (`Ann Roe of Sumter`,
    `a woman in Worcester`), so that a name after the next comma is the place's state?"""
    locatives = pack().description.locatives
    at = next((p for p in range(len(seg) - 1, 0, -1) if seg[p].lower in locatives), None)
    return at is not None and at + 1 < len(seg) and all(
        _capitalised(t.text) for t in seg[at + 1 :])


def _places(text: str, start: int, end: int) -> list[tuple[int, int, Place]]:
    index, places = gazetteer()
    return [(a, b, places[key]) for a, b, key in index.find(text, start, end)]


def _segment(seg: list[Token], text: str) -> Ref | None:
    titles, nps = language().titles, grammar().noun_phrases
    start, end = seg[0].start, seg[-1].end
    surface = text[start:end]
    if len(seg) == 1 and seg[0].lower in nps.pronouns:
        return Ref("pronoun", surface, start, end)
    places = _places(text, start, end)
    covered: set[int] = set()
    country: str | None = None
    org: str | None = None
    body: str | None = None
    if places:  # (most segments name no place: no generators made for them)
        covered = {i for a, b, _ in places for i in range(a, b)}
        country = next((p.country for _, _, p in places if p.country), None)
        org = next((p.value for _, _, p in places if p.kind == "org"), None)
        body = next((text[a:b] for a, b, p in places if p.kind == "body"), None)
    run = _name_run(seg, covered)
    given = _given_before_outlet(seg, places) if places else None
    if given is not None:
        # (`Michael Bloomberg`: a given name before an outlet's name is a person's surname)
        covered.difference_update(range(seg[-1].start, seg[-1].end))
        run = given
        places = [p for p in places if p[0] < seg[-1].start]
    if (len(places) == 1 and places[0][2].kind == "media" and not _has_role(seg)
            and len(run) < 2):
        # (`CNN host Ann Roe`, `NBC's Ann Roe`: a person's full name after the outlet speaks)
        return Ref("media", surface, start, end)
    if run and run[-1].text in pack().names.org_heads:
        organisation = _body(seg, run, text)
        if organisation is not None:
            return organisation
        run = []  # `Palm Beach County`, `Servant House Baptist Church`: a body's name
    if not run and places:
        # `Archbishop Ann Roe of the Armenian Patriarchate`: the words after `of` are a known
        # body or place, the name of two words or more before it the person's
        placing = pack().description.placing
        # (the place after `of` may follow another: `BBC Chairman Ann Roe of North Dakota`)
        cut = next((p for p in range(1, len(seg)) if seg[p].lower in placing
                    and seg[p].start < places[-1][0]), None)
        head = _name_run(seg[:cut], covered) if cut is not None else []
        if cut is not None and len(head) >= 2 and head[-1] is seg[cut - 1]:
            seg, run = seg[:cut], head
            end = seg[-1].end
            surface = text[start:end]
    if run:
        # `G.K. Roe of North Carolina`: the name before `of`/`from` is the person's, the words
        # after it a place's.
        at = seg.index(run[0])
        placing = pack().description.placing
        # (the first such word: `Ann Roe of the Armenian Patriarchate of Jerusalem`)
        cut = next((p for p in range(1, at)
                    if seg[p].lower in placing and name_like(seg[p - 1].text)), None
                   ) if at > 1 else None
        if cut is not None:
            seg = seg[:cut]
            end = seg[-1].end
            surface = text[start:end]
            run = _name_run(seg, covered)
    if run and seg.index(run[0]) >= 2 and seg[seg.index(run[0]) - 1].lower == "and":
        # `Ann Roe and Bo Lind`, `state Senate leader Ann Roe and House Speaker Bo Lind`: two
        # people speaking together; the first named stands for both
        first = _name_run(seg[: seg.index(run[0]) - 1], covered)
        if first:
            seg = seg[: seg.index(run[0]) - 1]
            end = seg[-1].end
            surface = text[start:end]
            run = first
    if run and _object_of_preposition(seg, run):
        run = []  # `the public affairs office at Ramstein Air Base`: a place, no one's name
    if run:
        at = seg.index(run[0])
        role_tokens = _role_tokens(seg[:at], places) if at else []
        role = text[role_tokens[0].start : role_tokens[-1].end] if role_tokens else None
        if role and not _has_role(role_tokens):
            role = None
        name = " ".join(name_words([strip_possessive(t.text) for t in run]))
        outlet = (next((p.value for _, _, p in places if p.kind == "media"), None) if places
                  else None)
        return Ref("person", surface, start, end, name, role, org or outlet, country)
    # (strip_possessive's own first test inlined: most words end in no possessive)
    lowers = [w if not w.endswith(_POSSESSIVE_ENDINGS) else strip_possessive(w)
              for w in map(_LOWER, seg)]
    ordinal = any(w in nps.ordinals for w in lowers)
    if any(w in titles.documents.words for w in lowers):
        return Ref("document", surface, start, end, affiliation=org or body, country=country)
    if any(w in titles.groups.words for w in lowers) and not _sources(lowers):
        if org or country:
            return Ref("org", surface, start, end, affiliation=org or body, country=country)
        words = [t for t in seg if t.lower not in nps.determiners]
        role = text[words[0].start : words[-1].end] if words else None
        return Ref("unnamed", surface, start, end, None, role)
    lead = next((k for k, w in enumerate(lowers) if w not in nps.determiners), len(lowers))
    if lead + 1 < len(lowers) and lowers[lead] in nps.body_heads and lowers[lead + 1] == "of":
        # (`the Office of the President`, `the Ministry of Defence`: a body, whose name's title
        # word is no one's title)
        body_name = text[seg[lead].start : seg[-1].end]
        return Ref("org", surface, start, end, affiliation=org or body_name, country=country)
    # (`the State Department`: a title word inside a body's name is no one's title)
    if _has_role([t for t in seg if t.start not in covered]) or _sources(lowers):
        if len(seg) > 1 and lowers[-1] in pack().description.things:
            return None  # `the president's foreign policy`: a thing, the title its owner's
        role_words = [
            t for t in seg
            if not _skip_in_role(t, places, titles.modifiers.strip)
            and t.lower not in nps.determiners
        ]
        role = text[role_words[0].start : role_words[-1].end] if role_words else None
        kind = "unnamed" if lowers[0] in nps.indefinite or _sources(lowers) else "descriptor"
        return Ref(kind, surface, start, end, None, role, org or body, country, ordinal)
    if lowers[-1] in pack().description.person_nouns and lowers[0] in nps.determiners:
        # `his wife`, `the billionaire businessman`: a person's noun with its determiner
        words = [t for t in seg if t.lower not in nps.determiners]
        role = text[words[0].start : words[-1].end] if words else None
        kind = "unnamed" if lowers[0] in nps.indefinite else "descriptor"
        return Ref(kind, surface, start, end, None, role, org or body, country, ordinal)
    if lowers[-1] in nps.body_heads and not (org or country):
        country = _owner_country(seg)
    if lowers[-1] in nps.body_heads and (org or country):
        # `the German government`, `Poland's foreign ministry`: a body of that country
        # speaking, as the article names it
        # (its name is the words after the last determiner or conjunction: `… and the Dutch
        # government` is `Dutch government`)
        stops = nps.determiners | grammar().clauses.coordinators
        cut = max((k for k, t in enumerate(seg) if t.lower in stops), default=-1)
        named = text[seg[cut + 1].start : seg[-1].end] if cut + 1 < len(seg) else None
        return Ref("org", surface, start, end, affiliation=org or named, country=country)
    if places and all(t.start in covered or t.lower in nps.determiners for t in seg):
        place = places[-1][2]
        if place.kind == "place":
            return None  # `New Hampshire`, `Brooklyn`: a place below a country is no source
        if place.kind == "org":
            return Ref("org", surface, start, end, affiliation=place.value)
        return Ref("org", surface, start, end, affiliation=body, country=place.country)
    return None


def _given_before_outlet(seg: list[Token], places: list[tuple[int, int, Place]]
                         ) -> list[Token] | None:
    """`Michael Bloomberg`: the two last words, a listed given name and an outlet's one-word
    name, are a person's name."""
    if len(seg) < 2 or not places:
        return None
    start, end, place = places[-1]
    last = seg[-1]
    if place.kind != "media" or (start, end) != (last.start, last.end):
        return None
    first_names = language().people.first_names
    given = seg[-2].text
    return seg[-2:] if given in first_names.all else None


def _body(seg: list[Token], run: list[Token], text: str) -> Ref | None:
    """`the Heritage Foundation`, `the Justice Department`, `the Daily Ledger Times`: a name
    the whole description is (a determiner aside) and that ends in the head of a body that
    speaks, or of an outlet, read as that organisation or outlet. None for other names with
    an organisation's head (`Palm Beach County`, `the Patriot Act`) and for descriptions with
    more words (`a Heritage Foundation fellow`). A name ending in a press head (`Oslo Wire`,
    `the Harbour Ledger`), a place's name possibly opening it, is an organisation too."""
    names = pack().names
    head = run[-1].text
    determiners = grammar().noun_phrases.determiners
    if seg[-1] is not run[-1]:
        return None
    start, end = seg[0].start, seg[-1].end
    lead = seg[: seg.index(run[0])]
    if head in names.press_heads and all(
            t.lower in determiners or (t.text[:1].isupper() and not is_possessive(t.text))
            for t in lead):
        # (`Oslo Wire`: a place's name may open the outlet's)
        named = [t for t in seg if t.lower not in determiners]
        return Ref("org", text[start:end], start, end,
                   affiliation=text[named[0].start : named[-1].end])
    if not all(t.lower in determiners for t in lead):
        return None
    name = text[run[0].start : run[-1].end]
    if head in names.outlet_heads:
        return Ref("media", text[start:end], start, end)
    if head in names.speaking_heads:
        return Ref("org", text[start:end], start, end, affiliation=name)
    return None


def _sources(lowers: list[str]) -> bool:
    """Nouns for unnamed sources proper (officials, diplomats), not titles like 'leader'."""
    nouns = grammar().noun_phrases.source_nouns
    return any(w in nouns for w in lowers)


_LOWER = attrgetter("lower")


def _has_role(seg: list[Token]) -> bool:
    titles = language().titles
    # (a map, not a generator: one left unfinished is closed by raising GeneratorExit in it)
    return not titles.role_tokens.isdisjoint(map(strip_possessive, map(_LOWER, seg)))


def _role_tokens(tokens: list[Token], places: list[tuple[int, int, Place]]) -> list[Token]:
    """The title part of a description: from its first title, modifier or place word on;
    after the last `and` / `or` that a title follows, when it opens the description or
    another person is named before it (`and German Chancellor`, `President Ann Roe and NATO
    Secretary General`: the title before the name is the one after it)."""
    titles = language().titles
    cut = next((k + 1 for k in range(len(tokens) - 1, -1, -1)
                if tokens[k].lower in _ROLE_COORDINATORS
                and any(strip_possessive(t.lower) in titles.role_tokens
                        for t in tokens[k + 1 :])
                and (k == 0 or any(map(_person_word, tokens[:k])))), 0)
    tokens = tokens[cut:]
    strip = titles.modifiers.strip
    kept = [t for t in tokens if not _skip_in_role(t, places, strip)]
    for index, token in enumerate(kept):
        lower = strip_possessive(token.lower)
        in_place = any(a <= token.start < b for a, b, _ in places)
        if lower in titles.role_tokens or lower in titles.modifiers.keep or in_place:
            return kept[index:]
    return []


def _person_word(token: Token) -> bool:
    """A given name or a listed person's surname (`Lee and German Chancellor Roe`: another
    person before `and`; not `former Governor and Senate candidate`, one person's two titles)."""
    people = language().people
    word = strip_possessive(token.text)
    return word in people.first_names.all or word in people.surnames


# Words that join two people's descriptions before a name (`A and B Chancellor Ann Roe`).
_ROLE_COORDINATORS = frozenset({"and", "or", "&"})


def _skip_in_role(token: Token, places: list[tuple[int, int, Place]],
                  strip: frozenset[str]) -> bool:
    """Leading modifiers ('outgoing', 'the': strip, titles.toml modifiers.strip) and possessive
    countries are not part of a role."""
    if token.lower in strip:
        return True
    return is_possessive(token.text) and any(a <= token.start < b for a, b, _ in places)


# Two or three joined initials before a surname (`G.K.`, `J.R.R.`); a dotted acronym that
# names a place (`U.S.`, `D.C.`) is a place the gazetteer covers first.
_JOINED_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")


def _name_run(seg: list[Token], covered: set[int]) -> list[Token]:
    """The trailing run of name words in a segment ('Julianne Smith' in 'U.S. … Julianne Smith')."""
    particles = language().titles.particles.words
    run: list[Token] = []
    suffixes = pack().titles.name_suffixes
    end = len(seg)
    while end > 1 and seg[end - 1].text.rstrip(".") in suffixes:
        end -= 1  # `Brent Bozell III`, `Robert Casey Jr.`: the name is what comes before
    for k in range(end - 1, -1, -1):
        token = seg[k]
        if token.start in covered:
            break
        if token.text in particles and run:
            run.insert(0, token)
            continue
        if run and token.text[-1] == "." and _JOINED_INITIALS.fullmatch(token.text):
            run.insert(0, token)  # `G.K. Roe`, `J.C. Watts`: given names as joined initials
            continue
        if not (name_like(token.text) or surname_after_given(seg, k)):
            break
        run.insert(0, token)
    if run and run[0].text in particles and _particle_surname(run):
        return run  # `von der Leyen said`: a surname with its particles, no given name
    while run and run[0].text in particles:
        run = run[1:]
    return run


def _particle_surname(run: list[Token]) -> bool:
    """Is the run lower-case particles then a single name word (`von der Leyen`, `de
    Gaulle`): a surname used alone, its particles part of it?"""
    particles = language().titles.particles.words
    return len([t for t in run if t.text not in particles]) == 1 and run[-1].text not in particles
