"""Small text helpers for the memo: Markdown escaping, dates, lists, word caps.

Markdown has no autoescape of its own, so the Markdown environment escapes every ``{{ }}`` value
with :func:`md_escape` unless the value is :class:`MdSafe` (produced only by our own filters).
Article-derived text therefore cannot open a heading, a list, a table cell, a link or raw HTML.
"""

from __future__ import annotations

import datetime as dt
import re

_WS = re.compile(r"\s+")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*$")
# Words that end in a full stop without ending a sentence: initials (U.S.) and common titles.
_NOT_AN_END = re.compile(r"(?:[A-Za-z]\.)+|(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Oct|Sept|Nov)\.")
# Characters that start inline structure anywhere: code, emphasis, links, raw HTML, table cells.
_INLINE = re.compile(r"([\\`*\[\]<>|~])")
# Underscores start emphasis only at a word edge; intraword ones (article ids) stay readable.
_EDGE_UNDERSCORE = re.compile(r"(?<![0-9A-Za-z])_|_(?![0-9A-Za-z])")
# An entity reference such as `&lt;` would be decoded by a Markdown renderer.
_ENTITY = re.compile(r"&(?=#?\w+;)")
# What turns the start of a line into a block: heading, quote, list, rule, setext underline.
_LEADING_BLOCK = re.compile(r"^(\s*)([#>+=-]|\d+[.)])")


class MdSafe(str):
    """Markdown produced by our own code, which the Markdown environment must not escape again."""

    __slots__ = ()


def collapse(text: str) -> str:
    """One line: newlines inside a quote would end a list item or a table row."""
    return _WS.sub(" ", text).strip()


def md_escape(text: str) -> MdSafe:
    """Escape article-derived text for Markdown, on one line, safe in a table cell.

    Surrounding spaces are kept: sentence pieces such as ", " are escaped one by one.
    """
    out = _INLINE.sub(r"\\\1", _WS.sub(" ", text))
    out = _EDGE_UNDERSCORE.sub(r"\\_", out)
    out = _ENTITY.sub(r"\\&", out)
    out = _LEADING_BLOCK.sub(_escape_leading, out)
    return MdSafe(out)


def _escape_leading(match: re.Match[str]) -> str:
    marker = match.group(2)
    if marker[0].isdigit():  # "1." → "1\." keeps the number but not the list
        return f"{match.group(1)}{marker[:-1]}\\{marker[-1]}"
    return f"{match.group(1)}\\{marker}"


def truncate_words(text: str, limit: int) -> tuple[str, bool]:
    """The first ``limit`` words of ``text`` (collapsed) and whether anything was cut.

    Cuts after the last full sentence that fits when that keeps at least half the limit, so a
    shortened quote still reads as whole sentences.
    """
    words = collapse(text).split(" ")
    if len(words) <= limit:
        return " ".join(words), False
    ends = [
        i + 1
        for i, word in enumerate(words[:limit])
        if _SENTENCE_END.search(word) and not _NOT_AN_END.fullmatch(word)
    ]
    cut = ends[-1] if ends and ends[-1] >= limit // 2 else limit
    return " ".join(words[:cut]).rstrip(",;:"), True


def join_and(items: list[str]) -> str:
    """'A', 'A and B', 'A, B and C'."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} and {items[-1]}"


def format_date(value: dt.date | None) -> str | None:
    return None if value is None else f"{value.day} {value:%B %Y}"


def plural(count: int, one: str, many: str | None = None) -> str:
    return f"{count} {one if count == 1 else (many or one + 's')}"


# Bodies whose names are read with "the" ("to the Verkhovna Rada", "at the European Council");
# a city or a person is not ("in Brussels").
_BODY_WORDS = frozenset({"rada", "parliament", "assembly", "council", "congress", "senate",
                         "bundestag", "commission", "summit", "headquarters", "duma", "sejm"})


def venue_in_prose(venue: str) -> str:
    """'Verkhovna Rada' → 'the Verkhovna Rada'; 'Brussels' and 'the Rada' stay as they are."""
    words = venue.split()
    if not words or words[0].lower() == "the" or words[-1].lower() not in _BODY_WORDS:
        return venue
    return f"the {venue}"
