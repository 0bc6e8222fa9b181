"""Speech events in prose: each speech verb (or `according to`, or a speech noun like
`comments from`) with the description of who speaks, read from the words around it.

Used for attributing quotes, for finding paraphrases, and to know which organisation spoke
last ("the statement read" → whoever issued it).
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from itertools import compress
from operator import attrgetter
from typing import NamedTuple

from summarizer.extract.offline import np, sources
from summarizer.extract.offline.attribution_pack import attribution_pack
from summarizer.extract.offline.clause_subjects import (
    PARENTHESIS_TOKENS,
    inverted_opening,
    relative_subject,
    set_off_subject,
    skip_parenthesis_right,
    with_subject,
)
from summarizer.extract.offline.document import Doc, Token
from summarizer.extract.offline.language import grammar, language, per_language
from summarizer.extract.offline.source_pack import pack

# Prepositional phrases that may sit between a subject and its verb ("leaders in their summit
# conclusions reiterated"): how far back to look for the preposition.
PP_REACH = 5
# Nouns of speech look this many words ahead for `from X` / `by X`.
NOUN_REACH = 4
SPEAKER_KINDS = ("person", "pronoun", "descriptor", "unnamed", "org")


# (a named tuple: built for every speech verb, faster than a frozen dataclass; never changed)
class Event(NamedTuple):
    sentence: int
    at: int  # offset of the verb / cue word
    word: str  # the verb (lower case), "according to", or the speech noun
    ref: np.Ref
    linked: bool = False  # a participle or coordinated verb sharing an earlier subject


def speech_events(doc: Doc) -> list[Event]:
    """Every speech verb outside quotes with a readable speaker, in document order."""
    trigger_words = triggers()
    events: list[Event] = []
    for index, sentence in enumerate(doc.sentences):
        tokens = doc.tokens(sentence.start, sentence.end)
        # Only the trigger words need a closer look (the membership tests run in C).
        hits = map(trigger_words.__contains__, map(_LOWER, tokens))
        for k in compress(range(len(tokens)), hits):
            found = event_at(tokens, k, doc.text)
            if found is not None:
                word, ref = found
                events.append(Event(index, tokens[k].start, word, ref, linked(tokens, k)))
    return events


@per_language
def triggers() -> frozenset[str]:
    """The words event_at can read as an event: for any other word it returns None."""
    speech = language().speech
    return speech.all_verbs | speech.nouns.words | {"according"}


_LOWER = attrgetter("lower")


def event_at(tokens: list[Token], k: int, text: str) -> tuple[str, np.Ref] | None:
    speech = language().speech
    lower = tokens[k].lower
    ref: np.Ref | None = None
    word = lower
    if lower in speech.all_verbs:
        words = grammar().clauses
        if lower in speech.nouns.words:
            modifier = _modifier_source(tokens, k, text)
            if modifier is not None:
                return word, modifier  # (`a Kremlin warning that …`: a noun, whose speaker)
        if k > 0 and (tokens[k - 1].lower in words.noun_markers or after_possessor(tokens, k)
                      ) and not text[tokens[k - 1].end : tokens[k].start].strip():
            # "the call", "his address", "Roe's fired aide": a noun, not a verb (but not
            # `the “victory plan,” stating`: the quoted words, no tokens, stand between)
            return None
        if passive(tokens, k):
            return None
        if (lower in words.noun_too and k + 1 < len(tokens)
                and tokens[k + 1].lower in words.call_for):
            return None  # `calls for …`: a demand (a stance), not words said
        inverted = (_inverted(tokens, k, text) if lower in speech.inverted.verbs and k > 0
                    and tokens[k - 1].text == "," else None)
        # (`…, with Roe noting …`: the absolute construction names its subject first)
        ref = (_cited_as(tokens, k, text) or with_subject(tokens, k, text)
               or subject(tokens, k, text))
        if ref is not None and _complement(tokens, ref):
            ref = None  # (`a source close to the minister said`: the source, further back)
        if inverted is not None and (ref is None or (
                inverted.kind == "person" and ref.kind not in ("person", "pronoun"))):
            # (`…, the swift invitation, says Chancellor Ann Roe`: the person the inverted verb
            # names, not the content's last noun; but `Ann Roe, a former aide, said Lee “…”`:
            # the person before the verb)
            ref = inverted
        if ref is None and not linked(tokens, k):
            ref = (sources.left_of(tokens, k, text) or set_off_subject(tokens, k, text)
                   or relative_subject(tokens, k, text) or inverted_opening(tokens, k, text)
                   or _distant(tokens, k, text))
    elif lower == "according" and k + 1 < len(tokens) and tokens[k + 1].lower == "to":
        phrase = np.np_right(tokens, k + 2)
        if phrase and np.is_possessive(phrase[-1].text):
            return None  # "according to Zelensky's plan": a document, not the person
        ref = _title_with_of(tokens, k + 2, phrase, text) or np.parse(phrase, text)
        if (ref is None and k + 3 < len(tokens)
                and tokens[k + 2].lower in grammar().noun_phrases.object_pronouns
                and tokens[k + 3].text in (",", ".", ";")
                and text[tokens[k + 2].end : tokens[k + 3].start].strip() == ""):
            # (`according to him,`: the person last spoken of, as `he said` is; not
            # `according to her “clawback” plan`, whose quoted words are no tokens)
            pronoun = tokens[k + 2]
            ref = np.Ref("pronoun", pronoun.text, pronoun.start, pronoun.end)
        word = "according to"
    elif lower in speech.nouns.words:
        ref = noun_source(tokens, k, text) or _modifier_source(tokens, k, text)
    if ref is not None and word != "according to" and ref.kind != "media" and (
            sources.outlet(ref)):
        # (`…, the agency said citing a source`: the source's words. Not a named outlet's
        # report, `…, Politico says, citing unnamed sources`: no one's statement, as before)
        cited = _cited_after(tokens, k, text)
        if cited is not None:
            return word, cited
    if (ref is not None and ref.kind == "media" and word in pack().outlets.verbs
            and word not in grammar().clauses.reporting and _opens_clause(tokens, ref)):
        ref = _outlet(ref)  # `the Ledger wrote:`: the outlet's own words
    if ref is None or ref.kind == "media":
        return None
    return word, ref


# Words read after an outlet's speech verb for what it cites (`said on Monday, citing`).
CITED_REACH = 4


def _cited_after(tokens: list[Token], k: int, text: str) -> np.Ref | None:
    """`…, the agency said with reference to a source`, `… Oslo Wire reported, citing a
    diplomat`: the person or unnamed source an outlet's speech verb at k cites right after it
    (attribution.toml [citing]); None for a cited outlet or document (`citing DW`)."""
    citing = attribution_pack().citing
    for m in range(k + 1, min(len(tokens), k + 1 + CITED_REACH)):
        lower = tokens[m].lower
        width = 1 if lower in citing.verbs else next(
            (len(p.split()) for p in citing.phrases
             if " ".join(t.lower for t in tokens[m : m + len(p.split())]) == p), 0)
        if width:
            return cited_source(tokens, m + width, text)
        if not (tokens[m].text == "," or tokens[m].text in np.time_words()
                or lower in grammar().clauses.prepositions):
            return None
    return None


def _cited_as(tokens: list[Token], k: int, text: str) -> np.Ref | None:
    """`Suspilne cited its NATO source as saying:` / `quoted a diplomat as saying`: the person
    or unnamed source between a citing verb and `as` + the speech verb at k said the words."""
    if k < 3 or tokens[k - 1].lower != "as":
        return None
    rules = attribution_pack().citing
    m = next((m for m in range(k - 3, max(k - 2 - rules.as_reach, -1), -1)
              if tokens[m].lower in rules.as_verbs), None)
    if m is None:
        return None
    return _citable(np.parse(tokens[m + 1 : k - 1], text))


# A title's `of` phrase (`the head of French diplomacy`) has at most this many tokens.
OF_PHRASE_TOKENS = 5


def _title_with_of(tokens: list[Token], j: int, phrase: list[Token],
                   text: str) -> np.Ref | None:
    """`according to the head of government,`: a title whose head the noun phrase ends at,
    with its `of` phrase running to the punctuation (np_right stops before `of`); None when
    the phrase is no such title."""
    end = j + len(phrase)
    if not phrase or end >= len(tokens) or not tokens[end].text[0].isalnum():
        return None
    # (cut before `of`, or inside it: `the head of French` before `diplomacy`)
    lowers = [t.lower for t in phrase]
    if not (tokens[end].lower == "of" and lowers[-1] in language().titles.role_tokens) and not (
            "of" in lowers and lowers[lowers.index("of") - 1] in language().titles.role_tokens):
        return None
    stop = next((m for m in range(end, min(len(tokens), end + 1 + OF_PHRASE_TOKENS))
                 if not tokens[m].text[0].isalnum()), None)
    if stop is None:
        return None
    ref = np.parse(tokens[j:stop], text)
    return ref if ref is not None and ref.kind in ("descriptor", "unnamed") else None


def cited_source(tokens: list[Token], j: int, text: str) -> np.Ref | None:
    """The description from tokens[j] on, read after a word of citing (`citing a diplomat`,
    `with reference to a source`) when it is a person or an unnamed source: that one said the
    words. None for a cited outlet or document (`citing DW`, `citing the newspaper`)."""
    return _citable(np.parse(np.np_right(tokens, j), text) if j < len(tokens) else None)


def _citable(ref: np.Ref | None) -> np.Ref | None:
    """The cited description when it can have said the words: a person or an unnamed source,
    no outlet or document."""
    if ref is None or ref.kind not in ("person", "unnamed", "descriptor") or sources.outlet(ref):
        return None
    return ref


def _complement(tokens: list[Token], ref: np.Ref) -> bool:
    """`a source close to the minister`, `officials briefed on the talks`, `one person familiar
    with Ann Roe's talks with donors`: the phrase read as the subject is the object of a
    preposition (or of a chain of them, words only between) after an adjective that takes a
    complement (attribution.toml [plain_subjects] post_modifiers) or after a participle in
    -ed; the subject is the noun before that adjective or participle."""
    at = bisect.bisect_left(tokens, ref.start, key=_START)
    prepositions = grammar().clauses.prepositions
    stop = max(at - 1 - COMPLEMENT_REACH, 0)
    if prepositions.isdisjoint(map(_LOWER, tokens[stop + 1 : at])):
        return False  # (no preposition in reach, as for most subjects: one set test in C)
    modifiers = attribution_pack().plain_subjects.post_modifiers
    pronouns = grammar().noun_phrases.pronouns
    for m in range(at - 1, stop, -1):
        lower = tokens[m].lower
        if not tokens[m].text[0].isalnum() or lower in pronouns or lower in _RELATIVE_WORDS:
            return False
        if tokens[m].lower not in prepositions:
            continue
        before = tokens[m - 1]
        if before.lower in modifiers:
            return True
        # (a participle only right before the subject's own preposition: in `railed against
        # what he calls`, `against` is the verb's)
        if m == at - 1 and before.text.isalpha() and before.text.islower() and (
                before.lower.endswith("ed") and m > 1 and tokens[m - 2].text[0].isalpha()):
            return True
    return False


# Words read back from a subject to the modifier its prepositions complement.
COMPLEMENT_REACH = 10
# Words that open a clause of their own: a chain of prepositional phrases stops there.
_RELATIVE_WORDS = frozenset(["that", "what", "who", "which", "whom", "whose"])


def _distant(tokens: list[Token], k: int, text: str) -> np.Ref | None:
    """distant_subjects.distant_subject (`a person familiar with the talks said that …`),
    imported here: that module reads clauses.passive."""
    from summarizer.extract.offline.distant_subjects import distant_subject
    return distant_subject(tokens, k, text)


# Capitalised words a speech noun's modifier may have (`the White House statement`).
MODIFIER_WORDS = 3


def _modifier_source(tokens: list[Token], k: int, text: str) -> np.Ref | None:
    """`a Kremlin warning that …`, `the White House statement`: a speech noun right after a
    capitalised modifier that a determiner opens; the person or body the modifier names spoke."""
    if not tokens[k].text.islower():
        return None  # (`The Washington Post`: a name's last word, no speech noun)
    markers = grammar().clauses.noun_markers
    j = k
    while (j > 0 and k - j < MODIFIER_WORDS and tokens[j - 1].text[:1].isupper()
           and tokens[j - 1].lower not in markers):
        j -= 1
    if j == k or j == 0 or tokens[j - 1].lower not in markers:
        return None
    ref = np.parse(tokens[j:k], text)
    return ref if ref is not None and ref.kind in ("person", "org") else None


def after_possessor(tokens: list[Token], k: int) -> bool:
    """Does a possessive stand right before tokens[k] (`Roe's fired aide`, `the senator's
    stated aim`: no verb then; `he's said` is a pronoun and `has`)?"""
    if k < 1:
        return False
    before = tokens[k - 1]
    return np.is_possessive(before.text) and (
        before.lower not in attribution_pack().possessor.contractions)


def _opens_clause(tokens: list[Token], ref: np.Ref) -> bool:
    """Does the description start the clause (not `speaking to Fox News`, `obtained by AP`)?"""
    at = bisect.bisect_left(tokens, ref.start, key=_START)
    if at == 0:
        return True
    before = tokens[at - 1].text
    return not before[0].isalpha() or before[0].isupper() or np.is_possessive(before)


def _outlet(ref: np.Ref) -> np.Ref:
    """A news outlet as the source of words it wrote: an organisation named as printed."""
    words = ref.text.split()
    if words and words[0].lower() in pack().description.determiners:
        words = words[1:]
    return np.Ref("org", ref.text, ref.start, ref.end, affiliation=" ".join(words) or ref.text)


def passive(tokens: list[Token], k: int) -> bool:
    """`Smith was asked`, `she has been accused`: the verb at k is passive (adverbs between
    allowed), so its subject is not the speaker."""
    if tokens[k].lower.endswith("ing"):
        return False
    rules = pack().passive
    i = k - 1
    while i >= 0 and tokens[i].lower not in rules.auxiliaries and (
            tokens[i].lower.endswith("ly") or tokens[i].lower in rules.adverbs):
        i -= 1
    return i >= 0 and tokens[i].lower in rules.auxiliaries


def _inverted(tokens: list[Token], k: int, text: str) -> np.Ref | None:
    """`…, said Anna Berg.`: the subject after an inverted verb that ends the sentence, or
    that only a circumstance or an apposition follows (`…, said Anna Berg on Monday`)."""
    phrase = np.np_right(tokens, k + 1)
    rest = tokens[k + 1 + len(phrase) :]
    if not phrase or (any(t.text[0].isalnum() for t in rest)
                      and rest[0].lower not in grammar().clauses.after_inverted):
        return None
    ref = np.parse(phrase, text)
    return ref if ref is not None and ref.kind != "pronoun" else None


def linked(tokens: list[Token], k: int) -> bool:
    """Does the verb at k share an earlier subject (`…, adding`, `… and argued`)?"""
    if tokens[k].lower.endswith("ing"):
        return True
    before = _skip_back(tokens, k - 1)
    return before >= 0 and tokens[before].lower in grammar().clauses.coordinators


def _skip_parenthesis(tokens: list[Token], i: int) -> int:
    """Step left over a short parenthesis ending at tokens[i] (then over adverbs again)."""
    if i < 0 or tokens[i].text != ")":
        return i
    for m in range(i - 1, max(i - 1 - PARENTHESIS_TOKENS, -1), -1):
        if tokens[m].text == "(":
            return _skip_back(tokens, m - 1)
    return i


def _skip_back(tokens: list[Token], i: int) -> int:
    """Step left over adverbs, auxiliaries and raising verbs (`seemed to`)."""
    adverbs = language().speech.adverbs.words
    while i >= 0:
        lower = tokens[i].lower
        if lower in adverbs:
            i -= 1
        elif lower != "to":
            break  # (most words: the clause words are looked up only after `to`)
        elif i > 0 and tokens[i - 1].lower in grammar().clauses.raising:
            i -= 2
        elif i > 1 and tokens[i - 1].lower == "on" and (
                tokens[i - 2].lower in grammar().clauses.going_on):
            i -= 3  # `went on to say`
        else:
            break
    return i


def subject(tokens: list[Token], k: int, text: str) -> np.Ref | None:
    """The speaker of the speech verb at tokens[k]."""
    if linked(tokens, k):
        shared = _earlier_subject(tokens, k, text)
        if shared is not None:
            return shared
    if k > 0 and tokens[k - 1].lower in _PERFECT:
        k -= 1  # `…, having referred to him as “…”`: the participle is `having`
    if tokens[k].lower.endswith("ing"):
        if tokens[k].lower in grammar().clauses.noun_too:
            return _main_subject(tokens, k, text)
        return _main_subject(tokens, k, text) or nearest_speaker(tokens, k, text)
    end = _skip_parenthesis(tokens, _skip_back(tokens, k - 1))
    apposed = None
    if end >= 0 and tokens[end].text == ",":
        # (each of these reads only a comma before the verb: most verbs have none)
        apposed = named_before_apposition(tokens, end, text)
        end = _before_cited_by(tokens, _before_circumstance(tokens, _before_relative(tokens, end)))
    phrase = _plural_sources_after_comma(np.np_left(tokens, end + 1))
    if phrase:
        if np.is_possessive(phrase[-1].text):
            return apposed
        first = _index(tokens, phrase[0])
        ref = _described(tokens, first, end, text) or np.parse(phrase, text)
        if ref is not None and ref.kind == "org":
            ref = _located(tokens, first, ref, text) or ref
        if ref is None or ref.kind == "document":
            ref = _across_pp(tokens, _index(tokens, phrase[0]), text) or ref
        return _same_or_apposed(ref, apposed)
    if end >= 0 and tokens[end].text == ",":
        # `Petr Novak, a deputy from the liberal opposition, said`: a title whose last words
        # are no description words still closes an apposition to a named person.
        title = _apposed(tokens, end, text)
        if title is not None or apposed is not None:
            return title or apposed
    if end >= 0 and tokens[end].lower in grammar().clauses.coordinators:
        return first_speaker(tokens, end, text)
    return _across_pp(tokens, end + 1, text)


def _plural_sources_after_comma(phrase: list[Token]) -> list[Token]:
    """`… the administration of President-elect Ann Roe, officials said`: a plural source noun
    after the phrase's last comma is a subject of its own, never an apposition to the named
    person before it (one person is no `officials`); else the phrase as found."""
    for comma in range(len(phrase) - 1, -1, -1):
        if phrase[comma].text == ",":
            break
    else:
        return phrase  # (no comma)
    if comma + 1 >= len(phrase):
        return phrase
    head = phrase[-1].lower
    if head.endswith("s") and head in grammar().noun_phrases.source_nouns:
        return phrase[comma + 1 :]
    return phrase


def _same_or_apposed(ref: np.Ref | None, apposed: np.Ref | None) -> np.Ref | None:
    """The subject read from the words before the verb, unless a named person opens the clause
    and the words before the verb only describe them: then that person."""
    if apposed is None or (ref is not None and ref.kind == "person" and ref.name == apposed.name):
        return ref
    if apposed.role is None and ref is not None and ref.kind == "descriptor" and ref.role:
        # (`Ann Roe, chair of the panel, said`: the description is her title)
        return dataclasses.replace(apposed, role=ref.role,
                                   affiliation=apposed.affiliation or ref.affiliation,
                                   country=apposed.country or ref.country)
    return apposed


# Words between a named subject and the comma before its verb (the name, its apposition).
APPOSED_SUBJECT_WORDS = 30


def named_before_apposition(tokens: list[Token], end: int, text: str) -> np.Ref | None:
    """`Dean Roe, a 55-year-old salesman from Sumter, South Carolina, says` / `Ann Lee, an
    early supporter of Moss, calls`: a named person opening the clause (at its start or after
    an opening phrase and a comma), set off by commas from a description of any length that
    runs to the comma before the verb (tokens[end]), is the subject; the places, bodies and
    people inside the description are not.

    None when tokens[end] is no comma, a speech verb or clause mark stands between, or no
    named person opens the clause."""
    if end < 1 or tokens[end].text != ",":
        return None
    verbs, opening = language().speech.all_verbs, grammar().clauses.clause_opening
    m = end - 1
    while m >= 0 and tokens[m].text not in opening:
        if end - m > APPOSED_SUBJECT_WORDS or (tokens[m].lower in verbs
                                              and not after_possessor(tokens, m)):
            return None
        m -= 1
    starts = [m + 1, *(c + 1 for c in range(m + 1, end) if tokens[c].text == ",")]
    for start in starts:
        stop = next((c for c in range(start, end) if tokens[c].text in {",", "("}), end)
        phrase = tokens[start:stop]
        after = skip_parenthesis_right(tokens, stop)
        if not _titled_name(phrase) or after >= end or tokens[after].text != ",":
            continue
        ref = np.parse(phrase, text)
        if ref is not None and ref.kind == "person" and ref.name:
            return _with_title(ref, tokens[after + 1 : end], text)
    return None


def _with_title(person: np.Ref, description: list[Token], text: str) -> np.Ref:
    """The person with the description set off after the name as their role, when it reads
    as a title (`chair of the rules panel`) and the name has none."""
    if person.role is not None or len(description) > TITLED_NAME_WORDS:
        return person
    title = np.parse(description, text) if description else None
    if title is None or title.kind not in ("descriptor", "unnamed") or not title.role:
        return person
    return dataclasses.replace(person, role=title.role,
                               affiliation=person.affiliation or title.affiliation,
                               country=person.country or title.country)


# Words a name with its titles may hold (`Democratic front-runner Sen. Ann Roe`).
TITLED_NAME_WORDS = 8


def _titled_name(phrase: list[Token]) -> bool:
    """Is the phrase a name, with titles and modifiers before it and nothing else (no verb,
    no opening phrase like `On Monday`)?"""
    if not phrase or len(phrase) > TITLED_NAME_WORDS or not np.np_token(phrase, 0):
        return False
    coordinators = grammar().clauses.coordinators
    if not np.name_like(phrase[-1].text) or any(t.lower in coordinators for t in phrase):
        return False  # (`Ann Roe and Bo Lind, …`: two people, not one named subject)
    return all(_title_word(t) for t in phrase)


def _title_word(token: Token) -> bool:
    """A word of a name with its titles: capitalised, a title or modifier, hyphenated."""
    titles = language().titles
    lower = token.lower
    words = grammar().clauses
    if lower in words.prepositions or lower in words.not_in_titles:
        return False
    return (token.text[:1].isupper() or lower in titles.role_tokens
            or lower in titles.modifiers.keep
            or lower in titles.modifiers.strip or ("-" in lower and lower[:1].isalpha())
            or lower in pack().description.title_modifiers or sources.person_noun(lower))


# Words a relative clause set off by commas may hold between a subject and its verb.
RELATIVE_WORDS = 12


def _before_relative(tokens: list[Token], end: int) -> int:
    """`A senior official, who briefed reporters on condition of anonymity, said`: a relative
    clause between commas right before the verb belongs to the subject, which stands before
    it. Returns the index of the subject's last token (`end` unchanged when no clause fits)."""
    if end < 0 or tokens[end].text != ",":
        return end
    relatives = grammar().clauses.relatives
    for m in range(end - 1, max(end - 1 - RELATIVE_WORDS, 0), -1):
        if tokens[m].text in {",", ";", ":"}:
            return end
        if tokens[m].lower in relatives:
            return m - 2 if tokens[m - 1].text == "," else end
    return end


def _index(tokens: list[Token], token: Token) -> int:
    """The index of `token` in `tokens` (in text order): a bisection, where list.index would
    compare its way along a long sentence."""
    return bisect.bisect_left(tokens, token.start, key=_START)


_START = attrgetter("start")


# Words a circumstance set off by commas may hold between a subject and its verb (`Trump, in
# Kentucky, said`; `Clinton, during a town hall in Columbus, Ohio, said`).
CIRCUMSTANCE_WORDS = 12


def _before_circumstance(tokens: list[Token], end: int) -> int:
    """The index of the subject's last token when a circumstance between commas stands right
    before the verb (`end` unchanged when none fits)."""
    if end < 0 or tokens[end].text != ",":
        return end
    openers = pack().description.circumstance_openers
    for m in range(end - 1, max(end - 1 - CIRCUMSTANCE_WORDS, 0), -1):
        if tokens[m].text in {";", ":", ".", "?", "!"}:
            return end
        if tokens[m].text == "," and tokens[m + 1].lower in openers:
            return m - 1
    return end


def _before_cited_by(tokens: list[Token], end: int) -> int:
    """`Northern envoys, quoted by the Ledger, said`: the index of the subject's last token when
    a participle with its agent (`quoted by`, `cited by`) stands between commas right before
    the verb (`end` unchanged when none fits): the agent is no speaker of the verb."""
    if end < 0 or tokens[end].text != ",":
        return end
    for m in range(end - 1, max(end - 1 - CIRCUMSTANCE_WORDS, 1), -1):
        if not tokens[m].text[0].isalnum():
            return m - 1 if _cited_by_at(tokens, m) else end
    return end


def _cited_by_at(tokens: list[Token], m: int) -> bool:
    """Does a participle with its agent open after the comma at m (`, quoted by the Ledger`)?"""
    return (tokens[m].text == "," and tokens[m + 1].text.islower()
            and tokens[m + 1].lower.endswith("ed") and tokens[m + 2].lower == "by")


def _earlier_subject(tokens: list[Token], k: int, text: str) -> np.Ref | None:
    """`Novak warned that …, adding: “…”` / `… and argued`: a participle or coordinated
    speech verb shares the subject of the nearest speech verb before it in the sentence."""
    verbs, words = language().speech.all_verbs, grammar().clauses
    markers = words.noun_markers
    opening = 0  # (after the last comma before the verb, if any)
    for m in range(k - 1, -1, -1):
        if tokens[m].text == ",":
            opening = m + 1
            break
    for m in range(k - 1, -1, -1):
        if tokens[m].lower in words.noun_too and tokens[m + 1].lower in words.call_for:
            continue  # (`the plan rejects …, calls for … and suggests …`: a demand, no speech)
        if tokens[m].lower in verbs and not (m > 0 and tokens[m - 1].lower in markers):
            if m < opening:
                # (`When told Roe had won, Lee paused and said`: a clause of its own opens
                # after the comma, its subject before a verb of its own is the speaker)
                own = _opening_subject(tokens, opening, k, text)
                if own is not None:
                    return own
            # (`with Roe tweeting that … and asking, “…”`: the earlier participle's absolute
            # subject is the later one's too)
            return with_subject(tokens, m, text) or subject(tokens, m, text)
    return None


def _opening_subject(tokens: list[Token], start: int, upto: int, text: str) -> np.Ref | None:
    """The phrase opening tokens[start:upto] when a finite verb follows it (`Lee paused`):
    the subject of the clause that opens there, if it is a speaker."""
    phrase = np.np_right(tokens, start)
    after = start + len(phrase)
    if not phrase or after >= upto or np.is_possessive(phrase[-1].text):
        return None
    while after < upto and _adverb_like(tokens[after]):
        after += 1
    if after >= upto or not _finite_verb(tokens[after]):
        return None
    ref = np.parse(phrase, text)
    return ref if ref is not None and ref.kind in SPEAKER_KINDS else None


def _described(tokens: list[Token], first: int, end: int, text: str) -> np.Ref | None:
    """`Marek Novak, a state secretary in the Czech foreign ministry, warned`: the words before
    the verb close an apposition whose title runs through a preposition; the subject is the
    person it describes (not the preposition's object), with the whole title.

    first: index of the phrase np_left found; end: index of the comma closing it."""
    p = first - 1
    if p < 1 or tokens[end].text != ",":
        return None
    if tokens[p].lower not in grammar().clauses.prepositions:
        return _apposed(tokens, end, text) if np.is_possessive(tokens[p].text) else None
    head = np.np_left(tokens, p)
    if not any(t.text == "," for t in head):
        return None
    ref = np.parse(tokens[_index(tokens, head[0]) : end], text)
    return ref if ref is not None and ref.kind == "person" and ref.name else None


# A title set off by commas after a name (`Anna Berg, a member of the Swedish parliament's
# defence committee,`) holds at most this many words; an article opens it.
APPOSITION_WORDS = 14


def apposition_end(tokens: list[Token], k: int) -> int | None:
    """The index of the comma that closes an apposition opened by the comma at tokens[k]: it
    starts with an article and holds no other punctuation, relative pronoun or speech verb."""
    words = grammar().clauses
    if k + 1 >= len(tokens) or tokens[k + 1].lower not in words.articles:
        return None
    verbs = language().speech.all_verbs
    for m in range(k + 2, min(len(tokens), k + 2 + APPOSITION_WORDS)):
        token = tokens[m]
        if token.text == ",":
            return m
        if not token.text[0].isalnum() or token.lower in words.relatives or (
                token.lower in verbs and not after_possessor(tokens, m)):
            return None
    return None


def _apposed(tokens: list[Token], end: int, text: str) -> np.Ref | None:
    """`Anna Berg, a member of the Swedish parliament's defence committee, told`: the person
    whose title ends at the comma tokens[end] (clauses before the verb)."""
    for k in range(end - 2, max(end - 3 - APPOSITION_WORDS, -1), -1):
        if tokens[k].text != ",":
            continue
        if apposition_end(tokens, k) != end:
            return None
        head = np.np_left(tokens, k)
        ref = np.parse(tokens[_index(tokens, head[0]) : end], text) if head else None
        return ref if ref is not None and ref.kind == "person" and ref.name else None
    return None


def _located(tokens: list[Token], first: int, place: np.Ref, text: str) -> np.Ref | None:
    """`A Ukrainian diplomat in Paris said`, `Officials in Stockholm said`: a source placed in
    a city or country is the speaker, not the place. The place gives the source a country only
    when the source names none of its own (`A German official in Brussels` stays German).

    first: index of the place's first token; place: the place read as an organisation."""
    p = first - 1
    if p < 1 or tokens[p].lower not in grammar().clauses.locating:
        return None
    head = np.np_left(tokens, p)
    source = np.parse(head, text) if head else None
    if source is None or source.kind not in ("unnamed", "descriptor"):
        return None
    own = bool(source.affiliation or source.country)
    role_at = text.find(source.role, source.start) if source.role else -1
    role = text[role_at : place.end] if role_at >= 0 else source.role
    return np.Ref(source.kind, text[source.start : place.end], source.start, place.end,
                  None, role, source.affiliation if own else place.affiliation,
                  source.country if own else place.country, source.ordinal)


def _across_pp(tokens: list[Token], start: int, text: str) -> np.Ref | None:
    """`The bloc's leaders in their summit conclusions reiterated` → the bloc's leaders;
    `A readout of the call said` → a readout."""
    heads = grammar().clauses.pp_heads
    for p in range(start - 1, max(start - 1 - PP_REACH, -1), -1):
        if tokens[p].text in {",", ";", ":"} or tokens[p].lower in language().speech.all_verbs:
            return None
        if tokens[p].lower in heads:
            phrase = np.np_left(tokens, p)
            ref = np.parse(phrase, text) if phrase else None
            if ref is not None and (ref.kind in SPEAKER_KINDS or ref.kind == "document"):
                return ref
            return None
    return None


def chunks(tokens: list[Token], upto: int) -> list[tuple[int, list[Token]]]:
    """Maximal description chunks (and lone pronouns) before index `upto`."""
    out: list[tuple[int, list[Token]]] = []
    i = 0
    pronouns = grammar().noun_phrases.pronouns
    while i < upto:
        if tokens[i].lower in pronouns:
            out.append((i, [tokens[i]]))
            i += 1
            continue
        j = i
        while j < upto and tokens[j].text != "," and np.np_token(tokens, j):
            j += 1
        if j > i:
            out.append((i, tokens[i:j]))
        i = max(j, i + 1)
    return out


def speaker_chunks(tokens: list[Token], upto: int, text: str) -> list[np.Ref]:
    """Descriptions before `upto` that could be a clause's subject (not possessives or
    objects of prepositions)."""
    refs: list[np.Ref] = []
    prepositions = grammar().clauses.prepositions
    for i, chunk in chunks(tokens, upto):
        if np.is_possessive(chunk[-1].text):
            continue
        if i > 0 and tokens[i - 1].text == "(":
            continue  # `Ann Roe (D-Va.)`: a party and state, not a speaker
        if i > 0 and tokens[i - 1].lower in prepositions:
            continue
        if i == 0 and len(chunk) == 1 and _opening_participle(tokens, upto):
            continue  # (`Unveiled earlier on Monday, the plan …`: no name)
        if chunk[0].lower in prepositions and chunk[0].lower != "of":
            # (`calls for Western allies to …`: a preposition's object; `of` goes on a phrase
            # the chunk left out, `Hundreds of demonstrators`)
            continue
        ref = np.parse(chunk, text)
        if ref is not None and ref.kind in SPEAKER_KINDS:
            refs.append(ref)
    return refs


def _opening_participle(tokens: list[Token], upto: int) -> bool:
    """Does a capitalised participle open the sentence, a preposition or an adverb after it
    (`Unveiled earlier on Monday, …`, `Speaking to reporters, …`; not `Reed said`)?"""
    first = tokens[0].lower
    return upto > 1 and first.endswith(("ed", "ing")) and (
        tokens[1].lower in grammar().clauses.prepositions
        or tokens[1].lower in language().speech.adverbs.words)


def _main_subject(tokens: list[Token], k: int, text: str) -> np.Ref | None:
    """`Perez hammered Trump, calling him a “train wreck”`: `calling` set off by a comma is
    said by the subject of the
    clause it hangs from, not by the nearest person, who is most often that clause's object.
    The subject is the first phrase, at the sentence start or after a comma, that a verb
    follows (`Early in his campaign, Trump attacked Romney, calling …`); none when no such
    phrase is a speaker. Without the comma (`ads calling the deal …`, `many are calling it`)
    the participle belongs to a noun, not to a speaker."""
    if k == 0:
        return None
    # (`… a defense of “New York values,” saying`: the comma inside the marks of a quote,
    # whose words are no tokens, sets the participle off as well)
    # (a lead word right before the participle: in `ads on “harbour values” calling …` the
    # quoted words between make `on` a preposition of the noun)
    gap = (tokens[k - 1].end, tokens[k].start)
    comma = k - 1 if (tokens[k - 1].text == "," or (
        tokens[k - 1].lower in _PARTICIPLE_LEADS and not text[gap[0] : gap[1]].strip())
    ) else k if _QUOTED_COMMA.search(text, *gap) else -1
    if comma < 0:
        return None
    if k + 1 < len(tokens) and tokens[k + 1].lower in grammar().clauses.call_for:
        return None
    starts = [_after_leading_adverb(tokens, comma),
              *(m + 1 for m in range(comma) if tokens[m].text == ",")]
    for start in starts:
        phrase = _longer_name(tokens, start, np.np_right(tokens, start), comma)
        after = start + len(phrase)
        if not phrase or after >= comma:
            continue
        after = _past_cited_by(tokens, _past_apposition(tokens, phrase, after, comma, text), comma)
        # (a copula or an auxiliary is the finite verb, though the adverb list holds it for
        # `Roe was quick to say`: `Roe was harsh about the plan, calling it …`)
        while after < comma and _adverb_like(tokens[after]) and not _finite_verb(tokens[after]):
            after += 1
        if not _finite_verb(tokens[after]):
            continue
        if np.is_possessive(phrase[-1].text):
            return None
        ref = np.parse(phrase, text)
        return ref if ref is not None and ref.kind in SPEAKER_KINDS else (
            _hung_from(tokens, comma, text))
    return _hung_from(tokens, comma, text)


# How far back from a participle's comma the finite verb of the clause it hangs from may
# stand (`Lee misjudged Roe during his trips to the region, having …`).
HUNG_FROM_WORDS = 16
# Words of modifiers between `and` and the head of a pair's second half (`Roe and other
# right-wing Israeli leaders`).
PAIR_WORDS = 5


def _hung_from(tokens: list[Token], comma: int, text: str) -> np.Ref | None:
    """`That Roe misjudged Lee, having referred to him as “…”`, `Roe and other leaders
    shunned Lee, claiming …`: where no phrase opens the sentence (or a comma's clause) before
    its verb, the participle's subject is the named person right before the last finite verb
    ahead of its comma (the first of a pair joined by `and`), never that verb's object; none
    when a speech verb stands before (the finite verb is then a reported clause's)."""
    for m in range(comma - 1, max(comma - 1 - HUNG_FROM_WORDS, 0), -1):
        word = tokens[m].text
        if word in (",", ";", ":") or not tokens[m - 1].text[:1].isalnum():
            return None
        if not _finite_verb(tokens[m]):
            continue
        phrase = np.np_left(tokens, m)
        verbs = language().speech.all_verbs
        if not phrase or any(t.lower in verbs for t in tokens[:m]):
            return None  # (`Roe said Lee will have to …, saying`: a reported clause's verb)
        first = _index(tokens, phrase[0])
        if first > 0 and tokens[first - 1].lower in grammar().clauses.prepositions:
            return None  # (`Republicans on Capitol Hill seized …`: the preposition's object)
        ref = np.parse(phrase, text)
        if ref is None or ref.kind != "person":
            # (`Roe and other right-wing leaders shunned …`: the named person who leads the
            # pair, its other half's modifiers between)
            ref = None
            for j in range(first - 1, max(first - 1 - PAIR_WORDS, 0), -1):
                if tokens[j].lower == "and":
                    before = np.np_left(tokens, j)
                    ref = np.parse(before, text) if before else None
                    break
                if not tokens[j].text[:1].isalnum():
                    break
        return ref if ref is not None and ref.kind == "person" else None
    return None


def _after_leading_adverb(tokens: list[Token], end: int) -> int:
    """The index of the clause's first phrase after an adverb opening the sentence without a
    comma (`Then he cut into Bush, calling him …`, `Later Roe told them, …`); 0 when none."""
    return 1 if end > 1 and tokens[0].lower in language().speech.adverbs.words else 0


# Words that make a participle after them belong to the clause's subject (`Roe tried to laugh
# it off by interjecting, “…”`, `Lee drew boos upon saying, “…”`).
_PARTICIPLE_LEADS = frozenset(["by", "upon", "on", "after", "before", "while", "when", "without"])
# The perfect participle (`having referred to him as “…”`).
_PERFECT = frozenset(["having"])
# A quote ending in a comma inside its marks, then only space before the next token.
_QUOTED_COMMA = re.compile(r",[\"”’']\s*$")


def _longer_name(tokens: list[Token], start: int, phrase: list[Token],
                 upto: int) -> list[Token]:
    """The phrase, or a longer one from `start` that is a name with its titles, where the
    description words stop short (`Democratic presidential candidate Sen. Ann Roe`)."""
    stop = start
    while stop < upto and stop - start < TITLED_NAME_WORDS and _title_word(tokens[stop]):
        stop += 1
    while stop > start + len(phrase) and not _titled_name(tokens[start:stop]):
        stop -= 1
    return tokens[start:stop] if stop > start + len(phrase) else phrase


def _past_apposition(tokens: list[Token], phrase: list[Token], after: int, upto: int,
                     text: str) -> int:
    """The index after what stands between a named subject and its verb: a parenthesis
    (`Ann Roe (D-Md.)`), a description set off by commas (`Ann Roe, the founder of a lobby,
    endorsed …`), a day (`on Saturday`); `after` unchanged when the subject is no named
    person or nothing of the kind follows."""
    ref = np.parse(phrase, text)
    if ref is None or ref.kind != "person" or not ref.name:
        return after
    after = skip_parenthesis_right(tokens, after)
    if after < upto and tokens[after].text == ",":
        verbs, opening = language().speech.all_verbs, grammar().clauses.clause_opening
        for m in range(after + 1, min(upto, after + 1 + APPOSED_SUBJECT_WORDS)):
            if tokens[m].text in opening or (
                    tokens[m].lower in verbs and not after_possessor(tokens, m)):
                break
            if tokens[m].text == "," and m + 1 < upto and _finite_verb(tokens[m + 1]):
                return m + 1
    if (after + 2 < upto and tokens[after].lower == "on"
            and tokens[after + 1].text in np.time_words()):
        return after + 2
    return after



def _past_cited_by(tokens: list[Token], after: int, upto: int) -> int:
    """The index after a participle phrase with its agent set off by commas between a subject
    and its verb (`Western diplomats, cited by the Times, have stressed …`); `after` unchanged
    when none stands there."""
    if not (after + 2 < upto and _cited_by_at(tokens, after)):
        return after
    for m in range(after + 3, min(upto, after + 3 + APPOSED_SUBJECT_WORDS)):
        if not tokens[m].text[0].isalnum():
            return m + 1 if tokens[m].text == "," else after
    return after


def _adverb_like(token: Token) -> bool:
    return token.lower in language().speech.adverbs.words or (
        token.text.islower() and token.lower.endswith("ly"))


def _finite_verb(token: Token) -> bool:
    """A lower-case past form (`attacked`, `went`) or an auxiliary: what follows a clause's
    subject (not `presidential`, `of`, `reports`)."""
    word = token.text
    return word.isalpha() and word.islower() and (
        word.endswith("ed") or word in grammar().clauses.irregular_past
        or token.lower in language().speech.all_verbs)


def nearest_speaker(tokens: list[Token], k: int, text: str) -> np.Ref | None:
    """Subject of a participle (`…, saying`): the nearest person before it, else any speaker."""
    refs = speaker_chunks(tokens, k, text)
    people = [r for r in refs if r.kind != "org"]
    pool = people or refs
    return pool[-1] if pool else None


def first_speaker(tokens: list[Token], upto: int, text: str) -> np.Ref | None:
    refs = speaker_chunks(tokens, upto, text)
    return refs[0] if refs else None


def noun_source(tokens: list[Token], k: int, text: str) -> np.Ref | None:
    """`comments Wednesday from Ukrainian President Volodymyr Zelenskyy` → the person."""
    sources_after = grammar().clauses.noun_sources
    for m in range(k + 1, min(k + 1 + NOUN_REACH, len(tokens))):
        if tokens[m].lower in sources_after:
            ref = np.parse(np.np_right(tokens, m + 1), text)
            return ref if ref is not None and ref.kind not in ("pronoun", "document") else None
    if k > 0 and np.is_possessive(tokens[k - 1].text):
        phrase = np.np_left(tokens, k)
        ref = np.parse(phrase, text) if phrase else None
        return ref if ref is not None and ref.kind in ("person", "org") else None
    return None
