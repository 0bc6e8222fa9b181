"""Shared test setup: no test sees the developer's real endpoint settings or keys."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SEED_DIR = FIXTURES / "articles"
DEV_DIR = FIXTURES / "articles-dev"
SCENARIOS = FIXTURES / "recordings" / "scenarios"


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "AZURE_OPENAI_API_KEY", "SUMMARIZER_MODEL",
                 "SUMMARIZER_PROMPTS_DIR"):
        monkeypatch.delenv(name, raising=False)
