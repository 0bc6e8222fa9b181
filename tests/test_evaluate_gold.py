"""The hand-labelled gold: valid, verified, complete, in sync with its spec, self-consistent."""

from __future__ import annotations

import importlib.util
import json
import shutil
import sys
import tomllib
from pathlib import Path
from types import ModuleType

import pytest

from summarizer.evaluate import evaluate
from summarizer.ground import spans_match
from summarizer.load import Article, load_articles
from summarizer.schemas import ArticleExtraction, Briefing

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "evals" / "gold"
SPLITS = tomllib.loads((ROOT / "evals" / "splits.toml").read_text(encoding="utf-8"))
FOLDERS = {"seed": ROOT / "fixtures" / "articles", "dev": ROOT / "fixtures" / "articles-dev",
           "synth": ROOT / "fixtures" / "articles-synth",
           "synth2": ROOT / "fixtures" / "articles-synth2",
           "synth3": ROOT / "fixtures" / "articles-synth3"}
GOLD_IDS = sorted(p.stem for p in GOLD.glob("*.json") if p.name != "briefing.json")


def _make_gold() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_gold", ROOT / "evals/tools/make_gold.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_gold"] = module
    spec.loader.exec_module(module)
    return module


def _gold(article_id: str) -> ArticleExtraction:
    return ArticleExtraction.model_validate_json((GOLD / f"{article_id}.json").read_bytes())


def _text(gold: ArticleExtraction) -> str:
    assert gold.article.source_path
    loaded = load_articles([str(ROOT / gold.article.source_path)])
    assert isinstance(loaded[0], Article)
    return loaded[0].text


def test_every_fixture_article_has_gold_and_a_split() -> None:
    assert list(SPLITS) == list(FOLDERS)  # every split has its fixture folder
    for split, folder in FOLDERS.items():
        stems = sorted(p.stem for p in folder.glob("*.txt"))
        assert stems == sorted(SPLITS[split]), split
    assert sorted(i for ids in SPLITS.values() for i in ids) == GOLD_IDS


def test_synth_articles_say_they_are_invented() -> None:
    # The synth splits are written for this project: each file must say so in its own header.
    synth = ("synth", "synth2", "synth3")
    for path in sorted(p for name in synth for p in FOLDERS[name].glob("*.txt")):
        loaded = load_articles([str(path)])
        assert isinstance(loaded[0], Article), path
        header = loaded[0].text[: loaded[0].body_start]
        assert header.startswith("source: synthetic (written for summarizer's tests)"), path
        assert "invented" in header, path


@pytest.mark.parametrize("article_id", GOLD_IDS)
def test_gold_validates_and_every_span_verifies(article_id: str) -> None:
    gold = _gold(article_id)
    assert gold.article.id == article_id
    assert (gold.diagnostics.provider, gold.diagnostics.model) == ("gold", "human")
    text = _text(gold)
    assert len({s.id for s in gold.statements}) == len(gold.statements)
    for statement in gold.statements:
        assert statement.article_id == article_id
        assert spans_match(statement.text, text, list(statement.spans)), statement.text
    evidence = [e for s in gold.stances for e in s.evidence]
    evidence += [e for p in (gold.plan.points if gold.plan else []) for e in p.evidence]
    for item in evidence:
        assert spans_match(item.text, text, list(item.spans)), item.text
    assert len({s.country for s in gold.stances}) == len(gold.stances)


def test_gold_json_is_in_sync_with_the_hand_written_spec() -> None:
    built = _make_gold().build_all()
    on_disk = {p.name: p.read_text(encoding="utf-8") for p in GOLD.glob("*.json")}
    assert built == on_disk, "run: .venv/bin/python evals/tools/make_gold.py"


def test_speaker_names_are_canonical() -> None:
    speakers = tomllib.loads((GOLD / "src" / "speakers.toml").read_text(encoding="utf-8"))
    canonical = {s["name"] for s in speakers.values() if "name" in s}
    for article_id in GOLD_IDS:
        names = {s.speaker.name for s in _gold(article_id).statements if s.speaker.name}
        assert names <= canonical, (article_id, names - canonical)


def test_briefing_sources_are_the_per_article_gold_statements() -> None:
    briefing = Briefing.model_validate_json((GOLD / "briefing.json").read_bytes())
    assert sorted(a.id for a in briefing.articles) == sorted(SPLITS["seed"])
    wanted = {(a, tuple(s.spans), s.text) for a in SPLITS["seed"] for s in _gold(a).statements}
    sources = [(r.article_id, tuple(r.spans), r.text) for m in briefing.statements
               for r in m.sources]
    assert sorted(sources) == sorted(wanted)  # each gold statement in exactly one cluster
    smith = [m for m in briefing.statements if m.speaker.name == "Julianne Smith"
             and {r.article_id[:3] for r in m.sources} == {"000", "001", "002"}]
    assert len(smith) == 1  # her 16 Oct remarks: one utterance, three outlets
    assert {c.kind for c in briefing.conflicts} >= {"plan_points"}


def test_gold_scored_against_itself_is_perfect(tmp_path: Path) -> None:
    pred = tmp_path / "run"
    (pred / "articles").mkdir(parents=True)
    for article_id in GOLD_IDS:
        shutil.copy(GOLD / f"{article_id}.json", pred / "articles")
    shutil.copy(GOLD / "briefing.json", pred / "briefing.json")
    (pred / "run.json").write_text(json.dumps({"provider": "gold", "articles": GOLD_IDS}))
    result, _ = evaluate(pred, GOLD)
    assert result["splits"] == list(SPLITS)
    assert all(result["scope"][name] == ids for name, ids in SPLITS.items())
    bad = {k: v for k, v in result["metrics"]["overall"].items() if v != 1.0}
    assert not bad
