"""The briefing memo: Markdown and one self-contained HTML file, every line cited.

``render_memo(briefing, "md" | "html")`` returns the text; ``write_memos(briefing, out_dir)``
writes ``memo.md``, ``memo.html`` and the source viewer ``sources.html`` atomically; in
``memo.html`` each citation then links to the span in ``sources.html`` that says it. Content is
built once as plain data (:mod:`summarizer.render.view`) and laid out by Jinja2 templates in
``templates/``.

Escaping is on by default in both formats: HTML through Jinja's autoescape, Markdown through an
environment ``finalize`` that escapes every value not produced by our own filters.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, pass_context
from jinja2.runtime import Context
from markupsafe import Markup, escape

from summarizer.article_texts import read_article_text
from summarizer.cache import atomic_write_text
from summarizer.render.anchors import SOURCES_PAGE, article_anchor, href
from summarizer.render.parts import Cites, Sentence
from summarizer.render.sources import build_sources, render_sources
from summarizer.render.text import MdSafe, md_escape, truncate_words
from summarizer.render.view import Limits, Memo, build_memo
from summarizer.schemas import Briefing

__all__ = ["FORMATS", "Limits", "build_memo", "render_memo", "write_memos"]

FORMATS = ("md", "html")
HOVER_WORDS = 120  # a citation's hover text (its sentence), this many words at most


def render_memo(briefing: Briefing, fmt: str, limits: Limits | None = None) -> str:
    """The memo as Markdown (``fmt="md"``) or self-contained HTML (``fmt="html"``)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown memo format {fmt!r}; choose one of {', '.join(FORMATS)}")
    memo = build_memo(briefing, limits)
    return _render(memo, fmt)


def write_memos(briefing: Briefing, out_dir: Path) -> None:
    """Write ``out_dir/sources.html``, then ``memo.md`` and ``memo.html`` linked to it."""
    page = build_sources(briefing, lambda meta: read_article_text(out_dir, meta))
    atomic_write_text(out_dir / SOURCES_PAGE, render_sources(page))
    links = Links(SOURCES_PAGE, page.anchors)
    memo = build_memo(briefing)
    for fmt in FORMATS:
        atomic_write_text(out_dir / f"memo.{fmt}", _render(memo, fmt, links))


@dataclass(frozen=True)
class Links:
    """Where memo.html's citations point: a page, the anchors it really has, and the
    sentence each span anchor marks."""

    page: str
    anchors: Mapping[str, str]

    def sentence(self, anchor: str | None) -> str:
        return self.anchors.get(anchor, "") if anchor else ""

    def target(self, anchor: str | None, article_id: str | None) -> str | None:
        if anchor and anchor in self.anchors:
            return href(self.page, anchor)
        if article_id and article_anchor(article_id) in self.anchors:
            return href(self.page, article_anchor(article_id))
        return None


def _render(memo: Memo, fmt: str, links: Links | None = None) -> str:
    # Citation numbers are assigned while the view is built, so one view serves both formats.
    text = _environment(fmt).get_template(f"memo.{fmt}.j2").render(memo=memo, links=links)
    return text.rstrip("\n") + "\n"


@cache
def _environment(fmt: str) -> Environment:
    common: dict[str, Any] = {
        "loader": PackageLoader("summarizer.render", "templates"),
        "undefined": StrictUndefined,
        "trim_blocks": True,
        "lstrip_blocks": True,
        "keep_trailing_newline": True,
    }
    if fmt == "html":
        env = Environment(autoescape=True, **common)
        env.filters["cites"] = _html_cites
        env.filters["sentences"] = _html_sentences
    else:
        env = Environment(autoescape=False, finalize=_md_finalize, **common)
        env.filters["cites"] = _md_cites
        env.filters["sentences"] = _md_sentences
    return env


def _md_finalize(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, MdSafe):
        return value
    return md_escape(str(value))


# Citations render with a leading space ("Germany [4]"), nothing at all when there are none.


def _md_cites(cites: Cites) -> MdSafe:
    # `[1][4]` with no link definitions anywhere renders as plain text in every Markdown flavour.
    if not cites:
        return MdSafe("")
    more = f" (and {cites.more} more)" if cites.more else ""
    return MdSafe(" " + "".join(f"[{n}]" for n in cites.numbers) + more)


@pass_context
def _html_cites(context: Context, cites: Cites) -> Markup:
    return _cite_links(cites, context.get("links"))


def _cite_links(cites: Cites, links: Links | None) -> Markup:
    """`[n]` links: to the span in sources.html that says it, with its words on hover; to the
    memo's own source list when there is no viewer (`summarizer memo`)."""
    parts = []
    for i, number in enumerate(cites.numbers):
        anchor = cites.anchors[i] if i < len(cites.anchors) else None
        article_id = cites.article_ids[i] if i < len(cites.article_ids) else None
        target = links.target(anchor, article_id) if links else None
        # Hovering shows the sentence the source prints it in, else the source's own words.
        sentence = links.sentence(anchor) if links else ""
        words = cites.notes[i] if i < len(cites.notes) else ""
        hover = _hover(number, sentence, quoted=False) if sentence else (
            _hover(number, words, quoted=True) if words else "")
        title = Markup(' title="{}"').format(hover) if hover else Markup("")
        parts.append(Markup('<a href="{}"{}>[{}]</a>').format(
            target or f"#src-{number}", title, number))
    if not parts:
        return Markup("")
    more = Markup(' <span class="more">(and {} more)</span>').format(cites.more) \
        if cites.more else Markup("")
    return Markup(' <span class="cite">{}{}</span>').format(Markup("").join(parts), more)


def _hover(number: int, text: str, *, quoted: bool) -> str:
    shown, elided = truncate_words(text, HOVER_WORDS)
    shown += " …" if elided else ""
    return f"[{number}] “{shown}”" if quoted else f"[{number}] {shown}"


def _md_sentences(sentences: list[Sentence]) -> MdSafe:
    return MdSafe(" ".join(
        "".join(_md_cites(p) if isinstance(p, Cites) else md_escape(p) for p in s)
        for s in sentences
    ))


@pass_context
def _html_sentences(context: Context, sentences: list[Sentence]) -> Markup:
    links = context.get("links")
    return Markup(" ").join(
        Markup("").join(_cite_links(p, links) if isinstance(p, Cites) else escape(p) for p in s)
        for s in sentences
    )
