"""Who may hold a position in a stretch of text: countries named, as demonyms, as capitals or
national bodies used as metonyms, through a person from them, or through an anaphor (`it`,
`the country`) standing for a country just named; and which of those mentions are objects
(`opposing Ukraine’s bid`, `in the Ukrainian parliament`) or targets (`is facing resistance`)
rather than holders.
"""

from __future__ import annotations

import bisect
import re
import weakref
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import compress
from operator import attrgetter

from summarizer.extract.offline import np
from summarizer.extract.offline.cues import plan_mentions
from summarizer.extract.offline.document import Doc, Token
from summarizer.extract.offline.entities import Entity, Registry
from summarizer.extract.offline.frozen import quick_init
from summarizer.extract.offline.language import grammar, language, per_language
from summarizer.extract.offline.lexicon import gazetteer
from summarizer.extract.offline.speakers import place_subject
from summarizer.extract.offline.stance_forms import (
    non_government,
    research_body,
    speaks_through,
    unofficial,
)
from summarizer.extract.offline.stance_scope import named_groups
from summarizer.extract.offline.stance_turns import co_subject_before, the_public, turns
from summarizer.extract.offline.token_spans import last_words
from summarizer.extract.offline.word_packs import stance_scope

_HOLDER_KINDS = ("country", "demonym", "capital", "body")


@quick_init  # (made by the dozen per stance range: a cheaper __init__)
@dataclass(frozen=True)
class Holder:
    start: int
    end: int
    code: str
    actor: str | None
    possessive: bool


def holders(doc: Doc, registry: Registry, start: int, end: int) -> list[Holder]:
    index, places = gazetteer()
    out: list[Holder] = []
    for a, b, key in index.find(doc.text, start, end):
        place = places[key]
        if place.kind in _HOLDER_KINDS and place.country and not non_government(doc.text, b) and (
                not the_public(doc.text, a)) and not (
                place.kind == "demonym" and research_body(doc.text, b)) and not (
                _former(doc.text, a)):
            # `Estonia's government reiterated its support`: the country speaks, not a possessor.
            possessive = _possessive_at(doc.text, b) and not speaks_through(doc.text, b)
            if not possessive and place.kind == "demonym" and (
                    owner := _possessor_phrase(doc, b, end)) is not None:
                # `Ukrainian President X’s plan`, `the Hungarian leader’s remarks`: the demonym
                # opens a possessor's phrase; the mention is that possessor, not a subject.
                b, possessive = owner, True
            out.append(Holder(a, b, place.country, None, possessive))
    # `the Baltics`, `the Nordic countries`: a holder for every member, over the same words.
    for a, b, codes in named_groups(doc.text, start, end):
        if not non_government(doc.text, b):
            out.extend(Holder(a, b, code, None, _possessive_at(doc.text, b)) for code in codes)
    offsets, people = _people(registry)
    for k in range(bisect.bisect_left(offsets, start), bisect.bisect_left(offsets, end)):
        offset, entity = people[k]
        stop = _name_end(doc, offset, end)
        out.append(Holder(offset, stop, entity.country or "", entity.name,
                          _possessive_at(doc.text, stop)))
    tokens = doc.tokens(start, end)
    personal, pronouns = np.personal_pronouns(), grammar().noun_phrases.pronouns
    anaphors = stance_scope().syntax.country_anaphors
    # Only pronouns and anaphors need a look (the membership tests run in C).
    for k in compress(range(len(tokens)), map(_referring().__contains__, map(_LOWER, tokens))):
        token = tokens[k]
        if token.lower in personal:
            meant = registry.pronoun(pronouns[token.lower], token.start)
            if meant is not None and meant.country and not meant.speaks_for and (
                    not unofficial(meant.role)):
                out.append(Holder(token.start, token.end, meant.country, meant.name, False))
        elif token.lower in anaphors:
            holder = _anaphor(doc, tokens, k)
            if holder is not None:
                out.append(holder)
    return sorted(out, key=_START)


def names_one(doc: Doc, registry: Registry, start: int, end: int) -> bool:
    """Does the range name one who may hold a position: a place of a holder's kind with a
    country, a person's mention, or a named group (what holders() reads first, without its
    readings of each mention)? With refers_to_one, a test that holders() surely finds no one
    when both are False, asked before a range's cues (which cost several times more)."""
    text = doc.text
    index, places = gazetteer()
    for _, _, key in index.find(text, start, end):
        place = places[key]
        if place.kind in _HOLDER_KINDS and place.country:
            return True
    offsets, _ = _people(registry)
    if bisect.bisect_left(offsets, start) < bisect.bisect_left(offsets, end):
        return True
    return bool(named_groups(text, start, end))


def refers_to_one(doc: Doc, start: int, end: int) -> bool:
    """Does the range hold a pronoun or an anaphor (`the country`) that may stand for one?"""
    return not _referring().isdisjoint(map(_LOWER, doc.tokens(start, end)))


def _former(text: str, start: int) -> bool:
    """`former German chancellor …`: is the mention part of a past title (a word of titles.toml
    modifiers.past right before it)? A former office holder speaks for no government."""
    return _past_regex().search(text, max(0, start - 20), start) is not None


@per_language
def _past_regex() -> re.Pattern[str]:
    """A past-title word (titles.toml modifiers.past) ending right before a position."""
    words = "|".join(map(re.escape, sorted(language().titles.modifiers.past, key=len,
                                           reverse=True)))
    return re.compile(rf"\b(?:{words})(?:\s+|-)$", re.I)


def research_only(doc: Doc, start: int, end: int, code: str) -> bool:
    """`Hans Meier of the German Marshall Fund said …`: is every mention of the country in the
    range a demonym opening a research body's name, so that a speaker credited with the
    country through it works there and speaks for no government?"""
    index, places = gazetteer()
    found = [(b, places[key]) for _, b, key in index.find(doc.text, start, end)
             if places[key].country == code]
    return bool(found) and all(p.kind == "demonym" and research_body(doc.text, b)
                               for b, p in found)


_LOWER = attrgetter("lower")
_START = attrgetter("start")  # (a sort key read in C, not a Python call per mention)

# Per registry: its people's mentions in text order, so that a range's mentions are found by
# bisection instead of a walk over every mention of the article for every sentence.
_PEOPLE: weakref.WeakKeyDictionary[Registry, tuple[int, list[int], list[tuple[int, Entity]]]] = (
    weakref.WeakKeyDictionary())


def _people(registry: Registry) -> tuple[list[int], list[tuple[int, Entity]]]:
    """(offsets, (offset, entity)) of every mention of a person speaking for a country."""
    size = registry.mention_count
    cached = _PEOPLE.get(registry)
    if cached is not None and cached[0] == size:  # rebuilt if a mention was added since
        return cached[1], cached[2]
    # An analyst or expert from a country (`Hans Meier, a German analyst`) is not its voice.
    people = sorted(((m.offset, e) for e in registry.entities.values()
                     if e.country and not e.speaks_for and not unofficial(e.role)
                     for m in e.mentions),
                    key=lambda pair: pair[0])
    offsets = [offset for offset, _ in people]
    _PEOPLE[registry] = (size, offsets, people)
    return offsets, people


@per_language
def _referring() -> frozenset[str]:
    """Pronouns, and `it` / `the country` standing for a country that is the subject just
    before (stance.toml [scope.syntax])."""
    return frozenset(np.personal_pronouns() | stance_scope().syntax.country_anaphors)


def _anaphor(doc: Doc, tokens: list[Token], k: int) -> Holder | None:
    """`Estonia backs the bid. The country says …` / `…, and it has pressed for …`: the
    anaphor as a clause subject, standing for the country, capital or national body that is
    the nearest clause subject before it, unless the plan was named in between (then `it` is
    the plan)."""
    token = tokens[k]
    head = k - 1 if token.lower == "country" else k
    if token.lower == "country" and (head < 0 or tokens[head].lower != "the"):
        return None
    opener = head == 0 and doc.sentence_at(tokens[head].start).start == tokens[head].start
    openers = stance_scope().syntax.anaphor_openers
    if not opener and not (head > 0 and tokens[head - 1].lower in openers):
        return None
    found = place_subject(doc, tokens[head].start)
    if found is None or found[1].country is None:
        return None
    if token.lower == "it" and plan_mentions(doc.text, found[0], token.start):
        return None
    return Holder(tokens[head].start, token.end, found[1].country, None, False)


# A person's description after a demonym: at most this many title and name words, and
# characters.
_PHRASE_WORDS = 6
_PHRASE_REACH = 80


def _possessor_phrase(doc: Doc, at: int, end: int) -> int | None:
    """Where the possessor ends (before its `'s`) when the title and name words right after a
    demonym end in a possessive (`President Volodymyr Zelensky’s`, `defence minister’s`), else
    None. Read word by word, stopping at the first other word."""
    text = doc.text
    # (most demonyms have no possessive in reach: found in C first)
    reach = min(end, at + _PHRASE_REACH)
    if text.find("’s", at, reach) < 0 and text.find("'s", at, reach) < 0:
        return None
    titles = language().titles
    for k, token in enumerate(doc.iter_tokens(at, end)):
        base = np.strip_possessive(token.lower)
        if k >= _PHRASE_WORDS or not (base in titles.role_tokens or base in titles.modifiers.keep
                                      or np.name_like(token.text)):
            return None
        if np.is_possessive(token.text):
            return token.end - 2
    return None


def _possessive_at(text: str, end: int) -> bool:
    return text.startswith(("’s", "'s"), end)


def _name_end(doc: Doc, offset: int, limit: int) -> int:
    """End of the name mentioned at offset (a possessive 's left outside)."""
    end = offset
    for token in doc.tokens(offset, limit, skip_quotes=False):
        if not (np.name_like(token.text)
                or (end > offset and token.text in language().titles.particles.words)):
            break
        end = token.end
        if np.is_possessive(token.text):
            return end - 2
    return end


def governor(tokens: list[Token], ends: list[int], inside: set[int], holder: Holder) -> int | None:
    """Index of the word that governs a mention: left of it, past determiners, list commas,
    other mentions of the same list, and the title words of a person's description.

    ends: every token's end offset; inside: every offset covered by a mention."""
    lang = language()
    skip_left = stance_scope().syntax.skip_left
    # (fetched once: the walk left asks them of every word it passes)
    object_prepositions = lang.stance.holders.object_prepositions
    role_tokens, keep = lang.titles.role_tokens, lang.titles.modifiers.keep
    # The words a co-subject link ends with (co_subject_before's own first test, asked here in
    # C so that most words pass without a call).
    co_ends = last_words(turns().co_subjects)
    comma = False
    linked = -1  # `Germany, along with Hungary`: the link's first word (skipped up to it)
    # Tokens ending at or before the mention are a prefix of the (ordered) tokens.
    for index in range(bisect.bisect_right(ends, holder.start) - 1, -1, -1):
        token = tokens[index]
        lower = token.lower
        comma = comma or lower == ","
        if index > linked >= 0 or lower in skip_left or token.start in inside:
            continue
        if lower in co_ends and (n := co_subject_before(tokens, index)) and index >= n - 1 and (
                _mention_before(tokens, index - n, inside)):
            linked = index - n + 1  # a co-subject is no object of the link's `with`
            continue
        base = np.strip_possessive(lower)
        if base in object_prepositions and not _title_before(tokens, index):
            if comma and (base in _sourcing() or (
                    index > 0 and f"{tokens[index - 1].lower} {base}" in _sourcing()) or (
                    _opening_phrase_closed(tokens, ends, holder, object_prepositions))):
                # `According to diplomats, Germany opposes …`, `Unlike Germany, Poland …`,
                # `On the eve of the meeting, Ukraine …`: the comma closed the phrase; the
                # mention after it is a clause's subject.
                return None
            return index  # `in the Ukrainian parliament`: an object, not a title's `of`
        if base in role_tokens or base in keep or np.name_like(token.text):
            continue
        return index
    return None


def _opening_phrase_closed(tokens: list[Token], ends: list[int], holder: Holder,
                           prepositions: frozenset[str]) -> bool:
    """Does a comma right before the mention close the only phrase before it, one opened by a
    preposition at the start of the range (`On the eve of the meeting, …`, `After meeting X,
    …`)?"""
    k = bisect.bisect_right(ends, holder.start) - 1  # the token right before the mention
    return k > 0 and tokens[k].lower == "," and tokens[0].lower in prepositions and not any(
        t.lower == "," for t in tokens[1:k])


def _mention_before(tokens: list[Token], index: int, inside: set[int]) -> bool:
    """Does a mention end at tokens[index], past commas? A co-subject link joins two mentions
    (`Slovakia, like Hungary,`), not a group and its members (`those reluctant, like …`)."""
    while index >= 0 and tokens[index].lower == ",":
        index -= 1
    return index >= 0 and tokens[index].start in inside


def _sourcing() -> frozenset[str]:
    return turns().sourcing


def _title_before(tokens: list[Token], index: int) -> bool:
    """Is the preposition at index part of a title (`Minister of`, not `Ambassador to`)?"""
    if index == 0:
        return False
    lang = language()
    if tokens[index].lower in lang.stance.holders.posted_prepositions:
        return False  # `the US envoy to Russia`: the post's country, not the holder's
    titles = lang.titles
    before = np.strip_possessive(tokens[index - 1].lower)
    # `the government of Germany`, `the leadership of Hungary`: a national body's `of` names
    # the country it speaks for, as `Germany's government` does (stance.toml [holders] bodies).
    return before in titles.role_tokens or before in titles.modifiers.keep or (
        tokens[index].lower == "of" and before in lang.stance.holders.bodies)


def subjects(doc: Doc, holders: list[Holder], start: int, end: int) -> list[Holder]:
    """The mentions that could hold a position: not objects of a preposition or a target verb
    (`in the Ukrainian parliament`, `facing Germany`)."""
    object_prepositions = language().stance.holders.object_prepositions
    tokens = doc.tokens(start, end, skip_quotes=False)
    ends = [t.end for t in tokens]
    inside = covered(holders)
    out: list[Holder] = []
    for holder in holders:
        at = governor(tokens, ends, inside, holder)
        head = tokens[at].lower if at is not None else None
        if head in object_prepositions or is_target(head):
            continue
        out.append(holder)
    return out


def covered(holders: list[Holder]) -> set[int]:
    """Every offset the mentions cover (what governor's `inside` holds), each mention's range
    added in C rather than offset by offset."""
    inside: set[int] = set()
    for holder in holders:
        inside.update(range(holder.start, holder.end))
    return inside


def is_target(word: str | None) -> bool:
    return word is not None and word in _target_heads()


def any_target(words: Iterable[str]) -> bool:
    """Is any of the words (lowered) a target verb's last word (is_target for each, in C)?"""
    return not _target_heads().isdisjoint(map(str.lower, words))


@per_language
def _target_heads() -> frozenset[str]:
    """The last word of each target verb ("met with" → "with")."""
    return frozenset(v.split()[-1] for v in language().stance.blockers.target_verbs)
