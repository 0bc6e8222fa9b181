"""The offline extractor's language data as typed packs: every data file validated when loaded,
a broken or mistyped file refused with an error naming the file and the field."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import summarizer.extract.offline as offline_module
from summarizer.errors import ConfigError
from summarizer.extract.base import ProviderSettings
from summarizer.extract.offline.language import Language, english, language, pack_names
from summarizer.extract.offline.pack_base import PackError
from summarizer.extract.offline.packs import StancePack, TitlesPack

DATA = Path(__file__).resolve().parents[1] / "summarizer" / "data" / "offline"


def _data_copy(tmp_path: Path, name: str, old: str, new: str) -> Path:
    """A copy of the data folder with one edit in one file."""
    folder = tmp_path / "offline"
    shutil.copytree(DATA, folder)
    text = (folder / name).read_text(encoding="utf-8")
    assert old in text
    (folder / name).write_text(text.replace(old, new, 1), encoding="utf-8")
    return folder


def test_every_data_file_is_one_pack_of_the_language() -> None:
    toml_stems = {path.stem for path in DATA.glob("*.toml")}
    assert set(pack_names()) == toml_stems


def test_shipped_packs_load_once_and_are_the_active_language() -> None:
    lang = english()
    assert english() is lang
    assert language() is lang
    assert "said" in lang.speech.all_verbs and language().speech.all_verbs is lang.speech.all_verbs
    assert lang.stance.negation.window >= 1
    assert lang.people.by_spelling["Zelenskyy"].name == "Volodymyr Zelensky"
    assert lang.geo.countries["Ukraine"] == "UA"
    assert lang.geo.geo_code("Ukrainian") == "UA" and lang.geo.geo_code("Atlantis") is None


def test_a_mistyped_value_names_the_file_and_the_field(tmp_path: Path) -> None:
    folder = _data_copy(tmp_path, "stance.toml", "window = 4", 'window = "four"')
    with pytest.raises(PackError, match=r"stance\.toml.*negation\.window"):
        Language.load(folder, "broken")


def test_a_broken_data_file_stops_the_offline_provider_before_any_work(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _data_copy(tmp_path, "stance.toml", "window = 4", 'window = "four"')
    monkeypatch.setattr(offline_module, "english", lambda: Language.load(folder, "broken"))
    with pytest.raises(ConfigError, match=r"stance\.toml.*negation\.window"):
        offline_module.OfflineExtractor(ProviderSettings(provider="offline"))


def test_a_misspelt_section_is_refused_not_ignored(tmp_path: Path) -> None:
    folder = _data_copy(tmp_path, "speech.toml", "[adverbs]", "[adverb]")
    with pytest.raises(PackError, match=r"speech\.toml.*adverb: Extra inputs"):
        Language.load(folder, "broken")


def test_a_missing_field_is_named(tmp_path: Path) -> None:
    folder = _data_copy(tmp_path, "titles.toml", "[particles]", "[particles_gone]")
    with pytest.raises(PackError, match=r"titles\.toml.*particles: Field required"):
        Language.load(folder, "broken")


def test_a_bad_value_inside_a_list_of_tables_is_located(tmp_path: Path) -> None:
    folder = _data_copy(tmp_path, "people.toml", 'gender = "f"', 'gender = "female"')
    with pytest.raises(PackError, match=r"people\.toml.*person\.\d+\.gender"):
        Language.load(folder, "broken")


def test_a_pattern_that_does_not_compile_is_refused(tmp_path: Path) -> None:
    folder = _data_copy(tmp_path, "boilerplate.toml", "box = ['^(summary", "box = ['^((summary")
    with pytest.raises(PackError, match=r"boilerplate\.toml.*patterns\.box.*not a regular"):
        Language.load(folder, "broken")


def test_a_negation_flip_to_no_position_is_refused(tmp_path: Path) -> None:
    folder = _data_copy(tmp_path, "stance.toml", 'supports = ["opposes", "hesitant"]',
                        'supports = ["opposed", "hesitant"]')
    with pytest.raises(PackError, match=r"stance\.toml.*negation\.flip.*opposed"):
        Language.load(folder, "broken")


def test_a_file_that_is_not_toml_names_the_file(tmp_path: Path) -> None:
    folder = _data_copy(tmp_path, "text.toml", "[bullets]", "[bullets")
    with pytest.raises(PackError, match=r"text\.toml"):
        Language.load(folder, "broken")


def test_a_copy_with_changed_words_derives_its_own_lookups() -> None:
    titles = english().titles
    original = titles.role_tokens  # computed on the original first
    copy = titles.model_copy(update={"roles": {"words": ["grand vizier"]}})
    assert isinstance(copy, TitlesPack)
    assert copy.role_tokens == frozenset({"grand", "vizier"})
    assert titles.role_tokens is original and "vizier" not in original


def test_a_near_miss_valid_edit_loads(tmp_path: Path) -> None:
    """The checks refuse what is wrong, not what is merely different."""
    folder = _data_copy(tmp_path, "stance.toml", "window = 4", "window = 5")
    lang = Language.load(folder, "edited")
    assert isinstance(lang.stance, StancePack)
    assert lang.stance.negation.window == 5
    assert english().stance.negation.window == 4
