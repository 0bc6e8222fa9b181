"""Every (quote, citation) pair the memo shows holds: the cited article prints those words at
the spans the briefing gives for them.

The memo is parsed as a reader sees it (memo.md and memo.html), the citation numbers resolved
through its Sources list and briefing.json's copy groups, and each wording looked up in the
article text at the spans of the cited article's own accounts (statements, stance evidence,
plan-point evidence) in briefing.json. Runs the offline extractor on the seeds and the dev
articles, as `summarizer run` does.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest
from conftest import DEV_DIR, ROOT, SEED_DIR

from summarizer.extract.base import ProviderSettings
from summarizer.ground import normalise_str
from summarizer.load import Article, load_articles
from summarizer.merge import merge_dir
from summarizer.render import write_memos
from summarizer.run import RunOptions, run_batch

Pair = tuple[str, tuple[int, ...], str]  # (wording, citation numbers, where)

_ELLIPSIS = re.compile(r"\s*(?:\[…\]|…|\.\.\.)\s*")
_CITE_RUN = re.compile(r"((?: ?\[\d+\])+)")


def _norm(text: str) -> str:
    return normalise_str(text).casefold()


def _pieces(wording: str) -> list[str]:
    parts = (_norm(p).strip(" ,;:.\"'") for p in _ELLIPSIS.split(wording))
    return [p for p in parts if p]


def _printed(wording: str, text: str) -> bool:
    haystack, cursor = _norm(text), 0
    for piece in _pieces(wording):
        found = haystack.find(piece, cursor)
        if found < 0:
            return False
        cursor = found + len(piece)
    return True


def _unescape_md(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text)


def _opening(text: str, close: int) -> int:
    """Index of the “ that opens the quotation closed at `close` (nested quotes skipped)."""
    depth = 0
    for index in range(close, -1, -1):
        if text[index] == "”":
            depth += 1
        elif text[index] == "“":
            depth -= 1
            if depth == 0:
                return index
    return -1


def md_pairs(md: str) -> list[Pair]:
    body = md.split("\n## Sources\n", 1)[0]
    pairs: list[Pair] = []
    for match in re.finditer(r"”((?: \[\d+\])+)", body):
        start = _opening(body, match.start())
        assert start >= 0, body[max(0, match.start() - 80): match.start() + 1]
        wording = _unescape_md(body[start + 1: match.start()])
        numbers = tuple(int(n) for n in re.findall(r"\d+", match.group(1)))
        pairs.append((wording, numbers, "md quote"))
    plan = re.search(r"^## The plan\n(.*?)^## ", md, re.M | re.S)
    assert plan is not None
    for line in plan.group(1).splitlines():
        point = re.match(r"^- (?:\*\*\d+\.\*\* )?(.*?)((?: \[\d+\])+)", line)
        if point and not line.startswith("- **Plan") and not line.startswith("- *"):
            numbers = tuple(int(n) for n in re.findall(r"\d+", point.group(2)))
            pairs.append((_unescape_md(point.group(1)), numbers, "md plan point"))
    return pairs


def html_pairs(page: str) -> list[Pair]:
    pairs: list[Pair] = []
    for match in re.finditer(r'<q>(.*?)</q> <span class="cite">(.*?)</span>', page, re.S):
        numbers = tuple(int(n) for n in re.findall(r">\[(\d+)\]<", match.group(2)))
        pairs.append((html.unescape(match.group(1)), numbers, "html quote"))
    points = re.search(r'<ul class="points">(.*?)</ul>', page, re.S)
    if points:
        for item in re.findall(r"<li[^>]*>(.*?)</li>", points.group(1), re.S):
            point = re.match(r'(?:<span class="num">\d+\.</span> )?(.*?) <span class="cite">(.*?)'
                             r"</span>", item, re.S)
            if point:
                numbers = tuple(int(n) for n in re.findall(r">\[(\d+)\]<", point.group(2)))
                pairs.append((html.unescape(point.group(1)), numbers, "html plan point"))
    return pairs


def md_sources(md: str, briefing: dict[str, object]) -> dict[int, list[str]]:
    """Citation number → the article ids it stands for (an article and its copies)."""
    articles = briefing["articles"]
    copies = {g["article_id"]: g["copies"] for g in briefing["copies"]}  # type: ignore[index]
    by_location = {a["url"] or a["source_path"]: a["id"] for a in articles}  # type: ignore[index]
    found: dict[int, list[str]] = {}
    for number, rest in re.findall(r"^- \*\*\[(\d+)\]\*\* (.*)$", md, re.M):
        location = re.split(r"\. (?:File|URL): ", _unescape_md(rest))[-1]
        location = location.removesuffix(" *(not cited above)*")
        article_id = by_location[location]
        found[int(number)] = [article_id, *copies.get(article_id, [])]
    return found


def accounts(briefing: dict[str, object]) -> dict[str, list[tuple[str, list[list[int]]]]]:
    """Article id → its own wordings in the briefing, with their spans."""
    found: dict[str, list[tuple[str, list[list[int]]]]] = {}

    def add(article_id: str, text: str, spans: list[list[int]]) -> None:
        found.setdefault(article_id, []).append((text, spans))

    for statement in briefing["statements"]:  # type: ignore[attr-defined]
        for ref in statement["sources"]:
            add(ref["article_id"], ref["text"], ref["spans"])
    for stance in briefing["stances"]:  # type: ignore[attr-defined]
        for source in stance["sources"]:
            for ev in source["evidence"]:
                add(source["article_id"], ev["text"], ev["spans"])
    plan = briefing["plan"]
    for point in plan["points"] if plan else []:  # type: ignore[index]
        for ref in point["sources"]:
            add(ref["article_id"], ref["text"], ref["spans"])
    return found


def check_memo(out: Path, texts: dict[str, str]) -> int:
    """Assert every (wording, citation) pair holds; returns how many were checked."""
    briefing = json.loads((out / "briefing.json").read_text(encoding="utf-8"))
    md = (out / "memo.md").read_text(encoding="utf-8")
    page = (out / "memo.html").read_text(encoding="utf-8")
    numbers = md_sources(md, briefing)
    own = accounts(briefing)
    # The briefing's spans hold each account's words.
    for article_id, wordings in own.items():
        for text, spans in wordings:
            if spans:
                at = " … ".join(texts[article_id][s:e] for s, e in spans)
                assert _printed(text, at) or _printed(at, text), (article_id, text, at)
    pairs = md_pairs(md) + html_pairs(page)
    for wording, cited, where in pairs:
        assert cited, (where, wording)
        for number in cited:
            ids = numbers[number]
            assert any(
                _printed(wording, " … ".join(texts[a][s:e] for s, e in spans))
                for a in ids for _, spans in own.get(a, []) if spans
            ), f"{where}: [{number}] ({ids[0]}) does not print at its spans: {wording!r}"
    return len(pairs)


async def _run(folder: Path, out: Path) -> dict[str, str]:
    options = RunOptions(out_dir=out, use_cache=False)
    report = await run_batch([str(folder.relative_to(ROOT))], ProviderSettings(provider="offline"),
                             options)
    assert report.counts.failed == 0
    write_memos(merge_dir(out, report.articles), out)
    return {a.id: a.text for a in load_articles([str(folder.relative_to(ROOT))])
            if isinstance(a, Article)}


@pytest.mark.parametrize("folder", [SEED_DIR, DEV_DIR], ids=["seeds", "dev"])
async def test_every_quote_and_point_in_the_memo_is_printed_by_what_it_cites(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    texts = await _run(folder, tmp_path)
    assert check_memo(tmp_path, texts) >= 10


def test_the_check_catches_a_citation_to_a_source_that_words_it_otherwise(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The check can fail: citing 000 for 001's wording of Smith's remark is caught."""
    import asyncio

    monkeypatch.chdir(ROOT)
    texts = asyncio.run(_run(SEED_DIR, tmp_path))
    md = (tmp_path / "memo.md").read_text(encoding="utf-8")
    wrong = re.sub(r"(the short term”) \[\d+\]", r"\1 [1]", md, count=1)
    assert wrong != md
    (tmp_path / "memo.md").write_text(wrong, encoding="utf-8")
    with pytest.raises(AssertionError, match="does not print"):
        check_memo(tmp_path, texts)
