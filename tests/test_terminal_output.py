"""What the CLI prints: nothing raw from outside (escape sequences, credentials in URLs), each
failure once, nothing but failures with -q, and one-line errors for bad usage."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from conftest import ROOT, SEED_DIR

from summarizer.redact import redact
from summarizer.terminal import terminal_safe
from summarizer.testing.fakeserver import FakeServer
from summarizer.testing.synth import write_articles

SUMMARIZER = str(Path(sys.executable).with_name("summarizer"))
ONE_SEED = str(sorted(SEED_DIR.glob("*.txt"))[0])
ESCAPE = "\x1b"


def _cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "SUMMARIZER_"))}
    return subprocess.run([SUMMARIZER, *args], capture_output=True, text=True, cwd=ROOT,
                          env={**clean, **(env or {})}, timeout=120, check=False)


def test_control_characters_are_shown_not_sent() -> None:
    assert terminal_safe("a\x1b]0;title\x07b\x9bc\nd") == "a\\x1b]0;title\\x07b\\x9bc\\nd"
    assert terminal_safe("Zürich “quoted” – ok") == "Zürich “quoted” – ok"  # near miss


def test_credentials_in_urls_are_redacted() -> None:
    text = "at https://user:pw@host.example/v1?api-key=SECRET1&deployment=d and " \
        "https://x.blob.core/c?sv=1&sig=SECRET2#f"
    redacted = redact(text)
    assert "pw" not in redacted and "SECRET" not in redacted
    assert "host.example/v1?api-key=[REDACTED]&deployment=d" in redacted
    assert redact("see https://example.org/a?page=2") == "see https://example.org/a?page=2"


def test_escape_sequences_in_a_file_name_do_not_reach_the_terminal(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / f"{ESCAPE}]0;pwned{ESCAPE}\\evil{ESCAPE}[2J.txt").write_bytes(b"")  # empty: fails
    (inputs / "good.txt").write_text(Path(ONE_SEED).read_text(encoding="utf-8"), "utf-8")
    result = _cli("run", str(inputs), "--out", str(tmp_path / "out"))
    assert result.returncode == 1, result.stderr
    assert ESCAPE not in result.stderr and ESCAPE not in result.stdout
    failed = [line for line in result.stderr.splitlines() if line.startswith("failed ")]
    assert len(failed) == 1 and "\\x1b]0;pwned" in failed[0] and "empty file" in failed[0]


def test_markup_in_a_path_is_printed_as_text_on_a_terminal(tmp_path: Path) -> None:
    # `b[/c].txt` in a folder named `b[`: read as rich markup, "[/c]" closed no tag and crashed
    # the progress bar.
    (tmp_path / "in" / "b[").mkdir(parents=True)
    (tmp_path / "in" / "b[" / "c].txt").write_bytes(b"")
    (tmp_path / "in" / "good.txt").write_text(Path(ONE_SEED).read_text(encoding="utf-8"), "utf-8")
    out = tmp_path / "o[" / "x]"  # the summary prints ".../o[/x]"
    result = _cli("run", str(tmp_path / "in"), "--out", str(out),
                  env={"TTY_COMPATIBLE": "1"})  # rich draws the progress bar as on a terminal
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    assert "b[/c].txt: empty file" in result.stderr
    merged = _cli("merge", str(out))
    assert merged.returncode == 0 and f"wrote {out / 'briefing.json'}" in merged.stderr


def test_quiet_prints_only_each_failure_once(tmp_path: Path) -> None:
    missing = str(tmp_path / "missing.txt")
    quiet = _cli("run", ONE_SEED, missing, "--out", str(tmp_path / "q"), "-q")
    assert quiet.returncode == 1
    assert quiet.stderr.strip().splitlines() == [f"failed {missing}: no such file or directory"]
    loud = _cli("run", ONE_SEED, missing, "--out", str(tmp_path / "l"))
    assert "provider: offline" in loud.stderr and "run summary" in loud.stderr
    assert loud.stderr.count(f"failed {missing}") == 1


def test_usage_errors_are_one_line_with_exit_2(tmp_path: Path) -> None:
    nothing = _cli("run", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--out",
                   str(tmp_path / "o"), "-q")
    assert nothing.returncode == 2
    assert nothing.stderr.startswith("error: nothing to read: ") and "b.txt" in nothing.stderr
    bogus = _cli("run", ONE_SEED, "--provider", "bogus", "--out", str(tmp_path / "o"))
    assert bogus.returncode == 2 and "Value error" not in bogus.stderr
    assert bogus.stderr.strip().splitlines()[-1] == (
        "error: unknown provider 'bogus'; choose one of auto, offline, openai, replay"
    )
    version_line = next(line for line in _cli("--help").stdout.splitlines() if "--version" in line)
    assert "<bool>" not in version_line and "Print version." in version_line


def test_credentials_in_the_base_url_are_not_printed(tmp_path: Path) -> None:
    write_articles(tmp_path / "in", 1)
    with FakeServer() as server:
        with_password = server.base_url.replace("http://", "http://analyst:hunter2@")
        result = _cli("run", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--provider",
                      "openai", "--base-url", with_password, "--model", "fake-model")
    assert result.returncode == 0, result.stderr
    assert "hunter2" not in result.stderr and "[REDACTED]@127.0.0.1" in result.stderr
    assert "hunter2" not in (tmp_path / "out" / "run.json").read_text(encoding="utf-8")
    assert json.loads((tmp_path / "out" / "run.json").read_text(encoding="utf-8"))["counts"][
        "ok"] == 1
