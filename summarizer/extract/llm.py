"""LLM extraction over the openai client (any OpenAI-compatible endpoint).

One call per article (per chunk for long articles) returns plan, statements and stances in one
response model, `ArticleFacts`. `summarizer.extract.request` builds each request for the mode
(tools, json_schema, json, md_json) and reads each answer: one that fails validation, grounding
included, is re-asked with its problems; what is still ungrounded after the last re-ask is
dropped and recorded in diagnostics. The openai client sends; transport faults are retried
underneath, in `summarizer.extract.transport`. A request the server refuses as malformed is not
retried: the article fails at once, naming the mode and what to try.
"""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from typing import Any

import httpx2

from summarizer.errors import ExtractionError
from summarizer.extract.base import ProviderSettings
from summarizer.extract.chunking import Chunk
from summarizer.extract.facts import GroundedFacts
from summarizer.extract.llm_settings import LLMSettings, require_endpoint
from summarizer.extract.request import (
    Accepted,
    Failed,
    chat_request,
    chunks_of,
    encode_request,
    mode_members_json,
    read_answer,
    refuses_mode,
    rejection_message,
    rejects_request,
)
from summarizer.extract.transport import (
    CallStats,
    MeteredTransport,
    PooledTransport,
    current_stats,
)
from summarizer.load import Article
from summarizer.prompts import load_prompt
from summarizer.redact import redact
from summarizer.schemas import (
    ArticleExtraction,
    Diagnostics,
    Usage,
)

PRICES_FILE = files("summarizer").joinpath("data", "prices.toml")


class OpenAIExtractor:
    name = "openai"

    def __init__(
        self, settings: ProviderSettings, transport: httpx2.AsyncBaseTransport | None = None
    ) -> None:
        self.settings = settings
        self.llm = LLMSettings.of(settings)
        self.model = self.llm.model
        self.prompt = load_prompt()
        self.prompt_version = self.prompt.version
        self.transport = MeteredTransport(
            transport or PooledTransport(),
            retries=self.llm.transport_retries,
            record=settings.record_dir is not None,
        )
        self._api_key = self.llm.api_key()
        if transport is None:
            require_endpoint(self.llm.base_url, self._api_key)
        self._openai: Any = None
        # Set when the server refused this mode's request shape (or the key, model or URL):
        # every later article fails at once with the same message instead of asking again.
        self._refused: str | None = None

    @property
    def client(self) -> Any:
        """The openai client, built on first use: importing openai takes ~1 s, which a rerun
        answered entirely from the cache never needs."""
        if self._openai is None:
            import openai

            self._openai = openai.AsyncOpenAI(
                api_key=self._api_key or "not-needed",
                base_url=self.llm.base_url or None,
                max_retries=0,  # transport retries are ours (tenacity), counted and logged
                timeout=self.llm.timeout_s,
                http_client=httpx2.AsyncClient(transport=self.transport),
            )
        return self._openai

    def endpoint_calls(self) -> int:
        return self.transport.total_calls

    def prepare(self) -> None:
        """Import openai and build the request's schema part, without opening any connection:
        forked workers inherit all of it."""
        import openai  # noqa: F401

        mode_members_json(self.llm.mode)

    async def aclose(self) -> None:
        if self._openai is not None:
            await self._openai.close()
        else:
            await self.transport.aclose()

    async def extract(self, article: Article) -> ArticleExtraction:
        extraction, _ = await self.extract_with_stats(article)
        return extraction

    async def extract_with_stats(
        self, article: Article, stats: CallStats | None = None
    ) -> tuple[ArticleExtraction, CallStats]:
        """Extract and return this article's own call statistics (and exchanges, if recording),
        gathered in `stats` when given: the caller still has them if the article fails."""
        stats = stats if stats is not None else CallStats()
        token = current_stats.set(stats)
        try:
            return await self._extract(article, stats), stats
        finally:
            current_stats.reset(token)

    async def _extract(self, article: Article, stats: CallStats) -> ArticleExtraction:
        chunks = chunks_of(article, self.llm)
        answers: list[GroundedFacts] = []
        spent = _Spent()
        reasks = 0
        for index, chunk in enumerate(chunks, start=1):
            try:
                asked = await self._ask(article, chunk, index, len(chunks), spent)
            except ExtractionError as failure:
                # The tokens of a failed article were paid for too: run.json counts them.
                raise ExtractionFailed(str(failure), spent.usage) from failure
            answers.append(asked.facts)
            reasks += asked.reasks
        return assemble(self, article, answers, reasks=reasks, calls=stats.calls,
                        usage=spent.usage, cost=estimate_cost(self.model, spent.usage))

    async def _ask(
        self, article: Article, chunk: Chunk, index: int, total: int, spent: _Spent
    ) -> _Asked:
        """Ask for one chunk's facts; re-ask while the answer is unusable (grounding included);
        after the last attempt keep what is grounded. What the request is and what an answer
        means are decided in `summarizer.extract.request`; this loop only sends and counts.

        The loop is ours rather than instructor's patched `create`, which cost ~3 ms of CPU per
        call on top of ~1.3 ms for the typed `chat.completions.create`."""
        if self._refused is not None:
            raise ExtractionError(self._refused)
        request = chat_request(
            article, chunk, self.llm, index=index, total=total, prompt=self.prompt
        )
        previous: GroundedFacts | None = None
        for attempt in range(1, self.llm.max_reasks + 2):
            try:
                body = await self._post(request)
            except ExtractionError:
                if previous is None:
                    raise
                # The endpoint failed mid re-ask: what the last answer grounded is kept.
                return _Asked(previous, attempt - 1)
            outcome = read_answer(
                request,
                body,
                article.id,
                chunk,
                self.llm.mode,
                attempt=attempt,
                max_reasks=self.llm.max_reasks,
                previous=previous,
            )
            spent.usage = spent.usage + outcome.usage
            if isinstance(outcome, Accepted):
                return _Asked(outcome.facts, attempt - 1)
            if isinstance(outcome, Failed):
                raise ExtractionError(outcome.reason)
            request, previous = outcome.request, outcome.grounded or previous
        raise AssertionError("unreachable: the last attempt is accepted or failed")

    async def _post(self, request: dict[str, Any]) -> bytes:
        """One chat completion through the openai client, as the raw body: the typed
        `chat.completions.create` spends ~1 ms per call building request and response objects
        that are thrown away at once. HTTP errors still become openai's exceptions."""
        try:
            response = await self.client.post(
                "/chat/completions",
                content=encode_request(request, self.llm.mode),
                options={"headers": {"Content-Type": "application/json"}},
                cast_to=httpx2.Response,
            )
        except Exception as exc:
            raise ExtractionError(self._describe(exc)) from exc
        content: bytes = response.content
        return content

    def _describe(self, exc: BaseException) -> str:
        """One line for run.json; a refused request names the mode and what to try, and is
        remembered when every other article would be refused too."""
        import openai

        if isinstance(exc, openai.APIStatusError):
            status, body = exc.status_code, exc.response.text
            if rejects_request(status, body):
                message = rejection_message(self.llm.mode, status, _error_detail(exc) or body)
                if refuses_mode(status, body):
                    self._refused = message
                return message
        return _describe_failure(exc)


@dataclass(frozen=True)
class _Asked:
    facts: GroundedFacts
    reasks: int


@dataclass
class _Spent:
    """Tokens one article has used so far, as its completions reported them."""

    usage: Usage = field(default_factory=Usage)


class ExtractionFailed(ExtractionError):
    """An article that failed after the endpoint had answered: `usage` is what it cost."""

    def __init__(self, message: str, usage: Usage) -> None:
        super().__init__(message)
        self.usage = usage


def _error_detail(exc: Any) -> str:
    """The `error.message` of an OpenAI-style error body ('' when there is none)."""
    try:
        body = exc.response.json()
        detail = body.get("error") or body.get("detail") or ""
        if isinstance(detail, dict):
            detail = detail.get("message") or ""
        return str(detail) if detail else ""
    except (ValueError, AttributeError):
        return ""


def _describe_failure(exc: BaseException) -> str:
    """One line for run.json: what failed at the endpoint, without secrets."""
    import openai

    if isinstance(exc, openai.APIStatusError):
        detail = _error_detail(exc)
        return redact(
            f"endpoint returned HTTP {exc.status_code} after retries"
            + (f": {detail}" if detail else "")
        )
    if isinstance(exc, openai.APITimeoutError):
        return "endpoint timed out after retries"
    if isinstance(exc, openai.APIConnectionError):
        return redact(f"could not reach endpoint after retries: {exc.__cause__ or exc}")
    if isinstance(exc, json.JSONDecodeError):  # HTTP 200 whose body openai could not parse
        return f"endpoint answered with a body that is not JSON ({exc.msg})"
    return redact(f"{type(exc).__name__}: {exc}")


@cache
def _prices() -> dict[str, dict[str, float]]:
    with PRICES_FILE.open("rb") as handle:
        data: dict[str, dict[str, float]] = tomllib.load(handle).get("models", {})
    return data


def estimate_cost(model: str, usage: Usage) -> float | None:
    """Dollar estimate from the shipped price table; None for models it does not list."""
    price = _prices().get(model)
    if price is None:
        return None
    cost = (
        usage.prompt_tokens * price["input_per_mtok"]
        + usage.completion_tokens * price["output_per_mtok"]
    ) / 1_000_000
    return round(cost, 6)


def assemble(
    extractor: OpenAIExtractor,
    article: Article,
    answers: list[GroundedFacts],
    *,
    reasks: int,
    calls: int,
    usage: Usage,
    cost: float | None,
) -> ArticleExtraction:
    """One article's extraction from its chunks' grounded answers (the synchronous path and
    the Batch API both put it together here, so their outputs are the same)."""
    from summarizer.extract.combine import combine_chunks

    plans = [a.plan for a in answers if a.plan is not None]
    statements = [st for a in answers for st in a.statements]
    stances = [stance for a in answers for stance in a.stances]
    plan, statements, stances = combine_chunks(plans, statements, stances)
    return ArticleExtraction(
        article=article.meta,
        plan=plan,
        statements=statements,
        stances=stances,
        diagnostics=Diagnostics(
            provider=extractor.name,
            model=extractor.model,
            prompt_version=extractor.prompt_version,
            dropped=[d for a in answers for d in a.problems],
            reasks=reasks,
            endpoint_calls=calls,
            chunks=len(answers),
            usage=usage,
            estimated_cost_usd=cost,
            # What grounding changed without dropping it (a speaker unnamed, a quote restored).
            warnings=[*article.warnings, *(note for a in answers for note in a.notes)],
        ),
    )
