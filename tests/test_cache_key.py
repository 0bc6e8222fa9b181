"""The cache key holds every input that changes an extraction, so no article inherits another's."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from pathlib import Path

from summarizer.cache import cache_key, extraction_inputs
from summarizer.extract.base import ProviderSettings
from summarizer.load import Article
from summarizer.run import RunOptions, run_batch
from summarizer.schemas import ArticleMeta

# Invented: the words were said "on Wednesday", which resolves against the published date.
TEXT = (
    "Defence minister Karla Vintner spoke in Brno on Wednesday.\n\n"
    '"We will keep the bridge open until the spring," Vintner said on Wednesday.\n'
)


def _key(article: Article, provider: str = "offline", **settings: object) -> str:
    chosen = ProviderSettings(provider=provider, **settings)  # type: ignore[arg-type]
    return cache_key(article.text, provider=provider, model="m", prompt_version="p",
                     question=chosen.question,
                     inputs=extraction_inputs(article, provider, chosen))


def _article(**meta: object) -> Article:
    return Article(ArticleMeta(**{"id": "a", **meta}), TEXT)  # type: ignore[arg-type]


def test_metadata_the_extractors_read_changes_the_key() -> None:
    base = _key(_article(published=dt.date(2024, 10, 16)))
    assert base == _key(_article(published=dt.date(2024, 10, 16)))
    assert base != _key(_article(published=dt.date(2024, 11, 20)))
    assert base != _key(_article(published=None))
    assert base != _key(_article(published=dt.date(2024, 10, 16), title="Bridge"))
    assert base != _key(_article(published=dt.date(2024, 10, 16), outlet="Daily"))
    assert base != _key(_article(id="b", published=dt.date(2024, 10, 16)))
    moved = Article(ArticleMeta(id="a", published=dt.date(2024, 10, 16)), TEXT, body_start=5)
    assert base != _key(moved)


def test_where_the_file_lies_does_not_change_the_key() -> None:
    here = _article(published=dt.date(2024, 10, 16), source_path="x/a.txt", url="https://a.test")
    there = _article(published=dt.date(2024, 10, 16), source_path="y/a.txt", url=None)
    assert _key(here) == _key(there)


def test_llm_settings_that_shape_the_answer_change_the_key() -> None:
    article = _article()
    base = _key(article, "openai")
    for change in ({"mode": "json_schema"}, {"max_tokens": 300}, {"max_chunk_chars": 9000},
                   {"chunk_overlap_chars": 10}):
        assert base != _key(article, "openai", **change), change
    # The model name says which model answers; the same model on another port or host (a
    # server restarted, a proxy) must not cost a re-extraction of every finished article.
    assert base == _key(article, "openai", base_url="http://127.0.0.1:9/v1")
    # Nor does the re-ask budget: an answer grounded after fewer re-asks is as good an answer
    # (and `batch import`, which cannot re-ask, must find the exported requests' keys).
    assert base == _key(article, "openai", max_reasks=0)
    # The offline rules read none of these: changing them must not throw the cache away.
    assert _key(article) == _key(article, mode="json_schema", max_reasks=0)


def _run(inputs: Path, out: Path) -> dict[str, object]:
    options = RunOptions(out_dir=out, concurrency=2)
    report = asyncio.run(run_batch([str(inputs)], ProviderSettings(provider="offline"), options))
    assert report.counts.failed == 0
    return json.loads((out / "articles" / "a.json").read_text())


def _said_on(extraction: dict[str, object]) -> set[str]:
    statements = extraction["statements"]
    assert isinstance(statements, list) and statements
    return {s["said_on"] for s in statements}


def test_same_text_with_another_date_is_extracted_again(tmp_path: Path) -> None:
    inputs = tmp_path / "in.jsonl"
    out = tmp_path / "out"
    inputs.write_text(json.dumps({"id": "a", "published": "2024-10-18", "text": TEXT}) + "\n")
    assert _said_on(_run(inputs, out)) == {"2024-10-16"}
    inputs.write_text(json.dumps({"id": "a", "published": "2024-11-22", "text": TEXT}) + "\n")
    # Before the date was part of the key, this answered 2024-10-16 from the cache.
    assert _said_on(_run(inputs, out)) == {"2024-11-20"}
    report = json.loads((out / "run.json").read_text())
    assert report["cache_hits"] == 0
