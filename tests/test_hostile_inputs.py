"""Hostile inputs end as extracted or failed, never lost: unsafe, huge and colliding ids, names
with glob characters, symlinks out of the folder, the run's own outputs in the input folder,
oversized articles, and a metadata header that used to make the loader backtrack."""

from __future__ import annotations

import asyncio
import json
import os
import sys
from pathlib import Path

import pytest

import summarizer.load as load_module
from summarizer.extract.base import ProviderSettings
from summarizer.ids import MAX_ID_CHARS, safe_id, unique_ids
from summarizer.load import Article, LoadFailure, load_articles, load_batch
from summarizer.merge import merge_dir
from summarizer.render import write_memos
from summarizer.run import RunOptions, RunReport, run_batch
from summarizer.testing.synth import article_text

OFFLINE = ProviderSettings(provider="offline")


def _run(inputs: list[Path], out: Path, **options: object) -> RunReport:
    run_options = RunOptions(out_dir=out, **options)  # type: ignore[arg-type]
    return asyncio.run(run_batch([str(p) for p in inputs], OFFLINE, run_options))


def _written(out: Path) -> list[str]:
    return sorted(p.stem for p in (out / "articles").glob("*.json"))


def _ids(results: list[Article | LoadFailure]) -> list[str]:
    return [r.id for r in results if isinstance(r, Article)]


# --- ids -----------------------------------------------------------------------------------


def test_a_300_char_jsonl_id_and_a_245_char_file_name_are_extracted(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    long_name = inputs / ("n" * 241 + ".txt")  # 245 characters: legal on Linux
    long_name.write_text(article_text(1), encoding="utf-8")
    feed = inputs / "feed.jsonl"
    feed.write_text(json.dumps({"id": "x" * 300, "text": article_text(2)}) + "\n", "utf-8")
    out = tmp_path / "out"
    report = _run([inputs], out)
    assert report.counts.model_dump() == {"total": 2, "ok": 2, "failed": 0}
    written = _written(out)
    assert len(written) == 2 and all(len(name) <= MAX_ID_CHARS for name in written)
    assert json.loads((out / "run.json").read_text(encoding="utf-8"))["articles"] == written


def test_long_ids_sharing_a_beginning_stay_apart() -> None:
    first, second = safe_id("a" * 300), safe_id("a" * 299 + "b")
    assert first != second and max(len(first), len(second)) <= MAX_ID_CHARS
    # Near miss: an id at the limit is kept as it is.
    assert safe_id("c" * MAX_ID_CHARS) == "c" * MAX_ID_CHARS
    assert safe_id("../../etc/passwd") == "etc-passwd" and safe_id("...") == "article"


def test_renamed_ids_never_take_an_id_another_input_has() -> None:
    assert list(unique_ids(["a", "a", "a-2"])) == ["a", "a-3", "a-2"]
    assert list(unique_ids(["report", "Report", "report-2", "report"])) == [
        "report", "Report-3", "report-2", "report-4",
    ]
    assert list(unique_ids(["b", "c"])) == ["b", "c"]  # nothing to rename


def test_colliding_file_names_are_all_written(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    for index, relative in enumerate(("a/report.txt", "b/report.txt", "report-2.txt")):
        (inputs / relative).parent.mkdir(parents=True, exist_ok=True)
        (inputs / relative).write_text(article_text(index), encoding="utf-8")
    out = tmp_path / "out"
    report = _run([inputs], out)
    assert report.counts.ok == 3
    assert _written(out) == sorted(report.articles) and len(_written(out)) == 3


def test_colliding_jsonl_ids_are_all_written(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    ids = ["a", "a", "a-2"]
    lines = [json.dumps({"id": i, "text": article_text(n)}) for n, i in enumerate(ids)]
    feed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    report = _run([feed], out)
    assert report.counts.ok == 3 and _written(out) == ["a", "a-2", "a-3"]


# --- names, symlinks, own outputs ----------------------------------------------------------


def test_a_name_with_glob_characters_is_taken_literally(tmp_path: Path) -> None:
    literal = tmp_path / "draft[1].txt"
    literal.write_text(article_text(1), encoding="utf-8")
    (tmp_path / "draft1.txt").write_text(article_text(2), encoding="utf-8")  # what a glob matches
    results = load_articles([str(literal)])
    assert [r.meta.source_path for r in results if isinstance(r, Article)] == [str(literal)]
    # A pattern that names no file is still a glob.
    assert _ids(load_articles([str(tmp_path / "draft?.txt")])) == ["draft1"]


def test_symlinks_out_of_the_folder_are_skipped_with_a_note(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text(article_text(9), encoding="utf-8")
    inputs = tmp_path / "in"
    (inputs / "sub").mkdir(parents=True)
    (inputs / "real.txt").write_text(article_text(1), encoding="utf-8")
    os.symlink(outside / "secret.txt", inputs / "leak.txt")
    os.symlink(outside, inputs / "leakdir")
    os.symlink(inputs / "real.txt", inputs / "sub" / "alias.txt")  # inside: allowed
    batch = load_batch([str(inputs)])
    assert sorted(_ids(batch.items)) == ["alias", "real"]
    assert sorted(Path(s.source).name for s in batch.skipped) == ["leak.txt", "leakdir"]
    assert all("outside" in s.reason for s in batch.skipped)
    report = _run([inputs], tmp_path / "out")
    assert sorted(Path(s.file).name for s in report.skipped) == ["leak.txt", "leakdir"]


def test_the_output_folder_inside_the_inputs_is_never_read(tmp_path: Path) -> None:
    for case, out_name in (("below", "out"), ("same", "")):  # out below the inputs, or the same
        inputs = tmp_path / case
        inputs.mkdir()
        for n in range(2):
            (inputs / f"a{n}.txt").write_text(article_text(n), encoding="utf-8")
        out = inputs / out_name
        first = _run([inputs], out)
        write_memos(merge_dir(out), out)  # what `summarizer run` writes after the batch
        assert (out / "memo.md").is_file() and (out / "memo.html").is_file()
        second = _run([inputs], out)
        assert first.counts.total == second.counts.total == 2, case


# --- size and speed of loading -------------------------------------------------------------


def test_an_article_over_the_size_limit_fails_alone_with_the_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(load_module, "MAX_ARTICLE_CHARS", 2_000)
    big, small = tmp_path / "big.txt", tmp_path / "small.txt"
    big.write_text(article_text(1, paragraphs=30), encoding="utf-8")
    small.write_text(article_text(2, paragraphs=1)[:1_500], encoding="utf-8")
    huge = tmp_path / "huge.txt"
    huge.write_bytes(b"x" * 8_001)  # over 4 bytes per allowed character: refused unread
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"text": "y" * 2_001}) + "\n", encoding="utf-8")
    results = {Path(r.source.split(":")[0]).name: r for r in load_articles(
        [str(big), str(small), str(huge), str(feed)]) if isinstance(r, LoadFailure)}
    assert set(results) == {"big.txt", "huge.txt", "feed.jsonl"}
    assert "over the limit of 2,000 characters for one article" in results["big.txt"].reason
    assert "over the limit of 8,000 bytes" in results["huge.txt"].reason
    assert "split it" in results["feed.jsonl"].reason


def test_a_header_of_unclosed_quotes_loads(tmp_path: Path) -> None:
    # 400 KB of `"a, ` once made the title regex rescan to the end from every quote.
    path = tmp_path / "quotes.txt"
    path.write_text('source: ' + '"a, ' * 100_000 + "\n\nBody text of the article.\n", "utf-8")
    (article,) = load_articles([str(path)])
    assert isinstance(article, Article)
    assert article.meta.title == "a, "  # the first quoted stretch: no quote mark inside a title
    titled = tmp_path / "titled.txt"
    titled.write_text('source: Kyiv Post, “Plan unveiled”, 2024\n\nBody.\n', "utf-8")
    (plain,) = load_articles([str(titled)])
    assert isinstance(plain, Article) and plain.meta.title == "Plan unveiled"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_named_pipe_fails_instead_of_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "feed.txt"
    os.mkfifo(fifo)
    (failure,) = load_articles([str(fifo)])
    assert isinstance(failure, LoadFailure) and failure.reason == "not a regular file"
    assert _ids(load_articles([str(tmp_path)])) == []  # a folder walk passes it by


@pytest.mark.skipif(sys.platform == "darwin", reason="macOS file names must be UTF-8")
def test_file_names_that_are_not_utf8_are_extracted_and_reported(tmp_path: Path) -> None:
    folder = os.fsencode(tmp_path / "in")
    os.mkdir(folder)
    with open(os.path.join(folder, b"\xffempty.txt"), "wb"):
        pass
    with open(os.path.join(folder, b"\xfegood.txt"), "wb") as handle:
        handle.write(article_text(1).encode("utf-8"))
    out = tmp_path / "o\udcff"  # an --out given as bytes that are not UTF-8
    report = _run([tmp_path / "in"], out)
    assert report.counts.model_dump() == {"total": 2, "ok": 1, "failed": 1}
    (failure,) = report.failures
    assert failure.file.endswith("\\xffempty.txt") and failure.reason == "empty file (no text)"
    assert json.loads((out / "run.json").read_text(encoding="utf-8"))["out_dir"].endswith("o\\xff")
