"""The closed word classes of the clause, noun-phrase, source, speaker and aim rules
(grammar.toml) and the month and day names (dates.toml) are typed packs of the language:
validated when loaded (a broken file names the file and the field, and stops a run with exit 2),
read from the active language, and hashed into the rules version."""

from __future__ import annotations

import datetime as dt
import shutil
import sys
from pathlib import Path

import pytest

import summarizer.extract.offline as offline_module
from summarizer import cli
from summarizer.extract.offline import pack_base
from summarizer.extract.offline.dates import find_date
from summarizer.extract.offline.language import Language, english, speaking
from summarizer.extract.offline.pack_base import PackError
from summarizer.extract.offline.version import rules_digest

PACKAGE = Path(__file__).resolve().parents[1] / "summarizer"
DATA = PACKAGE / "data" / "offline"


def _data_copy(tmp_path: Path, name: str, old: str, new: str) -> Path:
    """A copy of the data folder with one edit in one file."""
    folder = tmp_path / "offline"
    shutil.copytree(DATA, folder)
    text = (folder / name).read_text(encoding="utf-8")
    assert old in text
    (folder / name).write_text(text.replace(old, new, 1), encoding="utf-8")
    return folder


def test_an_empty_closed_word_class_is_refused(tmp_path: Path) -> None:
    folder = _data_copy(tmp_path, "grammar.toml", 'locating = ["in", "at"]', "locating = []")
    with pytest.raises(PackError, match=r"grammar\.toml.*clauses\.locating: .*at least 1"):
        Language.load(folder, "broken")


def test_a_pronoun_of_no_known_kind_is_named(tmp_path: Path) -> None:
    folder = _data_copy(tmp_path, "grammar.toml", 'she = "f"', 'she = "female"')
    with pytest.raises(PackError, match=r"grammar\.toml.*noun_phrases\.pronouns\.she"):
        Language.load(folder, "broken")


def test_a_missing_grammar_section_is_named(tmp_path: Path) -> None:
    folder = _data_copy(tmp_path, "grammar.toml", "[aims]", "[aim]")
    with pytest.raises(PackError, match=r"grammar\.toml.*aims: Field required"):
        Language.load(folder, "broken")


def test_an_empty_list_of_plan_words_is_named(tmp_path: Path) -> None:
    folder = _data_copy(tmp_path, "plan.toml", 'parliament_words = ["parliament", "rada"]',
                        "parliament_words = []")
    with pytest.raises(PackError, match=r"plan\.toml.*plan_words\.parliament_words"):
        Language.load(folder, "broken")


def test_a_month_number_out_of_range_is_named(tmp_path: Path) -> None:
    folder = _data_copy(tmp_path, "dates.toml", "sept = 9", "sept = 19")
    with pytest.raises(PackError, match=r"dates\.toml.*months\.sept"):
        Language.load(folder, "broken")


def test_a_week_without_seven_days_is_refused(tmp_path: Path) -> None:
    folder = _data_copy(tmp_path, "dates.toml", ', "sunday"]', "]")
    with pytest.raises(PackError, match=r"dates\.toml.*days\.weekdays"):
        Language.load(folder, "broken")


def test_a_broken_date_file_stops_the_run_with_exit_2_naming_file_and_field(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _data_copy(tmp_path, "dates.toml", "may = 5", 'may = "five"')
    monkeypatch.setattr(offline_module, "english", lambda: Language.load(folder, "broken"))
    articles = tmp_path / "in"
    articles.mkdir()
    (articles / "a.txt").write_text("Kyiv said on Monday it would wait.\n", encoding="utf-8")
    monkeypatch.setattr(sys, "argv", ["summarizer", "run", str(articles), "--out",
                                      str(tmp_path / "out"), "--provider", "offline", "-q"])
    with pytest.raises(SystemExit) as stopped:
        cli.main()
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert "dates.toml" in err and "months.may" in err and "Traceback" not in err


def test_a_language_reads_its_own_month_names(tmp_path: Path) -> None:
    """A near miss of the checks above: a valid edit loads, and the date rules of that
    language (and only of it) read the new name."""
    folder = _data_copy(tmp_path, "dates.toml", "sept = 9", "sept = 9\nokt = 10")
    other = Language.load(folder, "en-okt")
    text = "The talks ended on 12 Okt 2024 in Brussels."
    published = dt.date(2024, 10, 20)
    assert find_date(text, 0, len(text), published, None) is None
    with speaking(other):
        assert find_date(text, 0, len(text), published, None) == dt.date(2024, 10, 12)
    assert find_date(text, 0, len(text), published, None) is None
    assert "okt" not in english().dates.months


def test_the_new_data_files_are_part_of_the_rules_version(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    shipped = rules_digest(data=data)
    dates = data / "dates.toml"
    dates.write_text(dates.read_text("utf-8").replace("sept = 9", "sept = 9\nokt = 10"), "utf-8")
    edited = rules_digest(data=data)
    assert edited != shipped
    grammar = data / "grammar.toml"
    grammar.write_text(grammar.read_text("utf-8").replace('locating = ["in", "at"]',
                                                          'locating = ["in", "at", "near"]'),
                       "utf-8")
    assert rules_digest(data=data) not in (shipped, edited)


def test_a_broken_pack_stops_a_merge_with_exit_2_naming_file_and_field(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # The merger reads country names from the packs whichever provider extracted, so `merge`
    # over finished extractions checks them too.
    articles, out = tmp_path / "in", tmp_path / "out"
    articles.mkdir()
    (articles / "a.txt").write_text('Kyiv said: "We want an invitation."\n', encoding="utf-8")
    monkeypatch.setattr(sys, "argv", ["summarizer", "run", str(articles), "--out", str(out),
                                      "--provider", "offline", "-q"])
    with pytest.raises(SystemExit) as ran:
        cli.main()
    assert ran.value.code == 0
    capsys.readouterr()
    # The shipped folder itself broken (as after a bad edit of an installed package): every
    # reader of the packs, not just the extractor, sees it.
    folder = _data_copy(tmp_path, "dates.toml", "may = 5", 'may = "five"')
    monkeypatch.setattr(pack_base, "DATA_DIR", folder)
    english.cache_clear()
    monkeypatch.setattr(sys, "argv", ["summarizer", "merge", str(out)])
    try:
        with pytest.raises(SystemExit) as merged:
            cli.main()
    finally:
        english.cache_clear()
    assert merged.value.code == 2
    err = capsys.readouterr().err
    assert "dates.toml" in err and "months.may" in err and "Traceback" not in err
