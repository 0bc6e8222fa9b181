"""The garbage collector is held off during an extraction and restored after it; the caches of
one article's data are emptied after it."""

from __future__ import annotations

import gc
import threading
from functools import lru_cache

from summarizer.extract.offline.collector import collector_paused, per_article
from summarizer.extract.offline.phrases import PhraseIndex
from summarizer.extract.offline.rules import extract_article
from summarizer.load import Article
from summarizer.schemas import DEFAULT_QUESTION, ArticleMeta


def test_paused_inside_and_restored_after_nested_blocks() -> None:
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer block still runs
    assert gc.isenabled()


def test_left_disabled_when_it_was_disabled_before() -> None:
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_restored_after_an_error() -> None:
    try:
        with collector_paused():
            raise ValueError("boom")
    except ValueError:
        pass
    assert gc.isenabled()


def test_restored_after_concurrent_extractions() -> None:
    text = 'Ms. Roe arrived. "We want peace," she said.\n'

    def run() -> None:
        extract_article(Article(ArticleMeta(id="a"), text), DEFAULT_QUESTION)

    threads = [threading.Thread(target=run) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert gc.isenabled()


def test_per_article_caches_emptied_when_the_last_extraction_ends() -> None:
    @per_article
    @lru_cache(maxsize=8)
    def words(text: str) -> list[str]:
        return text.split()

    with collector_paused():
        words("Lee spoke today.")
        with collector_paused():
            words("Roe agreed.")
        assert words.cache_info().currsize == 2  # the outer extraction still runs
    assert words.cache_info().currsize == 0


def test_phrase_index_forgets_the_last_article() -> None:
    index = PhraseIndex(["victory plan"])
    article = "The victory plan was shown. " * 20  # long enough to be remembered whole
    with collector_paused():
        assert index.find(article)
        assert index._last[0] is article
    assert index._last[0] is None
