"""Problems with the places a run writes to: one `error:` line and exit 2 before any work, or, for
one article's cache entry or output file, a failure of that article alone."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, SEED_DIR

from summarizer.errors import ConfigError
from summarizer.extract.base import ProviderSettings
from summarizer.run import RunOptions, run_batch

SUMMARIZER = str(Path(sys.executable).with_name("summarizer"))
OFFLINE = ProviderSettings(provider="offline")
ONE_SEED = str(sorted(SEED_DIR.glob("*.txt"))[0])


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "SUMMARIZER_"))}
    return subprocess.run([SUMMARIZER, *args], capture_output=True, text=True, cwd=ROOT, env=env,
                          timeout=120, check=False)


def _one_error_line(result: subprocess.CompletedProcess[str], *needles: str) -> None:
    assert result.returncode == 2, result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1, result.stderr
    assert all(needle in errors[0] for needle in needles), errors[0]
    assert "Traceback" not in result.stderr


def test_unusable_output_places_are_one_error_line_before_any_work(tmp_path: Path) -> None:
    a_file = tmp_path / "a-file"
    a_file.write_text("not a folder\n", encoding="utf-8")
    _one_error_line(_cli("run", ONE_SEED, "--out", str(a_file)), str(a_file), "is a file")
    _one_error_line(_cli("run", ONE_SEED, "--out", str(tmp_path / "o"), "--cache-dir",
                         "/dev/null/x"), "/dev/null/x", "cache folder")
    assert not (tmp_path / "o" / "run.json").exists()  # nothing ran
    _one_error_line(_cli("memo", str(tmp_path / "b.json"), "-o", "/proc/nope/x.md"),
                    "/proc/nope/x.md", "cannot write")


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes to read-only folders")
def test_a_read_only_output_folder_is_one_error_line(tmp_path: Path) -> None:
    read_only = tmp_path / "ro"
    read_only.mkdir()
    read_only.chmod(0o555)
    try:
        _one_error_line(_cli("run", ONE_SEED, "--out", str(read_only)), str(read_only))
    finally:
        read_only.chmod(0o755)


def test_an_output_folder_under_a_file_is_refused_before_loading(tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("x", encoding="utf-8")
    options = RunOptions(out_dir=blocker / "out")
    with pytest.raises(ConfigError, match="cannot write to the output folder"):
        asyncio.run(run_batch([ONE_SEED], OFFLINE, options))


def test_a_cache_entry_that_is_a_folder_fails_only_its_article(tmp_path: Path) -> None:
    out = tmp_path / "out"
    asyncio.run(run_batch([str(SEED_DIR)], OFFLINE, RunOptions(out_dir=out)))
    entry = sorted((out / ".cache").glob("*/*.json"))[0]
    victim = json.loads(json.loads(entry.read_text(encoding="utf-8"))["payload"])["article"]["id"]
    entry.unlink()
    entry.mkdir()  # a folder where the entry was
    report = asyncio.run(run_batch([str(SEED_DIR)], OFFLINE, RunOptions(out_dir=out)))
    assert report.counts.model_dump() == {"total": 5, "ok": 4, "failed": 1}
    assert report.cache_hits == 4
    (failure,) = report.failures
    assert failure.article_id == victim and entry.name in failure.reason
    assert (out / "run.json").is_file()


def test_an_output_file_that_is_a_folder_fails_only_its_article(tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = sorted(SEED_DIR.glob("*.txt"))[0].stem
    (out / "articles" / f"{first}.json").mkdir(parents=True)
    report = asyncio.run(run_batch([str(SEED_DIR)], OFFLINE, RunOptions(out_dir=out,
                                                                          use_cache=False)))
    assert report.counts.ok == 4 and [f.article_id for f in report.failures] == [first]
