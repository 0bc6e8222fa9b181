"""Probes: short INVENTED articles (tests/data/offline_probes, see its README) in wordings the
fixtures lack, with the labels a careful reader gives them per evals/README.md.

Stances must match exactly (a wrong or extra stance fails as much as a missing one). Plan points
match loosely: each expected keyword must be found in a different predicted point (its summary
or evidence), and no point may be left over; a number is checked only where the text gives it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from summarizer.extract.offline.rules import extract_article
from summarizer.load import Article, load_articles
from summarizer.schemas import DEFAULT_QUESTION, ArticleExtraction

PROBES = Path(__file__).resolve().parent / "data" / "offline_probes"


@dataclass(frozen=True)
class Expected:
    stances: dict[str, str]
    # A regex per point (searched case-insensitively in summary + evidence), with its number
    # when the article gives one.
    points: dict[str, int | None] = field(default_factory=dict)
    annexes: int | None = None


EXPECTED: dict[str, Expected] = {
    "p1_capitals": Expected(
        {"UA": "supports", "DE": "hesitant", "FR": "supports", "US": "hesitant",
         "NL": "supports", "IT": "hesitant"}),
    "p2_demonyms": Expected(
        {"UA": "supports", "HU": "opposes", "ES": "hesitant", "EE": "supports",
         "DK": "supports"}),
    "p3_implied": Expected(
        # `Norway backs Ukraine's eventual membership of NATO but not now`: support limited
        # to later is hesitant, as `backs eventual membership` alone is (stances._cue_for).
        {"UA": "supports", "SK": "opposes", "LV": "supports", "NO": "hesitant",
         "TR": "neutral", "PT": "hesitant"},
        {"invitation": None}),  # `welcomed the plan's call for an immediate invitation`
    "p4_lists": Expected(
        # `The Baltic states and Poland pushed for a swift invitation`: a named group's
        # position is each member's (stance_scope.py).
        {"UA": "supports", "DE": "hesitant", "IT": "hesitant", "ES": "hesitant",
         "PL": "supports", "BE": "hesitant", "SI": "hesitant", "EE": "supports",
         "LV": "supports", "LT": "supports"},
        {"invite": 1}),
    "p5_numbered": Expected(
        {"UA": "supports"},
        {"invitation": None, "long-range": None, "deterrence": None,
         "minerals|natural resources": None, "troops|forces": None},
        annexes=3),
    "p6_ordinals": Expected(
        {"UA": "supports"},
        {"invitation": 1, "long-range": 2, "deterrence": 3, "natural resources": 4,
         "american troops|ukrainian units": 5},
        annexes=3),
    "p7_running": Expected(
        {"UA": "supports", "FI": "supports"},
        {"invite": 1, "missiles|strike|hit": 2, "deterrence": None}),
    "p8_calls": Expected(
        {"UA": "supports", "RO": "supports", "BG": "hesitant"},
        {"invitation": None, "long-range": None, "deterrence": None,
         "troops|units": None, "minerals": None}),
    # Common ways to state a stance; Denmark (aid), Austria (EU accession), Berlin (a venue)
    # and Spain (its opposition parties, not its government) are near misses that hold none.
    "p9_stance_forms": Expected(
        {"UA": "supports", "LT": "supports", "EE": "supports", "CZ": "supports",
         "FI": "supports", "BE": "hesitant", "GR": "hesitant"}),
    # `premature` and `the timing was not right` judge the timing without a no (hesitant);
    # `ruled out … while the war continues` and `warned against inviting` are a no (opposes).
    # Malta (EU sanctions), Paris (its critics) and Sweden (commentators) hold none.
    "p10_stance_forms": Expected(
        {"UA": "supports", "SK": "opposes", "IT": "hesitant", "PT": "hesitant",
         "HU": "opposes", "HR": "hesitant"},
        {"invitation": None}),
    # Points in an outlet's own words: `Among its demands: A, B and C.`; `Kyiv wants D. It also
    # seeks E.` in the paragraph after the plan is named. Hungary's demand, a sanctions package
    # and an aid package listed later, and a Kyiv request two paragraphs away, are not points.
    "p11_point_forms": Expected(
        {"UA": "supports"},
        {"invitation": None, "long-range": None, "deterrence": None, "minerals": None,
         "troops": None}),
    # `He is asking for A and B` right after he unveiled the plan; the answer to a Q&A heading
    # on the plan; `The document envisages`; `Point 5 deals with`. NATO's Black Sea strategy
    # and an EU summit's agenda item are not the plan's.
    "p12_point_forms": Expected(
        {"UA": "supports"},
        {"invitation": None, "long-range": None, "deterrence": None,
         "critical resources": None, "troops": 5}),
    # A morning briefing (numbered items): Kyiv asking allies to extend an invitation; the
    # Kremlin's spokeswoman dismissing the plan; a named group (the Baltic states). Near misses:
    # Washington's backing as a condition (`will be decisive if …`), Norway supporting Ukraine in
    # general (air defence), and a sentence that only mentions `the five-point plan that was
    # presented in a speech` (no point).
    "p13_morning_briefing": Expected(
        {"UA": "supports", "RU": "opposes", "EE": "supports", "LV": "supports",
         "LT": "supports"},
        {"invitation": None, "long-range": None}),
    # An opinion piece: a list with plural anaphora (`Countries such as A, B or C … They are
    # reluctant`), a named group (`The Nordic countries`), a leader's verdict in a relative
    # clause (`took the plan to X, who endorsed it`). Near misses: Spain's support for the
    # president (in general), and a reaction clause (`prompting a warning …`) that is no point.
    "p14_op_ed_allies": Expected(
        {"UA": "supports", "HU": "hesitant", "SK": "hesitant", "GR": "hesitant",
         "DK": "supports", "FI": "supports", "IS": "supports", "NO": "supports",
         "SE": "supports", "CZ": "supports"},
        {"invitation": None, "long-range": None, "deterrence": None}),
    # Labels set by reading before the extractor was run (stance_turns.py): a government's
    # request; an absolute phrase's subjects (`with Washington and Budapest opposed`); a past
    # position replaced (`previously signalled openness … now opposes`, `once sceptical … now
    # backs`); a named pair of groups; the candidate's joining refused; a request that the bid
    # be abandoned (RU). Near misses holding none: support for Ukraine's sovereignty (IT), a
    # refusal to rule out and a negated block (ES, BE), whose backing is only sought (CA).
    "p15_wire_split_capitals": Expected(
        {"UA": "supports", "US": "opposes", "HU": "opposes", "DE": "opposes",
         "FR": "supports", "DK": "supports", "EE": "supports", "FI": "supports",
         "IS": "supports", "LV": "supports", "LT": "supports", "NO": "supports",
         "SE": "supports", "SK": "opposes", "RU": "opposes"},
        {"invitation": 1}),
    # Hedged wording (`is said to be sceptical`, `is understood to favour a slower path`), a
    # contrast phrase (`Unlike Germany,`), plural anaphora after a list (`Both are opposed`), a
    # possessor's cue (`London's caution`), a position whose holder says it is unclear (TR), a
    # negated objection then an undecided support (RO: undecided is hesitant, a maintainer's
    # decision after the labels were set). Near miss holding none: Britain's support for
    # Ukraine in general. (The plan point's number is not checked here.)
    "p16_analysis_hedged": Expected(
        {"UA": "supports", "DE": "hesitant", "US": "hesitant", "PL": "supports",
         "HU": "opposes", "SK": "opposes", "CZ": "supports", "GB": "hesitant",
         "TR": "unclear", "RO": "hesitant"},
        {"invitation": None}),
    # The presenter describing others (labels set before running): others' verdicts in his
    # quotes (`Some partners say …`, `They say it is premature`), the reluctance he criticises
    # and the rejection he reports are not Ukraine's; the passive's agent (HU) holds its verdict.
    # An undecided Berlin (DE: undecided is hesitant, a maintainer's decision after the labels
    # were set). Near miss holding none: a share of the Polish public (PL).
    "p17_presenter_on_others": Expected(
        {"UA": "supports", "HU": "opposes", "DE": "hesitant"},
        {"invitation": 1}),
}


def _extract(name: str) -> ArticleExtraction:
    loaded = load_articles([str(PROBES / f"{name}.txt")])
    article = loaded[0]
    assert isinstance(article, Article), article
    return extract_article(article, DEFAULT_QUESTION)


def test_every_probe_has_expectations() -> None:
    assert {p.stem for p in PROBES.glob("*.txt")} == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_probe_stances(name: str) -> None:
    got = {s.country: s.position for s in _extract(name).stances}
    assert got == EXPECTED[name].stances


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_probe_plan_points(name: str) -> None:
    result = _extract(name)
    expected = EXPECTED[name]
    assert result.plan is not None
    texts = [(p.number, f"{p.summary} || {' '.join(e.text for e in p.evidence)}")
             for p in result.plan.points]
    unmatched = list(range(len(texts)))
    for pattern, number in expected.points.items():
        hit = next((i for i in unmatched if re.search(pattern, texts[i][1], re.I)), None)
        assert hit is not None, (pattern, texts)
        if number is not None:
            assert texts[hit][0] == number, (pattern, texts[hit])
        unmatched.remove(hit)
    assert not unmatched, [texts[i] for i in unmatched]
    assert result.plan.classified_annexes == expected.annexes
