"""Recordings ("cassettes") of one article's HTTP exchanges with an OpenAI-compatible endpoint.

Each file says where it came from in `provenance`: recorded from a live endpoint by
`summarizer record`, or written by hand in the OpenAI wire format (never passed off as a model's
output). Requests and responses carry no credentials, cookies or organisation headers.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field

from summarizer.errors import ConfigError
from summarizer.jsonfile import read_model

HAND_WRITTEN = (
    "hand-written in the OpenAI chat.completions wire format by the summarizer developers; "
    "NOT the output of any model"
)


class Provenance(BaseModel):
    kind: Literal["hand-written", "recorded"]
    note: str
    model: str | None = None
    quantisation: str | None = None  # e.g. "Q4_1 GGUF", for a local model
    server: str | None = None  # the server software and its version
    mode: str | None = None  # the structured-output mode the requests used
    endpoint_host: str | None = None
    recorded_on: str | None = None


class Exchange(BaseModel):
    request: dict[str, Any]
    response: dict[str, Any]


class Cassette(BaseModel):
    provenance: Provenance
    article_id: str
    article_sha256: str
    prompt_version: str | None = None
    interactions: list[Exchange] = Field(default_factory=list)


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def cassette_path(folder: Path, article_id: str) -> Path:
    return folder / f"{article_id}.json"


def read_cassette(path: Path) -> Cassette:
    return read_model(path, Cassette, what="recording", error=ConfigError)


def write_cassette(path: Path, cassette: Cassette) -> None:
    from summarizer.cache import atomic_write_text

    data = cassette.model_dump(mode="json", exclude_none=True)
    atomic_write_text(path, json.dumps(data, indent=2, ensure_ascii=False) + "\n")
