"""What has been submitted, kept under OUT/.batches/ so that nothing is lost or paid twice.

    OUT/.batches/job-0001/job.json                   settings it was made with; done or not
    OUT/.batches/job-0001/round-1/plan.json          the parts of round 1 and the lines each covers
    OUT/.batches/job-0001/round-1/part-1.requests.jsonl
    OUT/.batches/job-0001/round-1/part-1.json        input file id, then batch id, status, counts
    OUT/.batches/job-0001/round-1/part-1.output.jsonl and .errors.jsonl   once downloaded

Every step is written (atomically) before the next one starts: the uploaded file's id before the
batch is created from it, the batch id before any waiting. A rerun reads the same files and goes
on from the last step written, so a killed CLI resumes its batch instead of uploading again.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from summarizer.cache import atomic_write_text

BATCHES_DIR = ".batches"
FINAL_STATUSES = frozenset({"completed", "expired", "cancelled", "failed"})


def _read(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _write(path: Path, data: dict[str, Any]) -> None:
    atomic_write_text(path, json.dumps(data, indent=1) + "\n")


@dataclass(frozen=True)
class PartRecord:
    """One input file and the batch made from it; `state` is its json file's content."""

    folder: Path
    name: str  # "part-1"
    custom_ids: tuple[str, ...]

    @property
    def requests(self) -> Path:
        return self.folder / f"{self.name}.requests.jsonl"

    @property
    def output(self) -> Path:
        return self.folder / f"{self.name}.output.jsonl"

    @property
    def errors(self) -> Path:
        return self.folder / f"{self.name}.errors.jsonl"

    @property
    def state_path(self) -> Path:
        return self.folder / f"{self.name}.json"

    def state(self) -> dict[str, Any]:
        return _read(self.state_path) if self.state_path.exists() else {}

    def update(self, **values: Any) -> dict[str, Any]:
        state = {**self.state(), **values}
        _write(self.state_path, state)
        return state


@dataclass(frozen=True)
class Job:
    folder: Path

    @property
    def name(self) -> str:
        return self.folder.name

    def info(self) -> dict[str, Any]:
        return _read(self.folder / "job.json")

    @property
    def token(self) -> str:
        """Unique to this job (the job name alone repeats across output folders): it names the
        uploads and marks the batches, so a lost id can be found again at the provider."""
        return str(self.info().get("token") or self.name)

    def mark_done(self) -> None:
        _write(self.folder / "job.json", {**self.info(), "done": True})

    def round_dir(self, number: int) -> Path:
        return self.folder / f"round-{number}"

    def round_parts(self, number: int) -> list[PartRecord] | None:
        """The parts of a round that was planned, or None."""
        plan = self.round_dir(number) / "plan.json"
        if not plan.exists():
            return None
        return [
            PartRecord(plan.parent, part["name"], tuple(part["custom_ids"]))
            for part in _read(plan)["parts"]
        ]

    def save_round(self, number: int, parts: list[tuple[str, list[str]]]) -> list[PartRecord]:
        folder = self.round_dir(number)
        _write(folder / "plan.json",
               {"parts": [{"name": name, "custom_ids": ids} for name, ids in parts]})  # fmt: skip
        return [PartRecord(folder, name, tuple(ids)) for name, ids in parts]

    def covers(self) -> set[str]:
        parts = self.round_parts(1) or []
        return {line_id for part in parts for line_id in part.custom_ids}

    def rounds(self) -> int:
        count = 0
        while (self.round_dir(count + 1) / "plan.json").exists():
            count += 1
        return count


def jobs(out_dir: Path) -> list[Job]:
    root = out_dir / BATCHES_DIR
    if not root.is_dir():
        return []
    return [Job(p) for p in sorted(root.glob("job-*")) if (p / "job.json").exists()]


def open_jobs(out_dir: Path, fingerprint: dict[str, Any]) -> list[Job]:
    """Unfinished jobs made with these settings: a rerun resumes them."""
    return [
        job for job in jobs(out_dir)
        if not job.info().get("done") and job.info().get("fingerprint") == fingerprint
    ]  # fmt: skip


def new_job(out_dir: Path, fingerprint: dict[str, Any]) -> Job:
    existing = jobs(out_dir)
    number = int(existing[-1].name.split("-")[1]) + 1 if existing else 1
    job = Job(out_dir / BATCHES_DIR / f"job-{number:04d}")
    job.folder.mkdir(parents=True, exist_ok=True)
    token = f"{job.name}-{uuid.uuid4().hex[:12]}"
    _write(job.folder / "job.json", {"fingerprint": fingerprint, "done": False, "token": token})
    return job
