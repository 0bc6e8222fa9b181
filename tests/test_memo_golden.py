"""Golden files for memo.md: any change to the memo shows up as a reviewable diff.

Regenerate both golden files after an intended change (to the memo, the merger or the offline
extractor), then review ``git diff tests/golden/`` before committing:

    UPDATE_GOLDEN=1 .venv/bin/pytest tests/test_memo_golden.py
"""

from __future__ import annotations

import difflib
import os
import re
from pathlib import Path

import pytest
from conftest import ROOT

from summarizer.extract.base import ProviderSettings
from summarizer.merge import merge_dir
from summarizer.render import render_memo
from summarizer.run import RunOptions, run_batch
from summarizer.schemas import Briefing

GOLDEN = Path(__file__).parent / "golden"


def check_golden(actual: str, path: Path) -> None:
    if os.environ.get("UPDATE_GOLDEN") == "1":
        path.write_text(actual, encoding="utf-8")
        return
    if not path.exists():
        pytest.fail(f"{path} is missing; create it with UPDATE_GOLDEN=1 (see module docstring)")
    expected = path.read_text(encoding="utf-8")
    if actual != expected:
        diff = "".join(difflib.unified_diff(
            expected.splitlines(keepends=True), actual.splitlines(keepends=True),
            fromfile=f"{path.name} (golden)", tofile=f"{path.name} (now)",
        ))
        pytest.fail(f"memo differs from {path}; if intended, rerun with UPDATE_GOLDEN=1\n{diff}")


def test_memo_of_the_hand_made_briefing_matches_golden() -> None:
    """tests/golden/briefing_sample.json → tests/golden/memo_sample.md (no extractor, no merger)."""
    briefing = Briefing.model_validate_json(
        (GOLDEN / "briefing_sample.json").read_text(encoding="utf-8")
    )
    check_golden(render_memo(briefing, "md"), GOLDEN / "memo_sample.md")


async def test_memo_of_the_fixture_articles_matches_golden(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """fixtures/articles → offline provider → merge → memo.md, as `summarizer run` writes it.

    Paths are given relative to the repository root so the sources list reads
    `fixtures/articles/...` wherever the checkout lives.
    """
    monkeypatch.chdir(ROOT)
    options = RunOptions(out_dir=tmp_path, use_cache=False)
    report = await run_batch(["fixtures/articles"], ProviderSettings(provider="offline"), options)
    assert report.counts.failed == 0
    md = render_memo(merge_dir(tmp_path), "md")

    # Whatever the extractor finds, every citation resolves to a listed source.
    body, _, sources = md.partition("\n## Sources\n")
    listed = {int(n) for n in re.findall(r"^- \*\*\[(\d+)\]\*\*", sources, re.M)}
    assert {int(n) for n in re.findall(r"\[(\d+)\]", body)} <= listed
    assert len(listed) == 5
    check_golden(md, GOLDEN / "memo.md")
