"""The one place the batch path meets the synchronous LLM path.

What is sent and what an answer means come from `summarizer.extract.request`, the same pure
functions the live client uses (`chat_request`, `read_answer`); the article's extraction is put
together from its chunks as `OpenAIExtractor._extract` does. So a batch line carries exactly the
body the synchronous path would POST, and its answer is validated and grounded by the same code:
a batch run's outputs equal a synchronous run's.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from summarizer.extract import llm
from summarizer.extract.base import ProviderSettings
from summarizer.extract.chunking import Chunk
from summarizer.extract.facts import GroundedFacts
from summarizer.extract.llm import OpenAIExtractor
from summarizer.extract.request import (
    Accepted,
    Failed,
    Reask,
    chat_request,
    chunks_of,
    encode_request,
    read_answer,
)
from summarizer.load import Article
from summarizer.schemas import (
    ArticleExtraction,
    Usage,
)

__all__ = ["Accepted", "Failed", "Reask", "chunks_of"]

Verdict = Accepted | Reask | Failed


def first_request(
    extractor: OpenAIExtractor, article: Article, chunk: Chunk, index: int, total: int
) -> dict[str, Any]:
    """The first request for one chunk, as the synchronous path builds it."""
    return chat_request(
        article, chunk, extractor.llm, index=index, total=total, prompt=extractor.prompt
    )


def encode(extractor: OpenAIExtractor, request: dict[str, Any]) -> str:
    """The exact JSON body the synchronous path sends for `request`."""
    return encode_request(request, extractor.llm.mode).decode()


def judge(
    extractor: OpenAIExtractor,
    request: dict[str, Any],
    completion: Any,
    article: Article,
    chunk: Chunk,
    attempt: int,
    previous: GroundedFacts | None,
) -> Verdict:
    """What the synchronous loop makes of this answer on this attempt (1-based)."""
    llm = extractor.llm
    return read_answer(request, completion, article.id, chunk, llm.mode, attempt=attempt,
                       max_reasks=llm.max_reasks, previous=previous)  # fmt: skip


def give_up(previous: GroundedFacts | None, reason: str) -> Accepted | Failed:
    """The provider stopped answering a chunk: as in the synchronous loop, what the last answer
    grounded is kept; with no answer at all the article fails with the provider's reason."""
    return Accepted(previous, Usage()) if previous is not None else Failed(reason, Usage())


async def ask(extractor: OpenAIExtractor, request: dict[str, Any]) -> bytes:
    """One synchronous chat completion (`--batch-reasks sync`), through the synchronous path's
    client and transport retries. Raises ExtractionError when the endpoint failed."""
    return await extractor._post(request)


@dataclass(frozen=True)
class ChunkResult:
    facts: GroundedFacts
    reasks: int


def assemble(
    extractor: OpenAIExtractor,
    article: Article,
    results: list[ChunkResult],
    calls: int,
    usage: Usage,
    cost: float | None,
) -> ArticleExtraction:
    """The article's extraction from its chunks' accepted answers, put together by the same
    function as the synchronous path's."""
    return llm.assemble(extractor, article, [r.facts for r in results],
                        reasks=sum(r.reasks for r in results), calls=calls, usage=usage,
                        cost=cost)


def request_extractor(settings: ProviderSettings) -> OpenAIExtractor:
    """An extractor used only to build and judge requests (batch export and import): it never
    connects, so it needs no endpoint."""
    unused = settings.base_url or "http://unused.invalid/v1"
    return OpenAIExtractor(replace(settings, base_url=unused))
