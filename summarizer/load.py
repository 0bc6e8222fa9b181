"""Load articles from files, folders and globs: .txt/.md, .html (via trafilatura), .jsonl.

Every problem with one input becomes a ``LoadFailure`` naming the file; loading never raises for
a single bad file, so one bad article cannot stop a batch.

Offsets produced later index into ``Article.text`` exactly as loaded here: for .txt/.md the whole
decoded file (a metadata header included, see ``body_start``), for .html the extracted main text,
for .jsonl the ``text`` field.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from summarizer.errors import InputError
from summarizer.expand import NOTHING_EXCLUDED, Excluded, Missing, Skipped, expand, shown
from summarizer.ids import safe_id as safe_id  # re-exported: ids of evaluated files
from summarizer.ids import unique_ids
from summarizer.schemas import ArticleMeta

TEXT_SUFFIXES = {".txt", ".md"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
MANIFEST_NAME = "manifest.json"

# A header block of `key: value` lines at the top of a text file, closed by a blank line.
_HEADER_KEYS = {"source", "date", "partial", "title", "url", "outlet", "published", "id"}
_HEADER_LINE = re.compile(r"^([a-z_]+):\s*(.*)$")
_URL = re.compile(r"https?://\S+")
# No quote mark inside the title: each start scans only to the next quote mark, so a line of
# unclosed quotes costs linear time instead of a rescan to the end from every one of them.
_QUOTED_TITLE = re.compile(r"[\"“]([^\"“”]+)[\"”]")

# The size policy. An article longer than this is refused with a message rather than tying up a
# worker for minutes (the LLM path chunks anything below it); files are checked before reading.
MAX_ARTICLE_CHARS = 10_000_000
_MAX_BYTES_PER_CHAR = 4  # UTF-32: the most bytes one character of a text file can take
_MAX_HTML_BYTES = 50_000_000  # markup around the text: trafilatura's time grows with it


@dataclass(frozen=True)
class Article:
    meta: ArticleMeta
    text: str
    body_start: int = 0  # where content begins after any metadata header
    warnings: tuple[str, ...] = ()

    @property
    def id(self) -> str:
        return self.meta.id

    @property
    def body(self) -> str:
        return self.text[self.body_start :]


@dataclass(frozen=True)
class LoadFailure:
    source: str
    reason: str
    missing: bool = False  # the input names no file, folder or glob match at all

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


@dataclass(frozen=True)
class Batch:
    items: list[Article | LoadFailure]
    skipped: list[Skipped] = field(default_factory=list)


def load_articles(inputs: Iterable[str]) -> list[Article | LoadFailure]:
    """Expand inputs to files and load each; ids are made unique across the batch."""
    return load_batch(inputs).items


def load_batch(inputs: Iterable[str], excluded: Excluded = NOTHING_EXCLUDED) -> Batch:
    """`load_articles`, leaving out what `excluded` names, with a note for each file skipped."""
    results: list[Article | LoadFailure] = []
    skipped: list[Skipped] = []
    for item in inputs:
        for found in expand(item, _is_article, excluded):
            if isinstance(found, Skipped):
                skipped.append(found)
            elif isinstance(found, Missing):
                results.append(LoadFailure(found.source, found.reason, missing=True))
            else:
                try:
                    results.extend(_load_file(found))
                except Exception as exc:  # a parser bug on one file must not stop the batch
                    reason = f"cannot load: {type(exc).__name__}: {exc}"
                    results.append(LoadFailure(shown(found), reason))
    return Batch(_dedupe_ids(results), skipped)


def _is_article(path: Path) -> bool:
    """What a folder walk or a glob picks up: supported files, except a folder's README
    (README.md, readme.txt...), which describes the articles rather than being one."""
    return (
        path.suffix.lower() in SUPPORTED_SUFFIXES
        and path.stem.lower() != "readme"
        and path.is_file()
    )


def _load_file(path: Path) -> list[Article | LoadFailure]:
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        return [LoadFailure(shown(path), f"unsupported file type {suffix or '(none)'}")]
    if path.exists() and not path.is_file():  # a FIFO or device would block or never end
        return [LoadFailure(shown(path), "not a regular file")]
    try:
        too_big = _too_big(path, suffix)
        if too_big:
            return [LoadFailure(shown(path), too_big)]
        raw = path.read_bytes()
    except OSError as exc:
        return [LoadFailure(shown(path), f"cannot read file: {exc.strerror or exc}")]
    try:
        text, warnings = decode_bytes(raw)
    except InputError as exc:
        return [LoadFailure(shown(path), str(exc))]
    manifest = _manifest_entry(path)
    if suffix in JSONL_SUFFIXES:
        return list(_load_jsonl(path, text))
    if suffix in HTML_SUFFIXES:
        return [_from_html(path, text, manifest, warnings)]
    return [_from_text(path, text, manifest, warnings)]


def _too_big(path: Path, suffix: str) -> str | None:
    """Why a file is refused unread for its size, or None. A .jsonl holds many articles: each
    line is checked on its own instead."""
    size = path.stat().st_size
    if suffix in HTML_SUFFIXES:
        limit = _MAX_HTML_BYTES
    elif suffix in TEXT_SUFFIXES:
        limit = MAX_ARTICLE_CHARS * _MAX_BYTES_PER_CHAR
    else:
        return None
    if size <= limit:
        return None
    return f"file is {size:,} bytes, over the limit of {limit:,} bytes: split it"


def _size_problem(text: str) -> str | None:
    if len(text) <= MAX_ARTICLE_CHARS:
        return None
    return (
        f"article is {len(text):,} characters, over the limit of {MAX_ARTICLE_CHARS:,} "
        "characters for one article: split it"
    )


def decode_bytes(raw: bytes) -> tuple[str, tuple[str, ...]]:
    """Decode a file's bytes: BOM → UTF-16/32, else UTF-8, else Latin-1 with a warning.

    Returns ``(text, warnings)``; raises InputError saying why the bytes are not text.
    """
    for bom, codec in (
        (b"\xef\xbb\xbf", "utf-8-sig"),
        (b"\xff\xfe\x00\x00", "utf-32"),
        (b"\x00\x00\xfe\xff", "utf-32"),
        (b"\xff\xfe", "utf-16"),
        (b"\xfe\xff", "utf-16"),
    ):
        if raw.startswith(bom):
            try:
                return raw.decode(codec), ()
            except UnicodeDecodeError:
                raise InputError(f"not valid {codec} despite its byte-order mark") from None
    if b"\x00" in raw:
        raise InputError("binary file (contains NUL bytes), not text")
    try:
        return raw.decode("utf-8"), ()
    except UnicodeDecodeError:
        text = raw.decode("latin-1")
        if _control_ratio(text) > 0.05:
            raise InputError("binary file (mostly control bytes), not text") from None
        return text, ("not UTF-8; decoded as Latin-1",)


def _control_ratio(text: str) -> float:
    bad = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")
    bad += sum(1 for ch in text if 0x80 <= ord(ch) < 0xA0)
    return bad / max(len(text), 1)


def _from_text(
    path: Path, text: str, manifest: dict[str, str | None], warnings: tuple[str, ...]
) -> Article | LoadFailure:
    if not text.strip():
        return LoadFailure(shown(path), "empty file (no text)")
    too_long = _size_problem(text)
    if too_long:
        return LoadFailure(shown(path), too_long)
    header, body_start = parse_header(text)
    if not text[body_start:].strip():
        return LoadFailure(shown(path), "no article text after the header")
    fields = {**header, **{k: v for k, v in manifest.items() if v is not None}}
    return Article(_meta(path, fields), text, body_start, warnings)


def _from_html(
    path: Path, html: str, manifest: dict[str, str | None], warnings: tuple[str, ...]
) -> Article | LoadFailure:
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False)
    if not text or not text.strip():
        return LoadFailure(shown(path), "no main text found in the HTML")
    too_long = _size_problem(text)
    if too_long:
        return LoadFailure(shown(path), too_long)
    meta = trafilatura.extract_metadata(html)
    fields: dict[str, str | None] = {}
    if meta is not None:
        fields = {
            "title": meta.title,
            "outlet": meta.sitename,
            "url": meta.url,
            "published": meta.date,
        }
    fields.update({k: v for k, v in manifest.items() if v is not None})
    return Article(_meta(path, fields), text, 0, warnings)


def _load_jsonl(path: Path, text: str) -> Iterator[Article | LoadFailure]:
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{shown(path)}:{lineno}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield LoadFailure(where, f"malformed JSON line ({exc.msg})")
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            yield LoadFailure(where, "line has no string field 'text'")
            continue
        if not record["text"].strip():
            yield LoadFailure(where, "empty 'text'")
            continue
        too_long = _size_problem(record["text"])
        if too_long:
            yield LoadFailure(where, too_long)
            continue
        fields = {
            k: _str_or_none(record.get(k)) for k in ("id", "title", "url", "outlet", "published")
        }
        fields.setdefault("id", None)
        if not fields["id"]:
            fields["id"] = f"{path.stem}-{lineno}"
        yield Article(_meta(path, fields), record["text"], 0)


def _str_or_none(value: object) -> str | None:
    return None if value is None else str(value)


def parse_header(text: str) -> tuple[dict[str, str | None], int]:
    """Parse a leading `key: value` block (source/date/partial...) closed by a blank line."""
    fields: dict[str, str | None] = {}
    pos = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        match = _HEADER_LINE.match(stripped)
        if not stripped:
            if fields:
                return _header_fields(fields), pos + len(line)
            return {}, 0
        if not match or match.group(1) not in _HEADER_KEYS:
            return {}, 0
        fields[match.group(1)] = match.group(2).strip()
        pos += len(line)
    return {}, 0


def _header_fields(raw: dict[str, str | None]) -> dict[str, str | None]:
    fields = dict(raw)
    source = raw.get("source") or ""
    if source:
        url = _URL.search(source)
        title = _QUOTED_TITLE.search(source)
        fields.setdefault("url", url.group(0) if url else None)
        fields.setdefault("title", title.group(1) if title else None)
        outlet = re.split(r",|\s[—–-]\s", source, maxsplit=1)[0].strip()
        fields.setdefault("outlet", outlet or None)
    if raw.get("date") and not raw.get("published"):
        fields["published"] = raw["date"]
    return fields


def parse_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    match = re.search(r"\d{4}-\d{2}-\d{2}", value)
    if not match:
        return None
    try:
        return dt.date.fromisoformat(match.group(0))
    except ValueError:
        return None


def _meta(path: Path, fields: dict[str, str | None]) -> ArticleMeta:
    return ArticleMeta(
        id=safe_id(fields.get("id") or path.stem),
        title=fields.get("title"),
        outlet=fields.get("outlet"),
        published=parse_date(fields.get("published")),
        url=fields.get("url"),
        source_path=shown(path),
    )


def _manifest_entry(path: Path) -> dict[str, str | None]:
    return _read_manifest(path.parent / MANIFEST_NAME).get(path.name, {})


@cache
def _read_manifest(manifest: Path) -> dict[str, dict[str, str | None]]:
    """`manifest.json` beside the articles: {"articles": [{"file", "id", "title", ...}]}."""
    if not manifest.is_file():
        return {}
    try:
        data = json.loads(manifest.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return {}
    keys = ("id", "title", "outlet", "published", "url")
    return {
        str(entry["file"]): {k: _str_or_none(entry.get(k)) for k in keys}
        for entry in data.get("articles", [])
        if isinstance(entry, dict) and entry.get("file")
    }


def _dedupe_ids(results: list[Article | LoadFailure]) -> list[Article | LoadFailure]:
    articles = [item for item in results if isinstance(item, Article)]
    renamed = dict(zip(map(id, articles), unique_ids(a.id for a in articles), strict=True))
    out: list[Article | LoadFailure] = []
    for item in results:
        if isinstance(item, Article) and renamed[id(item)] != item.id:
            meta = item.meta.model_copy(update={"id": renamed[id(item)]})
            item = Article(meta, item.text, item.body_start, item.warnings)
        out.append(item)
    return out

