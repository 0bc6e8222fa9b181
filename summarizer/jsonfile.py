"""Read a JSON file into a validated model, failing with one line that names the file."""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from summarizer.errors import InputError, SummarizerError

M = TypeVar("M", bound=BaseModel)


def read_model(
    path: Path,
    model: type[M],
    *,
    what: str | None = None,
    error: type[SummarizerError] = InputError,
) -> M:
    """`model` from the JSON at `path`; `error` (one line: file, what, first problem) if not."""
    name = what or model.__name__
    try:
        return model.model_validate_json(path.read_bytes())
    except OSError as exc:
        raise error(f"{path}: cannot read {name} ({exc.strerror or exc})") from None
    except ValidationError as exc:
        raise error(f"{path}: not a valid {name} ({first_error(exc)})") from None


def first_error(exc: ValidationError) -> str:
    errors = exc.errors()
    first = errors[0]
    where = ".".join(str(part) for part in first["loc"]) or "document"
    more = f"; {len(errors) - 1} more" if len(errors) > 1 else ""
    return f"{where}: {first['msg']}{more}".replace("\n", " ")
