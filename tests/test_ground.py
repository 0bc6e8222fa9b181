from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from summarizer.ground import (
    find_evidence,
    find_in_place,
    find_quote,
    normalise,
    spans_match,
    text_at,
)

ARTICLE = (
    "The minister said: “We will not  give up,\nwhatever it takes.” Later she added that "
    "talks—if any—would wait. ‘Peace is far,’ an aide said."
)


def test_offsets_point_into_the_original_text() -> None:
    spans = find_quote('"We will not give up, whatever it takes."', ARTICLE)
    assert spans is not None
    ((start, end),) = spans
    assert ARTICLE[start:end] == "We will not  give up,\nwhatever it takes"


def test_quote_marks_dashes_and_whitespace_are_normalised() -> None:
    assert find_quote("talks-if any-would wait", ARTICLE)
    assert find_quote("'Peace is far,'", ARTICLE)


def test_ellipsis_grounds_each_piece_in_order() -> None:
    spans = find_quote("We will not give up ... it takes", ARTICLE)
    assert spans is not None and len(spans) == 2
    assert text_at(ARTICLE, spans) == "We will not  give up … it takes"
    assert find_quote("it takes … We will not", ARTICLE) is None  # wrong order


def test_invented_or_altered_quote_is_not_grounded() -> None:
    assert find_quote("We will never give up", ARTICLE) is None
    assert find_quote("we will not give up", ARTICLE) is None  # case is part of the words
    assert find_quote("", ARTICLE) is None


def test_evidence_may_match_fuzzily_but_not_loosely() -> None:
    assert find_evidence("Later she added that talks, if any, would wait", ARTICLE)
    assert find_evidence("Earlier he denied that any negotiations would happen", ARTICLE) is None


def test_spans_match_checks_text_at_spans() -> None:
    spans = find_quote("whatever it takes", ARTICLE)
    assert spans and spans_match("whatever it takes", ARTICLE, spans)
    assert not spans_match("whatever it costs", ARTICLE, spans)
    assert not spans_match("whatever it takes", ARTICLE, [(0, 10_000)])
    assert not spans_match("whatever it takes", ARTICLE, [])


def test_normalised_map_points_each_character_at_its_origin() -> None:
    text = "\u200b a “b” \n\t c…d  "
    norm = normalise(text)
    assert norm.text == 'a "b" c...d'
    origins = [text[norm.start_of(i) : norm.end_of(i)] for i in range(len(norm.text))]
    assert origins == ["a", " ", "“", "b", "”", " \n\t ", "c", "…", "…", "…", "d"]
    assert norm.index_at(0) == 0 and norm.index_at(len(text)) == len(norm.text)


@given(st.text(alphabet="ab “”‘’—…\n\t \u200b.", max_size=40))
def test_every_normalised_character_maps_back_to_what_produced_it(text: str) -> None:
    norm = normalise(text)
    previous_end = 0
    for i, char in enumerate(norm.text):
        start, end = norm.start_of(i), norm.end_of(i)
        assert previous_end <= start < end <= len(text) or (char == " " and start <= end)
        origin = text[start:end]
        if char == " ":
            assert origin.strip(" \n\t\u200b") == ""
        else:
            assert origin == char or (len(origin) == 1 and char in normalise(origin).text)
        previous_end = start


words = st.lists(
    st.sampled_from(["NATO", "Kyiv", "said", "“plan”", "—", "we", "will", "not", "…", "‘go’"]),
    min_size=3,
    max_size=40,
)


@given(words, st.data())
def test_any_substring_of_words_is_found_where_it_stands(
    tokens: list[str], data: st.DataObject
) -> None:
    text = " ".join(tokens)
    i = data.draw(st.integers(0, len(tokens) - 1))
    j = data.draw(st.integers(i + 1, len(tokens)))
    quote = " ".join(tokens[i:j])
    spans = find_quote(quote, text)
    if spans is None:
        # Only a quote made of nothing but marks/ellipses has no words to ground.
        assert all(t in {"…", "—"} for t in tokens[i:j]) or quote.strip("“”‘’ .,;:") == ""
        return
    assert spans_match(quote, text, spans)


def test_start_skips_earlier_occurrences() -> None:
    text = "He said “yes”. Later she also said “yes”."
    first = find_quote("yes", text)
    second = find_quote("yes", text, start=first[0][0] + 1) if first else None
    assert first and second and first != second
    assert text[second[0][0] : second[0][1]] == "yes"
    assert find_quote("yes", text, start=second[0][0] + 1) is None


@given(st.text(alphabet="ab ,.;:\"'`[]“’—…\n\t\u00a0\u200b", max_size=12))
def test_a_stretch_is_found_in_itself_as_find_quote_finds_it(text: str) -> None:
    # find_in_place skips normalising plain text: it must agree with find_quote everywhere.
    assert find_in_place(text) == find_quote(text, text)


def test_a_plain_stretch_is_found_without_its_marks_and_edge_punctuation() -> None:
    assert find_in_place('"We will stay," ') == [(1, 13)]
    assert find_in_place(" , ") is None
