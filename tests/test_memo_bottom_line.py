"""The memo's bottom line says only what its citations state: a plan's "first point" cites the
accounts that print those words and number them first, and no account numbering it first in
its own words makes it "among its points"."""

from __future__ import annotations

from summarizer.render import render_memo
from summarizer.schemas import ArticleMeta, Briefing, MergedPlan, MergedPlanPoint, SourceRef

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
