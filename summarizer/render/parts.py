"""Citations and generated sentences, independent of the output format.

A generated sentence is a sequence of parts: plain text (escaped by the template like any other
value) and :class:`Cites`, which each template renders its own way (`[1][4]`, linked in HTML).
Citation numbers are handed out in reading order, so `[1]` is the first source the memo cites.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any

from summarizer.schemas import ArticleMeta


@dataclass(frozen=True)
class Cites:
    numbers: tuple[int, ...]

    def __bool__(self) -> bool:
        return bool(self.numbers)


Part = str | Cites
Sentence = tuple[Part, ...]


class Citer:
    """Numbers sources in the order the memo first cites them."""

    def __init__(self, articles: Sequence[ArticleMeta]) -> None:
        self.articles = {article.id: article for article in articles}
        self._numbers: dict[str, int] = {}

    def cite(self, article_ids: Iterable[str]) -> Cites:
        numbers = {self.number(article_id) for article_id in article_ids}
        return Cites(tuple(sorted(numbers)))

    def number(self, article_id: str) -> int:
        return self._numbers.setdefault(article_id, len(self._numbers) + 1)

    def cited_ids(self) -> list[str]:
        return sorted(self._numbers, key=self._numbers.__getitem__)


_FIELD = re.compile(r"\{(\w+)\}")


def fill(template: str, **values: str | Sequence[Part]) -> list[Part]:
    """Fill ``{name}`` fields; a field may take a run of parts (text with citations)."""
    parts: list[Part] = []
    pos = 0
    for match in _FIELD.finditer(template):
        parts.append(template[pos : match.start()])
        value = values[match.group(1)]
        if isinstance(value, str):
            parts.append(value)
        else:
            parts.extend(value)
        pos = match.end()
    parts.append(template[pos:])
    return [part for part in parts if part != ""]


def sentence(parts: Iterable[Part]) -> Sentence:
    """Merge adjacent text and drop empty pieces, so templates see tidy runs."""
    out: list[Part] = []
    for part in parts:
        if isinstance(part, str) and out and isinstance(out[-1], str):
            out[-1] = out[-1] + part
        elif part:
            out.append(part)
    return tuple(out)


@cache
def phrases() -> dict[str, Any]:
    """The memo's wording (templates/phrases.toml)."""
    text = files("summarizer.render").joinpath("templates", "phrases.toml").read_text("utf-8")
    return tomllib.loads(text)


def position_info(position: str) -> dict[str, Any]:
    info: dict[str, Any] = phrases()["positions"][position]
    return info
