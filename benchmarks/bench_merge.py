"""Benchmark the merger on synthetic corpora of 10k, 50k and 100k statements.

Each size runs in a fresh process so its peak RSS (resource.getrusage) is its own: after
building the synthetic input (rss_input), after the merge (rss_merge), after writing the JSON
(rss_dump), and the largest matching worker process (rss_worker; it shares the parent's pages
when forked, so it is not additive). The corpus
is shaped like news coverage: speakers follow a Zipf law (a few speak a lot), each utterance is
reported by 1-5 articles in reworded, truncated or paraphrased form, and every article also
carries country stances and, now and then, an account of a plan.

    .venv/bin/python benchmarks/bench_merge.py            # 10k, 50k, 100k
    .venv/bin/python benchmarks/bench_merge.py 2000 5000  # other sizes
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import random
import resource
import subprocess
import sys
import time
from collections import Counter, defaultdict
from typing import Literal

from summarizer.merge import dump_briefing, merge_extractions
from summarizer.schemas import (
    ArticleExtraction,
    ArticleMeta,
    Briefing,
    CountryStance,
    Diagnostics,
    Evidence,
    PlanPoint,
    Position,
    Speaker,
    Statement,
    VictoryPlan,
)

SIZES = (10_000, 50_000, 100_000)
STATEMENTS_PER_ARTICLE = 10
COUNTRIES = ["US", "DE", "FR", "GB", "PL", "HU", "SK", "ES", "BE", "SI", "IT", "NL", "CA", "TR"]
POSITIONS: list[Position] = ["supports", "opposes", "hesitant", "neutral"]
FILLER = ["the", "a", "of", "to", "and", "in", "that", "is", "we", "will", "our", "this", "for",
          "on", "with"]
SUFFIXES = ["y", "yy", "iy", "yi"]  # transliteration variants of one surname


def _vocabulary(rng: random.Random, size: int = 30_000) -> list[str]:
    letters = "abcdefghijklmnoprstuvz"
    return ["".join(rng.choice(letters) for _ in range(rng.randint(4, 10))) for _ in range(size)]


def _zipf_weights(count: int, exponent: float = 1.0) -> list[float]:
    """Cumulative Zipf weights: rank r drawn with probability proportional to 1 / r**exponent."""
    total, out = 0.0, []
    for rank in range(1, count + 1):
        total += 1 / rank**exponent
        out.append(total)
    return out


def _speakers(rng: random.Random, count: int) -> list[tuple[str, str]]:
    vocab = _vocabulary(rng, count * 2)
    return [(vocab[2 * i].title(), vocab[2 * i + 1].title() + "sk") for i in range(count)]


def _utterance(rng: random.Random, vocab: list[str], weights: list[float]) -> list[str]:
    # Words Zipf-distributed like language, with filler in between like speech.
    words = []
    for word in rng.choices(vocab, cum_weights=weights, k=rng.randint(14, 30)):
        words.append(word)
        if rng.random() < 0.5:
            words.append(rng.choice(FILLER))
    return words


def _report(
    rng: random.Random, words: list[str], vocab: list[str]
) -> tuple[str, Literal["direct", "paraphrase"]]:
    out = [w if rng.random() > 0.12 else rng.choice(vocab) for w in words]
    if rng.random() < 0.25:  # a fragment of the quote
        start = rng.randint(0, len(out) // 2)
        out = out[start : start + rng.randint(6, 12)]
    if rng.random() < 0.3:
        return "he said that " + " ".join(out), "paraphrase"
    return " ".join(out).capitalize(), "direct"


Truth = dict[tuple[str, int], int]  # (article id, span start) -> utterance number


def corpus(n_statements: int, seed: int = 7) -> tuple[list[ArticleExtraction], Truth]:
    """Synthetic extractions, and which utterance each statement reports (the truth)."""
    rng = random.Random(seed)
    vocab = _vocabulary(rng)
    word_weights = _zipf_weights(len(vocab))
    people = _speakers(rng, max(50, n_statements // 200))
    people_weights = _zipf_weights(len(people))
    n_articles = max(1, n_statements // STATEMENTS_PER_ARTICLE)
    by_article: dict[int, list[Statement]] = defaultdict(list)
    truth: Truth = {}
    utterance = 0
    while len(truth) < n_statements:
        utterance += 1
        first, last = rng.choices(people, cum_weights=people_weights)[0]
        words = _utterance(rng, vocab, word_weights)
        said_on = None if rng.random() < 0.5 else dt.date(2024, 10, 1 + rng.randrange(28))
        for _ in range(min(rng.randint(1, 5), n_statements - len(truth))):
            article = rng.randrange(n_articles)
            aid = f"a{article:06d}"
            surname = last + rng.choice(SUFFIXES)
            name = rng.choice([f"{first} {surname}", surname])
            text, kind = _report(rng, words, vocab)
            number = len(by_article[article]) + 1
            start = number * 1000  # spans identify the statement within its article
            truth[(aid, start)] = utterance
            by_article[article].append(Statement.model_construct(
                id=f"s{number}", speaker=Speaker.model_construct(
                    name=name, role=None, affiliation=None, country=None),
                text=text, kind=kind, said_on=said_on, topic=None,
                spans=[(start, start + len(text))], article_id=aid))
    extractions = [_article(rng, i, by_article[i], vocab) for i in range(n_articles)]
    return extractions, truth


def pairwise(briefing: Briefing, truth: Truth) -> tuple[float, float]:
    """Pairwise precision and recall of the merged statements against the true utterances."""
    true_sizes = Counter(truth.values())
    true_pairs = sum(n * (n - 1) // 2 for n in true_sizes.values())
    found = hit = 0
    for statement in briefing.statements:
        labels = Counter(truth[(s.article_id, s.spans[0][0])] for s in statement.sources)
        size = sum(labels.values())
        found += size * (size - 1) // 2
        hit += sum(n * (n - 1) // 2 for n in labels.values())
    return (hit / found if found else 1.0), (hit / true_pairs if true_pairs else 1.0)


def _article(
    rng: random.Random, index: int, statements: list[Statement], vocab: list[str]
) -> ArticleExtraction:
    aid = f"a{index:06d}"
    stances = [
        CountryStance.model_construct(
            country=code, country_name=code, question="q", position=rng.choice(POSITIONS),
            actors=[], evidence=[Evidence.model_construct(text=" ".join(rng.sample(vocab, 8)),
                                                          spans=[])], article_id=aid)
        for code in rng.sample(COUNTRIES, 2)
    ]
    plan = None
    if rng.random() < 0.1:
        points = [
            PlanPoint.model_construct(number=i + 1, summary=" ".join(rng.sample(vocab[:60], 3)),
                                      classified=False, evidence=[])
            for i in range(rng.randint(2, 5))
        ]
        plan = VictoryPlan.model_construct(
            name="victory plan", presented_by="Volodymyr Zelensky", presented_on=None, venue=None,
            points=points, public_points=5, classified_annexes=3, stated_aims=[])
    return ArticleExtraction.model_construct(
        schema_version="1", article=ArticleMeta.model_construct(
            id=aid, title=None, outlet=f"outlet{index % 40}", published=None, url=None,
            source_path=None),
        plan=plan, statements=statements, stances=stances,
        diagnostics=Diagnostics(provider="synthetic", model="synthetic"))


def _peak_mib(who: int = resource.RUSAGE_SELF) -> int:
    return round(resource.getrusage(who).ru_maxrss / 1024)  # ru_maxrss is KiB on Linux


def run_one(n_statements: int) -> dict[str, float]:
    extractions, truth = corpus(n_statements)
    input_mib = _peak_mib()
    began = time.perf_counter()
    briefing = merge_extractions(extractions)
    merged = time.perf_counter() - began
    merge_mib = _peak_mib()
    began = time.perf_counter()
    text = dump_briefing(briefing)
    dumped = time.perf_counter() - began
    precision, recall = pairwise(briefing, truth)
    return {
        "statements": n_statements,
        "merged": len(briefing.statements),
        "pair_P": round(precision, 3),
        "pair_R": round(recall, 3),
        "merge_s": round(merged, 2),
        "dump_s": round(dumped, 2),
        "rss_input_mib": input_mib,
        "rss_merge_mib": merge_mib,
        "rss_dump_mib": _peak_mib(),
        "rss_worker_mib": _peak_mib(resource.RUSAGE_CHILDREN),
        "json_mib": round(len(text.encode()) / 2**20, 1),
    }


def main(argv: list[str]) -> None:
    if argv[:1] == ["--one"]:
        print(json.dumps(run_one(int(argv[1]))))
        return
    sizes = [int(a) for a in argv] or list(SIZES)
    rows = []
    for size in sizes:
        out = subprocess.run([sys.executable, __file__, "--one", str(size)], check=True,
                             capture_output=True, text=True).stdout
        rows.append(json.loads(out.strip().splitlines()[-1]))
    header = list(rows[0])
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    for row in rows:
        print("| " + " | ".join(str(row[h]) for h in header) + " |")
    for before, after in itertools.pairwise(rows):
        size_ratio = after["statements"] / before["statements"]
        time_ratio = after["merge_s"] / max(before["merge_s"], 1e-9)
        print(f"{before['statements']} -> {after['statements']}: x{size_ratio:.1f} statements, "
              f"x{time_ratio:.2f} merge time")


if __name__ == "__main__":
    main(sys.argv[1:])
