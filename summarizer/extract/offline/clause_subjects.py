"""A speech verb's subject standing apart from it: `Ann Roe, a pollster who has worked for
both parties, said`, `Ann Roe (D-Md.) last week said`, `The ministry less than two weeks ago
said`. News writing sets long titles, relative clauses and times between a source and its
verb; the subject is then the phrase that opens the clause, when everything between it and
the verb is set off by a pair of commas or dashes, a parenthesis, or a circumstance of time.

A fallback for clauses.subject (which reads short appositions and relative clauses itself).
"""

from __future__ import annotations

from summarizer.extract.offline import np
from summarizer.extract.offline.attribution_pack import attribution_pack
from summarizer.extract.offline.document import Token
from summarizer.extract.offline.language import language

_MARKS = frozenset([",", "—", "–"])
# Marks that end a clause: words set off between commas hold none of them.
_CLAUSE_MARKS = frozenset([".", ";", ":", "?", "!", "\"", "“", "”"])
# (not a bare place or body: `Berlin, a city of the opposition, said` is no speaker)
_SPEAKERS = frozenset(["person", "pronoun", "descriptor", "unnamed"])
# A parenthesis right after a name (`(D-Md.)`, `(R)`) holds at most this many tokens.
PARENTHESIS_TOKENS = 8


def set_off_subject(tokens: list[Token], k: int, text: str) -> np.Ref | None:
    """The subject of the speech verb at tokens[k] when it opens the sentence and stands apart
    from the verb (see the module doc); None otherwise."""
    rules = attribution_pack().set_off
    start = 1 if tokens and tokens[0].lower in rules.openers else 0
    if start < len(tokens) and tokens[start].text == ",":
        start += 1
    phrase = np.np_right(tokens, start)
    if not phrase or start + len(phrase) >= k:
        return None
    j = skip_parenthesis_right(tokens, start + len(phrase))
    end = before_circumstance(tokens, j, k)
    if j < end and not _set_off(tokens, j, end):
        return None
    ref = np.parse(phrase, text)
    if ref is None or ref.kind not in _SPEAKERS or np.is_possessive(phrase[-1].text):
        return None
    return ref


def relative_subject(tokens: list[Token], k: int, text: str) -> np.Ref | None:
    """`Sanders, who says it is “disastrous”` / `Beck, who has in the past described Trump as
    “…”`: the verb's subject is `who` right after a comma (adverbs, auxiliaries and a time
    between them allowed); the phrase before the comma speaks, when it names a speaker."""
    m = _past_set_off(tokens, before_circumstance(tokens, 0, k) - 1)
    if m < 1 or tokens[m].lower != "who" or tokens[m - 1].text not in _RELATIVE_MARKS:
        return None
    phrase = np.np_left(tokens, m - 1)
    if not phrase or np.is_possessive(phrase[-1].text):
        return None
    ref = np.parse(phrase, text)
    return ref if ref is not None and ref.kind in _SPEAKERS else None


# Marks a relative clause set off after its antecedent opens with (`Roe, who said`, `Roe -
# who previously said`).
_RELATIVE_MARKS = frozenset([",", "-", "—", "–"])
# A phrase set off by commas between `who` and its verb has at most this many words (`who, on
# a press call Friday, criticized`).
RELATIVE_SET_OFF_WORDS = 8


def _past_set_off(tokens: list[Token], m: int) -> int:
    """The index before a phrase set off by commas that ends at tokens[m] (`who, on a call
    Friday,`), when `who` opens it; m otherwise."""
    if m < 2 or tokens[m].text != ",":
        return m
    for j in range(m - 1, max(m - 2 - RELATIVE_SET_OFF_WORDS, 0), -1):
        if tokens[j].text == ",":
            return j - 1 if tokens[j - 1].lower == "who" else m
    return m


def with_subject(tokens: list[Token], k: int, text: str) -> np.Ref | None:
    """`…, with Sen. Ann Roe calling it a “Chinese menu.”`: a participle right after a phrase
    that `with` introduces (adverbs between allowed: `with Roe reportedly yelling`) has that
    phrase as its subject (an absolute construction); so has one right after a name that a
    comma or `and` introduces (`…, Roe saying …, and Lee calling it …`)."""
    if not tokens[k].lower.endswith("ing"):
        return None
    phrase = np.np_left(tokens, k)
    # (`with Roe calling`: nothing between; `…, with Roe, adding` sets the participle off)
    if not phrase or np.is_possessive(phrase[-1].text) or any(
            t.text == "," for t in tokens[:k] if t.start >= phrase[-1].end):
        return None
    first = next(m for m in range(k - 1, -1, -1) if tokens[m].start == phrase[0].start)
    before = tokens[first - 1].lower if first > 0 else ""
    if before not in ("with", ",", "and"):
        return None
    ref = np.parse(phrase, text)
    if ref is None or ref.kind not in _SPEAKERS:
        return None
    # (`…, Ryan saying he was “…” and Trump calling it a “…”`: without `with`, only a name
    # is sure to be the participle's subject)
    return ref if before == "with" or (ref.kind == "person" and ref.name) else None


def inverted_opening(tokens: list[Token], k: int, text: str) -> np.Ref | None:
    """`Said Comey, “…”` / `Added Ann Roe, who chairs the board: “…”` / `Stated Roe:`: a
    sentence opening with an inverted speech verb (or any past form of one); its subject
    follows, ended by a comma, a colon or the sentence."""
    speech = language().speech
    first = tokens[0].lower if tokens else ""
    if k != 0 or len(tokens) < 2 or not (
            first in speech.inverted.verbs or (first in speech.all_verbs and first.endswith("ed"))):
        return None
    phrase = np.np_right(tokens, 1)
    end = 1 + len(phrase)
    if not phrase or (end < len(tokens) and tokens[end].text not in (",", ":")):
        return None
    ref = np.parse(phrase, text)
    return ref if ref is not None and ref.kind in ("person", "descriptor", "unnamed") else None


def skip_parenthesis_right(tokens: list[Token], j: int) -> int:
    """The index after a short parenthesis opening at tokens[j] (j when there is none)."""
    if j >= len(tokens) or tokens[j].text != "(":
        return j
    for m in range(j + 1, min(len(tokens), j + 1 + PARENTHESIS_TOKENS)):
        if tokens[m].text == ")":
            return m + 1
    return j


def before_circumstance(tokens: list[Token], j: int, k: int) -> int:
    """The index where a circumstance of time or adverbs right before the verb at k begins
    (`last week`, `less than two weeks ago`, `on Friday`, `also`): k when there is none."""
    rules = attribution_pack().set_off
    adverbs = language().speech.adverbs.words
    m = k
    while m > j and k - m < rules.circumstance_words and (
            tokens[m - 1].lower in rules.time_words or tokens[m - 1].lower in adverbs
            or (tokens[m - 1].text.islower() and tokens[m - 1].lower.endswith("ly"))):
        m -= 1
    return m


def abbreviation_stop(tokens: list[Token], m: int) -> bool:
    """Is tokens[m] the full stop of an abbreviation (`R-Ky.,`): attached to the word before
    it and followed by a comma?"""
    return (tokens[m].text == "." and 0 < m < len(tokens) - 1
            and tokens[m - 1].end == tokens[m].start and tokens[m + 1].text == ",")


def _outside_parentheses(tokens: list[Token]) -> list[Token]:
    """The tokens not inside a parenthesis (`(R-Tenn.)` holds a full stop of its own), and
    not an abbreviation's full stop."""
    out: list[Token] = []
    depth = 0
    for m, token in enumerate(tokens):
        if abbreviation_stop(tokens, m):
            continue  # `R-Ky.,`
        if token.text == "(":
            depth += 1
        elif token.text == ")":
            depth = max(depth - 1, 0)
        elif depth == 0:
            out.append(token)
    return out


def _set_off(tokens: list[Token], j: int, end: int) -> bool:
    """Are tokens[j:end] words set off by a pair of commas or dashes, with no clause mark and
    no speech verb inside (`, a pollster who has worked for both parties,`)?"""
    if tokens[j].text not in _MARKS or tokens[end - 1].text not in _MARKS or end - j < 3:
        return False
    inner = _outside_parentheses(tokens[j + 1 : end])[:-1]
    verbs = language().speech.all_verbs
    words = [t for t in inner if t.text[0].isalnum()]
    return len(words) <= attribution_pack().set_off.max_words and not any(
        t.text in _CLAUSE_MARKS or t.lower in verbs for t in inner)
