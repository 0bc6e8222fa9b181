"""Stances stated indirectly, which single cue words miss (issue: stances that generalise).

- What the step would cause: `France has long argued that membership would provoke Moscow`
  (opposes), `Ukraine in NATO would deter Russia` (supports). Not when something turns the step
  round (`delaying membership would provoke Moscow`) or the clause denies or questions the claim
  (`denied that membership would provoke Moscow`, `whether …`).
- A derisive verdict on the plan: `called the plan "a wish list"`, `dismissed it as a fantasy`
  (opposes), never when the verdict itself is denied (`rejected claims that the plan was a
  bluff`).
- A blessing given or held back: `gave the plan its full backing` (supports), `has yet to give
  the plan its public blessing` (hesitant: not fully, rather than no). Only when what is blessed
  is the question (`gave Ukraine its backing` is support in general).
- Something else wanted first: `Italy wants security guarantees first before any NATO
  invitation` (hesitant), when the clause names the step and the thing wanted is not the step.

Each form is a cue (cues.Found) at its words, so that the holder rules of stances.py decide who
holds it. Every search is bounded by the range it is given. Vocabulary: stance_indirect.toml,
typed and validated at load (IndirectForms).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from functools import lru_cache
from importlib.resources.abc import Traversable
from itertools import compress
from operator import eq, itemgetter

from pydantic import Field, field_validator

from summarizer.extract.offline.collector import per_article
from summarizer.extract.offline.language import (
    active,
    english,
    language,
    per_language,
    per_language_lru,
)
from summarizer.extract.offline.pack_base import load_file
from summarizer.extract.offline.stance_forms import other_question
from summarizer.extract.offline.stance_turns import Turns
from summarizer.extract.offline.token_spans import capturing, lowered_alike, spans
from summarizer.extract.offline.word_packs import Words, WordsPack, stance_scope


class Consequences(WordsPack):
    subjects: Words
    subject_reach: int = Field(ge=0, le=6)
    modals: Words
    fillers: Words
    reach: int = Field(ge=1, le=10)
    harms: Words
    benefits: Words
    counters: Words
    denials: Words
    contents: Words
    impossible: Words
    reversals: Words


class Values(WordsPack):
    nouns: Words
    superlatives: Words
    comparatives: Words
    copulas: Words
    reach: int = Field(ge=1, le=8)
    considering: Words
    articles: Words
    valued: Words


class Verdicts(WordsPack):
    objects: Words
    links: Words
    reach: int = Field(ge=1, le=8)
    derisions: Words
    denials: Words


class Grants(WordsPack):
    verbs: Words
    nouns: Words
    reach: int = Field(ge=1, le=8)
    after: Words
    negators: Words
    hedges: Words
    weak: Words


class Preconditions(WordsPack):
    verbs: Words
    reach: int = Field(ge=1, le=8)
    marks: Words
    negators: Words
    candidates: Words


class Candidate(WordsPack):
    country: str = Field(min_length=2, max_length=2)
    cues: Words
    reporting: Words
    claims: Words
    claim_fillers: Words
    claim_sources: Words
    others: Words
    steps: Words
    step_modifiers: Words

    @field_validator("country", mode="after")
    @classmethod
    def _code(cls, value: str) -> str:
        return value.upper()


class AsksFor(WordsPack):
    verbs: Words
    reach: int = Field(ge=1, le=8)
    object_reach: int = Field(ge=1, le=6)
    steps: Words
    passive: Words
    passive_requests: Words


class Adjudged(WordsPack):
    supports: Words
    opposes: Words
    subject_words: Words
    owners: Words
    self_owners: Words
    crossing: Words
    crossing_verbs: Words
    crossing_modals: Words
    crossed_determiners: Words


class Accepts(WordsPack):
    verbs: Words
    candidates: Words
    links: Words
    places: Words
    reach: int = Field(ge=1, le=8)
    strong: Words
    weak: Words
    hedges: Words
    step_verbs: Words
    step_links: Words
    steps: Words
    issue_verbs: Words
    issue_beneficiaries: Words
    issue_links: Words
    issue_targets: Words


class IndirectForms(WordsPack):
    """stance_indirect.toml: the indirect forms of a stance (this module)."""

    consequences: Consequences
    values: Values
    verdicts: Verdicts
    grants: Grants
    preconditions: Preconditions
    candidate: Candidate
    asks_for: AsksFor
    adjudged: Adjudged
    accepts: Accepts
    turns: Turns


def indirect_forms() -> IndirectForms:
    """The active language's indirect forms (language.py)."""
    return (active() or english()).stance_indirect  # language(), inlined


def load_indirect(path: Traversable) -> IndirectForms:
    """The pack from a TOML file; a file that does not validate is a PackError naming it."""
    return load_file(IndirectForms, path)


# A word (a possessive 's kept apart, so that `Ukraine's` reads `ukraine` + `'s`), or a mark
# that ends a phrase.
# `doesn't` reads `does` + `n't`, as the word lists are read (_by_first_word).
# Written for speed, matching exactly what \w+(?=n['’]t\b)|n['’]t\b|['’]s\b|['’]d\b|[\w-]+|…
# matches: a run of [\w-] not ending in `n` can be no `does` of `doesn't` nor a `n't` (both end
# in `n` before the apostrophe), so it is taken at once, and possessively; only a run ending in
# `n` tries the forms in turn. (Before, every word backtracked through `\w+` looking for `n't`.)
# A run ending in `n` that no `'t` follows is no contraction either, so it too is taken at once:
# the `n't` forms can end a run only where `'t` follows it, and the last form takes it whole.
# The first character is taken by one class, then the forms are told apart by a lookbehind at
# it: a pattern that opens with a class lets the engine skip the spaces between the tokens
# without trying each form there (the forms of a word, a possessive, a mark start with disjoint
# characters, so their order is kept).
_TOKEN = re.compile(r"[\w\-'’,;:.!?—–()](?:(?<=[\w-])(?:[\w-]*+(?:(?<!n)|(?!['’]t\b))"
                    r"|(?<=\w)\w*(?=n['’]t\b)|(?<=n)['’]t\b|[\w-]*)|(?<=['’])[sd]\b|(?<=[,;:.!?—–()]))")
_TOKEN_SPLIT = capturing(_TOKEN)
# _TOKEN without its contraction forms (`n't`), for a line where none can match: every word is
# then one possessive run of [\w-], taken at once (no lookbehind at its end).
_PLAIN_SPLIT = capturing(re.compile(r"[\w\-',;:.!?—–()](?:(?<=[\w-])[\w-]*+|(?<=')[sd]\b"
                                    r"|(?<=[,;:.!?—–()]))"))
_STOP = frozenset(",;:.!?—–()")

Token = tuple[str, int, int]
_WORD = itemgetter(0)
_START = itemgetter(1)
# The position of a form that states none: its words are no cue at all.
VOID = "void"


def _tokens(text: str, start: int, end: int) -> list[Token]:
    """The tokens of text[start:end], sliced from its lines' tokens (split once per line)."""
    return _slice(_table(text, start, end), start, end)[0]


def _slice(table: _Table, start: int, end: int) -> tuple[list[Token], int]:
    """The tokens of [start, end) and the index of the first one in the table's tokens."""
    tokens, starts = table.tokens, table.starts
    lo = bisect.bisect_left(starts, start)
    hi = bisect.bisect_left(starts, end)
    while hi > lo and tokens[hi - 1][2] > end:
        hi -= 1
    return tokens[lo:hi], lo


class _Table:
    """The tokens of lines of a text, and where in them the anchor words of the forms stand
    (found once per line with one C-level pass, then bisected per range: the many ranges of an
    article overlap, and each was read word by word once per form)."""

    __slots__ = ("_anchors", "starts", "tokens", "words")

    def __init__(self, tokens: list[Token], starts: list[int], words: list[str]) -> None:
        self.tokens = tokens
        self.starts = starts
        self.words = words
        self._anchors: dict[frozenset[str], list[int]] = {}

    def anchors(self, words: frozenset[str]) -> list[int]:
        """The indexes of the tokens that are one of the words."""
        found = self._anchors.get(words)
        if found is None:
            found = self._anchors[words] = list(
                compress(range(len(self.words)), map(words.__contains__, self.words)))
        return found


def _table(text: str, start: int, end: int) -> _Table:
    """The tokens of the lines that hold [start, end): only the lines the stance stage reads
    are split (a third of an article is read by none of its ranges). No token holds a line
    break and the pattern looks ahead past a token only for `n't` and a word boundary, which a
    line break ends like the end of a slice, so a line's tokens are the text's tokens in it."""
    stop = text.find("\n", max(start, end))
    return _line_tokens(text, text.rfind("\n", 0, start) + 1, len(text) if stop < 0 else stop)


# Per text, its lines read (a few hundred at most in an article).
@per_article
@lru_cache(maxsize=512)
def _line_tokens(text: str, start: int, end: int) -> _Table:
    # Curly apostrophes read as straight ones (`n’t` is `n't`), in text and lists alike: the
    # pattern reads both alike and neither is a word character, so the text is straightened
    # once (same length, same spans) instead of each word.
    # Built without match objects (token_spans) and with C-level maps: a Python expression per
    # token cost more.
    line = text[start:end]
    straight = line.replace("’", "'") if "’" in line else line
    # Most lines hold no `'t`: no `n't` to split off, so the plain pattern finds the same
    # tokens. Split lowered at once (token_spans.lowered_alike: the same word classes, the same
    # offsets) instead of lowering each token, unless an `'S` or `'D` is there: `[sd]` reads
    # lower case only, and would then read the lowered line otherwise.
    lowered = lowered_alike(straight)
    if (lowered is not None and "'t" not in lowered and "'S" not in straight
            and "'D" not in straight):
        words, starts, ends = spans(_PLAIN_SPLIT, lowered, start)
        return _Table(list(zip(words, starts, ends, strict=True)), starts, words)
    found, starts, ends = spans(_TOKEN_SPLIT, straight, start)
    words = list(map(str.lower, found))
    return _Table(list(zip(words, starts, ends, strict=True)), starts, words)


# The range being scanned by indirect_cues: its tokens (by identity), the index of its first
# token in the text's, the indexes of the text's anchor words inside it, the text's words and
# the anchor words; _starts reads those few tokens instead of every token of the range. Set as
# one tuple (a reader in another thread sees another range's tokens, fails the identity test
# and reads every token).
_SCANNING: tuple[list[Token], int, list[int], list[str], frozenset[str]] | None = None


def _starts(tokens: list[Token], phrases: frozenset[str]) -> list[int]:
    """Where a phrase of the set may start: the tokens that are a first word of one."""
    firsts = _by_first_word(phrases)
    scanning = _SCANNING
    if scanning is not None and scanning[0] is tokens and _anchored(phrases, scanning[4]):
        _, offset, anchored, words, _ = scanning
        return [i - offset for i in anchored if words[i] in firsts]
    return [i for i, t in enumerate(tokens) if t[0] in firsts]


@lru_cache(maxsize=128)
def _anchored(phrases: frozenset[str], anchors: frozenset[str]) -> bool:
    """Is every first word of the phrases one of the anchor words?"""
    return _by_first_word(phrases).keys() <= anchors


@lru_cache(maxsize=128)
def _by_first_word(phrases: frozenset[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The phrases as word tuples, by their first word, longest first (a word lookup per token
    instead of joining every n-gram)."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        words = tuple(_TOKEN.findall(phrase.replace("’", "'")))
        if words:
            index.setdefault(words[0], []).append(words)
    return {w: tuple(sorted(v, key=len, reverse=True)) for w, v in index.items()}


def _last_words(phrases: frozenset[str]) -> frozenset[str]:
    """The last word of each phrase, read as _by_first_word reads them: a match of a phrase
    holds its last word."""
    return frozenset(words[-1] for words in (tuple(_TOKEN.findall(p.replace("’", "'")))
                                             for p in phrases) if words)


def _phrase_at(tokens: list[Token], i: int, phrases: frozenset[str]) -> int:
    """How many tokens from i form one of the phrases (longest first), else 0."""
    if i >= len(tokens):
        return 0
    for words in _by_first_word(phrases).get(tokens[i][0], ()):
        n = len(words)
        if n == 1:
            return 1
        # The second word first: most candidates fail there. The rest compared in C: a
        # generator left unfinished is closed by raising GeneratorExit in it, a costly step.
        if i + n <= len(tokens) and tokens[i + 1][0] == words[1] and all(
                map(eq, map(_WORD, tokens[i + 2 : i + n]), words[2:])):
            return n
    return 0


def _holds(words: list[str], phrases: frozenset[str]) -> bool:
    """Does the word sequence hold one of the phrases (read with the same tokenizer)? Only
    the words that start one are tried (found by a lookup in C; most sequences hold none)."""
    firsts = _by_first_word(phrases)
    count = len(words)
    for i in compress(range(count), map(firsts.__contains__, words)):
        for phrase in firsts[words[i]]:
            n = len(phrase)
            if i + n <= count and words[i : i + n] == list(phrase):
                return True
    return False


def _clause_start(tokens: list[Token], i: int) -> int:
    """Index of the first token of the clause holding tokens[i] (after the last . ; : —)."""
    k = i
    while k > 0 and tokens[k - 1][0] not in ".;:!?—–":
        k -= 1
    return k


@per_language
def _topic() -> frozenset[str]:
    return stance_scope().general_support.topic


@per_language
def _anchor_words() -> frozenset[str]:
    """The first words of every form's anchor phrases (what each scanner's loop starts at),
    and of the phrases a form needs besides (_scanners)."""
    forms = indirect_forms()
    anchors = (forms.consequences.subjects, forms.values.nouns, forms.verdicts.objects,
               forms.grants.verbs, forms.preconditions.verbs, forms.asks_for.verbs,
               forms.asks_for.passive_requests, forms.adjudged.opposes, forms.adjudged.supports,
               forms.accepts.verbs, forms.accepts.step_verbs, forms.accepts.issue_verbs,
               _modals(), forms.verdicts.derisions, _last_words(_judgements()), _ranks(),
               forms.grants.nouns, forms.accepts.steps)
    return frozenset(word for phrases in anchors for word in _by_first_word(phrases))




# The same range is read for its holders, its statements and its neighbours: once.
@per_language_lru(512, article=True)
def indirect_cues(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, position) of every indirect form in text[start:end], in text order."""
    global _SCANNING
    if end <= start:
        return []
    table = _table(text, start, end)
    tokens, offset = _slice(table, start, end)
    anchor_words = _anchor_words()
    anchors = table.anchors(anchor_words)
    anchored = anchors[bisect.bisect_left(anchors, offset)
                       : bisect.bisect_left(anchors, offset + len(tokens))]
    if not anchored:
        return []  # every form starts at one of its anchor phrases: none is here
    previous = _SCANNING
    _SCANNING = (tokens, offset, anchored, table.words, anchor_words)
    # A form starts at one of its own anchor phrases: a form none of whose first words is
    # in the range has nothing to read.
    present = set(map(table.words.__getitem__, anchored))
    out: list[tuple[int, int, str]] = []
    try:
        for scan, firsts, needs in _scanners():
            if not present.isdisjoint(firsts) and not (needs and present.isdisjoint(needs)):
                out += scan(tokens)
    finally:
        _SCANNING = previous
    return sorted(out)


Scanner = Callable[[list[Token]], list[tuple[int, int, str]]]


@per_language
def _scanners() -> list[tuple[Scanner, frozenset[str], frozenset[str]]]:
    """Each form's scanner with the first words of the phrases its loop starts at, and the
    first words of a phrase the form cannot do without (none: empty): a step's consequence
    needs its modal (`would`), a verdict its derision (`a pipe dream`), a judgement the last
    word of one (`a red line`: a range with `a` seldom holds one), a value its rank (`the best
    guarantee`), a grant its noun (`gave its blessing`), a consent its step (`agreed to an
    invitation`), and most ranges have none of these."""
    forms = indirect_forms()
    starts: list[tuple[Scanner, frozenset[str], frozenset[str]]] = [
        (_consequences, forms.consequences.subjects, _modals()),
        (_values, forms.values.nouns, _ranks()),
        (_verdicts, forms.verdicts.objects, forms.verdicts.derisions),
        (_grants, forms.grants.verbs, forms.grants.nouns),
        (_preconditions, forms.preconditions.verbs, frozenset()),
        (_asks_for, _asking(), frozenset()),
        (_adjudged, _judgements(), _last_words(_judgements())),
        (_accepts, forms.accepts.verbs, frozenset()),
        (_accepts_step, forms.accepts.step_verbs | forms.accepts.issue_verbs,
         forms.accepts.steps)]
    return [(scan, frozenset(_by_first_word(phrases)), frozenset(_by_first_word(needs)))
            for scan, phrases, needs in starts]


def _consequences(tokens: list[Token]) -> list[tuple[int, int, str]]:
    pack = indirect_forms().consequences
    out: list[tuple[int, int, str]] = []
    modals = _modals()
    # The words that open a modal: a lookup per word of the reach instead of a call.
    modal_firsts = _by_first_word(modals)
    for i in _starts(tokens, pack.subjects):
        n = _phrase_at(tokens, i, pack.subjects)
        if not n:
            continue
        # The modal: within subject_reach words of the step, no clause break between. (Looked
        # for first: most steps have none, and it is the cheapest test.)
        modal = None
        for k in range(i + n, min(len(tokens), i + n + pack.subject_reach + 1)):
            if tokens[k][0] in _STOP:
                break
            if tokens[k][0] in modal_firsts and (m := _phrase_at(tokens, k, modals)):
                modal = k + m - 1
                break
        if modal is None or _another_union(tokens, i, n):
            continue
        lead = [t[0] for t in tokens[_clause_start(tokens, i) : i]]
        if _holds(lead, pack.denials) or _content(lead, pack.contents):
            continue  # denied, or the content of someone's `fears that …`: nobody's claim
        countered = any(w in pack.counters for w in lead[-3:])
        after: list[str] = []
        for token in tokens[modal + 1 : modal + 1 + pack.reach]:
            if token[0] in _STOP:
                break
            after.append(token[0])
        if not after or after[0] in ("not", "n't", "never", "no"):
            continue  # `membership would not provoke Moscow`: no position either way
        if _phrase_at(tokens, k, pack.impossible) == modal + 1 - k:
            # `cannot be decided in the middle of a war`; not `cannot be ruled out`.
            position = None if _holds(after, pack.reversals) else "opposes"
        else:
            position = ("opposes" if _holds(after, pack.harms)
                        else "supports" if _holds(after, pack.benefits) else None)
        if position is not None and countered:
            # `rejecting the plan would provoke Moscow`: turned round, so neither the form nor
            # the cue word that turns it (`rejecting`) is a position.
            first = max(_clause_start(tokens, i), i - 3)
            out.append((tokens[first][1], tokens[modal][2], VOID))
        elif position is not None:
            out.append((tokens[i][1], tokens[modal][2], position))
    return out


@per_language
def _modals() -> frozenset[str]:
    """The modals and the words of impossibility (`cannot be`) a step's consequence opens with."""
    pack = indirect_forms().consequences
    return pack.modals | pack.impossible


def _content(lead: list[str], contents: frozenset[str]) -> bool:
    """Is the clause the content of a noun (`said fears that …`, `the argument that …`), not a
    verb (`Berlin fears an invitation would …`)? A content word after a determiner, a
    possessive or a verb of saying."""
    for k, word in enumerate(lead):
        if word in contents and (k == 0 or lead[k - 1] in _CONTENT_LEADS or k >= 2):
            return True
    return False


_CONTENT_LEADS = frozenset({"the", "his", "her", "its", "their", "our", "'s", "said", "says",
                            "of", "amid", "over", "despite", "any", "these", "those", "such"})


@per_language
def _ranks() -> frozenset[str]:
    """The superlatives and comparatives by which a value form ranks the step (`the best
    guarantee`, `no cheaper guarantee`)."""
    pack = indirect_forms().values
    return pack.superlatives | pack.comparatives


def _values(tokens: list[Token]) -> list[tuple[int, int, str]]:
    """`no cheaper security guarantee … than Ukraine in NATO` (comparative), `the only real
    security guarantee is membership`, `an invitation is the best guarantee` (superlative)."""
    pack = indirect_forms().values
    steps = indirect_forms().consequences.subjects
    out: list[tuple[int, int, str]] = []
    for i in _starts(tokens, pack.nouns):
        n = _phrase_at(tokens, i, pack.nouns)
        if not n:
            continue
        lo = _clause_start(tokens, i)
        lead = [t[0] for t in tokens[max(lo, i - 3) : i]]
        whole = [t[0] for t in tokens[lo:i]]
        if any(w in ("not", "n't", "never", "whether", "if") for w in whole):
            continue
        if (lead[-2:-1] == ["no"] and _holds(lead[-1:], pack.comparatives)) or (
                lead[-3:-2] == ["no"] and _holds(lead[-2:], pack.comparatives)):
            # `no cheaper security guarantee … than <step>`
            for k in range(i + n, min(len(tokens), i + n + pack.reach + 1)):
                if tokens[k][0] in _STOP:
                    break
                if tokens[k][0] == "than":
                    step = _step_within(tokens, k + 1, steps, 2)
                    if step is not None:
                        out.append((tokens[i - len(lead) + lead.index("no")][1], step, "supports"))
                    break
            continue
        if not _holds(lead, pack.superlatives):
            continue
        # `<step> is the best guarantee` / `the best guarantee is <step>` / `considers <step>
        # (as) the only guarantee`
        before = _step_before(tokens, lo, i, steps, pack.copulas)
        if before is None and _valued_of(tokens, i + n):
            before = _considered_step(tokens, lo, i - len(lead), steps)
        after = None
        if before is None:
            for k in range(i + n, min(len(tokens), i + n + pack.reach + 1)):
                if tokens[k][0] in _STOP or tokens[k][0] in ("not", "n't"):
                    break
                if c := _phrase_at(tokens, k, pack.copulas):
                    after = _step_within(tokens, k + c, steps, 2)
                    break
        if before is not None:
            out.append((before, tokens[i + n - 1][2], "supports"))
        elif after is not None:
            out.append((tokens[i - len(lead)][1], after, "supports"))
    return out


def _step_within(tokens: list[Token], k: int, steps: frozenset[str], slack: int) -> int | None:
    """End offset of a step phrase starting within `slack` words of tokens[k], else None."""
    for j in range(k, min(len(tokens), k + slack + 1)):
        if tokens[j][0] in _STOP or tokens[j][0] in ("not", "n't", "no"):
            return None
        if m := _phrase_at(tokens, j, steps):
            return None if _another_union(tokens, j, m) else tokens[j + m - 1][2]
    return None


def _another_union(tokens: list[Token], j: int, m: int) -> bool:
    """`membership of the EU`, `EU membership`: is the step at tokens[j:j+m] another union's
    (stance_forms.other_question on the words around it)?"""
    around = tokens[max(0, j - 2) : j + m + 4]
    return other_question(" ".join(t[0] for t in around if t[0] not in _STOP))


def _step_before(tokens: list[Token], lo: int, i: int, steps: frozenset[str],
                 copulas: frozenset[str]) -> int | None:
    """Start offset of a step phrase that is the subject of a copula just before tokens[i]'s
    determiner (`membership is the best …`), else None."""
    for c in range(max(lo, i - 5), i):
        if _phrase_at(tokens, c, copulas):
            for j in range(max(lo, c - 5), c):
                if m := _phrase_at(tokens, j, steps):
                    between = [t[0] for t in tokens[j + m : c]]
                    if not any(w in _STOP or w in ("not", "n't") for w in between) and (
                            not _another_union(tokens, j, m)):
                        return tokens[j][1]
            return None
    return None


def _valued_of(tokens: list[Token], k: int) -> bool:
    """After the valued noun: no `of` phrase, or one of a thing valued (`guarantee of
    security`, not `guarantee of a wider war`)."""
    if k >= len(tokens) or tokens[k][0] != "of":
        return True
    words = [t[0] for t in tokens[k + 1 : k + 3]]
    return any(w in indirect_forms().values.valued for w in words)


def _considered_step(tokens: list[Token], lo: int, at: int, steps: frozenset[str]) -> int | None:
    """Start offset of the step that a verb of considering takes as its object right before
    the valued noun's words, which start at tokens[at] (`considers NATO membership (as) the
    only real guarantee`, `sees membership as the only guarantee`), else None."""
    pack = indirect_forms().values
    # The article that opens the valued words (`the only real …`), within the lead.
    k = next((n for n in range(at, at + 3) if n < len(tokens) and tokens[n][0] in pack.articles),
             None)
    if k is None:
        return None
    if k - 1 > lo and tokens[k - 1][0] == "as":
        k -= 1
    for j in range(max(lo, k - 4), k):
        m = _phrase_at(tokens, j, steps)
        if not m or j + m != k:
            continue
        # The step's own modifiers (`NATO membership`, `Ukraine's full membership`) may stand
        # between the verb and the step.
        for v in range(max(lo, j - 3), j):
            if tokens[v][0] in pack.considering and not any(
                    t[0] in _STOP or t[0] in ("not", "n't") for t in tokens[v:j]):
                return tokens[j][1]
    return None


def _verdicts(tokens: list[Token]) -> list[tuple[int, int, str]]:
    pack = indirect_forms().verdicts
    out: list[tuple[int, int, str]] = []
    for i in _starts(tokens, pack.objects):
        token = tokens[i]
        k = i + 1
        while k < len(tokens) and k - i <= pack.reach and tokens[k][0] in pack.links:
            k += 1
        n = _phrase_at(tokens, k, pack.derisions) if k - i <= pack.reach + 1 else 0
        if not n:
            continue
        lead = [t[0] for t in tokens[_clause_start(tokens, i) : i]]
        following = tokens[k + n][0] if k + n < len(tokens) else ""
        if following in ("to", "that"):
            # `called it nonsense to suggest the plan was premature`: the verdict is on what
            # follows, whose cues are derided, not held (no position either way).
            stop = next((j for j in range(k + n, len(tokens)) if tokens[j][0] in ".;!?"),
                        len(tokens))
            out.append((token[1], tokens[stop - 1][2], VOID))
            continue
        if _holds(lead, pack.denials):
            continue
        out.append((token[1], tokens[k + n - 1][2], "opposes"))
    return out


def _grants(tokens: list[Token]) -> list[tuple[int, int, str]]:
    pack = indirect_forms().grants
    plan, topic = language().plan, _topic()
    out: list[tuple[int, int, str]] = []
    for i in _starts(tokens, pack.verbs):
        token = tokens[i]
        noun = None
        for k in range(i + 1, min(len(tokens), i + 1 + pack.reach)):
            if tokens[k][0] in _STOP:
                break
            if n := _phrase_at(tokens, k, pack.nouns):
                noun = (k, n)
                break
        if noun is None:
            continue
        k, n = noun
        between = [t[0] for t in tokens[i + 1 : k]]
        tail: list[str] = []
        for t in tokens[k + n : k + n + pack.reach]:
            if t[0] in _STOP:
                break
            tail.append(t[0])
        named = any(w in topic or w in plan.names.generic or w == "it" for w in between) or (
            tail[:1] and tail[0] in pack.after and any(w in topic for w in tail[1:]))
        if not named:
            # `gave Ukraine its backing`: support in general, whose noun is no cue either.
            out.append((token[1], tokens[k + n - 1][2], VOID))
            continue
        lead = [t[0] for t in tokens[_clause_start(tokens, i) : i]]
        if _holds(lead, pack.hedges):
            continue
        # `offered only tepid support for it`: a grant judged weak is held back too.
        held_back = _holds(lead[-4:], pack.negators) or any(w in pack.weak for w in between)
        out.append((token[1], tokens[k + n - 1][2], "hesitant" if held_back else "supports"))
    return out


def _preconditions(tokens: list[Token]) -> list[tuple[int, int, str]]:
    pack, topic = indirect_forms().preconditions, _topic()
    out: list[tuple[int, int, str]] = []
    for i in _starts(tokens, pack.verbs):
        n = _phrase_at(tokens, i, pack.verbs)
        if not n:
            continue
        first = i + n
        wanted: list[str] = []
        mark = None
        for k in range(first, min(len(tokens), first + pack.reach + 1)):
            if tokens[k][0] in _STOP:
                break
            if m := _phrase_at(tokens, k, pack.marks):
                mark = (k, m)
                break
            wanted.append(tokens[k][0])
        if mark is None or not wanted or any(w in topic for w in wanted):
            continue  # `wants an invitation first` is the step itself
        lo = _clause_start(tokens, i)
        hi = next((j for j in range(i, len(tokens)) if tokens[j][0] in ".;:!?—–"), len(tokens))
        lead = [t[0] for t in tokens[lo:i]]
        rest = [t[0] for t in tokens[mark[0] : hi]]
        if _holds(lead, pack.negators) or any(w in pack.candidates for w in lead) or not any(
                w in topic for w in lead + rest):
            continue
        k, m = mark
        out.append((tokens[i][1], tokens[k + m - 1][2], "hesitant"))
    return out


def judged_candidate(text: str, code: str, actor: str | None, mention_end: int,
                     cue_start: int, cue_end: int) -> bool:
    """`… says Ukraine belongs in NATO`: is the mention (a country, not a person) the candidate
    itself, right before (a possessive 's or one word between) a cue that judges the
    candidate? Then it is the one judged, and holds nothing."""
    pack = indirect_forms().candidate
    if code != pack.country or actor is not None or cue_start < mention_end:
        return False
    # Auxiliaries, negation and adverbs may stand between (`Ukraine did not need …`).
    gap = [w for w, _, _ in _tokens(text, mention_end, cue_start)
           if w != "'s" and w not in _AUXILIARIES]
    return len(gap) <= 1 and " ".join(text[cue_start:cue_end].lower().split()) in pack.cues


def modifies_step(text: str, code: str, actor: str | None, mention_end: int,
                  cue_starts: list[int]) -> bool:
    """`Russian officials say Ukrainian membership of NATO is unacceptable`: is the mention (the
    candidate country, not a person) the modifier of the step (`Ukrainian membership`,
    `Ukraine's accession`)? Then the step is what the cue judges, and the mention holds nothing.
    Not when a cue follows the step noun at once: `Ukraine's membership bid` is its own."""
    pack = indirect_forms().candidate
    if code != pack.country or actor is not None:
        return False
    match = _STEP_AFTER.match(text, mention_end)
    if match is None:
        return False
    # `Ukrainian NATO membership`: past one modifier of the step.
    k = 2 if match.group(1).lower() in pack.step_modifiers else 1
    if (match.group(k) or "").lower() not in pack.steps:
        return False
    return match.start(k + 1) not in cue_starts  # -1 when no word follows


# The three words after a mention, past its possessive 's.
_STEP_AFTER = re.compile(r"(?:['’]s)?\s+([\w-]+)(?:\s+([\w-]+))?(?:\s+([\w-]+))?")


_AUXILIARIES = frozenset({"did", "does", "do", "not", "n't", "still", "really", "also", "now",
                          "clearly", "surely", "certainly", "never", "no", "longer", "truly"})


def reports(text: str, start: int, end: int) -> bool:
    """Are the words of text[start:end] only those of a plain report (`says`, `has long
    argued that`), so that what follows is the holder's own claim?"""
    words = [w for w, _, _ in _tokens(text, start, end) if w not in (",", "'s")]
    return all(w in indirect_forms().candidate.reporting for w in words)


def claimed_by_candidate(text: str, start: int, end: int) -> bool:
    """`Kyiv says Berlin supports an invitation`, `Ukrainian officials said Germany was ready
    to back it`: are the words of text[start:end] (between a mention of the candidate and
    another country) a report with a verb of claiming, so that the other's support is the
    candidate's claim, not that country's stated position?"""
    pack = indirect_forms().candidate
    words = [w for w, _, _ in _tokens(text, start, end) if w not in (",", "'s")]
    return any(w in pack.claims for w in words) and all(
        w in pack.reporting or w in pack.claims or w in pack.claim_fillers for w in words)


def sourced_to_candidate(text: str, mention: tuple[int, int], other: int) -> bool:
    """`According to Zelensky, the Nordic countries support it`: does a claim source
    ([candidate] claim_sources) end right before the candidate's mention, with only fillers
    between the mention and the other country at `other`?"""
    pack = indirect_forms().candidate
    head = " ".join(w for w, _, _ in _tokens(text, max(0, mention[0] - 24), mention[0]))
    if not any(head.endswith(source) for source in pack.claim_sources):
        return False
    words = [w for w, _, _ in _tokens(text, mention[1], other) if w not in (",", "'s")]
    return all(w in pack.claim_fillers for w in words)


# The unions of word lists a scanner starts at, made once (a new set per range was hashed
# again for every lookup of its phrases).
@per_language
def _asking() -> frozenset[str]:
    pack = indirect_forms().asks_for
    return pack.verbs | pack.passive_requests


@per_language
def _judgements() -> frozenset[str]:
    pack = indirect_forms().adjudged
    return pack.opposes | pack.supports


def _asks_for(tokens: list[Token]) -> list[tuple[int, int, str]]:
    """`asked NATO members for an invitation`: supports, at the verb."""
    pack = indirect_forms().asks_for
    out: list[tuple[int, int, str]] = []
    for i in _starts(tokens, _asking()):
        if i > 0 and tokens[i - 1][0] in pack.passive and (
                m := _phrase_at(tokens, i, pack.passive_requests)):
            # `was asked for its consent`: asked, not asking; the words after are no cue.
            last = i + m  # and `for`, or `to` and its verb (`was urged to back`)
            last += 1 if last < len(tokens) and tokens[last][0] == "to" else 0
            out.append((tokens[i][1], tokens[min(len(tokens) - 1, last)][2], VOID))
            continue
        n = _phrase_at(tokens, i, pack.verbs)
        if not n:
            continue
        for k in range(i + n, min(len(tokens), i + n + pack.reach + 1)):
            if tokens[k][0] in _STOP:
                break
            if tokens[k][0] == "for":
                wanted = tokens[k + 1 : k + 1 + pack.object_reach]
                hit = next((t for t in wanted if t[0] in pack.steps), None)
                if hit is not None and not any(t[0] in _STOP for t in wanted[
                        : wanted.index(hit)]):
                    # Not asking is no refusal, and no request either: `will not lobby
                    # allies for an invitation`, `could press NATO for …` state nothing.
                    lead = [t[0] for t in tokens[_clause_start(tokens, i) : i]]
                    accepts = indirect_forms().accepts
                    asked = not (_holds(lead[-4:], accepts.strong | accepts.weak)
                                 or _holds(lead, accepts.hedges))
                    out.append((tokens[i][1], hit[2], "supports" if asked else VOID))
                break
    return out


def _adjudged(tokens: list[Token]) -> list[tuple[int, int, str]]:
    """`is long overdue` (supports), `is a red line` (opposes), unless the red line is another's
    (`a red line for Moscow`) or crossed."""
    pack = indirect_forms().adjudged
    out: list[tuple[int, int, str]] = []
    done = 0  # `a red line` read, its `red line` is not read again
    for i in _starts(tokens, _judgements()):
        if i < done:
            continue
        position = None
        n = _phrase_at(tokens, i, pack.opposes) or _phrase_at(tokens, i, pack.supports)
        if not n:
            continue  # a first word alone (`a`, `long`): no judgement, nothing to ask of it
        if not _judges_step(tokens, i, pack.subject_words):
            done = i + n
            continue  # `sending troops was a red line`, `a debate … was long overdue`
        n = _phrase_at(tokens, i, pack.opposes)
        if n:
            lead = [t[0] for t in tokens[max(0, i - 3) : i]]
            # `a red line for Moscow` is another's; `for us`, `for his government` the
            # holder's own.
            owned = i + n < len(tokens) and tokens[i + n][0] in pack.owners and not (
                _phrase_at(tokens, i + n + 1, pack.self_owners))
            # A red line crossed is no position (`Russia said Kyiv had crossed a red line`),
            # unless the step crosses it (`an invitation would cross a red line`).
            if not owned and (_crossed_by_step(tokens, i) is not None
                              or not any(w in pack.crossing for w in lead)):
                position = "opposes"
        elif n := _phrase_at(tokens, i, pack.supports):
            position = "supports"
        if position is not None:
            out.append((tokens[i][1], tokens[i + n - 1][2], position))
        done = i + n
    return out


def _accepts(tokens: list[Token]) -> list[tuple[int, int, str]]:
    """`will never accept Ukraine in NATO`: opposes; `would accept Ukraine into the alliance`:
    supports; `has yet to accept …`: hesitant; hedged (`could accept`): nothing."""
    pack = indirect_forms().accepts
    out: list[tuple[int, int, str]] = []
    for i in _starts(tokens, pack.verbs):
        token = tokens[i]
        v = _phrase_at(tokens, i, pack.verbs)  # `accept`, `agree to`
        n = _phrase_at(tokens, i + v, pack.candidates) if v else 0
        if not n:
            continue
        k = i + v + n
        while k < len(tokens) and k - (i + 1 + n) < pack.reach and tokens[k][0] in pack.links:
            k += 1
        if k >= len(tokens) or tokens[k][0] not in pack.places:
            continue
        lead = [t[0] for t in tokens[_clause_start(tokens, i) : i]]
        if _holds(lead, pack.hedges):
            continue
        near = lead[-4:]
        position = ("opposes" if _holds(near, pack.strong) else
                    "hesitant" if _holds(near, pack.weak) else "supports")
        out.append((token[1], tokens[k][2], position))
    return out


def _accepts_step(tokens: list[Token]) -> list[tuple[int, int, str]]:
    """`will not agree to an invitation this year`: opposes; `agreed to an immediate
    invitation`: supports; `has yet to sign off on the invitation`: hesitant; hedged: nothing.
    A verb of consent whose object is the step itself, past determiners and a few modifiers."""
    pack = indirect_forms().accepts
    out: list[tuple[int, int, str]] = []
    for i in sorted(set(_starts(tokens, pack.step_verbs) + _starts(tokens, pack.issue_verbs))):
        v = _phrase_at(tokens, i, pack.step_verbs)
        issued = not v and bool(v := _phrase_at(tokens, i, pack.issue_verbs))
        if not v:
            continue
        links = pack.issue_links if issued else pack.step_links
        k = i + v
        while k < len(tokens) and k - (i + v) < pack.reach and tokens[k][0] in links:
            k += 1
        if k >= len(tokens) or tokens[k][0] not in pack.steps or (
                issued and not _issued_step(tokens, k)):
            continue
        lead = [t[0] for t in tokens[_clause_start(tokens, i) : i]]
        if _holds(lead, pack.hedges) or (lead[-1:] == ["to"] and _holds(
                lead[-6:-1], stance_scope().requests.verbs)):
            continue  # `asked allies to extend an invitation`: a request (stance_scope.py)
        near = lead[-4:]
        position = ("opposes" if _holds(near, pack.strong) else
                    "hesitant" if _holds(near, pack.weak) else "supports")
        out.append((tokens[i][1], tokens[k][2], position))
    return out


def _issued_step(tokens: list[Token], k: int) -> bool:
    """Is the invitation issued at tokens[k] the step, not one to a meeting: `send the
    invitation tomorrow`, `extend an invitation to join NATO`, not `sent an invitation to the
    summit` or `for talks`?"""
    pack = indirect_forms().accepts
    nxt = tokens[k + 1][0] if k + 1 < len(tokens) else "."
    if nxt not in ("to", "for"):
        return True
    if nxt == "for":  # `an invitation for Ukraine to join`, not `for talks`
        return k + 2 < len(tokens) and tokens[k + 2][0] in pack.issue_beneficiaries
    target = " ".join(t[0] for t in tokens[k + 2 : k + 4])
    return nxt == "to" and any(target == t or target.startswith(f"{t} ")
                               for t in pack.issue_targets)


_COPULAS = frozenset({"is", "was", "remains", "are", "were", "'s", "be", "been", "became",
                       "becomes"})
_REGARDING = frozenset({"considers", "considered", "consider", "regards", "regarded", "regard",
                        "sees", "saw", "see", "views", "viewed", "deems", "deemed", "calls",
                        "called"})


def red_line_of(text: str, lo: int, at: int) -> bool:
    """`An invitation for Ukraine is a red line for Berlin`: does the clause from `lo` end, right
    before the preposition at `at`, in a red line that judges the step (an owner's: the
    mention after the preposition holds it)?"""
    pack = indirect_forms().adjudged
    tokens = _tokens(text, lo, at)
    for n in (3, 2):
        i = len(tokens) - n
        if i >= 0 and _phrase_at(tokens, i, pack.opposes) == n:
            return _judges_step(tokens, i, pack.subject_words)
    return False


def crossed_red_line_of(text: str, lo: int, at: int) -> bool:
    """`an invitation would cross Hungary's red lines`: does the clause from `lo` run, right
    before the possessor at `at`, into the step crossing a red line (the possessor's)?"""
    tokens = _tokens(text, lo, at)
    red = [("a", at, at), ("red", at, at), ("line", at, at)]
    return _crossed_by_step(tokens + red, len(tokens)) is not None and _judges_step(
        tokens + red, len(tokens), indirect_forms().adjudged.subject_words)


def _crossed_by_step(tokens: list[Token], i: int) -> int | None:
    """`an invitation would cross a red line`: when the red line at tokens[i] is the object of
    a crossing verb after a modal (its own or the holder's red line, not another's: `Russia's
    red line` holds a possessive, no position), the index of the modal, which stands for the
    copula the step is the subject of; else None."""
    pack = indirect_forms().adjudged
    c = i - 1 if i > 0 and tokens[i][0] == "red" and tokens[i - 1][0] in (
        pack.crossed_determiners) else i
    c -= 1
    if c < 0 or tokens[c][0] not in pack.crossing_verbs:
        return None
    c -= 1
    modal = None
    while c >= 0 and tokens[c][0] in pack.crossing_modals:
        modal, c = c, c - 1
    return modal


def _judges_step(tokens: list[Token], i: int, between: frozenset[str]) -> bool:
    """Is the judgement at tokens[i] said of the step: a copula right before it (`is`, `was`,
    `remains`) whose subject, at most four words back, is the step (`NATO membership for Ukraine
    is …`), with only `between` words after the step?"""
    steps = indirect_forms().consequences.subjects
    c = i - 1
    while c >= 0 and tokens[c][0] in ("long", "already", "now", "clearly", "simply", "as"):
        c -= 1
    crossed = _crossed_by_step(tokens, i)
    if crossed is not None:
        c = crossed  # `an invitation would cross a red line`: the modal as the copula
    elif c >= 0 and tokens[c][0] not in _COPULAS:
        # `considers Ukraine's membership in NATO a red line`: a verb of regarding, the step
        # as its object, the judgement after it.
        for v in range(c, max(-1, c - 8), -1):
            if tokens[v][0] in _STOP:
                return False
            if tokens[v][0] in _REGARDING:
                # The step within its first words (`Ukrainian membership`, `a NATO
                # invitation`, `Ukraine's membership`): the judgement's object is the step
                # whatever its modifiers, as long as they are the step's own words.
                named = any(_phrase_at(tokens, w, steps)
                            for w in range(v + 1, min(v + 4, c + 1)))
                return named and all(t[0] in between or t[0] in steps
                                 for t in tokens[v + 1 : c + 1])
        return False
    if c < 0:
        return False
    # (`an invitation for Ukraine to join NATO is …`: six words from the step to its copula)
    for j in range(c - 1, max(-1, c - 8), -1):
        m = _phrase_at(tokens, j, steps)
        if m and j + m <= c:
            # `a debate on the NATO invitation was …`: the step as a preposition's object is
            # not the subject.
            b = j - 1
            while b >= 0 and tokens[b][0] in ("the", "an", "a", "nato", "immediate", "early",
                                               "swift", "ukraine", "kyiv", "'s", "full"):
                b -= 1
            if b >= 0 and tokens[b][0] in ("on", "about", "over", "of", "regarding", "around",
                                           "into", "with", "for", "than"):
                return False
            return all(t[0] in between for t in tokens[j + m : c])
        if tokens[j][0] in _STOP:
            return False
    return False


def reported_of_others(text: str, start: int, end: int) -> bool:
    """`said critics had called the plan dangerous`: do the words of text[start:end] (between a
    holder and its cue) open a reported clause whose subject is others?"""
    pack = indirect_forms().candidate
    words = [w for w, _, _ in _tokens(text, start, end) if w not in (",", "'s")]
    if pack.others.isdisjoint(words):
        return False  # (most gaps name no others: no need for the reporting words)
    # Not `told allies …`: whom one tells is no subject.
    opens = pack.reporting - {"told", "tells", "tell"}
    for k, word in enumerate(words):
        if word in pack.others and k >= 1 and (
                words[k - 1] in opens or (words[k - 1] in ("the", "some", "many")
                                          and k >= 2 and words[k - 2] in opens)):
            return True
    return False
