"""Content-addressed on-disk cache of finished extractions.

The key hashes everything that changes an extraction: the article text, the metadata the
extractors read (id, title, outlet, published date, where the body starts), prompt version,
schema version, provider, model, and the provider settings that shape its answer.
Entries are written atomically and carry a checksum of their payload, so an interrupted run
leaves no half-written entry and a corrupted one is detected and recomputed.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import ValidationError

from summarizer.schemas import SCHEMA_VERSION, ArticleExtraction

if TYPE_CHECKING:
    from summarizer.extract.base import ProviderSettings
    from summarizer.load import Article

# Providers whose output depends on no setting but the question.
_SETTINGS_FREE = {"offline"}


def cache_key(
    text: str,
    *,
    provider: str,
    model: str,
    prompt_version: str,
    question: str,
    inputs: Mapping[str, object] | None = None,
) -> str:
    """`inputs`: every other named input that changes the extraction (see `extraction_inputs`)."""
    digest = hashlib.sha256()
    extra = json.dumps(dict(inputs or {}), sort_keys=True, default=str)
    for part in (SCHEMA_VERSION, provider, model, prompt_version, question, extra, text):
        digest.update(part.encode("utf-8"))
        digest.update(b"\x00")
    return digest.hexdigest()


def extraction_inputs(
    article: Article, provider: str, settings: ProviderSettings
) -> dict[str, object]:
    """What besides its text an article's extraction depends on.

    The offline rules read the title and the published date (relative dates resolve against
    it); the LLM prompt carries id, title, outlet and date; every statement carries the id.
    The source path and URL are read by no extractor: inputs that differ only there share the
    entry (each gets its own metadata back on a hit).
    """
    meta = article.meta
    inputs: dict[str, object] = {
        "id": meta.id,
        "title": meta.title,
        "outlet": meta.outlet,
        "published": meta.published.isoformat() if meta.published else None,
        "body_start": article.body_start,
    }
    if provider not in _SETTINGS_FREE:
        inputs |= {
            "mode": settings.mode,
            "max_tokens": settings.max_tokens,
            "max_chunk_chars": settings.max_chunk_chars,
            "chunk_overlap_chars": settings.chunk_overlap_chars,
            "recordings": str(settings.recordings_dir) if settings.recordings_dir else None,
        }
    return inputs


def atomic_write_text(path: Path, text: str) -> None:
    """Write via a temp file and rename, so a killed process never leaves a partial file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        # mkstemp creates 0600; outputs are meant to be read by others like any written file.
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class Cache:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.corrupt: list[str] = []

    def _path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.json"

    def get(self, key: str) -> ArticleExtraction | None:
        path = self._path(key)
        try:
            envelope = json.loads(path.read_text(encoding="utf-8"))
            payload = envelope["payload"]
            if envelope.get("sha256") != _checksum(payload):
                raise ValueError("checksum mismatch")
            return ArticleExtraction.model_validate_json(payload)
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError, ValidationError):
            # Detected corruption: forget the entry so the article is recomputed.
            self.corrupt.append(str(path))
            path.unlink(missing_ok=True)
            return None

    def put(self, key: str, extraction: ArticleExtraction) -> None:
        payload = extraction.model_dump_json()
        envelope = {"key": key, "sha256": _checksum(payload), "payload": payload}
        atomic_write_text(self._path(key), json.dumps(envelope))


def _checksum(payload: str) -> str:
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()
