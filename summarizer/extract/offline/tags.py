"""Attribution tags that close a sentence or open the one after a quote: a speaker and a
speech verb followed by no clause of its own, only circumstances (`…, Gilbert said on
Tuesday.`, `“Who are they?” Lee said of the board in March, when …`).

`closing_tag` reads a paraphrase that carries quoted words and ends with its attribution
(`So are a “small handful” of sponsors, Gilbert said.`); `opens_with_tag` tells whether a
long sentence after a quote ending in `?` or `!` begins with that quote's tag. The closing
readings return the Source they read; the attribution stage resolves it.
"""

from __future__ import annotations

from summarizer.extract.offline import clause_subjects, clauses, colon, np, sources
from summarizer.extract.offline.attribution_readings import Cue, Source
from summarizer.extract.offline.document import Doc, Token
from summarizer.extract.offline.language import grammar, language
from summarizer.extract.offline.quotes import Quote

# Words between a speaker and its speech verb besides adverbs (`Comey has said`), and those that
# cannot open or sit in a tag's subject (`as he explained`): grammar.toml [tags].
# A sentence with one of these between the quote and the tag holds more than one clause
# (`…; Smith said`), and the tag need not cover the quote.
_BREAKS = frozenset([";", ":", "(", ")"])
# Sources a closing tag may name: an outlet (`, the Tribune reports.`) reports the words,
# it did not say them.
_SPEAKER_KINDS = frozenset(["person", "pronoun", "org", "unnamed", "descriptor"])


def _subject_end(tokens: list[Token], verb: int) -> int:
    """The index after the subject of the speech verb at tokens[verb]: adverbs and
    auxiliaries between them skipped."""
    k = verb
    auxiliaries = grammar().tags.auxiliaries
    while k > 0 and (sources.adverb(tokens[k - 1]) or tokens[k - 1].lower in auxiliaries):
        k -= 1
    # (`, Roe on Monday said`: a circumstance of time is no part of the subject)
    m = clause_subjects.before_circumstance(tokens, 0, k)
    return m if m > 0 else k


def _bare_after(doc: Doc, tokens: list[Token], verb: int, end: int) -> bool:
    """Are the words after the speech verb, up to a comma or `end`, no clause of its own and
    no quote (`said.`, `said on Tuesday`, `told Fox News in an interview`; not `said the bill
    failed`, `said he “…”`, `described by Lee`: a passive)?"""
    tail: list[Token] = []
    for token in tokens[verb + 1 :]:
        if token.text in (",", ".", "—", "–", "?", "!"):
            end = token.start
            break
        tail.append(token)
    if doc.quotes_from(tokens[verb].end, end) or (tail and tail[0].lower == "by"):
        return False
    return not tail or colon.bare_tail(tail)


def _speaker(words: list[Token], text: str) -> np.Ref | None:
    not_subject = grammar().tags.not_subject
    if any(not t.text[0].isalnum() or t.lower in not_subject for t in words):
        return None
    if not words or len(words) != len(np.np_right(words, 0)):
        ref = sources.read(words, text, outlets=False) if words else None
    else:
        ref = np.parse(words, text)
    if ref is None or ref.kind not in _SPEAKER_KINDS:
        return None
    if ref.kind == "org" and not (ref.affiliation or ref.country):
        return None
    return ref


def closing_tag(doc: Doc, quote: Quote) -> Source | None:
    """`So are a “small handful” of sponsors, Gilbert said.`: a sentence that carries the
    quote in a paraphrase and ends, after a comma, with a speaker and a speech verb that
    take no clause of their own. The first speech verb after the quote must be the tag's (no
    other report stands between), and no semicolon or colon splits the sentence."""
    sentence = doc.sentence_at(max(quote.outer_end - 1, 0))
    tokens = doc.tokens(quote.outer_end, sentence.end)
    verbs = language().speech.all_verbs
    # (`… “sobers up” and acknowledges the causes, he added`: a verb the quote's own clause
    # coordinates is part of what is reported, no other report standing between)
    coordinators = grammar().clauses.coordinators
    verb = next((k for k, t in enumerate(tokens) if t.lower in verbs
                 and not (k > 0 and tokens[k - 1].lower in coordinators)), None)
    if verb is None or not _BREAKS.isdisjoint([t.text for t in tokens[:verb]]):
        return None
    if clauses.passive(tokens, verb):
        return None  # (`“…” — is likely to be repeated`: no one said it there)
    end = _subject_end(tokens, verb)
    start = _subject_start(doc, quote, tokens, end)
    if not start or not _bare_after(doc, tokens, verb, sentence.end):
        return None
    ref = _speaker(tokens[start:end], doc.text)
    if ref is None:
        return None
    # (a pronoun is read from the sentence's start: names inside the paraphrase are whom it
    # is about, not who speaks)
    at = doc.sentence_at(quote.outer_start).start if ref.kind == "pronoun" else ref.start
    return Source(Cue("after", (tokens[start].start, tokens[verb].end), sentence.para), ref, at)


def _subject_start(doc: Doc, quote: Quote, tokens: list[Token], end: int) -> int | None:
    """Where the tag's subject begins: after the last comma or dash before it, or after a
    later quote that ends in a comma inside its marks (`… with “a firm deal,” Kovac said`).
    None when nothing sets it off, and 0 (no paraphrase between) when it follows the quote
    itself: that is an ordinary tag right after the quote."""
    for k in range(end - 1, -1, -1):
        if tokens[k].text in (",", "—", "–"):
            return k + 1
        before = tokens[k - 1].end if k > 0 else quote.outer_end
        between = doc.quotes_from(before, tokens[k].start)
        if between and doc.text[between[-1].start : between[-1].end].rstrip().endswith(","):
            return k
    return None


def opens_with_tag(doc: Doc, tokens: list[Token]) -> bool:
    """`Lee said of the board in March, when it balked at the plan.`: the sentence opens with
    a speaker and a speech verb that take no clause of their own."""
    verbs = language().speech.all_verbs
    verb = next((k for k, t in enumerate(tokens) if t.lower in verbs), None)
    if verb is None or verb == 0:
        return False
    end = _subject_end(tokens, verb)
    words = tokens[:end]
    comma = next((k for k, t in enumerate(words) if t.text == ","), None)
    if comma is not None:  # `Miller, a retired worker, said`: the name before the comma
        words = words[:comma]
    return (_speaker(words, doc.text) is not None
            and _bare_after(doc, tokens, verb, tokens[-1].end))


# Sources `according to` may close a sentence with: a document (`according to the poll`) is
# told apart from its author only by context, and is left out.
_ACCORDING_KINDS = frozenset(["person", "org", "unnamed", "descriptor"])


def closing_according(doc: Doc, quote: Quote) -> Source | None:
    """`The campaign is paying “dozens” of canvassers, according to Jeff Weaver, its
    manager.`: a sentence that carries the quote and ends, after a comma, with `according to`
    and a source followed by no more than circumstances (`in a court filing`). No speech verb
    and no semicolon or colon may stand between the quote and the cue."""
    sentence = doc.sentence_at(max(quote.outer_end - 1, 0))
    tokens = doc.tokens(quote.outer_end, sentence.end)
    verbs = language().speech.all_verbs
    at = next((k for k in range(1, len(tokens) - 2) if tokens[k].lower == "according"
               and tokens[k + 1].lower == "to" and tokens[k - 1].text == ","), None)
    if at is None or any(t.text in _BREAKS or t.lower in verbs for t in tokens[:at]):
        return None
    phrase = np.with_issuer(tokens, at + 2, doc.text)
    if phrase and np.is_possessive(phrase[-1].text):
        return None
    # (a description in general words, `campaign manager Jeff Weaver`, `her lawyers`, when
    # the name grammar reads none)
    ref = np.parse(phrase, doc.text) if phrase else None
    ref = ref if ref is not None else sources.after_verb(tokens, at + 2, doc.text)
    if ref is None or ref.kind not in _ACCORDING_KINDS or (
            ref.kind == "org" and not (ref.affiliation or ref.country)):
        return None
    rest: list[Token] = []
    for token in tokens[at + 2 :]:
        if token.start < ref.end:
            continue
        if token.text in (",", ".", "—", "–", "?", "!"):
            break
        rest.append(token)
    if rest and not colon.bare_tail(rest):
        return None
    return Source(Cue("after", (tokens[at].start, ref.end), sentence.para), ref, ref.start)
