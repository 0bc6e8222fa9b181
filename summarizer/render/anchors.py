"""Anchor ids shared by memo.html's citation links and sources.html's highlights.

A span's anchor is derived from the article and the offsets alone, so the memo can link to it
without knowing how the viewer laid the article out; an item with no span links to its article.
"""

from __future__ import annotations

from urllib.parse import quote

SOURCES_PAGE = "sources.html"


def article_anchor(article_id: str) -> str:
    return f"art-{article_id}"


def span_anchor(article_id: str, span: tuple[int, int]) -> str:
    return f"s-{article_id}-{span[0]}-{span[1]}"


def anchor_for(article_id: str, span: tuple[int, int] | None) -> str:
    return span_anchor(article_id, span) if span is not None else article_anchor(article_id)


def href(page: str, anchor: str) -> str:
    """A link to an anchor on another page; ids are percent-encoded as URL fragments."""
    return f"{page}#{quote(anchor, safe='')}"
