"""The plan: presenter, date, venue, counts and points as the text ties them to the plan."""

from __future__ import annotations

import datetime as dt

from summarizer.extract.offline.rules import extract_article
from summarizer.load import Article
from summarizer.schemas import DEFAULT_QUESTION, ArticleMeta, VictoryPlan


def plan(text: str, published: dt.date | None = None) -> VictoryPlan | None:
    meta = ArticleMeta(id="t", published=published)
    return extract_article(Article(meta, text, 0), DEFAULT_QUESTION).plan


def test_no_plan_named_no_plan() -> None:
    assert plan("Ministers met in Brussels on Monday.") is None


def test_presenter_date_venue_and_counts() -> None:
    got = plan("Ukrainian President Volodymyr Zelensky unveiled his victory plan to parliament "
               "on Wednesday. It has five points and two secret annexes.", dt.date(2024, 10, 17))
    assert got is not None
    assert got.presented_by == "Volodymyr Zelensky"
    assert got.presented_on == dt.date(2024, 10, 16)
    assert got.venue == "Verkhovna Rada"
    assert got.public_points == 5 and got.classified_annexes == 2


def test_relative_date_stays_null_without_a_published_date() -> None:
    got = plan("Volodymyr Zelensky presented the victory plan yesterday.")
    assert got is not None and got.presented_on is None


def test_bulleted_points_after_an_introducing_line() -> None:
    got = plan("The victory plan includes:\n• More air defence.\n• Sanctions on oil.\n"
               "Officials reacted.")
    assert got is not None
    assert [p.summary for p in got.points] == ["More air defence", "Sanctions on oil"]


def test_ordinal_point_is_numbered_and_inline_list_is_split() -> None:
    got = plan("The victory plan opens with the first point calling for faster arms deliveries. "
               "It names the remaining points: tighter sanctions, energy aid, and new loans.")
    assert got is not None
    assert [(p.number, p.summary) for p in got.points] == [
        (1, "faster arms deliveries"), (None, "tighter sanctions"), (None, "energy aid"),
        (None, "new loans")]
    for point in got.points:
        assert point.evidence and point.evidence[0].spans
