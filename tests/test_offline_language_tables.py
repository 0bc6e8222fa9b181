"""per_language functions of one argument are cached in a plain dict per language: the same
answers as the function, one computation per argument and language, bounded by maxsize,
emptied after the extraction when they hold one article's data, and safe in threads."""

from __future__ import annotations

import threading

from summarizer.extract.offline.collector import collector_paused
from summarizer.extract.offline.language import english, language, per_language_lru, speaking


def test_one_computation_per_argument_and_language() -> None:
    calls: list[tuple[str, str]] = []

    @per_language_lru(None)
    def shout(word: str) -> str | None:
        calls.append((language().name, word))
        return word.upper() if word else None  # None is a value like any other

    other = english().replace(name="other")
    assert shout("a") == "A" and shout("a") == "A"
    assert shout("") is None and shout("") is None
    with speaking(other):
        assert shout("a") == "A"
    assert calls == [("en", "a"), ("en", ""), ("other", "a")]


def test_a_bounded_table_stays_within_its_size() -> None:
    calls: list[int] = []

    @per_language_lru(4)
    def double(n: int) -> int:
        calls.append(n)
        return 2 * n

    assert [double(n) for n in range(10)] == [2 * n for n in range(10)]
    table = english().memo[double.__wrapped__]  # type: ignore[attr-defined]
    assert len(table) <= 4
    assert double(9) == 18 and calls.count(9) == 1  # the latest entry is still there


def test_article_tables_are_emptied_when_the_extraction_ends() -> None:
    @per_language_lru(8, article=True)
    def words(text: str) -> list[str]:
        return text.split()

    with collector_paused():
        assert words("Lee spoke today.") == ["Lee", "spoke", "today."]
        table = english().memo[words.__wrapped__]  # type: ignore[attr-defined]
        assert len(table) == 1
    assert len(table) == 0
    assert words("Roe agreed.") == ["Roe", "agreed."]


def test_the_same_answers_from_many_threads() -> None:
    @per_language_lru(16)
    def square(n: int) -> int:
        return n * n

    errors: list[BaseException] = []

    def run() -> None:
        try:
            for _ in range(200):
                for n in range(40):  # more than maxsize: the table is emptied meanwhile
                    assert square(n) == n * n
        except BaseException as error:  # (reported below)
            errors.append(error)

    threads = [threading.Thread(target=run) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
