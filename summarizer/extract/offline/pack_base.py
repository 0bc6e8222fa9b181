"""What every language pack shares: where the shipped data lives, the frozen model base, and
loading a TOML file into its model with an error that names the file and the field."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from importlib.resources import files
from importlib.resources.abc import Traversable
from typing import Any, Self, TypeVar

from pydantic import BaseModel, ConfigDict, ValidationError

DATA_DIR = files("summarizer").joinpath("data", "offline")


class PackError(ValueError):
    """A data file that does not load or validate: names the file and the problem."""


class Pack(BaseModel):
    """A frozen, strict (unknown keys refused) model of one data file or section.

    Derived lookups (indexes, compiled patterns) are `cached_property`s computed from the
    fields on first use."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    def model_copy(self, *, update: Mapping[str, Any] | None = None, deep: bool = False) -> Self:
        """A validated copy: pydantic's own copy would carry over the derived lookups already
        computed from the old fields."""
        del deep  # a validated copy shares nothing mutable
        fields = {name: getattr(self, name) for name in type(self).model_fields}
        return self.model_validate({**fields, **(update or {})})


M = TypeVar("M", bound=BaseModel)


def read_toml(path: Traversable, *keys: str) -> object:
    """The parsed file, or the table at `keys` inside it."""
    try:
        with path.open("rb") as handle:
            data: object = tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise PackError(f"{path}: {error}") from error
    for key in keys:
        if not isinstance(data, dict) or key not in data:
            raise PackError(f"{path}: missing section [{'.'.join(keys)}]")
        data = data[key]
    return data


def load_file(model: type[M], path: Traversable, *keys: str) -> M:
    """The file (or its table at `keys`) validated as `model`."""
    try:
        return model.model_validate(read_toml(path, *keys))
    except ValidationError as error:
        where = f" [{'.'.join(keys)}]" if keys else ""
        raise PackError(f"{path}{where}: {describe(error, keys)}") from error


def describe(error: ValidationError, keys: tuple[str, ...] = ()) -> str:
    """Each problem as `field.path: message`, one per line after the first."""
    problems = []
    for item in error.errors(include_url=False):
        field = ".".join(str(part) for part in (*keys, *item["loc"]))
        problems.append(f"{field}: {item['msg']}" if field else item["msg"])
    return "; ".join(problems)
