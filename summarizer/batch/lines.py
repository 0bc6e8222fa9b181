"""The JSONL files of a batch: request lines written in parts, result lines read back.

A request line is the OpenAI batch input format, which vLLM's `run_batch` and Ray Data read too:

    {"custom_id": "<cache key>", "method": "POST", "url": "/v1/chat/completions", "body": {...}}

`custom_id` is the article's cache key, with `#<n>` after it for the n-th chunk of an article
split into several. Files are written and read a line at a time: a 10,000-article batch never
sits in memory as a whole.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

ENDPOINT = "/v1/chat/completions"
# The provider's limits for one batch input file (OpenAI: 50,000 requests, 200 MB).
MAX_LINES = 50_000
MAX_BYTES = 200 * 1024 * 1024


def custom_id(key: str, index: int, total: int) -> str:
    return key if total == 1 else f"{key}#{index}"


def split_custom_id(value: str) -> tuple[str, int]:
    """(cache key, 1-based chunk index)."""
    key, _, index = value.partition("#")
    return key, int(index) if index.isdigit() else 1


def request_line(line_id: str, body_json: str) -> bytes:
    """One input line; the body is spliced in as the exact JSON text the synchronous path sends."""
    head = json.dumps({"custom_id": line_id, "method": "POST", "url": ENDPOINT})
    return f'{head[:-1]}, "body": {body_json}}}\n'.encode()


@dataclass
class Part:
    """One input file: at most MAX_LINES lines and MAX_BYTES bytes."""

    path: Path
    custom_ids: list[str] = field(default_factory=list)
    size: int = 0


def write_parts(
    lines: Iterable[tuple[str, bytes]],
    folder: Path,
    stem: str,
    max_lines: int = MAX_LINES,
    max_bytes: int = MAX_BYTES,
) -> list[Part]:
    """Write (custom_id, line) pairs into folder/<stem>-<n>.requests.jsonl files, a new file
    whenever the next line would pass a limit. Each file is complete once this returns (written
    to a temporary name, then renamed)."""
    folder.mkdir(parents=True, exist_ok=True)
    parts: list[Part] = []
    handle: BinaryIO | None = None
    try:
        for line_id, line in lines:
            part = parts[-1] if parts else None
            if (
                part is None
                or handle is None
                or len(part.custom_ids) >= max_lines
                or part.size + len(line) > max_bytes
            ):
                if part is not None and handle is not None:
                    _finish(handle, part.path)
                part = Part(folder / f"{stem}-{len(parts) + 1}.requests.jsonl")
                parts.append(part)
                handle = part.path.with_suffix(".tmp").open("wb")
            handle.write(line)
            part.custom_ids.append(line_id)
            part.size += len(line)
        if parts and handle is not None:
            _finish(handle, parts[-1].path)
            handle = None
    finally:
        if handle is not None:
            handle.close()
    return parts


def _finish(handle: BinaryIO, path: Path) -> None:
    handle.flush()
    os.fsync(handle.fileno())
    handle.close()
    os.replace(path.with_suffix(".tmp"), path)


@dataclass(frozen=True)
class ResultLine:
    """One line of an output or error file, read leniently.

    `completion` is the chat completion of a 200 answer; otherwise `error` says what the
    provider reported (its code and message, or the HTTP status and error message)."""

    custom_id: str | None
    completion: dict[str, Any] | None
    error: str | None
    status: int | None = None  # the HTTP status of a non-200 answer
    detail: str = ""  # its error message


def read_results(path: Path) -> Iterator[ResultLine]:
    """Lines of an OpenAI / vLLM batch output or error file, one at a time. A line that is not
    JSON yields an error with no custom_id (its request is then treated as unanswered)."""
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            if raw.strip():
                yield parse_result(raw, f"{path.name} line {number}")


def parse_result(raw: bytes, where: str) -> ResultLine:
    try:
        record = json.loads(raw)
    except ValueError:
        return ResultLine(None, None, f"{where} is not JSON")
    if not isinstance(record, dict):
        return ResultLine(None, None, f"{where} is not a JSON object")
    line_id = record.get("custom_id")
    line_id = str(line_id) if line_id is not None else None
    response = record.get("response")
    error = record.get("error")
    if isinstance(response, dict):
        status = response.get("status_code", 200)
        body = response.get("body")
        if status == 200 and isinstance(body, dict) and not error:
            return ResultLine(line_id, body, None)
        message = body.get("error", {}).get("message") if isinstance(body, dict) else None
        if isinstance(message, str) or error is None:
            text = f"HTTP {status}" + (f": {message}" if message else "")
            detail = message if isinstance(message, str) else ""
            http = status if isinstance(status, int) else None
            return ResultLine(line_id, None, text, http, detail)
    if isinstance(error, dict):
        code, message = error.get("code"), error.get("message")
        return ResultLine(line_id, None, ": ".join(str(p) for p in (code, message) if p))
    return ResultLine(line_id, None, f"{where} has neither a response nor an error")
