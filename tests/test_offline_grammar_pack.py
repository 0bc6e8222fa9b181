"""Closed word classes that lived in code (listeners, finite verbs, auxiliaries, clause words)
are data (grammar.toml, typed): the rules read the active language's, never a copy in code."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from summarizer.extract.offline.language import Language, english
from summarizer.extract.offline.pack_base import PackError
from summarizer.extract.offline.rules import extract_article
from summarizer.load import Article
from summarizer.schemas import DEFAULT_QUESTION, ArticleMeta

DATA = Path(__file__).resolve().parents[1] / "summarizer" / "data" / "offline"

# Invented articles.
TOLD = ("Kyiv, Monday.\n\nAnna Kovalenko, the deputy foreign minister, told reporters:\n\n"
        "\"We will not wait forever for an invitation.\"\n")
NOTED = ("Kyiv, Monday.\n\nBoris Petrenko noted the allies are slow to decide.\n\n"
         "Anna Kovalenko said the allies are slow to decide on the invitation.\n")


def _speakers(text: str, language: Language | None = None) -> list[tuple[str | None, str]]:
    found = extract_article(Article(ArticleMeta(id="grammar"), text), DEFAULT_QUESTION,
                            language=language)
    return [(s.speaker.name, s.kind) for s in found.statements]


def _with(section: str, **words: frozenset[str]) -> Language:
    grammar = english().grammar
    changed = getattr(grammar, section).model_copy(update=words)
    return english().replace(name=f"en-{section}",
                             grammar=grammar.model_copy(update={section: changed}))


def test_a_listener_before_a_closing_colon_is_read_from_the_pack() -> None:
    assert _speakers(TOLD) == [("Anna Kovalenko", "direct")]
    # Without `reporters` as a listener (nor `told` as a verb of telling, whose object is
    # always a listener), `told reporters:` no longer introduces the quote.
    assert _speakers(TOLD, _with("colon", listeners=frozenset({"us"}))) == [
        ("Anna Kovalenko", "direct")]
    assert _speakers(TOLD, _with("colon", listeners=frozenset({"us"}),
                                 telling=frozenset())) == []


def test_the_finite_verbs_of_a_content_clause_are_read_from_the_pack() -> None:
    both = [("Boris Petrenko", "paraphrase"), ("Anna Kovalenko", "paraphrase")]
    assert _speakers(NOTED) == both
    # `noted` needs a finite verb after it (`are`); `said` does not (it always reports).
    assert _speakers(NOTED, _with("paraphrase", finite=frozenset({"was"}))) == both[1:]


def test_a_grammar_file_without_a_section_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "offline"
    shutil.copytree(DATA, folder)
    path = folder / "grammar.toml"
    path.write_text(path.read_text("utf-8").replace("[tags]", "[tag]"), "utf-8")
    with pytest.raises(PackError, match=r"grammar\.toml.*tags: Field required"):
        Language.load(folder, "broken")
