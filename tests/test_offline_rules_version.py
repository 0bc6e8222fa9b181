"""The offline rules' version: the release name plus a hash of the rule and data files, so that
any edit of a rule or a table changes it and the extraction cache misses."""

from __future__ import annotations

import asyncio
import re
import shutil
from pathlib import Path

import pytest
from conftest import SEED_DIR

import summarizer.extract.offline as offline_module
from summarizer.extract.base import ProviderSettings
from summarizer.extract.offline.rules import RULES_VERSION
from summarizer.extract.offline.version import RULES_RELEASE, rules_digest, rules_version
from summarizer.run import RunOptions, run_batch

PACKAGE = Path(__file__).resolve().parents[1] / "summarizer"


def _copies(tmp_path: Path) -> tuple[Path, Path]:
    code = tmp_path / "offline"
    data = tmp_path / "data"
    shutil.copytree(PACKAGE / "extract" / "offline", code,
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(PACKAGE / "data" / "offline", data)
    return code, data


def test_the_version_is_the_release_plus_eight_hex_of_the_files() -> None:
    assert re.fullmatch(re.escape(RULES_RELEASE) + r"\+[0-9a-f]{8}", RULES_VERSION)
    assert offline_module.OfflineExtractor.prompt_version == RULES_VERSION
    assert rules_version() == RULES_VERSION  # stable: computed again, the same


def test_a_copy_of_the_files_hashes_the_same_and_an_edit_changes_it(tmp_path: Path) -> None:
    code, data = _copies(tmp_path)
    shipped = rules_digest()
    assert rules_digest(code, data) == shipped

    stance = data / "stance.toml"
    stance.write_text(stance.read_text("utf-8").replace("window = 4", "window = 5"), "utf-8")
    edited_data = rules_digest(code, data)
    assert edited_data != shipped

    rules = code / "quotes.py"
    rules.write_text(rules.read_text("utf-8") + "\n# an edited rule\n", "utf-8")
    assert rules_digest(code, data) not in (shipped, edited_data)


def test_files_outside_the_rules_do_not_count(tmp_path: Path) -> None:
    """The near miss: a note or a compiled file beside the rules is not a rule."""
    code, data = _copies(tmp_path)
    (code / "NOTES.md").write_text("not a rule", "utf-8")
    (data / "old.toml.bak").write_text("x = 1", "utf-8")
    assert rules_digest(code, data) == rules_digest()


def test_line_ends_do_not_change_the_version(tmp_path: Path) -> None:
    code, data = _copies(tmp_path)
    text = data / "text.toml"
    text.write_bytes(text.read_bytes().replace(b"\n", b"\r\n"))
    assert rules_digest(code, data) == rules_digest()


def test_a_new_rules_version_misses_the_extraction_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    inputs = [str(SEED_DIR)]
    settings = ProviderSettings(provider="offline")
    options = RunOptions(out_dir=tmp_path / "out", cache_dir=tmp_path / "cache")
    first = asyncio.run(run_batch(inputs, settings, options))
    again = asyncio.run(run_batch(inputs, settings, options))
    assert (first.cache_hits, again.cache_hits) == (0, 5)
    assert again.prompt_version == RULES_VERSION

    monkeypatch.setattr(offline_module.OfflineExtractor, "prompt_version",
                        f"{RULES_RELEASE}+00000000")
    edited = asyncio.run(run_batch(inputs, settings, options))
    assert edited.cache_hits == 0
