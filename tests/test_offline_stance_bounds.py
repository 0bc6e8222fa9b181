"""Every stance search is bounded: a sentence with no full stop for pages is read in windows
cut after a comma, so each window's searches stay short (time linear in the text; the speed is
measured in benchmarks/, not here)."""

from __future__ import annotations

from itertools import pairwise

from conftest import stances

from summarizer.extract.offline.stances import WINDOW, windows


def test_a_short_sentence_is_one_window() -> None:
    assert windows("Germany backs the bid.", 0, 22) == [(0, 22)]


def test_a_long_sentence_is_cut_after_commas_into_bounded_windows() -> None:
    unit = "Germany opposes the NATO plan, France backs the invitation, "
    text = unit * 100
    found = windows(text, 0, len(text))
    assert len(found) > 1
    assert found[0][0] == 0 and found[-1][1] == len(text)
    assert all(b - a <= WINDOW for a, b in found)
    assert all(a == b for (_, a), (b, _) in pairwise(found))
    assert all(text[b - 2 : b] == ", " for _, b in found[:-1])


def test_a_text_with_no_comma_is_cut_at_spaces() -> None:
    text = "word " * 1000
    found = windows(text, 0, len(text))
    assert all(b - a <= WINDOW and text[b - 1] == " " for a, b in found[:-1])


def test_positions_far_into_a_sentence_without_full_stops_are_still_read() -> None:
    filler = "the ministers talked about budgets, ports and roads, " * 60
    text = filler + "and Norway opposes the NATO invitation, " + filler
    assert stances(text) == {"NO": "opposes"}
