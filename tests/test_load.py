from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from conftest import DEV_DIR, SEED_DIR

from summarizer.load import Article, LoadFailure, load_articles


def _one(path: Path) -> Article | LoadFailure:
    results = load_articles([str(path)])
    assert len(results) == 1
    return results[0]


def test_seed_folder_loads_five_articles_with_manifest_metadata() -> None:
    articles = [a for a in load_articles([str(SEED_DIR)]) if isinstance(a, Article)]
    assert [a.id for a in articles] == sorted(p.stem for p in SEED_DIR.glob("*.txt"))
    by_id = {a.id: a for a in articles}
    assert by_id["001_d685ded93991494f"].meta.outlet == "The Kyiv Independent"
    assert by_id["003_5fab07fc7baa96ec"].meta.published == dt.date(2024, 10, 17)
    assert by_id["000_93e9d3437e0608df"].meta.published is None
    # Text is kept exactly as captured, boilerplate included.
    assert "Advertisement" in by_id["000_93e9d3437e0608df"].text


def test_a_folders_readme_is_not_an_article_unless_named(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Ministers met on Tuesday.\n", encoding="utf-8")
    (tmp_path / "README.md").write_text("These files are test articles.\n", encoding="utf-8")
    (tmp_path / "readme.txt").write_text("So are these.\n", encoding="utf-8")
    for given in (tmp_path, tmp_path / "*"):
        assert [a.id for a in load_articles([str(given)]) if isinstance(a, Article)] == ["a"]
    named = _one(tmp_path / "README.md")
    assert isinstance(named, Article) and named.id == "README"


def test_dev_header_becomes_metadata_and_offsets_keep_the_whole_file() -> None:
    path = DEV_DIR / "02_politico-eu-nato-qualified-support-victory-plan.txt"
    article = _one(path)
    assert isinstance(article, Article)
    assert article.meta.outlet == "POLITICO Europe"
    assert (
        article.meta.title == "EU and NATO offer Zelenskyy qualified support for his victory plan"
    )
    assert article.meta.url and article.meta.url.startswith("https://politico.eu/")
    assert article.meta.published == dt.date(2024, 10, 18)
    assert article.text == path.read_text(encoding="utf-8")
    assert article.body.startswith("BRUSSELS")


def test_unknown_header_date_is_null(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("source: Some Outlet\ndate: unknown\n\nBody text here.", encoding="utf-8")
    article = _one(path)
    assert isinstance(article, Article) and article.meta.published is None


def test_missing_empty_binary_and_unsupported_inputs_fail_with_the_file_named(
    tmp_path: Path,
) -> None:
    (tmp_path / "empty.txt").write_text("   \n\t ", encoding="utf-8")
    (tmp_path / "blob.txt").write_bytes(b"\x00\x01\x02binary\x00")
    (tmp_path / "x.pdf").write_bytes(b"%PDF")
    results = load_articles(
        [
            str(tmp_path / "missing.txt"),
            str(tmp_path / "empty.txt"),
            str(tmp_path / "blob.txt"),
            str(tmp_path / "x.pdf"),
            str(tmp_path / "*.nothing"),
        ]
    )
    assert all(isinstance(r, LoadFailure) for r in results)
    reasons = {Path(r.source).name: r.reason for r in results if isinstance(r, LoadFailure)}
    assert "no such file" in reasons["missing.txt"]
    assert "empty" in reasons["empty.txt"]
    assert "binary" in reasons["blob.txt"]
    assert "unsupported" in reasons["x.pdf"]
    assert "no supported files" in reasons["*.nothing"]


def test_latin1_and_utf16_are_decoded(tmp_path: Path) -> None:
    (tmp_path / "latin.txt").write_bytes("Caf\u00e9 au lait, said M\u00fcller.".encode("latin-1"))
    (tmp_path / "wide.txt").write_bytes("“Quoted”, she said.".encode("utf-16"))
    latin, wide = load_articles([str(tmp_path / "latin.txt"), str(tmp_path / "wide.txt")])
    assert isinstance(latin, Article) and "Müller" in latin.text and latin.warnings
    assert isinstance(wide, Article) and wide.text.startswith("“Quoted”")


def test_jsonl_lines_become_articles_and_a_bad_line_fails_alone(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_text(
        "\n".join(
            [
                json.dumps(
                    {
                        "id": "a1",
                        "text": "First article.",
                        "title": "One",
                        "published": "2024-10-16",
                    }
                ),
                "{not json",
                json.dumps({"text": "Second article."}),
                json.dumps({"title": "no text"}),
            ]
        ),
        encoding="utf-8",
    )
    results = load_articles([str(path)])
    assert [type(r).__name__ for r in results] == [
        "Article",
        "LoadFailure",
        "Article",
        "LoadFailure",
    ]
    first, bad, second, notext = results
    assert isinstance(first, Article) and first.id == "a1"
    assert first.meta.published == dt.date(2024, 10, 16)
    assert isinstance(bad, LoadFailure) and bad.source.endswith("batch.jsonl:2")
    assert isinstance(second, Article) and second.id == "batch-3"
    assert isinstance(notext, LoadFailure) and "text" in notext.reason


def test_html_main_text_is_extracted_without_scripts(tmp_path: Path) -> None:
    body = " ".join(["The alliance said it would keep talking with Kyiv."] * 8)
    (tmp_path / "page.html").write_text(
        "<html><head><title>NATO answer</title><script>alert('x')</script></head><body>"
        "<nav><a href='/'>Home</a><a href='/news'>News</a></nav>"
        f"<article><h1>NATO answer</h1><p>{body}</p><p>“We are not there yet,” she said.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    article = _one(tmp_path / "page.html")
    assert isinstance(article, Article)
    assert "alert(" not in article.text and "We are not there yet" in article.text


def test_duplicate_ids_are_made_unique(tmp_path: Path) -> None:
    for sub in ("a", "b"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "story.txt").write_text(f"Story {sub}.", encoding="utf-8")
    ids = [r.id for r in load_articles([str(tmp_path)]) if isinstance(r, Article)]
    assert ids == ["story", "story-2"]


def test_a_parser_crash_fails_only_that_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import summarizer.load as load

    (tmp_path / "a.html").write_text("<p>x</p>", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Fine text.", encoding="utf-8")

    def broken(*args: object) -> None:
        raise ImportError("lxml.html.clean module is now a separate project")

    monkeypatch.setattr(load, "_from_html", broken)
    failure, article = load_articles([str(tmp_path / "a.html"), str(tmp_path / "b.txt")])
    assert isinstance(failure, LoadFailure) and "ImportError" in failure.reason
    assert isinstance(article, Article)
