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

from pydantic import BaseModel, Field, ValidationError

from summarizer.errors import ConfigError

HAND_WRITTEN = (
    "hand-written in the OpenAI chat.completions wire format by the summarizer developers; "
    "NOT the output of any model"
)


class Provenance(BaseModel):
    kind: Literal["hand-written", "recorded"]
    note: str
    model: str | None = None
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
    try:
        return Cassette.model_validate_json(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read recording ({exc.strerror})") from None
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise ConfigError(f"{path}: invalid recording ({where}: {first['msg']})") from None


def write_cassette(path: Path, cassette: Cassette) -> None:
    from summarizer.cache import atomic_write_text

    data = cassette.model_dump(mode="json", exclude_none=True)
    atomic_write_text(path, json.dumps(data, indent=2, ensure_ascii=False) + "\n")
