"""The CLI as a user runs it: the installed console script, in a subprocess."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import ROOT, SEED_DIR

from summarizer.extract.offline.rules import RULES_VERSION
from summarizer.ground import spans_match

SUMMARIZER = str(Path(sys.executable).with_name("summarizer"))


def cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "SUMMARIZER_"))}
    return subprocess.run(
        [SUMMARIZER, *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**clean, **(env or {})},
        timeout=120,
        check=False,
    )


def test_offline_run_writes_every_output_then_reruns_from_cache(tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = cli("run", str(SEED_DIR), "--out", str(out))
    assert first.returncode == 0, first.stderr
    assert "provider: offline" in first.stderr
    assert f"version: {RULES_VERSION}" in first.stderr
    ids = sorted(p.stem for p in SEED_DIR.glob("*.txt"))
    assert sorted(p.stem for p in (out / "articles").glob("*.json")) == ids
    report = json.loads((out / "run.json").read_text())
    assert report["counts"] == {"total": 5, "ok": 5, "failed": 0}
    assert report["provider"] == "offline" and report["cache_hits"] == 0
    for name in ("briefing.json", "memo.md", "memo.html"):
        assert (out / name).stat().st_size > 0, name

    # Every direct quote is in its article, at its spans.
    for path in (out / "articles").glob("*.json"):
        extraction = json.loads(path.read_text())
        text = Path(extraction["article"]["source_path"]).read_text(encoding="utf-8")
        for statement in extraction["statements"]:
            if statement["kind"] == "direct":
                assert spans_match(statement["text"], text, statement["spans"]), statement

    second = cli("run", str(SEED_DIR), "--out", str(out))
    assert second.returncode == 0, second.stderr
    rerun = json.loads((out / "run.json").read_text())
    assert rerun["cache_hits"] == 5 and rerun["endpoint_calls"] == 0


def test_bad_inputs_fail_alone_with_one_line_each_and_exit_1(tmp_path: Path) -> None:
    good = tmp_path / "in"
    good.mkdir()
    shutil.copy(SEED_DIR / "003_5fab07fc7baa96ec.txt", good)
    (good / "empty.txt").write_text("", encoding="utf-8")
    result = cli("run", str(good), str(tmp_path / "missing.txt"), "--out", str(tmp_path / "o"))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr + result.stdout
    assert "missing.txt: no such file or directory" in result.stderr
    assert "empty.txt: empty file" in result.stderr
    report = json.loads((tmp_path / "o" / "run.json").read_text())
    assert report["counts"] == {"total": 3, "ok": 1, "failed": 2}
    assert {Path(f["file"]).name for f in report["failures"]} == {"missing.txt", "empty.txt"}


def test_openai_without_endpoint_is_a_one_line_configuration_error(tmp_path: Path) -> None:
    result = cli("run", str(SEED_DIR), "--out", str(tmp_path), "--provider", "openai")
    assert result.returncode == 2
    assert result.stderr.strip().startswith("error: no endpoint configured")
    assert "Traceback" not in result.stderr


def test_replay_reproduces_the_recorded_extractions(tmp_path: Path) -> None:
    out = tmp_path / "replay"
    result = cli("run", str(SEED_DIR), "--out", str(out), "--provider", "replay")
    assert result.returncode == 0, result.stderr
    report = json.loads((out / "run.json").read_text())
    assert report["provider"] == "replay" and report["counts"]["ok"] == 5
    assert report["endpoint_calls"] == 5  # one recorded response per article
    gold_dir = ROOT / "evals" / "gold"
    for path in sorted((out / "articles").glob("*.json")):
        got = json.loads(path.read_text())
        gold = json.loads((gold_dir / path.name).read_text())

        # The recordings transcribe the gold: the same statements come back, at the same offsets.
        def key(s: dict[str, object]) -> tuple[object, ...]:
            return (s["kind"], s["spans"], s["speaker"])

        assert [key(s) for s in got["statements"]] == [key(s) for s in gold["statements"]]
        assert [s["country"] for s in got["stances"]] == [s["country"] for s in gold["stances"]]


def test_schema_prints_json_schema() -> None:
    result = cli("schema", "article")
    assert result.returncode == 0
    schema = json.loads(result.stdout)
    assert "Statement" in schema["$defs"] and "CountryStance" in schema["$defs"]
    assert cli("schema", "nonsense").returncode == 2


def test_help_lists_the_commands() -> None:
    result = cli("--help")
    assert result.returncode == 0
    for command in ("run", "merge", "memo", "eval", "schema", "record"):
        assert command in result.stdout


def test_workers_option_splits_the_run_and_writes_the_same_articles(tmp_path: Path) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    assert cli("run", str(SEED_DIR), "--out", str(one), "-q").returncode == 0
    split = cli("run", str(SEED_DIR), "--out", str(two), "-q", "--workers", "2")
    assert split.returncode == 0, split.stderr
    for path in sorted((one / "articles").glob("*.json")):
        assert (two / "articles" / path.name).read_text() == path.read_text()
    assert json.loads((two / "run.json").read_text())["counts"]["ok"] == 5
