"""`summarizer record`: re-record the fixtures' responses against a live endpoint."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urlparse

from summarizer.errors import ConfigError, SummarizerError
from summarizer.extract.base import ProviderSettings
from summarizer.extract.cassette import (
    Cassette,
    Exchange,
    Provenance,
    cassette_path,
    text_sha256,
    write_cassette,
)
from summarizer.extract.llm import OpenAIExtractor
from summarizer.load import Article, LoadFailure, load_articles


@dataclass(frozen=True)
class RecordReport:
    ok: int
    failed: int
    failures: tuple[str, ...] = ()


async def record_articles(
    paths: Sequence[str],
    settings: ProviderSettings,
    *,
    server: str | None = None,
    quantisation: str | None = None,
) -> RecordReport:
    if settings.record_dir is None:
        raise ConfigError("record needs a destination folder (--to)")
    extractor = OpenAIExtractor(settings)
    ok = 0
    failures: list[str] = []
    try:
        for item in load_articles(paths):
            if isinstance(item, LoadFailure):
                failures.append(str(item))
                continue
            try:
                await _record_one(extractor, item, settings, server, quantisation)
                ok += 1
            except SummarizerError as exc:
                failures.append(f"{item.meta.source_path}: {exc}")
    finally:
        await extractor.aclose()
    return RecordReport(ok, len(failures), tuple(failures))


async def _record_one(
    extractor: OpenAIExtractor,
    article: Article,
    settings: ProviderSettings,
    server: str | None,
    quantisation: str | None,
) -> None:
    assert settings.record_dir is not None
    _, stats = await extractor.extract_with_stats(article)
    host = urlparse(settings.base_url).hostname if settings.base_url else "api.openai.com"
    cassette = Cassette(
        provenance=Provenance(
            kind="recorded",
            note="recorded from a live endpoint by `summarizer record`; credentials, cookies "
            "and organisation/project headers scrubbed",
            model=extractor.model,
            quantisation=quantisation,
            server=server,
            mode=extractor.llm.mode,
            endpoint_host=host,
            recorded_on=dt.date.today().isoformat(),
        ),
        article_id=article.id,
        article_sha256=text_sha256(article.text),
        prompt_version=extractor.prompt_version,
        interactions=[Exchange(**exchange) for exchange in stats.exchanges],
    )
    write_cassette(cassette_path(settings.record_dir, article.id), cassette)
