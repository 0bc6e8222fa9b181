"""Two points told as a pair after the text counts them: `The last two points look beyond the
battlefield. One is A; the other, B.` (or `… One is A. The other is B.`). Each point is (number,
summary, (start, end) of evidence), as in points.py.

The count must be the plan's: the sentence with it names the plan, or counts `the last/remaining
two points` (plan.toml [points] pair_*), so that `Hungary has two demands. One is …` or `Berlin
has the other two demands in mind` is left out.
"""

from __future__ import annotations

import re

from summarizer.extract.offline.document import Doc, Sentence
from summarizer.extract.offline.language import language, per_language
from summarizer.extract.offline.lexicon import alternation
from summarizer.extract.offline.plan_patterns import search
from summarizer.extract.offline.points import Point, summary


@per_language
def _patterns() -> dict[str, re.Pattern[str]]:
    points = language().plan.points
    nouns, leads = alternation(points.nouns), alternation(points.lead_verbs)
    return {
        # `the last two points`, `its two other demands`, `two of the points`
        "count": re.compile(
            rf"\b(?:(?:the|its|his|[\w-]+['’]s)\s+(?:(?:{alternation(points.pair_places)})\s+)?two"
            rf"(?:\s+(?:{alternation(points.pair_places)}))?\s+(?:{nouns})"
            rf"|two\s+of\s+(?:the\s+)?(?:the|its|his|[\w-]+['’]s)\s+(?:{nouns}))\b", re.I),
        "one": re.compile(rf"(?:{alternation(points.pair_first)})\s+(?:{leads})\s+"),
        "other": re.compile(
            rf"(?:[;,]|\.\s+(?=T))\s*(?:{alternation(points.pair_second)}),?\s+(?:(?:{leads})\s+)?",
            re.I),
    }


def pairs(doc: Doc) -> list[Point]:
    """The points of every such pair in the article."""
    text = doc.text
    pats = _patterns()
    out: list[Point] = []
    for index in range(1, len(doc.sentences)):
        prev, sentence = doc.sentences[index - 1], doc.sentences[index]
        if prev.para != sentence.para or not _counted(text, prev):
            continue
        one = pats["one"].match(text, sentence.start, sentence.end)
        if one is None:
            continue
        # The other may follow in this sentence or open the next one (same paragraph).
        nxt = doc.sentences[index + 1] if index + 1 < len(doc.sentences) else None
        limit = nxt.end if nxt is not None and nxt.para == sentence.para else sentence.end
        other = pats["other"].search(text, one.end(), limit)
        if other is None:
            continue
        ending = nxt if nxt is not None and other.end() > sentence.end else sentence
        end = ending.start + len(text[ending.start : ending.end].rstrip().rstrip("."))
        first = text[one.end() : other.start()].rstrip(" ;,.")
        out.append((None, summary(first), (sentence.start, one.end() + len(first))))
        out.append((None, summary(text[other.end() : end]), (other.start() + 1, end)))
    return out


def _counted(text: str, sentence: Sentence) -> bool:
    if "two" not in text[sentence.start : sentence.end].lower():
        return False  # most sentences: no count of two
    found = _patterns()["count"].search(text, sentence.start, sentence.end)
    if found is None:
        return False
    places = language().plan.points.pair_places
    words = found.group(0).lower().split()
    return search("plan", text, sentence.start, sentence.end) is not None or (
        words[-1] == "points" and any(w in places for w in words))



