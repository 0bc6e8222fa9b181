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
from summarizer.schemas import ArticleMeta, CopyGroup, SourceRef, StanceEvidence

# A claim shows at most this many citations, then how many more sources state it ("and 23
# more"): hundreds of outlets printing one wire story must not make a bullet of markers.
MAX_CITES = 5


@dataclass(frozen=True)
class Cites:
    numbers: tuple[int, ...]
    more: int = 0  # sources that state it too, not shown
    # Aligned with `numbers` when known: where in sources.html each source says it (an anchor
    # id, see render.anchors), its own words (shown when the citation is hovered) and the
    # article that says it (one of a copy group's articles).
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
    """Numbers sources in the order the memo first cites them.

    Copies of one text (``Briefing.copies``) are one source: citing any of them cites the
    group, under the number of the article that stands for it.
    """

    def __init__(
        self, articles: Sequence[ArticleMeta], copies: Sequence[CopyGroup] = ()
    ) -> None:
        self.articles = {article.id: article for article in articles}
        self.group_of = {copy: group.article_id for group in copies for copy in group.copies}
        self.copies = {group.article_id: list(group.copies) for group in copies}
        self._numbers: dict[str, int] = {}

    def source_of(self, article_id: str) -> str:
        """The article that stands for this one's group (itself when it has no copies)."""
        return self.group_of.get(article_id, article_id)

    def cite(self, article_ids: Iterable[str], cap: int = MAX_CITES) -> Cites:
        return self.cite_refs((Ref(article_id) for article_id in article_ids), cap)

    def cite_refs(self, refs: Iterable[Ref], cap: int = MAX_CITES) -> Cites:
        """Citations of these refs' sources: at most `cap` shown (sources already cited first,
        so the memo names few distinct sources), the rest counted. Each links to the span that
        says it: the first ref with a span per source (refs come best first, see
        `source_refs`); a copy's ref links into that copy."""
        best: dict[str, Ref] = {}
        for ref in refs:
            source = self.source_of(ref.article_id)
            if source not in best or (best[source].span is None and ref.span is not None):
                best[source] = ref
        ranked = sorted(best, key=lambda a: (a not in self._numbers, self._numbers.get(a, 0), a))
        shown = {self.number(source): best[source] for source in ranked[:cap]}
        numbers = tuple(sorted(shown))
        return Cites(
            numbers,
            len(ranked) - len(shown),
            tuple(anchor_for(shown[n].article_id, shown[n].span) for n in numbers),
            tuple(shown[n].text for n in numbers),
            tuple(shown[n].article_id for n in numbers),
        )

    def number(self, article_id: str) -> int:
        article_id = self.source_of(article_id)
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
