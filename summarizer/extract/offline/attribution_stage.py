"""The attribution stage: who said each quote, read as quote → cue → source → speaker.

1. quote: the document's quotations, in text order (document.py, quotes.py);
2. cue: where an attribution of the quote is read (`Cue`): the words after the closing mark,
   the speech verbs before the opening mark (or a subject far from its verb), a colon's
   lead-in or a name right before it, a closing tag, the next
   paragraph, a credit line, the quote before (continuation), a report just before, last a
   group or thing as a speech verb's subject (`many commentators called it “…”`);
3. source: the phrase the cue names as the speaker (`Source`, attribution_readings.py: an
   np.Ref and where to resolve it), or a speaker already known (the previous quote's for a
   continuation; a plain description, plain_subjects.py);
4. speaker: the first source, in the order of the readings, that resolves to someone among the
   article's mentions (speakers.Resolver) makes the `Attribution`. Resolving happens here
   only: the rule modules read phrases and never resolve one (attribution.py asks the
   article's registry only whether a name was mentioned before the quote).

The readings are lazy: a later one is only read when every source before it failed to resolve.
Their rules live in attribution.py (after, before, next paragraph, continuation), colon.py,
colon_forms.py, distant_subjects.py, inverted_tags.py, put_it.py, tags.py, credit_lines.py,
report_continuation.py and plain_subjects.py.
"""

from __future__ import annotations

from collections.abc import Iterator

from summarizer.extract.offline import (
    colon,
    colon_forms,
    credit_lines,
    plain_subjects,
    put_it,
    report_continuation,
    tags,
)
from summarizer.extract.offline import sources as src
from summarizer.extract.offline.attribution import (
    Attribution,
    after_quote,
    before_quote,
    continued,
    next_paragraph,
    own_report_after,
)
from summarizer.extract.offline.attribution_readings import Cue, Source
from summarizer.extract.offline.document import Doc
from summarizer.extract.offline.language import language
from summarizer.extract.offline.quotes import Quote
from summarizer.extract.offline.speakers import Resolver


def attribute(doc: Doc, resolver: Resolver) -> list[Attribution]:
    out: list[Attribution] = []
    previous: Attribution | None = None
    for quote in doc.quotes:
        found = speaker(resolver, quote, sources(doc, resolver, quote, previous))
        if found is not None:
            out.append(found)
            previous = found
    return out


def sources(doc: Doc, resolver: Resolver, quote: Quote,
            previous: Attribution | None) -> Iterator[Source]:
    """The quote's possible sources, most to least specific (see attribution.py)."""
    after = after_quote(doc, resolver, quote)
    first = next(after, None)
    if first is not None and first.known is None and src.outlet(first.ref):
        # (`An aide called it a “…,” the paper said`: the outlet in the tag only carries the
        # words; a speaker named before the quote in its sentence said them, and `UNN reports`
        # is never one)
        inner = False
        for found in before_quote(doc, quote):
            if not src.outlet(found.ref):
                inner = True
                yield found
        k = doc.quote_index(quote)
        if not inner and previous is not None and previous.how == "before" and k > 0 and (
                doc.quotes[k - 1] is previous.quote) and (
                doc.sentence_at(previous.quote.outer_start) is doc.sentence_at(quote.start)):
            # (`Roe said it had “…” and was not a “…,” the paper wrote`: both are Roe's; not
            # when a quote between found no speaker)
            cue = Cue("continued", (quote.start, quote.start), quote.para)
            yield Source(cue, None, quote.start, known=previous.who)
        if first.ref is not None and not src.reports(first.ref) and not _speech_before(
                doc, quote):
            yield first
    elif first is not None and own_report_after(doc, quote):
        # (`even as Roe claimed that “…,” a lawyer for Lee said the cases differed`: the
        # verb before the quote is its tag; the clause after reports words of its own)
        yield from before_quote(doc, quote)
        yield first
    elif first is not None:
        yield first
    yield from after
    yield from before_quote(doc, quote)
    # (a name right before the colon first: `HEADING IN CAPITALS - Ann Roe: “…”` has no
    # subject opening the clause, whatever the capitals read as)
    yield from _one(colon_forms.label(doc, quote))
    yield from _one(colon_forms.name_before_colon(doc, quote))
    yield from _one(colon.colon(doc, quote))
    yield from _one(colon.lead_in(doc, quote))
    yield from _one(colon_forms.cataphoric(doc, quote))
    yield from _one(put_it.put_it(doc, quote))
    yield from _one(tags.closing_tag(doc, quote))
    yield from _one(tags.closing_according(doc, quote))
    yield from next_paragraph(doc, resolver, quote, previous)
    yield from _one(credit_lines.credit_line(doc, quote))
    yield from continued(doc, quote, previous)
    yield from _one(report_continuation.after_report(doc, quote))
    # (last: a group or thing as the speech verb's subject, when no reading named anyone)
    yield from _one(plain_subjects.before(doc, quote))
    yield from _one(plain_subjects.after(doc, quote))
    yield from _one(plain_subjects.according(doc, quote))


def _speech_before(doc: Doc, quote: Quote) -> bool:
    """Is there a speech verb before the quote in its sentence (whose subject, even unread,
    is the one who said the words an outlet's tag carries)?"""
    verbs = language().speech.all_verbs
    start = doc.sentence_at(quote.outer_start).start
    return any(t.lower in verbs for t in doc.iter_tokens(start, quote.outer_start))


def _one(source: Source | None) -> Iterator[Source]:
    """The source a rule module read, if any."""
    if source is not None:
        yield source


def speaker(resolver: Resolver, quote: Quote, found: Iterator[Source]) -> Attribution | None:
    """The attribution of the first source that resolves to someone."""
    for source in found:
        who = source.known
        if who is None and source.ref is not None:
            who = resolver.resolve(source.ref, source.at)
            if who is not None and any(resolver.resolve(rival, rival.start) != who
                                       for rival in source.rivals):
                who = None  # (another phrase of the cue's words names someone else)
        if who is not None:
            cue = source.cue
            return Attribution(quote, who, cue.how, cue.clause, cue.para)
    return None
