"""The one place the batch path meets the synchronous LLM path (`summarizer.extract.llm`).

Two questions are asked of it: what exact body would the synchronous path POST to
`/v1/chat/completions` for this chunk of this article (or for this re-ask), and what does a raw
chat-completion answer become: accepted facts (grounded), a re-ask, or a failure. Whatever the
synchronous path does there, a batch line does the same, so a batch run's outputs equal a
synchronous run's.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from typing import Any

from summarizer.extract.base import ProviderSettings
from summarizer.extract.chunking import Chunk, split_into_chunks
from summarizer.extract.facts import CONTEXT_TEXT, ArticleFacts
from summarizer.extract.llm import OpenAIExtractor, _answer_text, _delimit, _salvage
from summarizer.load import Article
from summarizer.schemas import (
    ArticleExtraction,
    CountryStance,
    Diagnostics,
    Dropped,
    Statement,
    Usage,
    VictoryPlan,
)


@dataclass(frozen=True)
class Accepted:
    """The answer validated and every kept item grounded; `dropped` lists what was not."""

    facts: ArticleFacts
    dropped: list[Dropped] = field(default_factory=list)


@dataclass(frozen=True)
class Reask:
    """Ask again with this request body (JSON without the schema part: see `encode`)."""

    request: dict[str, Any]
    answer: str | None  # the answer that failed, kept in case the last attempt fails too


@dataclass(frozen=True)
class Rejected:
    reason: str


Verdict = Accepted | Reask | Rejected


def first_request(
    extractor: OpenAIExtractor, article: Article, chunk: Chunk, index: int, total: int
) -> dict[str, Any]:
    """The first request for one chunk, exactly as `OpenAIExtractor._ask` builds it."""
    system, user = extractor.prompt.render(
        question=extractor.settings.question,
        article_id=article.id,
        title=article.meta.title,
        outlet=article.meta.outlet,
        published=article.meta.published,
        chunk_index=index,
        chunk_total=total,
        text=_delimit(chunk.text),
    )
    return {
        "model": extractor.model,
        "messages": [{"role": "system", "content": system}, {"role": "user", "content": user}],
        "temperature": 0,
    }


def encode(extractor: OpenAIExtractor, request: dict[str, Any]) -> str:
    """The exact JSON body the synchronous path sends for `request` (schema part included)."""
    return extractor._encode(request).decode()


def strip_schema(extractor: OpenAIExtractor, body: dict[str, Any]) -> dict[str, Any]:
    """A sent body back to the request it was encoded from (the schema part taken out)."""
    members = json.loads("{" + extractor._schema_json() + "}")
    return {k: v for k, v in body.items() if k not in members}


def judge(
    extractor: OpenAIExtractor,
    request: dict[str, Any],
    completion: Any,
    chunk_text: str,
    attempt: int,
    last_answer: str | None,
) -> Verdict:
    """What the synchronous loop does with this answer on this attempt (1-based)."""
    attempts = extractor.settings.max_reasks + 1
    if not isinstance(completion, dict) or not completion.get("choices"):
        # Not a chat completion: nothing to feed back, so the same request goes again.
        if attempt < attempts:
            return Reask(request, last_answer)
        return _final(last_answer, chunk_text, attempt, "endpoint answered with JSON that is "
                      "not a chat completion")  # fmt: skip
    answer = _answer_text(completion)
    try:
        if answer is None:
            raise ValueError("the answer has neither a tool call nor content")
        facts = ArticleFacts.model_validate_json(answer, context={CONTEXT_TEXT: chunk_text})
    except ValueError as error:
        last_answer = answer if answer is not None else last_answer
        if attempt < attempts:
            return Reask(extractor._reask(request, completion, error), last_answer)
        return _final(last_answer, chunk_text, attempt, "no usable model output")
    return Accepted(facts)


def salvage(
    last_answer: str | None, chunk_text: str, attempt: int, reason: str
) -> Accepted | Rejected:
    """After the last attempt (or when the provider stops answering mid re-ask): keep what is
    grounded of the last answer that arrived."""
    return _final(last_answer, chunk_text, attempt, reason)


def _final(
    last_answer: str | None, chunk_text: str, attempt: int, reason: str
) -> Accepted | Rejected:
    from summarizer.errors import ExtractionError

    if last_answer is None:
        return Rejected(f"{reason} after {attempt} attempts")
    try:
        facts, dropped, _ = _salvage(last_answer, chunk_text, attempt - 1)
    except ExtractionError as error:
        return Rejected(str(error))
    return Accepted(facts, dropped)


async def ask(extractor: OpenAIExtractor, request: dict[str, Any]) -> Any:
    """One synchronous chat completion for a re-ask (`--batch-reasks sync`), through the
    synchronous path's client and transport retries: the completion JSON, or None when the
    endpoint answered with something that is not one. Raises ExtractionError when it failed."""
    from summarizer.extract.llm import _Unreadable

    try:
        return await extractor._post(request)
    except _Unreadable:
        return None


@dataclass(frozen=True)
class ChunkResult:
    chunk: Chunk
    facts: ArticleFacts
    dropped: list[Dropped]
    reasks: int


def assemble(
    extractor: OpenAIExtractor,
    article: Article,
    results: list[ChunkResult],
    calls: int,
    usage: Usage,
    cost: float | None,
) -> ArticleExtraction:
    """The article's extraction from its chunks' accepted answers, as `OpenAIExtractor._extract`
    puts it together."""
    from summarizer.extract.combine import combine_chunks
    from summarizer.extract.facts import to_public

    plans: list[VictoryPlan] = []
    statements: list[Statement] = []
    stances: list[CountryStance] = []
    dropped: list[Dropped] = []
    for result in results:
        plan, sts, sns = to_public(
            result.facts, result.chunk.text, article.id, offset=result.chunk.start
        )
        plans.extend([plan] if plan else [])
        statements.extend(sts)
        stances.extend(sns)
        dropped.extend(result.dropped)
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
            dropped=dropped,
            reasks=sum(r.reasks for r in results),
            endpoint_calls=calls,
            chunks=len(results),
            usage=usage,
            estimated_cost_usd=cost,
            warnings=list(article.warnings),
        ),
    )


def chunks_of(extractor: OpenAIExtractor, article: Article) -> list[Chunk]:
    settings = extractor.settings
    return split_into_chunks(
        article.text, article.body_start, settings.max_chunk_chars, settings.chunk_overlap_chars
    )


def request_extractor(settings: ProviderSettings) -> OpenAIExtractor:
    """An extractor used only to build and judge requests (batch export and import): it never
    connects, so it needs no endpoint."""
    unused = settings.base_url or "http://unused.invalid/v1"
    return OpenAIExtractor(replace(settings, base_url=unused))
