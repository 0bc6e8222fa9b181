"""Direct quotes held to the article's quotation marks, so a quote cannot be doctored.

A direct quote ships only when its words lie inside quotation marks in its article. Where the
quote leaves words out (an ellipsis), the words left out must lie outside the marks, as with the
attribution tag between the halves of a split quote (`“We stay,” she said, “until spring.”`).
Words left out from inside the marks are put back from the article: what ships is always the
article's own unbroken words, so `Germany ... support Ukraine` cannot become a quote that
reverses `Germany does not support Ukraine`; a quote cut mid-clause is widened to its whole
clause (`go to war over it` ships as `and I will not go to war over it`). Every piece begins
and ends on a word boundary, and a piece of an elided quote must hold at least
`MIN_PIECE_WORDS` words unless it is a whole quoted passage (`I ... w ... a ... r` is
refused). Pieces from quotations with other quoted words between them, or further apart than
an attribution tag, are refused as stitched.

Quotation marks are read by `summarizer.extract.offline.quotes.find_quotes` (every mark style,
quotes over several paragraphs), on the article's lines. All work is linear in the article and
the quote: one pass to find the quoted passages (cached per article), then one search per piece
(at most `MAX_PIECES`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from summarizer.ground import (
    MIN_PIECE_WORDS,
    NormalisedText,
    normalise,
    quote_needle,
    split_ellipses,
)
from summarizer.schemas import Span

# More pieces than this is not a quote with a few words left out.
MAX_PIECES = 8
# The longest stretch outside the marks between two pieces of one quote: an attribution tag
# ("she told reporters in Kyiv on Tuesday"), not a paragraph.
MAX_TAG_CHARS = 200

_WORD = re.compile(r"\w+")
# Where a clause ends inside a quotation: a quote may begin after or end before one of these.
# (Not the hyphen: "well-known" is one word.)
_CLAUSE_BREAKS = set(".!?;:,—–…()") | set("\"“”„«»‘")  # not ’: it is also an apostrophe
_MARKS = "\"'“”„‟«»‘’‚‛"
_BETWEEN_PASSAGES = re.compile(r"[\s\"'“”„‟«»‘’‚‛]*")


@dataclass(frozen=True)
class QuoteCheck:
    """Where a direct quote stands, or why it cannot ship as a direct quote.

    spans: the article's own words to ship (after restoring words elided inside the marks).
    problem: why the quote is refused (None when it may ship).
    unquoted: the words are in the article verbatim, but not inside quotation marks: they may
        ship as a paraphrase, never as a direct quote.
    restored: words left out inside the marks were put back.
    """

    spans: tuple[Span, ...] = ()
    problem: str | None = None
    unquoted: bool = False
    restored: bool = False


@dataclass(frozen=True)
class _Passages:
    """The article's quoted passages, as (start, end) content ranges in article offsets, sorted
    and disjoint; a quote continued over lines is one passage."""

    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def holding(self, start: int, end: int) -> int | None:
        """Index of the passage that holds [start, end), if one does."""
        k = bisect_right(self.starts, start) - 1
        if k >= 0 and end <= self.ends[k]:
            return k
        return None


@lru_cache(maxsize=16)
def _passages(text: str) -> _Passages:
    # Imported here: the offline package imports this module (its quotes meet the same rule).
    from summarizer.extract.offline.quotes import find_quotes
    from summarizer.extract.offline.token_spans import line_spans

    lines = line_spans(text)
    ranges = sorted((q.start, q.end) for q in find_quotes(text, lines) if q.end > q.start)
    merged: list[list[int]] = []
    for start, end in ranges:
        # A quote that runs over a line break (a continued paragraph, hard-wrapped text) is
        # found as one passage per line: join passages with only spaces and marks between.
        if merged and (
            start <= merged[-1][1]
            or _BETWEEN_PASSAGES.fullmatch(text, merged[-1][1], start) is not None
        ):
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return _Passages(tuple(m[0] for m in merged), tuple(m[1] for m in merged))


def _between_marks(text: str, start: int, end: int) -> bool:
    """True when a quotation mark stands right before and right after [start, end) (punctuation
    and spaces aside): a whole quoted passage, however short."""

    def reaches_mark(positions: range) -> bool:
        for i in positions:
            if text[i] in _MARKS:
                return True
            if text[i].isalnum():
                return False
        return False

    return reaches_mark(range(start - 1, max(start - 8, 0) - 1, -1)) and reaches_mark(
        range(end, min(end + 8, len(text)))
    )


def _has_words(text: str, start: int, end: int) -> bool:
    return start < end and _WORD.search(text, start, end) is not None


def _at_word_boundaries(haystack: str, found: int, needle: str) -> bool:
    before = haystack[found - 1] if found > 0 else " "
    after_index = found + len(needle)
    after = haystack[after_index] if after_index < len(haystack) else " "
    return not (needle[0].isalnum() and before.isalnum()) and not (
        needle[-1].isalnum() and after.isalnum()
    )


def _occurrences(haystack: NormalisedText, needle: str, cursor: int) -> Iterator[Span]:
    """Article spans of the needle from the cursor on, at word boundaries, in order."""
    text = haystack.text
    found = text.find(needle, cursor)
    while found >= 0:
        if _at_word_boundaries(text, found, needle):
            yield haystack.original_span(found, found + len(needle))
        found = text.find(needle, found + 1)


def _pick(occurrences: Iterator[Span], passages: _Passages) -> Span | None:
    """The first occurrence inside quotation marks, else the first at all."""
    first: Span | None = None
    for span in occurrences:
        if passages.holding(*span) is not None:
            return span
        first = first or span
    return first


# Validation, the re-ask's last salvage and the conversion to spans check the same quotes.
@lru_cache(maxsize=1024)
def check_direct_quote(quote: str, article_text: str, start: int = 0) -> QuoteCheck:
    """Where a direct quote (as a model or a rule wrote it) stands inside the article's
    quotation marks; `start` (an article offset) skips earlier places."""
    haystack = normalise(article_text)
    passages = _passages(article_text)
    cursor = haystack.index_at(start) if start else 0
    # A quote that holds an ellipsis the article prints itself is one piece, not elided.
    whole = quote_needle(quote)
    if not whole:
        return QuoteCheck(problem="empty quote")
    span = _pick(_occurrences(haystack, whole, cursor), passages)
    if span is not None:
        return _one_piece(span, passages, article_text)
    needles = [quote_needle(p) for p in split_ellipses(quote)]
    needles = [n for n in needles if n]
    if len(needles) < 2:
        return QuoteCheck(problem="direct quote not found verbatim in the article")
    if len(needles) > MAX_PIECES:
        # Each piece is one search of the article: a bound keeps the check linear.
        return QuoteCheck(problem=f"more than {MAX_PIECES} pieces: quote whole phrases")
    spans: list[Span] = []
    for needle in needles:
        piece = _pick(_occurrences(haystack, needle, cursor), passages)
        if piece is None:
            return QuoteCheck(problem="direct quote not found verbatim in the article")
        spans.append(piece)
        cursor = haystack.index_at(piece[1])
    return _whole_clauses(_elided(spans, needles, passages, article_text), passages, article_text)


def _one_piece(span: Span, passages: _Passages, text: str) -> QuoteCheck:
    if passages.holding(*span) is None:
        return QuoteCheck(
            spans=(span,),
            unquoted=True,
            problem="these words are in the article, but not inside quotation marks: report "
            "them as a paraphrase",
        )
    return _whole_clauses(QuoteCheck(spans=(span,)), passages, text)


def _whole_clauses(check: QuoteCheck, passages: _Passages, text: str) -> QuoteCheck:
    """The quote widened to whole clauses of its passage: a quote cut mid-clause leaves words
    out inside the marks (`go to war over it` from `I will not go to war over it`)."""
    if check.problem or not check.spans:
        return check
    spans = [list(span) for span in check.spans]
    first = passages.holding(*check.spans[0])
    last = passages.holding(*check.spans[-1])
    if first is None or last is None:
        return check
    start = _clause_start(text, spans[0][0], passages.starts[first])
    end = _clause_end(text, spans[-1][1], passages.ends[last])
    widened = _has_words(text, start, spans[0][0]) or _has_words(text, spans[-1][1], end)
    spans[0][0], spans[-1][1] = start, end
    return QuoteCheck(
        spans=tuple((a, b) for a, b in spans), restored=check.restored or widened
    )


def _clause_start(text: str, start: int, low: int) -> int:
    """Where the clause holding `start` begins, no earlier than the passage start `low`."""
    k = start - 1
    while k >= low and text[k] not in _CLAUSE_BREAKS:
        k -= 1
    begin = k + 1
    while begin < start and not text[begin].isalnum():
        begin += 1
    return begin


def _clause_end(text: str, end: int, high: int) -> int:
    """Where the clause holding `end` ends, no later than the passage end `high`."""
    k = end
    while k < high and text[k] not in _CLAUSE_BREAKS:
        k += 1
    while k > end and not text[k - 1].isalnum():
        k -= 1
    return k


def _elided(spans: list[Span], needles: list[str], passages: _Passages, text: str) -> QuoteCheck:
    """Pieces found in order: hold them to the marks, put back what was left out inside them."""
    homes: list[int] = []
    for (start, end), needle in zip(spans, needles, strict=True):
        home = passages.holding(start, end)
        if home is None:
            return QuoteCheck(problem=f"the piece {needle!r} is not inside quotation marks")
        if not _between_marks(text, start, end) and len(_WORD.findall(needle)) < MIN_PIECE_WORDS:
            return QuoteCheck(
                problem=f"the piece {needle!r} is shorter than {MIN_PIECE_WORDS} words: quote "
                "whole phrases"
            )
        homes.append(home)
    out: list[list[int]] = [list(spans[0])]
    restored = False
    for (start, end), home, before in zip(spans[1:], homes[1:], homes[:-1], strict=True):
        last = out[-1]
        if home == before:
            if _has_words(text, last[1], start):
                # Left out from inside one quoted passage: put the words back.
                restored = True
                last[1] = end
            else:  # only marks between (a quote continued over paragraphs)
                out.append([start, end])
            continue
        if passages.starts[home] - passages.ends[before] > MAX_TAG_CHARS:
            return QuoteCheck(problem="pieces of the quote are too far apart in the article")
        if any(_has_words(text, passages.starts[k], passages.ends[k])
               for k in range(before + 1, home)):
            return QuoteCheck(problem="pieces stitched from separate quotations")
        # Words left out at the inner ends of the two passages are put back too.
        if _has_words(text, last[1], passages.ends[before]):
            restored = True
            last[1] = _trim_end(text, passages.ends[before])
        if _has_words(text, passages.starts[home], start):
            restored = True
            start = passages.starts[home]
        out.append([start, end])
    return QuoteCheck(spans=tuple((a, b) for a, b in out), restored=restored)


def _trim_end(text: str, end: int) -> int:
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


def check_quote_spans(article_text: str, spans: list[Span]) -> str | None:
    """Why spans placed by a rule are not a direct quote (None when they are): each inside
    quotation marks, nothing quoted left out between them."""
    passages = _passages(article_text)
    homes: list[int] = []
    for start, end in spans:
        home = passages.holding(start, end)
        if home is None:
            return "not inside quotation marks"
        homes.append(home)
    for (_, end), (start, _), before, home in zip(spans, spans[1:], homes, homes[1:], strict=False):
        if home == before:
            if _has_words(article_text, end, start):
                return "words left out inside the quotation marks"
            continue
        if _has_words(article_text, end, passages.ends[before]) or _has_words(
            article_text, passages.starts[home], start
        ) or any(_has_words(article_text, passages.starts[k], passages.ends[k])
                 for k in range(before + 1, home)):
            return "words left out inside the quotation marks"
    return None
