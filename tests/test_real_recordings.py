"""Replaying the responses a real model gave (fixtures/recordings/real/<mode>/, recorded by
`scripts/test-real-model.sh --update-recordings` from SmolLM2-135M-Instruct on llama-cpp-python's
server): the genuine output of a small model, with its repetitions, invented quotes and cut-off
JSON, goes through the whole client path offline, in every mode."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SEED_DIR

from summarizer.errors import ExtractionError
from summarizer.extract.base import ProviderSettings
from summarizer.extract.cassette import Cassette, read_cassette
from summarizer.extract.replay import ReplayExtractor
from summarizer.ground import spans_match
from summarizer.load import Article, load_articles

REAL = Path(__file__).resolve().parent.parent / "fixtures" / "recordings" / "real"
RECORDINGS = sorted(REAL.glob("*/*.json"))


def _article(cassette: Cassette) -> Article:
    (article,) = load_articles([str(SEED_DIR / f"{cassette.article_id}.txt")])
    assert isinstance(article, Article)
    return article


def _recorded_tokens(cassette: Cassette) -> int:
    total = 0
    for interaction in cassette.interactions:
        body = interaction.response.get("body")
        if isinstance(body, dict):
            total += int((body.get("usage") or {}).get("total_tokens") or 0)
    return total


def test_there_are_real_recordings_for_every_mode() -> None:
    assert {p.parent.name for p in RECORDINGS} == {"tools", "json_schema", "json", "md_json"}


@pytest.mark.parametrize("path", RECORDINGS, ids=lambda p: p.parent.name)
def test_a_real_recording_says_where_it_came_from(path: Path) -> None:
    provenance = read_cassette(path).provenance
    assert provenance.kind == "recorded"
    assert provenance.model == "SmolLM2-135M-Instruct"
    assert provenance.quantisation and "Q4_1" in provenance.quantisation
    assert provenance.server and "llama-cpp-python 0.3.36" in provenance.server
    assert provenance.mode == path.parent.name and provenance.recorded_on


@pytest.mark.parametrize("path", RECORDINGS, ids=lambda p: p.parent.name)
async def test_a_real_models_answers_replay_to_grounded_output_or_a_named_failure(
    path: Path,
) -> None:
    cassette = read_cassette(path)
    article = _article(cassette)
    mode = path.parent.name
    settings = ProviderSettings(provider="replay", model="SmolLM2-135M-Instruct", mode=mode,
                                max_reasks=1, recordings_dir=path.parent)
    extractor = ReplayExtractor(settings)
    try:
        result = await extractor.extract(article)
    except ExtractionError as failure:
        # Only a refused mode or an answer that never fit may fail, and it says which.
        assert "--mode" in str(failure) or "invalid model output" in str(failure)
        if mode == "json_schema":
            assert "try --mode json" in str(failure)
            assert extractor.endpoint_calls() == len(cassette.interactions) == 1
        return
    finally:
        await extractor.aclose()
    assert result.diagnostics.endpoint_calls == len(cassette.interactions)
    assert result.diagnostics.usage.total_tokens == _recorded_tokens(cassette) > 0
    for statement in result.statements:
        assert spans_match(statement.text, article.text, statement.spans)
    for stance in result.stances:
        assert all(spans_match(e.text, article.text, e.spans) for e in stance.evidence)
    for dropped in result.diagnostics.dropped:
        assert dropped.reason
