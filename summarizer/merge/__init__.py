"""Merge per-article extractions into one briefing, with provenance and surfaced conflicts.

``merge_extractions`` is pure and order-independent: the same extractions in any order give the
same Briefing, and ``dump_briefing`` serialises it byte-identically (sorted keys, sorted lists).
``merge_dir`` does the same from a run's ``articles/*.json`` and writes ``briefing.json``.
"""

from __future__ import annotations

import gc
import itertools
from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path

from pydantic import BaseModel

from summarizer.cache import atomic_write_text
from summarizer.errors import InputError
from summarizer.jsonfile import read_model
from summarizer.merge.config import DEFAULT_THRESHOLDS, Thresholds
from summarizer.merge.copies import copy_groups
from summarizer.merge.figures import figure_conflicts
from summarizer.merge.plan import merge_plan
from summarizer.merge.speakers import resolve_speakers
from summarizer.merge.stances import merge_stances
from summarizer.merge.statements import begin_clustering, build_statements, make_items
from summarizer.merge.text import mode
from summarizer.schemas import (
    DEFAULT_QUESTION,
    ArticleExtraction,
    ArticleMeta,
    Briefing,
    Conflict,
)

__all__ = [
    "BRIEFING_FILE",
    "Thresholds",
    "dump_briefing",
    "merge_dir",
    "merge_extractions",
    "read_briefing",
]

BRIEFING_FILE = "briefing.json"
ARTICLES_DIR = "articles"


def merge_extractions(
    extractions: Sequence[ArticleExtraction],
    question: str = DEFAULT_QUESTION,
    *,
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
    texts: Mapping[str, str] | None = None,
) -> Briefing:
    """One briefing from many articles' extractions (article ids must be unique).

    With the articles' `texts` (id → text), copies of one text are grouped (`copies`) and
    count as one voice.
    """
    # The merger reads country names from the offline language packs: a broken pack is a clear
    # ConfigError here, not a traceback half-way through.
    from summarizer.extract.offline import check_language_data

    check_language_data()
    with _gc_paused():
        return _merge(extractions, question, thresholds, texts or {})


@contextmanager
def _gc_paused() -> Iterator[None]:
    # The merge allocates many small, long-lived objects; CPython's generational collector
    # would rescan them over and over (a large share of the time at 100k statements) while
    # there are no reference cycles to find.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _merge(
    extractions: Sequence[ArticleExtraction], question: str, thresholds: Thresholds,
    texts: Mapping[str, str],
) -> Briefing:
    ordered = sorted(extractions, key=lambda ex: ex.article.id)
    _check_unique(ordered)
    copies = copy_groups([ex.article for ex in ordered], texts) if texts else []
    voices = {a: group.article_id for group in copies for a in group.copies}
    speakers = resolve_speakers(st.speaker for ex in ordered for st in ex.statements)
    items = make_items([(ex.article, st) for ex in ordered for st in ex.statements], speakers)
    # Statement matching may run in worker processes while stances, plan and figures merge here.
    groups = begin_clustering(items, thresholds)
    stances, stance_conflicts = merge_stances(
        [(ex.article, st) for ex in ordered for st in ex.stances], question, voices
    )
    plan, plan_conflicts = merge_plan(
        [(ex.article, ex.plan) for ex in ordered if ex.plan is not None], thresholds
    )
    figures = figure_conflicts(ordered, thresholds)
    statements, conflicts = build_statements(items, groups(), speakers)
    conflicts += stance_conflicts + plan_conflicts + figures
    conflicts.sort(key=_conflict_order)
    return Briefing(
        question=question,
        articles=[ex.article for ex in ordered],
        copies=copies,
        plan=plan,
        statements=statements,
        stances=stances,
        conflicts=conflicts,
    )


def _conflict_order(conflict: Conflict) -> tuple[str, str, list[tuple[str, str, str]]]:
    sources = [(s.article_id, s.outlet or "", s.says) for s in conflict.sources]
    return (conflict.kind, conflict.description, sources)


def dump_briefing(briefing: Briefing) -> str:
    """Canonical JSON: sorted keys, two-space indent, UTF-8 text, trailing newline.

    pydantic writes a model's fields in the order of its instance ``__dict__``, so the dicts
    are put in key order first (values untouched) and the JSON is then written in one pass in
    Rust. Going through ``json.dumps(sort_keys=True, indent=2)`` gives the same bytes (a test
    checks it) but runs in pure Python: ten times as long and twice the memory at 100k
    statements.
    """
    _sort_fields(briefing)
    return briefing.model_dump_json(indent=2) + "\n"


def _sort_fields(value: object) -> None:
    if isinstance(value, BaseModel):
        fields = value.__dict__
        if list(fields) != sorted(fields):
            object.__setattr__(value, "__dict__", dict(sorted(fields.items())))
        for item in fields.values():
            _sort_fields(item)
    elif isinstance(value, list):
        for item in value:
            _sort_fields(item)


def merge_dir(
    out_dir: Path, article_ids: Collection[str] | None = None, *, question: str | None = None
) -> Briefing:
    """Merge ``out_dir/articles/*.json`` into ``out_dir/briefing.json`` and return it.

    With ``article_ids``, only those articles (a run's own inputs): a folder reused across runs
    still holds earlier runs' files, which must not leak into this run's briefing. The
    briefing's question is the run's (``question``), else the one its stances answer.
    """
    folder = out_dir / ARTICLES_DIR
    if not folder.is_dir():
        raise InputError(f"{folder}: no such folder (expected a run's output folder)")
    paths = sorted(folder.glob("*.json"))
    if article_ids is not None:
        wanted = set(article_ids)
        paths = [path for path in paths if path.stem in wanted]
    extractions = [_read_extraction(path) for path in paths]
    questions = [st.question for ex in extractions for st in ex.stances]
    briefing = merge_extractions(extractions, question or mode(questions) or DEFAULT_QUESTION,
                                 texts=article_texts(ex.article for ex in extractions))
    atomic_write_text(out_dir / BRIEFING_FILE, dump_briefing(briefing))
    return briefing


def article_texts(metas: Iterable[ArticleMeta]) -> dict[str, str]:
    """Article id → its body text, read again from each article's source file (each file
    once). An article whose file is gone or changed id is left out: it is never grouped."""
    from summarizer.load import Article, load_articles

    wanted: dict[str, set[str]] = defaultdict(set)
    for meta in metas:
        if meta.source_path:
            wanted[meta.source_path].add(meta.id)
    texts: dict[str, str] = {}
    for path, ids in wanted.items():
        if not Path(path).is_file():
            continue
        for item in load_articles([path]):
            if isinstance(item, Article) and item.id in ids:
                # The body: a header block (source:, date:) names the outlet, not the story.
                texts[item.id] = item.text[item.body_start :]
    return texts


def read_briefing(path: Path) -> Briefing:
    """A validated briefing.json; InputError naming the file when it is missing or invalid."""
    return read_model(path, Briefing, what="briefing")


def _read_extraction(path: Path) -> ArticleExtraction:
    return read_model(path, ArticleExtraction, what="article extraction")


def _check_unique(extractions: Sequence[ArticleExtraction]) -> None:
    for before, after in itertools.pairwise(extractions):
        if before.article.id == after.article.id:
            raise InputError(f"article id {after.article.id!r} appears twice; ids must be unique")


