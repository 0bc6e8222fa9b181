"""Content-addressed on-disk cache of finished extractions.

The key hashes everything that changes an extraction: the article text, prompt version, schema
version, provider and model. Entries are written atomically and carry a checksum of their payload,
so an interrupted run leaves no half-written entry and a corrupted one is detected and recomputed.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path

from pydantic import ValidationError

from summarizer.schemas import SCHEMA_VERSION, ArticleExtraction


def cache_key(text: str, *, provider: str, model: str, prompt_version: str, question: str) -> str:
    digest = hashlib.sha256()
    for part in (SCHEMA_VERSION, provider, model, prompt_version, question, text):
        digest.update(part.encode("utf-8"))
        digest.update(b"\x00")
    return digest.hexdigest()


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
