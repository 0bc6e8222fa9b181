"""Grounding time against input size: it must grow in a straight line with the article and the
model's answer (quoted-passage scan, normalisation, one search per quote piece).

Three series, each timed on fresh inputs (the per-article caches are cleared between sizes):
- article: one direct quote, one evidence sentence and one paraphrase grounded in invented
  prose with quotes and paragraphs of 100 KB, 1 MB and 10 MB;
- answer: a model answer of 10, 40 and 160 KB parsed and grounded against a 24 KB chunk (the
  LLM path's chunk size), its statements valid quotes and a few doctored ones;
- hostile: the inputs the review found slow (a quote padded with 40 KB of spaces, 30 K dots,
  `[ ` repeated), each alone.

    .venv/bin/python benchmarks/bench_grounding.py
"""

from __future__ import annotations

import json
import random
import time
from collections.abc import Callable
from typing import Any

from summarizer.extract.facts import ArticleFacts, ground_facts
from summarizer.ground import _find_evidence, find_evidence, normalise
from summarizer.quotation import _passages, check_direct_quote

VOCABULARY = ("the minister said that talks on the bridge would resume in spring while critics "
              "argued the plan had no money behind it and the ferry would run")
WORDS = VOCABULARY.split()


def prose(size: int, seed: int = 1) -> str:
    rng = random.Random(seed)
    parts: list[str] = []
    length = 0
    while length < size:
        sentence = " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 20)))
        if rng.random() < 0.3:
            piece = f"“{sentence.capitalize()},” the envoy said. "
        else:
            piece = sentence.capitalize() + ". "
        if rng.random() < 0.15:
            piece += "\n\n"
        parts.append(piece)
        length += len(piece)
    return "".join(parts)


def clear() -> None:
    for cached in (normalise, _passages, check_direct_quote, _find_evidence):
        cached.cache_clear()


def timed(work: Callable[[], Any]) -> float:
    clear()
    began = time.perf_counter()
    work()
    return time.perf_counter() - began


def article_series() -> None:
    print("| article | ground 3 items, s | s per MB |")
    print("|---:|---:|---:|")
    for size in (100_000, 1_000_000, 10_000_000):
        text = prose(size) + "\n“We will keep the corridor open all winter,” the mayor said.\n"
        sentence = "Critics argued the ferry would run"

        def work(text: str = text, sentence: str = sentence) -> None:
            assert check_direct_quote("We will keep the corridor open all winter", text).spans
            find_evidence(sentence, text)
            find_evidence("An invented sentence that is nowhere in the prose at all.", text)

        seconds = timed(work)
        print(f"| {size / 1e6:.1f} MB | {seconds:.3f} | {seconds / (size / 1e6):.3f} |")


def answer_series() -> None:
    chunk = prose(24_000, seed=2)
    quotes = [m.split("”")[0] for m in chunk.split("“")[1:]][:50]
    print("| answer | statements | parse + ground, s | s per 100 KB |")
    print("|---:|---:|---:|---:|")
    for size in (10_000, 40_000, 160_000):
        statements: list[dict[str, Any]] = []
        length = 0
        rng = random.Random(3)
        while length < size:
            quote = rng.choice(quotes).rstrip(",")
            if rng.random() < 0.1:  # doctored: pieces stitched with an ellipsis
                words = quote.split()
                quote = " ... ".join(words[::3])
            statements.append({"speaker": {"name": "Envoy"}, "kind": "direct", "text": quote})
            length += len(quote) + 60
        answer = json.dumps({"statements": statements})
        seconds = timed(
            lambda a=answer, c=chunk: ground_facts(ArticleFacts.model_validate_json(a), c, "a")
        )
        print(f"| {len(answer) / 1000:.0f} KB | {len(statements)} | {seconds:.3f} | "
              f"{seconds / (len(answer) / 100_000):.3f} |")


def hostile_series() -> None:
    article = prose(24_000, seed=4) + "\n“We will keep the corridor open,” the mayor said.\n"
    inputs = {
        "quote padded with 40 KB of spaces": " " * 20_000 + "We will keep the corridor open"
        + " " * 20_000,
        "30 K dots then a quote": "." * 30_000 + "We will keep the corridor open",
        "'[ ' x 20 K": "[ " * 20_000,
        "'\"a, ' x 10 K as evidence": '"a, ' * 10_000,
        "40 KB evidence sentence": "the envoy said " * 2_700,
    }
    print("| hostile input | s |")
    print("|---|---:|")
    for name, text in inputs.items():
        seconds = timed(lambda t=text: (check_direct_quote(t, article), find_evidence(t, article)))
        print(f"| {name} | {seconds:.3f} |")


def main() -> None:
    check_direct_quote("warm up", "“warm up,” imports.")  # imports are not grounding time
    article_series()
    print()
    answer_series()
    print()
    hostile_series()


if __name__ == "__main__":
    main()
