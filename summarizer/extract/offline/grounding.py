"""Offsets for what the rules found, always computed by summarizer.ground.

The rules know where a quote or sentence sits; `ground.find_quote` is run on exactly that stretch
(`ground.find_in_place`, so a phrase printed twice is placed where it was found, not at its
first occurrence), and the result is shifted back to article offsets and checked with
`ground.spans_match`; a direct quote is also held to the article's quotation marks
(`quotation.check_quote_spans`), the rule every provider's quotes meet.
"""

from __future__ import annotations

from functools import lru_cache

from summarizer.extract.offline.collector import per_article
from summarizer.ground import find_in_place, spans_match, text_at
from summarizer.quotation import check_quote_spans
from summarizer.schemas import Span


def locate(
    article_text: str, pieces: list[tuple[int, int]], verify: bool = False
) -> tuple[str, list[Span]] | None:
    """Grounded (text, spans) for stretches of the article; None if any piece is empty.

    verify: also check the result with `ground.spans_match` and the quotation marks (required
    for direct quotes; for evidence `find_in_place` on the very stretch is already exact).
    """
    found = _locate(article_text, tuple(pieces), verify)
    return (found[0], list(found[1])) if found else None


# The same sentence is often evidence for several countries: ground it once.
@per_article
@lru_cache(maxsize=512)
def _locate(
    article_text: str, pieces: tuple[tuple[int, int], ...], verify: bool
) -> tuple[str, tuple[Span, ...]] | None:
    spans: list[Span] = []
    for start, end in pieces:
        found = find_in_place(article_text[start:end])
        if not found:
            return None
        spans.extend([(start + a, start + b) for a, b in found])
    text = text_at(article_text, spans)
    if verify and (
        not spans_match(text, article_text, spans) or check_quote_spans(article_text, spans)
    ):
        return None
    return text, tuple(spans)
