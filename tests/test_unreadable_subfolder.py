"""A folder walk that meets a subfolder it cannot list notes it as skipped, with the reason, in
the batch and in run.json, and still reads everything else. Root reads any folder, so the listing
error is raised where os.walk meets it: os.scandir on that one folder."""

from __future__ import annotations

import asyncio
import errno
import json
import os
from pathlib import Path
from typing import Any

import pytest

from summarizer.extract.base import ProviderSettings
from summarizer.load import Article, load_batch
from summarizer.run import RunOptions, run_batch
from summarizer.testing.synth import article_text


@pytest.fixture
def inputs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "in"
    (folder / "locked").mkdir(parents=True)
    (folder / "open").mkdir()
    (folder / "top.txt").write_text(article_text(1), encoding="utf-8")
    (folder / "open" / "kept.txt").write_text(article_text(2), encoding="utf-8")
    (folder / "locked" / "hidden.txt").write_text(article_text(3), encoding="utf-8")
    real_scandir = os.scandir
    locked = str(folder / "locked")

    def scandir(path: Any = ".") -> Any:
        # What a non-root user gets from a folder with mode 000 (os.walk looks scandir up in os).
        if os.fspath(path) == locked:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), locked)
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    return folder


def test_an_unreadable_subfolder_is_skipped_with_its_reason(inputs: Path) -> None:
    batch = load_batch([str(inputs)])
    ids = sorted(item.id for item in batch.items if isinstance(item, Article))
    assert ids == ["kept", "top"]
    (skipped,) = batch.skipped
    assert skipped.source == str(inputs / "locked")
    assert "cannot read the folder" in skipped.reason and "Permission denied" in skipped.reason


def test_the_skipped_subfolder_is_in_run_json(inputs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    options = RunOptions(out_dir=out)
    report = asyncio.run(run_batch([str(inputs)], ProviderSettings(provider="offline"), options))
    assert report.counts.total == 2
    run_json = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert [(s["file"], "Permission denied" in s["reason"]) for s in run_json["skipped"]] == [
        (str(inputs / "locked"), True)]
