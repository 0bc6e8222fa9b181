"""Quotes introduced by a colon (attribution steps 2b and 2c): `Lee was blunt: “…”` in one
sentence, and `She told us:` ending a paragraph whose next paragraph opens with the quote.

Both return the Source they read (the subject phrase, the clause the attribution was read
from, for dates, and its paragraph); the attribution stage resolves it.
"""

from __future__ import annotations

from summarizer.extract.offline import clauses, np
from summarizer.extract.offline.attribution_pack import attribution_pack
from summarizer.extract.offline.attribution_readings import Cue, Source
from summarizer.extract.offline.document import Doc, Sentence, Token, blank
from summarizer.extract.offline.language import grammar, language
from summarizer.extract.offline.quotes import Quote

# --- 2b. after a colon in the same sentence --------------------------------------------------

# Colon-introduced quotes need their speaker as the clause's subject within this many words
# of the colon: `Lee had a blunt message: “…”`, `The minister was clear: “…”`; within
# COLON_LONG_REACH when the clause names no one else (`Speaking in Riga, Lee was clear about
# what she expected from the larger allies: “…”`).
COLON_REACH, COLON_LONG_REACH = 8, 24
# An opener before the subject (`Speaking to reporters in Riga,`) has at most this many words.
OPENER_WORDS = 8


def colon(doc: Doc, quote: Quote) -> Source | None:
    """`Lee was blunt: “…”`: a quote right after a colon is the words of the subject of the
    clause the colon ends, when that clause has a speaker as its subject and no verb of its own
    that takes the quote elsewhere; past COLON_REACH words, every other phrase that could have
    said it must be the same speaker (the source's rivals)."""
    text = doc.text
    sentence = doc.sentence_at(quote.outer_start)
    if not text[sentence.start : quote.outer_start].rstrip().endswith(":"):
        return None
    tokens = doc.tokens(sentence.start, quote.outer_start)
    if not tokens or any(t.start < sentence.start for t in tokens):
        return None
    tokens = tokens[opener(tokens) :]
    words = [t for t in tokens if t.text[0].isalnum()]
    refs = clauses.speaker_chunks(tokens, len(tokens), text)
    if not words or len(words) > COLON_LONG_REACH or not refs or (
            refs[0].start != tokens[0].start) or (refs[0].kind == "org" and not (
            refs[0].affiliation or refs[0].country)):
        return None
    rivals = _others(tokens, refs[0], text) if len(words) > COLON_REACH else ()
    cue = Cue("before", (sentence.start, quote.outer_start), sentence.para)
    return Source(cue, refs[0], refs[0].start, rivals=rivals)


# A preposition this many words before an unnamed group (`from the larger allies`) makes it an
# object, not a speaker.
PP_REACH = 3


def _others(tokens: list[Token], subject: np.Ref, text: str) -> tuple[np.Ref, ...]:
    """The phrases of the clause besides its subject that could have said the quote: a
    person, body or pronoun (`after a meeting with Mart Tamm`), or a group not governed by a
    preposition (`from the larger allies` does not count)."""
    prepositions = grammar().clauses.prepositions
    out: list[np.Ref] = []
    for k, chunk in clauses.chunks(tokens, len(tokens)):
        ref = np.parse(chunk, text)
        if ref is None or ref.start == subject.start or ref.kind not in clauses.SPEAKER_KINDS:
            continue
        if ref.kind in ("unnamed", "descriptor") and any(
                t.lower in prepositions for t in tokens[max(k - PP_REACH, 0) : k]):
            continue
        if _addressee(tokens, k) or _party_label(ref.text):
            continue  # (`delivered a blunt message to Lee:`: Lee is whom it was said to;
            # `Ann Roe, R-Ky., …`: the subject's party and state)
        out.append(ref)
    return tuple(out)


def _party_label(text: str) -> bool:
    """`R-Ky`, `D-N.Y`: a party's letter, a hyphen and a state's abbreviation, which US news
    sets off after a legislator's name (grammar.toml [colon] party_letters)."""
    letter, hyphen, state = text.partition("-")
    return bool(hyphen) and letter in grammar().colon.party_letters and state[:1].isupper() and (
        len(state) <= PARTY_STATE_CHARS) and " " not in state


# A state's abbreviation in a party label has at most this many characters (`N.Y`, `Calif`).
PARTY_STATE_CHARS = 6


def _addressee(tokens: list[Token], k: int) -> bool:
    """Is the phrase at tokens[k] the object of `to` (`a message to Lee`, `wrote to Lee`), whom
    the words were addressed to, not one who said them? Not `according to Lee`, nor after
    a verb of hearing (`listened to Lee`: grammar.toml [colon] hearing)."""
    # (the chunk may open with its preposition: `to Lee`)
    at = k if tokens[k].lower == "to" else k - 1
    if at < 0 or tokens[at].lower != "to":
        return False
    return at == 0 or tokens[at - 1].lower not in grammar().colon.hearing


def opener(tokens: list[Token]) -> int:
    """The index after an opening phrase set off by a comma (`Speaking to reporters in Riga,`,
    `In Vilnius,`, `Asked about the vote,`): one that starts with a participle, a preposition
    or a speech verb's past participle; 0 when none."""
    first = tokens[0].lower
    if not (first.endswith("ing") or first in grammar().clauses.prepositions or (
            first.endswith("ed") and first in language().speech.all_verbs)):
        return _subordinate_opener(tokens)
    comma = next((k for k, t in enumerate(tokens[: OPENER_WORDS + 1]) if t.text == ","), None)
    return comma + 1 if comma is not None and comma + 1 < len(tokens) else 0


# A subordinate clause before the subject has at most this many words (`When Ann Roe died in
# 1998,`).
SUBORDINATE_WORDS = 12


def _subordinate_opener(tokens: list[Token]) -> int:
    """The index after a subordinate clause set off by a comma (`When Roe died in 1998,`,
    `After the vote failed,`); 0 when the tokens open with none."""
    if tokens[0].lower not in grammar().colon.subordinators:
        return 0
    comma = next((k for k, t in enumerate(tokens[: SUBORDINATE_WORDS + 1]) if t.text == ","),
                 None)
    return comma + 1 if comma is not None and comma + 1 < len(tokens) else 0


# --- 2c. a paragraph ending in a speech verb and a colon -------------------------------------

# Words a speech verb may have between it and the paragraph's closing colon: a listener and
# where or how it was said (`told us`, `said in a statement on Tuesday`, `wrote on X`).
TAIL_WORDS = 8
# Listeners named without a description (`told us:`) and the words of a clause of its own
# (`said that the plan had five points:`): grammar.toml [colon].


def paragraph_lead(doc: Doc, quote: Quote) -> tuple[Sentence, int] | None:
    """The sentence ending the paragraph before a quote that opens its own paragraph, when
    that paragraph ends in a colon, with the colon's offset; None when the lead-in holds quoted
    words of its own (whose words follow is less clear then)."""
    if quote.para == 0 or not blank(doc.text, doc.paragraphs[quote.para].start,
                                     quote.outer_start):
        return None
    prev = doc.paragraphs[quote.para - 1]
    body = doc.text[prev.start : prev.end].rstrip()
    if not body.endswith(":"):
        return None
    colon_at = prev.start + len(body) - 1
    sentence = doc.sentence_at(colon_at)
    if doc.quotes_from(sentence.start, colon_at):
        return None
    return sentence, colon_at


def lead_in(doc: Doc, quote: Quote) -> Source | None:
    """`She told us:` at the end of a paragraph, then a paragraph that opens with a quote: the
    quote is the words of that speech verb's subject. Only a speech verb introduces it (`The
    five points are:` does not), and only one whose colon follows at most a listener and
    circumstances, not a clause of its own."""
    if quote.open_at is None:
        return None
    lead = paragraph_lead(doc, quote)
    if lead is None:
        return None
    sentence, colon_at = lead
    text = doc.text
    tokens = doc.tokens(sentence.start, colon_at)
    verbs = language().speech.all_verbs
    quoting = attribution_pack().citing.verbs
    k = next((k for k in range(len(tokens) - 1, -1, -1)
              if tokens[k].lower in verbs or tokens[k].lower in quoting), None)
    if k is None:
        return None
    cited = _quoted_person(tokens, k, text)
    if cited is not None:
        cue = Cue("before", (tokens[k].start, colon_at), sentence.para)
        return Source(cue, cited, tokens[k].start)
    if tokens[k].lower not in verbs or not bare_tail(
            tokens[k + 1 :], telling=tokens[k].lower in grammar().colon.telling):
        return None
    found = clauses.event_at(tokens, k, text)
    if found is None or found[0] in language().speech.nouns.words:
        return None
    ref = found[1]
    cue = Cue("before", (min(ref.start, tokens[k].start), colon_at), sentence.para)
    return Source(cue, ref, tokens[k].start)


def _quoted_person(tokens: list[Token], k: int, text: str) -> np.Ref | None:
    """`The agency reported, citing a senior diplomat:`: `citing` or `quoting` whose
    object, running to the colon, is a person or an unnamed source: that one said the quote
    after the colon, not the reporting verb's subject."""
    if tokens[k].lower not in attribution_pack().citing.verbs:
        return None
    phrase = np.np_right(tokens, k + 1)
    if not phrase or phrase[-1] is not tokens[-1]:
        return None  # (`quoted the study on page 3:`: more than the one quoted)
    ref = np.parse(phrase, text)
    return ref if ref is not None and ref.kind in ("person", "unnamed", "descriptor") else None


def bare_tail(tail: list[Token], telling: bool = False) -> bool:
    """Are the words between a speech verb and its colon at most a listener and prepositional
    phrases (`us`, `the BBC in an interview`, `on social media`), in any manner (`quietly`,
    `pleasantly into the phone`)? telling: the verb is one of telling, whose object is the
    listener however described (`the crowd`, `parliament`)."""
    # (an adverb in -ly is no clause and no listener: left out; not the listed auxiliaries,
    # which would leave `said he would` looking bare)
    tail = [t for t in tail if t.text != "," and not _ly_adverb(t)]
    words = [t for t in tail if t.text[0].isalnum()]
    clause_words, finite = grammar().colon.clause_words, grammar().paraphrase.finite
    # (a finite verb makes a clause too: `said privately about Lee it is a different story`)
    if len(words) > TAIL_WORDS or any(t.lower in clause_words or t.lower in finite
                                      for t in tail):
        return False
    prepositions = grammar().clauses.prepositions
    if not tail or tail[0].lower in prepositions:
        return True
    k = 1 if tail[0].lower in grammar().colon.listeners else len(np.np_right(tail, 0))
    if telling and not (k > 0 and (k == len(tail) or tail[k].lower in prepositions)):
        k = _told_object(tail)
    return k > 0 and (k == len(tail) or tail[k].lower in prepositions)


def _ly_adverb(token: Token) -> bool:
    """A lower-case word in -ly (`pleasantly`, `quietly`): an adverb of manner."""
    lower = token.lower
    return token.text.islower() and lower.endswith("ly") and len(lower) > MIN_LY_LETTERS


# A word in -ly needs more letters than this to read as an adverb (not `ally`, `rely`).
MIN_LY_LETTERS = 4


def _told_object(tail: list[Token]) -> int:
    """The length of the listener phrase opening a verb of telling's tail (`the crowd`, `his
    Democratic audience`, `parliament`): words up to a preposition, none of them a verb (`told
    them the plan had failed` reports a clause, not a listener); 0 when there is none."""
    prepositions = grammar().clauses.prepositions
    finite = grammar().paraphrase.finite
    verbs = language().speech.all_verbs
    k = 0
    while k < len(tail) and tail[k].lower not in prepositions:
        word = tail[k]
        if not word.text.isalpha() or word.lower in finite or word.lower in verbs:
            return 0
        k += 1
    return k
