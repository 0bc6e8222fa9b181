"""The garbage collector is held off during an extraction and restored after it."""

from __future__ import annotations

import gc
import threading

from summarizer.extract.offline.collector import collector_paused
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
