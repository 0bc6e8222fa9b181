"""The source viewer (sources.html) and the memo's citation links into it.

Every `[n]` in memo.html that names a span must land on a highlight whose text is that span of
the article, and no article text, title, URL or quote may become markup.
"""

from __future__ import annotations

import asyncio
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote

from conftest import SEED_DIR
from hypothesis import given
from hypothesis import strategies as st

from summarizer.article_texts import text_path
from summarizer.extract.base import ProviderSettings
from summarizer.merge import merge_dir
from summarizer.render import build_memo, write_memos
from summarizer.render.sources import MarkView, enclosing_sentence, layout
from summarizer.run import RunOptions, run_batch
from summarizer.schemas import Briefing

HOSTILE = '<script>alert(1)</script><img src=x onerror="alert(2)">'


class Page(HTMLParser):
    """Elements by id with their whole text (nested elements included), tags, attributes."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text_by_id: dict[str, str] = {}
        self.links: list[dict[str, str | None]] = []
        self._open: list[tuple[str, str | None, list[str]]] = []  # tag, id, text so far
        self.scripts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        self.tags.append((tag, values))
        if tag == "a":
            self.links.append(values)
        if tag not in ("br", "meta", "img", "input"):
            self._open.append((tag, values.get("id"), []))

    def handle_endtag(self, tag: str) -> None:
        while self._open:
            name, element_id, text = self._open.pop()
            joined = "".join(text)
            if self._open:
                self._open[-1][2].append(joined)
            if element_id:
                self.text_by_id[element_id] = joined
            if name == "script":
                self.scripts.append(joined)
            if name == tag:
                return

    def handle_data(self, data: str) -> None:
        if self._open:
            self._open[-1][2].append(data)


def parse(path: Path) -> Page:
    page = Page()
    page.feed(path.read_text(encoding="utf-8"))
    page.close()
    return page


def run_offline(inputs: list[str], out: Path) -> Briefing:
    settings = ProviderSettings(provider="offline")
    asyncio.run(run_batch(inputs, settings, RunOptions(out_dir=out, use_cache=False)))
    briefing = merge_dir(out)
    write_memos(briefing, out)
    return briefing


def _normal(text: str) -> str:
    text = re.sub(r"[“”„\"]", '"', re.sub(r"[‘’`']", "'", text))
    return " ".join(text.split())


SPAN_ANCHOR = re.compile(r"^s-(?P<article>.+)-(?P<start>\d+)-(?P<end>\d+)$")


def test_every_memo_citation_lands_on_the_span_it_cites(tmp_path: Path) -> None:
    briefing = run_offline([str(SEED_DIR)], tmp_path)
    memo, sources = parse(tmp_path / "memo.html"), parse(tmp_path / "sources.html")
    cites = [link for link in memo.links if (link.get("href") or "").startswith("sources.html#")]
    assert cites, "memo.html has no links into sources.html"
    to_spans = 0
    for link in cites:
        anchor = unquote((link["href"] or "").split("#", 1)[1])
        assert anchor in sources.text_by_id, anchor
        match = SPAN_ANCHOR.match(anchor)
        if match is None:
            assert anchor.startswith("art-")
            continue
        to_spans += 1
        text = text_path(tmp_path, match["article"]).read_text(encoding="utf-8")
        span_text = text[int(match["start"]) : int(match["end"])]
        assert sources.text_by_id[anchor] == span_text
        # Hovering shows the sentence the highlight is in.
        hover = link.get("title") or ""
        assert _normal(span_text)[:80] in _normal(hover), (hover, span_text)
    # Quotes, plan points and stance evidence carry spans: each of their citations reaches
    # one (the plan's header, its aims and disagreements name only articles).
    memo_view = build_memo(briefing)
    assert memo_view.plan is not None
    shown = [q.cites for s in memo_view.speakers for q in s.quotes]
    shown += [row.cites for row in memo_view.stances] + [p.cites for p in memo_view.plan.points]
    assert all(a.startswith("s-") for cites in shown for a in cites.anchors)
    assert to_spans >= sum(len(c.numbers) for c in shown)
    # Every extracted span of every statement is highlighted somewhere in the viewer.
    for statement in briefing.statements:
        for source in statement.sources:
            for start, end in source.spans:
                assert f"s-{source.article_id}-{start}-{end}" in sources.text_by_id


def test_the_viewer_labels_speakers_positions_and_plan_points(tmp_path: Path) -> None:
    run_offline([str(SEED_DIR)], tmp_path)
    html = (tmp_path / "sources.html").read_text(encoding="utf-8")
    marks = [attrs for tag, attrs in parse(tmp_path / "sources.html").tags if tag == "mark"]
    classes = [set((m.get("class") or "").split()) for m in marks]
    assert any("q" in c for c in classes) and any("pp" in c for c in classes)
    assert {p for c in classes for p in c if p.startswith("pos-")} >= {"pos-supports",
                                                                       "pos-opposes"}
    assert len({p for c in classes for p in c if p.startswith("sp-")}) >= 5
    assert 'data-tag="Julianne Smith"' in html and '<option value="US">' in html
    # The filters' values are the keys the highlights carry.
    options = re.findall(r'<option value="(k\d+)">', html)
    assert options and all(f'data-sp="{key}' in html or f' {key}"' in html
                           for key in options[:5])


def test_no_title_url_text_or_quote_becomes_markup(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "hostile.txt").write_text(
        f"title: Plan {HOSTILE}\nurl: javascript:alert(3)\nsource: Outlet {HOSTILE}\n\n"
        f'NATO\'s chief said on Monday: "The plan {HOSTILE} deserves a careful reading by all '
        f'allies," speaking in Brussels.\n\nGermany opposes an invitation to NATO now, '
        f"its chancellor said. {HOSTILE} </article></mark></div>\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    run_offline([str(folder)], out)
    for name in ("sources.html", "memo.html"):
        page = parse(out / name)
        tags = {tag for tag, _ in page.tags}
        assert "img" not in tags, name
        assert all(not key.startswith("on") for _, attrs in page.tags for key in attrs), name
        assert all(not (link.get("href") or "").lower().startswith("javascript:")
                   for link in page.links), name
        # The only script is the viewer's own filter code.
        assert len(page.scripts) == (1 if name == "sources.html" else 0), name
        assert all("alert" not in script for script in page.scripts)
    sources = parse(out / "sources.html")
    # The hostile quote is highlighted, as text.
    assert any("<script>alert(1)</script>" in text
               for anchor, text in sources.text_by_id.items() if anchor.startswith("s-"))
    html = (out / "sources.html").read_text(encoding="utf-8")
    assert "script-src 'sha256-" in html and "&lt;script&gt;" in html


def test_an_article_without_its_text_is_listed_and_cited_by_article(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    shutil.copytree(SEED_DIR, folder)
    out = tmp_path / "out"
    briefing = run_offline([str(folder)], out)
    lost = briefing.articles[0]
    assert lost.source_path
    Path(lost.source_path).unlink()
    text_path(out, lost.id).unlink()
    # Another article's text comes back from its source file when texts/ lacks it.
    other = briefing.articles[1]
    text_path(out, other.id).unlink()
    write_memos(briefing, out)
    sources, memo = parse(out / "sources.html"), parse(out / "memo.html")
    assert "was not found" in sources.text_by_id[f"art-{lost.id}"]
    assert any(anchor.startswith(f"s-{other.id}-") for anchor in sources.text_by_id)
    hrefs = [unquote(link.get("href") or "") for link in memo.links]
    assert not any(h.startswith(f"sources.html#s-{lost.id}-") for h in hrefs)
    assert f"sources.html#art-{lost.id}" in hrefs


def test_a_citations_hover_is_the_whole_sentence_around_its_span() -> None:
    text = ('Talks went on. The U.S. Ambassador, Mr. Smith, said: "We stay the course." '
            "Then she left.\nA new paragraph without an end")
    quote = text.index("We stay")
    assert enclosing_sentence(text, quote, text.index(" course") + 7) == (
        'The U.S. Ambassador, Mr. Smith, said: "We stay the course."')
    # A span ending with its own full stop; a line break ends a sentence too.
    assert enclosing_sentence(text, 0, 14) == "Talks went on."
    start = text.index("A new")
    assert enclosing_sentence(text, start, start + 5) == "A new paragraph without an end"
    assert enclosing_sentence(text, text.index("Then"), text.index("Then") + 4) == (
        "Then she left.")


def _mark(anchor: str) -> MarkView:
    return MarkView(anchor, "hl", anchor, "", "", "")


def _rebuild(pieces: list[tuple[str, object]]) -> tuple[str, dict[str, str]]:
    """The text back from the pieces, and each anchored highlight's own text."""
    text = ""
    open_: list[tuple[str | None, int]] = []
    found: dict[str, str] = {}
    for kind, value in pieces:
        if kind == "t":
            assert isinstance(value, str)
            text += value
        elif kind == "o":
            assert isinstance(value, MarkView)
            open_.append((value.anchor, len(text)))
        else:
            anchor, start = open_.pop()
            if anchor:
                found[anchor] = text[start:]
    assert not open_
    return text, found


def test_nested_and_crossing_spans_keep_the_later_one_whole() -> None:
    text = "0123456789abcdefghij"
    # (0, 10) holds (2, 5); (8, 15) crosses (0, 10): it stays whole, (0, 10) is split.
    pieces = layout(text, [(0, 10, _mark("a")), (2, 5, _mark("b")), (8, 15, _mark("c"))])
    rebuilt, found = _rebuild(pieces)
    assert rebuilt == text
    assert found == {"a": "01234567", "b": "234", "c": "89abcde"}
    assert sum(1 for kind, _ in pieces if kind == "o") == 4  # one continuation


@given(st.lists(st.tuples(st.integers(0, 40), st.integers(1, 15)), max_size=30))
def test_layout_keeps_the_text_and_nests_every_highlight(spans: list[tuple[int, int]]) -> None:
    text = "".join(chr(ord("a") + i % 26) for i in range(50))
    marks = {(s, min(s + n, len(text))) for s, n in spans}
    pieces = layout(text, [(s, e, _mark(f"{s}-{e}")) for s, e in marks])
    rebuilt, found = _rebuild(pieces)
    assert rebuilt == text
    opened = [v for k, v in pieces if k == "o"]
    assert sum(1 for k, _ in pieces if k == "c") == len(opened)
    # Each highlight opens once with its anchor, and its first piece starts at its start.
    assert sorted(v.anchor for v in opened if isinstance(v, MarkView) and v.anchor) == sorted(
        f"{s}-{e}" for s, e in marks)
    for anchor, shown in found.items():
        start, end = map(int, anchor.split("-"))
        assert text[start:end].startswith(shown) and shown
    # One element per highlight, plus at most one continuation per pair of crossing spans.
    crossings = sum(1 for a in marks for b in marks if a[0] < b[0] < a[1] < b[1])
    assert len(opened) <= len(marks) + crossings
