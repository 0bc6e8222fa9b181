"""Quotes after a colon that no speech verb introduces (attribution step 2b, after colon.py):

- a lead-in announcing the words that follow (`Gov. Ann Roe issued the following statement:`,
  `Roe had this to say about it:`), the quote in the same sentence or opening the next
  paragraph: the lead-in's subject is the speaker;
- a name right before the colon (`IOWA POLLS WERE EARLY - Ann Roe: “…”`, `The surge does not
  surprise pollster Dan Lee: “…”`): the named person is the speaker, unless a preposition
  governs the name (`a letter to Ann Roe:`);
- an outlet's label (`Quote: “…”`, `Quote from Ann Roe: “…”`): the one the label names, else
  the subject of the nearest report of someone's words before it; the label word is no name.

Each returns the Source it reads (the phrase and the colon's clause); the attribution stage
resolves it. Words: attribution.toml [colon_forms].
"""

from __future__ import annotations

from summarizer.extract.offline import clauses, colon, np
from summarizer.extract.offline.attribution_pack import attribution_pack
from summarizer.extract.offline.attribution_readings import Cue, Source
from summarizer.extract.offline.document import Doc, Token
from summarizer.extract.offline.quotes import Quote
from summarizer.extract.offline.report_continuation import SPEAKERS, report_source


def _lead_in(doc: Doc, quote: Quote) -> tuple[list[Token], int, int] | None:
    """The words of the sentence a colon ends right before the quote (in its sentence, or
    ending the paragraph before a quote that opens its own), with the colon's offset and the
    sentence's paragraph."""
    text = doc.text
    sentence = doc.sentence_at(quote.outer_start)
    if text[sentence.start : quote.outer_start].rstrip().endswith(":"):
        colon_at = text.rindex(":", sentence.start, quote.outer_start)
        start = sentence.start
        # (the quote's own sentence may begin before the colon's: `… Hudson: “…”`)
        tokens = doc.tokens(start, colon_at)
        return (tokens, colon_at, sentence.para) if tokens else None
    found = colon.paragraph_lead(doc, quote)
    if found is None:
        return None
    lead, colon_at = found
    tokens = doc.tokens(lead.start, colon_at)
    return (tokens, colon_at, lead.para) if tokens else None


def cataphoric(doc: Doc, quote: Quote) -> Source | None:
    """`Roe issued the following statement: “…”`: a lead-in whose last words announce what
    follows; its subject, a speaker opening the clause, said the quote."""
    found = _lead_in(doc, quote)
    if found is None:
        return None
    tokens, colon_at, para = found
    rules = attribution_pack().colon_forms
    if not any(t.lower in rules.cataphors for t in tokens[-rules.cataphor_reach :]):
        return None
    tokens = tokens[colon.opener(tokens) :]
    words = [t for t in tokens if t.text[0].isalnum()]
    refs = clauses.speaker_chunks(tokens, len(tokens), doc.text)
    if (not words or len(words) > colon.COLON_LONG_REACH or not refs
            or refs[0].start != tokens[0].start or refs[0].kind not in ("person", "pronoun",
                                                                         "descriptor", "unnamed")):
        return None
    return Source(Cue("before", (tokens[0].start, colon_at), para), refs[0], refs[0].start)


def name_before_colon(doc: Doc, quote: Quote) -> Source | None:
    """`- Ann Roe: “…”` / `does not surprise pollster Dan Lee: “…”`: a person named right
    before the colon, with no preposition governing the name."""
    found = _lead_in(doc, quote)
    if found is None:
        return None
    tokens, colon_at, para = found
    if doc.sentence_at(colon_at) != doc.sentence_at(quote.outer_start):
        return None  # (a paragraph ending in a name and a colon is a heading, not a tag)
    phrase = np.np_left(tokens, len(tokens))
    if not phrase or phrase[-1].end != tokens[-1].end or _labelled(tokens):
        return None
    ref = np.parse(phrase, doc.text)
    if ref is None or ref.kind != "person" or not ref.name:
        return None
    # (the phrase may run over a preposition: `a letter to Ann Roe`)
    k = len(tokens) - len(phrase)
    governing = tokens[max(k - 1, 0) :]
    if any(t.lower in attribution_pack().colon_forms.object_prepositions for t in governing):
        return None
    if _someone_before(tokens[:k], doc.text):
        return None
    return Source(Cue("before", (ref.start, colon_at), para), ref, ref.start)


def _labelled(tokens: list[Token]) -> bool:
    """Does the lead-in open with an outlet's label word (`Quote`, `Quote from …`)?"""
    return tokens[0].lower in attribution_pack().colon_forms.labels


def label(doc: Doc, quote: Quote) -> Source | None:
    """`Quote: “…”` / `Quote from Ann Roe: “…”`: a label opening the lead-in, as some outlets
    print it, names no speaker. The speaker is the person the label names after its link word
    (`from`), else the subject of the nearest report of someone's words (a speech verb with a
    readable subject) in the few sentences before the label; else the label reads nothing."""
    found = _lead_in(doc, quote)
    if found is None or not _labelled(found[0]):
        return None
    tokens, colon_at, para = found
    rules = attribution_pack().colon_forms
    rest = tokens[1:]
    if rest:
        if rest[0].lower not in rules.label_links:
            return None
        ref = np.parse(rest[1:], doc.text)
        if ref is None or ref.kind not in SPEAKERS:
            return None
        return Source(Cue("before", (tokens[0].start, colon_at), para), ref, ref.start)
    here = doc.sentence_index(tokens[0].start)
    for index in range(here - 1, max(here - 1 - rules.label_reach, -1), -1):
        sentence = doc.sentences[index]
        if doc.quotes_from(sentence.start, sentence.end):
            return None  # (a quote between: its speaker's words may go on; continuation's)
        reports, source = report_source(doc, doc.tokens(sentence.start, sentence.end),
                                        sentence.end, sentence.para)
        if reports:
            return source
    return None


_DASHES = frozenset(["-", "—", "–"])


def _someone_before(tokens: list[Token], text: str) -> bool:
    """Does the lead-in name a person before the name (after any dash that ends a heading):
    `Jeb Bush told the newspaper NRC Handelsblad:` is Bush's lead-in, not the paper's?"""
    dash = max((i for i, t in enumerate(tokens) if t.text in _DASHES), default=-1)
    rest = tokens[dash + 1 :]
    return any(ref.kind in ("person", "pronoun")
               for ref in clauses.speaker_chunks(rest, len(rest), text))
