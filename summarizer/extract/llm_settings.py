"""The LLM providers' own settings (openai, replay, and the Batch API path), with their defaults.

`ProviderSettings` is what the command line gathers for any provider; `LLMSettings` is the part
an OpenAI-compatible endpoint needs, and the one place its defaults live: the default model, the
structured-output modes, and what to say when no endpoint is configured. Kept free of heavy
imports: the CLI reads it before deciding whether openai is needed at all.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Literal, get_args

from summarizer.errors import ConfigError
from summarizer.extract.base import ProviderSettings
from summarizer.schemas import DEFAULT_QUESTION

Mode = Literal["tools", "json_schema", "json", "md_json"]
MODES: tuple[Mode, ...] = get_args(Mode)
DEFAULT_MODEL = "gpt-4o-mini"
NO_ENDPOINT = (
    "no endpoint configured: set OPENAI_API_KEY, or OPENAI_BASE_URL / --base-url "
    "for a local server, or use --provider offline"
)


@dataclass(frozen=True)
class LLMSettings:
    model: str = DEFAULT_MODEL
    base_url: str | None = None
    # Read from the environment by the provider itself, so it never sits in settings dumps.
    api_key_env: str = "OPENAI_API_KEY"
    mode: Mode = "tools"
    max_reasks: int = 2
    max_tokens: int | None = None  # None: the server's default
    transport_retries: int = 4
    timeout_s: float = 120.0
    max_chunk_chars: int = 24_000
    chunk_overlap_chars: int = 1_500
    question: str = DEFAULT_QUESTION

    @classmethod
    def of(cls, settings: ProviderSettings) -> LLMSettings:
        return cls(
            model=settings.model or DEFAULT_MODEL,
            base_url=settings.base_url,
            api_key_env=settings.api_key_env,
            mode=parse_mode(settings.mode),
            max_reasks=settings.max_reasks,
            max_tokens=settings.max_tokens,
            transport_retries=settings.transport_retries,
            timeout_s=settings.timeout_s,
            max_chunk_chars=settings.max_chunk_chars,
            chunk_overlap_chars=settings.chunk_overlap_chars,
            question=settings.question,
        )

    def api_key(self) -> str | None:
        return os.environ.get(self.api_key_env) or None


def parse_mode(value: str) -> Mode:
    for mode in MODES:
        if value == mode:
            return mode
    raise ConfigError(f"unknown --mode {value!r}; choose one of {', '.join(MODES)}")


def require_endpoint(base_url: str | None, api_key: str | None) -> None:
    """An openai run needs somewhere to send requests: a base URL or an API key for OpenAI."""
    if not (base_url or api_key):
        raise ConfigError(NO_ENDPOINT)
