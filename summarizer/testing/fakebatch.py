"""The OpenAI Files and Batch API on the fake server, with the faults a real batch run meets.

    POST /v1/files                    multipart upload (purpose=batch)  → file object
    GET  /v1/files, /v1/batches       lists (newest first, one page)
    GET  /v1/files/{id}/content       the file's bytes (input, output or error file)
    POST /v1/batches                  {input_file_id, endpoint, completion_window} → batch object
    GET  /v1/batches/{id}             the batch, with request_counts while it runs
    POST /v1/batches/{id}/cancel      cancel it (the lines already run stay in its output)

Each request line is answered by the same code as `POST /v1/chat/completions`, fault plan
included: a line that draws an HTTP error lands in the error file with its status and body, one
that draws a dropped connection or timeout lands there as a `server_error`, and one that draws
`malformed_body` is written to the output file as a line that is not JSON. On top of that, a
batch can be made to expire (the lines not yet run go to the error file as `batch_expired`, as
OpenAI does), to be cancelled (the lines not yet run are simply absent), and polling can be slow
(the batch stays `in_progress` for a number of status calls).

Lines run on a background thread after the batch is created; `stats` counts them per article
through the chat path, so a test sees what was paid for and how often.
"""

from __future__ import annotations

import itertools
import json
import re
import threading
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from summarizer.testing.fakeserver import FakeServer, Reply

BATCH_PATHS = ("/v1/files", "/v1/batches")
_BOUNDARY = re.compile(r'boundary="?([^";]+)"?')
_NAME = re.compile(rb'name="([^"]*)"')
_FILENAME = re.compile(rb'filename="([^"]*)"')


@dataclass(frozen=True)
class BatchConfig:
    """Batch-level faults. Batches are numbered 1, 2, ... in creation order."""

    expire: frozenset[int] = frozenset()  # these batches expire after `stop_after_lines` lines
    cancel: frozenset[int] = frozenset()  # these are cancelled after `stop_after_lines` lines
    stop_after_lines: int = 0
    polls_in_progress: int = 0  # status calls answered `in_progress` before a batch finishes
    line_latency_s: float = 0.0  # time spent on each line (the provider's own processing)
    fail_validation: frozenset[int] = frozenset()  # these batches end `failed` at validation


@dataclass
class _Batch:
    number: int
    body: dict[str, Any]
    input_file_id: str
    total: int
    status: str = "validating"
    completed: int = 0
    failed: int = 0
    polls: int = 0
    done: bool = False
    cancel_requested: bool = False
    processing_s: float = 0.0  # the provider's own time on the lines (for benchmarks)
    authorization: str = ""  # the creator's, seen by each line as if it had sent it
    output_file_id: str | None = None
    error_file_id: str | None = None
    created_at: int = field(default_factory=lambda: int(time.time()))


class BatchAPI:
    """The Files and Batch endpoints of one FakeServer (see module docstring)."""

    def __init__(self, server: FakeServer, config: BatchConfig | None = None) -> None:
        self.server = server
        self.config = config or BatchConfig()
        self.files: dict[str, tuple[str, bytes]] = {}  # id → (filename, content)
        self.batches: dict[str, _Batch] = {}
        self.uploads = 0
        self.lock = threading.Lock()
        self._ids = itertools.count(1)

    # --- routing ---------------------------------------------------------------------------------

    def respond(self, method: str, path: str, raw: bytes, headers: dict[str, str]) -> Reply:
        parts = [p for p in path.split("?", 1)[0].split("/") if p][1:]  # without "v1"
        if method == "POST" and parts == ["files"]:
            return self._upload(raw, headers.get("content-type", ""))
        if method == "GET" and parts == ["files"]:
            return _page([self._file_object(i) for i in reversed(list(self.files))])
        if method == "GET" and parts == ["batches"]:
            with self.lock:
                listed = [self._batch_object(i, b) for i, b in reversed(self.batches.items())]
            return _page(listed)
        if method == "GET" and len(parts) == 3 and parts[0] == "files" and parts[2] == "content":
            return self._content(parts[1])
        if method == "POST" and parts == ["batches"]:
            return self._create(raw, headers.get("authorization", ""))
        if method == "GET" and len(parts) == 2 and parts[0] == "batches":
            return self._retrieve(parts[1], poll=True)
        if method == "POST" and len(parts) == 3 and parts[0] == "batches" and parts[2] == "cancel":
            return self._cancel(parts[1])
        return _json(404, {"error": {"message": f"no route for {method} {path}"}})

    # --- files ----------------------------------------------------------------------------------

    def _upload(self, raw: bytes, content_type: str) -> Reply:
        match = _BOUNDARY.search(content_type)
        if not match:
            return _json(400, {"error": {"message": "expected multipart/form-data"}})
        fields = _multipart(raw, match.group(1).encode())
        if "file" not in fields or fields.get("purpose", (b"", b""))[1] != b"batch":
            return _json(400, {"error": {"message": "need a file and purpose=batch"}})
        filename, content = fields["file"]
        with self.lock:
            self.uploads += 1
        file_id = self._store(filename.decode() or "upload.jsonl", content)
        return _json(200, self._file_object(file_id))

    def _store(self, filename: str, content: bytes) -> str:
        file_id = f"file-fake-{next(self._ids)}"
        with self.lock:
            self.files[file_id] = (filename, content)
        return file_id

    def _file_object(self, file_id: str) -> dict[str, Any]:
        filename, content = self.files[file_id]
        return {
            "id": file_id, "object": "file", "bytes": len(content), "created_at": 0,
            "filename": filename, "purpose": "batch", "status": "processed",
        }  # fmt: skip

    def _content(self, file_id: str) -> Reply:
        from summarizer.testing.fakeserver import Reply

        if file_id not in self.files:
            return _json(404, {"error": {"message": f"no file {file_id}"}})
        return Reply(200, self.files[file_id][1], (("Content-Type", "application/octet-stream"),))

    # --- batches --------------------------------------------------------------------------------

    def _create(self, raw: bytes, authorization: str) -> Reply:
        try:
            body = json.loads(raw)
            file_id = body["input_file_id"]
        except (ValueError, KeyError, TypeError):
            return _json(400, {"error": {"message": "need input_file_id"}})
        if file_id not in self.files:
            return _json(404, {"error": {"message": f"no file {file_id}"}})
        if body.get("endpoint") != "/v1/chat/completions":
            return _json(400, {"error": {"message": "only /v1/chat/completions is batched here"}})
        content = self.files[file_id][1]
        with self.lock:
            number = len(self.batches) + 1
            batch = _Batch(number, body, file_id, total=len(content.splitlines()),
                           authorization=authorization)  # fmt: skip
            batch_id = f"batch_fake_{number}"
            self.batches[batch_id] = batch
        threading.Thread(target=self._process, args=(batch, content), daemon=True).start()
        return _json(200, self._batch_object(batch_id, batch))

    def _retrieve(self, batch_id: str, poll: bool) -> Reply:
        batch = self.batches.get(batch_id)
        if batch is None:
            return _json(404, {"error": {"message": f"no batch {batch_id}"}})
        with self.lock:
            if poll:
                batch.polls += 1
            if batch.done and batch.polls > self.config.polls_in_progress:
                batch.status = self._final_status(batch)
            elif batch.status == "validating" and batch.polls > 0:
                batch.status = "cancelling" if batch.cancel_requested else "in_progress"
            return _json(200, self._batch_object(batch_id, batch))

    def _cancel(self, batch_id: str) -> Reply:
        batch = self.batches.get(batch_id)
        if batch is None:
            return _json(404, {"error": {"message": f"no batch {batch_id}"}})
        with self.lock:
            batch.cancel_requested = True
            if not batch.done:
                batch.status = "cancelling"
        return self._retrieve(batch_id, poll=False)

    def _final_status(self, batch: _Batch) -> str:
        if batch.number in self.config.fail_validation:
            return "failed"
        if batch.number in self.config.expire:
            return "expired"
        if batch.number in self.config.cancel or batch.cancel_requested:
            return "cancelled"
        return "completed"

    def _batch_object(self, batch_id: str, batch: _Batch) -> dict[str, Any]:
        final = batch.status in ("completed", "expired", "cancelled", "failed")
        errors = None
        if batch.status == "failed":
            errors = {"object": "list", "data": [{"code": "invalid_request", "message": "fake"}]}
        return {
            "id": batch_id, "object": "batch", "endpoint": batch.body.get("endpoint"),
            "completion_window": batch.body.get("completion_window", "24h"),
            "input_file_id": batch.input_file_id, "status": batch.status,
            "created_at": batch.created_at, "metadata": batch.body.get("metadata"),
            "output_file_id": batch.output_file_id if final else None,
            "error_file_id": batch.error_file_id if final else None,
            "errors": errors,
            "processing_s": round(batch.processing_s, 6),  # not in OpenAI's API: for benchmarks
            "request_counts": {
                "total": batch.total, "completed": batch.completed, "failed": batch.failed,
            },
        }  # fmt: skip

    # --- running the lines ----------------------------------------------------------------------

    def _process(self, batch: _Batch, content: bytes) -> None:
        began = time.perf_counter()
        outputs: list[bytes] = []
        errors: list[bytes] = []
        lines = content.splitlines()
        stop = self.config.stop_after_lines
        interrupted = batch.number in self.config.expire | self.config.cancel
        if batch.number in self.config.fail_validation:
            lines = []
        for index, line in enumerate(lines):
            if (interrupted and index >= stop) or batch.cancel_requested:
                if batch.number in self.config.expire:
                    errors.append(_expired_line(line))
                continue
            if not self.server.sleep(self.config.line_latency_s):
                return
            ok, out = self._run_line(index, line, batch.authorization)
            (outputs if ok else errors).append(out)
            with self.lock:
                batch.completed += ok
                batch.failed += not ok
        output_id = self._store("batch_output.jsonl", b"".join(outputs)) if outputs else None
        error_id = self._store("batch_errors.jsonl", b"".join(errors)) if errors else None
        with self.lock:
            batch.output_file_id, batch.error_file_id = output_id, error_id
            batch.processing_s = time.perf_counter() - began
            batch.done = True

    def _run_line(self, index: int, line: bytes, authorization: str) -> tuple[bool, bytes]:
        """(went to the output file, the line written)."""
        from summarizer.testing.fakeserver import TRUNCATED_BODY

        try:
            request = json.loads(line)
            custom_id = str(request["custom_id"])
            body = json.dumps(request["body"]).encode()
        except (ValueError, KeyError, TypeError):
            error = {"code": "invalid_json_line", "message": f"line {index + 1} is not a request"}
            return False, _line(None, None, error)
        headers = {"authorization": authorization} if authorization else {}
        reply = self.server.respond("/v1/chat/completions", body, headers)
        request_id = f"req_fake_{index}"
        if reply.body is None:  # dropped connection or timeout in the chat fault plan
            error = {"code": "server_error", "message": "the fake server dropped this request"}
            return False, _line(custom_id, None, error)
        if reply.body == TRUNCATED_BODY:
            # A malformed output line: what a provider bug or a cut download looks like.
            return True, b'{"id": "batch_req_broken", "custom_id": "' + custom_id.encode() + b'"\n'
        response = {"status_code": reply.status, "request_id": request_id,
                    "body": json.loads(reply.body)}  # fmt: skip
        return reply.status == 200, _line(custom_id, response, None)


def _line(custom_id: str | None, response: Any, error: Any) -> bytes:
    record = {"id": f"batch_req_{custom_id}", "custom_id": custom_id, "response": response,
              "error": error}  # fmt: skip
    return json.dumps(record).encode() + b"\n"


def _expired_line(line: bytes) -> bytes:
    try:
        custom_id = str(json.loads(line)["custom_id"])
    except (ValueError, KeyError, TypeError):
        custom_id = None
    error = {"code": "batch_expired",
             "message": "This request could not be executed before the completion window expired."}
    return _line(custom_id, None, error)


def _multipart(raw: bytes, boundary: bytes) -> dict[str, tuple[bytes, bytes]]:
    """Form fields of a multipart body: name → (filename, content)."""
    fields: dict[str, tuple[bytes, bytes]] = {}
    for part in raw.split(b"--" + boundary):
        head, sep, content = part.partition(b"\r\n\r\n")
        name = _NAME.search(head)
        if not sep or not name:
            continue
        filename = _FILENAME.search(head)
        fields[name.group(1).decode()] = (
            filename.group(1) if filename else b"",
            content.removesuffix(b"\r\n"),
        )
    return fields


def _page(items: list[dict[str, Any]]) -> Reply:
    return _json(200, {"object": "list", "data": items, "has_more": False,
                       "first_id": items[0]["id"] if items else None,
                       "last_id": items[-1]["id"] if items else None})  # fmt: skip


def _json(status: int, body: dict[str, Any]) -> Reply:
    from summarizer.testing.fakeserver import Reply

    return Reply(status, json.dumps(body).encode())


def batch_api(server: FakeServer) -> BatchAPI:
    """The server's Batch API, created with default settings on first use."""
    if server.batch_api is None:
        server.batch_api = BatchAPI(server)
    api: BatchAPI = server.batch_api
    return api


def with_batches(server: FakeServer, config: BatchConfig) -> FakeServer:
    """Give `server` a Batch API with these faults (call before starting it)."""
    server.batch_api = BatchAPI(server, config)
    return server
