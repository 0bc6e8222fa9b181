"""True citations and span links together: each `[n]` cites only a source that prints the words
shown and links to the span where that source prints them; sources in other words link to their
own words; a capped citation links each shown source and counts the rest; a copy links into the
copy it comes from, under its group's number."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote

from summarizer.article_texts import write_article_text
from summarizer.render import write_memos
from summarizer.render.parts import Citer, Ref
from summarizer.schemas import ArticleMeta, Briefing, CopyGroup, MergedStatement, SourceRef, Speaker

SAID = "We continue to provide Ukraine with the necessary tools"
PRINTING = [f"p{i}" for i in range(7)]  # seven outlets print the words: five shown, two counted
OTHER = "o1"  # one outlet reports the remark in other words


def _text(article_id: str) -> str:
    if article_id == OTHER:
        return "The envoy said they give Ukraine all the help it needs, on Monday.\n"
    return f"Filed by {article_id}. The envoy said: “{SAID},” on Monday.\n"


def _ref(article_id: str) -> SourceRef:
    text = _text(article_id)
    words = "they give Ukraine all the help it needs" if article_id == OTHER else SAID
    start = text.index(words)
    return SourceRef(article_id=article_id, text=words, spans=[(start, start + len(words))],
                     kind="paraphrase" if article_id == OTHER else "direct")


def _links(cite_html: str) -> list[tuple[int, str]]:
    return [(int(n), unquote(href.split("#", 1)[1]))
            for href, n in re.findall(r'<a href="([^"]+)"[^>]*>\[(\d+)\]</a>', cite_html)]


def test_a_capped_citation_links_each_printer_to_its_span_and_others_to_their_words(
    tmp_path: Path,
) -> None:
    ids = [*PRINTING, OTHER]
    # The one the reader meets first is the article that only words it otherwise.
    sources = [_ref(OTHER), *(_ref(a) for a in PRINTING)]
    statement = MergedStatement(id="s1", speaker=Speaker(name="Jane Roe"), text=SAID,
                                kind="direct", sources=sources)
    briefing = Briefing(articles=[ArticleMeta(id=a, outlet=a.upper()) for a in ids],
                        statements=[statement])
    for article_id in ids:
        write_article_text(tmp_path, article_id, _text(article_id))
    write_memos(briefing, tmp_path)
    page = (tmp_path / "memo.html").read_text(encoding="utf-8")
    quote = re.search(r"<q>([^<]*)</q> <span class=\"cite\">(.*?)</span></span>", page, re.S)
    assert quote is not None and quote.group(1) == SAID
    shown = _links(quote.group(2))
    assert len(shown) == 5 and "(and 2 more)" in quote.group(2)
    md = (tmp_path / "memo.md").read_text(encoding="utf-8")
    assert re.search(rf"“{SAID}” (\[\d\]){{5}} \(and 2 more\); also reported, in other words, "
                     r"by \[\d\]", md)
    sources_page = (tmp_path / "sources.html").read_text(encoding="utf-8")
    for _, anchor in shown:
        article_id, start, end = re.fullmatch(r"s-(\w+)-(\d+)-(\d+)", anchor).groups()  # type: ignore[union-attr]
        assert article_id in PRINTING
        assert _text(article_id)[int(start):int(end)] == SAID
        assert f'id="{anchor}"' in sources_page
    also = re.search(r'<span class="also">(.*?)</span></span>', page, re.S)
    assert also is not None
    ((_, anchor),) = _links(also.group(1))
    assert anchor.startswith(f"s-{OTHER}-")  # the other wording's own span, not its article


def test_a_copy_is_cited_under_its_group_and_links_into_the_copy() -> None:
    articles = [ArticleMeta(id=a) for a in ("lead", "copy", "x")]
    citer = Citer(articles, [CopyGroup(article_id="lead", copies=["copy"])])
    cites = citer.cite_refs([Ref("lead"), Ref("copy", (3, 9), "words"), Ref("x", (1, 2), "w")])
    # One number for the group; the lead has no span for it, its copy has: the link goes there.
    assert cites.numbers == (1, 2) and cites.more == 0
    assert cites.article_ids == ("copy", "x")
    assert cites.anchors == ("s-copy-3-9", "s-x-1-2")
    # Near miss: with a span of its own, the first ref of the group is kept.
    citer = Citer(articles, [CopyGroup(article_id="lead", copies=["copy"])])
    cites = citer.cite_refs([Ref("lead", (0, 4), "mine"), Ref("copy", (3, 9), "words")])
    assert cites.anchors == ("s-lead-0-4",) and cites.notes == ("mine",)
