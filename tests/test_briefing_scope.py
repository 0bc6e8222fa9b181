"""One run, one briefing: a reused output folder does not leak earlier runs into the memo."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import SEED_DIR
from test_cli import cli


def test_a_run_briefs_its_own_inputs_and_merge_existing_briefs_the_folder(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert cli("run", str(SEED_DIR), "--out", str(out), "-q").returncode == 0
    one = sorted(SEED_DIR.glob("*.txt"))[0]
    again = cli("run", str(one), "--out", str(out), "-q")
    assert again.returncode == 0, again.stderr
    briefing = json.loads((out / "briefing.json").read_text())
    assert [a["id"] for a in briefing["articles"]] == [one.stem]
    assert "Built from 1 article" in (out / "memo.md").read_text()
    assert len(list((out / "articles").glob("*.json"))) == 5  # the files themselves stay

    merged = cli("run", str(one), "--out", str(out), "-q", "--merge-existing")
    assert merged.returncode == 0, merged.stderr
    assert len(json.loads((out / "briefing.json").read_text())["articles"]) == 5
    assert "Built from 5 articles" in (out / "memo.md").read_text()

    # `summarizer merge DIR` briefs everything in the folder, on purpose.
    assert cli("run", str(one), "--out", str(out), "-q").returncode == 0
    assert cli("merge", str(out)).returncode == 0
    assert len(json.loads((out / "briefing.json").read_text())["articles"]) == 5


def test_run_json_times_the_merge_and_the_memo(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert cli("run", str(SEED_DIR), "--out", str(out), "-q").returncode == 0
    timings = json.loads((out / "run.json").read_text())["timings"]
    assert timings["merge_s"] is not None and timings["merge_s"] >= 0
    assert timings["memo_s"] is not None and timings["memo_s"] >= 0
