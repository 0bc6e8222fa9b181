"""Direct quotes and paraphrases as schema Statements, grounded, dated and in text order.

Conventions (evals/README.md): one statement per pair of quotation marks, except an utterance
interrupted only by its own attribution (`“A,” she said. “B”`), which is one statement `A … B`;
quoted names (`“victory plan”`, `“whole victory plan”`) are titles, not quotations; a quote
nobody is said to have said is not a statement.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from summarizer.extract.offline.attribution import Attribution, object_of_preposition
from summarizer.extract.offline.boilerplate import headline_case
from summarizer.extract.offline.dates import find_date
from summarizer.extract.offline.document import Doc
from summarizer.extract.offline.grounding import locate
from summarizer.extract.offline.language import language
from summarizer.extract.offline.lexicon import is_name
from summarizer.extract.offline.paraphrase import Paraphrase
from summarizer.extract.offline.quoted_titles import markup_value, no_words, quoted_title
from summarizer.extract.offline.quotes import DOUBLE, SINGLE, Quote
from summarizer.extract.offline.source_pack import pack
from summarizer.extract.offline.speakers import Resolver, Who
from summarizer.extract.offline.topics import topic_of
from summarizer.schemas import Speaker, Statement

# Only the attribution's own words date a paraphrase (`said on Oct. 16`), not its content's
# dates: look this many characters past the speech verb.
DATE_REACH = 25


@dataclass
class Draft:
    who: Who
    kind: str
    pieces: list[tuple[int, int]]
    clause: tuple[int, int]  # where to look for the date it was said


@dataclass(frozen=True)
class DateContext:
    published: dt.date | None
    year: int | None


def direct_drafts(doc: Doc, attributions: list[Attribution]) -> list[Draft]:
    drafts: list[Draft] = []
    previous: Attribution | None = None
    for item in attributions:
        quote = item.quote
        pieces = [p for p in quote.pieces if p[1] > p[0]]
        words = " ".join(doc.text[a:b] for a, b in pieces)
        if (not pieces or is_name(words) or _title(words) or quoted_title(doc, quote)
                or markup_value(doc, quote) or no_words(doc, quote)
                or _between_closing_marks(doc, quote) or _in_headline(doc, quote)
                or (_single_in_double_style(doc, quote) and not _tagged_sentence(doc, item))):
            continue
        if drafts and previous is not None and _interrupted_only(doc, previous, item):
            drafts[-1].pieces.extend(pieces)
        else:
            drafts.append(Draft(item.who, "direct", pieces, item.clause))
        previous = item
    return drafts


def _between_closing_marks(doc: Doc, quote: Quote) -> bool:
    """Words that end at a closing mark nothing opened, after another mark of the same
    paragraph: `“… its “cell phone only” users are gone,” he wrote.` cuts the outer quote at the
    inner opening mark and leaves ` users are gone,` between two closing marks; so does a
    stray mark after a tag (`“…,” he said.”`). Unlike a stray mark closing a paragraph's
    opening words (a lost opening mark, `We will stay,” the ministry said.`), nobody's quoted
    words start where these do."""
    return quote.open_at is None and quote.start > doc.paragraphs[quote.para].start


def _in_headline(doc: Doc, quote: Quote) -> bool:
    """A quote in the headline opening the article, in headline case (`Lee: ‘We Will Not
    Sign This Deal.’`), when no header or manifest gave the title: a headline echoes the words
    the body quotes, recased and cut. The line stays content (its names and its `Lee:` still
    tell who speaks below it)."""
    if quote.para != 0 or doc.article.meta.title:
        return False
    first = doc.paragraphs[0]
    return (not doc.text[doc.article.body_start : first.start].strip()
            and headline_case(doc.text[first.start : first.end]))


def _single_in_double_style(doc: Doc, quote: Quote) -> bool:
    """Single marks in a text that quotes in double ones: American style prints single marks
    only inside double ones and in headlines, decks and subheads (`Lee says deal is ‘a
    disgrace.’`, `'There's so much anger.'`), which echo the body's quotes; a text quoting in
    single marks (British style, double ones only nested) keeps them. Not a mark right after a
    double one (`“‘Crooked Hillary’ …`: the quote inside a quote the double mark opens)."""
    at = quote.open_at
    if at is None or doc.text[at] not in SINGLE or doc.text[at - 1 : at] in DOUBLE:
        return False
    return doc.once("double_style", lambda: _double_style(doc))


# A quotation in single marks that reads as a whole sentence of someone's words holds at least
# this many words.
TAGGED_SINGLE_WORDS = 4


def _tagged_sentence(doc: Doc, item: Attribution) -> bool:
    """`‘We will keep helping,’ Roe said.` in a text that quotes in double marks: a clause in
    single marks, its own punctuation inside the closing mark (never a word's apostrophe: `the
    ‘plan’s’ aims`), with a speech tag in its sentence, in the body (not the headline's line),
    is the speaker's words as double marks would be."""
    quote = item.quote
    if item.how not in ("after", "before") or quote.para == 0 or quote.close_at is None:
        return False
    words = doc.text[quote.start : quote.end]
    return (words.rstrip()[-1:] in ",.?!" and len(words.split()) >= TAGGED_SINGLE_WORDS
            and doc.text[quote.close_at : quote.close_at + 1] in SINGLE)


def _double_style(doc: Doc) -> bool:
    """Does the text quote in double marks: at least DOUBLE_STYLE_RATIO times as many double
    marks (or doubled single ones, `''`) as single-quoted spans, a pair of double marks for
    every span in single ones?"""
    doubles = len(_DOUBLE_MARK.findall(doc.text, doc.article.body_start))
    singles = sum(1 for q in doc.quotes if q.open_at is not None and doc.text[q.open_at] in SINGLE)
    return doubles >= DOUBLE_STYLE_RATIO * max(singles, 1)


# Double marks per single-quoted span in a text that quotes in double marks (two marks a pair).
DOUBLE_STYLE_RATIO = 2
# A double quotation mark, or two single ones printed for it (`''`).
_DOUBLE_MARK = re.compile(f"[{re.escape(DOUBLE)}]|''")


# A quoted title (`“Good Morning America”`, `“Going Viral”`) holds at most this many words.
TITLE_MAX_WORDS = 6


def _title(words: str) -> bool:
    """Is the quoted phrase a title, not someone's words: two to TITLE_MAX_WORDS words, every
    one capitalised but the small ones (sources.toml), and no closing punctuation?"""
    parts = words.split()
    if not 2 <= len(parts) <= TITLE_MAX_WORDS or words.rstrip()[-1:] in ".,;:!?":
        return False
    small = pack().titles.small_words
    return all(p[:1].isupper() or p in small for p in parts) and parts[0][:1].isupper()


def _interrupted_only(doc: Doc, previous: Attribution, item: Attribution) -> bool:
    """`“A,” she said. “B”` / `“A,” she said, “B”`: nothing but the attribution of A stands
    between A and B."""
    if previous.how not in ("after", "next"):
        return False
    if item.how == "before":
        return item.who == previous.who and _bare_attribution(doc, previous, item)
    if item.how != "continued":
        return False
    gap_start = max(previous.quote.outer_end, previous.clause[1])
    return not doc.text[gap_start : item.quote.outer_start].strip(" \n,.;")


# `“A,” Smith said on Tuesday, “B”`: at most this many words between the two halves.
SPLIT_GAP_WORDS = 8


def _bare_attribution(doc: Doc, previous: Attribution, item: Attribution) -> bool:
    """The words between two quotes are one speech verb with its speaker, and the second
    quote carries on the same sentence (the gap ends with a comma or a colon)."""
    gap = doc.text[previous.quote.outer_end : item.quote.outer_start]
    if doc.sentence_at(previous.quote.outer_end) != doc.sentence_at(item.quote.outer_start):
        return False
    if not gap.rstrip().endswith((",", ":")):
        return False
    tokens = [t for t in doc.tokens(previous.quote.outer_end, item.quote.outer_start)
              if t.text[0].isalnum()]
    verbs = [t for t in tokens if t.lower in language().speech.all_verbs]
    return len(verbs) == 1 and len(tokens) <= SPLIT_GAP_WORDS and not any(
        t.lower == "that" for t in tokens)


# The characters before a source phrase read for the preposition that may govern it.
PREPOSITION_REACH = 30


def paraphrase_drafts(resolver: Resolver, found: list[Paraphrase]) -> list[Draft]:
    drafts: list[Draft] = []
    doc = resolver.registry.doc
    for item in found:
        ref = item.event.ref
        if item.event.word != "according to" and object_of_preposition(
                doc.tokens(max(ref.start - PREPOSITION_REACH, 0), ref.end), ref):
            continue  # (`a person familiar with talks with foreign leaders said …`: no subject)
        who = resolver.resolve(item.event.ref, item.event.at)
        if who is not None:
            head = min(item.event.ref.start, item.event.at)
            tail = max(item.event.ref.end, item.event.at) + DATE_REACH
            drafts.append(Draft(who, "paraphrase", [(item.start, item.end)],
                                (head, min(tail, item.end))))
    return drafts


def to_statements(doc: Doc, drafts: list[Draft], dates: DateContext) -> list[Statement]:
    out: list[Statement] = []
    # One speaker says several of the statements: its Speaker is validated once and shared
    # (nothing changes a statement's speaker after it is made).
    speakers: dict[Who, Speaker] = {}
    for draft in sorted(drafts, key=lambda d: d.pieces[0][0]):
        grounded = locate(doc.text, draft.pieces, verify=draft.kind == "direct")
        if grounded is None:
            continue
        text, spans = grounded
        said_on = _said_on(doc, draft, dates)
        sentence = doc.sentence_at(spans[0][0])
        speaker = speakers.get(draft.who)
        if speaker is None:
            speaker = speakers[draft.who] = draft.who.speaker()
        out.append(Statement(
            id=f"s{len(out) + 1}",
            speaker=speaker,
            text=text,
            kind="direct" if draft.kind == "direct" else "paraphrase",
            said_on=said_on,
            # A short quote (`“fundamental”`) is about what its sentence says.
            topic=topic_of(doc.text, [(spans[0][0], spans[-1][1]), (sentence.start, sentence.end)]),
            spans=spans,
            article_id=doc.article.id,
        ))
    return out


def _said_on(doc: Doc, draft: Draft, dates: DateContext) -> dt.date | None:
    start, end = draft.clause
    if end <= start:
        return None
    return find_date(doc.text, start, end, dates.published, dates.year)
