"""The provider's side of a job: submit a part, poll it, wait for a round, download results.

Each step journals what it learned (`summarizer.batch.journal`) before the next one starts.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path
from typing import Any

from summarizer.batch import journal
from summarizer.batch.provider import BatchClient
from summarizer.extract.base import ProviderSettings
from summarizer.redact import redact

Progress = Callable[[int, int, str], None]  # (lines done, lines total, status)


async def submit(
    client: BatchClient, job: journal.Job, number: int, part: journal.PartRecord
) -> None:
    """Upload, then create the batch, journaling each id before the next step; and before each
    call, that it is being made. A rerun after a kill at any point neither uploads nor creates
    twice: an id the killed run did not journal is looked up at the provider (the upload by its
    name and size, the batch by its metadata)."""
    state = part.state()
    name = f"summarizer-{job.token}-round-{number}-{part.name}.jsonl"
    if "input_file_id" not in state:
        found = None
        if state.get("uploading"):
            found = await client.find_upload(name, part.requests.stat().st_size)
        if found is None:
            part.update(uploading=True)
            found = await client.upload(part.requests, name)
        state = part.update(input_file_id=found)
    if "batch_id" not in state:
        metadata = {"summarizer_job": job.token, "round": str(number), "part": part.name}
        created = None
        if state.get("creating"):
            created = await client.find_batch(metadata)
        if created is None:
            part.update(creating=True)
            created = await client.create(str(state["input_file_id"]), metadata)
        part.update(batch_id=created.id, status=created.status)


async def poll(client: BatchClient, part: journal.PartRecord) -> dict[str, Any]:
    """The part's batch as the provider sees it now, journaled; unchanged once final."""
    state = part.state()
    if state.get("status") in journal.FINAL_STATUSES or "batch_id" not in state:
        return state
    batch = await client.retrieve(str(state["batch_id"]))
    counts = batch.request_counts
    errors = [redact(str(e.message or e.code)) for e in (batch.errors.data or [])] if (
        batch.errors) else []  # fmt: skip
    return part.update(
        status=batch.status,
        errors=errors,
        output_file_id=batch.output_file_id,
        error_file_id=batch.error_file_id,
        completed=counts.completed if counts else 0,
        failed=counts.failed if counts else 0,
        total=counts.total if counts else len(part.custom_ids),
    )


async def refresh_status(out_dir: Path, settings: ProviderSettings) -> None:
    """Ask the provider for every unfinished journaled batch of OUT (`batch status`)."""
    client = BatchClient(settings)
    try:
        for job in journal.jobs(out_dir):
            for number in range(1, job.rounds() + 1):
                for part in job.round_parts(number) or []:
                    await poll(client, part)
    finally:
        await client.aclose()


async def wait(
    client: BatchClient,
    parts: list[journal.PartRecord],
    poll_s: float,
    poll_max_s: float,
    on_progress: Progress | None,
) -> None:
    """Poll every part's batch until all are final, reporting `request_counts` as progress."""
    delay = poll_s
    while True:
        done = total = 0
        statuses: list[str] = []
        for part in parts:
            state = await poll(client, part)
            statuses.append(str(state["status"]))
            done += int(state.get("completed", 0)) + int(state.get("failed", 0))
            total += int(state.get("total") or len(part.custom_ids))
        if on_progress:
            on_progress(done, total, ", ".join(sorted(set(statuses))))
        if all(s in journal.FINAL_STATUSES for s in statuses):
            return
        await asyncio.sleep(delay)
        delay = min(delay * 1.5, poll_max_s)


async def download(client: BatchClient, part: journal.PartRecord) -> None:
    """The part's output and error files, unless already here."""
    state = part.state()
    for key, target in (("output_file_id", part.output), ("error_file_id", part.errors)):
        file_id = state.get(key)
        if file_id and not target.exists():
            await client.download(str(file_id), target, scrub=key == "error_file_id")


def batch_status(out_dir: Path) -> list[dict[str, Any]]:
    """Every journaled batch of OUT, as last seen: job, round, part, batch id, status, counts."""
    rows: list[dict[str, Any]] = []
    for job in journal.jobs(out_dir):
        done = bool(job.info().get("done"))
        for number in range(1, job.rounds() + 1):
            for part in job.round_parts(number) or []:
                state = part.state()
                rows.append({
                    "job": job.name, "job_done": done, "round": number, "part": part.name,
                    "lines": len(part.custom_ids), "batch_id": state.get("batch_id"),
                    "status": state.get("status", "not submitted"),
                    "completed": state.get("completed", 0), "failed": state.get("failed", 0),
                })  # fmt: skip
    return rows
