"""A fake OpenAI-compatible endpoint on 127.0.0.1 for fault tests and throughput benchmarks.

`POST /v1/chat/completions` is answered with a valid `ArticleFacts` answer derived from the
request itself: the article is read back from the user message (inside the fence of
`summarizer.fence`, after its metadata line), and every quote or sentence in the answer is
copied from it, so grounding passes.
Tool calling or JSON content is chosen the way the request asks (`tools` or `response_format`;
neither: a fenced JSON block in prose, as md_json mode asks). `refuse_formats` makes it refuse a
`response_format` type the way llama-cpp-python's server refuses "json_schema".

Latency and a fault mix are configurable: a seeded per-article draw (the same article sees the
same faults whatever the interleaving of a concurrent batch) or a scripted sequence. The server
counts requests and records which fault it served to which article.

Stdlib `ThreadingHTTPServer`, keep-alive HTTP/1.1 by default with Nagle's algorithm off: with it on,
the handler's two writes (headers, then body) waited ~40 ms for the client's delayed ACK, which
is why keep-alive once measured four times slower than HTTP/1.0 here (see benchmarks/RESULTS.md).
It binds 127.0.0.1 only, on an ephemeral port, and stops itself after `max_lifetime_s`.

    with FakeServer(FakeConfig(latency_s=0.05, faults=FaultPlan(rates={"http_500": 0.1}))) as srv:
        run(..., base_url=srv.base_url)
        srv.stats.requests, srv.stats.served
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import socket
import sys
import threading
from collections import Counter, deque
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any

OK = "ok"
RATE_LIMIT = "rate_limit"  # 429 with Retry-After
HTTP_500 = "http_500"
HTTP_503 = "http_503"
DROP = "drop"  # connection closed without a response
TIMEOUT = "timeout"  # no answer until after the client's timeout
MALFORMED_BODY = "malformed_body"  # HTTP 200 whose body is not JSON
INVALID_JSON = "invalid_json"  # tool-call arguments / content that are not JSON
SCHEMA_INVALID = "schema_invalid"  # JSON that does not fit ArticleFacts
UNGROUNDED = "ungrounded"  # a direct quote that is not in the article
FAULTS = (
    RATE_LIMIT,
    HTTP_500,
    HTTP_503,
    DROP,
    TIMEOUT,
    MALFORMED_BODY,
    INVALID_JSON,
    SCHEMA_INVALID,
    UNGROUNDED,
)
TRANSPORT_FAULTS = frozenset({RATE_LIMIT, HTTP_500, HTTP_503, DROP, TIMEOUT})
MAX_BODY_BYTES = 64 * 1024 * 1024
MAX_UPLOAD_BYTES = 512 * 1024 * 1024
TRUNCATED_BODY = b'{"id": "chatcmpl-broken", "choices": [{"index": 0, "mess'
UNGROUNDED_QUOTE = "Nobody in this article ever said these words"

# The prompt writes "<article-HASH>\n{metadata JSON}\n{text}\n</article-HASH>" (summarizer.fence).
_ARTICLE = re.compile(r"^<(article-[0-9a-f]+)>\n([^\n]*)\n(.*?)\n</\1>$", re.DOTALL | re.MULTILINE)
_QUOTE = re.compile(r"[“\"]([^“”\"\n]{20,400}?)[”\"]")
_SENTENCE = re.compile(r"[^.!?\n]{20,400}[.!?]")
_NAME = re.compile(r"\b([A-Z][a-z]+ [A-Z][a-z]+)\b")
# Enough countries for generated articles and the seed corpus; order is search order.
_COUNTRIES = {
    "Ukraine": "UA",
    "Germany": "DE",
    "France": "FR",
    "Hungary": "HU",
    "Poland": "PL",
    "Lithuania": "LT",
    "Italy": "IT",
    "United States": "US",
}


@dataclass(frozen=True)
class FaultPlan:
    """Which fault each request gets.

    `script`: faults for successive requests in arrival order ("ok" or None for a good answer),
    then good answers. Otherwise `rates` (fault → probability, summing to ≤ 1) drawn from an RNG
    seeded by (seed, article key, n-th request for that article).
    """

    rates: dict[str, float] = field(default_factory=dict)
    seed: int = 0
    script: Sequence[str | None] | None = None

    def __post_init__(self) -> None:
        unknown = (set(self.rates) | {f for f in self.script or () if f}) - {*FAULTS, OK}
        if unknown:
            raise ValueError(f"unknown faults {sorted(unknown)}; known: {', '.join(FAULTS)}")
        if sum(self.rates.values()) > 1.0 + 1e-9:
            raise ValueError("fault rates sum to more than 1")

    def draw(self, key: str, nth: int) -> str:
        roll = random.Random(f"{self.seed}:{key}:{nth}").random()
        total = 0.0
        for fault in FAULTS:
            total += self.rates.get(fault, 0.0)
            if roll < total:
                return fault
        return OK


def uniform_faults(rate: float, seed: int = 0, kinds: Sequence[str] = FAULTS) -> FaultPlan:
    """`rate` of all requests faulty, split evenly over `kinds`."""
    return FaultPlan(rates={kind: rate / len(kinds) for kind in kinds}, seed=seed)


@dataclass(frozen=True)
class FakeConfig:
    latency_s: float = 0.0
    faults: FaultPlan = field(default_factory=FaultPlan)
    retry_after: str = "0"  # the Retry-After value sent with each 429
    timeout_sleep_s: float = 2.0  # how long a TIMEOUT request hangs; set above the client timeout
    keep_requests: int = 0  # keep the last N request bodies and headers for inspection
    max_lifetime_s: float = 900.0  # the server stops itself after this long
    request_queue_size: int = 1024
    # Sent with every answer (e.g. Set-Cookie, openai-organization) to test that they are scrubbed.
    response_headers: tuple[tuple[str, str], ...] = ()
    # Error messages repeat the Authorization header, as some servers echo a rejected key.
    echo_key_in_errors: bool = False
    # "HTTP/1.1" keeps connections alive, as real endpoints do; "HTTP/1.0" closes each one.
    protocol: str = "HTTP/1.1"
    # response_format types refused the way llama-cpp-python 0.3 refuses "json_schema": HTTP 500
    # with pydantic's validation error in the body.
    refuse_formats: tuple[str, ...] = ()


@dataclass
class Stats:
    """What the server saw and served. Read after the batch, or under `lock` while it runs."""

    requests: int = 0
    served: Counter[str] = field(default_factory=Counter)
    by_article: dict[str, list[str]] = field(default_factory=dict)
    authorization: set[str] = field(default_factory=set)
    recent: deque[dict[str, Any]] = field(default_factory=deque)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def as_json(self) -> dict[str, Any]:
        with self.lock:
            return {
                "requests": self.requests,
                "served": dict(self.served),
                "articles": len(self.by_article),
            }


@dataclass(frozen=True)
class Reply:
    status: int = 200
    body: bytes | None = b""  # None: drop the connection without answering
    headers: tuple[tuple[str, str], ...] = (("Content-Type", "application/json"),)
    hang_s: float = 0.0  # wait this long before (not) answering


class FakeServer:
    """Start with `with FakeServer(config) as server:`; `server.base_url` ends in /v1."""

    def __init__(self, config: FakeConfig | None = None) -> None:
        self.config = config or FakeConfig()
        self.stats = Stats(recent=deque(maxlen=max(self.config.keep_requests, 0)))
        self._stopping = threading.Event()
        self._script_index = 0
        self._httpd: _HTTPServer | None = None
        self._port: int | None = None
        self._thread: threading.Thread | None = None
        self._watchdog: threading.Timer | None = None
        self.batch_api: Any = None  # the Files and Batch API: summarizer.testing.fakebatch

    @property
    def port(self) -> int:
        if self._port is None:
            raise RuntimeError("server not started")
        return self._port

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def start(self) -> FakeServer:
        # Per-server subclasses: the listen backlog and protocol are class attributes.
        handler = type("Handler", (_Handler,), {"protocol_version": self.config.protocol})
        server = type(
            "Server", (_HTTPServer,), {"request_queue_size": self.config.request_queue_size}
        )
        self._httpd = server(("127.0.0.1", 0), handler)
        self._httpd.fake = self
        self._port = int(self._httpd.server_address[1])
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        self._watchdog = threading.Timer(self.config.max_lifetime_s, self.stop)
        self._watchdog.daemon = True
        self._watchdog.start()
        return self

    def stop(self) -> None:
        self._stopping.set()  # wakes handlers sleeping on latency or a timeout fault
        if self._watchdog is not None and self._watchdog is not threading.current_thread():
            self._watchdog.cancel()
        httpd, self._httpd = self._httpd, None
        if httpd is not None:
            httpd.shutdown()
            httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> FakeServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def sleep(self, seconds: float) -> bool:
        """Wait unless the server is stopping; True when the full time passed."""
        return seconds <= 0 or not self._stopping.wait(seconds)

    # --- deciding the answer ------------------------------------------------------------------

    def respond(
        self, path: str, raw: bytes, headers: dict[str, str], method: str = "POST"
    ) -> Reply:
        if path.startswith(("/v1/files", "/v1/batches")):
            from summarizer.testing.fakebatch import batch_api

            return batch_api(self).respond(method, path, raw, headers)
        if path.rstrip("/") != "/v1/chat/completions" or method != "POST":
            return _error(404, f"no route for {method} {path}")
        try:
            request = json.loads(raw)
            messages = request["messages"]
        except (ValueError, KeyError, TypeError):
            return _error(400, "request body is not a chat completion request")
        article = article_of(messages)
        key = article_key(messages, article)
        refused = _refusal(request, self.config.refuse_formats)
        if refused is not None:
            self._record(key, "refused", request, headers)
            return refused
        fault = self._choose(key)
        self._record(key, fault, request, headers)
        reply = self._reply(fault, request, article or "", headers.get("authorization", ""))
        extra = self.config.response_headers
        return replace(reply, headers=reply.headers + extra) if extra else reply

    def _choose(self, key: str) -> str:
        plan = self.config.faults
        with self.stats.lock:
            if plan.script is not None:
                index = self._script_index
                self._script_index += 1
                return (plan.script[index] or OK) if index < len(plan.script) else OK
            nth = len(self.stats.by_article.get(key, ()))
        return plan.draw(key, nth)

    def _record(
        self, key: str, fault: str, request: dict[str, Any], headers: dict[str, str]
    ) -> None:
        with self.stats.lock:
            self.stats.requests += 1
            self.stats.served[fault] += 1
            self.stats.by_article.setdefault(key, []).append(fault)
            auth = headers.get("authorization")
            if auth:
                self.stats.authorization.add(auth)
            if self.stats.recent.maxlen:
                self.stats.recent.append({"headers": headers, "body": request})

    def _reply(self, fault: str, request: dict[str, Any], article: str, auth: str) -> Reply:
        latency = self.config.latency_s
        echo = f" (request sent {auth!r})" if self.config.echo_key_in_errors else ""
        if fault == RATE_LIMIT:
            body = _error_body("rate limited by the fake server" + echo)
            headers = (
                ("Content-Type", "application/json"),
                ("Retry-After", self.config.retry_after),
            )
            return Reply(429, body, headers, latency)
        if fault in (HTTP_500, HTTP_503):
            return _error(500 if fault == HTTP_500 else 503, f"fake {fault}{echo}", latency)
        if fault == DROP:
            return Reply(body=None, hang_s=latency)
        if fault == TIMEOUT:
            return Reply(body=None, hang_s=self.config.timeout_sleep_s)
        if fault == MALFORMED_BODY:
            return Reply(200, TRUNCATED_BODY, hang_s=latency)
        arguments = _arguments(fault, article)
        body = json.dumps(completion(request, arguments, self.stats.requests)).encode()
        return Reply(200, body, hang_s=latency)


# --- reading the request and writing an answer ----------------------------------------------


def _text_of(content: Any) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):  # content parts
        return "".join(str(p.get("text", "")) for p in content if isinstance(p, dict))
    return ""


def article_of(messages: Sequence[Any]) -> str | None:
    """The article text from the first user message that carries an <article> block."""
    for message in messages:
        if isinstance(message, dict) and message.get("role") == "user":
            match = _ARTICLE.search(_text_of(message.get("content")))
            if match:
                return match.group(3)
    return None


def article_key(messages: Sequence[Any], article: str | None) -> str:
    """The article id the prompt names, else a hash of the article text."""
    for message in messages:
        if isinstance(message, dict) and message.get("role") == "user":
            match = _ARTICLE.search(_text_of(message.get("content")))
            if match:
                return str(json.loads(match.group(2))["id"])
    return "sha1:" + hashlib.sha1((article or "").encode()).hexdigest()[:16]


def grounded_facts(article: str) -> dict[str, Any]:
    """An ArticleFacts answer whose quotes and evidence are all copied from `article`."""
    statements: list[dict[str, Any]] = []
    name = _NAME.search(article)
    speaker = {"name": name.group(1) if name else None}
    quote = _QUOTE.search(article)
    if quote:
        statements.append({"speaker": speaker, "kind": "direct", "text": quote.group(1)})
    sentences = [m.group(0).strip() for m in _SENTENCE.finditer(article)]
    sentences = [s for s in sentences if len(s) >= 20]
    if sentences:
        statements.append({"speaker": speaker, "kind": "paraphrase", "text": sentences[0]})
    stances = []
    for country, code in _COUNTRIES.items():
        evidence = next((s for s in sentences if country in s), None)
        if evidence:
            position = "supports" if "support" in evidence else "unclear"
            stances.append({"country": code, "position": position, "evidence": [evidence]})
            break
    return {"plan": None, "statements": statements, "stances": stances}


def _arguments(fault: str, article: str) -> str:
    if fault == INVALID_JSON:
        return '{"statements": [{"speaker": {"name": "Trunc'
    if fault == SCHEMA_INVALID:
        return json.dumps({"statements": [{"speaker": "nobody", "kind": "rumour", "text": 7}]})
    facts = grounded_facts(article)
    if fault == UNGROUNDED:
        facts["statements"].append(
            {"speaker": {"name": None}, "kind": "direct", "text": UNGROUNDED_QUOTE}
        )
    return json.dumps(facts, ensure_ascii=False)


def completion(request: dict[str, Any], arguments: str, number: int) -> dict[str, Any]:
    """A chat.completion carrying `arguments` as a tool call, or as content in JSON mode."""
    prompt_chars = sum(len(_text_of(m.get("content"))) for m in request.get("messages", []))
    message: dict[str, Any] = {"role": "assistant", "content": None}
    finish = "tool_calls"
    if request.get("tools"):
        choice = request.get("tool_choice")
        name = "ArticleFacts"
        if isinstance(choice, dict):
            name = choice.get("function", {}).get("name", name)
        call = {"name": name, "arguments": arguments}
        message["tool_calls"] = [{"id": f"call_{number}", "type": "function", "function": call}]
    elif request.get("response_format"):
        message["content"] = arguments
        finish = "stop"
    else:  # no structured output asked for (md_json): the JSON in a fenced block, in prose
        message["content"] = f"Here is the extraction:\n```json\n{arguments}\n```\n"
        finish = "stop"
    prompt_tokens, completion_tokens = prompt_chars // 4 + 1, len(arguments) // 4 + 1
    return {
        "id": f"chatcmpl-fake-{number}",
        "object": "chat.completion",
        "created": 0,
        "model": str(request.get("model") or "fake"),
        "choices": [{"index": 0, "finish_reason": finish, "message": message}],
        "usage": {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
        },
    }


def _refusal(request: dict[str, Any], refused: tuple[str, ...]) -> Reply | None:
    response_format = request.get("response_format")
    kind = response_format.get("type") if isinstance(response_format, dict) else None
    if kind is None or kind not in refused:
        return None
    allowed = " or ".join(f"'{k}'" for k in ("text", "json_object") if k not in refused)
    # llama-cpp-python 0.3.36's body, word for word but for the traceback line it appends.
    error = {"type": "literal_error", "loc": ("body", "response_format", "type"),
             "msg": f"Input should be {allowed}", "input": kind}
    message = f"1 validation error:\n  {error}\n"
    body = {"error": {"message": message, "type": "internal_server_error", "param": None,
                      "code": None}}
    return Reply(500, json.dumps(body).encode())


def _error_body(message: str) -> bytes:
    return json.dumps({"error": {"message": message, "type": "fake_server"}}).encode()


def _error(status: int, message: str, hang_s: float = 0.0) -> Reply:
    return Reply(status, _error_body(message), hang_s=hang_s)


# --- HTTP plumbing -----------------------------------------------------------------------------


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    fake: FakeServer

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client that gave up (timeout fault, killed CLI) is expected, not worth a traceback.
        if not isinstance(sys.exc_info()[1], OSError):
            super().handle_error(request, client_address)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"
    # Headers and body go out in two writes; with Nagle on, a kept-alive connection stalls
    # ~40 ms on the client's delayed ACK between them.
    disable_nagle_algorithm = True
    timeout = 60  # an idle kept-alive connection is closed after this long
    server: _HTTPServer

    def log_message(self, format: str, *args: Any) -> None:
        """Silent: a benchmark sends thousands of requests."""

    def do_GET(self) -> None:
        if self.path.rstrip("/") == "/_stats":
            self._send(Reply(200, json.dumps(self.server.fake.stats.as_json()).encode()))
        else:
            self._send(self.server.fake.respond(self.path, b"", {}, method="GET"))

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        # A Files API upload may be a batch input file of up to 200 MB.
        files = self.path.startswith("/v1/files")
        if length > (MAX_UPLOAD_BYTES if files else MAX_BODY_BYTES):
            self._send(_error(413, "request too large"))
            return
        raw = self.rfile.read(length)
        headers = {k.lower(): v for k, v in self.headers.items()}
        reply = self.server.fake.respond(self.path, raw, headers)
        if not self.server.fake.sleep(reply.hang_s) or reply.body is None:
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        self._send(reply)

    def _send(self, reply: Reply) -> None:
        assert reply.body is not None
        self.send_response(reply.status)
        for name, value in reply.headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(reply.body)))
        self.end_headers()
        self.wfile.write(reply.body)
