"""Reported speech without quotation marks: `Smith said NATO partners are expected to…`,
`…, four officials told Politico anonymously.`, `According to Zelensky, …`.

A speech event is a paraphrase when its verb takes a content clause (`that …`, or a clause with
a finite verb after `said`/`told`), not a plain object (`reported no change`, `emphasized
NATO's commitment`), and when it governs no quoted words (those make it a direct quote). When a
sentence holds several speech units, each paraphrase is its own clause.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import compress, islice
from operator import attrgetter, itemgetter

from summarizer.extract.offline.clauses import Event
from summarizer.extract.offline.document import Doc, Token, blank
from summarizer.extract.offline.language import grammar, language
from summarizer.extract.offline.lexicon import is_name

# Verbs whose object is nearly always reported speech, so a clause need not be proven, and
# the finite verbs a content clause shows: grammar.toml [paraphrase].
# A content clause must show a finite verb within this many words of its speech verb.
CLAUSE_REACH = 10
# ... and the words it reads after the verb lie within this many characters of it.
CLAUSE_CHARS = 300
# A sentence with more speech units than this is a list or a run-on, not reported speech to
# cut into clauses: no paraphrase is read from it (each unit's clause could run to its end).
MAX_UNITS = 8
# At most this many words after a sentence-final attribution (`said on Oct. 16`).
END_ATTRIBUTION_WORDS = 4


@dataclass(frozen=True)
class Paraphrase:
    event: Event
    start: int
    end: int


def find_paraphrases(doc: Doc, events: list[Event]) -> list[Paraphrase]:
    by_sentence: dict[int, list[Event]] = {}
    for event in events:
        by_sentence.setdefault(event.sentence, []).append(event)
    out: list[Paraphrase] = []
    for index, group in by_sentence.items():
        out.extend(_in_sentence(doc, index, group))
    return out


def _in_sentence(doc: Doc, index: int, group: list[Event]) -> list[Paraphrase]:
    if len(group) > MAX_UNITS:
        return []
    speech = language().speech
    sentence = doc.sentences[index]
    tokens = doc.tokens(sentence.start, sentence.end, skip_quotes=False)
    quoting: list[Event] = []
    reporting: list[Event] = []
    for n, event in enumerate(group):
        nxt = group[n + 1].at if n + 1 < len(group) else sentence.end
        if _governs_quote(doc, event, nxt, sentence.end):
            quoting.append(event)
        elif (event.word not in speech.quote_only.verbs
              and event.word not in speech.nouns.words) and (
            _takes_clause(doc, tokens, event, sentence.start)
        ):
            reporting.append(event)
    according = [e for e in reporting if e.word == "according to"]
    if according:
        # `…, according to X.` attributes the whole sentence; verbs inside are its content.
        return [Paraphrase(according[0], sentence.start, sentence.end)]
    units = sorted(quoting + reporting, key=_AT)
    # The first linked unit after each unit (one pass from the end, not a scan per unit).
    next_linked: list[Event | None] = [None] * len(units)
    following: Event | None = None
    for n in range(len(units) - 1, -1, -1):
        next_linked[n] = following
        if units[n].linked:
            following = units[n]
    position = {id(u): n for n, u in enumerate(units)}
    out: list[Paraphrase] = []
    for event in reporting:
        if len(units) == 1:
            out.append(Paraphrase(event, sentence.start, sentence.end))
            continue
        start = event.at if event.linked else min(event.ref.start, event.at)
        later = next_linked[position[id(event)]]
        end = _clause_end(doc, event, later) if later else sentence.end
        if not later and not event.linked and event is units[0]:
            start = sentence.start
        out.append(Paraphrase(event, start, end))
    return out


def _governs_quote(doc: Doc, event: Event, nxt: int, end: int) -> bool:
    """Quoted words between this verb and the next speech verb (or the sentence end), or a
    quote that this verb attributes from right after it (`“…,” Smith said`)."""
    reported_as = event.linked and _reported_as(doc, event)
    head = event.at if event.linked and not reported_as else min(event.ref.start, event.at)
    sentence = doc.sentence_at(event.at)
    text = doc.text
    # (a quoted title, "victory plan", is not quoted speech)
    inside = doc.quotes_from(event.at + 1, min(nxt, end))
    for inner in inside:
        if not is_name(text[inner.start : inner.end]):
            return True
    # (`“…,” Smith said`; not a participle or coordinated verb: in `… was ‘firm’, adding
    # that …` the quote is the first verb's and `adding` brings its own clause). Quotes are in
    # text order and do not overlap: only the last one opening before the verb can end there.
    if event.linked and event.word != "according to" and not reported_as:
        return False
    quote = doc.quote_before(head)
    return (quote is not None and sentence.start <= quote.outer_end <= head
            and blank(text, quote.outer_end, head, " \t\n\r\f\v,.;—–-")
            and not is_name(text[quote.start : quote.end]))


_AT = attrgetter("at")
_LOWER = attrgetter("lower")
_TEXT = attrgetter("text")
_FIRST = itemgetter(0)


def _words(tokens: list[Token], count: int) -> list[Token]:
    """The first `count` tokens that open with a letter or digit. (Read by C-level maps,
    lazily, with no Python call per token: a generator left unfinished is closed by raising
    GeneratorExit in it, a costly step, and filter() with a function calls it per token.)"""
    opens_word = map(str.isalnum, map(_FIRST, map(_TEXT, tokens)))
    return list(islice(compress(tokens, opens_word), count))


def _reported_as(doc: Doc, event: Event) -> bool:
    """`… Roe was quoted as saying`: a participle after `as` reports its subject's words (so
    the quote before it is theirs), it is no verb coordinated after another."""
    sentence = doc.sentence_at(event.at)
    before = doc.tokens(max(sentence.start, event.at - 8), event.at)
    return bool(before) and before[-1].lower in grammar().paraphrase.reported_as


def _takes_clause(doc: Doc, tokens: list[Token], event: Event, sentence_start: int) -> bool:
    if event.word == "according to":
        return True
    after = doc.tokens(event.at + 1, min(tokens[-1].end, event.at + CLAUSE_CHARS),
                       skip_quotes=False)
    if after and after[0].text == ":":
        return False  # (`… cited its source as saying:`: a lead-in to quoted words)
    words = _words(after, END_ATTRIBUTION_WORDS + 1)
    if len(words) <= END_ATTRIBUTION_WORDS and "that" not in [t.lower for t in words]:
        # `…, Smith said on Oct. 16.` / `…, officials told Politico anonymously.`: the content
        # came before the attribution, if there is any.
        return not blank(doc.text, sentence_start, min(event.ref.start, event.at), " ,")
    first = after[0].lower
    if first == "that":
        return True
    if first in grammar().paraphrase.back_references and _refers_back(after):
        return False  # (`Roe said this during a visit`: its content was told before)
    if first == "to":
        return False
    if event.word in grammar().paraphrase.say:
        return True
    # (a set method in C: no generator step per word)
    return not grammar().paraphrase.finite.isdisjoint(map(_LOWER, after[:CLAUSE_REACH]))


def _refers_back(after: list[Token]) -> bool:
    """The word after a speech verb (`this`, `so`) stands for words told before: no clause
    goes on from it (`said this during a visit`, `said so.`; not `said this is the start`)."""
    if len(after) < 2 or not after[1].text[0].isalnum():
        return True
    second = after[1].lower
    return second in grammar().clauses.prepositions or second in grammar().paraphrase.after_back


def _clause_end(doc: Doc, event: Event, nxt: Event) -> int:
    """Where this unit's clause stops: before the next linked unit (`, adding`, `and argued`)."""
    cut = nxt.at
    text = doc.text
    while cut > event.at and text[cut - 1] in " ,;":
        cut -= 1
    for joiner in (" and", " but"):
        if text.endswith(joiner, 0, cut):
            cut -= len(joiner)
    return cut
