"""Plan points told as a list the text introduces as the plan's points, with no colon after a
point noun: a series right after the points are counted or named (`The plan rests on three
pillars — defence, deterrence and economic cooperation`, `The plan has five points, covering A,
B and C`), whose items are the points themselves, so an item may be one word (points.series,
least=1); and the line that introduces a run of bullets by ending on what the plan holds (`What
the plan contains`, `Here is what it proposes.`, `The plan's points, in brief:`). Each point is
(number, summary, (start, end) of evidence), as in points.py.
"""

from __future__ import annotations

import re

from summarizer.extract.offline.document import Doc, Sentence
from summarizer.extract.offline.language import language, per_language
from summarizer.extract.offline.lexicon import alternation
from summarizer.extract.offline.plan_patterns import patterns, search
from summarizer.extract.offline.points import Point, clause_end, series, summary
from summarizer.extract.offline.prefilter import Filtered
from summarizer.extract.offline.word_packs import proposal_words


@per_language
def _lead() -> Filtered:
    """`(five) points, covering`, `(three) pillars —`: a plural noun of the plan's points and
    a dash or a comma and a link (plan.toml [points] list_links). (Filtered: the dashes are
    literals, so that a sentence with neither a dash nor a comma is not scanned.)"""
    points = language().plan.points
    plurals = alternation([n for n in points.nouns if n.endswith("s")])
    return Filtered(re.compile(
        rf"\b(?:{plurals})(?:\s*—\s*|\s*–\s*|,\s+(?:{alternation(points.list_links)})\s+)"
        r"(?=[a-z])", re.I))


_DASH = re.compile(r"\s[—–]\s")


@per_language
def _linked() -> re.Pattern[str]:
    """`, covering `: a comma and a link (opening with the comma, a literal `re` scans for)."""
    return re.compile(rf",\s+(?:{alternation(language().plan.points.list_links)})\s", re.I)


def listed_points(doc: Doc, sentence: Sentence) -> list[Point]:
    """The points of such a series in this sentence (one that names the plan)."""
    text, a, b = doc.text, sentence.start, sentence.end
    out: list[Point] = []
    words = text[a:b]
    if "—" not in words and "–" not in words and not _linked().search(words):
        return out  # most sentences: neither a dash nor a link after a comma (a quick test)
    for match in _lead().finditer(text, a, b):
        if search("plan", text, a, match.start()) is None:
            continue  # `Hungary's five demands — …`: not the plan's points
        end = clause_end(text, match.end(), b)
        dash = _DASH.search(text, match.end(), end)  # `— A, B and C — that …`
        end = dash.start() if dash else end
        out += [(None, summary(text[x:y]), (x, y)) for x, y in series(
            text, match.end(), end, 1)]
    return out


@per_language
def _introducing() -> re.Pattern[str]:
    """A line that ends on a verb of what the plan holds or a noun of its points (that noun
    may take the plan after `of`: `Here are the five points of the plan:`), then at most a
    tail of plan.toml [points] list_tails (`in brief`, `the following`), or on `are` and such
    a tail (`The main points of the plan are as follows:`)."""
    points = language().plan.points
    tails = alternation(points.list_tails)
    # (`of the plan`, `of Zelensky's victory plan`: the plan's name after a determiner, a
    # name or a possessive; not `points of criticism of the plan`)
    owner = rf"(?:{alternation(points.list_plan_owners)}|[\w-]+['’]s|(?-i:[A-Z])[\w-]*)\s+"
    of_plan = rf"(?:\s+of\s+(?:{owner}){{0,3}}[“\"‘']?(?:{patterns()['plan'].pattern})[”\"’']?)?"
    return re.compile(
        rf"(?:(?<![\w-])(?:{alternation(points.verbs)}|(?:{alternation(points.nouns)}){of_plan})"
        rf"(?:,?\s+(?:(?:are|is|were)\s+)?(?:{tails}))?|\b(?:are|is|were)\s+(?:{tails}))"
        r"[\s:.…]*$", re.I)


@per_language
def _opening() -> re.Pattern[str]:
    """`What's in the plan?`: a line opened by one of plan.toml [points] list_headings."""
    return re.compile(rf"(?:{alternation(language().plan.points.list_headings)})\b", re.I)


@per_language
def _heading() -> re.Pattern[str]:
    """A heading about what the plan holds: a noun of its points or a verb of what it holds
    anywhere in it (`Key points of the plan`), or an opener of plan.toml [points]
    list_headings (`What's in the plan`)."""
    points = language().plan.points
    return re.compile(
        # (`five-point plan` names the plan, not its points.)
        rf"^(?:{alternation(points.list_headings)})\b|(?<![\w-])(?:{alternation(points.verbs)}"
        rf"|{alternation(points.nouns)})(?![\w-])", re.I)


def introduces_list(doc: Doc, index: int) -> bool:
    """Does the line right above bullet `index` (the first of a run: a heading, or the last
    sentence of a paragraph) introduce the plan's points: a heading that names the plan and
    is about what it holds (see _heading), or a sentence that ends on what the plan holds (see
    _introducing) and names the plan or says `it` / `its` right after one that names it? Not
    `The plan calls for A.` (a point of its own, with reactions below), nor `Key events`, nor
    a line about others' views (see _reacting)."""
    text = doc.text
    end = doc.paragraphs[index].start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    start = text.rfind("\n", 0, end) + 1
    above = doc.paragraphs[index - 1] if index else None
    last = doc.sentence_at(end - 1) if above is not None and above.end == end else None
    if last is not None:
        start = last.start
    if _reacting(text[start:end]):
        return False
    if last is None:  # a heading of its own: about what the plan holds, naming it
        return search("plan", text, start, end) is not None and bool(
            _introducing().search(text, start, end) or _heading().search(text, start, end))
    if not (_introducing().search(text, start, end) or _opening().match(text, start, end)):
        return False
    if search("plan", text, start, end) is not None:
        return True
    k = doc.sentences.index(last)
    prev = doc.sentences[k - 1] if k else None
    return prev is not None and _IT.search(text, start, end) is not None and search(
        "plan", text, prev.start, prev.end) is not None


def _reacting(line: str) -> bool:
    """`What allies think of the plan's demands`, `How Berlin reacted to its points`: a line
    about what others say of the points (plan.toml [points] not_introducing, and the words of
    reaction and attribution), whose bullets are their views, not the points."""
    points = language().plan.points
    reactions = proposal_words().reactions
    words = {w.lower() for w in re.findall(r"[\w’'-]+", line)}
    return bool(words & (points.not_introducing | points.attribution_tails | reactions))


_IT = re.compile(r"\b(?:it|its|It|Its)\b")
