"""Grounding: where a quote or a piece of evidence stands in its article, as character offsets.

This is the one place offsets are computed. A direct quote is grounded only by an exact match
after normalisation (quote marks, dashes, ellipses, whitespace); a quote with an ellipsis is
grounded piece by piece, in order, one span per piece. Evidence for paraphrases, stances and
plan points may also be matched fuzzily, above a named threshold, because it is supporting text
rather than words put in someone's mouth.

Spans are ``(start, end)`` with ``end`` exclusive, in the article text as loaded.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from summarizer.schemas import Span

# A piece of a quote or of evidence with words left out ("...") must hold at least this many
# words (unless, for a direct quote, it is a whole quoted passage): short pieces can be found
# anywhere and stitched into any meaning.
MIN_PIECE_WORDS = 3
# Evidence may match fuzzily at or above this rapidfuzz partial-ratio score (0-100).
EVIDENCE_FUZZY_MIN_SCORE = 90.0
# Fuzzy evidence shorter than this many characters is too ambiguous to place.
EVIDENCE_FUZZY_MIN_CHARS = 25
# Longer than this, evidence is not a sentence and is not aligned fuzzily: the alignment's cost
# grows with the product of both lengths (a 40 KB "sentence" took minutes).
EVIDENCE_FUZZY_MAX_CHARS = 1000

_CHAR_MAP = {
    **dict.fromkeys("‘’‚‛′`´", "'"),
    **dict.fromkeys("“”„‟″«»", '"'),
    **dict.fromkeys("‐‑‒–—―−", "-"),
    "…": "...",
}
_ZERO_WIDTH = {"\u200b", "\u200c", "\u200d", "\ufeff", "\u00ad"}
# An ellipsis, without the spaces around it (pieces are stripped after splitting): a leading
# `\s*` made every space of a long run try, and fail, to reach an ellipsis (quadratic).
_ELLIPSIS = re.compile(r"\[ {0,3}(?:\. {0,3}){3}\]|\[…\]|\.\.\.|…")
_WORD = re.compile(r"\w+")
_TRIM = "\"'“”‘’«» \t\r\n"


@dataclass(frozen=True)
class NormalisedText:
    """Normalised text and where each of its characters came from in the original.

    The map is kept as segments rather than per character: a plain segment maps character by
    character (original = origin + offset); a replaced character or a folded gap maps every
    normalised character it produced to the same original [origin, origin_end).
    """

    text: str
    seg_starts: tuple[int, ...]  # normalised index where each segment begins
    seg_origins: tuple[int, ...]  # original offset where each segment begins
    seg_origin_ends: tuple[int, ...]  # for replaced/folded segments: original end; plain: -1

    def _segment(self, index: int) -> int:
        return bisect_right(self.seg_starts, index) - 1

    def start_of(self, index: int) -> int:
        k = self._segment(index)
        if self.seg_origin_ends[k] < 0:
            return self.seg_origins[k] + index - self.seg_starts[k]
        return self.seg_origins[k]

    def end_of(self, index: int) -> int:
        k = self._segment(index)
        if self.seg_origin_ends[k] < 0:
            return self.seg_origins[k] + index - self.seg_starts[k] + 1
        return self.seg_origin_ends[k]

    def original_span(self, start: int, end: int) -> Span:
        """Original [start, end) of the normalised characters start..end-1."""
        return (self.start_of(start), self.end_of(end - 1))

    def index_at(self, offset: int) -> int:
        """The first normalised index whose character starts at or after an original offset."""
        k = bisect_right(self.seg_origins, offset) - 1
        if k < 0:
            return 0
        if self.seg_origin_ends[k] < 0:
            inside = offset - self.seg_origins[k]
            plain_length = self._length(k)
            if inside < plain_length:
                return self.seg_starts[k] + inside
        elif offset == self.seg_origins[k]:
            return self.seg_starts[k]
        return self.seg_starts[k + 1] if k + 1 < len(self.seg_starts) else len(self.text)

    def _length(self, k: int) -> int:
        following = self.seg_starts[k + 1] if k + 1 < len(self.seg_starts) else len(self.text)
        return following - self.seg_starts[k]


# What normalise() changes. A single plain space is left alone (most gaps are one); any other
# run of whitespace and zero-width characters becomes one space, or nothing when it holds no
# whitespace; a mapped character is replaced.
_GAP = "[\\s" + "".join(_ZERO_WIDTH) + "]"
_SPECIAL = re.compile(
    rf"^{_GAP}+|{_GAP}{{2,}}|[^\S ]|[{''.join(_ZERO_WIDTH)}]|[{re.escape(''.join(_CHAR_MAP))}]"
)


@lru_cache(maxsize=256)
def normalise(text: str) -> NormalisedText:
    """Map quote marks, dashes and ellipses to ASCII, drop zero-width characters and fold
    whitespace to single spaces (none at either end), keeping each character's origin.

    Work is per special character, not per character: this is on the offline extractor's
    hot path.
    """
    out: list[str] = []
    seg_starts: list[int] = []
    seg_origins: list[int] = []
    seg_ends: list[int] = []
    length = 0
    last_end = 0  # original end of the last character emitted

    def add(piece: str, origin: int, origin_end: int) -> None:
        nonlocal length, last_end
        out.append(piece)
        seg_starts.append(length)
        seg_origins.append(origin)
        seg_ends.append(origin_end)
        length += len(piece)
        last_end = origin + len(piece) if origin_end < 0 else origin_end

    cursor = 0
    for match in _SPECIAL.finditer(text):
        begin, stop = match.span()
        if begin > cursor:
            add(text[cursor:begin], cursor, -1)
        cursor = stop
        token = match.group()
        replacement = _CHAR_MAP.get(token)
        if replacement is not None:
            add(replacement, begin, stop)
        elif length and any(ch.isspace() for ch in token):
            add(" ", last_end, stop)
    if cursor < len(text):
        add(text[cursor:], cursor, -1)
    normalised = "".join(out)
    if normalised.endswith(" "):  # no trailing space either
        normalised = normalised[:-1]
        if seg_starts[-1] == len(normalised):
            seg_starts.pop()
            seg_origins.pop()
            seg_ends.pop()
    return NormalisedText(normalised, tuple(seg_starts), tuple(seg_origins), tuple(seg_ends))


def normalise_str(text: str) -> str:
    return normalise(text).text


def find_quote(quote: str, article_text: str, start: int = 0) -> list[Span] | None:
    """Spans of a direct quote in the article, or None when it is not there verbatim.

    Surrounding quote marks and whitespace are ignored; an ellipsis splits the quote into
    pieces that must occur in order. `start` (an offset in the article) skips earlier
    occurrences, for a quote that is printed more than once.
    """
    pieces = [p.strip(_TRIM) for p in _ELLIPSIS.split(quote.strip(_TRIM))]
    pieces = [p for p in pieces if p]
    if not pieces:
        return None
    haystack = normalise(article_text)
    spans: list[Span] = []
    cursor = haystack.index_at(start) if start else 0
    for piece in pieces:
        needle = strip_edge_punctuation(normalise_str(piece))
        if not needle:
            continue
        found = haystack.text.find(needle, cursor)
        if found < 0:
            return None
        cursor = found + len(needle)
        spans.append(haystack.original_span(found, cursor))
    return spans or None


def find_in_place(text: str) -> list[Span] | None:
    """find_quote(text, text): where a stretch's own words stand in it, its marks and edge
    punctuation left out (the offline rules ground what they found this way). Most sentences
    are plain: printable ASCII without a backtick, a double space, a leading space or an
    ellipsis, which normalise() leaves as they are (it changes only other whitespace, quote
    marks, dashes and ellipses) and which are one piece. Such a stretch is its own normalised
    text: the needle is found in it without normalising it (these C-level tests are cheaper
    than one scan with normalise's pattern)."""
    if not (text.isascii() and text.isprintable() and text[:1] != " " and "  " not in text
            and "`" not in text and "..." not in text and "[" not in text):
        return find_quote(text, text)
    needle = strip_edge_punctuation(text.strip(_TRIM))
    if not needle:
        return None
    found = text.find(needle)
    return [(found, found + len(needle))]


def find_evidence(evidence: str, article_text: str) -> list[Span] | None:
    """Spans of supporting text: an exact (normalised) match, else a close fuzzy match."""
    found = _find_evidence(evidence, article_text)
    return list(found) if found else None


# Validation, salvage and conversion each ask for the same evidence in the same text.
@lru_cache(maxsize=1024)
def _find_evidence(evidence: str, article_text: str) -> tuple[Span, ...] | None:
    exact = find_quote(evidence, article_text)
    if exact and (len(exact) == 1 or all(_words(article_text, span) >= MIN_PIECE_WORDS
                                         for span in exact)):
        return tuple(exact)
    needle = normalise_str(evidence.strip(_TRIM))
    if not EVIDENCE_FUZZY_MIN_CHARS <= len(needle) <= EVIDENCE_FUZZY_MAX_CHARS:
        return None
    from rapidfuzz import fuzz

    haystack = normalise(article_text)
    alignment = fuzz.partial_ratio_alignment(
        needle, haystack.text, score_cutoff=EVIDENCE_FUZZY_MIN_SCORE
    )
    if alignment is None or alignment.score < EVIDENCE_FUZZY_MIN_SCORE:
        return None
    if alignment.dest_end <= alignment.dest_start:
        return None
    return (haystack.original_span(alignment.dest_start, alignment.dest_end),)


def _words(text: str, span: Span) -> int:
    return len(_WORD.findall(text, span[0], span[1]))


def text_at(article_text: str, spans: list[Span]) -> str:
    """The article's own text at the spans; pieces of an elided quote joined by ' … '."""
    return " … ".join(article_text[start:end] for start, end in spans)


def spans_match(quote: str, article_text: str, spans: list[Span]) -> bool:
    """True when the text at the spans is the quote, after normalisation (for checks and evals)."""
    if not spans or any(not 0 <= s < e <= len(article_text) for s, e in spans):
        return False
    pieces = [normalise_str(article_text[s:e]) for s, e in spans]
    wanted = [
        strip_edge_punctuation(normalise_str(p.strip(_TRIM)))
        for p in _ELLIPSIS.split(quote.strip(_TRIM))
    ]
    wanted = [w for w in wanted if w]
    got = [strip_edge_punctuation(p) for p in pieces]
    # One span holding an ellipsis the article prints itself is the quote too.
    return got == wanted or (len(got) == 1 and got[0] == quote_needle(quote))


def split_ellipses(quote: str) -> list[str]:
    """The pieces of a quote between its ellipses, without quote marks or spaces at the ends."""
    pieces = (p.strip(_TRIM) for p in _ELLIPSIS.split(quote.strip(_TRIM)))
    return [p for p in pieces if p]


def quote_needle(text: str) -> str:
    """What is searched for a quote or a piece of one: normalised, marks and edge punctuation
    stripped."""
    return strip_edge_punctuation(normalise_str(text.strip(_TRIM)))


def strip_edge_punctuation(text: str) -> str:
    # A quote's own trailing comma or full stop is often inside the marks in one outlet and
    # outside in another; neither is part of the words spoken.
    return text.strip(" ,;:.").strip().strip("\"'").strip()
