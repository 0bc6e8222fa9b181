"""`summarizer export`: the briefing as tables analysts open in their own tools.

Five tables: ``articles``, ``statements``, ``stances``, ``plan_points`` and ``sources`` (one row
per source of a merged item: its article, its own words and where they are, with a key to the
item). As CSV or JSONL files (one per table), one SQLite database with primary and foreign keys
(Datasette and pandas read them as they are), or JSONL on stdout (each row names its table).
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from summarizer.cache import atomic_write_text
from summarizer.errors import ConfigError
from summarizer.schemas import Briefing, Evidence

FORMATS = ("csv", "jsonl", "sqlite")
STDOUT = "-"

Row = dict[str, Any]

# Column, SQLite type, constraint: the schema of every format (CSV and JSONL keep the order).
SCHEMA: dict[str, list[tuple[str, str, str]]] = {
    "articles": [
        ("id", "TEXT", "PRIMARY KEY"), ("title", "TEXT", ""), ("outlet", "TEXT", ""),
        ("published", "TEXT", ""), ("url", "TEXT", ""), ("source_path", "TEXT", ""),
    ],
    "statements": [
        ("id", "TEXT", "PRIMARY KEY"), ("speaker_name", "TEXT", ""),
        ("speaker_role", "TEXT", ""), ("speaker_affiliation", "TEXT", ""),
        ("speaker_country", "TEXT", ""), ("text", "TEXT", "NOT NULL"),
        ("kind", "TEXT", "NOT NULL"), ("said_on", "TEXT", ""), ("topic", "TEXT", ""),
        ("source_count", "INTEGER", "NOT NULL"),
    ],
    "stances": [
        ("id", "TEXT", "PRIMARY KEY"), ("country_name", "TEXT", "NOT NULL"),
        ("position", "TEXT", "NOT NULL"), ("question", "TEXT", "NOT NULL"),
        ("conflict", "INTEGER", "NOT NULL"), ("confidence", "REAL", "NOT NULL"),
        ("actors", "TEXT", ""), ("source_count", "INTEGER", "NOT NULL"),
    ],
    "plan_points": [
        ("id", "TEXT", "PRIMARY KEY"), ("number", "INTEGER", ""), ("summary", "TEXT", "NOT NULL"),
        ("classified", "INTEGER", "NOT NULL"), ("source_count", "INTEGER", "NOT NULL"),
    ],
    "sources": [
        ("id", "INTEGER", "PRIMARY KEY"), ("item_table", "TEXT", "NOT NULL"),
        ("statement_id", "TEXT", "REFERENCES statements(id)"),
        ("stance_id", "TEXT", "REFERENCES stances(id)"),
        ("plan_point_id", "TEXT", "REFERENCES plan_points(id)"),
        ("article_id", "TEXT", "NOT NULL REFERENCES articles(id)"), ("outlet", "TEXT", ""),
        ("published", "TEXT", ""), ("text", "TEXT", ""), ("kind", "TEXT", ""),
        ("position", "TEXT", ""), ("span_start", "INTEGER", ""), ("span_end", "INTEGER", ""),
        ("spans", "TEXT", ""),
    ],
}
TABLES = tuple(SCHEMA)


def tables(briefing: Briefing) -> dict[str, list[Row]]:
    """Every table's rows, columns in SCHEMA order; dates as ISO text, booleans as 0/1."""
    out: dict[str, list[Row]] = {name: [] for name in TABLES}
    for article in briefing.articles:
        out["articles"].append(_row("articles", id=article.id, title=article.title,
                                    outlet=article.outlet, published=article.published,
                                    url=article.url, source_path=article.source_path))
    for statement in briefing.statements:
        speaker = statement.speaker
        out["statements"].append(_row(
            "statements", id=statement.id, speaker_name=speaker.name,
            speaker_role=speaker.role, speaker_affiliation=speaker.affiliation,
            speaker_country=speaker.country, text=statement.text, kind=statement.kind,
            said_on=statement.said_on, topic=statement.topic,
            source_count=len(statement.sources)))
        for source in statement.sources:
            out["sources"].append(_source("statements", source.article_id, source.outlet,
                                          source.published, source.text, source.spans,
                                          kind=source.kind, statement_id=statement.id))
    for stance in briefing.stances:
        out["stances"].append(_row(
            "stances", id=stance.country, country_name=stance.country_name,
            position=stance.position, question=stance.question, conflict=stance.conflict,
            confidence=stance.confidence, actors="; ".join(stance.actors) or None,
            source_count=len(stance.sources)))
        for evidence_source in stance.sources:
            # One row per piece of evidence; a source that gave none still has its row.
            pieces: list[Evidence | None] = [*evidence_source.evidence] or [None]
            for evidence in pieces:
                out["sources"].append(_source(
                    "stances", evidence_source.article_id, evidence_source.outlet, None,
                    evidence.text if evidence else None, evidence.spans if evidence else [],
                    position=evidence_source.position, stance_id=stance.country))
    if briefing.plan is not None:
        for index, point in enumerate(briefing.plan.points, start=1):
            point_id = f"p{index}"
            out["plan_points"].append(_row(
                "plan_points", id=point_id, number=point.number, summary=point.summary,
                classified=point.classified, source_count=len(point.sources)))
            for source in point.sources:
                out["sources"].append(_source("plan_points", source.article_id, source.outlet,
                                              source.published, source.text, source.spans,
                                              kind=source.kind, plan_point_id=point_id))
    for number, row in enumerate(out["sources"], start=1):
        row["id"] = number
    return out


def _source(item_table: str, article_id: str, outlet: str | None, published: object,
            text: str | None, spans: list[tuple[int, int]], **item: Any) -> Row:
    first = spans[0] if spans else (None, None)
    return _row("sources", item_table=item_table, article_id=article_id, outlet=outlet,
                published=published, text=text, span_start=first[0], span_end=first[1],
                spans=json.dumps([list(s) for s in spans]) if spans else None, **item)


def _row(table: str, **values: Any) -> Row:
    row: Row = {}
    for column, _, _ in SCHEMA[table]:
        value = values.get(column)
        if isinstance(value, bool):
            value = int(value)
        elif value is not None and not isinstance(value, int | float | str):
            value = str(value)  # dates
        row[column] = value
    return row


# --- writers -------------------------------------------------------------------------------


def write_csv(data: dict[str, list[Row]], folder: Path) -> list[Path]:
    import csv
    import io

    paths = []
    for name, rows in data.items():
        buffer = io.StringIO()
        # CRLF rows (RFC 4180): the writer quotes any cell holding a character of the line
        # terminator, so a lone CR inside a quote cannot end the row early.
        writer = csv.DictWriter(buffer, fieldnames=[c for c, _, _ in SCHEMA[name]],
                                lineterminator="\r\n")
        writer.writeheader()
        writer.writerows({column: _csv_cell(value) for column, value in row.items()}
                         for row in rows)
        path = folder / f"{name}.csv"
        atomic_write_text(path, buffer.getvalue())
        paths.append(path)
    return paths


# A cell starting with one of these is run as a formula by Excel and LibreOffice ("CSV
# injection"); OWASP's remedy is a leading apostrophe, which the spreadsheet shows as text.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _csv_cell(value: Any) -> Any:
    """Text a spreadsheet would run as a formula, made inert; numbers and other text as they are.
    Only CSV needs this: JSONL and SQLite are read as data, so they keep the exact text."""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def write_jsonl(data: dict[str, list[Row]], folder: Path) -> list[Path]:
    paths = []
    for name, rows in data.items():
        path = folder / f"{name}.jsonl"
        atomic_write_text(path, "".join(_json_line(row) for row in rows))
        paths.append(path)
    return paths


def stream_jsonl(data: dict[str, list[Row]], stream: IO[str]) -> None:
    for name, rows in data.items():
        for row in rows:
            stream.write(_json_line({"table": name, **row}))


def _json_line(row: Row) -> str:
    return json.dumps(row, ensure_ascii=False) + "\n"


def write_sqlite(data: dict[str, list[Row]], path: Path) -> Path:
    """One database, written beside `path` and renamed over it when complete."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    try:
        with _connect(Path(tmp)) as db:
            for name in TABLES:
                columns = ", ".join(
                    f'"{column}" {kind} {constraint}'.strip()
                    for column, kind, constraint in SCHEMA[name]
                )
                db.execute(f'CREATE TABLE "{name}" ({columns})')
                names = [c for c, _, _ in SCHEMA[name]]
                marks = ", ".join("?" for _ in names)
                db.executemany(f'INSERT INTO "{name}" VALUES ({marks})',
                               ([row[c] for c in names] for row in data[name]))
            for column in ("article_id", "statement_id", "stance_id", "plan_point_id"):
                db.execute(f'CREATE INDEX "sources_{column}" ON sources ("{column}")')
            problems = db.execute("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise ConfigError(f"briefing has sources pointing nowhere: {problems[:3]}")
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


class _connect:
    """sqlite3's connection as a context manager that commits and always closes."""

    def __init__(self, path: Path) -> None:
        self.db = sqlite3.connect(path)
        self.db.execute("PRAGMA foreign_keys = ON")

    def __enter__(self) -> sqlite3.Connection:
        return self.db

    def __exit__(self, kind: object, *rest: object) -> None:
        if kind is None:
            self.db.commit()
        self.db.close()


# --- the command ---------------------------------------------------------------------------


def export_command(source: Path, fmt: str, to: str | None) -> int:
    from summarizer.merge import BRIEFING_FILE, read_briefing

    if fmt not in FORMATS:
        raise ConfigError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    briefing_path = source / BRIEFING_FILE if source.is_dir() else source
    data = tables(read_briefing(briefing_path))
    if to == STDOUT:
        if fmt != "jsonl":
            raise ConfigError("--to - writes JSONL to stdout; use --format jsonl")
        stream_jsonl(data, sys.stdout)
        return 0
    base = briefing_path.parent
    if fmt == "sqlite":
        written = [write_sqlite(data, Path(to) if to else base / "briefing.sqlite")]
    else:
        folder = Path(to) if to else base / "export"
        written = (write_csv if fmt == "csv" else write_jsonl)(data, folder)
    counts = ", ".join(f"{len(rows)} {name}" for name, rows in data.items())
    print(f"wrote {', '.join(map(str, _dedupe_folders(written)))}: {counts}", file=sys.stderr)
    return 0


def _dedupe_folders(paths: list[Path]) -> Iterator[Path]:
    folders = {p.parent for p in paths}
    if len(paths) > 1 and len(folders) == 1:
        yield folders.pop()
    else:
        yield from paths
