"""What a stance covers, and what only looks like one (issue: stances that generalise).

- A government asking others to take the step backs it (`Kyiv has asked allies to issue an
  invitation`), as `asks for an invitation` does.
- Support for Ukraine in general (`will continue to support Ukraine with military aid`, `"We
  will support the president"`) is not support for the invitation.
- A country's support named as a condition or dependency of the step (`US backing is crucial if
  Ukraine is to be invited`, `Berlin would back it once the war ends`) is not its position;
  support only if other countries back the step first (`would back it if Washington did`)
  hides behind them: hesitant (behind_others).
- A rejection of a rejection (`dismissed the criticism of his plan`, `refused to drop its
  demand`) states no position either way.
- Named groups (`the Baltics`, `the Nordic countries`) hold a position for every member.
- Votes of both polarities in one article where neither the no nor the qualification is the
  majority are mixed evidence: no stance (see decide()).

Every search here is bounded by the sentence or clause it is given. Vocabulary: stance.toml
[scope] (validated at load, word_packs.py).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from itertools import compress
from operator import methodcaller

from summarizer.extract.offline.cues import Found, clause_bounds
from summarizer.extract.offline.language import language, per_language, per_language_lru
from summarizer.extract.offline.lexicon import alternation, gazetteer
from summarizer.extract.offline.phrases import PhraseIndex
from summarizer.extract.offline.prefilter import folded_class
from summarizer.extract.offline.stance_indirect import indirect_forms
from summarizer.extract.offline.stance_turns import turns
from summarizer.extract.offline.token_spans import first_words, lowered_alike
from summarizer.extract.offline.word_packs import Requests, stance_scope

_WORD = re.compile(r"[\w’'-]+|[,;:.!?—–()]")


@per_language
def _request_regex() -> re.Pattern[str]:
    pack = stance_scope().requests
    # Whom it asks: at most `reach` words (a bounded repeat of word + space: linear). Tried
    # only where the word index found an asking verb (request_cues).
    return re.compile(
        rf"\b(?:{alternation(tuple(pack.verbs))})\s+(?:[\w’'-]+\s+){{1,{pack.reach}}}?to\s+"
        rf"(?:{_steps(pack)})\b", re.I)


_INVITATION_STEP = re.compile(r"^(.+?) (?:an|a|the) invitation$")


def _steps(pack: Requests) -> str:
    """The steps as an alternation; one ending `an`/`the invitation` also takes the one invited
    before its article (`send Kyiv an invitation`) and a word of manner before the noun (`issue
    a formal invitation`): each an optional single word from the pack (bounded, linear)."""
    recipients = alternation(tuple(pack.step_recipients))
    modifiers = alternation(tuple(pack.step_modifiers))
    plain: list[str] = []
    invited: set[str] = set()
    for step in pack.steps:
        match = _INVITATION_STEP.match(step)
        if match is None:
            plain.append(step)
        else:
            invited.add(match.group(1))
    out = [alternation(tuple(plain))] if plain else []
    if invited:
        out.append(rf"(?:{alternation(tuple(invited))})\s+(?:(?:{recipients})\s+)?"
                   rf"(?:an?|the)\s+(?:(?:{modifiers})\s+)?invitation")
    return "|".join(out)


@per_language
def _pressing_regex() -> re.Pattern[str]:
    pack = stance_scope().requests
    return re.compile(
        rf"\b(?:{alternation(tuple(pack.pressing))})\s+"
        rf"(?:(?:{alternation(tuple(pack.intensifiers))})\s+){{1,2}}for\b", re.I)


@per_language
def _asking_index() -> PhraseIndex:
    """The asking and pressing verbs, found by word lookup (a regex scan of every sentence cost
    as much as finding all the other cues)."""
    pack = stance_scope().requests
    return PhraseIndex({*pack.verbs, *pack.pressing}, ignore_case=True)


# What is pressed for must name the question within this many words (`for the invitation`).
_PRESSED_REACH = 4


def request_cues(text: str, start: int, end: int) -> list[Found]:
    """`Kyiv has asked allies to issue an invitation`, `are pushing hardest for the
    invitation`: a supports cue at the asking or pressing verb, whose object must be the
    question."""
    out: list[Found] = []
    topic = stance_scope().general_support.topic
    for a, _, _ in _asking_index().find(text, start, end):
        for regex in (_request_regex(), _pressing_regex()):
            match = regex.match(text, a, end)
            if match is None:
                continue
            if regex is _pressing_regex() and not any(
                    w in topic for w in _words(text, match.end(), min(end, match.end() + 60))[
                        :_PRESSED_REACH]):
                continue  # `pushing hard for more air defence`: another request
            if _asserted(text, start, end, match.start()):
                out.append(Found(match.start(), match.end(), "supports", False,
                                 backward=False, possessable=False))
            break
    return out


def _asserted(text: str, start: int, end: int, at: int) -> bool:
    """Is the asking or pressing cue at `at` neither negated nor hedged before it in its
    clause (stance.toml [negation], [irrealis])? Not asking is no refusal (`Kyiv has not asked
    allies to invite it`, `could ask`): no position rather than a flipped one."""
    stance = language().stance
    lo, _ = clause_bounds(text, start, end, at)
    before = _words(text, lo, at)
    window = before[-stance.negation.window :]
    if any(w in stance.negation.strong or w.endswith(("n't", "n’t")) for w in window):
        return False
    joined = f" {' '.join(window)} "
    said = f" {' '.join(before)} "
    return not (any(f" {w} " in joined for w in stance.negation.weak)
                or any(f" {w} " in said for w in stance.irrealis.words))


def _words(text: str, a: int, b: int) -> list[str]:
    lowered = lowered_alike(text[a:b])
    if lowered is not None:
        return _WORD.findall(lowered)
    return [w.lower() for w in _WORD.findall(text, a, b)]


# The object and its phrase are read at most this many characters after the cue.
_WINDOW = 120


def no_position(text: str, cue: Found, end: int) -> bool:
    """Does the cue state no position (the checks below), its words after it split once?"""
    after = _words(text, cue.end, min(end, cue.end + _WINDOW))
    if cue.position != "supports":
        return cue.position in ("opposes", "hesitant") and _countered(after)
    head = " ".join(text[cue.start : cue.end].lower().split())
    # `wants NATO to invite Ukraine`: a cue that names the step itself has Ukraine as the one
    # the step is for, not as the object of support in general.
    topic = stance_scope().general_support.topic
    names_step = cue.presents or any(w in topic for w in head.split())
    if head in turns().importance.cues:
        names_step = True  # said of the step (stance_turns.py): `crucial for Ukraine's security`
    return ((_general(after) and not names_step) or _other(head, after)
            or _unwelcome(head, after) or _partial(after) or _dependent(head, after))


def general_support(text: str, cue: Found, end: int) -> bool:
    """Is a supports cue's object Ukraine (or its president) itself, with no topic word in the
    object's phrase? Then it is support in general, not for the invitation."""
    return _general(_words(text, cue.end, min(end, cue.end + _WINDOW)))


def countered(text: str, cue: Found, end: int) -> bool:
    """Is a cue against (`rejected`, `dismissed`, `refused`) aimed at something itself against
    the step (`suggestions that …`, `the criticism`, `to drop its demand`, `any delay`)?"""
    return _countered(_words(text, cue.end, min(end, cue.end + _WINDOW)))


def dependency(text: str, cue: Found, clause_end: int) -> bool:
    """Is a supports cue a condition or dependency of the step, not a position? A support noun
    followed within a few words by an importance word (`US backing is crucial`), or a clause
    that goes on to a condition (`would back it if Washington did`)."""
    return _dependent(" ".join(text[cue.start : cue.end].lower().split()),
                      _words(text, cue.end, min(clause_end, cue.end + _WINDOW)))


# The words after a cue that its object and the object's phrase can take.
_HINT_WORDS = 12


_POSSESSIVE = methodcaller("endswith", ("'s", "’s"))


def _bare(word: str) -> str:
    """The word without a possessive 's."""
    return word.removesuffix("'s").removesuffix("’s")


def _general(after: list[str]) -> bool:
    pack = stance_scope().general_support
    keys = _object_keys()
    hint = after[:_HINT_WORDS]
    # (maps, not a generator: one left unfinished is closed by raising GeneratorExit in it;
    # a word without a possessive is its own _bare: _bare is called only if one has one)
    if keys.isdisjoint(hint) and (not any(map(_POSSESSIVE, hint))
                                  or keys.isdisjoint(map(_bare, hint))):
        return False  # no word of any listed object follows (the common case)
    k = 0
    while k < len(after) and after[k] in pack.skip:
        k += 1
    head = after[k] if k < len(after) else ""
    bare = head.removesuffix("'s").removesuffix("’s")
    if bare != head and bare in pack.objects:
        # `support for Ukraine's sovereignty`: what of Ukraine's is supported must be the
        # question (`Ukraine's NATO membership`, `Ukraine's path to the alliance`).
        owned: list[str] = []
        for word in after[k + 1 : k + 1 + pack.reach]:
            if not word[0].isalnum() or (word in pack.phrase_ends and word != "to"):
                break
            owned.append(word.removesuffix("'s").removesuffix("’s"))
        return not any(w in pack.topic for w in owned)
    for length in (4, 3, 2, 1):
        if " ".join(after[k : k + length]) in pack.objects:
            tail = after[k + length :]
            break
    else:
        return False
    if tail[:1] and tail[0] in ("'s", "’s"):
        return False  # `Ukraine's membership`: the possessed noun is the object
    if tail[:1] == ["to"] and any(w in pack.topic for w in tail[1:4]):
        return False  # `called for Ukraine to be invited`: the step is what is supported
    phrase: list[str] = []
    for word in tail:
        if word in pack.phrase_ends or not word[0].isalnum() or len(phrase) >= pack.reach:
            break
        phrase.append(word.removesuffix("'s").removesuffix("’s"))
    return not any(w in pack.topic for w in phrase)


def _other(head: str, after: list[str]) -> bool:
    scope = stance_scope()
    pack = scope.requested
    if head not in pack.cues:
        return False
    obj: list[str] = []
    for word in after:
        if not word[0].isalnum() or word in pack.object_ends or len(obj) >= pack.reach:
            break
        obj.append(word.removesuffix("'s").removesuffix("’s"))
    topic = scope.general_support.topic
    return not any(w in topic or w in pack.anaphors for w in obj)


def _unwelcome(head: str, after: list[str]) -> bool:
    """`welcomed the victory plan`: a welcome whose object does not name the step states no
    position on it (stance.toml [scope.welcomed])."""
    scope = stance_scope()
    pack = scope.welcomed
    if head not in pack.cues:
        return False
    for word in after[: pack.reach]:
        if not word[0].isalnum() or word in scope.requested.object_ends:
            break
        if word.removesuffix("'s").removesuffix("’s") in pack.steps:
            return False
    return True


def _partial(after: list[str]) -> bool:
    """`backed the plan's economic points`, `supports parts of the blueprint`: is the object a
    part of the plan other than the invitation (stance.toml [scope.plan_parts])?"""
    pack = stance_scope().plan_parts
    bare: list[str] = []
    for word in after[: pack.reach]:
        if not word[0].isalnum():
            break
        bare.append(word.removesuffix("'s").removesuffix("’s"))
    if any(w in pack.whole for w in bare):
        return False  # `the plan's first point`, `the plan's call for an invitation`
    names = _plan_words()
    for i, word in enumerate(bare):
        if word in names and after[i] != word:  # `the plan's economic points`
            return any(w in pack.parts for w in bare[i + 1 : i + 3])
        if word in pack.parts and bare[i + 1 : i + 2] == ["of"]:  # `parts of the plan`
            return any(w in names for w in bare[i + 2 : i + 5])
    return False


@per_language
def _plan_words() -> frozenset[str]:
    """The last word of each name of the plan (`plan`, `blueprint`, `formula`)."""
    names = language().plan.names
    return frozenset(name.split()[-1] for name in (*names.terms, *names.generic))


def _countered(after: list[str]) -> bool:
    pack = stance_scope().countered
    keys = _countered_keys()
    if not any(w in keys for w in after[:_HINT_WORDS]):
        return False
    k = 0
    while k < len(after) and after[k] in pack.skip:
        k += 1
    head = after[k : k + pack.reach]
    openers = first_words(pack.objects)  # (token_spans.first_words: the words are tokens)
    return any(" ".join(head[i : i + n]) in pack.objects
               for n in (1, 2) for i in range(len(head)) if head[i] in openers)


def behind_others(text: str, cue: Found, end: int) -> bool:
    """`would back the invitation only if a clear majority of allies did`: is a supports cue's
    clause conditioned on other countries or allies backing the step first? Then the holder
    hides behind them (hesitant), rather than stating a condition that states nothing."""
    # Only a cue word of support (`back`, `support`), not an indirect form: what the step would
    # do (`membership would end the war only if the US agreed`) may be conditioned on anything.
    # A verb of consenting to or issuing the step (`would accept an invitation if Washington
    # backed one`, `would agree to it if the US did`) is the holder's own act too.
    if cue.position != "supports" or not (cue.possessable or _consents(text, cue)):
        return False
    pack = stance_scope().dependencies
    if _behind_hint().search(text, cue.end, min(end, cue.end + _WINDOW)) is None:
        return False  # no condition word at all (the common case)
    stop = _CLAUSE_STOP.search(text, cue.end, min(end, cue.end + _WINDOW))
    raw = _WORD.findall(text, cue.end, stop.start() if stop else min(end, cue.end + _WINDOW))
    after = [w.lower() for w in raw]
    for k in range(len(after)):
        # `depends on Washington`, `if there is consensus among allies`: the others suffice.
        n = _phrase_len(after, k, pack.behind_on)
        if n:
            rest = after[k + n : k + n + pack.behind_reach]
            return _phrase_len_any(rest, pack.others) or _foreign(raw[k + n : k + n + 3])
    for k in range(len(after)):
        n = _phrase_len(after, k, pack.behind)
        if not n or (k and after[k - 1] == "even"):
            continue  # `even if Washington did not`: no condition at all
        rest = after[k + n : k + n + pack.behind_reach]
        for j in range(len(rest)):
            if _phrase_len(rest, j, pack.others_verbs) and (
                    _phrase_len_any(rest[:j], pack.others) or _foreign(raw[k + n : k + n + j])):
                return True
        return False
    return False


def conditional_subject(text: str, start: int) -> bool:
    """`would back it once the United States had endorsed it`, `if Washington backs it`: is the
    mention at `start` the subject of a condition (a condition word of [scope.dependencies]
    behind right before it, past `the`)? What it would do in the condition is no position."""
    if _behind_hint().search(text, max(0, start - 30), start) is None:
        return False  # no condition word just before (the common case, found in C)
    words = _words(text, max(0, start - 30), start)
    if words[-1:] == ["the"]:
        words.pop()
    behind = stance_scope().dependencies.behind
    return any(_phrase_len(words[-n:], 0, behind) == n for n in (1, 2, 3) if len(words) >= n)


def _consents(text: str, cue: Found) -> bool:
    """Does an indirect cue open with a verb of consenting to or issuing the step
    (stance_indirect.toml [accepts] step_verbs, issue_verbs)?"""
    first = text[cue.start : cue.end].split(maxsplit=1)
    return bool(first) and first[0].lower() in _consent_verbs()


@per_language
def _consent_verbs() -> frozenset[str]:
    pack = indirect_forms().accepts
    return frozenset(v.split()[0] for v in pack.step_verbs | pack.issue_verbs)


@per_language
def _behind_hint() -> re.Pattern[str]:
    """The first words of stance.toml [scope.dependencies] behind: a cheap test before the
    words are split."""
    pack = stance_scope().dependencies
    firsts = {phrase.split()[0] for phrase in pack.behind | pack.behind_on}
    # Opened by a class of the words' first letters (a lookahead: the match is unchanged), so
    # that a case-insensitive `\b(?:…)` is not tried in full at every character.
    letters = folded_class("".join(sorted({word[0] for word in firsts})))
    return re.compile(rf"(?={letters})\b(?:{alternation(sorted(firsts))})\b", re.I)


# The condition is read up to the clause's end: a stop, a dash, or `but` opening another clause.
_CLAUSE_STOP = re.compile(r"[.;!?—–]|\bbut\b")


def _phrase_len(words: list[str], k: int, phrases: frozenset[str]) -> int:
    """How many words from k form one of the phrases (at most three words), else 0."""
    if k < len(words) and words[k] not in first_words(phrases):
        return 0  # (token_spans.first_words: the words are tokens)
    for n in (3, 2, 1):
        if k + n <= len(words) and " ".join(words[k : k + n]) in phrases:
            return n
    return 0


def _phrase_len_any(words: list[str], phrases: frozenset[str]) -> bool:
    return any(_phrase_len(words, k, phrases) for k in range(len(words)))


def _foreign(words: list[str]) -> bool:
    """A country, capital or demonym among the words, other than the candidate's."""
    index, places = gazetteer()
    candidate = indirect_forms().candidate.country
    phrase = " ".join(words)
    return any(places[key].country and places[key].country != candidate
               and places[key].kind in ("country", "capital", "demonym")
               for _, _, key in index.find(phrase, 0, len(phrase)))


def _dependent(head: str, after: list[str]) -> bool:
    pack = stance_scope().dependencies
    emphatic, conditions, importance = _padded_dependencies()
    joined = f" {' '.join(after)} "
    # `if it were up to us alone`, `depends on nothing but`: emphasis, not a condition
    for phrase in emphatic:
        joined = joined.replace(phrase, " ")
    # Not a condition denied: `needed an invitation now, not after the war`. (The conditions
    # there are picked in C: most objects hold none, and the loop then has nothing to do.)
    if any(f" not{c}" not in joined
           for c in compress(conditions, map(joined.__contains__, conditions))):
        return True
    if head not in pack.nouns:
        return False
    near = f" {' '.join(after[: pack.reach])} "
    return any(w in near for w in importance)


@per_language
def _padded_dependencies() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """The emphatic phrases, conditions and importance words of [dependencies] as " phrase ",
    in the pack's order (made once per language, not on every call of _dependent)."""
    pack = stance_scope().dependencies
    return (tuple(f" {p} " for p in pack.emphatic), tuple(f" {c} " for c in pack.conditions),
            tuple(f" {w} " for w in pack.importance))


@per_language
def _object_keys() -> frozenset[str]:
    """Each general-support object's words but determiners (`president` of `the
    president`): a cheap test before the object is read."""
    pack = stance_scope().general_support
    return frozenset(w for o in pack.objects for w in o.split() if w not in pack.skip
                     and w not in pack.determiners)


@per_language
def _countered_keys() -> frozenset[str]:
    pack = stance_scope().countered
    return frozenset(w for o in pack.objects for w in o.split() if w not in pack.skip)


@per_language
def _groups() -> PhraseIndex:
    return PhraseIndex(list(stance_scope().named_groups))


def named_groups(text: str, start: int, end: int) -> list[tuple[int, int, tuple[str, ...]]]:
    """(start, end, member codes) of each named group of countries in text[start:end]."""
    if not _names_a_group(text):
        return []
    groups = stance_scope().named_groups
    return [(a, b, groups[name]) for a, b, name in _groups().find(text, start, end)]


@per_language_lru(maxsize=16)
def _names_a_group(text: str) -> bool:
    """Does the article hold a group's first word at all? (Most do not: no word index.)"""
    return any(head in text for head in _group_heads())


@per_language
def _group_heads() -> frozenset[str]:
    return frozenset(name.split()[0] for name in stance_scope().named_groups)


def decide(positions: Sequence[str], denies_now: Sequence[bool]) -> str | None:
    """The article's position for a country from its votes (positions, and for each whether
    its sentence speaks of the step now). Polarity is sacred, so a minority never flips it:
    - against and for: `opposes` when the votes against are at least as many (the more specific
      no: evals/README.md section 3) or one denies the step now, which support for later
      membership does not contradict (`backs eventual membership` + `not at the point where an
      invitation will be extended`); otherwise mixed evidence, None;
    - hesitation and support: `hesitant` (qualified support) when the hesitant votes are at
      least as many, otherwise None;
    - one side only: that side."""
    counts = Counter(positions)
    supports, opposes, hesitant = counts["supports"], counts["opposes"], counts["hesitant"]
    if opposes and supports:
        now = any(d for p, d in zip(positions, denies_now, strict=True) if p == "opposes")
        return "opposes" if opposes >= supports or now else None
    if opposes:
        return "opposes"
    if hesitant and supports:
        return "hesitant" if hesitant >= supports else None
    if hesitant:
        return "hesitant"
    if supports:
        return "supports"
    return "neutral" if counts["neutral"] else "unclear"


@per_language
def _now_index() -> PhraseIndex:
    return PhraseIndex(list(stance_scope().mixed.now), ignore_case=True)


def denies_now(text: str, start: int, end: int) -> bool:
    """Does the sentence speak of the step now (`not at this stage`, `an immediate invitation`)?"""
    return _now_index().search(text, start, end)
