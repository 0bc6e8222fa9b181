"""LLM extraction through instructor over the openai client (any OpenAI-compatible endpoint).

One call per article (per chunk for long articles) returns plan, statements and stances in one
response model. Grounding failures are re-asked by instructor; what is still ungrounded after the
last re-ask is dropped and recorded in diagnostics. Transport faults are retried underneath, in
`summarizer.extract.transport`.
"""

from __future__ import annotations

import contextvars
import json
import os
import tomllib
from functools import cache
from pathlib import Path
from typing import Any, Self

import httpx2
from pydantic import ConfigDict

from summarizer.errors import ConfigError, ExtractionError
from summarizer.extract.base import ProviderSettings
from summarizer.extract.chunking import Chunk, split_into_chunks
from summarizer.extract.facts import (
    CONTEXT_DROPPED,
    CONTEXT_LENIENT,
    CONTEXT_TEXT,
    ArticleFacts,
    to_public,
)
from summarizer.extract.transport import CallStats, MeteredTransport, current_stats
from summarizer.load import Article
from summarizer.prompts import load_prompt
from summarizer.redact import redact
from summarizer.schemas import (
    ArticleExtraction,
    CountryStance,
    Diagnostics,
    Dropped,
    Statement,
    Usage,
    VictoryPlan,
)

PRICES_FILE = Path(__file__).resolve().parent.parent / "data" / "prices.toml"


class OpenAIExtractor:
    name = "openai"

    def __init__(
        self, settings: ProviderSettings, transport: httpx2.AsyncBaseTransport | None = None
    ) -> None:
        self.settings = settings
        self.model = settings.model or "gpt-4o-mini"
        self.prompt = load_prompt()
        self.prompt_version = self.prompt.version
        self.transport = MeteredTransport(
            # openai's own pool size (DEFAULT_CONNECTION_LIMITS): httpx's default keeps only 20
            # connections alive, so at concurrency 64 most requests paid for a new connection.
            transport
            or httpx2.AsyncHTTPTransport(
                limits=httpx2.Limits(max_connections=1000, max_keepalive_connections=100)
            ),
            retries=settings.transport_retries,
            record=settings.record_dir is not None,
        )
        self._api_key = os.environ.get(settings.api_key_env) or "not-needed"
        if not settings.base_url and self._api_key == "not-needed" and transport is None:
            raise ConfigError(
                "no endpoint configured: set OPENAI_API_KEY, or OPENAI_BASE_URL / --base-url "
                "for a local server, or use --provider offline"
            )
        self._openai: Any = None
        self._create: Any = None

    @property
    def create(self) -> Any:
        """instructor's patched `chat.completions.create`, built on first use: importing openai
        and instructor takes ~1.5 s, which a rerun answered entirely from the cache never needs.

        `instructor.patch(create=...)` rather than `instructor.from_openai(...).create`: the same
        patched function, minus the wrapper around it, which walks the whole response model once
        more per call looking for async validators (~0.4 ms of CPU per article)."""
        if self._create is None:
            import instructor
            import openai

            self._openai = openai.AsyncOpenAI(
                api_key=self._api_key,
                base_url=self.settings.base_url or None,
                max_retries=0,  # transport retries are ours (tenacity), counted and logged
                timeout=self.settings.timeout_s,
                http_client=httpx2.AsyncClient(transport=self.transport),
            )
            json_mode = self.settings.mode == "json_schema"
            mode = instructor.Mode.JSON_SCHEMA if json_mode else instructor.Mode.TOOLS
            self._create = instructor.patch(create=self._openai.chat.completions.create, mode=mode)
        return self._create

    def endpoint_calls(self) -> int:
        return self.transport.total_calls

    async def aclose(self) -> None:
        if self._openai is not None:
            await self._openai.close()
        else:
            await self.transport.aclose()

    async def extract(self, article: Article) -> ArticleExtraction:
        extraction, _ = await self.extract_with_stats(article)
        return extraction

    async def extract_with_stats(self, article: Article) -> tuple[ArticleExtraction, CallStats]:
        """Extract and return this article's own call statistics (and exchanges, if recording)."""
        stats = CallStats()
        token = current_stats.set(stats)
        try:
            return await self._extract(article, stats), stats
        finally:
            current_stats.reset(token)

    async def _extract(self, article: Article, stats: CallStats) -> ArticleExtraction:
        chunks = split_into_chunks(
            article.text,
            article.body_start,
            self.settings.max_chunk_chars,
            self.settings.chunk_overlap_chars,
        )
        plans: list[VictoryPlan] = []
        statements: list[Statement] = []
        stances: list[CountryStance] = []
        dropped: list[Dropped] = []
        reasks = 0
        for index, chunk in enumerate(chunks, start=1):
            facts, chunk_dropped, chunk_reasks = await self._ask(article, chunk, index, len(chunks))
            plan, sts, sns = to_public(facts, chunk.text, article.id, offset=chunk.start)
            plans.extend([plan] if plan else [])
            statements.extend(sts)
            stances.extend(sns)
            dropped.extend(chunk_dropped)
            reasks += chunk_reasks
        from summarizer.extract.combine import combine_chunks

        plan, statements, stances = combine_chunks(plans, statements, stances)
        return ArticleExtraction(
            article=article.meta,
            plan=plan,
            statements=statements,
            stances=stances,
            diagnostics=Diagnostics(
                provider=self.name,
                model=self.model,
                prompt_version=self.prompt_version,
                dropped=dropped,
                reasks=reasks,
                endpoint_calls=stats.calls,
                chunks=len(chunks),
                usage=stats.usage,
                estimated_cost_usd=estimate_cost(self.model, stats.usage),
                warnings=list(article.warnings),
            ),
        )

    async def _ask(
        self, article: Article, chunk: Chunk, index: int, total: int
    ) -> tuple[ArticleFacts, list[Dropped], int]:
        from instructor.core import InstructorRetryException

        system, user = self.prompt.render(
            question=self.settings.question,
            article_id=article.id,
            title=article.meta.title,
            outlet=article.meta.outlet,
            published=article.meta.published,
            chunk_index=index,
            chunk_total=total,
            text=_delimit(chunk.text),
        )
        stats = current_stats.get()
        answers_before = stats.calls - stats.transport_retries if stats else 0
        # Not instructor's `context=`: instructor also renders every message as a Jinja template
        # with it, so "{{ 7 * 7 }}" in an article reached the model as "49" and a stray "{%"
        # failed the article. The validation context travels in a context variable instead.
        token = _validation_context.set({CONTEXT_TEXT: chunk.text})
        try:
            facts = await self.create(
                model=self.model,
                response_model=_response_model(),
                messages=[{"role": "system", "content": system}, {"role": "user", "content": user}],
                max_retries=self.settings.max_reasks,
                temperature=0,
            )
        except InstructorRetryException as exc:
            return self._salvage(exc, chunk.text)
        except Exception as exc:
            raise ExtractionError(_describe_failure(exc)) from exc
        finally:
            _validation_context.reset(token)
        # Every answered call beyond the first for this chunk was a validation re-ask.
        answers = (stats.calls - stats.transport_retries - answers_before) if stats else 1
        return facts, [], max(answers - 1, 0)

    def _salvage(self, exc: Any, text: str) -> tuple[ArticleFacts, list[Dropped], int]:
        """After the last re-ask: keep what is grounded, drop the rest with its reason."""
        attempts = int(getattr(exc, "n_attempts", 1) or 1)
        cause = exc.__cause__
        completion = getattr(exc, "last_completion", None)
        if completion is None:  # the endpoint failed, not the model's answer
            raise ExtractionError(_describe_failure(cause or exc)) from exc
        raw = _answer_json(completion)
        context: dict[str, Any] = {CONTEXT_TEXT: text, CONTEXT_LENIENT: True}
        try:
            facts = ArticleFacts.model_validate_json(raw or "", context=context)
        except ValueError as err:
            first = str(err).splitlines()[0] if str(err) else type(err).__name__
            raise ExtractionError(
                f"invalid model output after {attempts} attempts: {redact(first)}"
            ) from exc
        return facts, list(context.get(CONTEXT_DROPPED, [])), max(attempts - 1, 0)


_validation_context: contextvars.ContextVar[dict[str, Any] | None] = contextvars.ContextVar(
    "summarizer_validation_context", default=None
)


@cache
def _response_model() -> type[ArticleFacts]:
    """ArticleFacts as instructor's response model, built once.

    It validates with the current chunk's grounding context (see `_ask`). Being a
    ResponseSchema subclass already, instructor uses it as is instead of building a new
    subclass on every call, which also defeated its schema cache (~15 ms of CPU per call).
    """
    from instructor import ResponseSchema

    class Wrapped(ArticleFacts, ResponseSchema):
        __doc__ = ArticleFacts.__doc__
        model_config = ConfigDict(title="ArticleFacts")

        @classmethod
        def model_validate(cls, obj: Any, **kwargs: Any) -> Self:
            kwargs["context"] = kwargs.get("context") or _validation_context.get()
            return super().model_validate(obj, **kwargs)

        @classmethod
        def model_validate_json(cls, json_data: str | bytes | bytearray, **kwargs: Any) -> Self:
            kwargs["context"] = kwargs.get("context") or _validation_context.get()
            return super().model_validate_json(json_data, **kwargs)

    return Wrapped


def _delimit(text: str) -> str:
    # The article is data inside <article> tags: a closing tag inside it must not end the block.
    return text.replace("</article>", "</ article>")


def _answer_json(completion: Any) -> str | None:
    """The model's JSON answer from a chat completion: tool-call arguments or message content."""
    try:
        message = completion.choices[0].message
    except (AttributeError, IndexError):
        return None
    tool_calls = getattr(message, "tool_calls", None) or []
    if tool_calls:
        return str(tool_calls[0].function.arguments)
    content = getattr(message, "content", None)
    return str(content) if content else None


def _describe_failure(exc: BaseException) -> str:
    """One line for run.json: what failed at the endpoint, without secrets."""
    import openai

    if isinstance(exc, openai.APIStatusError):
        detail = ""
        try:
            body = exc.response.json()
            detail = (body.get("error") or {}).get("message") or ""
        except (ValueError, AttributeError):
            detail = ""
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


def facts_json_schema() -> str:
    return json.dumps(ArticleFacts.model_json_schema())
