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

from summarizer.render.anchors import anchor_for
from summarizer.schemas import ArticleMeta, SourceRef, StanceEvidence


@dataclass(frozen=True)
class Cites:
    numbers: tuple[int, ...]
    # Aligned with `numbers` when known: where in sources.html each source says it (an anchor
    # id, see render.anchors) and its own words, shown when the citation is hovered.
    anchors: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    article_ids: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.numbers)


@dataclass(frozen=True)
class Ref:
    """One source of a cited item: its article, where it says it, and its words."""

    article_id: str
    span: tuple[int, int] | None = None
    text: str = ""


Part = str | Cites
Sentence = tuple[Part, ...]


class Citer:
    """Numbers sources in the order the memo first cites them."""

    def __init__(self, articles: Sequence[ArticleMeta]) -> None:
        self.articles = {article.id: article for article in articles}
        self._numbers: dict[str, int] = {}

    def cite(self, article_ids: Iterable[str]) -> Cites:
        return self.cite_refs(Ref(article_id) for article_id in article_ids)

    def cite_refs(self, refs: Iterable[Ref]) -> Cites:
        """Cites that link each source to the span that says it (the first one, per article)."""
        first: dict[int, Ref] = {}
        for ref in refs:
            number = self.number(ref.article_id)
            if number not in first or (first[number].span is None and ref.span is not None):
                first[number] = ref
        numbers = tuple(sorted(first))
        return Cites(
            numbers,
            tuple(anchor_for(first[n].article_id, first[n].span) for n in numbers),
            tuple(first[n].text for n in numbers),
            tuple(first[n].article_id for n in numbers),
        )

    def number(self, article_id: str) -> int:
        return self._numbers.setdefault(article_id, len(self._numbers) + 1)

    def cited_ids(self) -> list[str]:
        return sorted(self._numbers, key=self._numbers.__getitem__)


def source_refs(sources: Iterable[SourceRef], wording: str | None = None) -> list[Ref]:
    """Each source's span and words; when an article reports an item more than once (a quote
    and a paraphrase of it), the one printing `wording`, then a direct quote, comes first."""
    wanted = " ".join(wording.split()) if wording else None
    ranked = sorted(sources, key=lambda s: (" ".join(s.text.split()) != wanted,
                                            s.kind != "direct"))
    return [Ref(s.article_id, s.spans[0] if s.spans else None, s.text) for s in ranked]


def stance_refs(sources: Iterable[StanceEvidence]) -> list[Ref]:
    refs = []
    for source in sources:
        evidence = next((e for e in source.evidence if e.spans), None)
        if evidence is None:
            refs.append(Ref(source.article_id))
        else:
            refs.append(Ref(source.article_id, evidence.spans[0], evidence.text))
    return refs


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
