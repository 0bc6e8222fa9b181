"""Cue words that state no position where they stand, or another, and holders that stand
where a cue word does not reach them (issue: stances that generalise; polarity is sacred).

Cues that state nothing, or another position (turned(), applied by cues.find_cues):
- a position of the past (`Germany, which previously opposed an invitation, now backs it`,
  `backed the plan last year but now …`): only the present position counts;
- a position given up (`dropped its opposition`, `withdrew its support`) or denied (`denied
  reports that it opposes …`): no position either way;
- a request that the step be given up (`demanded that Kyiv abandon its bid`) is a no, and a
  rejection of that request (`rejected demands that …`) states nothing;
- support for a slower way to the step or for something instead of it (`favours a slower path
  to membership`, `a bridge … rather than an invitation`) is a wait: hesitant;
- a refusal of something that is not the step (`refused to rule out an invitation`, `refused to
  say whether …`); `refused to invite Ukraine` still is a no;
- a word of importance (`crucial`, `critical`, `fundamental`) is a cue only when said of the
  step (`an invitation is crucial`), not of a country's support (`US support is essential`);
- a cue joined by `or`/`nor` to one of another position (`did not support or oppose it`);
- support for a no (`welcomed the refusal to invite Ukraine`, `backed the decision to delay`);
- a cue about deciding (`has not yet decided whether to support …`).

Holders (stances.py and holders.py ask):
- the source of a reaction (`faces resistance from Germany`, `was met with scepticism in
  Berlin`) holds it; `in` only for a capital (a government), not a country's people;
- whose support is sought (`sought Germany's backing`) holds none of it;
- a passive verdict on the step or the plan (`his plan had been rejected by Hungary`) is its
  agent's only, never the reporter's;
- in a speaker's own words, a clause whose subject is others (`Some partners say …`) is theirs;
- a noun of reluctance or opposition is a holder's own only through a verb of having or voicing
  (`has reservations`; not `criticised the reluctance of allies`), or as its possessor's;
- a second complement (`said Kyiv should … and that the plan would …`) is the reporter's, not
  the first complement's subject's;
- a share of the people (`most Germans`, `many Poles`) is not the government;
- a list after a copula (`the most sceptical allies are Germany and the US`) takes the cue
  before it, as after a list link;
- co-subjects (`Germany, along with Hungary, is …`), an absolute phrase's subject (`…, with
  Washington opposed`) and the subject after a sourcing or contrast phrase (`According to
  diplomats, Germany …`, `Unlike Germany, Poland …`) hold the cue after them.

Vocabulary: stance_indirect.toml [turns], typed and validated at load (Turns).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import compress
from operator import itemgetter, methodcaller
from typing import TYPE_CHECKING

from pydantic import Field

from summarizer.extract.offline.collector import per_article
from summarizer.extract.offline.document import Token
from summarizer.extract.offline.language import active, english, language, per_language
from summarizer.extract.offline.lexicon import gazetteer
from summarizer.extract.offline.token_spans import (
    capturing,
    first_words,
    last_words,
    lowered_alike,
    spans,
)
from summarizer.extract.offline.word_packs import Words, WordsPack, stance_scope

if TYPE_CHECKING:  # cues.py asks this module, so it is not imported at run time
    from summarizer.extract.offline.cues import Found


class Past(WordsPack):
    before: Words
    before_reach: int = Field(ge=1, le=6)
    after: Words
    after_reach: int = Field(ge=1, le=8)
    present: Words
    continuing: Words


class GivenUp(WordsPack):
    verbs: Words
    skip: Words
    fading_nouns: Words
    fading: Words
    fading_reach: int = Field(ge=1, le=10)


class Refusals(WordsPack):
    verbs: Words
    steps: Words


class Importance(WordsPack):
    cues: Words
    reach: int = Field(ge=1, le=12)
    openers: Words
    contrasts: Words
    after_only: Words


class BacksANo(WordsPack):
    words: Words
    denials: Words
    reach: int = Field(ge=1, le=10)


class Slower(WordsPack):
    words: Words
    reach: int = Field(ge=1, le=12)
    instead: Words
    steps: Words
    step_reach: int = Field(ge=1, le=6)


class Deferred(WordsPack):
    cues: Words
    before: Words
    before_reach: int = Field(ge=1, le=8)
    after: Words
    after_reach: int = Field(ge=1, le=20)
    way: Words
    denials: Words
    immediate: Words


class First(WordsPack):
    cues: Words
    plain: Words
    reach: int = Field(ge=1, le=6)
    plain_reach: int = Field(ge=1, le=8)


class Denied(WordsPack):
    verbs: Words
    reach: int = Field(ge=1, le=12)


class Renounced(WordsPack):
    verbs: Words
    reach: int = Field(ge=1, le=12)
    step_reach: int = Field(ge=1, le=6)
    steps: Words
    object_ends: Words
    negators: Words
    plain: Words
    denied_steps: Words


class Reactions(WordsPack):
    nouns: Words
    sources: Words
    places: Words
    lingering: Words
    follow_leads: Words
    objects: Words
    granted: Words
    granted_sources: Words
    holding: Words
    holding_skip: Words


class Passive(WordsPack):
    auxiliaries: Words
    subjects: Words
    reach: int = Field(ge=1, le=6)
    adjectival: Words
    breaks: Words


class Borne(WordsPack):
    nouns: Words
    verbs: Words
    lead: Words


class Efforts(WordsPack):
    nouns: Words
    modifiers: Words
    modifier_reach: int = Field(ge=0, le=4)
    own: Words


class Turns(WordsPack):
    """stance_indirect.toml [turns]: this module's words."""

    past: Past
    given_up: GivenUp
    refusals: Refusals
    importance: Importance
    renounced: Renounced
    denied: Denied
    slower: Slower
    deferred: Deferred
    first: First
    backs_a_no: BacksANo
    absolute: Words
    either_or: Words
    reactions: Reactions
    seekers: Words
    expecters: Words
    seeker_links: Words
    forecasters: Words
    sourcing: Words
    co_subjects: Words
    open_questions: Words
    undecided: Words
    unsaid: Words
    others: Words
    others_lead: Words
    passive: Passive
    borne: Borne
    efforts: Efforts
    joiners: Words
    joiner_links: Words
    second_complements: Words
    public: Words
    copulas: Words
    reporting: Words


def turns() -> Turns:
    return (active() or english()).stance_indirect.turns  # language(), inlined


_TOKEN = re.compile(r"[\w’'-]+|[,;:.!?—–()\"“”]")
_STOP = frozenset(",;:.!?—–()\"“”")
_FIRST = itemgetter(0)  # a token's word


_TOKEN_SPLIT = capturing(_TOKEN)


# Both built with C-level maps over the matches (a Python expression per token cost more).
# The words before a cue are read by `turned` and again by `effort_start`, and a cue of a
# quotation is read in its sentence and its statement alike: each range split once per article
# (the list is shared: callers only read it).
@per_article
@lru_cache(maxsize=256)
def _tokens(text: str, a: int, b: int) -> list[tuple[str, int, int]]:
    # The range lowered and straightened at once, then split: the same tokens, when
    # token_spans.lowered_alike allows it.
    lowered = lowered_alike(text[a:b])
    if lowered is not None:
        straight = lowered.replace("’", "'") if "’" in lowered else lowered
        words, starts, ends = spans(_TOKEN_SPLIT, straight, a)
        return list(zip(words, starts, ends, strict=True))
    matches = list(_TOKEN.finditer(text, a, b))
    return list(zip(map(_STRAIGHTEN, map(str.lower, map(re.Match.group, matches))),
                    map(re.Match.start, matches), map(re.Match.end, matches), strict=True))


def _words(text: str, a: int, b: int) -> list[str]:
    """The words of `_tokens(text, a, b)` alone."""
    lowered = lowered_alike(text[a:b])
    if lowered is not None:  # as in _tokens
        return _TOKEN.findall(lowered.replace("’", "'") if "’" in lowered else lowered)
    return list(map(_STRAIGHTEN, map(str.lower, _TOKEN.findall(text, a, b))))


_STRAIGHTEN = methodcaller("replace", "’", "'")


def _has(words: list[str], phrases: frozenset[str]) -> bool:
    joined = f" {' '.join(words)} "
    return any(map(joined.__contains__, _padded(phrases)))


@lru_cache(maxsize=64)
def _padded(phrases: frozenset[str]) -> tuple[str, ...]:
    """The phrases as " phrase ", for whole-word substring tests (made once, not per test)."""
    return tuple(f" {p} " for p in phrases)


@lru_cache(maxsize=64)
def _firsts(phrases: frozenset[str]) -> frozenset[str] | None:
    """The first words of the phrases (token_spans.first_words), or None when a phrase opens
    with a space: " phrase " found in words joined by spaces then starts at no word's start."""
    firsts = first_words(phrases)
    return None if "" in firsts else firsts


# Words read around a cue: bounded, so every test is linear in the sentence.
_AROUND = 80


def turned(text: str, cues: list[tuple[Found, int, int]]) -> list[tuple[int, int, str | None]]:
    """(start, end, position) of each span whose cue words state no position (None: module
    docstring), or whose cue states another (`demanded that Ukraine abandon its NATO bid`: a
    request for the step given up is a no). cues: each cue with its clause's bounds."""
    pack = turns()
    out: list[tuple[int, int, str | None]] = []
    for cue, lo, hi in cues:
        head = " ".join(text[cue.start : cue.end].lower().replace("’", "'").split())
        before = _tokens(text, max(lo, cue.start - _AROUND), cue.start)
        after = _tokens(text, cue.end, min(hi, cue.end + _AROUND))
        if _past(before, after, pack.past) or _denied(before, pack.denied):
            out.append((cue.start, cue.end, None))
        elif (first := _given_up(before, pack.given_up)) is not None:
            out.append((first, cue.end, None))
        elif head in pack.given_up.fading_nouns and _fading(after, pack):
            out.append((cue.start, cue.end, None))  # `its opposition … has softened`
        elif (gone := _renounced(after, pack.renounced)) is not None:
            # `demanded that Kyiv drop its bid`: a no; `rejected demands that Kyiv drop its
            # bid`: a rejection of a no, which states nothing (polarity is sacred).
            out.append((cue.start, gone, "opposes" if cue.position == "supports" else None))
        elif (never := _never(after, pack.renounced)) is not None:
            # `demanded guarantees that Ukraine will never join NATO`: a no; anything else
            # between the denial and the step (`will not be denied membership`): nothing.
            plain, stop = never
            out.append((cue.start, stop,
                        "opposes" if plain and cue.position == "supports" else None))
        elif cue.position == "supports" and not _faces(after) and (
                no := _backs_a_no(after, pack.backs_a_no)):
            # `welcomed the decision not to invite Ukraine`, `backed the delay`: support for a
            # no is no support; which no it is the words do not say (polarity is sacred).
            out.append((cue.start, no, None))
        elif cue.position == "supports" and _slower(after, pack.slower):
            out.append((cue.start, cue.end, "hesitant"))  # `favours a slower path to …`
        elif head in pack.deferred.cues and not _but_not(text, hi) and (
                later := _deferred(before, after, pack.deferred)) is not None:
            # `backs membership in principle`: hesitant; `backs Ukraine's path to NATO`: none.
            out.append((cue.start, cue.end, "hesitant" if later else None))
        elif head in pack.refusals.verbs and _refuses_other(after, pack.refusals):
            out.append((cue.start, hi, None))  # what is refused, cue words and all, says nothing
        elif head in pack.importance.cues and not _of_the_step(
                head, before, after, pack.importance, text, cue.start):
            out.append((cue.start, cue.end, None))
        elif head in pack.first.cues and (blocked := _first_blocked(head, after, pack.first)):
            # `would not be the first to block it`: neither cue states a position; nor does
            # `was not the first to back it` (it backed it, just not first).
            out.append((cue.start, blocked, None))
        elif (undecided := _undecided(after, pack)) is not None:
            # `has not yet decided whether …`: undecided; `has not yet said whether …`: none.
            out.append((cue.start, *undecided))
        elif (other := _either_or(head, after, pack.either_or)) is not None:
            out.append((cue.start, other, None))  # `did not support or oppose it`
    return out


def _faces(after: list[tuple[str, int, int]]) -> bool:
    """`The request faces opposition from Germany`: the cue word is the subject of a verb that
    makes it the target of a reaction (stance.toml [blockers] target_verbs), so the no after
    it is the reaction to it, not something it backs."""
    verbs = language().stance.blockers.target_verbs
    words = [w for w, _, _ in after[:2]]
    return bool(words) and (words[0] in verbs or " ".join(words) in verbs)


def _backs_a_no(after: list[tuple[str, int, int]], pack: BacksANo) -> int | None:
    """Where the no ends when a supports cue's object (its first `reach` words, up to a mark)
    is a refusal, delay or reluctance (`the decision not to invite`, `postponing the
    invitation`, `the allies' reluctance`)."""
    openers = first_words(pack.words)
    if openers.isdisjoint(map(_FIRST, after[: pack.reach])):
        return None  # no word of a no starts within reach (most cues): asked in C
    words: list[tuple[str, int, int]] = []
    for token in after[: pack.reach]:
        if token[0] in _STOP:
            break
        words.append(token)
    lowered = [w for w, _, _ in words]
    # Not a no denied: `invite Ukraine without delay`.
    if not any(" ".join(lowered[k : k + n]) in pack.words
               and (k == 0 or lowered[k - 1] not in pack.denials)
               for k in compress(range(len(lowered)), map(openers.__contains__, lowered))
               for n in (2, 1)):
        return None
    # The no's own words (`the refusal to invite Ukraine into NATO`) are no cues either: up to
    # a mark or a conjunction.
    end = words[-1][2]
    for word, _, stop in after[len(words) : len(words) + _NO_TAIL]:
        if word in _STOP or word in ("and", "but", "while", "whereas"):
            break
        end = stop
    return end


# Words after a no's first words that are still its phrase.
_NO_TAIL = 10


def _slower(after: list[tuple[str, int, int]], pack: Slower) -> bool:
    """`favours a slower path to membership`, `backs a bridge to NATO rather than an
    invitation`: support whose object is a slower way to the step, or something instead of
    it, is a wait on the step (hesitant), not support for it."""
    head = after[: pack.reach]
    instead = _firsts(pack.instead)
    # The words read are among the first `reach`, and a marker found among them starts at one
    # of them: with neither a slower word nor a marker's first word there (most cues), no.
    if pack.words.isdisjoint(map(_FIRST, head[:4])) and instead is not None and (
            instead.isdisjoint(map(_FIRST, head))):
        return False
    words: list[str] = []
    for word, _, _ in after[: pack.reach]:
        if word in _STOP:
            break
        words.append(word)
    if any(w in pack.words for w in words[:4]):
        return True
    joined = f" {' '.join(words)} "
    for marker in _padded(pack.instead):
        at = joined.find(marker)
        if at >= 0:
            tail = joined[at + len(marker) :].split()[: pack.step_reach]
            if any(w in pack.steps for w in tail):
                return True
    return False


def _deferred(before: list[tuple[str, int, int]], after: list[tuple[str, int, int]],
               pack: Deferred) -> bool | None:
    """`supports membership in principle`, `backs Ukraine's eventual membership`, `would back
    an invitation once the war ends`: support put off to a later day is open in principle but
    not now: hesitant (evals/README.md section 3), True. Support for the way and not the step
    (`supports Ukraine's path to NATO`) states no position: False. Else None. Read in the
    cue's clause: a phrase among the last `before_reach` words before the cue, or among the
    first `after_reach` words after it (up to a sentence mark), not denied (`now, not after the
    war`) and with no word for now before it (`an immediate invitation and eventual
    membership`)."""
    words = [w for w, _, _ in before[-pack.before_reach :]]
    if _phrase_at(words, pack.before) is not None:
        return True
    tail: list[str] = []
    for word, _, _ in after[: pack.after_reach]:
        if word in _SENTENCE_STOP:
            break
        if word not in _QUOTES:  # `supported membership "in principle"`
            tail.append(word)
    for phrases, later in ((pack.after, True), (pack.way, False)):
        at = _phrase_at(tail, phrases)
        if at is not None and not _has(tail[:at], pack.immediate) and not _has(
                tail[max(0, at - 2) : at], pack.denials):
            return later
    return None


def _but_not(text: str, hi: int) -> bool:
    """`supports eventual membership but not an invitation now`: the clause after says what
    the support is not (stances.py reads it: cues.limited_to_later), so it is not read as
    deferred here."""
    words = text[hi : hi + 20].lstrip(" ,").lower().split()[:2]
    return len(words) == 2 and words[1] == "not" and (
        words[0] in language().stance.continuation.limits)


# Marks that end the words read after a deferred cue (commas do not: `…, in principle`).
_SENTENCE_STOP = frozenset(";:.!?—–()")
_QUOTES = frozenset("\"“”")


def _phrase_at(words: list[str], phrases: frozenset[str]) -> int | None:
    """Where the first of the phrases (at most five words) starts among the words."""
    openers = first_words(phrases)
    for k in compress(range(len(words)), map(openers.__contains__, words)):
        for n in (5, 4, 3, 2, 1):
            if " ".join(words[k : k + n]) in phrases:
                return k
    return None


def _object(after: list[tuple[str, int, int]], pack: Renounced) -> list[tuple[str, int, int]]:
    """The words of a cue's object: up to a mark or a conjunction (`object_ends`), within
    `reach` words."""
    words: list[tuple[str, int, int]] = []
    for token in after[: pack.reach]:
        if token[0] in _STOP or token[0] in pack.object_ends:
            break
        words.append(token)
    return words


def _renounced(after: list[tuple[str, int, int]], pack: Renounced) -> int | None:
    """Where the object of a cue ends when it gives the step up (`that Ukraine abandon its
    bid to join NATO`, `for Kyiv to renounce membership`): a verb of renouncing in the object
    (up to a mark or a conjunction), then the step within `step_reach` words."""
    openers = first_words(pack.verbs)
    if openers.isdisjoint(map(_FIRST, after[: pack.reach])):
        return None  # no verb of renouncing within reach (most cues): asked in C
    words = _object(after, pack)
    lowered = [w for w, _, _ in words]
    for k in compress(range(len(lowered)), map(openers.__contains__, lowered)):
        for n in (2, 1):
            if " ".join(lowered[k : k + n]) in pack.verbs:
                tail = words[k + n : k + n + pack.step_reach]
                hit = next((t for t in tail if t[0].removesuffix("'s") in pack.steps), None)
                if hit is not None:
                    return hit[2]
    return None


def _never(after: list[tuple[str, int, int]], pack: Renounced) -> tuple[bool, int] | None:
    """`… guarantees that Ukraine will never join NATO`, `wants Kyiv not to become a member`:
    a denial in the cue's object (up to a mark or a conjunction) with the step after it within
    `step_reach` words. (Whether only `plain` words stand between, where the step ends), else
    None."""
    if pack.negators.isdisjoint(map(_FIRST, after[: pack.reach])):
        return None  # no denial within reach (most cues): asked in C, no word list built
    words = _object(after, pack)
    for k, (word, _, _) in enumerate(words):
        if word not in pack.negators:
            continue
        tail = words[k + 1 : k + 1 + pack.step_reach]
        for j, (step, _, stop) in enumerate(tail):
            if step.removesuffix("'s") in pack.denied_steps:
                return all(w in pack.plain for w, _, _ in tail[:j]), stop
    return None


def _first_blocked(head: str, after: list[tuple[str, int, int]], pack: First) -> int | None:
    """Where a `first` cue's phrase ends when a cue word after it makes neither state a
    position: an opposes word (`would not be the first to block it`), or after a plain `not the
    first` any cue word (`was not the first country to back it`)."""
    if head in pack.plain:
        words = [w for w, _, _ in after[: pack.plain_reach + 3]]
        cues = _cue_words()
        for k in range(min(len(after), pack.plain_reach)):
            # A whole cue phrase from here (`call for`, `back`; not the `to` of `to invite`
            # alone).
            n = next((n for n in (4, 3, 2, 1) if " ".join(words[k : k + n]) in cues), 0)
            if n:
                return after[k + n - 1][2]
        return None
    cues = _cue_words()
    return next((b for w, _, b in after[: pack.reach] if cues.get(w) == "opposes"), None)


def _undecided(after: list[tuple[str, int, int]],
               pack: Turns) -> tuple[int, str | None] | None:
    """`has not yet decided whether to support …`: where the open question ends when the cue
    is followed by a verb of deciding or telling and an open-question word (`whether`), and
    what it states: undecided is hesitant, not telling is nothing."""
    words = [w for w, _, _ in after[:6]]
    if words and words[0] not in first_words(pack.undecided) and (
            words[0] not in first_words(pack.unsaid)):
        return None  # (token_spans.first_words)
    for n in (4, 3, 1):
        verb = " ".join(words[:n])
        if (verb in pack.undecided or verb in pack.unsaid) and words[n : n + 1] and (
                words[n] in pack.open_questions):
            # (`undecided`: hesitant, which the candidate never is: cues.find_cues)
            return after[n][2], "undecided" if verb in pack.undecided else None
    return None


def _either_or(head: str, after: list[tuple[str, int, int]], joins: frozenset[str]) -> int | None:
    """`did not support or oppose the invitation`, `neither backed nor rejected it`: a cue
    joined by `or`/`nor` to a cue word of another position: where that word ends."""
    cues = _cue_words()
    if len(after) < 2 or after[0][0] not in joins or head not in cues:
        return None
    for phrase, position in cues.items():
        words = phrase.split()
        if position != cues[head] and [w for w, _, _ in after[1 : 1 + len(words)]] == words:
            return after[len(words)][2]
    return None


@per_language
def _cue_words() -> dict[str, str]:
    """Every single cue phrase with its position (the stance pack's [cues])."""
    cues = language().stance.cues
    return {phrase.lower(): position for position in ("supports", "opposes", "hesitant")
            for phrase in getattr(cues, position)}


def _past(before: list[tuple[str, int, int]], after: list[tuple[str, int, int]],
          pack: Past) -> bool:
    """`previously opposed`, `was once sceptical`, `backed the plan last year`: a marker of the
    past a few words before the cue (no mark of the present between), or after it in its
    phrase (not `since last year`, which runs on to now)."""
    openers = first_words(pack.before)
    # The words read before the cue are among its last `before_reach`, and a marker starts at
    # one of its first words: with none there (most cues), nothing to read. (Asked in C.)
    if not openers.isdisjoint(map(_FIRST, before[-pack.before_reach :])):
        near: list[str] = []
        for word, _, _ in reversed(before):
            if word in _STOP or len(near) >= pack.before_reach:
                break
            near.insert(0, word)
        for k in compress(range(len(near)), map(openers.__contains__, near)):
            for n in (1, 2, 3):
                if " ".join(near[k : k + n]) in pack.before and not any(
                        w in pack.present for w in near[k + n :]):
                    return True  # not `once sceptical, now backs`: `now` is the present
    markers, continuing = _padded_past()
    firsts = _firsts(pack.after)
    # Likewise after it: a marker is tried only when its first word is in the phrase, which is
    # among the first `after_reach` words (None: a marker with no first word, always tried).
    if firsts is not None and firsts.isdisjoint(map(_FIRST, after[: pack.after_reach])):
        return False
    phrase: list[str] = []
    for word, _, _ in after:
        if word in _STOP or len(phrase) >= pack.after_reach:
            break
        phrase.append(word)
    joined = f" {' '.join(phrase)} "
    said = set(phrase)
    for first, marker in markers:
        # A marker whose first word is none of the phrase's is not in it (words hold no space).
        if first and first not in said:
            continue
        at = joined.find(marker)
        if at >= 0 and not joined[:at].endswith(continuing):
            return True
    return False


@per_language
def _padded_past() -> tuple[tuple[tuple[str, str], ...], tuple[str, ...]]:
    """The past markers after a cue as (first word, " marker "), and the continuing words as
    " word" (made once, not per cue)."""
    pack = turns().past
    return (tuple((marker.split(" ")[0], f" {marker} ") for marker in pack.after),
            tuple(f" {word}" for word in pack.continuing))


def _denied(before: list[tuple[str, int, int]], pack: Denied) -> bool:
    """`denied reports that it opposes …`, `denied it was blocking …`: a verb of denying a few
    words before the cue in its clause: the cue is what is denied, which is no position either
    way (polarity is sacred)."""
    openers = first_words(pack.verbs)
    tail = before[-pack.reach :]
    if openers.isdisjoint(map(_FIRST, tail)):
        return False  # no verb of denying starts there (most cues): asked in C
    near = [w for w, _, _ in tail]
    return any(" ".join(near[k : k + n]) in pack.verbs
               for k in compress(range(len(near)), map(openers.__contains__, near))
               for n in (1, 2))


def _given_up(before: list[tuple[str, int, int]], pack: GivenUp) -> int | None:
    """`dropped its opposition`, `has withdrawn all of its support`: where the verb of giving
    up starts, when only `skip` words stand between it and the cue."""
    k = len(before) - 1
    while k >= 0 and before[k][0] in pack.skip:
        k -= 1
    if k < 0 or before[k][0] not in last_words(pack.verbs):
        return None  # (token_spans.first_words)
    for n in (3, 2, 1):
        if k - n + 1 >= 0 and " ".join(w for w, _, _ in before[k - n + 1 : k + 1]) in pack.verbs:
            return before[k - n + 1][1]
    return None


def _fading(after: list[tuple[str, int, int]], pack: Turns) -> bool:
    """`Germany's opposition to the invitation has softened`: does a verb of fading follow the
    noun cue, past its object (no mark, no conjunction between), within `fading_reach` words?
    Then the position is on its way out: none either way."""
    for word, _, _ in after[: pack.given_up.fading_reach]:
        if word in _STOP or word in pack.renounced.object_ends:
            return False
        if word in pack.given_up.fading:
            return True
    return False


def _refuses_other(after: list[tuple[str, int, int]], pack: Refusals) -> bool:
    """`refused to rule out …`, `refused to say whether …`: a refusal whose verb is not one of
    the step's (`refused to invite`, `refused to back`)."""
    if len(after) < 2 or after[0][0] != "to":
        return False
    return after[1][0] not in pack.steps


def _of_the_step(head: str, before: list[tuple[str, int, int]],
                 after: list[tuple[str, int, int]], pack: Importance, text: str,
                 at: int) -> bool:
    """Is the word of importance said of the step: a topic or plan word before it in its
    clause, with no comma or dash between (`an invitation would be "fundamental"`; not `for NATO
    members, ammunition is crucial`), or after it past `that`/`to` (`it is crucial that Ukraine
    be invited`), before any word of contrast (`crucial to arm Ukraine rather than invite it`
    is said of the arms)? An `after_only` word is read after only (`NATO's budget is a priority`
    says nothing of the step). at: where the word of importance starts."""
    topic = _topic_words()
    near = [] if head in pack.after_only else before[-pack.reach :]
    if near:
        mark = max(text.rfind(m, near[0][1], at) for m in _PHRASE_MARKS)
        if any(w.removesuffix("'s") in topic for w, start, _ in near if start > mark):
            return True
    if after and after[0][0] in pack.openers:
        for w, _, _ in after[1 : 1 + pack.reach]:
            if w in pack.contrasts:
                return False  # `crucial to arm Ukraine, not to invite it`: the other thing
            if w.removesuffix("'s") in topic:
                return True
    return False


# Marks that set a phrase apart from the word of importance after it.
_PHRASE_MARKS = (",", ";", ":", "—", "–")


@per_language
def _topic_words() -> frozenset[str]:
    stance = language().stance
    words = {w for term in stance.topic.terms for w in term.lower().split()}
    return frozenset(words | set(stance_scope().general_support.topic))


def reaction_cue(text: str, cues: list[Found], preposition: tuple[str, int, int],
                 holder_start: int, holder_end: int) -> Found | None:
    """`faces resistance from Germany`, `met with scepticism in Berlin`: the reaction noun cue
    that ends right before the preposition governing the mention, when the mention may be its
    source (`in` only for a capital)."""
    pack = turns().reactions
    word, at, _ = preposition
    if word in pack.granted_sources:
        # Not a possessive (`the support of Hungary's neighbours`: theirs).
        possessive = text.startswith(("'s", "’s"), holder_end)
        return None if possessive else _granted(text, cues, at, pack)
    if word not in pack.sources:
        return None
    if word in pack.places and not _capital(text, holder_start, holder_end):
        return None
    for cue in cues:
        # (`opposition remains from Germany`: a lingering word may stand between)
        if cue.end <= at and at - cue.end <= _LINGER_SPAN and all(
                map(pack.lingering.__contains__, _words(text, cue.end, at))) and (
                " ".join(text[cue.start : cue.end].lower().split()) in pack.nouns):
            return cue
    return None


# How far (in characters) a reaction noun may stand before its source's preposition.
_LINGER_SPAN = 20


def reaction_follow_up(text: str, start: int, end: int, cues: list[Found]) -> bool:
    """`Kyiv wants the invitation. But opposition remains from Rome and Madrid.`: a sentence
    that opens on a reaction noun with its source after it (past lingering words), and no
    object of its own after the noun, reacts to what the sentence before named."""
    pack = turns().reactions
    for cue in cues:
        if " ".join(text[cue.start : cue.end].lower().split()) not in pack.nouns:
            continue
        if not all(map(pack.follow_leads.__contains__, _words(text, start, cue.start))):
            return False  # (`Troops met stiff resistance from …`: another's reaction)
        after = _words(text, cue.end, end)
        k = 0
        while k < len(after) and after[k] in pack.lingering:
            k += 1
        return k < len(after) and after[k] in pack.sources and not any(
            map(pack.objects.__contains__, after))
    return False


def _granted(text: str, cues: list[Found], at: int, pack: Reactions) -> Found | None:
    """`Ukraine's bid has the backing of Poland`: a support noun cue right before `of`, held
    (`has`, `enjoys`, `won`) past a determiner or two by the step (a topic word before it: not
    `Ukraine has the backing of Germany`, support in general): the mention after `of` gives
    it. Not `is seeking the support of Germany` (whose support is sought gives none)."""
    for cue in cues:
        if cue.end <= at and not text[cue.end : at].strip() and (
                " ".join(text[cue.start : cue.end].lower().split()) in pack.granted):
            lead = [w for w in _words(text, max(0, cue.start - _GRANT_LEAD), cue.start)
                    if w not in pack.holding_skip]
            topic = stance_scope().general_support.topic
            held = bool(lead) and lead[-1] in pack.holding
            return cue if held and any(w in topic for w in lead[:-1]) else None
    return None


# How far before a granted support noun its holder (the step) is sought, in characters.
_GRANT_LEAD = 60


def _capital(text: str, start: int, end: int) -> bool:
    index, places = gazetteer()
    return any(a == start and b == end and places[key].kind == "capital"
               for a, b, key in index.find(text, start, end))


def seeks(word: str | None) -> bool:
    """Is `word` a verb whose object's support is sought, not given (`sought Germany's
    backing`)?"""
    return word is not None and word in turns().seekers


def expected(word: str | None, before: str | None) -> bool:
    """Is `word` a verb of expecting or hoping (`expects Germany to back it`), or a link
    after one (`hope that France will …`: `before` is the word before the link), so that the
    mention after it is others' hope, not a holder?"""
    return _verb_or_its_link(turns().expecters, word, before)


def forecast(word: str | None, before: str | None) -> bool:
    """Is `word` a verb of fearing, predicting or doubting (`fears Washington will block it`),
    or a link after one (`is afraid that Hungary will veto it`), so that the mention after it
    is the subject of a forecast, not a holder (nor a mention its forecaster reaches past)?"""
    return _verb_or_its_link(turns().forecasters, word, before)


def _verb_or_its_link(verbs: Words, word: str | None, before: str | None) -> bool:
    """Is `word` one of `verbs`, or a link ([turns] seeker_links: `that`) right after one?"""
    return word is not None and (word in verbs or (
        word in turns().seeker_links and before is not None and before in verbs))


def co_subject_before(tokens: Sequence[Token], index: int) -> int:
    """How many tokens ending at tokens[index] form a co-subject link (0: none)."""
    if tokens[index].lower not in last_words(turns().co_subjects):
        return 0  # (token_spans.first_words)
    for n in _co_subject_lengths():
        if index - n + 1 >= 0 and " ".join(
                t.lower for t in tokens[index - n + 1 : index + 1]) in turns().co_subjects:
            return n
    return 0


@per_language
def _co_subject_lengths() -> tuple[int, ...]:
    return tuple(sorted({len(p.split()) for p in turns().co_subjects}, reverse=True))


@per_language
def _co_subject_words() -> tuple[frozenset[str], tuple[int, ...]]:
    """The co-subject links as words alone (`, like` → `like`), and their lengths."""
    links = frozenset(p.lstrip(", ") for p in turns().co_subjects)
    return links, tuple(sorted({len(p.split()) for p in links}, reverse=True))


def drop_co_subjects(words: list[str]) -> list[str]:
    """The words without their co-subject links (`is`, not `along with … is`): the link's
    `with` is no target verb's (`met with`)."""
    lowered = [w.lower() for w in words]
    links, lengths = _co_subject_words()
    openers = first_words(links)  # (token_spans.first_words: the words are tokens)
    out: list[str] = []
    k = 0
    while k < len(words):
        n = 0
        if lowered[k] in openers:
            n = next((n for n in lengths if " ".join(lowered[k : k + n]) in links), 0)
        if n:
            k += n
            continue
        out.append(words[k])
        k += 1
    return out


def absolute_subject(tokens: Sequence[Token], at: int) -> bool:
    """`…, with Germany and the US opposed`: is the preposition at tokens[at] one that opens an
    absolute phrase (right after a comma), whose mention is the subject of what follows?"""
    return at > 0 and tokens[at].lower in turns().absolute and tokens[at - 1].lower == ","


def open_questions() -> frozenset[str]:
    """Words that open a question (`whether`): a negation before one denies the deciding, not
    the cue after it (cues.py)."""
    return turns().open_questions


def others_subject(text: str, lo: int, at: int) -> bool:
    """In a speaker's own words, is the subject of the clause text[lo:at] others (`Some
    partners say …`, `They say …`, `I know that some leaders are …`, `Not everyone …`)? Then
    the cue after it is theirs, not the speaker's. The others word must open its clause: only
    `others_lead` words (quantifiers, determiners, `that`) before it since the clause start or a
    comma; `we want allies to invite …` keeps the speaker's cue."""
    pack = turns()
    words = _words(text, max(lo, at - _AROUND), at)
    for k, word in enumerate(words):
        if word not in pack.others:
            continue
        j = k - 1
        while j >= 0 and words[j] in pack.others_lead:
            j -= 1
        if j < 0 or words[j] in _STOP:
            return True
    return False


def passive_of_step(text: str, lo: int, cue: Found) -> bool:
    """`the plan was rejected`, `it has been dismissed`, `Kyiv's request was turned down`: a cue
    in the passive whose subject is the step or the plan (a word of `subjects` at most `reach`
    words before the auxiliary) is held by its `by` agent only, never by a holder before it
    (`Zelensky said his plan had been rejected`). Not `is opposed to …` (adjectival)."""
    pack = turns().passive
    first = text[cue.start : cue.end].split()[0].lower()
    if not first.endswith("ed"):
        return False  # a participle (`rejected`, `turned down`), not `is a red line`
    before = _words(text, max(lo, cue.start - _AROUND), cue.start)
    after = _tokens(text, cue.end, min(len(text), cue.end + 20))
    if not before or before[-1] not in pack.auxiliaries or (
            after and after[0][0] in pack.adjectival):
        return False
    k = len(before) - 1
    while k >= 0 and before[k] in pack.auxiliaries:
        k -= 1
    lead: list[str] = []
    for word in reversed(before[max(0, k - pack.reach + 1) : k + 1]):
        if word in _STOP or word in pack.breaks:
            break  # `backed the plan but has avoided …`: the subject is in the clause
        lead.append(word)
    return any(w.removesuffix("'s") in pack.subjects for w in lead)


def unborne(text: str, start: int, cue: Found) -> bool:
    """`Zelensky criticised the reluctance of some allies`, `Kyiv criticised the opposition to
    an invitation`: is the cue a noun of reluctance or opposition that the subject whose words
    run from `start` does not bear? It is borne only through a verb of having or voicing right
    before it (`has reservations`, `voiced scepticism`, `expressed its opposition`), past only
    determiners and adjectives of `lead`; otherwise it is someone else's, named or not."""
    pack = turns().borne
    if " ".join(text[cue.start : cue.end].lower().split()) not in pack.nouns:
        return False
    words = _words(text, max(start, cue.start - _AROUND), cue.start)
    if not words:
        # Right after its subject the word is the subject's own: a verb (`He doubts that …`,
        # `Berlin fears …`) or a demonym's noun (`German doubts grew`).
        return False
    k = len(words) - 1
    while k >= 0 and words[k] in pack.lead:
        k -= 1
    return k < 0 or words[k] not in pack.verbs


_TO_BEFORE = re.compile(r"\bto\s+$", re.I)


def effort_start(text: str, lo: int, cue: Found) -> int | None:
    """`Washington thwarted Hungary's attempt to block the invitation`: a cue that completes a
    noun of effort (`attempt to`, `bid to`, `threat to`) is the effort's owner's position, not
    that of whoever acts on the effort (thwarting an attempt to block is no block, and no
    support either: polarity is sacred). Where the effort's phrase starts (past `modifiers`:
    `latest attempt`), so that the effort and its cue are one noun cue only its possessor holds
    (`Hungary's`, right before); None when the cue completes no effort, or the effort is the
    clause's subject's own (`renewed its threat to veto it`: one of `own` before it)."""
    if not _TO_BEFORE.search(text, max(lo, cue.start - 4), cue.start):
        return None  # no `to` right before (most cues): nothing to tokenize
    pack = turns().efforts
    before = _tokens(text, max(lo, cue.start - _AROUND), cue.start)
    if len(before) < 2 or before[-1][0] != "to" or before[-2][0] not in pack.nouns:
        return None
    k = len(before) - 2
    while k > 0 and len(before) - 2 - k < pack.modifier_reach and (
            before[k - 1][0] in pack.modifiers):
        k -= 1
    if k > 0 and before[k - 1][0] in pack.own:
        return None
    return before[k][1]


def crosses_complement(text: str, mention: tuple[int, int], at: int) -> bool:
    """`Peskov said Kyiv should "sober up" and that the plan would …`: is the mention the
    subject of a reported clause (right after a reporting verb or `that`), and do the words
    between it and the cue open a second complement of that verb (`and that`)? Then the cue is
    the reporter's, not the mention's."""
    pack = turns()
    lead = _words(text, max(0, mention[0] - 30), mention[0])[-2:]
    if not any(w in pack.reporting or w == "that" for w in lead):
        return False
    words = " ".join(w for w in _words(text, mention[1], at) if w not in _STOP)
    return any(f" {c} " in f" {words} " for c in pack.second_complements)


def the_public(text: str, start: int) -> bool:
    """`most Germans`, `a majority of Hungarians`, `many Poles`: is the mention starting at
    `start` led by a word that makes it a share of the people, not the government?"""
    public = turns().public
    # A word of the share is in the words before, lowered: with none of them in the stretch
    # lowered at once (most mentions), none is a word of it (asked in C, nothing split).
    lead = text[max(0, start - 30) : start].lower()
    if not any(map(lead.__contains__, public)):
        return False
    words = _words(text, max(0, start - 30), start)[-2:]
    return not public.isdisjoint(words)


def after_copula(tokens: Sequence[Token], at: int | None) -> bool:
    """`The most sceptical allies are Germany and the US`: is the word governing a mention a
    copula, so that the mention (the list after it) takes the cue before it, as after a list
    link (`… include Germany`)?"""
    return at is not None and tokens[at].lower in turns().copulas
