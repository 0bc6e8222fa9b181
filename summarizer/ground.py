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
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from summarizer.schemas import Span

# Evidence may match fuzzily at or above this rapidfuzz partial-ratio score (0-100).
EVIDENCE_FUZZY_MIN_SCORE = 90.0
# Fuzzy evidence shorter than this many characters is too ambiguous to place.
EVIDENCE_FUZZY_MIN_CHARS = 25

_CHAR_MAP = {
    **dict.fromkeys("‘’‚‛′`´", "'"),
    **dict.fromkeys("“”„‟″«»", '"'),
    **dict.fromkeys("‐‑‒–—―−", "-"),
    "…": "...",
}
_ZERO_WIDTH = {"\u200b", "\u200c", "\u200d", "\ufeff", "\u00ad"}
_ELLIPSIS = re.compile(r"\s*(?:\[\s*(?:\.\s*){3}\]|\[…\]|\.\.\.|…)\s*")
_TRIM = "\"'“”‘’«» \t\r\n"


@dataclass(frozen=True)
class NormalisedText:
    """Normalised text with, for each of its characters, the original [start, end) it came from."""

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def original_span(self, start: int, end: int) -> Span:
        return (self.starts[start], self.ends[end - 1])


@lru_cache(maxsize=64)
def normalise(text: str) -> NormalisedText:
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pending_space = False
    for index, char in enumerate(text):
        if char in _ZERO_WIDTH:
            continue
        if char.isspace():
            pending_space = bool(out)
            continue
        if pending_space:
            out.append(" ")
            starts.append(ends[-1])
            ends.append(index)
            pending_space = False
        for piece in _CHAR_MAP.get(char, char):
            out.append(piece)
            starts.append(index)
            ends.append(index + 1)
    return NormalisedText("".join(out), tuple(starts), tuple(ends))


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
    cursor = bisect_left(haystack.starts, start)
    for piece in pieces:
        needle = _strip_edge_punctuation(normalise_str(piece))
        if not needle:
            continue
        found = haystack.text.find(needle, cursor)
        if found < 0:
            return None
        cursor = found + len(needle)
        spans.append(haystack.original_span(found, cursor))
    return spans or None


def find_evidence(evidence: str, article_text: str) -> list[Span] | None:
    """Spans of supporting text: an exact (normalised) match, else a close fuzzy match."""
    exact = find_quote(evidence, article_text)
    if exact:
        return exact
    needle = normalise_str(evidence.strip(_TRIM))
    if len(needle) < EVIDENCE_FUZZY_MIN_CHARS:
        return None
    from rapidfuzz import fuzz

    haystack = normalise(article_text)
    alignment = fuzz.partial_ratio_alignment(needle, haystack.text)
    if alignment is None or alignment.score < EVIDENCE_FUZZY_MIN_SCORE:
        return None
    if alignment.dest_end <= alignment.dest_start:
        return None
    return [haystack.original_span(alignment.dest_start, alignment.dest_end)]


def text_at(article_text: str, spans: list[Span]) -> str:
    """The article's own text at the spans; pieces of an elided quote joined by ' … '."""
    return " … ".join(article_text[start:end] for start, end in spans)


def spans_match(quote: str, article_text: str, spans: list[Span]) -> bool:
    """True when the text at the spans is the quote, after normalisation (for checks and evals)."""
    if not spans or any(not 0 <= s < e <= len(article_text) for s, e in spans):
        return False
    pieces = [normalise_str(article_text[s:e]) for s, e in spans]
    wanted = [
        _strip_edge_punctuation(normalise_str(p.strip(_TRIM)))
        for p in _ELLIPSIS.split(quote.strip(_TRIM))
    ]
    wanted = [w for w in wanted if w]
    got = [_strip_edge_punctuation(p) for p in pieces]
    return got == wanted


def _strip_edge_punctuation(text: str) -> str:
    # A quote's own trailing comma or full stop is often inside the marks in one outlet and
    # outside in another; neither is part of the words spoken.
    return text.strip(" ,;:.").strip().strip("\"'").strip()
