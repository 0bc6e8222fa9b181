"""`sources.html`: every article's text with each extracted span highlighted and labelled.

Quotes are coloured by speaker, stance evidence underlined by position, plan points boxed; a
legend and filters (speaker, country) come with it. Each highlight's id is its span's anchor
(:mod:`summarizer.render.anchors`), which is what the memo's citations link to.

The page is built in one pass over each article's spans (sorted once), so its size and the time
to build it grow with the text and the number of spans, never with their product. Spans that
cross (a quote running past the end of an evidence sentence) are nested by closing the earlier
highlight where the later one opens and continuing it inside; the later one stays whole.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from typing import Literal

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from summarizer.countries import country_name
from summarizer.render.anchors import article_anchor, span_anchor
from summarizer.render.parts import phrases, position_info
from summarizer.render.text import format_date
from summarizer.render.view import _speaker_key, _speaker_name
from summarizer.schemas import ArticleMeta, Briefing, Speaker

SPEAKER_COLOURS = 12  # sp-0 … sp-11 in sources.css; more speakers share colours

PieceKind = Literal["t", "o", "c"]


@dataclass(frozen=True)
class MarkView:
    anchor: str | None  # on the first element of a highlight only
    classes: str
    tag: str  # short visible label
    title: str  # full description, shown on hover
    speakers: str  # space-separated speaker keys, for the filter
    countries: str  # space-separated country codes, for the filter

    def continuation(self) -> MarkView:
        return MarkView(None, self.classes + " cont", "", self.title, self.speakers,
                        self.countries)


Piece = tuple[PieceKind, "str | MarkView | None"]


@dataclass
class _Highlight:
    start: int
    end: int
    classes: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    details: list[str] = field(default_factory=list)
    speakers: set[str] = field(default_factory=set)
    countries: set[str] = field(default_factory=set)

    def view(self, article_id: str) -> MarkView:
        return MarkView(
            anchor=span_anchor(article_id, (self.start, self.end)),
            classes=" ".join(dict.fromkeys(["hl", *self.classes])),
            tag=" · ".join(dict.fromkeys(self.tags)),
            title="\n".join(dict.fromkeys(self.details)),
            speakers=" ".join(sorted(self.speakers)),
            countries=" ".join(sorted(self.countries)),
        )


@dataclass(frozen=True)
class ArticleView:
    anchor: str
    heading: str
    outlet: str | None
    date: str | None
    link: str | None  # only http(s) URLs become links
    location: str | None
    pieces: list[Piece]
    highlights: int
    speakers: str
    countries: str
    missing: bool  # the text could not be found
    unplaced: list[str]  # items whose offsets fall outside the text
    sentences: dict[str, str]  # each highlight's anchor → the sentence(s) around it


@dataclass(frozen=True)
class SpeakerEntry:
    key: str
    name: str
    colour: int
    count: int


@dataclass(frozen=True)
class CountryEntry:
    code: str
    name: str
    count: int


@dataclass
class SourcesPage:
    question: str
    articles: list[ArticleView]
    speakers: list[SpeakerEntry]
    countries: list[CountryEntry]
    positions: list[tuple[str, str]]  # (position key, label)
    anchors: dict[str, str]  # every anchor on the page → the sentence it marks ("" for articles)
    highlights: int


TextSource = Callable[[ArticleMeta], str | None]


def build_sources(briefing: Briefing, text_of: TextSource) -> SourcesPage:
    by_article: dict[str, dict[tuple[int, int], _Highlight]] = {}
    speakers = _speakers(briefing)

    def highlight(article_id: str, span: tuple[int, int]) -> _Highlight:
        spans = by_article.setdefault(article_id, {})
        found = spans.get(span)
        if found is None:
            found = spans[span] = _Highlight(*span)
        return found

    for statement in briefing.statements:
        key = _speaker_key(statement.speaker)
        entry = speakers[key]
        for source in statement.sources:
            direct = (source.kind or statement.kind) == "direct"
            for span in source.spans:
                mark = highlight(source.article_id, span)
                mark.classes += ["q" if direct else "pa", f"sp-{entry.colour}"]
                mark.tags.append(entry.name)
                mark.details.append(f"{'Quote' if direct else 'Reported speech'}: {entry.name}"
                                    + _described(statement.speaker))
                mark.speakers.add(entry.key)
                if statement.speaker.country:
                    mark.countries.add(statement.speaker.country)
    for stance in briefing.stances:
        for evidence_source in stance.sources:
            label = position_info(evidence_source.position)["label"]
            for evidence in evidence_source.evidence:
                for span in evidence.spans:
                    mark = highlight(evidence_source.article_id, span)
                    mark.classes += ["ev", f"pos-{evidence_source.position}"]
                    mark.tags.append(f"{stance.country_name}: {label.lower()}")
                    mark.details.append(f"Stance of {stance.country_name}: {label.lower()}")
                    mark.countries.add(stance.country)
    if briefing.plan is not None:
        for point in briefing.plan.points:
            name = f"Plan point {point.number}" if point.number is not None else "Plan point"
            for source in point.sources:
                for span in source.spans:
                    mark = highlight(source.article_id, span)
                    mark.classes.append("pp")
                    mark.tags.append(name)
                    mark.details.append(f"{name}: {point.summary}"
                                        + (" (classified)" if point.classified else ""))
    articles = [
        _article(meta, text_of(meta), list(by_article.get(meta.id, {}).values()))
        for meta in briefing.articles
    ]
    anchors = {a.anchor: "" for a in articles}
    for article in articles:
        anchors.update(article.sentences)
    countries = Counter(code for a in articles for code in a.countries.split())
    return SourcesPage(
        question=briefing.question,
        articles=articles,
        speakers=sorted(speakers.values(), key=lambda s: (-s.count, s.name)),
        countries=sorted(
            (CountryEntry(code, country_name(code), n) for code, n in countries.items()),
            key=lambda c: c.name,
        ),
        positions=[(key, info["label"]) for key, info in phrases()["positions"].items()],
        anchors=anchors,
        highlights=sum(a.highlights for a in articles),
    )


def _speakers(briefing: Briefing) -> dict[str, SpeakerEntry]:
    """Speakers ranked by how many spans they have, so the busiest get distinct colours."""
    counts: Counter[str] = Counter()
    names: dict[str, str] = {}
    for statement in briefing.statements:
        key = _speaker_key(statement.speaker)
        names.setdefault(key, _speaker_name(statement.speaker))
        counts[key] += sum(len(s.spans) for s in statement.sources)
    ranked = sorted(counts, key=lambda k: (-counts[k], names[k]))
    return {
        key: SpeakerEntry(f"k{rank}", names[key], rank % SPEAKER_COLOURS, counts[key])
        for rank, key in enumerate(ranked)
    }


def _described(speaker: Speaker) -> str:
    parts = [p for p in (speaker.role, speaker.affiliation) if p]
    if speaker.country:
        parts.append(country_name(speaker.country))
    return f" ({', '.join(dict.fromkeys(parts))})" if parts else ""


def _article(meta: ArticleMeta, text: str | None, marks: list[_Highlight]) -> ArticleView:
    unplaced: list[str] = []
    pieces: list[Piece] = []
    placed: list[_Highlight] = []
    if text is None:
        unplaced = [" / ".join(dict.fromkeys(m.details)) for m in marks]
    else:
        for mark in marks:
            if 0 <= mark.start < mark.end <= len(text):
                placed.append(mark)
            else:
                unplaced.append(" / ".join(dict.fromkeys(mark.details)))
        pieces = layout(text, [(m.start, m.end, m.view(meta.id)) for m in placed])
    link = meta.url if meta.url and meta.url.lower().startswith(("https://", "http://")) else None
    return ArticleView(
        anchor=article_anchor(meta.id),
        heading=meta.title or meta.outlet or meta.id,
        outlet=meta.outlet if meta.title else None,
        date=format_date(meta.published),
        link=link,
        location=meta.url or meta.source_path,
        pieces=pieces,
        highlights=len(placed),
        speakers=" ".join(sorted({s for m in marks for s in m.speakers})),
        countries=" ".join(sorted({c for m in marks for c in m.countries})),
        missing=text is None,
        unplaced=unplaced,
        sentences={
            span_anchor(meta.id, (m.start, m.end)): enclosing_sentence(text, m.start, m.end)
            for m in placed
        } if text is not None else {},
    )


# A sentence ends at . ! ? (then any closing quote or bracket) before a space, or at a line
# break; not at the full stop of an initial or a title ("U.S. Ambassador", "Mr. Rutte").
_END = r"(?<!\b[A-Z])(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bSt)[.!?][\"”’)\]]*"
_ENDS_BEFORE = re.compile(_END + r"\s|\n")
_ENDS_AFTER = re.compile(_END + r"(?=\s|$)|\n")
CONTEXT_CHARS = 400  # how far a sentence boundary is looked for on each side of a span


def enclosing_sentence(text: str, start: int, end: int) -> str:
    """The sentence(s) holding text[start:end]: what a citation's hover shows."""
    window_start = max(0, start - CONTEXT_CHARS)
    left = window_start
    for match in _ENDS_BEFORE.finditer(text, window_start, start):
        left = match.end()
    if left == window_start and window_start > 0:
        left = start  # no boundary near: the span itself
    # From the span's last character: a span may end with its sentence's full stop.
    stop = min(len(text), end + CONTEXT_CHARS)
    after = _ENDS_AFTER.search(text, max(start, end - 1), stop)
    right = after.end() if after else (stop if stop == len(text) else end)
    if after and after.group(0) == "\n":
        right = after.start()
    return " ".join(text[left:right].split())


def layout(text: str, marks: Iterable[tuple[int, int, MarkView]]) -> list[Piece]:
    """Text and properly nested open/close pieces for highlights given as (start, end, view).

    Sorted once, each highlight opened and closed once (plus once per crossing): linear in the
    text and the number of highlights.
    """
    pieces: list[Piece] = []
    pos = 0
    stack: list[tuple[int, MarkView]] = []  # open highlights; ends never grow upwards

    def text_to(end: int) -> None:
        nonlocal pos
        if end > pos:
            pieces.append(("t", text[pos:end]))
            pos = end

    def close_top() -> None:
        end, _ = stack.pop()
        text_to(end)
        pieces.append(("c", None))

    for start, end, view in sorted(marks, key=lambda m: (m[0], -m[1])):
        while stack and stack[-1][0] <= start:
            close_top()
        text_to(start)
        crossed: list[tuple[int, MarkView]] = []
        while stack and stack[-1][0] < end:  # ends inside this one: close here, go on inside
            crossed.append(stack.pop())
            pieces.append(("c", None))
        pieces.append(("o", view))
        stack.append((end, view))
        for crossed_end, crossed_view in reversed(crossed):
            continuation = crossed_view.continuation()
            pieces.append(("o", continuation))
            stack.append((crossed_end, continuation))
    while stack:
        close_top()
    text_to(len(text))
    return pieces


def render_sources(page: SourcesPage) -> str:
    script = _script()
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    template = _environment().get_template("sources.html.j2")
    return template.render(page=page, script=Markup(script), script_hash=f"sha256-{digest}")


@cache
def _script() -> str:
    return files("summarizer.render").joinpath("templates", "sources.js").read_text("utf-8")


@cache
def _environment() -> Environment:
    return Environment(
        loader=PackageLoader("summarizer.render", "templates"),
        undefined=StrictUndefined,
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
