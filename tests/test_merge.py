"""Merger behaviour on small hand-made extractions: determinism, conflicts, files, speakers."""

from __future__ import annotations

import datetime as dt
import json
import os
import random
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_merge_seeds import seed_extractions

from summarizer.errors import InputError
from summarizer.merge import dump_briefing, merge_dir, merge_extractions, read_briefing
from summarizer.merge.dates import dates_in_text, resolve_relative
from summarizer.merge.speakers import resolve_speakers
from summarizer.schemas import (
    ArticleExtraction,
    ArticleMeta,
    CountryStance,
    Diagnostics,
    Evidence,
    Speaker,
    Statement,
    VictoryPlan,
)

SEEDS = seed_extractions()


def _extraction(
    article_id: str,
    *,
    outlet: str | None = None,
    statements: list[Statement] | None = None,
    stances: list[CountryStance] | None = None,
    plan: VictoryPlan | None = None,
    published: dt.date | None = None,
) -> ArticleExtraction:
    return ArticleExtraction(
        article=ArticleMeta(id=article_id, outlet=outlet, published=published),
        statements=statements or [],
        stances=stances or [],
        plan=plan,
        diagnostics=Diagnostics(provider="hand", model="hand"),
    )


def _statement(article_id: str, sid: str, name: str, text: str, **kw: object) -> Statement:
    return Statement(id=sid, speaker=Speaker(name=name), text=text, kind="direct",
                     article_id=article_id, **kw)


REFERENCE = dump_briefing(merge_extractions(SEEDS))


@settings(max_examples=25, deadline=None)
@given(st.permutations(SEEDS), st.randoms(use_true_random=False))
def test_briefing_is_byte_identical_whatever_the_input_order(
    order: list[ArticleExtraction], rng: random.Random
) -> None:
    shuffled = []
    for ex in order:
        # Within an article too: statements, stances and plan points in any order.
        statements, stances = list(ex.statements), list(ex.stances)
        rng.shuffle(statements)
        rng.shuffle(stances)
        plan = ex.plan
        if plan is not None:
            points = list(plan.points)
            rng.shuffle(points)
            plan = plan.model_copy(update={"points": points})
        shuffled.append(ex.model_copy(update={"statements": statements, "stances": stances,
                                              "plan": plan}))
    assert dump_briefing(merge_extractions(shuffled)) == REFERENCE


def test_worker_processes_give_the_same_briefing(monkeypatch: pytest.MonkeyPatch) -> None:
    from summarizer.merge import matching

    pools: list[ProcessPoolExecutor] = []

    class SpyPool(ProcessPoolExecutor):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            pools.append(self)
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(matching, "PARALLEL_MIN_STATEMENTS", 0)
    monkeypatch.setattr(os, "cpu_count", lambda: 3)
    monkeypatch.setattr(matching, "ProcessPoolExecutor", SpyPool)
    assert dump_briefing(merge_extractions(SEEDS)) == REFERENCE
    assert len(pools) == 1


def test_dump_is_sorted_json_with_two_space_indent() -> None:
    briefing = merge_extractions(SEEDS)
    expected = json.dumps(briefing.model_dump(mode="json"), indent=2, sort_keys=True,
                          ensure_ascii=False) + "\n"
    assert dump_briefing(briefing) == expected
    # The same bytes for a briefing read back from disk (fields in schema order again).
    reread = type(briefing).model_validate_json(expected)
    assert dump_briefing(reread) == expected


def test_unvalidated_output_models_equal_validated_ones() -> None:
    # The merger builds its statements without validation (speed); they must be exactly what
    # validation would give, every field set.
    for statement in merge_extractions(SEEDS).statements:
        assert set(statement.__dict__) == set(type(statement).model_fields)
        assert type(statement).model_validate(statement.model_dump()) == statement
        for source in statement.sources:
            assert set(source.__dict__) == set(type(source).model_fields)


def test_contradicting_aid_figures_are_a_conflict() -> None:
    a = _extraction("a", outlet="Outlet A", statements=[_statement(
        "a", "s1", "John Kirby",
        "President Biden approved a $425 million military aid package for Ukraine today")])
    b = _extraction("b", outlet="Outlet B", statements=[_statement(
        "b", "s1", "Kirby",
        "the White House approved a new $400 million military aid package for Ukraine")])
    briefing = merge_extractions([a, b])
    figures = [c for c in briefing.conflicts if c.kind == "figure"]
    assert len(figures) == 1
    says = {s.article_id: s.says for s in figures[0].sources}
    assert says == {"a": "$425 million", "b": "$400 million"}
    assert figures[0].sources[0].outlet == "Outlet A"


def test_agreeing_figures_are_not_a_conflict() -> None:
    texts = ["at least seven of 32 NATO member states are opposing an immediate invitation",
             "Seven allies oppose inviting Ukraine right away, officials said"]
    extractions = [
        _extraction(aid, stances=[CountryStance(
            country="US", country_name="United States", position="opposes",
            evidence=[Evidence(text=t)], article_id=aid)])
        for aid, t in zip("ab", texts, strict=True)
    ]
    assert not [c for c in merge_extractions(extractions).conflicts if c.kind == "figure"]
    # ...but a different count of objecting allies is.
    extractions[1].stances[0].evidence[0].text = "Five allies oppose inviting Ukraine right away"
    conflicts = [c for c in merge_extractions(extractions).conflicts if c.kind == "figure"]
    assert [s.says for s in conflicts[0].sources] == ["seven of 32 NATO member states",
                                                      "Five allies"]


def test_stance_disagreement_keeps_both_and_flags_conflict() -> None:
    def stance(aid: str, position: str) -> CountryStance:
        return CountryStance(country="DE", country_name="Germany", position=position,
                             evidence=[Evidence(text=f"{aid} says {position}")], article_id=aid)

    extractions = [_extraction("a", outlet="X", stances=[stance("a", "opposes")]),
                   _extraction("b", outlet="Y", stances=[stance("b", "opposes")]),
                   _extraction("c", outlet="Z", stances=[stance("c", "supports")])]
    merged = merge_extractions(extractions).stances[0]
    assert merged.conflict and merged.position == "opposes"
    assert [s.position for s in merged.sources] == ["opposes", "opposes", "supports"]
    agreed = merge_extractions(extractions[:2]).stances[0]
    # Disagreement lowers confidence; agreement from two outlets raises it above one.
    assert agreed.confidence > merged.confidence
    assert agreed.confidence > merge_extractions(extractions[:1]).stances[0].confidence


def test_same_outlet_relayed_twice_is_one_voice() -> None:
    def stance(aid: str) -> CountryStance:
        return CountryStance(country="ES", country_name="Spain", position="hesitant",
                             evidence=[Evidence(text="Spain is reluctant, Politico says")],
                             article_id=aid)

    one = merge_extractions([_extraction("a", stances=[stance("a")])]).stances[0]
    two = merge_extractions([_extraction(a, stances=[stance(a)]) for a in "ab"]).stances[0]
    assert one.confidence == two.confidence


def test_differing_counts_and_dates_are_conflicts() -> None:
    plans = [VictoryPlan(public_points=5, classified_annexes=3, presented_on=dt.date(2024, 10, 16)),
             VictoryPlan(public_points=5, classified_annexes=2, presented_on=dt.date(2024, 10, 15))]
    briefing = merge_extractions([_extraction(a, plan=p) for a, p in zip("ab", plans, strict=True)])
    kinds = sorted((c.kind, c.description) for c in briefing.conflicts)
    assert kinds == [("count", "Accounts disagree on the number of classified annexes"),
                     ("date", "Accounts disagree on when the plan was presented")]


def test_a_quote_printed_by_more_outlets_than_the_rare_word_cap_is_one_statement() -> None:
    text = "Our alliance will keep its door open to every democracy that asks"
    ids = [f"a{n:03d}" for n in range(150)]  # more than DEFAULT_THRESHOLDS.block_df_cap (100)
    copies = [_extraction(i, statements=[_statement(i, "s1", "Ilse Berg", text)]) for i in ids]
    briefing = merge_extractions(copies)
    assert [len(st.sources) for st in briefing.statements] == [150]


def test_each_stated_aim_keeps_the_articles_that_state_it() -> None:
    plans = {"a": VictoryPlan(stated_aims=["end the war by next year"]),
             "b": VictoryPlan(stated_aims=["end the war by next year", "rebuild the grid"]),
             "c": VictoryPlan()}
    briefing = merge_extractions([_extraction(a, plan=p) for a, p in plans.items()])
    assert briefing.plan is not None and briefing.plan.sources == ["a", "b", "c"]
    assert [(aim.text, aim.sources) for aim in briefing.plan.stated_aims] == [
        ("end the war by next year", ["a", "b"]), ("rebuild the grid", ["b"])]


def test_relative_presentation_date_made_absolute_against_publication() -> None:
    from summarizer.schemas import PlanPoint

    point = PlanPoint(summary="NATO invitation", evidence=[Evidence(
        text="the victory plan, revealed yesterday, puts NATO membership first")])
    a = _extraction("a", published=dt.date(2024, 10, 17), plan=VictoryPlan(points=[point]))
    b = _extraction("b", plan=VictoryPlan(presented_on=dt.date(2024, 10, 16)))
    briefing = merge_extractions([a, b])
    assert briefing.plan is not None and briefing.plan.presented_on == dt.date(2024, 10, 16)
    assert not [c for c in briefing.conflicts if c.kind == "date"]


def test_relative_dates() -> None:
    thursday = dt.date(2024, 10, 17)
    assert resolve_relative("yesterday", thursday) == dt.date(2024, 10, 16)
    assert resolve_relative("on Wednesday", thursday) == dt.date(2024, 10, 16)
    assert resolve_relative("last Thursday", thursday) == dt.date(2024, 10, 10)
    assert resolve_relative("yesterday", None) is None
    assert dates_in_text("on Oct. 16 and 1 January", thursday) == [
        dt.date(2024, 10, 16), dt.date(2025, 1, 1)]


def test_same_words_dated_differently_merge_with_a_date_conflict() -> None:
    text = "We are not at the stage where the Alliance is discussing an invitation"
    a = _extraction("a", statements=[_statement("a", "s1", "Julianne Smith", text,
                                                said_on=dt.date(2024, 10, 16))])
    b = _extraction("b", statements=[_statement("b", "s1", "Smith", text,
                                                said_on=dt.date(2024, 10, 17))])
    briefing = merge_extractions([a, b])
    assert len(briefing.statements) == 1
    assert [c.kind for c in briefing.conflicts] == ["date"]


def test_unattributed_quote_joins_the_named_speakers_identical_quote() -> None:
    text = "If the plan is supported, we can end the war no later than next year"
    a = _extraction("a", statements=[_statement("a", "s1", "Volodymyr Zelenskiy", text)])
    b = _extraction("b", statements=[Statement(id="s1", speaker=Speaker(), text=text,
                                               kind="direct", article_id="b")])
    briefing = merge_extractions([a, b])
    assert len(briefing.statements) == 1
    assert briefing.statements[0].speaker.name == "Volodymyr Zelenskiy"


def test_different_speakers_never_merge() -> None:
    text = "Ukraine's future is in NATO and the path to membership is irreversible"
    a = _extraction("a", statements=[_statement("a", "s1", "Mark Rutte", text)])
    b = _extraction("b", statements=[_statement("b", "s1", "Antony Blinken", text)])
    assert len(merge_extractions([a, b]).statements) == 2


def test_speaker_resolution() -> None:
    mentions = [Speaker(name="Volodymyr Zelenskyy"), Speaker(name="Zelenskiy"),
                Speaker(name="President Zelensky"), Speaker(role="Ukrainian President"),
                Speaker(name="Volodymyr Zelensky", role="President of Ukraine"),
                Speaker(name="Joe Biden"), Speaker(name="Hunter Biden"), Speaker(name="Biden")]
    index = resolve_speakers(mentions)
    keys = [index.key_of(m) for m in mentions]
    assert len(set(keys[:5])) == 1
    assert len({keys[5], keys[6]}) == 2
    # A bare surname shared by two people stays its own identity rather than guess.
    assert keys[7] not in {keys[5], keys[6]}


def test_merge_dir_writes_deterministic_briefing(tmp_path: Path) -> None:
    for ex in reversed(SEEDS):
        (tmp_path / "articles").mkdir(exist_ok=True)
        (tmp_path / "articles" / f"{ex.article.id}.json").write_text(ex.model_dump_json())
    briefing = merge_dir(tmp_path)
    written = (tmp_path / "briefing.json").read_text(encoding="utf-8")
    assert written == dump_briefing(merge_extractions(SEEDS))
    assert read_briefing(tmp_path / "briefing.json") == briefing
    assert json.loads(written)["articles"][0]["id"] == SEEDS[0].article.id


def test_merge_dir_names_the_invalid_file(tmp_path: Path) -> None:
    (tmp_path / "articles").mkdir()
    bad = tmp_path / "articles" / "bad.json"
    bad.write_text('{"article": {}}')
    with pytest.raises(InputError, match=r"bad\.json") as info:
        merge_dir(tmp_path)
    assert "\n" not in str(info.value)
    with pytest.raises(InputError, match="no such folder"):
        merge_dir(tmp_path / "missing")


def test_read_briefing_rejects_invalid(tmp_path: Path) -> None:
    path = tmp_path / "briefing.json"
    path.write_text("not json")
    with pytest.raises(InputError, match=r"briefing\.json"):
        read_briefing(path)
    with pytest.raises(InputError, match="cannot read"):
        read_briefing(tmp_path / "absent.json")


def test_duplicate_article_ids_rejected() -> None:
    with pytest.raises(InputError, match="twice"):
        merge_extractions([SEEDS[0], SEEDS[0]])
