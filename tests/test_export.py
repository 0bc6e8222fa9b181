"""`summarizer export`: tables that sqlite3 and pandas open as they are, keys that join, rows
that hold every source of every merged item with its spans, and text that survives exactly."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from conftest import ROOT, SEED_DIR

from summarizer.export import SCHEMA, TABLES, tables, write_csv, write_sqlite
from summarizer.merge import read_briefing
from summarizer.schemas import (
    ArticleMeta,
    Briefing,
    MergedStatement,
    SourceRef,
    Speaker,
)

SUMMARIZER = str(Path(sys.executable).with_name("summarizer"))


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([SUMMARIZER, *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=120, check=False)


@pytest.fixture(scope="module")
def seeds(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("seeds")
    result = cli("run", str(SEED_DIR), "--out", str(out), "-q", "--no-cache")
    assert result.returncode == 0, result.stderr
    return out


def _normal(text: str) -> str:
    for curly, plain in (("“", '"'), ("”", '"'), ("‘", "'"), ("’", "'")):
        text = text.replace(curly, plain)
    return " ".join(text.split())


def test_sqlite_has_keys_that_join_and_spans_that_point_at_the_words(seeds: Path) -> None:
    result = cli("export", str(seeds), "--format", "sqlite")
    assert result.returncode == 0, result.stderr
    briefing = read_briefing(seeds / "briefing.json")
    with sqlite3.connect(seeds / "briefing.sqlite") as db:
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        keys = {row[2] for row in db.execute("PRAGMA foreign_key_list(sources)")}
        assert keys == {"articles", "statements", "stances", "plan_points"}
        counts = {t: db.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in TABLES}
        assert counts["statements"] == len(briefing.statements) > 0
        assert counts["stances"] == len(briefing.stances) > 0
        assert briefing.plan is not None and counts["plan_points"] == len(briefing.plan.points)
        assert counts["sources"] == sum(len(s.sources) for s in briefing.statements) + sum(
            max(1, len(e.evidence)) for s in briefing.stances for e in s.sources
        ) + sum(len(p.sources) for p in briefing.plan.points)
        # Who said what, where: one join across three tables.
        rows = db.execute(
            "SELECT st.speaker_name, src.text, src.span_start, src.spans, a.id "
            "FROM sources src JOIN statements st ON src.statement_id = st.id "
            "JOIN articles a ON src.article_id = a.id WHERE st.kind = 'direct'"
        ).fetchall()
    assert rows
    for _, text, start, spans, article_id in rows:
        if start is None:
            continue
        article = (seeds / "texts" / f"{article_id}.txt").read_text(encoding="utf-8")
        # A quote the article breaks off and resumes has one span per part.
        parts = [article[a:b] for a, b in json.loads(spans)]
        assert start == json.loads(spans)[0][0]
        assert _normal(" … ".join(parts)) == _normal(text)
    frame = pd.read_sql("SELECT * FROM stances", sqlite3.connect(seeds / "briefing.sqlite"))
    assert list(frame.columns) == [c for c, _, _ in SCHEMA["stances"]]


def test_csv_loads_in_pandas_one_file_per_table(seeds: Path, tmp_path: Path) -> None:
    result = cli("export", str(seeds), "--format", "csv", "--to", str(tmp_path / "csv"))
    assert result.returncode == 0, result.stderr
    briefing = read_briefing(seeds / "briefing.json")
    frames = {t: pd.read_csv(tmp_path / "csv" / f"{t}.csv") for t in TABLES}
    assert len(frames["statements"]) == len(briefing.statements)
    assert list(frames["sources"].columns) == [c for c, _, _ in SCHEMA["sources"]]
    # Keys join in pandas too: every source row finds its article and its item.
    joined = frames["sources"].merge(frames["articles"], left_on="article_id", right_on="id",
                                     how="left", suffixes=("", "_article"), indicator=True)
    assert (joined["_merge"] == "both").all()
    quotes = frames["sources"].dropna(subset=["statement_id"])
    assert set(quotes["statement_id"]) <= set(frames["statements"]["id"])
    assert json.loads(quotes["spans"].dropna().iloc[0])[0] == [
        int(quotes["span_start"].dropna().iloc[0]), int(quotes["span_end"].dropna().iloc[0])]


def test_jsonl_on_stdout_names_each_rows_table(seeds: Path) -> None:
    result = cli("export", str(seeds / "briefing.json"), "--format", "jsonl", "--to", "-")
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    briefing = read_briefing(seeds / "briefing.json")
    assert {row["table"] for row in rows} == set(TABLES)
    assert sum(row["table"] == "statements" for row in rows) == len(briefing.statements)
    assert "wrote" not in result.stdout  # the summary line goes to stderr, never into the data


def test_stdout_takes_only_jsonl_and_a_missing_briefing_is_named(seeds: Path,
                                                                 tmp_path: Path) -> None:
    result = cli("export", str(seeds), "--format", "csv", "--to", "-")
    assert result.returncode == 2 and "use --format jsonl" in result.stderr
    result = cli("export", str(tmp_path / "nowhere"), "--format", "sqlite")
    assert result.returncode == 2 and "nowhere" in result.stderr
    assert "Traceback" not in result.stderr


def test_awkward_text_round_trips_exactly(tmp_path: Path) -> None:
    awkward = 'He said, "no",\nthen; left — 100% <b>sure</b>\t=1+1 ’quoted’'
    briefing = Briefing(
        articles=[ArticleMeta(id="a,1", title=awkward, url="https://x.test/?a=1&b=2")],
        statements=[MergedStatement(
            id="s1", speaker=Speaker(name='O\'Brien "Jr"'), text=awkward, kind="direct",
            sources=[SourceRef(article_id="a,1", text=awkward, spans=[(3, 40), (50, 60)])],
        )],
    )
    data = tables(briefing)
    write_csv(data, tmp_path / "csv")
    write_sqlite(data, tmp_path / "db.sqlite")
    frame = pd.read_csv(tmp_path / "csv" / "statements.csv")
    assert frame.loc[0, "text"] == awkward and frame.loc[0, "speaker_name"] == 'O\'Brien "Jr"'
    sources = pd.read_csv(tmp_path / "csv" / "sources.csv")
    assert json.loads(sources.loc[0, "spans"]) == [[3, 40], [50, 60]]
    with sqlite3.connect(tmp_path / "db.sqlite") as db:
        assert db.execute("SELECT title FROM articles").fetchone()[0] == awkward
    # Writing again replaces the database rather than appending to it.
    write_sqlite(data, tmp_path / "db.sqlite")
    with sqlite3.connect(tmp_path / "db.sqlite") as db:
        assert db.execute("SELECT count(*) FROM sources").fetchone()[0] == 1
