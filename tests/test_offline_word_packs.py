"""The typed word packs of the stance and plan-point rules: validated when loaded, with an error
naming the file and the problem."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.extract.offline.word_packs import (
    PackError,
    PlanWords,
    ProposalWords,
    StanceScope,
    load_pack,
    plan_words,
    proposal_words,
    stance_scope,
)


def test_shipped_packs_load_and_are_lower_case() -> None:
    scope = stance_scope()
    assert scope.named_groups["Baltics"] == ("EE", "LV", "LT")
    assert all(w == w.lower() for w in scope.general_support.objects)
    assert "prompting" in proposal_words().reactions
    assert "is" in plan_words().copulas


def test_a_missing_section_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "plan.toml"
    path.write_text("[names]\nterms = []\n", encoding="utf-8")
    with pytest.raises(PackError, match=r"plan\.toml.*proposals"):
        load_pack(ProposalWords, path, "proposals")


DATA = Path(__file__).resolve().parents[1] / "summarizer" / "data" / "offline"


def _broken(tmp_path: Path, name: str, old: str, new: str) -> Path:
    text = (DATA / name).read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / name
    path.write_text(text.replace(old, new), encoding="utf-8")
    return path


def test_a_bad_country_code_is_refused(tmp_path: Path) -> None:
    path = _broken(tmp_path, "stance.toml", '"Baltics" = ["EE", "LV", "LT"]',
                   '"Baltics" = ["ee", "LV"]')
    with pytest.raises(PackError, match=r"(?s)stance\.toml.*Baltics"):
        load_pack(StanceScope, path, "scope")


def test_an_empty_list_or_a_number_out_of_range_is_refused(tmp_path: Path) -> None:
    path = _broken(tmp_path, "plan.toml", 'topping = ["tops", "topped", "heads", "headed"]',
                   "topping = []")
    with pytest.raises(PackError, match=r"(?s)plan\.toml.*topping"):
        load_pack(PlanWords, path, "plan_words")
    path = _broken(tmp_path, "plan.toml", "summary_words = 12", "summary_words = 1")
    with pytest.raises(PackError, match=r"(?s)plan\.toml.*summary_words"):
        load_pack(ProposalWords, path, "proposals")


def test_a_file_that_is_not_toml_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "plan.toml"
    path.write_text("[proposals\n", encoding="utf-8")
    with pytest.raises(PackError, match=r"plan\.toml"):
        load_pack(ProposalWords, path, "proposals")
