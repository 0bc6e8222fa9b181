"""Plan points told as a series right after the plan's points are counted or named, with no
colon: `The plan rests on three pillars — defence, deterrence and economic cooperation`, `The
plan has five points, covering A, B and C`. The series is the points themselves, so an item may
be one word (points.series, least=1). Each point is (number, summary, (start, end) of evidence),
as in points.py; the sentence must name the plan before the count.
"""

from __future__ import annotations

import re

from summarizer.extract.offline.document import Doc, Sentence
from summarizer.extract.offline.language import language, per_language
from summarizer.extract.offline.lexicon import alternation
from summarizer.extract.offline.plan_patterns import search
from summarizer.extract.offline.points import Point, clause_end, series, summary


@per_language
def _lead() -> re.Pattern[str]:
    """`five points, covering`, `three pillars —`: the plan's points (counted, or a plural
    noun) and a dash or a comma and a link (plan.toml [points] list_links)."""
    points = language().plan.points
    numbers = alternation([*language().plan.numbers, *(str(n) for n in range(1, 13))])
    plurals = alternation([n for n in points.nouns if n.endswith("s")])
    return re.compile(
        rf"\b(?:(?:{numbers})\s+(?:[\w-]+\s+)?)?(?:{plurals})"
        rf"(?:\s*[—–]\s*|,\s+(?:{alternation(points.list_links)})\s+)(?=[a-z])", re.I)


_DASH = re.compile(r"\s[—–]\s")


def listed_points(doc: Doc, sentence: Sentence) -> list[Point]:
    """The points of such a series in this sentence (one that names the plan)."""
    text, a, b = doc.text, sentence.start, sentence.end
    out: list[Point] = []
    for match in _lead().finditer(text, a, b):
        if search("plan", text, a, match.start()) is None:
            continue  # `Hungary's five demands — …`: not the plan's points
        end = clause_end(text, match.end(), b)
        dash = _DASH.search(text, match.end(), end)  # `— A, B and C — that …`
        end = dash.start() if dash else end
        out += [(None, summary(text[x:y]), (x, y)) for x, y in series(
            text, match.end(), end, 1)]
    return out
