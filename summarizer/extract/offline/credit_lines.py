"""A quote credited on the line after it (attribution step 3b): a paragraph that is only a
quote, then a paragraph that opens with a dash and the speaker's name (`- Bernie Sanders.`,
`—Ann Roe, Philadelphia.`), as fact checks, notebooks and quote boxes print them. Returns the
Source it reads; the attribution stage resolves it.
"""

from __future__ import annotations

from summarizer.extract.offline import np
from summarizer.extract.offline.attribution_readings import Cue, Source
from summarizer.extract.offline.document import Doc, blank
from summarizer.extract.offline.quotes import Quote

_DASHES = frozenset(["-", "—", "–"])
# What may follow a quote that ends its paragraph (`“…”.`).
_TRAILING = " \t\n\r\f\v,.;"
_SPEAKERS = frozenset(["person", "descriptor", "unnamed"])


def credit_line(doc: Doc, quote: Quote) -> Source | None:
    para = quote.last_para
    if quote.close_at is None or para + 1 >= len(doc.paragraphs):
        return None
    if not (blank(doc.text, doc.paragraphs[quote.para].start, quote.outer_start)
            and blank(doc.text, quote.outer_end, doc.paragraphs[para].end, _TRAILING)):
        return None
    nxt = doc.paragraphs[para + 1]
    tokens = doc.tokens(nxt.start, nxt.end)
    while len(tokens) > 1 and tokens[0].text in _DASHES:
        tokens = tokens[1:]
    if len(tokens) == len(doc.tokens(nxt.start, nxt.end)) or doc.quotes_from(nxt.start, nxt.end):
        return None  # no dash opens the line, or it quotes words of its own
    phrase = np.np_right(tokens, 0)
    rest = tokens[len(phrase) :]
    if not phrase or (rest and rest[0].text not in (",", ".")):
        return None  # `- Sanders.`, `-Ann Roe, Philadelphia.`; not a sentence of its own
    ref = np.parse(phrase, doc.text)
    if ref is None or ref.kind not in _SPEAKERS:
        return None
    return Source(Cue("next", (nxt.start, phrase[-1].end), para + 1), ref, nxt.start)
