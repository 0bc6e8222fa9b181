"""LLM extraction through instructor over the openai client (any OpenAI-compatible endpoint).

One call per article (per chunk for long articles) returns plan, statements and stances in one
response model. instructor shapes the request (tools or response_format for `ArticleFacts`) and
words the re-ask after a failed answer; the openai client sends it. An answer that fails
validation, grounding included, is re-asked; what is still ungrounded after the last re-ask is
dropped and recorded in diagnostics. Transport faults are retried underneath, in
`summarizer.extract.transport`.
"""

from __future__ import annotations

import json
import os
import tomllib
from functools import cache
from importlib.resources import files
from typing import Any

import httpx2

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
from summarizer.extract.transport import (
    CallStats,
    MeteredTransport,
    PooledTransport,
    current_stats,
)
from summarizer.fence import fenced_article
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

PRICES_FILE = files("summarizer").joinpath("data", "prices.toml")


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
            transport or PooledTransport(),
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
        self._schema_members: str | None = None

    @property
    def client(self) -> Any:
        """The openai client, built on first use: importing openai and instructor takes ~1.5 s,
        which a rerun answered entirely from the cache never needs."""
        if self._openai is None:
            import openai

            self._openai = openai.AsyncOpenAI(
                api_key=self._api_key,
                base_url=self.settings.base_url or None,
                max_retries=0,  # transport retries are ours (tenacity), counted and logged
                timeout=self.settings.timeout_s,
                http_client=httpx2.AsyncClient(transport=self.transport),
            )
        return self._openai

    def _mode(self) -> Any:
        import instructor

        json_mode = self.settings.mode == "json_schema"
        return instructor.Mode.JSON_SCHEMA if json_mode else instructor.Mode.TOOLS

    def endpoint_calls(self) -> int:
        return self.transport.total_calls

    def prepare(self) -> None:
        """Import openai and instructor (~1.5 s) and build the request schema, without opening
        any connection: forked workers inherit all of it."""
        import openai.types.chat  # noqa: F401  (used by _reask)

        self._schema_json()

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
        notes: list[str] = []
        reasks = 0
        for index, chunk in enumerate(chunks, start=1):
            facts, chunk_dropped, chunk_reasks = await self._ask(article, chunk, index, len(chunks))
            plan, sts, sns = to_public(facts, chunk.text, article.id, offset=chunk.start)
            plans.extend([plan] if plan else [])
            statements.extend(sts)
            stances.extend(sns)
            dropped.extend(chunk_dropped)
            notes.extend(facts.notes)  # what grounding changed without dropping it
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
                warnings=[*article.warnings, *notes],
            ),
        )

    async def _ask(
        self, article: Article, chunk: Chunk, index: int, total: int
    ) -> tuple[ArticleFacts, list[Dropped], int]:
        """Ask for one chunk's facts; re-ask with instructor's feedback message while the answer
        fails validation (grounding included); after the last attempt keep what is grounded.

        The loop is ours rather than instructor's patched `create`, which cost ~3 ms of CPU per
        call (it walks the whole response model for async validators several times per call)
        on top of ~1.3 ms for the typed `chat.completions.create`. instructor still decides
        what the request asks for (`_schema_json`) and how a failed answer is fed back (`_reask`);
        the openai client still sends it. Returns (facts, dropped, re-asks)."""
        system, user = self.prompt.render(
            question=self.settings.question,
            chunk_index=index,
            chunk_total=total,
            **fenced_article(
                chunk.text,
                article_id=article.id,
                title=article.meta.title,
                outlet=article.meta.outlet,
                published=article.meta.published,
            ),
        )
        request: dict[str, Any] = {
            "model": self.model,
            "messages": [{"role": "system", "content": system}, {"role": "user", "content": user}],
            "temperature": 0,
        }
        attempts = self.settings.max_reasks + 1
        last_answer: str | None = None
        for attempt in range(1, attempts + 1):
            try:
                completion = await self._post(request)
            except ExtractionError:
                if last_answer is None:
                    raise
                # The endpoint failed mid re-ask: the last answer that did arrive is kept.
                return _salvage(last_answer, chunk.text, attempt - 1)
            except _Unreadable as unreadable:
                if attempt < attempts:
                    continue  # nothing to feed back: ask the same again
                if last_answer is None:
                    raise ExtractionError(str(unreadable)) from unreadable
                return _salvage(last_answer, chunk.text, attempt - 1)
            answer = _answer_text(completion)
            try:
                if answer is None:
                    raise ValueError("the answer has neither a tool call nor content")
                facts = ArticleFacts.model_validate_json(answer, context={CONTEXT_TEXT: chunk.text})
            except ValueError as error:  # pydantic's ValidationError is a ValueError
                last_answer = answer if answer is not None else last_answer
                if attempt < attempts:
                    request = self._reask(request, completion, error)
                continue
            return facts, [], attempt - 1
        if last_answer is None:
            raise ExtractionError(f"no usable model output after {attempts} attempts")
        return _salvage(last_answer, chunk.text, attempts - 1)

    async def _post(self, request: dict[str, Any]) -> dict[str, Any]:
        """One chat completion through the openai client, as plain JSON: the typed
        `chat.completions.create` spends ~1 ms per call building request and response objects
        that are thrown away at once. HTTP errors still become openai's exceptions."""
        try:
            response = await self.client.post(
                "/chat/completions",
                content=self._encode(request),
                options={"headers": {"Content-Type": "application/json"}},
                cast_to=httpx2.Response,
            )
        except Exception as exc:
            raise ExtractionError(_describe_failure(exc)) from exc
        try:
            completion = json.loads(response.content)
        except ValueError as exc:
            raise _Unreadable(f"endpoint answered with a body that is not JSON ({exc})") from exc
        if not isinstance(completion, dict) or not completion.get("choices"):
            raise _Unreadable("endpoint answered with JSON that is not a chat completion")
        return completion

    def _encode(self, request: dict[str, Any]) -> bytes:
        """The request as JSON, with instructor's part (`_schema_json`, the same for every call
        and the bulk of the nesting) encoded once and spliced in: encoding it every time cost about
        as much CPU as the rest of building the request."""
        return f"{json.dumps(request)[:-1]}, {self._schema_json()}}}".encode()

    def _schema_json(self) -> str:
        """What instructor adds to a request for ArticleFacts in our mode (`tools` and
        `tool_choice`, or `response_format`) as JSON members without braces, built once: it
        does not change between calls."""
        if self._schema_members is None:
            from instructor.processing.response import handle_response_model

            _, kwargs = handle_response_model(ArticleFacts, self._mode(), messages=[])
            kwargs.pop("messages", None)
            self._schema_members = json.dumps(kwargs)[1:-1]
        return self._schema_members

    def _reask(
        self, request: dict[str, Any], completion: dict[str, Any], error: Exception
    ) -> dict[str, Any]:
        """The next request: instructor's feedback for this mode (the failed answer, then the
        validation errors, which name every quote not found in the article)."""
        from instructor.processing.response import handle_reask_kwargs
        from openai.types.chat import ChatCompletion

        # openai's construct is lenient and recursive, as the client itself builds responses.
        response = ChatCompletion.construct(**completion)
        previous = {**request, "messages": list(request["messages"])}
        reasked: dict[str, Any] = handle_reask_kwargs(previous, self._mode(), response, error)
        return reasked


class _Unreadable(ValueError):
    """An HTTP 200 whose body is not a chat completion: retried like an invalid answer."""


def _salvage(answer: str, text: str, reasks: int) -> tuple[ArticleFacts, list[Dropped], int]:
    """After the last attempt: keep what is grounded of the last answer, drop the rest with its
    reason; an answer that does not even fit the schema fails the article."""
    context: dict[str, Any] = {CONTEXT_TEXT: text, CONTEXT_LENIENT: True}
    try:
        facts = ArticleFacts.model_validate_json(answer, context=context)
    except ValueError as err:
        first = str(err).splitlines()[0] if str(err) else type(err).__name__
        raise ExtractionError(
            f"invalid model output after {reasks + 1} attempts: {redact(first)}"
        ) from err
    return facts, list(context.get(CONTEXT_DROPPED, [])), reasks


def _answer_text(completion: dict[str, Any]) -> str | None:
    """The model's JSON answer in a chat completion: tool-call arguments or message content."""
    try:
        message = completion["choices"][0]["message"]
        calls = message.get("tool_calls") or []
        answer = calls[0]["function"]["arguments"] if calls else message.get("content")
    except (KeyError, IndexError, TypeError, AttributeError):
        return None
    return answer if isinstance(answer, str) and answer else None


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

