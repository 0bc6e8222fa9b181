"""Replay provider: the real openai client and the LLM path, answered from recordings.

A MockTransport serves each article's recorded responses in order, so replay exercises exactly
the code path a live endpoint would (parsing, re-asks, transport retries, grounding).
"""

from __future__ import annotations

import contextvars
from dataclasses import dataclass, field
from pathlib import Path

import httpx2

from summarizer.errors import ConfigError, ExtractionError
from summarizer.extract.base import ProviderSettings
from summarizer.extract.cassette import Cassette, cassette_path, read_cassette, text_sha256
from summarizer.extract.llm import OpenAIExtractor
from summarizer.load import Article
from summarizer.schemas import ArticleExtraction


@dataclass
class _Tape:
    cassette: Cassette
    source: Path
    position: int = 0
    served: list[int] = field(default_factory=list)


_current_tape: contextvars.ContextVar[_Tape | None] = contextvars.ContextVar(
    "summarizer_replay_tape", default=None
)


def _serve(request: httpx2.Request) -> httpx2.Response:
    tape = _current_tape.get()
    if tape is None:
        return _error(500, "replay: a request arrived outside any article's recording")
    if not request.url.path.endswith("/chat/completions"):
        return _error(404, f"replay: no recording for {request.method} {request.url.path}")
    if tape.position >= len(tape.cassette.interactions):
        return _error(
            400,
            f"replay: {tape.source} is exhausted after "
            f"{len(tape.cassette.interactions)} recorded responses",
        )
    recorded = tape.cassette.interactions[tape.position].response
    tape.position += 1
    if recorded.get("drop_connection"):
        raise httpx2.RemoteProtocolError("replay: recorded dropped connection", request=request)
    return httpx2.Response(
        int(recorded.get("status", 200)),
        headers=recorded.get("headers") or {},
        json=recorded.get("body"),
    )


def _error(status: int, message: str) -> httpx2.Response:
    return httpx2.Response(status, json={"error": {"message": message, "type": "replay"}})


class ReplayExtractor:
    name = "replay"

    def __init__(self, settings: ProviderSettings) -> None:
        if settings.recordings_dir is None:
            raise ConfigError("--provider replay needs --recordings DIR")
        self.folder = settings.recordings_dir
        self.inner = OpenAIExtractor(settings, transport=httpx2.MockTransport(_serve))
        self.model = self.inner.model
        self.prompt_version = self.inner.prompt_version

    @property
    def transport(self) -> httpx2.AsyncBaseTransport:
        return self.inner.transport

    async def extract(self, article: Article) -> ArticleExtraction:
        path = cassette_path(self.folder, article.id)
        if not path.is_file():
            raise ExtractionError(f"no recording for article {article.id} in {self.folder}")
        cassette = read_cassette(path)
        if cassette.article_sha256 != text_sha256(article.text):
            raise ExtractionError(f"{path}: recorded for different text than {article.id}")
        token = _current_tape.set(_Tape(cassette, path))
        try:
            extraction = await self.inner.extract(article)
        finally:
            _current_tape.reset(token)
        diagnostics = extraction.diagnostics.model_copy(update={"provider": self.name})
        return extraction.model_copy(update={"diagnostics": diagnostics})

    def endpoint_calls(self) -> int:
        return self.inner.endpoint_calls()

    def prepare(self) -> None:
        self.inner.prepare()

    async def aclose(self) -> None:
        await self.inner.aclose()
