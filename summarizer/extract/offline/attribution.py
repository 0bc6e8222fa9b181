"""Who said each quote: attribution after the quote, before it, in the next paragraph, or by
continuation from the quote before.

Order of attempts, most to least specific:
1. after the closing mark, in the same sentence: `“…,” Smith said` / `“…,” said Smith` /
   `“…,” according to Smith`;
2. before the opening mark, in the same sentence: `Smith warned that NATO “…”`,
   `…, saying: “…”`, `comments from Smith that … “…”`;
3. a quote that ends its paragraph and a next paragraph opening with `Smith said.`;
4. continuation: a quote with no attribution of its own, in the paragraph of the previous
   quote or of its attribution, is the same speaker's.
"""

from __future__ import annotations

from dataclasses import dataclass

from summarizer.extract.offline import clauses, np
from summarizer.extract.offline.document import Doc, Token
from summarizer.extract.offline.lexicon import lexicon
from summarizer.extract.offline.quotes import Quote
from summarizer.extract.offline.speakers import Resolver, Who

_LEADING_PUNCT = {",", ".", "—", "–", "-", ";", "(", ")"}


@dataclass(frozen=True)
class Attribution:
    quote: Quote
    who: Who
    how: str  # after | before | next | continued
    clause: tuple[int, int]  # where the attribution was read (for dates)
    para: int  # paragraph of the attribution


def attribute(doc: Doc, resolver: Resolver) -> list[Attribution]:
    out: list[Attribution] = []
    previous: Attribution | None = None
    for quote in doc.quotes:
        found = (
            _after(doc, resolver, quote)
            or _before(doc, resolver, quote)
            or _next_paragraph(doc, resolver, quote)
            or _continued(doc, quote, previous)
        )
        if found is not None:
            out.append(found)
            previous = found
    return out


# --- 1. after the quote ---------------------------------------------------------------------


def _after_window(doc: Doc, quote: Quote) -> tuple[int, int]:
    sentence = doc.sentence_at(max(quote.outer_end - 1, 0))
    end = sentence.end
    for other in doc.quotes:
        if quote.outer_end <= other.outer_start < end:
            end = other.outer_start
            break
    return quote.outer_end, end


def _after(doc: Doc, resolver: Resolver, quote: Quote) -> Attribution | None:
    start, end = _after_window(doc, quote)
    tokens = doc.tokens(start, end)
    while tokens and tokens[0].text in _LEADING_PUNCT:
        tokens = tokens[1:]
    if not tokens:
        return None
    return _attribute_to_ref(
        resolver,
        quote,
        tokens,
        doc.text,
        quote.start,
        "after",
        (start, end),
        doc.sentence_at(start).para,
    )


def _attribute_to_ref(
    resolver: Resolver,
    quote: Quote,
    tokens: list[Token],
    text: str,
    at: int,
    how: str,
    clause: tuple[int, int],
    para: int,
) -> Attribution | None:
    """The attribution when `tokens` open with a speaker and a speech verb, resolved at `at`."""
    ref = _after_ref(tokens, text)
    who = resolver.resolve(ref, at) if ref is not None else None
    return Attribution(quote, who, how, clause, para) if who is not None else None


def _after_ref(tokens: list[Token], text: str) -> np.Ref | None:
    lex = lexicon()
    first = tokens[0].lower
    if first == "according" and len(tokens) > 2 and tokens[1].lower == "to":
        return np.parse(np.np_right(tokens, 2), text)
    if first in lex.inverted_verbs:
        ref = np.parse(np.np_right(tokens, 1), text)
        if ref is not None and ref.kind != "pronoun":
            return ref
    phrase = np.np_right(tokens, 0)
    k = len(phrase)
    while k < len(tokens) and tokens[k].lower in lex.adverbs:
        k += 1
    if phrase and k < len(tokens) and tokens[k].lower in lex.speech_verbs:
        return np.parse(phrase, text)
    return None


# --- 2. before the quote --------------------------------------------------------------------


def _before(doc: Doc, resolver: Resolver, quote: Quote) -> Attribution | None:
    sentence = doc.sentence_at(quote.outer_start)
    window_start = sentence.start
    for other in doc.quotes:
        if sentence.start <= other.outer_end <= quote.outer_start and other is not quote:
            window_start = max(window_start, other.outer_end)
    tokens = doc.tokens(sentence.start, quote.outer_start)
    verbs: list[tuple[int, np.Ref]] = []
    nouns: list[tuple[int, np.Ref]] = []
    for k, token in enumerate(tokens):
        if token.start >= window_start:
            found = clauses.event_at(tokens, k, doc.text)
            if found is not None:
                is_noun = found[0] in lexicon().speech_nouns
                (nouns if is_noun else verbs).append((token.start, found[1]))
    # Quoted words belong to the closest speech verb that governs them (`Zelensky said states
    # had voiced their "full support"` → the states'); a speech noun only when no verb does.
    for verb_at, ref in (verbs or nouns)[::-1]:
        who = resolver.resolve(ref, verb_at)
        if who is not None:
            clause = (min(ref.start, verb_at), quote.outer_start)
            return Attribution(quote, who, "before", clause, sentence.para)
    return None


# --- 3. next paragraph ----------------------------------------------------------------------


def _next_paragraph(doc: Doc, resolver: Resolver, quote: Quote) -> Attribution | None:
    para = quote.last_para
    if para + 1 >= len(doc.paragraphs) or quote.close_at is None:
        return None
    if doc.text[quote.outer_end : doc.paragraphs[para].end].strip(" ,.;"):
        return None
    nxt = doc.paragraphs[para + 1]
    sentence = doc.sentence_at(nxt.start)
    tokens = doc.tokens(nxt.start, sentence.end)
    if not tokens:
        return None
    return _attribute_to_ref(
        resolver, quote, tokens, doc.text, nxt.start, "next", (nxt.start, sentence.end), para + 1
    )


# --- 4. continuation ------------------------------------------------------------------------


# Prose between a quote and the previous one (its attribution aside) longer than this means
# the narrative moved on and the quote is not a continuation.
CONTINUATION_GAP = 80


def _continued(doc: Doc, quote: Quote, previous: Attribution | None) -> Attribution | None:
    if previous is None:
        return None
    same = quote.para in (previous.quote.last_para, previous.para)
    whole = not doc.text[doc.paragraphs[quote.para].start : quote.outer_start].strip()
    if not (same or (whole and quote.para == previous.quote.last_para + 1)):
        return None
    lo, hi = previous.clause
    outside = [
        t for t in doc.tokens(previous.quote.outer_end, quote.outer_start) if not lo <= t.start < hi
    ]
    if sum(len(t.text) + 1 for t in outside) > CONTINUATION_GAP or any(
        t.lower in lexicon().speech_verbs for t in outside
    ):
        return None
    return Attribution(quote, previous.who, "continued", (quote.start, quote.start), quote.para)
