"""A speech verb's subject standing far from it, where clauses.subject and clause_subjects
find none (attribution step 2, before the quote):

- after an opening phrase set off by a comma (`Speaking on the same show, Sen. Ann Roe
  (D-Md.), who backs the bill, said …`);
- after a clause and a comma (`The teams overlap, a White House official who spoke on the
  condition of anonymity said …`);
- across a relative clause or a participle phrase with no commas (`a source speaking to Fox
  News said`, `an official who asked not to be named said`);
- across a prepositional phrase and a set-off adverb (`Proponents of the bill, however, say`);
- `According to his longtime physician, the candidate had “excellent” results`: a sentence
  opening with `according to` and a description of a person in general words (sources.read)
  credits the quotes of that sentence to that person (a name or title there is read by
  clauses.event_at already; an outlet, a document or a poll is no person).

The subject is the phrase that opens its clause; everything between it and the verb must be a
bridge of those kinds, with no clause mark (`.`, `;`, `:`, a quotation mark) and no verb of
a relative clause being the speech verb itself (`Ann Roe met Dan Lee, who said …` is Lee's:
clause_subjects.relative_subject).
"""

from __future__ import annotations

from summarizer.extract.offline import clauses, np, sources
from summarizer.extract.offline.attribution_pack import attribution_pack
from summarizer.extract.offline.document import Token
from summarizer.extract.offline.language import grammar, language
from summarizer.extract.offline.source_pack import pack

_SPEAKERS = frozenset(["person", "pronoun", "descriptor", "unnamed"])
_CLAUSE_MARKS = frozenset([".", ";", ":", "?", "!", "\"", "“", "”"])
_SET_OFF = frozenset([",", "—", "–", "(", ")"])
_RELATIVES = frozenset(["who", "that", "which", "whom"])
# A bridge between a subject and its verb holds at most this many tokens.
BRIDGE_TOKENS = 30
# An opening phrase set off by a comma holds at most this many tokens.
OPENER_TOKENS = 14
# A subject phrase holds at most this many tokens.
SUBJECT_TOKENS = 12


def distant_subject(tokens: list[Token], k: int, text: str) -> np.Ref | None:
    """The subject of the speech verb at tokens[k] across a bridge (see the module doc)."""
    if k < 2 or tokens[k].lower not in language().speech.all_verbs or clauses.passive(tokens, k):
        return None
    if tokens[k - 1].lower in _RELATIVES or tokens[k - 1].lower == "to":
        return None
    end = _before_time(tokens, k)
    for start in _clause_starts(tokens, end):
        phrase = np.np_right(tokens, start)
        if not phrase or _opener(tokens[start]):
            continue  # (`Led by Ann Roe, the rally …`: a participle is no subject)
        possessor = np.is_possessive(phrase[-1].text)
        if possessor:  # `Ann Roe's campaign, for example, said`: the body speaks
            phrase = phrase + _owned_words(tokens, start + len(phrase))
            if np.is_possessive(phrase[-1].text):
                continue
        after = start + len(phrase)
        if after >= end or not _bridge(tokens, after, end):
            continue
        ref = _owned(phrase, text) if possessor else (
            np.parse(phrase, text) or _modified_person(phrase, tokens[after], text))
        if ref is None or ref.kind not in _SPEAKERS or (
                ref.name and ref.name.lower() in pack().description.determiners):
            continue  # (`One question asked …`: a capitalised determiner is no name)
        return ref
    return None


def _before_time(tokens: list[Token], k: int) -> int:
    """Where a circumstance of time or adverbs right before the verb begins."""
    rules = attribution_pack().set_off
    adverbs = language().speech.adverbs.words
    m = k
    while m > 0 and k - m < rules.circumstance_words and (
            tokens[m - 1].lower in rules.time_words or tokens[m - 1].lower in adverbs
            or (tokens[m - 1].text.islower() and tokens[m - 1].lower.endswith("ly"))):
        m -= 1
    return m


def _clause_starts(tokens: list[Token], end: int) -> list[int]:
    """Where the verb's clause may begin, nearest first: after a comma that follows a clause
    or an opening phrase, and the sentence start (after a conjunction)."""
    openers = attribution_pack().set_off.openers
    first = 1 if tokens and tokens[0].lower in openers else 0
    starts = [first]
    reach = range(first, min(end, first + OPENER_TOKENS))
    comma = next((m for m in reach if tokens[m].text == ","), None)
    if comma is not None and _opener(tokens[first]):
        starts.append(comma + 1)
    # (only commas within a subject's and a bridge's reach of the verb: the search stays
    # bounded however long the sentence runs)
    # (and after a word opening a contrasting clause, grammar.toml [attribution]: `One aide
    # called it “…” while another source familiar with the talks said …`, the quote's comma
    # inside its marks, no token)
    near = max(first, end - BRIDGE_TOKENS - SUBJECT_TOKENS)
    breaks = grammar().attribution.clause_breaks
    starts += [m + 1 for m in range(near, end)
               if tokens[m].text == "," or tokens[m].lower in breaks]
    return sorted(set(s for s in starts if end - s <= BRIDGE_TOKENS + SUBJECT_TOKENS),
                  reverse=True)


def _opener(token: Token) -> bool:
    """Does the token open a phrase before the subject (`Speaking …,`, `In …,`, `Asked …,`)?"""
    lower = token.lower
    return (lower.endswith("ing") or lower in grammar().clauses.prepositions
            or (lower.endswith("ed") and lower in language().speech.all_verbs))


def _bridge(tokens: list[Token], start: int, end: int) -> bool:
    """Are tokens[start:end] a bridge between a subject and its verb: a prepositional
    phrase, then set-off words, a relative clause or a participle phrase?"""
    span = _without_parentheses(tokens[start:end])
    if not span or len(span) > BRIDGE_TOKENS or any(t.text in _CLAUSE_MARKS for t in span):
        return False
    k = 0
    while k < len(span) and span[k].lower in grammar().clauses.prepositions:
        k += 1 + len(np.np_right(span, k + 1))  # `of the new bill`
    rest = span[k:]
    if not rest:
        return k > 0
    if rest[0].text in _SET_OFF:
        return rest[-1].text in _SET_OFF and rest[-1].text != "("
    cut = next((m for m, t in enumerate(rest) if t.text in _SET_OFF), len(rest))
    if _modifier(rest[:cut]):
        # (and a phrase set off after it: `familiar with the talks, who asked not to be
        # named,`)
        return cut == len(rest) or (rest[-1].text in _SET_OFF and rest[-1].text != "(")
    first = rest[0].lower
    if first in _RELATIVES or (first.endswith("ing") and rest[0].text.islower()):
        # (no comma inside: `who spoke on condition of anonymity`, `speaking to Fox News`)
        return not any(t.text in _SET_OFF for t in rest)
    return False


def _modifier(span: list[Token]) -> bool:
    """`familiar with Ann Roe's talks with donors`, `close to the minister`, `briefed on the
    matter`: an adjective that takes a complement (attribution.toml [plain_subjects]
    post_modifiers) or a participle in -ed, then a preposition and its words, with no mark
    and no relative pronoun (`talks` may be read as a verb: the words are not parsed)."""
    first = span[0]
    if len(span) < 3 or span[1].lower not in grammar().clauses.prepositions or not (
            first.lower in attribution_pack().plain_subjects.post_modifiers
            or (first.text.islower() and first.lower.endswith("ed"))):
        return False
    return all(t.text[0].isalnum() and t.lower not in _RELATIVES for t in span[2:])


def _modified_person(phrase: list[Token], after: Token, text: str) -> np.Ref | None:
    """`one person familiar with the talks`, `people close to the mayor`: a plain noun for
    people (attribution.toml [plain_subjects] modified_heads) with an adjective that takes a
    complement after it is an unnamed source (np reads `person` alone as no one)."""
    rules = attribution_pack().plain_subjects
    if phrase[-1].lower not in rules.modified_heads or after.lower not in rules.post_modifiers:
        return None
    words = [t for t in phrase if t.lower not in rules.leads]
    if words != phrase[-1:]:
        return None  # (`Ann Roe's people`, `campaign people`: read otherwise or not at all)
    start, end = phrase[0].start, phrase[-1].end
    return np.Ref("unnamed", text[start:end], start, end, None, phrase[-1].text.lower())


def _without_parentheses(span: list[Token]) -> list[Token]:
    """The tokens outside parentheses (`(D-Md.)` holds a full stop that ends no clause)."""
    out: list[Token] = []
    depth = 0
    for token in span:
        if token.text == "(":
            depth += 1
        elif token.text == ")" and depth:
            depth -= 1
        elif not depth:
            out.append(token)
    return out


def according_to(tokens: list[Token], k: int, text: str) -> np.Ref | None:
    """The person an opening `According to <description>,` at tokens[k] names."""
    openers = attribution_pack().set_off.openers
    if k + 2 >= len(tokens) or tokens[k].lower != "according" or tokens[k + 1].lower != "to":
        return None
    if k > 1 or (k == 1 and tokens[0].lower not in openers):
        return None
    comma = next((m for m in range(k + 2, len(tokens)) if tokens[m].text == ","), None)
    if comma is None:
        return None
    ref = sources.read(tokens[k + 2 : comma], text, outlets=False)
    if ref is None or ref.kind not in ("person", "descriptor", "unnamed"):
        return None
    head = tokens[comma - 1].lower
    if ref.kind != "person" and not sources.person_noun(head):
        return None  # (`according to the poll,`: no one)
    return ref


def _owned(phrase: list[Token], text: str) -> np.Ref | None:
    """`Ann Roe's campaign`, `his lawyers`: a person or body that belongs to someone, as an
    unnamed source whose role is the whole phrase; None for a thing (`Roe's plan`)."""
    rules = pack().description
    head = phrase[-1].lower
    if not (sources.person_noun(head) or head in rules.not_people) or head in rules.things:
        return None
    start, end = phrase[0].start, phrase[-1].end
    return np.Ref("unnamed", text[start:end], start, end, None, text[start:end])


# The words after a possessive that name what it owns hold at most this many tokens.
OWNED_WORDS = 3


def _owned_words(tokens: list[Token], start: int) -> list[Token]:
    """`(Ann Roe's) deputy campaign manager`: the words after a possessive up to a mark or
    a word that opens a clause."""
    stops = pack().description.stop_words
    prepositions = grammar().clauses.prepositions
    out: list[Token] = []
    for token in tokens[start : start + OWNED_WORDS]:
        # (`Ann Roe's new plan for …`: a preposition ends the owned words)
        if not token.text[0].isalnum() or token.lower in stops or token.lower in prepositions:
            break
        out.append(token)
    return out
