"""Split long articles into overlapping chunks at paragraph boundaries.

Each chunk keeps its start offset so spans found in it map back to the full article text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


@dataclass(frozen=True)
class Chunk:
    start: int
    text: str


def split_into_chunks(text: str, start: int, max_chars: int, overlap: int) -> list[Chunk]:
    """Chunks of at most ~max_chars covering text[start:], each repeating up to `overlap`
    characters of whole paragraphs from the end of the previous chunk."""
    if len(text) - start <= max_chars:
        return [Chunk(start, text[start:])]
    pieces = _pieces(text, start, max_chars)
    chunks: list[Chunk] = []
    index = 0
    while index < len(pieces):
        first = index
        end = pieces[index][1]
        index += 1
        while index < len(pieces) and pieces[index][1] - pieces[first][0] <= max_chars:
            end = pieces[index][1]
            index += 1
        chunks.append(Chunk(pieces[first][0], text[pieces[first][0] : end]))
        if index < len(pieces):
            # Step back over whole pieces that fit in the overlap, but always move forward.
            back = index
            while back - 1 > first and end - pieces[back - 1][0] <= overlap:
                back -= 1
            index = back
    return chunks


def _pieces(text: str, start: int, max_chars: int) -> list[tuple[int, int]]:
    """Paragraph spans; a paragraph longer than max_chars is cut at sentence ends, then hard."""
    spans: list[tuple[int, int]] = []
    cursor = start
    for match in _PARAGRAPH_BREAK.finditer(text, start):
        spans.append((cursor, match.start()))
        cursor = match.end()
    spans.append((cursor, len(text)))
    out: list[tuple[int, int]] = []
    for begin, end in spans:
        if end <= begin:
            continue
        if end - begin <= max_chars:
            out.append((begin, end))
            continue
        out.extend(_cut_long(text, begin, end, max_chars))
    return out


def _cut_long(text: str, begin: int, end: int, max_chars: int) -> list[tuple[int, int]]:
    cuts = [begin] + [m.end() for m in _SENTENCE_END.finditer(text, begin, end)] + [end]
    out: list[tuple[int, int]] = []
    piece_start = begin
    last = begin
    for cut in cuts[1:]:
        if cut - piece_start > max_chars and last > piece_start:
            out.append((piece_start, last))
            piece_start = last
        last = cut
    out.append((piece_start, end))
    # Sentences longer than max_chars are cut hard; quotes crossing such a cut are rare.
    hard: list[tuple[int, int]] = []
    for b, e in out:
        hard.extend((i, min(i + max_chars, e)) for i in range(b, e, max_chars))
    return hard
