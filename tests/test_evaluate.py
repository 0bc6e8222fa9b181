"""The eval scorer on hand-made prediction/gold pairs: every metric is shown able to fail."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from summarizer.errors import ConfigError
from summarizer.evaluate import eval_command, evaluate
from summarizer.evaluate.matching import names_match, same_speaker, text_similarity
from summarizer.ground import find_quote
from summarizer.schemas import (
    ArticleExtraction,
    ArticleMeta,
    Briefing,
    Conflict,
    ConflictSource,
    CountryStance,
    Diagnostics,
    Evidence,
    MergedStatement,
    PlanPoint,
    SourceRef,
    Speaker,
    Statement,
    VictoryPlan,
)

TEXT = (
    "NATO talks.\n\n"
    'Julianne Smith said: "We are not at the stage where an invitation is discussed." '
    'Mark Rutte called the plan "a strong signal" and praised it. '
    "Smith added that talks with Kyiv will continue next month in Brussels. "
    "Hungary opposes the invitation, its prime minister said. "
    "The plan's first point is an invitation to join NATO. Its second point asks for long-range "
    "weapons."
)
SMITH = Speaker(name="Julianne Smith", role="U.S. Ambassador to NATO", country="US")
RUTTE = Speaker(name="Mark Rutte", affiliation="NATO")
QUOTE_1 = "We are not at the stage where an invitation is discussed."
QUOTE_2 = "a strong signal"
PARA = "Smith added that talks with Kyiv will continue next month in Brussels."


def _spans(text: str) -> list[tuple[int, int]]:
    found = find_quote(text, TEXT)
    assert found, text
    return found


def statement(text: str, speaker: Speaker, kind: str = "direct", sid: str = "s", *,
              article_id: str = "a1", spans: list[tuple[int, int]] | None = None) -> Statement:
    return Statement(id=sid, speaker=speaker, text=text, kind=kind,
                     spans=_spans(text) if spans is None else spans, article_id=article_id)


def stance(country: str, position: str, article_id: str = "a1") -> CountryStance:
    return CountryStance(country=country, country_name=country, position=position,
                         article_id=article_id)


def point(summary: str, evidence: str) -> PlanPoint:
    return PlanPoint(summary=summary, evidence=[Evidence(text=evidence, spans=_spans(evidence))])


def extraction(article_id: str = "a1", *, statements: list[Statement] | None = None,
               stances: list[CountryStance] | None = None, plan: VictoryPlan | None = None,
               source: Path | None = None) -> ArticleExtraction:
    return ArticleExtraction(
        article=ArticleMeta(id=article_id, source_path=str(source) if source else None),
        statements=statements or [], stances=stances or [], plan=plan,
        diagnostics=Diagnostics(provider="test", model="test"),
    )


def gold_extraction(article_id: str = "a1", source: Path | None = None) -> ArticleExtraction:
    return extraction(
        article_id,
        statements=[statement(QUOTE_1, SMITH, sid="s1", article_id=article_id),
                    statement(QUOTE_2, RUTTE, sid="s2", article_id=article_id),
                    statement(PARA, SMITH, "paraphrase", "s3", article_id=article_id)],
        stances=[stance("HU", "opposes", article_id), stance("UA", "supports", article_id)],
        plan=VictoryPlan(
            presented_by="Volodymyr Zelensky", presented_on=dt.date(2024, 10, 16),
            points=[point("Invitation to join NATO", "an invitation to join NATO"),
                    point("Long-range weapons", "asks for long-range weapons")]),
        source=source,
    )


class Workspace:
    """A repo-like tmp tree: the article, evals/gold (+ splits), and run folders."""

    def __init__(self, root: Path, ids: tuple[str, ...] = ("a1",), dev: tuple[str, ...] = (),
                 more: dict[str, tuple[str, ...]] | None = None):
        self.root = root
        self.article = root / "article.txt"
        self.article.write_text(TEXT, encoding="utf-8")
        self.gold = root / "evals" / "gold"
        self.gold.mkdir(parents=True)
        for article_id in ids:
            self.write(self.gold / f"{article_id}.json", gold_extraction(article_id, self.article))
        others = {name: list(members) for name, members in (more or {}).items()}
        seed = [i for i in ids if i not in dev and all(i not in m for m in others.values())]
        splits = {"seed": seed, "dev": list(dev), **others}
        self.splits = root / "evals" / "splits.toml"
        self.splits.write_text("".join(f"{name} = {json.dumps(members)}\n"
                                       for name, members in splits.items()), encoding="utf-8")

    @staticmethod
    def write(path: Path, model: ArticleExtraction | Briefing) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(model.model_dump_json(), encoding="utf-8")

    def run(self, name: str, preds: list[ArticleExtraction], *, provider: str = "offline",
            failed: tuple[str, ...] = ()) -> Path:
        folder = self.root / name
        for pred in preds:
            self.write(folder / "articles" / f"{pred.article.id}.json", pred)
        report = {"provider": provider, "articles": [p.article.id for p in preds],
                  "failures": [{"file": f"{i}.txt", "article_id": i, "reason": "boom"}
                               for i in failed]}
        (folder / "run.json").write_text(json.dumps(report), encoding="utf-8")
        return folder

    def thresholds(self, body: str) -> Path:
        path = self.root / "thresholds.toml"
        path.write_text(body, encoding="utf-8")
        return path


def metrics_of(pred: Path, gold: Path, scope: str = "overall") -> dict[str, Any]:
    result, _ = evaluate(pred, gold)
    return dict(result["metrics"][scope])


@pytest.fixture
def ws(tmp_path: Path) -> Workspace:
    return Workspace(tmp_path)


def test_perfect_prediction_scores_one_everywhere_and_passes(ws: Workspace) -> None:
    pred = ws.run("run", [gold_extraction("a1", ws.article)])
    m = metrics_of(pred, ws.gold)
    assert all(m[k] == 1.0 for k in m if not k.startswith("merge.")), m
    gate = ws.thresholds('[offline]\n"statements.f1" = 1.0\n"grounding.rate" = 1.0\n')
    assert eval_command(pred=pred, gold=ws.gold, thresholds=gate, baseline=None, out=None) == 0
    written = json.loads((pred / "eval.json").read_text(encoding="utf-8"))
    assert written["passed"] is True and written["thresholds"]["sections"] == ["offline"]


def test_empty_prediction_fails_every_recall_and_precision(ws: Workspace) -> None:
    m = metrics_of(ws.run("run", [extraction("a1", source=ws.article)]), ws.gold)
    for name in ("statements", "direct", "direct_speaker", "plan_points"):
        assert m[f"{name}.precision"] == 0.0 and m[f"{name}.recall"] == 0.0, name
    assert m["stances.country_precision"] == 0.0 and m["stances.country_recall"] == 0.0
    assert m["stances.accuracy"] == 0.0 and m["stances.position_accuracy"] is None
    assert m["plan.presenter_accuracy"] == 0.0 and m["plan.date_accuracy"] == 0.0
    assert m["statements.speaker_accuracy"] is None  # nothing matched: not measurable


def test_failed_article_counts_as_an_empty_prediction(tmp_path: Path) -> None:
    ws = Workspace(tmp_path, ids=("a1", "a2"))
    pred = ws.run("run", [gold_extraction("a1", ws.article)], failed=("a2",))
    result, _ = evaluate(pred, ws.gold)
    assert result["scope"]["scored"] == ["a1", "a2"] and result["scope"]["failed"] == ["a2"]
    assert result["metrics"]["overall"]["direct.recall"] == 0.5
    assert result["per_article"]["a2"]["statements.recall"] == 0.0


def test_duplicates_are_spurious(ws: Workspace) -> None:
    pred = extraction("a1", source=ws.article, statements=[
        statement(QUOTE_1, SMITH, sid="p1"), statement(QUOTE_1, SMITH, sid="p2")],
        stances=[stance("HU", "opposes"), stance("HU", "opposes")])
    m = metrics_of(ws.run("run", [pred]), ws.gold)
    assert m["direct.precision"] == 0.5 and m["direct.recall"] == 0.5
    assert m["stances.country_precision"] == 0.5 and m["stances.country_recall"] == 0.5
    assert m["stances.position_accuracy"] == 1.0


def test_all_wrong_fails_speaker_kind_position_and_plan_fields(ws: Workspace) -> None:
    pred = extraction("a1", source=ws.article, statements=[
        statement(QUOTE_1, RUTTE, sid="p1"), statement(QUOTE_2, SMITH, sid="p2"),
        statement(PARA, RUTTE, "direct", "p3", spans=[])],
        stances=[stance("HU", "supports"), stance("UA", "opposes")],
        plan=VictoryPlan(presented_by="Mark Rutte", presented_on=dt.date(2024, 10, 17),
                         points=[PlanPoint(summary="Restore the energy grid")]))
    m = metrics_of(ws.run("run", [pred]), ws.gold)
    assert m["statements.recall"] == 1.0  # the texts are all there ...
    assert m["statements.speaker_accuracy"] == 0.0  # ... with the wrong speakers
    assert m["statements.kind_accuracy"] == pytest.approx(2 / 3)
    assert m["direct_speaker.precision"] == 0.0 and m["direct_speaker.recall"] == 0.0
    assert m["grounding.rate"] == pytest.approx(2 / 3)  # the quote with no spans
    assert m["stances.position_accuracy"] == 0.0 and m["stances.accuracy"] == 0.0
    assert m["plan_points.precision"] == 0.0
    assert m["plan.presenter_accuracy"] == 0.0 and m["plan.date_accuracy"] == 0.0


def test_partial_overlap(ws: Workspace) -> None:
    pred = extraction("a1", source=ws.article, statements=[
        statement(QUOTE_1, Speaker(name="Smith"), sid="p1"),  # surname only: same speaker
        statement("Julianne Smith said", SMITH, sid="p2"),   # not a gold statement
        statement(PARA, SMITH, "paraphrase", "p3")],
        stances=[stance("UA", "supports"), stance("PL", "supports")],
        plan=VictoryPlan(presented_by="Volodymyr Zelenskyy", presented_on=dt.date(2024, 10, 16),
                         points=[PlanPoint(summary="NATO invitation")]))
    m = metrics_of(ws.run("run", [pred]), ws.gold)
    assert m["statements.precision"] == pytest.approx(2 / 3)
    assert m["statements.recall"] == pytest.approx(2 / 3)
    assert m["direct_speaker.precision"] == 0.5 and m["direct_speaker.recall"] == 0.5
    assert m["stances.country_precision"] == 0.5 and m["stances.country_recall"] == 0.5
    assert m["plan_points.precision"] == 1.0 and m["plan_points.recall"] == 0.5
    assert m["plan.presenter_accuracy"] == 1.0 and m["plan.date_accuracy"] == 1.0


def test_ungrounded_quote_fails_the_grounding_gate(ws: Workspace) -> None:
    wrong = statement(QUOTE_1, SMITH, sid="p1", spans=[(0, 10)])
    pred = ws.run("run", [extraction("a1", source=ws.article, statements=[wrong])])
    gate = ws.thresholds('[default]\n"grounding.rate" = 1.0\n')
    assert eval_command(pred=pred, gold=ws.gold, thresholds=gate, baseline=None, out=None) == 1
    written = json.loads((pred / "eval.json").read_text(encoding="utf-8"))
    assert written["items"]["grounding"]["ungrounded"][0]["text"] == QUOTE_1


def test_article_text_falls_back_to_the_gold_source(ws: Workspace) -> None:
    moved = extraction("a1", source=ws.root / "gone.txt",
                       statements=[statement(QUOTE_1, SMITH, sid="p1")])
    assert metrics_of(ws.run("run", [moved]), ws.gold)["grounding.rate"] == 1.0


def test_thresholds_pick_the_provider_section_and_gate_splits(tmp_path: Path) -> None:
    ws = Workspace(tmp_path, ids=("a1", "d1"), dev=("d1",))
    pred = ws.run("run", [gold_extraction("a1", ws.article), extraction("d1", source=ws.article)],
                  provider="replay")
    result, _ = evaluate(pred, ws.gold)
    assert result["metrics"]["seed"]["statements.f1"] == 1.0
    assert result["metrics"]["dev"]["statements.f1"] == 0.0
    offline_only = ws.thresholds('[offline]\n"dev.statements.f1" = 0.5\n')
    assert eval_command(pred=pred, gold=ws.gold, thresholds=offline_only, baseline=None,
                        out=None) == 0
    replay = ws.thresholds('[replay]\n"seed.statements.f1" = 0.9\n"dev.statements.f1" = 0.5\n')
    assert eval_command(pred=pred, gold=ws.gold, thresholds=replay, baseline=None, out=None) == 1
    checks = json.loads((pred / "eval.json").read_text(encoding="utf-8"))["thresholds"]["checks"]
    assert [(c["key"], c["ok"]) for c in checks] == [("seed.statements.f1", True),
                                                    ("dev.statements.f1", False)]


def test_gate_on_a_metric_not_computed_fails_but_an_absent_split_is_skipped(ws: Workspace) -> None:
    gold_statements = gold_extraction("a1").statements
    ws.write(ws.gold / "briefing.json", _briefing([[s] for s in gold_statements], []))
    pred = ws.run("run", [gold_extraction("a1", ws.article)])  # no briefing.json written
    merge_gate = ws.thresholds('[default]\n"merge.pair_recall" = 0.5\n')
    assert eval_command(pred=pred, gold=ws.gold, thresholds=merge_gate, baseline=None,
                        out=None) == 1
    dev_gate = ws.thresholds('[default]\n"dev.statements.f1" = 0.9\n')  # no dev article here
    assert eval_command(pred=pred, gold=ws.gold, thresholds=dev_gate, baseline=None,
                        out=None) == 0
    checks = json.loads((pred / "eval.json").read_text(encoding="utf-8"))["thresholds"]["checks"]
    assert checks[0]["skipped"] is True


def test_a_third_split_gets_its_own_metrics_column_and_gate(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ws = Workspace(tmp_path, ids=("a1", "d1", "s1"), dev=("d1",), more={"synth": ("s1",)})
    pred = ws.run("run", [gold_extraction("a1", ws.article), gold_extraction("d1", ws.article),
                          extraction("s1", source=ws.article)])
    result, _ = evaluate(pred, ws.gold)
    assert result["splits"] == ["seed", "dev", "synth"]
    assert result["scope"]["synth"] == ["s1"] and result["scope"]["dev"] == ["d1"]
    assert result["metrics"]["synth"]["statements.recall"] == 0.0
    assert result["metrics"]["dev"]["statements.recall"] == 1.0
    assert result["counts"]["synth"]["statements"] == [0, 0, 3]
    assert result["metrics"]["overall"]["statements.recall"] == pytest.approx(2 / 3)
    gate = ws.thresholds('[offline]\n"dev.statements.f1" = 0.9\n"synth.statements.f1" = 0.5\n')
    capsys.readouterr()
    assert eval_command(pred=pred, gold=ws.gold, thresholds=gate, baseline=None, out=None) == 1
    written = json.loads((pred / "eval.json").read_text(encoding="utf-8"))
    checks = {c["key"]: (c["scope"], c["ok"]) for c in written["thresholds"]["checks"]}
    assert checks == {"dev.statements.f1": ("dev", True),
                      "synth.statements.f1": ("synth", False)}
    shown = capsys.readouterr().out
    assert "(1 seed, 1 dev, 1 synth)" in shown
    header = next(line for line in shown.splitlines() if line.strip().startswith("metric"))
    assert header.split()[3:6] == ["seed", "dev", "synth"]
    assert "FAIL synth.statements.f1" in shown


def test_the_table_has_a_column_only_for_splits_the_run_covered(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ws = Workspace(tmp_path, ids=("a1", "s1"), more={"synth": ("s1",)})
    pred = ws.run("run", [extraction("s1", source=ws.article)])
    none = ws.thresholds("")
    assert eval_command(pred=pred, gold=ws.gold, thresholds=none, baseline=None, out=None) == 0
    shown = capsys.readouterr().out
    header = next(line for line in shown.splitlines() if line.strip().startswith("metric"))
    assert "synth" in header.split() and "seed" not in header.split()
    written = json.loads((pred / "eval.json").read_text(encoding="utf-8"))
    assert written["metrics"]["seed"]["statements.f1"] is None  # kept in eval.json, not shown


def test_without_splits_file_seed_and_dev_keys_still_gate(ws: Workspace) -> None:
    ws.splits.unlink()
    pred = ws.run("run", [gold_extraction("a1", ws.article)])
    result, _ = evaluate(pred, ws.gold)
    assert result["splits"] == ["seed", "dev"] and result["scope"]["seed"] == []
    gate = ws.thresholds('[offline]\n"dev.statements.f1" = 0.9\n"statements.f1" = 0.9\n')
    assert eval_command(pred=pred, gold=ws.gold, thresholds=gate, baseline=None, out=None) == 0
    checks = json.loads((pred / "eval.json").read_text(encoding="utf-8"))["thresholds"]["checks"]
    assert [(c["key"], c["skipped"]) for c in checks] == [("dev.statements.f1", True),
                                                         ("statements.f1", False)]


def test_a_threshold_on_an_unknown_split_is_a_config_error(tmp_path: Path) -> None:
    ws = Workspace(tmp_path, ids=("a1", "s1"), more={"synth": ("s1",)})
    pred = ws.run("run", [gold_extraction("a1", ws.article)])
    typo = ws.thresholds('[default]\n"synht.statements.f1" = 0.5\n')
    with pytest.raises(ConfigError, match="unknown split 'synht'"):
        eval_command(pred=pred, gold=ws.gold, thresholds=typo, baseline=None, out=None)


@pytest.mark.parametrize(("body", "message"), [
    ('seed = ["a1"]\nsynth = ["a1"]\n', "in both 'seed' and 'synth'"),
    ('overall = ["a1"]\n', "cannot name a split"),
    ('seed = "a1"\n', "must be a list of article ids"),
])
def test_bad_splits_files_are_config_errors(ws: Workspace, body: str, message: str) -> None:
    ws.splits.write_text(body, encoding="utf-8")
    pred = ws.run("run", [gold_extraction("a1", ws.article)])
    with pytest.raises(ConfigError, match=message):
        evaluate(pred, ws.gold)


@pytest.mark.parametrize("body", ['[default]\n"statements.f2" = 0.5\n',
                                  '[default]\n"statements.f1" = 1.5\n', "[default\n"])
def test_bad_thresholds_are_config_errors(ws: Workspace, body: str) -> None:
    pred = ws.run("run", [gold_extraction("a1", ws.article)])
    with pytest.raises(ConfigError, match="thresholds"):
        eval_command(pred=pred, gold=ws.gold, thresholds=ws.thresholds(body), baseline=None,
                     out=None)


def test_missing_or_invalid_inputs_are_config_errors(ws: Workspace) -> None:
    with pytest.raises(ConfigError, match="prediction folder not found"):
        evaluate(ws.root / "nope", ws.gold)
    (ws.root / "bare").mkdir()
    with pytest.raises(ConfigError, match="no articles/"):
        evaluate(ws.root / "bare", ws.gold)
    pred = ws.run("run", [gold_extraction("a1", ws.article)])
    with pytest.raises(ConfigError, match="gold folder not found"):
        evaluate(pred, ws.root / "nogold")
    (pred / "articles" / "a1.json").write_text('{"article": {}}', encoding="utf-8")
    with pytest.raises(ConfigError, match="not a valid ArticleExtraction"):
        evaluate(pred, ws.gold)
    other = ws.run("other", [extraction("zz", source=ws.article)])
    with pytest.raises(ConfigError, match="none of the 1 gold articles"):
        evaluate(other, ws.gold)


def test_baseline_lists_gained_and_lost_items(
    ws: Workspace, capsys: pytest.CaptureFixture[str]
) -> None:
    first = ws.run("first", [extraction("a1", source=ws.article, statements=[
        statement(QUOTE_1, SMITH, sid="p1")], stances=[stance("HU", "opposes")])])
    eval_command(pred=first, gold=ws.gold, thresholds=None, baseline=None, out=None)
    second = ws.run("second", [extraction("a1", source=ws.article, statements=[
        statement(QUOTE_2, RUTTE, sid="p1")], stances=[stance("HU", "opposes"),
                                                       stance("UA", "supports")])])
    eval_command(pred=second, gold=ws.gold, thresholds=None, baseline=first / "eval.json",
                 out=None)
    result = json.loads((second / "eval.json").read_text(encoding="utf-8"))
    quotes = result["baseline"]["items"]["direct_speaker"]
    assert [k.split(" | ")[2] for k in quotes["gained"]] == [QUOTE_2]
    assert [k.split(" | ")[2] for k in quotes["lost"]] == [QUOTE_1]
    assert result["baseline"]["items"]["stances"] == {"gained": ["a1 | UA"], "lost": [],
                                                      "new_spurious": []}
    shown = capsys.readouterr().out
    assert "Δ" in shown and "+0.50" in shown  # stances.country_recall 0.5 → 1.0
    assert f"+ a1 | Mark Rutte | {QUOTE_2}" in shown
    assert f"- a1 | Julianne Smith | {QUOTE_1[:30]}" in shown


def _briefing(groups: list[list[Statement]], conflicts: list[Conflict]) -> Briefing:
    return Briefing(articles=[ArticleMeta(id="a1"), ArticleMeta(id="a2")], conflicts=conflicts,
                    statements=[MergedStatement(
                        id=f"m{n}", speaker=group[0].speaker, text=group[0].text, kind="direct",
                        sources=[SourceRef(article_id=s.article_id, text=s.text, spans=s.spans)
                                 for s in group]) for n, group in enumerate(groups)])


def test_merge_pairs_and_conflicts(tmp_path: Path) -> None:
    ws = Workspace(tmp_path, ids=("a1", "a2"))
    a1 = gold_extraction("a1").statements
    a2 = gold_extraction("a2").statements
    gold_conflict = Conflict(kind="plan_points", description="lists differ", sources=[
        ConflictSource(article_id="a1", says="x"), ConflictSource(article_id="a2", says="y")])
    ws.write(ws.gold / "briefing.json",
             _briefing([[a1[0], a2[0]], [a1[1], a2[1]], [a1[2]], [a2[2]]], [gold_conflict]))
    preds = [gold_extraction("a1", ws.article), gold_extraction("a2", ws.article)]
    pred = ws.run("run", preds)
    lumped = _briefing([[a1[0], a2[0], a1[1]], [a2[1]]], [gold_conflict.model_copy(
        update={"kind": "Plan points"})])
    ws.write(pred / "briefing.json", lumped)
    m = metrics_of(pred, ws.gold)
    assert m["merge.pair_precision"] == pytest.approx(1 / 3)
    assert m["merge.pair_recall"] == 0.5
    assert m["merge.conflicts_reported"] == 1.0
    ws.write(pred / "briefing.json", _briefing([[a1[0]], [a2[0]]], []))
    m = metrics_of(pred, ws.gold)
    assert m["merge.pair_precision"] == 0.0 and m["merge.pair_recall"] == 0.0
    assert m["merge.conflicts_reported"] == 0.0


def test_names_and_speakers() -> None:
    assert names_match("Zelenskyy", "Volodymyr Zelensky")
    assert names_match("Volodymyr Zelenskiy", "Volodymyr Zelensky")
    assert names_match("Viktor Orban", "Viktor Orbán") and names_match("Smith", "Julianne Smith")
    assert not names_match("Joe Smith", "Julianne Smith") and not names_match("Joe Biden", None)
    official = Speaker(role="NATO official", affiliation="NATO")
    assert same_speaker(Speaker(affiliation="NATO"), official)
    assert same_speaker(Speaker(name="NATO"), official)
    assert not same_speaker(Speaker(), official)  # no attribution at all
    assert not same_speaker(Speaker(name="Mark Rutte"), official)
    assert not same_speaker(Speaker(affiliation="White House"), official)


def test_text_similarity_scales_with_length() -> None:
    sentence = "He stressed that a formal invitation to NATO is critical to Ukraine's strategy"
    assert text_similarity("“fundamental,”", "fundamental") == 100
    assert text_similarity("a formal invitation to NATO is critical", sentence) >= 80
    assert text_similarity("NATO", sentence) < 80
    assert text_similarity("Ukraine said that the war goes on and on", sentence) < 80


def test_cli_eval_exit_codes(ws: Workspace) -> None:
    from typer.testing import CliRunner

    from summarizer.cli import app

    gate = ws.thresholds('[offline]\n"statements.recall" = 1.0\n')
    good = ws.run("good", [gold_extraction("a1", ws.article)])
    bad = ws.run("bad", [extraction("a1", source=ws.article)])
    runner = CliRunner()
    args = ["eval", "--gold", str(ws.gold), "--thresholds", str(gate), "--pred"]
    passed = runner.invoke(app, [*args, str(good)])
    assert passed.exit_code == 0, passed.output
    assert "statements.recall" in passed.output and "thresholds met" in passed.output
    failed = runner.invoke(app, [*args, str(bad)])
    assert failed.exit_code == 1 and "FAIL statements.recall" in failed.output
