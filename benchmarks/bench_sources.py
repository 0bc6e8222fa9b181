"""Benchmark the source viewer: sources.html (and the memo linked to it) for many long articles.

Builds a synthetic run folder: N articles of W words each (texts/<id>.txt), every quote in them
a statement with its span (speakers drawn from a pool, each utterance reported by up to three
articles), plus stance evidence on whole sentences and plan points, then times
`build_sources`, `render_sources` and the whole `write_memos`, and reports the page's size, its
element count and peak memory. The layout is linear: twice the articles should take about twice
the time.

    .venv/bin/python benchmarks/bench_sources.py                 # 200 articles x 10,000 words
    .venv/bin/python benchmarks/bench_sources.py 50 200 --words 2000 10000
"""

from __future__ import annotations

import argparse
import random
import re
import resource
import tempfile
import time
from pathlib import Path

from summarizer.article_texts import write_article_text
from summarizer.render import write_memos
from summarizer.render.sources import build_sources, render_sources
from summarizer.schemas import (
    ArticleMeta,
    Briefing,
    Evidence,
    MergedPlan,
    MergedPlanPoint,
    MergedStance,
    MergedStatement,
    SourceRef,
    Speaker,
    StanceEvidence,
)
from summarizer.testing.synth import long_article

SPEAKERS = 60
COUNTRIES = ("DE", "FR", "PL", "HU", "US", "GB", "IT", "LT", "UA", "SK")
POSITIONS = ("supports", "opposes", "hesitant", "neutral", "unclear")
QUOTE = re.compile(r"“([^”]+)”")
SENTENCE = re.compile(r"[^.\n]+\.")


def corpus(articles: int, words: int, folder: Path, seed: int = 0) -> Briefing:
    rng = random.Random(seed)
    metas, statements, stance_sources, plan_sources = [], [], [], []
    for index in range(articles):
        article_id = f"a{index:04d}"
        text = long_article(words * 6, seed=index)
        write_article_text(folder, article_id, text)
        metas.append(ArticleMeta(id=article_id, title=f"Article {index} <b>&</b>",
                                 outlet=f"Outlet {index % 17}", url=f"https://x.test/{index}"))
        for match in QUOTE.finditer(text):
            statements.append((rng.randrange(SPEAKERS), SourceRef(
                article_id=article_id, text=match.group(1), spans=[match.span(1)],
                kind="direct")))
        sentences = list(SENTENCE.finditer(text))
        for match in rng.sample(sentences, min(30, len(sentences))):
            stance_sources.append((rng.choice(COUNTRIES), StanceEvidence(
                article_id=article_id, position=rng.choice(POSITIONS),
                evidence=[Evidence(text=match.group(0), spans=[match.span()])])))
        for match in rng.sample(sentences, min(8, len(sentences))):
            plan_sources.append(SourceRef(article_id=article_id, text=match.group(0),
                                          spans=[match.span()]))
    merged = []
    for number in range(0, len(statements), 3):  # each utterance reported by three articles
        group = statements[number : number + 3]
        speaker = group[0][0]
        merged.append(MergedStatement(
            id=f"m{number}", speaker=Speaker(name=f"Speaker {speaker}",
                                             country=COUNTRIES[speaker % len(COUNTRIES)]),
            text=group[0][1].text, kind="direct", sources=[s for _, s in group]))
    stances = [
        MergedStance(country=code, country_name=code, position="supports", confidence=0.5,
                     sources=[s for c, s in stance_sources if c == code])
        for code in COUNTRIES
    ]
    points = [MergedPlanPoint(number=n + 1, summary=f"point {n + 1}",
                              sources=plan_sources[n::5]) for n in range(5)]
    return Briefing(articles=metas, statements=merged, stances=stances,
                    plan=MergedPlan(points=points))


def run(articles: int, words: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        briefing = corpus(articles, words, folder)
        spans = sum(len(s.spans) for m in briefing.statements for s in m.sources) + sum(
            len(e.spans) for st in briefing.stances for s in st.sources for e in s.evidence
        ) + sum(len(s.spans) for p in (briefing.plan.points if briefing.plan else [])
                for s in p.sources)
        from summarizer.article_texts import read_article_text

        began = time.perf_counter()
        page = build_sources(briefing, lambda meta: read_article_text(folder, meta))
        built = time.perf_counter()
        html = render_sources(page)
        rendered = time.perf_counter()
        write_memos(briefing, folder)
        written = time.perf_counter()
        marks = html.count("<mark")
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"| {articles} | {words:,} | {spans:,} | {built - began:.2f} | "
              f"{rendered - built:.2f} | {written - rendered:.2f} | {len(html) / 1e6:.1f} | "
              f"{marks:,} | {peak:.0f} |")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("articles", type=int, nargs="*", default=[200])
    parser.add_argument("--words", type=int, nargs="*", default=[10_000])
    args = parser.parse_args()
    print("| articles | words each | spans | build s | render s | write_memos s | MB | "
          "marks | peak RSS MB |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for words in args.words:
        for articles in args.articles:
            run(articles, words)


if __name__ == "__main__":
    main()
