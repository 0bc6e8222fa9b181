"""Copies grouped: wire copies and reposts of one text are one source, and the memo stays the
size of the distinct articles however many copies there are."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import ROOT, SEED_DIR
from test_memo_citations_hold import check_memo

from summarizer.extract.base import ProviderSettings
from summarizer.load import Article, load_articles
from summarizer.merge import merge_dir
from summarizer.merge.copies import copy_groups
from summarizer.render import write_memos
from summarizer.run import RunOptions, run_batch
from summarizer.schemas import ArticleMeta

STORY = (
    "BRUSSELS (Wire) - Defence ministers of the alliance met on Thursday to weigh a request "
    "from Kyiv for longer-range air defence systems. \"We will look at every option on the "
    "table,\" the chair of the meeting told reporters after the first session. Several "
    "delegations said they needed more time to consult their parliaments before any decision "
    "on deliveries, and a second meeting was set for next month in the same city."
)
OTHER = (
    "BRUSSELS - Alliance defence ministers met on Thursday. Kyiv asked for longer-range air "
    "defence, and the chair said every option was on the table, while several delegations "
    "wanted to consult their parliaments first; ministers meet again next month."
)


def _metas(*ids: str) -> list[ArticleMeta]:
    return [ArticleMeta(id=i, outlet=f"Outlet {i}") for i in ids]


def test_identical_and_near_identical_texts_are_one_group_and_a_rewrite_is_not() -> None:
    texts = {
        "a": STORY,
        "b": STORY.upper().replace("  ", " "),  # the same words, restyled
        "c": STORY + " This story was republished from the wire service.",  # a repost
        "d": OTHER,  # the same event in an outlet's own words
        "e": "Something else entirely, about fishing quotas in the North Sea.",
    }
    groups = copy_groups(_metas(*texts), texts)
    assert [(g.article_id, sorted(g.copies)) for g in groups] == [("a", ["b", "c"])]


def test_the_group_is_named_after_the_article_the_copies_credit() -> None:
    texts = {"x1": STORY + " (Reuters)", "x2": STORY + " (Reuters)", "wire": STORY}
    metas = [ArticleMeta(id="x1", outlet="Daily"), ArticleMeta(id="x2", outlet="Weekly"),
             ArticleMeta(id="wire", outlet="Reuters")]
    (group,) = copy_groups(metas, texts)
    assert group.article_id == "wire" and sorted(group.copies) == ["x1", "x2"]


def _copies(folder: Path, copies: int) -> None:
    """The seeds, plus `copies` copies of each under other outlets: exact wire copies and
    reposts that add a credit line."""
    folder.mkdir()
    for seed in sorted(SEED_DIR.glob("*.txt")):
        text = seed.read_text(encoding="utf-8")
        (folder / seed.name).write_text(text, encoding="utf-8")
        for k in range(copies):
            body = text if k % 2 else text + "\n\nRepublished with permission of the wire.\n"
            (folder / f"{seed.stem}_copy{k:04d}.txt").write_text(
                f"source: Outlet {k}\n\n{body}", encoding="utf-8")


async def _memo(folder: Path, out: Path) -> dict[str, str]:
    report = await run_batch([str(folder)], ProviderSettings(provider="offline"),
                             RunOptions(out_dir=out, use_cache=False))
    assert report.counts.failed == 0
    write_memos(merge_dir(out, report.articles), out)
    return {a.id: a.text for a in load_articles([str(folder)]) if isinstance(a, Article)}


async def test_copies_of_the_seeds_give_a_memo_the_size_of_the_seeds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    _copies(tmp_path / "seeds", 0)
    _copies(tmp_path / "copies", 40)
    await _memo(tmp_path / "seeds", tmp_path / "out-seeds")
    texts = await _memo(tmp_path / "copies", tmp_path / "out-copies")
    alone = (tmp_path / "out-seeds" / "memo.md").read_text(encoding="utf-8")
    copied = (tmp_path / "out-copies" / "memo.md").read_text(encoding="utf-8")
    assert "Built from 205 articles (5 distinct texts once copies are grouped)" in copied
    # The same memo, plus who else published each text (three outlets named, the rest counted).
    assert len(copied) < 1.25 * len(alone)
    sources = copied.split("\n## Sources\n", 1)[1]
    assert len(re.findall(r"^- \*\*\[\d+\]\*\*", sources, re.M)) == 5
    assert sources.count(", also published by ") == 5 and sources.count(" and 37 more") == 5
    # No citation run is longer than a handful.
    assert max(len(run) for run in re.findall(r"(?:\[\d+\])+", copied)) <= len("[1][2][3][4][5]")
    check_memo(tmp_path / "out-copies", texts)


def test_copy_groups_do_not_depend_on_the_order_of_the_articles() -> None:
    texts = {f"r{i}": STORY + (" Republished." if i % 2 else "") for i in range(12)}
    texts.update({"o": OTHER, "w": STORY})
    metas = _metas(*texts)
    reference = copy_groups(metas, texts)
    assert len(reference) == 1 and len(reference[0].copies) == 12
    for shift in (3, 7):
        rotated = metas[shift:] + metas[:shift]
        assert copy_groups(rotated, dict(reversed(list(texts.items())))) == reference
