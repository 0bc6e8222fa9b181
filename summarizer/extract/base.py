"""The provider contract: one async method that turns an Article into an ArticleExtraction."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from summarizer.load import Article
from summarizer.schemas import DEFAULT_QUESTION, ArticleExtraction


@dataclass(frozen=True)
class ProviderSettings:
    provider: str = "offline"
    model: str | None = None
    base_url: str | None = None
    # Read from the environment by the provider itself, so it never sits in settings dumps.
    api_key_env: str = "OPENAI_API_KEY"
    mode: str = "tools"  # "tools" | "json_schema" | "json" | "md_json"
    max_reasks: int = 2
    max_tokens: int | None = None
    transport_retries: int = 4
    timeout_s: float = 120.0
    max_chunk_chars: int = 24_000
    chunk_overlap_chars: int = 1_500
    question: str = DEFAULT_QUESTION
    recordings_dir: Path | None = None
    record_dir: Path | None = None
    extra: dict[str, str] = field(default_factory=dict)


class Extractor(Protocol):
    """What every provider offers. `name`, `model` and `prompt_version` key the cache."""

    name: str
    model: str
    prompt_version: str

    async def extract(self, article: Article) -> ArticleExtraction:
        """Extract one article. Raise ExtractionError (or a subclass) to fail just this article."""
        ...

    def endpoint_calls(self) -> int:
        """HTTP requests sent to an endpoint so far (0 for providers that make none)."""
        ...

    def prepare(self) -> None:
        """Load now what every extraction needs (modules, tables). Called before `--workers`
        forks, so each worker inherits it instead of loading it again."""
        ...

    async def aclose(self) -> None: ...
