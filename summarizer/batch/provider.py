"""The provider's Files and Batch API, through the openai client's public resources.

Uploads are streamed from the request file and downloads are streamed into a file, so a batch
of any size passes through without being held in memory. These few control calls use openai's
own retries (they are not per-article calls, so they are not metered like chat completions).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import httpx2

from summarizer.errors import ExtractionError
from summarizer.extract.base import ProviderSettings
from summarizer.redact import redact

CONTROL_RETRIES = 5
LOOKUP_LIMIT = 2000  # how far back to look for an upload or batch a killed run did not journal


class BatchClient:
    def __init__(self, settings: ProviderSettings) -> None:
        import openai

        self._openai = openai
        self.client = openai.AsyncOpenAI(
            api_key=os.environ.get(settings.api_key_env) or "not-needed",
            base_url=settings.base_url or None,
            max_retries=CONTROL_RETRIES,
            timeout=httpx2.Timeout(settings.timeout_s, connect=30.0),
        )

    async def aclose(self) -> None:
        await self.client.close()

    async def upload(self, path: Path, name: str) -> str:
        """Upload a request file (purpose batch) under `name`; returns the file id."""
        with path.open("rb") as handle:
            created = await self._call(
                self.client.files.create(file=(name, handle, "application/jsonl"),
                                         purpose="batch"),
                f"uploading {path.name}",
            )
        return str(created.id)

    async def find_upload(self, name: str, size: int) -> str | None:
        """The id of an uploaded batch file with this name and size, if the provider has one."""
        try:
            seen = 0
            async for file in self.client.files.list(purpose="batch"):
                if file.filename == name and file.bytes == size:
                    return str(file.id)
                seen += 1
                if seen >= LOOKUP_LIMIT:
                    break
        except self._openai.OpenAIError as exc:
            raise ExtractionError(_describe("listing uploaded files", exc)) from exc
        return None

    async def find_batch(self, metadata: dict[str, str]) -> Any:
        """A batch created with exactly this metadata, if the provider has one (else None)."""
        try:
            seen = 0
            async for batch in self.client.batches.list(limit=100):
                found = batch.metadata or {}
                if all(found.get(k) == v for k, v in metadata.items()):
                    return batch
                seen += 1
                if seen >= LOOKUP_LIMIT:
                    break
        except self._openai.OpenAIError as exc:
            raise ExtractionError(_describe("listing batches", exc)) from exc
        return None

    async def create(self, file_id: str, metadata: dict[str, str]) -> Any:
        return await self._call(
            self.client.batches.create(
                input_file_id=file_id,
                endpoint="/v1/chat/completions",
                completion_window="24h",
                metadata=metadata,
            ),
            f"creating a batch from {file_id}",
        )

    async def retrieve(self, batch_id: str) -> Any:
        return await self._call(self.client.batches.retrieve(batch_id), f"polling {batch_id}")

    async def download(self, file_id: str, target: Path, scrub: bool = False) -> None:
        """The file's content into `target`, streamed, complete or not at all. `scrub`: line by
        line through `redact`, for error files, whose messages a server may have filled with
        what it was sent (the key included)."""
        partial = target.with_suffix(".download")
        try:
            async with self.client.files.with_streaming_response.content(file_id) as response:
                with partial.open("wb") as handle:
                    if scrub:
                        async for line in response.iter_lines():
                            handle.write(redact(line).encode() + b"\n")
                    else:
                        async for block in response.iter_bytes():
                            handle.write(block)
        except self._openai.OpenAIError as exc:
            partial.unlink(missing_ok=True)
            raise ExtractionError(_describe(f"downloading {file_id}", exc)) from exc
        os.replace(partial, target)

    async def _call(self, pending: Any, what: str) -> Any:
        try:
            return await pending
        except self._openai.OpenAIError as exc:
            raise ExtractionError(_describe(what, exc)) from exc


def _describe(what: str, exc: BaseException) -> str:
    status = getattr(exc, "status_code", None)
    return redact(f"batch API failed {what}" + (f" (HTTP {status})" if status else "") +
                  f": {exc}")  # fmt: skip
