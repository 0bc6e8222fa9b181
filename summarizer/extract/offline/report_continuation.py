"""A quote standing alone after a report of its speaker's words (attribution step 5):
`Greene added that the Fed wants out before the election. “They don't like to talk about it.”`,
or a paragraph that is only a quote after a paragraph ending with such a report. News writing
paraphrases a speaker, then quotes them with no tag of their own: the quote is the words of
the subject of the report right before it.

Only a quote that is a whole sentence (nothing but punctuation around its marks), only the
sentence right before it (in its paragraph, or ending the paragraph before), and only when
that sentence holds no quote of its own (a quote there is continued by attribution.py's step 4
instead), does not end in a colon (a lead-in, colon.py's), and reports one speaker's words:
its first speech verb with a readable subject. Returns the Source it reads (that subject); the
attribution stage resolves it.
"""

from __future__ import annotations

from summarizer.extract.offline import clauses
from summarizer.extract.offline.attribution_readings import Cue, Source
from summarizer.extract.offline.document import Doc, blank
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
    if doc.text[report.start : report.end].rstrip().endswith(":"):
        return None  # a lead-in (`said the plan had five points:`): colon.py decides
    tokens = doc.tokens(report.start, report.end)
    for k, token in enumerate(tokens):
        found = clauses.event_at(tokens, k, doc.text)
        if found is None:
            continue
        ref = found[1]
        if ref.kind not in SPEAKERS or clauses.linked(tokens, k):
            return None
        cue = Cue("report", (min(ref.start, token.start), report.end), report.para)
        return Source(cue, ref, token.start)
    return None
