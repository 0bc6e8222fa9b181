from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from summarizer.cache import Cache, cache_key
from summarizer.extract.chunking import split_into_chunks
from summarizer.schemas import ArticleExtraction, ArticleMeta, Diagnostics


def _extraction() -> ArticleExtraction:
    return ArticleExtraction(
        article=ArticleMeta(id="a"), diagnostics=Diagnostics(provider="offline", model="rules")
    )


def test_cache_key_changes_with_everything_that_changes_an_extraction() -> None:
    base = dict(provider="openai", model="m", prompt_version="p1", question="q")
    key = cache_key("text", **base)
    assert key == cache_key("text", **base)
    assert key != cache_key("text!", **base)
    for field in base:
        assert key != cache_key("text", **{**base, field: "other"})


def test_cache_round_trip_and_corruption_is_detected(tmp_path: Path) -> None:
    cache = Cache(tmp_path)
    cache.put("ab" * 32, _extraction())
    assert cache.get("ab" * 32) == _extraction()
    entry = next(tmp_path.rglob("*.json"))
    envelope = json.loads(entry.read_text())
    envelope["payload"] = envelope["payload"].replace('"a"', '"b"')  # checksum no longer matches
    entry.write_text(json.dumps(envelope))
    assert cache.get("ab" * 32) is None
    assert cache.corrupt and not entry.exists()
    assert cache.get("cd" * 32) is None  # a plain miss is not corruption
    assert len(cache.corrupt) == 1


paragraphs = st.lists(st.text(alphabet="abc .", min_size=1, max_size=300), min_size=1, max_size=30)


@given(paragraphs, st.integers(200, 1000), st.integers(0, 150))
def test_chunks_cover_the_text_are_bounded_and_map_back(
    paras: list[str], max_chars: int, overlap: int
) -> None:
    text = "\n\n".join(paras)
    chunks = split_into_chunks(text, 0, max_chars, overlap)
    covered: set[int] = set()
    for chunk in chunks:
        assert text[chunk.start : chunk.start + len(chunk.text)] == chunk.text
        assert len(chunk.text) <= max_chars
        covered.update(range(chunk.start, chunk.start + len(chunk.text)))
    # Every non-space character is in some chunk; starts only move forward.
    assert all(i in covered for i, ch in enumerate(text) if not ch.isspace())
    assert [c.start for c in chunks] == sorted({c.start for c in chunks})


def test_short_text_is_one_chunk_from_body_start() -> None:
    (chunk,) = split_into_chunks("header\n\nbody", 8, 1000, 100)
    assert chunk.start == 8 and chunk.text == "body"
