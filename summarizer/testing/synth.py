"""Generated news-like articles for fault tests and benchmarks (seeded, reproducible).

Each article has a small `title:`/`date:` header, a reporting sentence, a direct quote in curly
quotation marks and a sentence naming a country, so the fake server can answer with grounded
statements and stances. Texts differ per index so that every article has its own cache key.
"""

from __future__ import annotations

import random
from pathlib import Path

_LEADERS = (
    ("Volodymyr Zelensky", "Ukraine"),
    ("Mark Rutte", "NATO"),
    ("Olaf Scholz", "Germany"),
    ("Emmanuel Macron", "France"),
    ("Viktor Orban", "Hungary"),
    ("Andrzej Duda", "Poland"),
)
_COUNTRIES = ("Ukraine", "Germany", "France", "Hungary", "Poland", "Lithuania", "Italy")
_QUOTES = (
    "We will not trade our territory for a ceasefire",
    "The invitation must come now, not after the war",
    "Allies are studying the plan carefully and will respond in time",
    "There is no consensus yet on the next steps",
    "Security guarantees have to be real and binding",
)
_FILLER = (
    "Officials met in Brussels on Thursday to discuss the proposal.",
    "The talks ran late into the evening, according to two diplomats.",
    "Several delegations asked for more time to consult their capitals.",
    "Analysts said the outcome would depend on the coming weeks.",
    "The ministry did not immediately respond to a request for comment.",
    "Markets were calm as the meeting got under way.",
)


def article_text(index: int, seed: int = 0, paragraphs: int = 3) -> str:
    """One article: header lines, a blank line, then `paragraphs` paragraphs of prose."""
    rng = random.Random(f"{seed}:{index}")
    speaker, affiliation = rng.choice(_LEADERS)
    country = rng.choice(_COUNTRIES)
    quote = rng.choice(_QUOTES)
    lead = (
        f"{speaker} of {affiliation} said on day {index} that the plan for {country} "
        f"needed wider support."
    )
    quoted = f"“{quote},” {speaker} told reporters in briefing number {index}."
    stance = f"{country} supports an early invitation, its foreign minister said (ref {index})."
    body = [lead + " " + quoted, stance]
    for _ in range(max(paragraphs - 2, 0)):
        body.append(" ".join(rng.sample(_FILLER, 3)))
    header = f"title: Synthetic report {index:05d}\ndate: 2024-10-{1 + index % 28:02d}\n\n"
    return header + "\n\n".join(body) + "\n"


def write_articles(folder: Path, count: int, seed: int = 0, paragraphs: int = 3) -> list[Path]:
    """Write `count` articles as folder/synth-NNNNN.txt and return their paths in order."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(count):
        path = folder / f"synth-{index:05d}.txt"
        path.write_text(article_text(index, seed, paragraphs), encoding="utf-8")
        paths.append(path)
    return paths


def long_article(target_chars: int, seed: int = 0) -> str:
    """A single article of about `target_chars` characters, in paragraphs (for chunking)."""
    parts: list[str] = []
    size = 0
    index = 0
    while size < target_chars:
        paragraph = article_text(index, seed, paragraphs=4).split("\n\n", 1)[1].strip()
        parts.append(paragraph)
        size += len(paragraph) + 2
        index += 1
    return "\n\n".join(parts) + "\n"
