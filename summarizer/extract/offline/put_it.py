"""`As Ann Roe put it, “…”` / `Roe puts it this way: “…”`: the idiom `put it` right before a
quote (a comma or a colon between) reports the quoted words of its subject. `put` alone has
too many other senses to be a speech verb (`put pressure on`); with `it` and the quote right
after, it has one. Returns the Source it reads (the idiom's subject); the attribution stage resolves
it.

Words: attribution.toml [put_it].
"""

from __future__ import annotations

from summarizer.extract.offline import clauses
from summarizer.extract.offline.attribution_pack import attribution_pack
from summarizer.extract.offline.attribution_readings import Cue, Source
from summarizer.extract.offline.document import Doc
from summarizer.extract.offline.quotes import Quote

_SPEAKERS = frozenset(["person", "pronoun", "descriptor", "unnamed"])


def put_it(doc: Doc, quote: Quote) -> Source | None:
    sentence = doc.sentence_at(quote.outer_start)
    tokens = doc.tokens(sentence.start, quote.outer_start)
    rules = attribution_pack().put_it
    # `put it,` / `puts it:` / `put it this way:` (at most a few words after `it`)
    for k in range(len(tokens) - 2, max(len(tokens) - 2 - rules.tail_words, 0) - 1, -1):
        if tokens[k].lower in rules.verbs and tokens[k + 1].lower == "it":
            break
    else:
        return None
    if tokens[-1].text not in (",", ":") or doc.quotes_from(tokens[k].end, quote.outer_start):
        return None
    ref = clauses.subject(tokens, k, doc.text)
    if ref is None or ref.kind not in _SPEAKERS:
        return None
    cue = Cue("before", (min(ref.start, tokens[k].start), quote.outer_start), sentence.para)
    return Source(cue, ref, tokens[k].start)
