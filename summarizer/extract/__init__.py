"""Extraction providers behind one small interface, imported lazily by name.

Keeping the registry as "module:Class" strings means `--help` and the offline path never import
openai (about 1 s of start-up).
"""

from __future__ import annotations

import importlib
import os
from typing import cast

from summarizer.errors import ConfigError
from summarizer.extract.base import Extractor, ProviderSettings

PROVIDERS: dict[str, str] = {
    "offline": "summarizer.extract.offline:OfflineExtractor",
    "openai": "summarizer.extract.llm:OpenAIExtractor",
    "replay": "summarizer.extract.replay:ReplayExtractor",
}


def resolve_provider(requested: str, base_url: str | None = None) -> str:
    """'auto' means openai when an endpoint is configured, else the offline rules."""
    if requested != "auto":
        if requested not in PROVIDERS:
            raise ConfigError(
                f"unknown provider {requested!r}; choose one of auto, {', '.join(PROVIDERS)}"
            )
        return requested
    configured = base_url or os.environ.get("OPENAI_BASE_URL") or os.environ.get("OPENAI_API_KEY")
    return "openai" if configured else "offline"


def create_extractor(settings: ProviderSettings) -> Extractor:
    module_name, _, class_name = PROVIDERS[settings.provider].partition(":")
    cls = getattr(importlib.import_module(module_name), class_name)
    return cast(Extractor, cls(settings))


__all__ = ["PROVIDERS", "Extractor", "ProviderSettings", "create_extractor", "resolve_provider"]
