"""The merger on hand-made extractions mirroring the five seed articles.

The extractions are written by hand the way a good extractor would (speaker styling as each
outlet prints it), and grounded against the real fixture texts with summarizer.ground, so every
span points at the article's own words.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path

from summarizer.ground import find_evidence, find_quote
from summarizer.merge import merge_extractions
from summarizer.schemas import (
    ArticleExtraction,
    ArticleMeta,
    Briefing,
    CountryStance,
    Diagnostics,
    Evidence,
    PlanPoint,
    Speaker,
    Statement,
    VictoryPlan,
)

SEEDS = Path(__file__).resolve().parent.parent / "fixtures" / "articles"
A0, A1, A2, A3, A4 = (
    "000_93e9d3437e0608df",
    "001_d685ded93991494f",
    "002_9c6006ec91fd0f1d",
    "003_5fab07fc7baa96ec",
    "004_e32586a4a7f8801e",
)
OCT16 = dt.date(2024, 10, 16)

SMITH = Speaker(name="Julianne Smith", role="U.S. Ambassador to NATO", country="US")
SMITH_SHORT = Speaker(name="Smith", role="US Ambassador to NATO", affiliation="NATO")
SMITH_004 = Speaker(name="Julianne Smith", role="outgoing US Ambassador to NATO", country="US")
ZELENSKY = Speaker(name="Volodymyr Zelensky", role="Ukrainian President", country="UA")
ZELENSKYY = Speaker(name="Volodymyr Zelenskyy", role="Ukrainian President", country="UA")
ZELENSKYY_SHORT = Speaker(name="Zelenskyy", country="UA")
UA_LEADER = Speaker(role="The Ukrainian leader", country="UA")
RUTTE = Speaker(name="Mark Rutte", role="NATO Secretary-General", affiliation="NATO")
RUTTE_CHIEF = Speaker(name="Mark Rutte", role="NATO chief", affiliation="NATO")

# (speaker, text, kind, said_on) per article; texts are each outlet's own words.
STATEMENTS: dict[str, list[tuple[Speaker, str, str, dt.date | None]]] = {
    A0: [
        (SMITH, "At the 75th-anniversary summit this summer, we made it clear that Ukraine is on "
         "an irreversible path to membership. However, we are not at the point where an official "
         "invitation will be extended in the short term", "direct", None),
        (SMITH, "discussions with Ukraine will continue on how they can move closer to joining "
         "the alliance", "paraphrase", None),
        (SMITH_SHORT, "We continue to provide Ukraine with the necessary tools to defend its "
         "territory. Ukrainians are using these weapons effectively, particularly in Crimea and "
         "other regions", "direct", None),
        (ZELENSKY, "fundamental", "direct", None),
    ],
    A1: [
        (SMITH, "I think NATO's position on this is very clear. We stated at the 75th anniversary "
         "summit this summer that Ukraine is on an irreversible path to membership and that "
         "Ukraine will become a member of the Alliance. We are not at the stage where the "
         "Alliance is discussing issuing an invitation in the short term", "direct", OCT16),
        (SMITH_SHORT, "But, as always, we will continue talks with our friends in Ukraine about "
         "how they can move toward the Alliance", "direct", OCT16),
        (ZELENSKY, "If the plan is supported, we can end the war no later than next year",
         "direct", None),
    ],
    A2: [
        (RUTTE, "I cannot today now exactly sketch out what the path will be, but I am absolutely "
         "confident that in the future, Ukraine will join us", "direct", None),
        (RUTTE, "is in this, if necessary, for the long haul", "direct", None),
        (SMITH, "not at the stage where the Alliance is talking about issuing an invitation in "
         "the short term", "direct", None),
        (SMITH, "We provide all necessary assistance to Ukraine to defend its territory",
         "direct", None),
    ],
    A3: [
        (ZELENSKYY, "We understand that NATO membership is a matter of the future, not the "
         "present", "direct", OCT16),
        (UA_LEADER, "little has progressed since NATO promised over the summer that Ukraine was "
         "on an \"irreversible\" path to membership", "paraphrase", OCT16),
        (RUTTE_CHIEF, "We are in close contact with allies, with Ukraine, to see how we can take "
         "next steps", "direct", None),
    ],
    A4: [
        (SMITH_004, "The alliance has not, to date, reached the point where it is prepared to "
         "offer membership or an invitation to Ukraine", "direct", None),
        (ZELENSKYY_SHORT, "the fact that the German side is skeptical about our joining NATO is "
         "a fact", "direct", None),
    ],
}

STANCES: dict[str, list[tuple[str, str, str, list[str]]]] = {
    A0: [("US", "opposes", "we are not at the point where an official invitation will be "
          "extended in the short term", ["Julianne Smith"])],
    A2: [("US", "opposes", "not at the stage where the Alliance is talking about issuing an "
          "invitation in the short term", ["Julianne Smith"])],
    A4: [
        ("US", "opposes", "at least seven of 32 NATO member states, including the United States "
         "and Germany, are opposing Ukraine’s bid for an immediate invitation",
         ["Biden administration"]),
        ("DE", "opposes", "the fact that the German side is skeptical about our joining NATO is a "
         "fact", ["German government"]),
        ("HU", "opposes", "Hungary and Slovakia are also opposing the move", ["Viktor Orbán"]),
        ("PL", "supports", "opening up a NATO perspective for Ukraine", ["Donald Tusk"]),
    ],
}

# (number, summary, evidence) per article.
PLAN_POINTS: dict[str, list[tuple[int | None, str, str]]] = {
    A0: [
        (None, "Formal invitation to join NATO", "a formal invitation to NATO is critical to "
         "Ukraine’s strategy for victory"),
        (None, "Removal of restrictions on using Western long-range weapons inside Russia",
         "the removal of restrictions on using Western long-range weapons inside Russian "
         "territory"),
    ],
    A1: [(1, "Invitation to join NATO", "include Ukraine's invitation to join NATO placed atop "
          "of the list")],
    A2: [
        (None, "Accelerated NATO membership", "push for accelerated NATO membership"),
        (None, "Strengthening Ukraine's military capabilities",
         "Strengthening Ukraine’s military capabilities"),
        (None, "Restoring full territorial integrity, including Crimea",
         "Restoring full territorial integrity, including Crimea"),
        (None, "Anti-corruption measures to enhance governance",
         "Implementing anti-corruption measures to enhance governance"),
        (None, "Building stronger international alliances",
         "Building stronger international alliances"),
    ],
    A4: [
        (1, "Invitation to NATO", "the first point calling for Ukraine’s invitation to NATO"),
        (2, "Strengthening defense and targeting Russian territory",
         "strengthening defense and targeting Russian territory"),
        (3, "Deterring aggression with a non-nuclear package",
         "deterring aggression with a non-nuclear package"),
        (4, "Boosting Ukraine's strategic and economic potential",
         "boosting Ukraine’s strategic and economic potential"),
        (5, "Post-war role: Ukrainian forces replace US troops in Europe",
         "proposing a post-war strategy where Ukrainian forces replace US troops in Europe"),
    ],
}
PLAN_COUNTS: dict[str, tuple[int | None, int | None, dt.date | None]] = {
    A0: (5, None, None),
    A1: (5, None, None),
    A2: (None, None, OCT16),
    A4: (5, 3, None),
}


@cache
def _text(article_id: str) -> str:
    return (SEEDS / f"{article_id}.txt").read_text(encoding="utf-8")


def _meta(article_id: str) -> ArticleMeta:
    published = {A2: dt.date(2024, 10, 17), A3: dt.date(2024, 10, 17)}.get(article_id)
    outlet = {A1: "The Kyiv Independent"}.get(article_id)
    return ArticleMeta(id=article_id, outlet=outlet, published=published)


def _evidence(article_id: str, text: str) -> Evidence:
    spans = find_evidence(text, _text(article_id))
    assert spans, f"evidence not in {article_id}: {text!r}"
    return Evidence(text=text, spans=spans)


def seed_extraction(article_id: str) -> ArticleExtraction:
    statements = []
    for number, (speaker, text, kind, said_on) in enumerate(STATEMENTS.get(article_id, []), 1):
        ground = find_quote if kind == "direct" else find_evidence
        spans = ground(text, _text(article_id))
        assert spans, f"statement not in {article_id}: {text!r}"
        statements.append(
            Statement(id=f"s{number}", speaker=speaker, text=text, kind=kind,
                      said_on=said_on, spans=spans, article_id=article_id)
        )
    stances = [
        CountryStance(country=code, country_name=code, position=pos,
                      actors=actors, evidence=[_evidence(article_id, ev)], article_id=article_id)
        for code, pos, ev, actors in STANCES.get(article_id, [])
    ]
    plan = None
    if article_id in PLAN_COUNTS:
        public, annexes, presented = PLAN_COUNTS[article_id]
        points = [
            PlanPoint(number=n, summary=s, evidence=[_evidence(article_id, ev)])
            for n, s, ev in PLAN_POINTS.get(article_id, [])
        ]
        plan = VictoryPlan(presented_by="Volodymyr Zelensky", presented_on=presented,
                           points=points, public_points=public, classified_annexes=annexes)
    return ArticleExtraction(
        article=_meta(article_id), plan=plan, statements=statements, stances=stances,
        diagnostics=Diagnostics(provider="hand", model="hand"),
    )


def seed_extractions() -> list[ArticleExtraction]:
    return [seed_extraction(a) for a in (A0, A1, A2, A3, A4)]


def _briefing() -> Briefing:
    return merge_extractions(seed_extractions())


def _containing(briefing: Briefing, words: str) -> list[str]:
    return [st.id for st in briefing.statements if any(words in s.text for s in st.sources)]


def test_smith_16_october_remarks_merge_into_one_statement_with_three_sources() -> None:
    briefing = _briefing()
    ids = {*_containing(briefing, "75th"), *_containing(briefing, "not at the stage where the")}
    assert len(ids) == 1
    merged = next(st for st in briefing.statements if st.id in ids)
    assert {s.article_id for s in merged.sources} == {A0, A1, A2}
    assert merged.speaker.name == "Julianne Smith"
    assert merged.kind == "direct"
    assert merged.said_on == OCT16
    # Each source keeps its own verbatim wording and spans into its own article.
    for source in merged.sources:
        assert any(
            _text(source.article_id)[s:e] in source.text or source.text in _text(
                source.article_id)[s:e] for s, e in source.spans
        )


def test_smith_politico_interview_stays_separate() -> None:
    briefing = _briefing()
    politico = _containing(briefing, "The alliance has not, to date")
    remarks = _containing(briefing, "75th")
    assert len(politico) == 1
    assert politico != remarks
    merged = next(st for st in briefing.statements if st.id == politico[0])
    assert [s.article_id for s in merged.sources] == [A4]


def test_paraphrase_joins_direct_quote_and_direct_wording_is_canonical() -> None:
    briefing = _briefing()
    ids = set(_containing(briefing, "move closer to joining"))
    assert ids == set(_containing(briefing, "continue talks with our friends"))
    merged = next(st for st in briefing.statements if st.id in ids)
    assert merged.kind == "direct"
    assert merged.text.startswith("But, as always")
    assert {s.kind for s in merged.sources} == {"direct", "paraphrase"}


def test_zelensky_name_variants_and_role_only_mention_are_one_speaker() -> None:
    briefing = _briefing()
    zelensky = [
        st for st in briefing.statements
        if any(w in st.text for w in ("end the war", "matter of the future", "German side",
                                      "little has progressed", "fundamental"))
    ]
    # One identity, styled as most mentions style it (000 and 001 print "Zelensky").
    assert {st.speaker.name for st in zelensky} == {"Volodymyr Zelensky"}
    # The role-only paraphrase leads in to his quote in 003: one utterance, direct canonical.
    assert len(zelensky) == 4
    led = next(st for st in zelensky if any("little has progressed" in s.text for s in st.sources))
    assert led.text.startswith("We understand that NATO membership")


def test_titles_differing_by_outlet_are_one_identity() -> None:
    briefing = _briefing()
    smith = [st for st in briefing.statements if any(
        w in st.text for w in ("75th", "to date", "defend its territory", "friends in Ukraine"))]
    assert len({(st.speaker.name, st.speaker.role) for st in smith}) == 1
    rutte = [st for st in briefing.statements if st.speaker.name == "Mark Rutte"]
    assert len(rutte) == 3
    assert len({st.speaker.role for st in rutte}) == 1


def test_plan_lists_that_disagree_are_a_conflict_naming_both_accounts() -> None:
    briefing = _briefing()
    lists = [c for c in briefing.conflicts if c.kind == "plan_points"
             and c.description.startswith("Accounts list different points")]
    assert len(lists) == 1
    says = {s.article_id: s.says for s in lists[0].sources}
    assert "anti-corruption" in says[A2].casefold()
    assert "non-nuclear" in says[A4].casefold()


def test_plan_points_reconciled_across_accounts() -> None:
    plan = _briefing().plan
    assert plan is not None
    invitation = [p for p in plan.points if {s.article_id for s in p.sources} >= {A0, A1, A4}]
    assert len(invitation) == 1
    assert invitation[0].number == 1
    assert plan.public_points == 5 and plan.classified_annexes == 3
    assert plan.sources == [A0, A1, A2, A4]


def test_us_stance_gains_confidence_from_independent_sources() -> None:
    stances = {s.country: s for s in _briefing().stances}
    assert stances["US"].position == "opposes"
    assert not stances["US"].conflict
    assert stances["US"].confidence > stances["DE"].confidence
    assert {s.article_id for s in stances["US"].sources} == {A0, A2, A4}
