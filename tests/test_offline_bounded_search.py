"""Searches bounded to a sentence or a window: what the bounds keep and what they cut.

(Speed itself is measured in benchmarks/; these tests check that the bounded forms give the
answers the unbounded ones gave.)"""

from __future__ import annotations

from conftest import extract_text

from summarizer.extract.offline import document
from summarizer.load import Article
from summarizer.schemas import ArticleMeta


def _doc(text: str) -> document.Doc:
    return document.build(Article(ArticleMeta(id="t"), text, 0))


def test_a_run_of_full_stops_ends_a_sentence_once() -> None:
    doc = _doc("He paused...... Then he left. Nothing....... more")
    got = [doc.text[s.start : s.end] for s in doc.sentences]
    assert got == ["He paused......", "Then he left.", "Nothing....... more"]


def test_a_stop_inside_a_quote_does_not_end_the_sentence() -> None:
    doc = _doc("“We wait. We see,” Berg said. Later she left.")
    got = [doc.text[s.start : s.end] for s in doc.sentences]
    assert got == ["“We wait. We see,” Berg said.", "Later she left."]


def test_a_stretch_without_sentence_ends_is_cut_at_spaces() -> None:
    text = "word " * (document.MAX_SENTENCE // 2)
    doc = _doc(text.strip())
    assert len(doc.sentences) > 1
    assert all(s.end - s.start <= document.MAX_SENTENCE for s in doc.sentences)
    assert all(doc.text[s.start] != " " and doc.text[s.end - 1] != " " for s in doc.sentences)


def test_quotes_are_found_by_their_opening_marks() -> None:
    doc = _doc("“A,” she said. “B,” he said. “C.”")
    assert [doc.text[q.start : q.end] for q in doc.quotes_from(1, len(doc.text))] == ["B,", "C."]
    assert doc.quote_before(doc.quotes[1].outer_start) is doc.quotes[0]
    assert doc.quote_before(0) is None
    assert doc.quote_index(doc.quotes[2]) == 2


def test_blank_reads_only_the_given_characters() -> None:
    assert document.blank("ab  \n cd", 2, 6)
    assert not document.blank("ab  x cd", 2, 6)
    assert document.blank("”., ;x", 1, 5, " ,.;")
    assert not document.blank("”., ;x", 1, 6, " ,.;")


def test_many_quotes_in_one_paragraph_keep_their_attributions() -> None:
    text = " ".join(f"“Point {n},” Anna Berg said." for n in range(200))
    direct = [s for s in extract_text(text).statements if s.kind == "direct"]
    assert len(direct) == 200
    assert {s.speaker.name for s in direct} == {"Anna Berg"}


def test_a_pronoun_reaches_back_to_the_nearest_sentence_with_a_person() -> None:
    text = ("Anna Berg met Tom Reed. The talks ran late.\n\n“It went well,” she said.\n\n"
            "Karl Lind spoke next. “It did not,” he said.")
    got = {s.text: s.speaker.name for s in extract_text(text).statements if s.kind == "direct"}
    assert got == {"It went well": "Anna Berg", "It did not": "Karl Lind"}
