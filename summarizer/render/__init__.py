"""The briefing memo: Markdown and one self-contained HTML file, every line cited.

``render_memo(briefing, "md" | "html")`` returns the text; ``write_memos(briefing, out_dir)``
writes ``memo.md`` and ``memo.html`` atomically. Content is built once as plain data
(:mod:`summarizer.render.view`) and laid out by Jinja2 templates in ``templates/``.

Escaping is on by default in both formats: HTML through Jinja's autoescape, Markdown through an
environment ``finalize`` that escapes every value not produced by our own filters.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup, escape

from summarizer.cache import atomic_write_text
from summarizer.render.parts import Cites, Sentence
from summarizer.render.text import MdSafe, md_escape
from summarizer.render.view import Limits, Memo, build_memo
from summarizer.schemas import Briefing

__all__ = ["FORMATS", "Limits", "build_memo", "render_memo", "write_memos"]

FORMATS = ("md", "html")


def render_memo(briefing: Briefing, fmt: str, limits: Limits | None = None) -> str:
    """The memo as Markdown (``fmt="md"``) or self-contained HTML (``fmt="html"``)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown memo format {fmt!r}; choose one of {', '.join(FORMATS)}")
    memo = build_memo(briefing, limits)
    return _render(memo, fmt)


def write_memos(briefing: Briefing, out_dir: Path) -> None:
    """Write ``out_dir/memo.md`` and ``out_dir/memo.html``."""
    memo = build_memo(briefing)
    for fmt in FORMATS:
        atomic_write_text(out_dir / f"memo.{fmt}", _render(memo, fmt))


def _render(memo: Memo, fmt: str) -> str:
    # Citation numbers are assigned while the view is built, so one view serves both formats.
    text = _environment(fmt).get_template(f"memo.{fmt}.j2").render(memo=memo)
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


def _html_cites(cites: Cites) -> Markup:
    links = "".join(f'<a href="#src-{n}">[{n}]</a>' for n in cites.numbers)
    if not links:
        return Markup("")
    more = f' <span class="more">(and {cites.more} more)</span>' if cites.more else ""
    return Markup(f' <span class="cite">{links}{more}</span>')


def _md_sentences(sentences: list[Sentence]) -> MdSafe:
    return MdSafe(" ".join(
        "".join(_md_cites(p) if isinstance(p, Cites) else md_escape(p) for p in s)
        for s in sentences
    ))


def _html_sentences(sentences: list[Sentence]) -> Markup:
    return Markup(" ").join(
        Markup("").join(_html_cites(p) if isinstance(p, Cites) else escape(p) for p in s)
        for s in sentences
    )
