"""Speech events in prose: each speech verb (or `according to`, or a speech noun like
`comments from`) with the description of who speaks, read from the words around it.

Used for attributing quotes, for finding paraphrases, and to know which organisation spoke
last ("the statement read" → whoever issued it).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from itertools import compress
from operator import attrgetter

from summarizer.extract.offline import np, sources
from summarizer.extract.offline.document import Doc, Token
from summarizer.extract.offline.language import per_language
from summarizer.extract.offline.lexicon import lexicon
from summarizer.extract.offline.source_pack import pack

_COORDINATORS = {"and", "but", "then"}
_NOUN_MARKERS = {"a", "an", "the", "his", "her", "its", "their", "our", "my", "this", "that",
                 "whose"}
PREPOSITIONS = {"for", "of", "to", "with", "from", "by", "about", "on", "in", "at", "into",
                "against", "over", "toward", "towards", "behind", "than", "like", "during",
                "after", "before", "under", "between"}
# Prepositional phrases that may sit between a subject and its verb ("leaders in their summit
# conclusions reiterated"): how far back to look for the preposition.
PP_REACH = 5
_PP_HEADS = {"in", "at", "during", "after", "on", "of"}
_RAISING = {"seemed", "seems", "seem", "appeared", "appears", "appear", "went", "continued",
            "wanted", "tried", "sought", "moved", "hastened", "declined", "refused"}
# Nouns of speech look this many words ahead for `from X` / `by X`.
NOUN_REACH = 4
SPEAKER_KINDS = ("person", "pronoun", "descriptor", "unnamed", "org")


@dataclass(frozen=True)
class Event:
    sentence: int
    at: int  # offset of the verb / cue word
    word: str  # the verb (lower case), "according to", or the speech noun
    ref: np.Ref
    linked: bool = False  # a participle or coordinated verb sharing an earlier subject


def speech_events(doc: Doc) -> list[Event]:
    """Every speech verb outside quotes with a readable speaker, in document order."""
    triggers = _triggers()
    events: list[Event] = []
    for index, sentence in enumerate(doc.sentences):
        tokens = doc.tokens(sentence.start, sentence.end)
        # Only the trigger words need a closer look (the membership tests run in C).
        hits = map(triggers.__contains__, map(_LOWER, tokens))
        for k in compress(range(len(tokens)), hits):
            found = event_at(tokens, k, doc.text)
            if found is not None:
                word, ref = found
                events.append(Event(index, tokens[k].start, word, ref, linked(tokens, k)))
    return events


@per_language
def _triggers() -> frozenset[str]:
    lex = lexicon()
    return lex.speech_verbs | lex.speech_nouns | {"according"}


_LOWER = attrgetter("lower")


def event_at(tokens: list[Token], k: int, text: str) -> tuple[str, np.Ref] | None:
    lex = lexicon()
    lower = tokens[k].lower
    ref: np.Ref | None = None
    word = lower
    if lower in lex.speech_verbs:
        if k > 0 and tokens[k - 1].lower in _NOUN_MARKERS:
            return None  # "the call", "his address": a noun, not a verb
        if passive(tokens, k):
            return None
        if lower in _NOUN_TOO and k + 1 < len(tokens) and tokens[k + 1].lower in _CALL_FOR:
            return None  # `calls for …`: a demand (a stance), not words said
        ref = subject(tokens, k, text)
        if ref is None and lower in lex.inverted_verbs and k > 0 and tokens[k - 1].text == ",":
            ref = _inverted(tokens, k, text)
        if ref is None and not linked(tokens, k):
            ref = sources.left_of(tokens, k, text)
    elif lower == "according" and k + 1 < len(tokens) and tokens[k + 1].lower == "to":
        phrase = np.np_right(tokens, k + 2)
        if phrase and np.is_possessive(phrase[-1].text):
            return None  # "according to Zelensky's plan": a document, not the person
        ref = np.parse(phrase, text)
        word = "according to"
    elif lower in lex.speech_nouns:
        ref = noun_source(tokens, k, text)
    if ref is None or ref.kind == "media":
        return None
    return word, ref


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
    """`…, said Anna Berg.`: the subject after an inverted verb that ends the sentence."""
    phrase = np.np_right(tokens, k + 1)
    rest = tokens[k + 1 + len(phrase) :]
    if not phrase or any(t.text[0].isalnum() for t in rest):
        return None
    ref = np.parse(phrase, text)
    return ref if ref is not None and ref.kind != "pronoun" else None


def linked(tokens: list[Token], k: int) -> bool:
    """Does the verb at k share an earlier subject (`…, adding`, `… and argued`)?"""
    if tokens[k].lower.endswith("ing"):
        return True
    before = _skip_back(tokens, k - 1)
    return before >= 0 and tokens[before].lower in _COORDINATORS


# A parenthesis between a name and its verb (`Sen. Ann Roe (D-Md.) said`) holds at most this
# many tokens.
PARENTHESIS_TOKENS = 8


def _skip_parenthesis(tokens: list[Token], i: int) -> int:
    """Step left over a short parenthesis ending at tokens[i] (then over adverbs again)."""
    if i < 0 or tokens[i].text != ")":
        return i
    for m in range(i - 1, max(i - 1 - PARENTHESIS_TOKENS, -1), -1):
        if tokens[m].text == "(":
            return _skip_back(tokens, m - 1)
    return i


def skip_parenthesis_right(tokens: list[Token], k: int) -> int:
    """The index after a short parenthesis opening at tokens[k] (k when there is none)."""
    if k >= len(tokens) or tokens[k].text != "(":
        return k
    for m in range(k + 1, min(len(tokens), k + 1 + PARENTHESIS_TOKENS)):
        if tokens[m].text == ")":
            return m + 1
    return k


def _skip_back(tokens: list[Token], i: int) -> int:
    """Step left over adverbs, auxiliaries and raising verbs (`seemed to`)."""
    lex = lexicon()
    while i >= 0:
        lower = tokens[i].lower
        if lower in lex.adverbs:
            i -= 1
        elif lower == "to" and i > 0 and tokens[i - 1].lower in _RAISING:
            i -= 2
        else:
            break
    return i


def subject(tokens: list[Token], k: int, text: str) -> np.Ref | None:
    """The speaker of the speech verb at tokens[k]."""
    if linked(tokens, k):
        shared = _earlier_subject(tokens, k, text)
        if shared is not None:
            return shared
    if tokens[k].lower.endswith("ing"):
        if tokens[k].lower in _NOUN_TOO:
            return _main_subject(tokens, k, text)
        return _main_subject(tokens, k, text) or nearest_speaker(tokens, k, text)
    end = _skip_parenthesis(tokens, _skip_back(tokens, k - 1))
    end = _before_circumstance(tokens, _before_relative(tokens, end))
    phrase = np.np_left(tokens, end + 1)
    if phrase:
        if np.is_possessive(phrase[-1].text):
            return None
        first = _index(tokens, phrase[0])
        ref = _described(tokens, first, end, text) or np.parse(phrase, text)
        if ref is not None and ref.kind == "org":
            ref = _located(tokens, first, ref, text) or ref
        if ref is None or ref.kind == "document":
            return _across_pp(tokens, _index(tokens, phrase[0]), text) or ref
        return ref
    if end >= 0 and tokens[end].text == ",":
        # `Petr Novak, a deputy from the liberal opposition, said`: a title whose last words
        # are no description words still closes an apposition to a named person.
        apposed = _apposed(tokens, end, text)
        if apposed is not None:
            return apposed
    if end >= 0 and tokens[end].lower in _COORDINATORS:
        return first_speaker(tokens, end, text)
    return _across_pp(tokens, end + 1, text)


# Words a relative clause set off by commas may hold between a subject and its verb.
RELATIVE_WORDS = 12
_RELATIVES = {"who", "whose"}


def _before_relative(tokens: list[Token], end: int) -> int:
    """`A senior official, who briefed reporters on condition of anonymity, said`: a relative
    clause between commas right before the verb belongs to the subject, which stands before
    it. Returns the index of the subject's last token (`end` unchanged when no clause fits)."""
    if end < 0 or tokens[end].text != ",":
        return end
    for m in range(end - 1, max(end - 1 - RELATIVE_WORDS, 0), -1):
        if tokens[m].text in {",", ";", ":"}:
            return end
        if tokens[m].lower in _RELATIVES:
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


def _earlier_subject(tokens: list[Token], k: int, text: str) -> np.Ref | None:
    """`Novak warned that …, adding: “…”` / `… and argued`: a participle or coordinated
    speech verb shares the subject of the nearest speech verb before it in the sentence."""
    verbs = lexicon().speech_verbs
    for m in range(k - 1, -1, -1):
        if tokens[m].lower in verbs and not (m > 0 and tokens[m - 1].lower in _NOUN_MARKERS):
            return subject(tokens, m, text)
    return None


def _described(tokens: list[Token], first: int, end: int, text: str) -> np.Ref | None:
    """`Marek Novak, a state secretary in the Czech foreign ministry, warned`: the words before
    the verb close an apposition whose title runs through a preposition; the subject is the
    person it describes (not the preposition's object), with the whole title.

    first: index of the phrase np_left found; end: index of the comma closing it."""
    p = first - 1
    if p < 1 or tokens[end].text != ",":
        return None
    if tokens[p].lower not in PREPOSITIONS:
        return _apposed(tokens, end, text) if np.is_possessive(tokens[p].text) else None
    head = np.np_left(tokens, p)
    if not any(t.text == "," for t in head):
        return None
    ref = np.parse(tokens[_index(tokens, head[0]) : end], text)
    return ref if ref is not None and ref.kind == "person" and ref.name else None


# A title set off by commas after a name (`Anna Berg, a member of the Swedish parliament's
# defence committee,`) holds at most this many words; an article opens it.
APPOSITION_WORDS = 14
_ARTICLES = {"a", "an", "the"}


def apposition_end(tokens: list[Token], k: int) -> int | None:
    """The index of the comma that closes an apposition opened by the comma at tokens[k]: it
    starts with an article and holds no other punctuation, relative pronoun or speech verb."""
    if k + 1 >= len(tokens) or tokens[k + 1].lower not in _ARTICLES:
        return None
    verbs = lexicon().speech_verbs
    for m in range(k + 2, min(len(tokens), k + 2 + APPOSITION_WORDS)):
        token = tokens[m]
        if token.text == ",":
            return m
        if not token.text[0].isalnum() or token.lower in verbs or token.lower in _RELATIVES:
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


_LOCATING = {"in", "at"}


def _located(tokens: list[Token], first: int, place: np.Ref, text: str) -> np.Ref | None:
    """`A Ukrainian diplomat in Paris said`, `Officials in Stockholm said`: a source placed in
    a city or country is the speaker, not the place. The place gives the source a country only
    when the source names none of its own (`A German official in Brussels` stays German).

    first: index of the place's first token; place: the place read as an organisation."""
    p = first - 1
    if p < 1 or tokens[p].lower not in _LOCATING:
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
    for p in range(start - 1, max(start - 1 - PP_REACH, -1), -1):
        if tokens[p].text in {",", ";", ":"} or tokens[p].lower in lexicon().speech_verbs:
            return None
        if tokens[p].lower in _PP_HEADS:
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
    while i < upto:
        if tokens[i].lower in np.PRONOUNS:
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
    for i, chunk in chunks(tokens, upto):
        if np.is_possessive(chunk[-1].text):
            continue
        if i > 0 and tokens[i - 1].text == "(":
            continue  # `Ann Roe (D-Va.)`: a party and state, not a speaker
        if i > 0 and tokens[i - 1].lower in PREPOSITIONS:
            continue
        ref = np.parse(chunk, text)
        if ref is not None and ref.kind in SPEAKER_KINDS:
            refs.append(ref)
    return refs


# Forms that are as often nouns or demands (`calls for`, `calling on`) as speech verbs.
_NOUN_TOO = frozenset(["calls", "calling"])
_CALL_FOR = frozenset(["for", "on", "upon"])
def _main_subject(tokens: list[Token], k: int, text: str) -> np.Ref | None:
    """`Perez hammered Trump, calling him a “train wreck”`: `calling` set off by a comma is
    said by the subject of the
    clause it hangs from, not by the nearest person, who is most often that clause's object.
    The subject is the first phrase, at the sentence start or after a comma, that a verb
    follows (`Early in his campaign, Trump attacked Romney, calling …`); none when no such
    phrase is a speaker. Without the comma (`ads calling the deal …`, `many are calling it`)
    the participle belongs to a noun, not to a speaker."""
    if k == 0 or tokens[k - 1].text != ",":
        return None
    if k + 1 < len(tokens) and tokens[k + 1].lower in _CALL_FOR:
        return None
    starts = [0, *(m + 1 for m in range(k - 1) if tokens[m].text == ",")]
    for start in starts:
        phrase = np.np_right(tokens, start)
        after = start + len(phrase)
        if not phrase or after >= k - 1:
            continue
        while after < k - 1 and _adverb_like(tokens[after]):
            after += 1
        if not _finite_verb(tokens[after]):
            continue
        if np.is_possessive(phrase[-1].text):
            return None
        ref = np.parse(phrase, text)
        return ref if ref is not None and ref.kind in SPEAKER_KINDS else None
    return None


# Past forms of common verbs that do not end in -ed (`Trump went after Bush, calling …`).
_IRREGULAR_PAST = frozenset([
    "took", "went", "made", "gave", "said", "told", "spoke", "came", "held", "led", "left",
    "met", "wrote", "ran", "sent", "struck", "fought", "won", "lost", "hit", "put", "cut",
    "set", "brought", "sought", "stood", "broke", "became", "began", "got", "kept", "drew",
    "threw", "shook", "knew", "saw", "fell", "rose", "spent", "paid", "sold", "built",
    "felt", "heard", "laid", "read", "stuck", "swept", "tore", "wore", "did", "has", "had",
    "is", "was", "were", "have", "are"])


def _adverb_like(token: Token) -> bool:
    return token.lower in lexicon().adverbs or (token.text.islower() and token.lower.endswith("ly"))


def _finite_verb(token: Token) -> bool:
    """A lower-case past form (`attacked`, `went`) or an auxiliary: what follows a clause's
    subject (not `presidential`, `of`, `reports`)."""
    word = token.text
    return word.isalpha() and word.islower() and (
        word.endswith("ed") or word in _IRREGULAR_PAST or token.lower in lexicon().speech_verbs)


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
    for m in range(k + 1, min(k + 1 + NOUN_REACH, len(tokens))):
        if tokens[m].lower in {"from", "by"}:
            ref = np.parse(np.np_right(tokens, m + 1), text)
            return ref if ref is not None and ref.kind not in ("pronoun", "document") else None
    if k > 0 and np.is_possessive(tokens[k - 1].text):
        phrase = np.np_left(tokens, k)
        ref = np.parse(phrase, text) if phrase else None
        return ref if ref is not None and ref.kind in ("person", "org") else None
    return None
