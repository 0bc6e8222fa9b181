"""Find quotations in article text: every mark style, quotes over several paragraphs, strays.

Marks are read by context first (a mark after a space and before a word opens; a mark after a
word and before a space or punctuation closes) and by glyph only when the context is silent,
because outlets and scrapers routinely print “ where ” belongs. The journalistic convention for
a quote running over paragraphs (no closing mark at the end of the first, an opening mark at
the start of the next) is followed; a quote still open at the end of a paragraph that is not
continued runs to the end of that paragraph (excerpts stop mid-quote).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache
from operator import attrgetter

from summarizer.extract.offline.collector import per_article
from summarizer.extract.offline.prefilter import occurrences

DOUBLE = "\"“”„‟«»″"
SINGLE = "'‘’‚‛"
OPEN_GLYPHS = "“„‟«‘‚‛"
_BEFORE_OPEN = set("([{—–-/")
_AFTER_CLOSE = set(".,;:!?)]}—–-…") | set(DOUBLE)
# Single-quoted spans longer than this are more likely apostrophe mix-ups than quotations.
MAX_SINGLE_QUOTE_WORDS = 40

Range = tuple[int, int]
# Two single marks in a row stand for a double mark in some archives and typewritten text
# (`''We can't,'' he said.`); a third one closes or opens a quote inside it (`'''`).
_DOUBLED_SINGLE_RE = re.compile("'{2,}|[‘’]{2,}")


@dataclass(frozen=True, init=False)
class Quote:
    """Quoted words: content ranges inside the marks, as offsets into the article text."""

    pieces: tuple[Range, ...]
    open_at: int | None  # offset of the opening mark; None for a stray closing mark
    close_at: int | None  # offset of the closing mark; None when the quote is never closed
    para: int  # index of the paragraph holding the opening (first) piece
    last_para: int
    # Read from the fields above once, when the quote is made: the rules read them hundreds of
    # times per article (as properties, a Python call each). Neither compared nor shown: the
    # fields above decide a quote.
    start: int = field(init=False, compare=False, repr=False)  # where its words start
    end: int = field(init=False, compare=False, repr=False)
    outer_start: int = field(init=False, compare=False, repr=False)  # with its marks
    outer_end: int = field(init=False, compare=False, repr=False)

    def __init__(self, pieces: tuple[Range, ...], open_at: int | None, close_at: int | None,
                 para: int, last_para: int) -> None:
        # (stored straight into the instance's __dict__, as frozen.quick_init does: made by
        # the dozen per article)
        d = self.__dict__
        d["pieces"] = pieces
        d["open_at"] = open_at
        d["close_at"] = close_at
        d["para"] = para
        d["last_para"] = last_para
        d["start"] = start = pieces[0][0]
        d["end"] = end = pieces[-1][1]
        d["outer_start"] = open_at if open_at is not None else start
        d["outer_end"] = close_at + 1 if close_at is not None else end


def _role(text: str, i: int, start: int, end: int) -> str:
    prev = text[i - 1] if i > start else " "
    nxt = text[i + 1] if i + 1 < end else " "
    opens = (prev.isspace() or prev in _BEFORE_OPEN) and not nxt.isspace()
    closes = not prev.isspace() and (nxt.isspace() or nxt in _AFTER_CLOSE)
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    if text[i] in OPEN_GLYPHS:
        return "open"
    return "close" if text[i] in "”»" else "either"


def _trim(text: str, start: int, end: int) -> Range:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


@dataclass
class _Open:
    pieces: list[Range]
    open_at: int
    para: int
    content_start: int
    last_para: int = -1


def _within(marks: list[int], start: int, end: int) -> list[int]:
    """The offsets in [start, end) of sorted `marks`."""
    return marks[bisect.bisect_left(marks, start) : bisect.bisect_left(marks, end)]


def _double_quotes(
    text: str, para: int, start: int, end: int, carry: _Open | None, marks: list[int]
) -> tuple[list[Quote], _Open | None]:
    """Quotes in one paragraph (`marks`: its double marks' offsets); `carry` is a quote left
    open by the previous paragraph."""
    quotes: list[Quote] = []
    current: _Open | None = None
    seg_start = start
    if carry is not None and not (marks and _role(text, marks[0], start, end) == "open"
                                  and not text[start:marks[0]].strip()):
        quotes.append(_unclosed(text, carry))
        carry = None
    for i in marks:
        role = _role(text, i, start, end)
        if role == "either":
            role = "open" if current is None else "close"
        if role == "open":
            if current is not None:
                quotes.append(_unclosed(text, current, upto=i))
            pieces = carry.pieces if carry is not None else []
            current = _Open(list(pieces), carry.open_at if carry else i,
                            carry.para if carry else para, i + 1)
            carry = None
        elif current is None:
            quotes.append(Quote((_trim(text, seg_start, i),), None, i, para, para))
            seg_start = i + 1
        else:
            piece = _trim(text, current.content_start, i)
            quotes.append(Quote((*current.pieces, piece), current.open_at, i, current.para, para))
            current = None
            seg_start = i + 1
    if current is not None:
        current.pieces.append(_trim(text, current.content_start, end))
        current.content_start = end
        current.last_para = para
    return _nested(quotes, para), current


def _nested(quotes: list[Quote], para: int) -> list[Quote]:
    """Quotes inside a quote in the same marks (`“… the “cell phone only” users are gone,” he
    wrote.`): read mark by mark, the inner opening mark cuts the outer quote, the inner
    closing mark closes the inner one, and the outer closing mark is left stray. A stray
    closing mark after closed quotes that follow a quote cut at their opening mark closes
    that quote, which holds them (quotes inside a quote are no quotes of their own)."""
    if len(quotes) < 3:  # (an outer quote, one inside it and the outer's closing mark)
        return quotes
    out: list[Quote] = []
    cut: int | None = None  # the latest quote cut by an opening mark, closed ones after it
    for quote in quotes:
        closed = quote.open_at is not None and quote.close_at is not None
        if quote.open_at is None and cut is not None and cut < len(out) - 1:
            outer = out[cut]
            last = outer.pieces[-1]
            out[cut:] = [Quote((*outer.pieces[:-1], (last[0], quote.end)), outer.open_at,
                               quote.close_at, para, para)]
            cut = None
            continue
        out.append(quote)
        if not closed:
            cut = len(out) - 1 if quote.open_at is not None and quote.para == para else None
    return out


def _unclosed(text: str, item: _Open, upto: int | None = None) -> Quote:
    pieces = list(item.pieces)
    if upto is not None:
        pieces.append(_trim(text, item.content_start, upto))
    pieces = [p for p in pieces if p[1] > p[0]]
    if not pieces:
        pieces = [(item.content_start, item.content_start)]
    return Quote(tuple(pieces), item.open_at, None, item.para, max(item.para, item.last_para))


def _single_quotes(text: str, para: int, start: int, end: int, marks: list[int]) -> list[Quote]:
    """Single-quoted spans in text[start:end] (`marks`: the single marks' offsets there)."""
    quotes: list[Quote] = []
    opened: int | None = None
    for i in marks:
        char = text[i]
        prev = text[i - 1] if i > start else " "
        nxt = text[i + 1] if i + 1 < end else " "
        if opened is None:
            if (prev.isspace() or prev in _BEFORE_OPEN) and nxt.isalnum() and char != "’":
                opened = i
            continue
        if not prev.isspace() and not nxt.isalnum() and char != "‘":
            span = _trim(text, opened + 1, i)
            if 0 < len(text[span[0]:span[1]].split()) <= MAX_SINGLE_QUOTE_WORDS:
                quotes.append(Quote((span,), opened, i, para, para))
            opened = None
    return quotes


_START = attrgetter("start")


def find_quotes(text: str, paragraphs: list[Range]) -> list[Quote]:
    """All quotations in the given paragraphs (content paragraphs, in order)."""
    found: list[Quote] = []
    carry: _Open | None = None
    doubles, singles, every = _marks(text)
    count = len(every)
    bisect_left = bisect.bisect_left
    read = _read_paragraphs(text)
    for index, (start, end) in enumerate(paragraphs):
        first = bisect_left(every, start)
        if carry is None and (first == count or every[first] >= end):
            continue  # not a mark: no quote opens, closes or goes on here (most paragraphs)
        if carry is None:
            known = read.get((start, end))
            if known is not None:
                found.extend(known[1] if known[0] == index else [
                    Quote(q.pieces, q.open_at, q.close_at, index, index) for q in known[1]])
                continue
        entering = carry
        # (bisected here, not by _within: a Python call fewer per paragraph)
        marks = doubles[bisect_left(doubles, start) : bisect_left(doubles, end)]
        single = singles[bisect_left(singles, start) : bisect_left(singles, end)]
        if not marks and carry is None:
            # No double quote opens, closes or goes on here: only single quotes may.
            here = _singles_outside(text, index, start, end, [], None, single)
        else:
            quotes, carry = _double_quotes(text, index, start, end, carry, marks)
            here = [q for q in quotes if q.end > q.start]
            if single:
                here.extend(_singles_outside(text, index, start, end, quotes, carry, single))
        if entering is None and carry is None and all(
                q.para == index and q.last_para == index for q in here):
            read[(start, end)] = (index, here)
        found.extend(here)
    if carry is not None:
        found.append(_unclosed(text, carry))
    return sorted(found, key=_START)


# A paragraph's quotes, when no quote runs into it or on out of it: a function of the text and
# the paragraph's bounds alone, but for its index (each quote's `para`). quotation._passages
# reads the article's lines after document.build read its paragraphs, most of them the same
# stretches: their quotes are taken from here (relabelled if the index differs), not read
# again mark by mark. Keyed by (start, end); each entry is (the index, the quotes in order).
@per_article
@lru_cache(maxsize=4)
def _read_paragraphs(text: str) -> dict[Range, tuple[int, list[Quote]]]:
    """The table of the text's paragraphs read so far (filled by find_quotes)."""
    return {}


# Every mark of the text found once; each paragraph takes its own by bisecting. Kept for the
# article: document.build reads its paragraphs and quotation._passages its lines, in the same
# text (13 scans of it for one). The lists are only sliced and bisected, never changed.
@per_article
@lru_cache(maxsize=4)
def _marks(text: str) -> tuple[list[int], list[int], list[int]]:
    """The offsets of the text's double marks, of its single marks, and of both, in order."""
    doubles = occurrences(text, DOUBLE)
    singles = occurrences(text, SINGLE)
    return doubles, singles, sorted(doubles + singles)


def _singles_outside(
    text: str, para: int, start: int, end: int, doubles: list[Quote], carry: _Open | None,
    marks: list[int],
) -> list[Quote]:
    """Single-quoted spans in the stretches of a paragraph that no double quote covers
    (`marks`: the paragraph's single marks' offsets)."""
    if not doubles and carry is None:
        whole = _single_quotes(text, para, start, end, marks)
        return _outside_doubled_marks(text, start, end, whole) if whole else whole
    covered = [(q.outer_start, q.outer_end) for q in doubles]
    if carry is not None:
        covered.append((carry.open_at if carry.para == para else start, end))
    gaps: list[Range] = []
    cursor = start
    for a, b in sorted(covered):
        if a > cursor:
            gaps.append((cursor, a))
        cursor = max(cursor, b)
    if cursor < end:
        gaps.append((cursor, end))
    out: list[Quote] = []
    for a, b in gaps:
        out.extend(_single_quotes(text, para, a, b, _within(marks, a, b)))
    return _outside_doubled_marks(text, start, end, out) if out else out


def _outside_doubled_marks(text: str, start: int, end: int, singles: list[Quote]) -> list[Quote]:
    """The single-quoted spans that no pair of doubled single marks (`''…''`, printed for a
    double mark) holds: in `''He told me, 'Wait.' I did,'' she said.` the quote is hers, and
    `Wait` is a quote inside it, not a statement of its own (as inside “…”). A span is held when
    an odd number of doubled marks precede it in the paragraph."""
    marks = [m.start() for m in _DOUBLED_SINGLE_RE.finditer(text, start, end)]
    if not marks:
        return singles
    return [q for q in singles if bisect.bisect_left(marks, q.outer_start) % 2 == 0]
