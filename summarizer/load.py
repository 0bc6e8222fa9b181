"""Load articles from files, folders and globs: .txt/.md, .html (via trafilatura), .jsonl.

Every problem with one input becomes a ``LoadFailure`` naming the file; loading never raises for
a single bad file, so one bad article cannot stop a batch.

Offsets produced later index into ``Article.text`` exactly as loaded here: for .txt/.md the whole
decoded file (a metadata header included, see ``body_start``), for .html the extracted main text,
for .jsonl the ``text`` field.
"""

from __future__ import annotations

import datetime as dt
import glob
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from summarizer.errors import InputError
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
_QUOTED_TITLE = re.compile(r"[\"“](.+?)[\"”]")


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

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


def load_articles(inputs: Iterable[str]) -> list[Article | LoadFailure]:
    """Expand inputs to files and load each; ids are made unique across the batch."""
    results: list[Article | LoadFailure] = []
    for item in inputs:
        files = _expand(item)
        if isinstance(files, LoadFailure):
            results.append(files)
            continue
        for path in files:
            try:
                results.extend(_load_file(path))
            except Exception as exc:  # a parser bug on one file must not stop the batch
                results.append(LoadFailure(str(path), f"cannot load: {type(exc).__name__}: {exc}"))
    return _dedupe_ids(results)


def _expand(item: str) -> list[Path] | LoadFailure:
    if any(ch in item for ch in "*?["):
        files = sorted(p for p in map(Path, glob.glob(item, recursive=True)) if _is_article(p))
        return files or LoadFailure(item, "no supported files match this pattern")
    path = Path(item)
    if not path.exists():
        return LoadFailure(item, "no such file or directory")
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if _is_article(p))
        return files or LoadFailure(item, "folder holds no .txt, .md, .html or .jsonl files")
    return [path]  # named on its own: loaded whatever its name, or failed with the reason


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
        return [LoadFailure(str(path), f"unsupported file type {suffix or '(none)'}")]
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return [LoadFailure(str(path), f"cannot read file: {exc.strerror or exc}")]
    try:
        text, warnings = decode_bytes(raw)
    except InputError as exc:
        return [LoadFailure(str(path), str(exc))]
    manifest = _manifest_entry(path)
    if suffix in JSONL_SUFFIXES:
        return list(_load_jsonl(path, text))
    if suffix in HTML_SUFFIXES:
        return [_from_html(path, text, manifest, warnings)]
    return [_from_text(path, text, manifest, warnings)]


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
        return LoadFailure(str(path), "empty file (no text)")
    header, body_start = parse_header(text)
    if not text[body_start:].strip():
        return LoadFailure(str(path), "no article text after the header")
    fields = {**header, **{k: v for k, v in manifest.items() if v is not None}}
    return Article(_meta(path, fields), text, body_start, warnings)


def _from_html(
    path: Path, html: str, manifest: dict[str, str | None], warnings: tuple[str, ...]
) -> Article | LoadFailure:
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False)
    if not text or not text.strip():
        return LoadFailure(str(path), "no main text found in the HTML")
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
        where = f"{path}:{lineno}"
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
        source_path=str(path),
    )


def safe_id(value: str) -> str:
    """An id usable as a file name: letters, digits, dot, dash and underscore."""
    cleaned = re.sub(r"[^A-Za-z0-9._-]+", "-", value).strip("-.")
    return cleaned or "article"


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
    seen: dict[str, int] = {}
    out: list[Article | LoadFailure] = []
    for item in results:
        if isinstance(item, Article):
            count = seen.get(item.id, 0) + 1
            seen[item.id] = count
            if count > 1:
                meta = item.meta.model_copy(update={"id": f"{item.id}-{count}"})
                item = Article(meta, item.text, item.body_start, item.warnings)
        out.append(item)
    return out
