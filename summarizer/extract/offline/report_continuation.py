"""A quote standing alone after a report of its speaker's words (attribution step 5):
`Greene added that the Fed wants out before the election. “They don't like to talk about it.”`,
or a paragraph that is only a quote after a paragraph ending with such a report. News writing
paraphrases a speaker, then quotes them with no tag of their own: the quote is the words of
the subject of the report right before it.

Only a quote that is a whole sentence (nothing but punctuation around its marks), only the
sentence right before it (in its paragraph, or ending the paragraph before), and only when
that sentence holds no quote of its own (a quote there is continued by attribution.py's step 4
instead), does not end in a colon (a lead-in, colon.py's, unless it has no speech verb and
carries on a report right before it: _carried_on), and reports one speaker's words: its first
speech verb with a readable subject, or a sentence that is only a speaker and a verb of
response (`Roe agreed.`). Returns the Source it reads (that subject); the attribution stage
resolves it.
"""

from __future__ import annotations

from summarizer.extract.offline import clauses, np, sources
from summarizer.extract.offline.attribution_pack import attribution_pack
from summarizer.extract.offline.attribution_readings import Cue, Source
from summarizer.extract.offline.document import Doc, Token, blank
from summarizer.extract.offline.quotes import Quote

# What may stand between a stand-alone quote's closing mark and its sentence's end.
_TRAILING = " \t\n\r\f\v.,;:!?"
# Kinds of subject a report may have for its speaker to carry on into the next quote.
SPEAKERS = frozenset(["person", "pronoun", "descriptor", "unnamed", "org"])


def after_report(doc: Doc, quote: Quote) -> Source | None:
    if quote.open_at is None or quote.close_at is None:
        return None
    index = doc.sentence_index(quote.outer_start)
    sentence = doc.sentences[index]
    if not (blank(doc.text, sentence.start, quote.outer_start)
            and blank(doc.text, quote.outer_end, sentence.end, _TRAILING)):
        return None
    if index == 0:
        return None
    report = doc.sentences[index - 1]
    if report.para != sentence.para and (
            report.para != sentence.para - 1 or doc.sentence_at(doc.paragraphs[
                sentence.para].start) is not sentence):
        return None
    if doc.quotes_from(report.start, report.end):
        return None
    tokens = doc.tokens(report.start, report.end)
    if doc.text[report.start : report.end].rstrip().endswith(":"):
        # a lead-in (`said the plan had five points:`): colon.py decides, unless it reports no
        # words of its own and carries on the report before it in its paragraph
        return _carried_on(doc, index - 1, tokens)
    reports, source = report_source(doc, tokens, report.end, report.para)
    return source if reports else _response(doc, tokens, report.para)


def _carried_on(doc: Doc, index: int, tokens: list[Token]) -> Source | None:
    """`Roe noted that the talks go on. Still, there is no deal yet:` then a quote in a
    paragraph of its own: a lead-in with no speech verb of its own (tokens, sentence `index`)
    carries on the report right before it in its paragraph, whose speaker says the quote."""
    lead = doc.sentences[index]
    if index == 0 or report_source(doc, tokens, lead.end, lead.para)[0]:
        return None
    report = doc.sentences[index - 1]
    if report.para != lead.para or doc.quotes_from(report.start, report.end):
        return None
    reports, source = report_source(doc, doc.tokens(report.start, report.end), lead.end,
                                    report.para)
    return source if reports else None


def report_source(doc: Doc, tokens: list[Token], end: int,
                  para: int) -> tuple[bool, Source | None]:
    """The source of a sentence reporting someone's words (its tokens, its end and paragraph):
    whether it has a speech event, and the subject of its first one, with a `report` cue over
    the sentence; None when that subject is no speaker or belongs to another clause."""
    for k, token in enumerate(tokens):
        found = clauses.event_at(tokens, k, doc.text)
        if found is None:
            continue
        ref = found[1]
        if ref.kind not in SPEAKERS or clauses.linked(tokens, k):
            return True, None
        return True, Source(Cue("report", (min(ref.start, token.start), end), para), ref,
                            token.start)
    return False, None


# Marks that may close a response sentence (`Roe agreed.`).
_RESPONSE_ENDS = frozenset([".", "!"])


def _response(doc: Doc, tokens: list[Token], para: int) -> Source | None:
    """`Roe agreed.` / `The senator also disagreed.`: a sentence that is nothing but a named
    person (or he, she) and a verb of response answers the words before it; the quote standing
    alone after it is theirs."""
    end = len(tokens)
    while end and tokens[end - 1].text in _RESPONSE_ENDS:
        end -= 1
    if end < 2 or tokens[end - 1].lower not in attribution_pack().responses.verbs:
        return None
    verb = end - 1
    k = verb
    while k > 0 and sources.adverb(tokens[k - 1]):
        k -= 1
    phrase = tokens[:k]
    ref = np.parse(phrase, doc.text) if phrase else None
    if ref is None or ref.start != phrase[0].start or ref.end != phrase[-1].end or not (
            ref.kind == "person" or ref.pronoun in ("m", "f")):
        return None
    cue = Cue("report", (ref.start, tokens[verb].end), para)
    return Source(cue, ref, tokens[verb].start)
