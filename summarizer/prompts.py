"""Versioned prompt templates from the repository's `prompts/` folder.

An installed wheel carries that folder as `summarizer/prompt_templates` (pyproject maps it there)
and reads it with importlib.resources; a source checkout (editable install) reads `prompts/` at the
repository root; `SUMMARIZER_PROMPTS_DIR` points at another folder of templates.

A prompt's version is its name plus a short hash of its text, so editing a template without
bumping its name still invalidates cached extractions made with the old wording.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

from jinja2 import Environment, FunctionLoader, StrictUndefined, Template

from summarizer.errors import ConfigError

PROMPT_NAME = "extract_v1"


def prompts_dir() -> Traversable:
    """Where the templates are: the override, the installed package's copy, or the checkout's."""
    configured = os.environ.get("SUMMARIZER_PROMPTS_DIR")
    if configured:
        return Path(configured)
    shipped = files("summarizer").joinpath("prompt_templates")
    if shipped.is_dir():
        return shipped
    # An editable install imports the package from the checkout, where the folder is top-level.
    return Path(__file__).resolve().parent.parent / "prompts"


def _read_template(name: str) -> str | None:
    try:
        return prompts_dir().joinpath(name).read_text(encoding="utf-8")
    except OSError:
        return None


@dataclass(frozen=True)
class PromptPair:
    name: str
    version: str
    system: str  # template source
    user: str

    def render(self, **values: object) -> tuple[str, str]:
        system = _template(self.system).render(**values)
        user = _template(self.user).render(**values)
        return system, user


@cache
def _env() -> Environment:
    # Plain text prompts: no HTML autoescape; StrictUndefined turns a missing value into an error.
    return Environment(
        loader=FunctionLoader(_read_template),
        undefined=StrictUndefined,
        autoescape=False,
        keep_trailing_newline=True,
    )


@cache
def _template(source: str) -> Template:
    # Compiling a template costs milliseconds; rendering a compiled one, microseconds.
    return _env().from_string(source)


@cache
def load_prompt(name: str = PROMPT_NAME) -> PromptPair:
    folder = prompts_dir()
    try:
        system = folder.joinpath(f"{name}.system.j2").read_text(encoding="utf-8")
        user = folder.joinpath(f"{name}.user.j2").read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{folder}: prompt {name!r} not found ({exc.strerror})") from None
    digest = hashlib.sha256((system + "\x00" + user).encode("utf-8")).hexdigest()[:8]
    return PromptPair(name=name, version=f"{name}+{digest}", system=system, user=user)
