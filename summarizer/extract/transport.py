"""The HTTP layer under the openai client: transport retries, metering and recording.

Transport retries live here, in one tenacity policy, separate from the validation re-asks: a
429 (honouring Retry-After), a 5xx, a dropped connection or a timeout is retried with
exponential backoff before openai or the extractor ever see it. openai's own retries are off.

Each article's calls and (when recording) exchanges are counted in a context variable, so
concurrent articles sharing one client never mix their figures. (Tokens are read from each
completion by the extractor.) A 5xx whose body refuses the request's shape (llama-cpp-python's
answer to a `response_format` it does not know) is not retried: it would only be refused again.
"""

from __future__ import annotations

import asyncio
import contextvars
import email.utils
import json
import time
import weakref
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import httpx2
from tenacity import (
    AsyncRetrying,
    RetryCallState,
    retry_if_exception_type,
    stop_after_attempt,
    wait_exponential_jitter,
)

from summarizer.extract.request import rejects_request
from summarizer.redact import redact, scrub_headers

RETRY_STATUSES = frozenset({408, 409, 429, 500, 502, 503, 504})
MAX_RETRY_AFTER_S = 60.0
_backoff = wait_exponential_jitter(multiplier=0.5, max=20.0, jitter=0.5)


@dataclass
class CallStats:
    """What one article's extraction sent and received."""

    calls: int = 0
    transport_retries: int = 0
    exchanges: list[dict[str, Any]] = field(default_factory=list)


current_stats: contextvars.ContextVar[CallStats | None] = contextvars.ContextVar(
    "summarizer_call_stats", default=None
)


class _RetryableStatus(Exception):
    def __init__(self, response: httpx2.Response) -> None:
        super().__init__(f"HTTP {response.status_code}")
        self.response = response


def retry_after_seconds(response: httpx2.Response) -> float | None:
    """Seconds asked for by a Retry-After header (delta-seconds or HTTP date), capped."""
    value = response.headers.get("retry-after")
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        parsed = email.utils.parsedate_to_datetime(value)
        if parsed is None:
            return None
        seconds = parsed.timestamp() - time.time()
    return min(max(seconds, 0.0), MAX_RETRY_AFTER_S)


def _wait(state: RetryCallState) -> float:
    error = state.outcome.exception() if state.outcome else None
    if isinstance(error, _RetryableStatus):
        asked = retry_after_seconds(error.response)
        if asked is not None:
            return asked
    return float(_backoff(state))


Sleep = Callable[[float], Awaitable[None]]


class MeteredTransport(httpx2.AsyncBaseTransport):
    """Wraps a real (or mock) transport with retries, metering and optional recording."""

    def __init__(
        self,
        inner: httpx2.AsyncBaseTransport,
        *,
        retries: int = 4,
        record: bool = False,
        sleep: Sleep | None = None,
    ) -> None:
        self.inner = inner
        self.retries = retries
        self.record = record
        self.total_calls = 0
        self.sleep = sleep  # tests inject a fake to observe waits without waiting

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        stats = current_stats.get()
        # The first attempt runs outside tenacity: nearly every request succeeds at once, and a
        # retry controller per request cost more CPU than the rest of this layer. Only after a
        # retryable failure is tenacity brought in, replaying that first outcome as its attempt
        # 1, so attempt numbers, waits and the final outcome are exactly tenacity's.
        first: httpx2.Response | httpx2.TransportError
        try:
            first = await self._send(request, stats)
        except httpx2.TransportError as exc:
            first = exc
        else:
            if first.status_code not in RETRY_STATUSES or _refused(first):
                return first
        return await self._retry(request, stats, first)

    async def _retry(
        self,
        request: httpx2.Request,
        stats: CallStats | None,
        first: httpx2.Response | httpx2.TransportError,
    ) -> httpx2.Response:
        kwargs: dict[str, Any] = {"sleep": self.sleep} if self.sleep else {}
        retrying = AsyncRetrying(
            stop=stop_after_attempt(self.retries + 1),
            wait=_wait,
            retry=retry_if_exception_type((_RetryableStatus, httpx2.TransportError)),
            reraise=True,
            **kwargs,
        )
        try:
            async for attempt in retrying:
                with attempt:
                    if attempt.retry_state.attempt_number == 1:
                        if isinstance(first, httpx2.TransportError):
                            raise first
                        response = first
                    else:
                        if stats:
                            stats.transport_retries += 1
                        response = await self._send(request, stats)
                    if response.status_code in RETRY_STATUSES and not _refused(response):
                        raise _RetryableStatus(response)
                    return response
        except _RetryableStatus as exc:
            return exc.response  # out of retries: openai turns it into a clear APIStatusError
        raise AssertionError("unreachable: tenacity either returns or raises")

    async def _send(self, request: httpx2.Request, stats: CallStats | None) -> httpx2.Response:
        self.total_calls += 1
        if stats:
            stats.calls += 1
        response = await self.inner.handle_async_request(request)
        # Read here, once: the body stays on the response, so openai reads it from memory.
        body = await response.aread()
        if stats and self.record:
            stats.exchanges.append(_exchange(request, response, body))
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()


class PooledTransport(httpx2.AsyncBaseTransport):
    """Several HTTP connection pools, each task (batch worker) keeping to one of them.

    httpcore matches every waiting request against every connection of its pool each time a
    request starts or ends, so one pool serving 64 concurrent requests cost ~0.5 ms of CPU per
    request, about a sixth of the client's whole budget. A worker's requests are sequential, so
    giving each worker its own small pool keeps its connection alive just the same.
    """

    def __init__(self, pools: int = 64) -> None:
        tls = httpx2.create_ssl_context()  # one for all: loading the CA bundle takes ~40 ms
        self._pools = [
            httpx2.AsyncHTTPTransport(
                verify=tls,
                # openai's own pool limits (DEFAULT_CONNECTION_LIMITS): httpx's default keeps
                # only 20 connections alive, so most requests would pay for a new connection.
                limits=httpx2.Limits(max_connections=1000, max_keepalive_connections=100)
            )
            for _ in range(pools)
        ]
        self._by_task: weakref.WeakKeyDictionary[asyncio.Task[Any], httpx2.AsyncHTTPTransport]
        self._by_task = weakref.WeakKeyDictionary()
        self._assigned = 0

    def _pool(self) -> httpx2.AsyncHTTPTransport:
        task = asyncio.current_task()
        if task is None:
            return self._pools[0]
        pool = self._by_task.get(task)
        if pool is None:
            pool = self._pools[self._assigned % len(self._pools)]
            self._assigned += 1
            self._by_task[task] = pool
        return pool

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        return await self._pool().handle_async_request(request)

    async def aclose(self) -> None:
        for pool in self._pools:
            await pool.aclose()


def _refused(response: httpx2.Response) -> bool:
    """A 5xx that refuses the request's shape: asking again gets the same answer."""
    return response.status_code >= 500 and rejects_request(
        response.status_code, response.content.decode("utf-8", "replace")
    )


def _exchange(request: httpx2.Request, response: httpx2.Response, body: bytes) -> dict[str, Any]:
    """One request/response pair for a recording, with credentials and cookies scrubbed."""
    try:
        request_body: Any = json.loads(request.content or b"null")
    except ValueError:
        request_body = redact(request.content.decode("utf-8", "replace"))
    try:
        response_body: Any = json.loads(body or b"null")
    except ValueError:
        response_body = redact(body.decode("utf-8", "replace"))
    keep = ("content-type", "retry-after")
    return {
        "request": {
            "method": request.method,
            "path": request.url.path,
            "headers": scrub_headers(
                {k: v for k, v in request.headers.items() if k.lower() == "content-type"}
            ),
            "body": request_body,
        },
        "response": {
            "status": response.status_code,
            "headers": scrub_headers(
                {k: v for k, v in response.headers.items() if k.lower() in keep}
            ),
            "body": response_body,
        },
    }
