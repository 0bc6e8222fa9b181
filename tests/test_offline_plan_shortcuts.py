"""The plan reader's shortcuts: tests of a whole article that let a form go untried in its
sentences. Each must never skip a sentence in which the form would match (the outputs are the
same with or without them)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.extract.offline import document, plan, point_asks, point_forms
from summarizer.extract.offline.language import speaking
from summarizer.extract.offline.plan_patterns import finditer, finditer_in, in_article, lowered
from summarizer.extract.offline.points import adverbs
from summarizer.extract.offline.prefilter import Filtered
from summarizer.load import Article
from summarizer.schemas import ArticleMeta

# Pieces of the forms the shortcuts guard, with near misses and odd characters (İ, ſ: letters
# that case-insensitive matching folds to ASCII ones).
PIECES = ["Among its demands: ", "among its demands are ", "The document envisages ",
          "the strategy calls for ", "Verkhovna Rada", "parliament", "The plan", "victory plan",
          " first, ", "First, ", "FIRSTLY, ", "second, ", "finally, ", " ſecond, ", "İts ",
          "invitation to join NATO", "air defence", ". ", "; ", ", ", "\n\n", " and ", "x"]


def _doc(text: str) -> document.Doc:
    return document.build(Article(ArticleMeta(id="t"), text, 0))


def _forms() -> list[Filtered]:
    return [point_asks._forms()["among"], point_asks._forms()["synonym"], plan._parliament(),
            *point_forms._forms().values()]


@settings(deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=30))
def test_a_form_missing_from_the_article_matches_in_no_sentence(pieces: list[str]) -> None:
    doc = _doc("".join(pieces))
    with speaking(None):
        for form in _forms():
            if in_article(doc, form):
                continue
            for sentence in doc.sentences:
                assert not list(form.finditer(doc.text, sentence.start, sentence.end))
                assert form.search(doc.text[sentence.start : sentence.end]) is None


@settings(deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=30))
def test_no_adverb_series_without_first(pieces: list[str]) -> None:
    doc = _doc("".join(pieces))
    with speaking(None):
        anchored = {s.start for s in doc.sentences}
        got = adverbs(doc, doc.sentences, anchored)
        if "first" not in lowered(doc)[0]:
            assert got == []


def test_an_adverb_series_in_capitals_is_still_read() -> None:
    doc = _doc("The plan asks allies, FIRST, to invite Ukraine; SECOND, to lift limits.")
    with speaking(None):
        got = adverbs(doc, doc.sentences, {doc.sentences[0].start})
    assert [p[1] for p in got] == ["to invite Ukraine", "to lift limits"]


@settings(deadline=None)
@given(st.lists(st.sampled_from([*PIECES, "third element", "Third Element ", "ſixth pillar",
                                 "the second component"]), min_size=1, max_size=30),
       st.integers(0, 400), st.integers(0, 400))
def test_a_search_by_the_articles_lower_cased_text_finds_the_same(
        pieces: list[str], start: int, end: int) -> None:
    doc = _doc("".join(pieces))
    start, end = min(start, len(doc.text)), min(max(start, end), len(doc.text))
    with speaking(None):
        for key in ("ordinal_part", "ordinal", "named", "count", "annexes", "one_of", "plan"):
            got = [m.span() for m in finditer_in(doc, key, start, end)]
            assert got == [m.span() for m in finditer(key, doc.text, start, end)]


def test_the_count_starts_on_the_line_of_the_first_point_with_the_body_lowered_once() -> None:
    for text in ("No count.\nIt has 5 POINTS.\nMore points.", "İ: a folding character, 5 "
                 "points.", "Nothing here.\nThe plan has ten points."):
        doc = _doc(text)
        body = plan._body(doc)
        with speaking(None):
            assert plan._point_count_start(body, plan._lowered_body(doc)) == (
                plan._point_count_start(body))


COUNT_PIECES = ["five", "Five", "FIVE", "twenty", "ten", "12", "٣", "123456789012345678", "-",
                " ", "\n", "points", "Points", "point", "pointed", "public ", "main ", "key ",
                "x", "The plan has ", "İ", "ſ", ".", "five-point plan"]


@settings(deadline=None)
@given(st.lists(st.sampled_from(COUNT_PIECES), min_size=1, max_size=40))
def test_the_count_read_near_each_point_is_the_first_count(pieces: list[str]) -> None:
    doc = _doc("Intro line.\n" + "".join(pieces))
    body = plan._body(doc)
    with speaking(None):
        whole = plan._count(plan.patterns()["count"], body)
        assert plan._point_count(body, plan._lowered_body(doc)) == whole
        assert plan._point_count(body, None) == whole
