"""The memo's bottom line says only what its citations state: a plan's "first point" cites the
accounts that print those words and number them first, and no account numbering it first in
its own words makes it "among its points"; the quotes and the leading point chosen are the ones
most independent sources report, copies of one wire story counting once."""

from __future__ import annotations

from summarizer.render import render_memo
from summarizer.schemas import (
    ArticleMeta,
    Briefing,
    CopyGroup,
    MergedPlan,
    MergedPlanPoint,
    MergedStatement,
    SourceRef,
    Speaker,
)

SUMMARY = "an invitation to join the alliance"


def _briefing(*sources: SourceRef) -> Briefing:
    plan = MergedPlan(presented_by="A. Person", presented_by_sources=["a"],
                      sources=sorted({s.article_id for s in sources} | {"a"}),
                      points=[MergedPlanPoint(number=1, summary=SUMMARY, sources=list(sources))])
    ids = sorted({s.article_id for s in sources} | {"a"})
    return Briefing(articles=[ArticleMeta(id=i, outlet=i.upper()) for i in ids], plan=plan)


def _bottom_line(briefing: Briefing) -> str:
    md = render_memo(briefing, "md")
    return md.split("A. Person presented the victory plan", 1)[1].split("\n", 1)[0]


def test_first_point_cites_only_accounts_that_print_it_and_number_it_first() -> None:
    line = _bottom_line(_briefing(
        SourceRef(article_id="a", text=f"its first point is {SUMMARY}", number=1),
        SourceRef(article_id="c", text=f"the third point is {SUMMARY}", number=3),
    ))
    assert f"; its first point: {SUMMARY} [1]." in line


def test_words_no_first_numbering_account_prints_are_not_called_the_first_point() -> None:
    line = _bottom_line(_briefing(
        SourceRef(article_id="a", text=f"the third point is {SUMMARY}", number=3),
        SourceRef(article_id="b", text="first comes swift membership", number=1),
    ))
    assert "first point" not in line
    assert f"; among its points: {SUMMARY} [1]." in line


def _said(speaker: str, words: str, *article_ids: str) -> MergedStatement:
    return MergedStatement(
        id=f"s-{speaker}", speaker=Speaker(name=speaker), text=words, kind="direct",
        sources=[SourceRef(article_id=a, text=words, kind="direct") for a in article_ids])


def test_quotes_are_ranked_by_independent_sources_not_by_reprints() -> None:
    # One wire story in four copies is one source; three remarks each reported by two outlets
    # are better sourced, and fill the bottom line's three quotes.
    wire = _said("Wire Speaker", "the wire story words", "w", "w2", "w3", "w4")
    others = [_said(f"Speaker {n}", f"words of speaker {n}", f"{n}a", f"{n}b") for n in "xyz"]
    ids = ["w", "w2", "w3", "w4"] + [f"{n}{k}" for n in "xyz" for k in "ab"]
    briefing = Briefing(articles=[ArticleMeta(id=i) for i in ids], statements=[wire, *others],
                        copies=[CopyGroup(article_id="w", copies=["w2", "w3", "w4"])])
    md = render_memo(briefing, "md")
    bottom = md.split("## Bottom line", 1)[1].split("\n## ", 1)[0]
    assert all(f"words of speaker {n}" in bottom for n in "xyz")
    assert "the wire story words" not in bottom
    assert "the wire story words" in md  # still listed under who said what


def test_the_leading_point_is_the_one_most_outlets_report_not_most_reprinted() -> None:
    wire, told = "a ceasefire along the line", "long-range weapons for Ukraine"
    points = [
        MergedPlanPoint(summary=wire, sources=[SourceRef(article_id=a, text=wire)
                                               for a in ("w", "w2", "w3")]),
        MergedPlanPoint(summary=told, sources=[SourceRef(article_id=a, text=told)
                                               for a in ("b", "c")]),
    ]
    for first in (None, 1):  # unnumbered: the main point; numbered first by every account
        for point in points:
            point.sources = [s.model_copy(update={"number": first}) for s in point.sources]
        plan = MergedPlan(presented_by="A. Person", presented_by_sources=["b"],
                          sources=["w", "b", "c"], points=points)
        briefing = Briefing(articles=[ArticleMeta(id=i) for i in ("w", "w2", "w3", "b", "c")],
                            plan=plan, copies=[CopyGroup(article_id="w", copies=["w2", "w3"])])
        line = _bottom_line(briefing)
        assert told in line and wire not in line, first
