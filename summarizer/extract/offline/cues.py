"""Stance cues in a stretch of text: which position each cue signals once negation, hedging
(irrealis) and off-topic senses are accounted for, and whether the text is on the question.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import compress, islice
from operator import methodcaller

from summarizer.extract.offline.collector import per_article
from summarizer.extract.offline.language import language, per_language
from summarizer.extract.offline.lexicon import alternation
from summarizer.extract.offline.packs import Cue
from summarizer.extract.offline.phrases import PhraseIndex
from summarizer.extract.offline.prefilter import Filtered, exact_lower, folded_class
from summarizer.extract.offline.stance_forms import (
    noun_use,
    object_of,
    other_question,
    role_cues,
)
from summarizer.extract.offline.stance_indirect import VOID, indirect_cues
from summarizer.extract.offline.stance_turns import effort_start, open_questions, turned
from summarizer.extract.offline.token_spans import lowered_alike
from summarizer.extract.offline.word_packs import stance_scope

_WORD = re.compile(r"[\w'’-]+")
# Clause breaks: sentence ends (also inside quotes), semicolons, dashes and contrast words:
#   [.!?;]\s | \s[—–]\s | ,?\s(?:but|while|whereas|although|though|however)\s
# (case-insensitive) written so that every match starts with one character class (then a
# lookbehind says which branch applies): `re` can then skip to candidate characters instead of
# trying the branches at every position. Same matches, same order. The letters are classes of
# both cases and what folds to them (prefilter.folded_class) rather than IGNORECASE, under
# which `re` skips nothing and tries the pattern at every character.
_CONTRASTS = ("but", "while", "whereas", "although", "though", "however")
_CONTRAST = rf"(?:{'|'.join(''.join(map(folded_class, w)) for w in _CONTRASTS)})\s"
_LETTER = folded_class(string.ascii_uppercase)
# The full stop of an abbreviation (`the U.S. opposes`, `the U.K.`) ends no clause.
_ABBREVIATION = rf"(?<!{_LETTER}\.{_LETTER}\.)"
# A contrast word right after an auxiliary or a copula is an adverb inside the clause, no
# break: `the allies are however reluctant to …` (one fixed-width lookbehind per word).
_AFTER_AUXILIARY = "".join(
    rf"(?<!\b{''.join(map(folded_class, w))}\s)"
    for w in ("is", "are", "was", "were", "has", "have", "had", "remain", "remains", "will",
              "would", "could", "can", "should", "must", "does", "do", "did"))
_CLAUSE_BREAK = re.compile(
    rf"[.!?;,\s](?:(?<=[.!?;]){_ABBREVIATION}\s|(?<=\s)[—–]\s|(?<=,)\s{_CONTRAST}"
    rf"|(?<=\s)(?={_CONTRAST}){_AFTER_AUXILIARY}{_CONTRAST})"
)
# Most ranges hold no contrast word, and many no dash: then only the branches left can match,
# and without the spaces' branches the pattern opens with the stops alone (spaces skipped).
_DASH_BREAK = re.compile(rf"[.!?;\s](?:(?<=[.!?;]){_ABBREVIATION}\s|(?<=\s)[—–]\s)")
_STOP_BREAK = re.compile(rf"[.!?;]{_ABBREVIATION}\s")


_RELATIVE = re.compile(r",\s*(?:which|who|whose|where)\b[^,]*,")


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    position: str  # after negation
    owned_only: bool
    backward: bool = True  # may be handed to a list after it ("hesitant … include Hungary")
    possessable: bool = True  # may be held by a possessive right before it ("Ukraine's bid")
    # Being undecided ("still weighing"), which the candidate never is about its own invitation.
    undecided: bool = False
    # Held only by a mention right before it, no word between (`Hungary's attempt to block`,
    # `the Hungarian attempt to …`; not `Washington backed efforts to …`).
    tight: bool = False
    # Not the candidate's about its own invitation (stance.toml [candidate_never]).
    not_candidate: bool = False
    # Presenting or pushing the plan (`presented his plan to parliament`): its object is the
    # plan, whatever follows (`to Ukraine's parliament` is no support for Ukraine in general).
    presents: bool = False
    # Held by the candidate only, as the subject right before it (stance.toml [candidate_only]):
    # `Sweden, like Ukraine, wants to join NATO` is not Sweden's position on the question.
    candidate_only: bool = False


@per_language
def _cue_index() -> tuple[PhraseIndex, dict[str, Cue]]:
    cues = {c.phrase: c for c in language().stance.cue_list}
    return PhraseIndex(cues, ignore_case=True), cues


@per_language
def _undecided() -> frozenset[str]:
    return frozenset(language().stance.negation.undecided)


@per_language
def _not_candidate() -> frozenset[str]:
    return language().stance.candidate_never.words


@per_language
def _topic_index(question: str) -> PhraseIndex:
    lang = language()
    words = {w.lower() for w in _WORD.findall(question)}
    extra = {w for w in words if len(w) > 2 and w not in lang.stance.topic.stopwords
             and lang.geo.geo_code(w.capitalize()) is None and lang.geo.geo_code(w.upper()) is None}
    return PhraseIndex([*lang.stance.topic.terms_longest_first, *extra], ignore_case=True)


def on_topic(text: str, start: int, end: int, question: str) -> bool:
    return _topic_index(question).search(text, start, end)


@per_language
def _anaphor_index() -> PhraseIndex:
    return PhraseIndex(language().stance.topic.anaphors, ignore_case=True)


def refers_back(text: str, start: int, end: int, strict: bool = False) -> bool:
    """Does the sentence point back to something already named ("the move", "it")? strict:
    by more than a bare `it`, `this` or `that`, which may stand for anything the sentence before
    named."""
    if not strict:
        return _anaphor_index().search(text, start, end)
    return any(phrase.lower() not in _BARE for _, _, phrase in
               _anaphor_index().find(text, start, end))


_BARE = frozenset({"it", "this", "that"})


def clause_bounds(text: str, start: int, end: int, pos: int) -> tuple[int, int]:
    """The clause around `pos` within [start, end)."""
    lo, hi = start, end
    for a, b in _clause_breaks(text, start, end):
        if b <= pos:
            lo = b
        elif a >= pos:
            hi = a
            break
    return lo, hi


# Every cue and every holder of a sentence asks for its clause: scan the sentence once.
@per_article
@lru_cache(maxsize=256)
def _clause_breaks(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    breaks = tuple(map(re.Match.span, _break_pattern(text, start, end).finditer(text, start,
                                                                                end)))
    return _without_named_asides(text, breaks) if len(breaks) > 1 else breaks


# A pair of dashes around at most this many words, each a name or list glue, sets off an
# apposition of names (`Two other countries — Hungary and Slovakia — are not backing it`),
# not a clause: the subject and its verb stay in one clause.
_ASIDE_WORDS = 6
_ASIDE_GLUE = frozenset({"and", "or"})


def _without_named_asides(text: str, breaks: tuple[tuple[int, int], ...]
                          ) -> tuple[tuple[int, int], ...]:
    """The breaks without the dash pairs that only set off a list of names."""
    dropped: set[int] = set()
    for k in range(len(breaks) - 1):
        (a1, b1), (a2, b2) = breaks[k], breaks[k + 1]
        if not (_is_dash(text, a1, b1) and _is_dash(text, a2, b2)):
            continue
        words = _WORD.findall(text, b1, a2) if a2 - b1 <= 80 else []
        if 0 < len(words) <= _ASIDE_WORDS and all(
                w[0].isupper() or w in _ASIDE_GLUE for w in words):
            dropped.update((k, k + 1))
    return tuple(span for k, span in enumerate(breaks) if k not in dropped) if dropped else breaks


def _is_dash(text: str, a: int, b: int) -> bool:
    return "—" in text[a:b] or "–" in text[a:b]


def _break_pattern(text: str, start: int, end: int) -> re.Pattern[str]:
    """_CLAUSE_BREAK, or a pattern with the same matches in text[start:end] that tries fewer
    positions: without the contrast branches when no contrast word is there (tested on the
    lowered range, as IGNORECASE reads it: prefilter.exact_lower), and without the dash
    branch too when no dash is there."""
    window = text[start:end]
    lowered = exact_lower(window)
    if lowered is None or any(map(lowered.__contains__, _CONTRASTS)):
        return _CLAUSE_BREAK
    return _DASH_BREAK if "—" in window or "–" in window else _STOP_BREAK


@per_language
def _candidate_only() -> frozenset[str]:
    return frozenset(language().stance.candidate_only.words)


# At most this many words are read back from a candidate-only cue for its subject.
_SUBJECT_REACH = 4


def _candidate_subject(text: str, start: int, at: int) -> bool:
    """Is the word before a candidate-only cue (past the few allowed `between` words, read
    back in the range from `start`) one of the candidate's names: `Kyiv has long wanted to join
    NATO`, not `Sweden wanted to join NATO` nor `Both wanted to …` (stance.toml
    [candidate_only])?"""
    pack = language().stance.candidate_only
    # (only the last few words before the cue: bounded, whatever the range's length)
    words = _WORD.findall(text, max(start, at - 80), at)[-_SUBJECT_REACH:]
    for word in reversed(words):
        word = word.lower()
        if word in pack.subjects:
            return True
        if word not in pack.between:
            return False
    return False


def find_cues(text: str, start: int, end: int) -> list[Found]:
    index, cues = _cue_index()
    out: list[Found] = []
    found = index.find(text, start, end)
    if found:  # (most ranges hold no cue phrase)
        undecided, not_candidate = _undecided(), _not_candidate()
        for a, b, phrase in found:
            cue = cues[phrase]
            if phrase in _candidate_only() and not _candidate_subject(text, start, a):
                continue  # `Sweden wanted to join NATO`: its own accession, not the question
            position = _position(text, start, end, a, b, cue)
            if position is not None:
                only = phrase in _candidate_only()
                out.append(Found(a, b, position, cue.owned_only, backward=not only,
                                 possessable=not only, undecided=cue.phrase in undecided,
                                 not_candidate=cue.phrase in not_candidate,
                                 candidate_only=only))
    deontic = _deontic(text, start, end) + _refusals(text, start, end)
    if deontic:
        out = sorted(out + deontic, key=lambda f: f.start)
    indirect = indirect_cues(text, start, end)
    if indirect:
        # A form's own inner cue words (`its backing`, `a provocation`) give way to the form.
        out = [f for f in out if not any(a <= f.start < b for a, b, _ in indirect)]
        out = sorted(out + [Found(a, b, pos, False, backward=False, possessable=False)
                            for a, b, pos in indirect if pos != VOID], key=lambda f: f.start)
    if out:
        # Cue words that state no position where they stand, or another (stance_turns.py).
        turns = turned(text, [(f, *clause_bounds(text, start, end, f.start)) for f in out])
        if turns:
            # A cue turned to another position takes its object along: the words in it
            # (`abandon its bid`) are no cues, nor read as what the turned cue is against.
            voids = [(a, b) for a, b, position in turns if position is None] + [
                (a + 1, b) for a, b, position in turns if position is not None]
            other = {a: (position, b) for a, b, position in turns if position is not None}
            out = [_turn(f, *other[f.start]) if f.start in other else f for f in out
                   if not any(a <= f.start < b for a, b in voids)]
    if out:
        out = _efforts(text, start, end, out)
    if out and _heads_present(text, start, end):
        out = [f for f in out if not _complement_of_denied(text, start, end, f)]
    roles = role_cues(text, start, end)
    if roles:
        # The role noun's own single-word cue (`supporters`, owned only) gives way to the form.
        out = [f for f in out if not any(a <= f.start < b for a, b, _ in roles)]
        out = sorted(out + [Found(a, b, pos, False) for a, b, pos in roles],
                     key=lambda f: f.start)
    return out


def _efforts(text: str, start: int, end: int, found: list[Found]) -> list[Found]:
    """A cue that completes a noun of effort (`Hungary's attempt to block it`) becomes one
    noun cue from the effort's phrase on, held only by its possessor; the words inside (`bid`
    in `bid to veto`) are no cues of their own (stance_turns.effort_start)."""
    spans: dict[int, int] = {}
    for f in found:
        if text.find("to", max(start, f.start - 4), f.start) < 0:
            continue  # no `to` right before (most cues): no effort to complete
        at = effort_start(text, clause_bounds(text, start, end, f.start)[0], f)
        if at is not None:
            spans[f.start] = at
    if not spans:
        return found
    inside = [(a, b) for b, a in spans.items()]
    # A cue right before an effort against the step (`thwarted Hungary's attempt to block
    # it`, `backed efforts to veto it`) acts on that no: which position that leaves, the words
    # do not say (polarity is sacred), as for support of a no (stance_turns._backs_a_no).
    nos = [spans[f.start] for f in found if f.start in spans and f.position != "supports"]
    acting = {f.start for f in found if f.start not in spans and any(
        f.end <= at and len(_WORD.findall(text, f.end, at)) <= EFFORT_GAP for at in nos)}
    return [replace(f, start=spans[f.start], owned_only=True, possessable=True, backward=False,
                    tight=True)
            if f.start in spans else f for f in found
            if f.start in spans or not (f.start in acting
                                        or any(a <= f.start < b for a, b in inside))]


# At most this many words (determiner, possessor, modifier) between a cue and the effort it
# acts on (`pushed back on Budapest's latest attempt to …`).
EFFORT_GAP = 3


def _turn(found: Found, position: str, end: int) -> Found:
    """The cue turned to another position (`undecided` is hesitant, flagged as such)."""
    if position == "undecided":
        return replace(found, position="hesitant", end=end, undecided=True)
    return replace(found, position=position, end=end)


@per_language
def _deontic_regex() -> Filtered:
    stance = language().stance
    subjects = "|".join(map(re.escape, stance.deontic.subjects))
    modals = "|".join(re.escape(m).replace(r"\ ", r"\s+") for m in stance.deontic.modals)
    delays = "|".join(re.escape(m).replace(r"\ ", r"\s+") for m in stance.deontic.delays)
    talks = "|".join(re.escape(m).replace(r"\ ", r"\s+") for m in stance.deontic.deliberations)
    hurried = "|".join(re.escape(m).replace(r"\ ", r"\s+") for m in stance.deontic.hurried)
    return Filtered(re.compile(
        rf"\b(?:{subjects})\b(?:\s+[\w’'-]+){{0,{stance.deontic.reach}}}?\s+"
        rf"(?P<modal>{modals})(?P<neg>\s+not\b|n['’]t\b)?(?P<delay>\s+(?:{delays})\b)?"
        rf"(?P<hurry>\s+(?:{hurried})\b)?(?P<talk>\s+(?:{talks})\b)?", re.I))


def _deontic(text: str, start: int, end: int) -> list[Found]:
    """`an invitation to join NATO should come this year` → supports, at the modal; `should
    not come` or `must wait` → opposes (the question is about now). Never held by the
    possessor of its subject (`Ukraine's membership should wait` is not Ukraine's view)."""
    out: list[Found] = []
    _, irrealis = _padded()
    for match in _deontic_regex().finditer(text, start, end):
        lo, _ = clause_bounds(text, start, end, match.start())
        if irrealis.held_by(_lower_words(text[lo : match.start()])):
            continue  # `whether an invitation should come`: a question, not a position
        if match.group("talk"):
            continue  # `the invitation should be discussed at the summit`: no position on it
        # `should not come` or `must wait`: a no; `must not wait`: a delay denied, support.
        denied = bool(match.group("neg")) != bool(match.group("delay"))
        position = "opposes" if denied else "supports"
        if match.group("hurry") and match.group("neg"):
            position = "hesitant"  # `should not be rushed`: not now, without a no
        out.append(Found(match.start("modal"), match.end(), position,
                         False, backward=False, possessable=False))
    return out


@per_language
def _refusal_regexes() -> tuple[Filtered, Filtered, Filtered, Filtered]:
    """The step as subject (`no invitation will be issued`), the candidate as subject
    (`Ukraine won't be invited`), the step judged impossible (`an invitation is not possible
    now`), the candidate refused as object (`would not invite Ukraine`): apart, so that a match
    of one never hides one of the other."""
    stance = language().stance
    pack = stance.deontic.refusals
    denied = (rf"(?:\s+[\w’'-]+){{0,{pack.reach}}}?\s+"
              rf"(?:(?P<modal>{alternation(pack.futures)})(?P<neg>\s+not\b|n['’]t\b)?"
              rf"|(?P<denied>{alternation(pack.denied_futures)}))"
              rf"(?:\s+(?:{alternation(pack.adverbs)})){{0,2}}\s+")
    # Each opens with a class of its first letters (a lookahead: the match is unchanged), so
    # that `re` skips to candidate characters instead of trying at every one (prefilter.py).
    subjects = stance.deontic.subjects
    steps = folded_class("".join(sorted({p[0] for p in subjects} | {"n"})))
    step = rf"(?={steps})(?P<no>\bno\s+)?\b(?:{alternation(subjects)})\b"
    names = folded_class("".join(sorted({p[0] for p in pack.candidate_subjects})))
    candidate = rf"(?={names})\b(?P<candidate>{alternation(pack.candidate_subjects)})\b"
    bare = folded_class("".join(sorted({p[0] for p in subjects})))
    acts = folded_class("".join(sorted({p[0] for p in (*pack.futures, *pack.denied_futures)})))
    refused = (rf"(?={acts})\b(?:(?P<modal>{alternation(pack.futures)})"
               rf"(?P<neg>\s+not\b|n['’]t\b)|(?P<denied>{alternation(pack.denied_futures)}))"
               rf"(?:\s+(?:{alternation(pack.adverbs)})){{0,2}}\s+"
               rf"(?:{alternation(pack.verbs)})\s+(?:{alternation(pack.candidate_subjects)})\b")
    impossible = (rf"(?:\s+[\w’'-]+){{0,{pack.reach}}}?\s+"
                  rf"(?P<copula>{alternation(pack.copulas)})\s+"
                  rf"(?:{alternation(pack.impossible)})\b")
    return (Filtered(re.compile(rf"{step}{denied}(?:{alternation(pack.deliveries)})\b", re.I)),
            Filtered(re.compile(
                rf"{candidate}{denied}(?:{alternation(pack.candidate_deliveries)})\b", re.I)),
            Filtered(re.compile(rf"(?={bare})\b(?:{alternation(subjects)})\b{impossible}",
                                re.I)),
            Filtered(re.compile(refused, re.I)))


@per_language
def _denial_marks() -> tuple[str, ...]:
    """Strings one of which every refusal form holds (lower case): a `not`, a contracted or
    bare `no`, or an impossibility without `not` (`out of the question`)."""
    impossible = language().stance.deontic.refusals.impossible
    return ("not", "n't", "n’t", "no ", *(p for p in impossible if "not" not in p))


def _refusals(text: str, start: int, end: int) -> list[Found]:
    """`an invitation will not be extended this year`, `no invitation will be issued`,
    `Ukraine won't be invited now`: the step (or the candidate) as a clause's subject with a
    future denied and a verb of giving the step → opposes, at the modal; never the
    candidate's own (it reports others' refusal). Said affirmatively, a forecast: nothing
    (stance.toml [deontic.refusals])."""
    lowered = exact_lower(text[start:end])
    if lowered is not None and not any(map(lowered.__contains__, _denial_marks())):
        return []  # no denial at all (most windows): none of the four forms can match
    out: list[Found] = []
    _, irrealis = _padded()
    for regex in _refusal_regexes():
        for match in regex.finditer(text, start, end):
            groups = match.groupdict()
            denied = bool(groups.get("neg") or groups.get("denied") or groups.get("copula"))
            if denied == bool(groups.get("no")):
                continue  # a forecast (`will be extended`), or a double denial
            lo, hi = clause_bounds(text, start, end, match.start())
            if irrealis.held_by(_lower_words(text[lo : match.start()])):
                continue  # `whether an invitation will be extended`: a question, no position
            if _conditioned(text, match.end(), hi):
                continue  # `… unless Hungary agrees`: a condition, no plain no
            # The candidate as subject is inside the cue: the one refused, no holder between
            # the reporter and the refusal (`Germany said Ukraine would not be invited`).
            at = next(match.start(g) for g in ("candidate", "modal", "denied", "copula")
                      if groups.get(g))
            out.append(Found(at, match.end(), "opposes", False, backward=False,
                             possessable=False, not_candidate=True))
    return sorted(out, key=lambda f: f.start)


def _conditioned(text: str, at: int, hi: int) -> bool:
    """Does a condition (stance.toml [deontic.refusals] unless) follow a refusal at once, a few
    words on at most (`… at the summit unless Hungary agrees`)?"""
    rest = f" {' '.join(_lower_words(text[at : min(hi, at + _CONDITION_REACH)]))} "
    return any(f" {w} " in rest for w in language().stance.deontic.refusals.unless)


# How far past a refusal its condition is sought (characters).
_CONDITION_REACH = 40


def _position(text: str, start: int, end: int, a: int, b: int, cue: Cue) -> str | None:
    """The position a cue signals in its clause, or None when it signals none here."""
    stance = language().stance
    lo, hi = clause_bounds(text, start, end, a)
    head = text[lo:a]
    if "," in head:
        # A relative clause between holder and cue keeps its own negation: `Austria, which is
        # not a member, declined to comment`.
        head = _RELATIVE.sub(" ", head)
    before = _lower_words(head)
    after = text[b:hi].lower()
    if not _applies(text, start, a, after, cue) or other_question(after):
        return None
    if cue.position == "supports" and before and before[-1] in stance.blockers.before:
        return None
    if cue.position == "supports" and after.lstrip().startswith(stance.blockers.after):
        return None
    if "that" in before and _unsaid(before):
        return None  # `have yet to say outright that they oppose it`: not said, no position
    window = before[-stance.negation.window :]
    window = window[_past_possessor(window) :]
    if ":" in head:
        # A negation does not reach past a colon: `its position has not changed: it is not
        # ready to …` (the colon's clause is a statement of its own).
        kept = min(len(window), len(_WORD.findall(head[head.rfind(":") + 1 :])))
        window = window[len(window) - kept :]
    window = window[_past_evaluation(window) :]
    weak_negators, irrealis = _padded()
    strong = _strongly_negated(window)
    if strong or weak_negators.held_by(window):
        if any(w in open_questions() for w in window):
            return None  # `has not decided whether to support it`: a question, not a no
        if cue.phrase in stance.negation.unasked or cue.phrase in _undecided():
            return None  # `did not push for it`, `is no longer on the fence`: which side?
        if cue.phrase in stance.negation.soft or _perfect_denial(window, cue.phrase):
            return "hesitant"  # `has not endorsed the plan`: not fully, rather than no
        return stance.negation.negated(cue.position, strong)
    # (the first two words after, read in C: no generator)
    if irrealis.held_by(before) or not stance.irrealis.after.isdisjoint(
            map(re.Match.group, islice(_WORD.finditer(after), 2))):
        return None  # "could influence Germany to support": not a position held
    return cue.position


def _heads_present(text: str, start: int, end: int) -> bool:
    """Does the range hold a negator of [negation.heads] at all (most ranges with a cue hold
    none: the cue's clause is then not read again)?"""
    lowered = text[start:end].lower()
    return any(f"{n} " in lowered for n in language().stance.negation.heads.negators)


def _complement_of_denied(text: str, start: int, end: int, cue: Found) -> bool:
    """`there is no consensus among the allies at this time to invite Ukraine`, `no
    decision to invite Kyiv has been taken`: is the cue the complement of a denied noun that
    is the allies' state (a shared one), or of the holder's own denied noun beyond the
    negation window (`no appetite in Berlin at this point to invite`, whose holder may be
    the one the phrases name)? Then it states no position, whatever path found it (the
    denial nearer, `has no plans to invite`, is the cue's own negation)."""
    lo, _ = clause_bounds(text, start, end, cue.start)
    before = _lower_words(text[lo : cue.start])
    first = _lower_words(text[cue.start : cue.end])[:1]
    denied = _denied_head(before, first[0] if first else "")
    window = language().stance.negation.window
    return denied is not None and (denied[1] or denied[0] < len(before) - window)


def _denied_head(before: list[str], first: str) -> tuple[int, bool] | None:
    """Is the cue (first: its first word; before: its clause's words before it) the
    infinitive or prepositional complement of a denied noun, across prepositional phrases and
    adverbs only (`no consensus among the allies at this time to invite Ukraine`)? Then where
    the negation starts in `before`, and whether the noun is a shared one (stance.toml
    [negation.heads])."""
    heads = language().stance.negation.heads
    k = len(before)
    if first != "to":
        if not k or (before[-1] not in heads.links and before[-1] != "to"):
            return None  # no complement: `there is no consensus; Poland backs it`
        k -= 1
    # Walk back over the phrases between the noun and the complement.
    lowest = max(0, k - heads.reach - 1)
    i = k - 1
    while i >= lowest:
        word = before[i]
        if word in heads.stops:
            return None  # a clause of its own: `no decision was taken as Poland wants to …`
        if word in heads.shared or word in heads.own:
            # (the first word after the noun must open a phrase, or be the complement itself)
            if i + 1 < k and before[i + 1] not in heads.links and before[i + 1] not in (
                    heads.adverbs):
                return None
            for start in (i - 1, i - 2):  # `no consensus`, `no clear consensus`
                for negator in heads.negators:
                    words = negator.split()
                    if start - len(words) + 1 >= 0 and before[
                            start - len(words) + 1 : start + 1] == words:
                        return start - len(words) + 1, word in heads.shared
            return None
        i -= 1
    return None


def _unsaid(before: list[str]) -> bool:
    """Is the cue in the `that` clause of a negated verb of saying (`did not say that …`,
    `have yet to say outright that …`)? before: the clause's words before the cue."""
    negation = language().stance.negation
    at = len(before) - 1 - before[::-1].index("that")
    # (the verb right before `that`, or one word of manner between: `say outright that`)
    verb = next((k for k in (at - 1, at - 2) if k >= 0 and before[k] in negation.unsaid_verbs),
                None)
    if verb is None:
        return False
    window = before[max(0, verb - negation.window) : verb]
    return _strongly_negated(window) or _padded()[0].held_by(window)


def _past_evaluation(window: list[str]) -> int:
    """Where the words after an evaluated act start (0: none): in `not worth raising
    unrealistic`, the negation denies the worth of raising, not the cue in its object; the act
    right before the cue (`not worth supporting`: the cue is the act) is still denied."""
    evaluations = language().stance.negation.evaluations
    for k in range(len(window) - 2, -1, -1):
        if window[k] in evaluations:
            return k + 1
    return 0


def _strongly_negated(window: list[str]) -> bool:
    """Does one of the words hold a strong negation (`not`, `never`, `won't`)? (Asked in C:
    most cues have no negation before them.)"""
    return not _strong().isdisjoint(window) or any(map(_ENDS_NT, window))


@per_language
def _strong() -> frozenset[str]:
    """The strong negators, as a set (the pack lists them in order)."""
    return frozenset(language().stance.negation.strong)


_ENDS_NT = methodcaller("endswith", "n't")


def _past_possessor(window: list[str]) -> int:
    """Where the words after the window's last possessor start (0: none): a negation before
    `Ukraine's` denies the verb governing the possessor's phrase (`has not backed Ukraine's
    bid`), not the noun cue the possessor owns."""
    skip = language().stance.negation.not_possessors
    for k in range(len(window) - 1, -1, -1):
        # The apostrophe is normalised only in a word that ends on a possessive (few do).
        if window[k].endswith(("'s", "’s")) and window[k].replace("’", "'") not in skip:
            return k + 1
    return 0


def _perfect_denial(window: list[str], phrase: str) -> bool:
    """`has not backed the invitation`, `hasn't yet supported it`: a support participle denied
    by `not` in the perfect (its auxiliary right before `not`, or one word before) is support
    not given yet, not a no (stance.toml [negation] perfect)."""
    negation = language().stance.negation
    if phrase not in negation.perfect_cues:
        return False
    for k, word in enumerate(window):
        if word.endswith("n't"):
            if word in negation.perfect:
                return True
        elif word == "not":
            return any(w in negation.perfect for w in window[max(0, k - 2) : k])
    return False


def _lower_words(stretch: str) -> list[str]:
    """The words of the stretch, lowered (at once when that reads the same words)."""
    lowered = lowered_alike(stretch)
    if lowered is not None:
        return _WORD.findall(lowered)
    return [w.lower() for w in _WORD.findall(stretch)]


def _applies(text: str, start: int, a: int, after: str, cue: Cue) -> bool:
    """Cues that hold only in some settings: a withheld `it` is a position only after a word
    for one (`settled on a position but has not made it public`); `against` only when its
    object is the question (`against the invitation`, not `missiles against targets`)."""
    stance = language().stance
    if cue.position == "unclear" and cue.phrase.split()[0] not in stance.unclear.nouns:
        return any(w.lower() in stance.unclear.nouns for w in _WORD.findall(text[start:a]))
    if cue.phrase in stance.objects.cues:
        words = _WORD.findall(object_of(after))[: stance.objects.reach + 1]
        objects = _object_words()
        demonstratives = stance.objects.demonstratives
        # (a single quotation mark is a word character here: `the 'victory plan'`; a
        # demonstrative with a word after it is a determiner: `against this background`)
        return any((w in objects or w.strip("'’") in objects) and not (
            w in demonstratives and k + 1 < len(words)
            and words[k + 1] not in stance.objects.demonstrative_heads)
            for k, w in enumerate(words[: stance.objects.reach]))
    return True


@per_language
def _object_words() -> frozenset[str]:
    """Words that make a cue's object the question: topic terms, plan words, pronouns."""
    lang = language()
    terms = (*lang.stance.topic.terms_longest_first, *lang.plan.names.generic)
    words = {w for term in terms for w in term.split()}
    return frozenset(words | language().stance.objects.pronouns)


@dataclass(frozen=True)
class Phrases:
    """Phrases of whole words, grouped by their first word, to ask whether a word sequence holds
    one: a set test per word (in C) instead of a substring search per phrase."""

    singles: frozenset[str]  # the one-word phrases
    longer: dict[str, tuple[list[str], ...]]  # a longer phrase's first word: the rest of each
    padded: tuple[str, ...] | None  # " phrase " of each, when one has an empty word (odd)

    @classmethod
    def of(cls, phrases: Iterable[str]) -> Phrases:
        phrases = tuple(phrases)
        split = [p.split(" ") for p in phrases]
        longer: dict[str, list[list[str]]] = {}
        for words in split:
            if len(words) > 1:
                longer.setdefault(words[0], []).append(words[1:])
        # An empty word (a phrase with a leading, trailing or double space, or none at all)
        # matches only where the joined words hold two spaces: the substring test reads it.
        odd = any("" in words for words in split)
        return cls(frozenset(words[0] for words in split if len(words) == 1),
                   {first: tuple(rests) for first, rests in longer.items()},
                   tuple(f" {p} " for p in phrases) if odd else None)

    def held_by(self, words: list[str]) -> bool:
        """Does the sequence of words (none empty, none with a space) hold one of the phrases,
        as `" phrase " in " word word … "` would say?"""
        if self.padded is not None:
            joined = f" {' '.join(words)} "
            return any(map(joined.__contains__, self.padded))
        if not self.singles.isdisjoint(words):
            return True
        longer = self.longer
        for k in compress(range(len(words)), map(longer.__contains__, words)):
            if any(words[k + 1 : k + 1 + len(rest)] == rest for rest in longer[words[k]]):
                return True
        return False


@per_language
def _padded() -> tuple[Phrases, Phrases]:
    """Weak negators and irrealis words, by first word (Phrases.held_by)."""
    stance = language().stance
    return Phrases.of(stance.negation.weak), Phrases.of(stance.irrealis.words)


# A presenting verb this close to a plan word presents the plan.
PRESENT_REACH = 40


@per_language
def _presenting_indexes() -> tuple[PhraseIndex, PhraseIndex]:
    plan = language().plan
    return (PhraseIndex(plan.presenting.verbs, ignore_case=True),
            PhraseIndex([*plan.names.terms, *plan.names.generic], ignore_case=True))


def plan_mentions(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Every plan name or generic plan word (`victory plan`, `blueprint`) in the range."""
    return _presenting_indexes()[1].find(text, start, end)


def presenting_verbs(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return _presenting_indexes()[0].find(text, start, end)


def presenting(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Stretches where a plan is presented: a presenting verb and a plan word within reach
    of each other, in either order, with no sentence break between."""
    verbs, plans = _presenting_indexes()
    found_verbs = verbs.find(text, start, end)
    if not found_verbs:
        return []
    out: list[tuple[int, int]] = []
    for va, vb, _ in found_verbs:
        if noun_use(text, start, va):
            continue  # `the plan's details`: a noun, not the verb `details`
        near = plans.find(text, max(start, va - PRESENT_REACH), min(end, vb + PRESENT_REACH))
        for pa, pb, _ in near:
            a, b = min(va, pa), max(vb, pb)
            if not any(ch in ".;" for ch in text[a:b]):
                # `the plan (that) Zelensky presented`: a subject of its own between plan and
                # verb presents it, so the stretch is the verb's, not the main clause's.
                out.append((va, vb) if pb <= va and _NEW_SUBJECT.search(text, pb, va) else (a, b))
                break
        else:
            # The stretch is the verb alone: its subject is the relative clause's, not the
            # main clause's (`Germany criticised the plan that Zelensky presented`).
            if _relative_plan(text, start, va, plans):
                out.append((va, vb))
    return out


_NEW_SUBJECT = re.compile(r"\b(?:that|which|[A-Z])")
# `the victory plan that Ukrainian President Volodymyr Zelensky presented`: a plan word, then
# `that`/`which` and a subject of at most this many characters before the presenting verb.
RELATIVE_REACH = 80
# (possessive, and one space after `that` where `\s+[^.;,:]*` would let two quantifiers share a
# run of spaces: no backtracking, the same matches)
_RELATIVE_LINK = re.compile(r"[”’\"']?+\s++(?:that|which)\s[^.;,:]*+$")


def _relative_plan(text: str, start: int, va: int, plans: PhraseIndex) -> bool:
    """Is the verb at `va` in a relative clause on a plan word?"""
    found = plans.find(text, max(start, va - RELATIVE_REACH), va)
    return bool(found) and _RELATIVE_LINK.match(text, found[-1][1], va) is not None


# (possessive: no part can give characters back to the next, so backtracking never helps)
_CONJOINED = re.compile(r",?+\s++(\w++)\s++([\w'’-]++)")


def shared_clause(text: str, start: int, end: int, hi: int) -> tuple[int, int] | None:
    """`X praised Kyiv's resolve but stopped short of endorsing the plan`: when the clause
    break at `hi` is a conjunction followed by a verb (a lower-case word that cannot open a
    subject), the next clause has no subject of its own and shares the one before the break.
    Returns that clause's (start, end) within [start, end)."""
    stance = language().stance
    match = _CONJOINED.match(text, hi, end)
    if match is None or match.group(1).lower() not in stance.continuation.conjunctions:
        return None
    word = match.group(2)
    if not word.islower() or word in stance.continuation.not_verbs:
        return None
    _, stop = clause_bounds(text, start, end, match.start(2))
    return match.start(2), stop


# Where a limit may open: a comma or a dash, then a conjunction of [continuation] limits or
# (after a dash only) none: `, but not now`, `, albeit not immediately`, ` — but not now`,
# ` — not yet`.
_LIMIT_OPEN = re.compile(r"\s*+(?:(,)|([—–]))?+\s*+(?:(\w+)\s+)?(?=not\b)", re.I)
# How far past the cue a limit inside its clause (`albeit`, which breaks no clause) is sought.
_LIMIT_REACH = 160
_MARK = re.compile(r"[,—–]")


def limited_to_later(text: str, hi: int, end: int, lo: int | None = None) -> str | None:
    """`backs eventual membership but not now`, `supports the invitation, albeit not
    immediately`, `backs membership — but not now`: does a limit at the clause break at `hi`
    (or, from `lo`, a comma or dash inside the clause) restrict what came before it to a later
    time? The position the supported step then has: `hesitant` for a limit of time alone (open
    in principle, not now), `opposes` when the limit names the step and denies it now (`but not
    an invitation now`); else None."""
    limits = language().stance.continuation.limits
    places = [hi]
    if lo is not None and lo < hi:
        places += [lo + m.start() for m in _MARK.finditer(text[lo : min(hi, lo + _LIMIT_REACH)])]
    for at in places:
        match = _LIMIT_OPEN.match(text, at, end)
        if match is None:
            continue
        word = (match.group(3) or "").lower()
        # A conjunction of the limits, or a dash alone (` — not yet`); not `, not after the
        # war` (a comma alone), nor any other word (`, if not now`).
        if not (word in limits if word else match.group(2)):
            continue
        position = _denies_now(text[match.end() : end].lower())
        if position is not None:
            return position
    return None


def _denies_now(rest: str) -> str | None:
    """Does `rest` (from its `not`) deny the step now: a timing denial (`not now`, `not
    immediately`: hesitant), or `not` with a word for now in the same phrase (`not an
    invitation now`, `not immediate membership`: opposes)?"""
    if any(rest.startswith(d) and not rest[len(d) : len(d) + 1].isalnum()
           for d in language().stance.continuation.timing_denials):
        return "hesitant"
    # `but not an invitation now`, `but not immediate membership`: `not`, then a word for now
    # in the same phrase (a few words, no mark).
    if not rest.startswith("not "):
        return None
    phrase = f" {' '.join(_WORD.findall(re.split(r'[,;:.!?—–]', rest, maxsplit=1)[0])[:7])} "
    return "opposes" if any(f" {w} " in phrase for w in stance_scope().mixed.now) else None
