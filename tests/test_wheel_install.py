"""What a user installs: the wheel, in a fresh venv, run from a folder that is not the checkout.

An editable install reads the package's files from the checkout and so hides data that the
wheel forgot (the prompts once lived only at the repository root). This test builds the wheel,
installs it into a new virtual environment, and runs all three providers from a temporary
working directory: offline, replay (the shipped recordings) and openai (the local fake server).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

from summarizer.extract.offline.rules import RULES_VERSION
from summarizer.testing.fakeserver import FakeConfig, FakeServer

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "fixtures" / "articles"
RECORDINGS = ROOT / "fixtures" / "recordings" / "articles"


def _pip(python: Path, *args: str) -> None:
    subprocess.run([str(python), "-m", "pip", "--disable-pip-version-check", "-q", *args],
                   check=True, capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The `summarizer` script of a fresh venv holding only the built wheel and its deps."""
    base = tmp_path_factory.mktemp("wheel")
    _pip(Path(sys.executable), "wheel", "--no-deps", "-w", str(base / "dist"), str(ROOT))
    wheels = list((base / "dist").glob("summarizer-*.whl"))
    assert len(wheels) == 1, wheels
    venv.EnvBuilder(with_pip=True).create(base / "venv")
    python = base / "venv" / "bin" / "python"
    _pip(python, "install", str(wheels[0]))
    return base / "venv" / "bin" / "summarizer"


def _run(script: Path, cwd: Path, *args: str) -> dict[str, object]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("OPENAI_", "SUMMARIZER_", "PYTHON", "VIRTUAL_ENV"))}
    done = subprocess.run([str(script), "run", str(SEEDS), "--out", "out", "-q", *args],
                          cwd=cwd, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    report: dict[str, object] = json.loads((cwd / "out" / "run.json").read_text("utf-8"))
    assert (cwd / "out" / "memo.md").is_file()
    assert len(list((cwd / "out" / "articles").glob("*.json"))) == 5
    return report


def test_the_wheel_ships_prompts_data_templates_and_licence(installed: Path) -> None:
    wheel = next(installed.parents[2].glob("dist/summarizer-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    for prompt in (ROOT / "prompts").glob("*.j2"):
        assert f"summarizer/prompt_templates/{prompt.name}" in names
    assert "summarizer/data/prices.toml" in names
    assert "summarizer/render/templates/memo.html.j2" in names
    assert any(name.endswith("licenses/LICENSE") for name in names)


def test_installed_wheel_runs_offline_from_another_folder(installed: Path,
                                                          tmp_path: Path) -> None:
    report = _run(installed, tmp_path, "--provider", "offline")
    assert report["provider"] == "offline"
    # The wheel hashes the rule and data files it ships: the same files as this checkout.
    assert report["prompt_version"] == RULES_VERSION


def test_installed_wheel_replays_the_shipped_recordings(installed: Path, tmp_path: Path) -> None:
    report = _run(installed, tmp_path, "--provider", "replay", "--recordings", str(RECORDINGS))
    assert report["provider"] == "replay"


def test_installed_wheel_calls_an_openai_compatible_server(installed: Path,
                                                           tmp_path: Path) -> None:
    with FakeServer(FakeConfig()) as server:
        report = _run(installed, tmp_path, "--provider", "openai", "--base-url", server.base_url,
                      "--model", "fake-model")
        assert server.stats.requests >= 5
    assert report["provider"] == "openai"
