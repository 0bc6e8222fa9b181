"""The question is honest: the LLM path asks the `--question` it is given; the offline rules
know one question, and asked another they say so and leave stances out rather than label
positions on a question they never asked."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from conftest import ROOT, SEED_DIR

from summarizer.extract.offline import answers
from summarizer.schemas import DEFAULT_QUESTION
from summarizer.testing.fakeserver import FakeConfig, FakeServer

SUMMARIZER = str(Path(sys.executable).with_name("summarizer"))
OTHER = "Should Ukraine receive more air defence systems this winter?"


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "SUMMARIZER_"))}
    return subprocess.run([SUMMARIZER, *args], capture_output=True, text=True, cwd=ROOT,
                          env=env, timeout=300, check=False)


def test_the_offline_rules_asked_another_question_say_so_and_leave_stances_out(
    tmp_path: Path,
) -> None:
    result = cli("run", str(SEED_DIR), "--out", str(tmp_path), "-q", "--question", OTHER)
    assert result.returncode == 0, result.stderr
    assert "warning:" in result.stderr and "stances left out" in result.stderr
    assert OTHER in " ".join(result.stderr.split())
    report = json.loads((tmp_path / "run.json").read_text(encoding="utf-8"))
    assert report["question"] == OTHER
    assert len(report["warnings"]) == 1 and "stances left out" in report["warnings"][0]
    for path in (tmp_path / "articles").glob("*.json"):
        extraction = json.loads(path.read_text(encoding="utf-8"))
        assert extraction["stances"] == []
        assert any("stances left out" in w for w in extraction["diagnostics"]["warnings"])
    briefing = json.loads((tmp_path / "briefing.json").read_text(encoding="utf-8"))
    assert briefing["question"] == OTHER and briefing["stances"] == []
    # What does not depend on the question is still there.
    assert briefing["statements"] and briefing["plan"]["points"]


def test_the_known_question_in_other_words_case_or_spacing_is_still_answered(
    tmp_path: Path,
) -> None:
    assert answers("should ukraine be invited to join NATO now ?")
    assert not answers("Should Ukraine be invited to join NATO later?")  # near miss
    same = "  should Ukraine be invited to join NATO now"
    result = cli("run", str(SEED_DIR), "--out", str(tmp_path), "-q", "--question", same)
    assert result.returncode == 0, result.stderr
    assert "warning:" not in result.stderr
    report = json.loads((tmp_path / "run.json").read_text(encoding="utf-8"))
    assert report["warnings"] == []
    briefing = json.loads((tmp_path / "briefing.json").read_text(encoding="utf-8"))
    assert briefing["stances"]


def test_the_llm_path_asks_the_question_it_is_given(tmp_path: Path) -> None:
    with FakeServer(FakeConfig(keep_requests=100)) as server:
        result = cli("run", str(SEED_DIR / "001_d685ded93991494f.txt"), "--out", str(tmp_path),
                     "-q", "--provider", "openai", "--base-url", server.base_url,
                     "--model", "fake-model", "--question", OTHER)
        requests = list(server.stats.recent)
    assert result.returncode == 0, result.stderr
    assert requests
    for request in requests:
        prompt = json.dumps(request["body"]["messages"], ensure_ascii=False)
        assert OTHER in prompt and DEFAULT_QUESTION not in prompt
    report = json.loads((tmp_path / "run.json").read_text(encoding="utf-8"))
    assert report["question"] == OTHER and report["warnings"] == []
