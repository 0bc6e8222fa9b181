"""Support put off to a later day, or given to the way rather than the step, is hesitant:
open in principle but not now (evals/README.md section 3; stance_turns._deferred)."""

from __future__ import annotations

import pytest
from conftest import stances


@pytest.mark.parametrize("text", [
    "Italy supports Ukraine's membership of NATO in principle, officials in Rome said.",
    "Spain backs Ukraine's eventual membership of NATO, the foreign minister said.",
    "Portugal supports Ukraine joining NATO one day, the prime minister said.",
    "Greece supports an invitation to NATO in due course, its foreign minister said.",
    "Belgium would back an invitation to join NATO once the war ends, officials said.",
    "Slovenia favours Ukraine's NATO membership in the long run, its prime minister said.",
    "Belgium in principle supports an invitation to join NATO, officials said.",
    "Italy said it backs the NATO invitation as a long-term goal.",
    "Portugal supports Ukraine joining NATO at a later stage.",
    "Greece favours Ukraine's accession to NATO after a peace deal.",
    # The qualifier in quotation marks.
    'Spain said it supported Ukraine\'s NATO membership "in principle".',
    # Left to what the others decide: hiding behind them.
    "Italy will support whatever the allies decide on the NATO invitation.",
])
def test_deferred_support_is_hesitant(text: str) -> None:
    assert stances(text) == {stances_country(text): "hesitant"}


@pytest.mark.parametrize("text", [
    "Poland supports an immediate invitation for Ukraine to join NATO, the president said.",
    "Lithuania backs Ukraine's NATO membership, the foreign minister said.",
    # A word for now before the later one: support now, and more later.
    "Latvia backs an immediate invitation to NATO and eventual membership, officials said.",
    # The deferral denied.
    "Estonia backs an invitation to join NATO now, not after the war, officials said.",
])
def test_support_now_stays_support(text: str) -> None:
    assert stances(text) == {stances_country(text): "supports"}


@pytest.mark.parametrize("text", [
    "Norway supports Ukraine's irreversible path to NATO membership, the minister said.",
    "The Netherlands backs Ukraine's aspiration to join NATO, the prime minister said.",
])
def test_support_for_the_way_states_no_position(text: str) -> None:
    assert stances(text) == {}


def test_support_for_the_way_now_stays_support() -> None:
    assert stances("Poland backs an immediate invitation, the first step on Ukraine's path to "
                   "NATO, the president said.") == {"PL": "supports"}


def stances_country(text: str) -> str:
    codes = {"Italy": "IT", "Spain": "ES", "Portugal": "PT", "Greece": "GR", "Belgium": "BE",
             "Slovenia": "SI", "Norway": "NO", "The Netherlands": "NL", "Poland": "PL",
             "Lithuania": "LT", "Latvia": "LV", "Estonia": "EE"}
    return next(code for name, code in codes.items() if text.startswith(name))


@pytest.mark.parametrize("text", [
    "Czechia supports membership for Ukraine in NATO, though not in the short term.",
    "Croatia is open to an invitation for Ukraine to join NATO, but not before the war is over.",
    "Austria backs Ukraine's NATO membership, although not now.",
    # The limit after `albeit` (no clause break) or a dash, with or without a conjunction.
    "France supports the NATO invitation, albeit not immediately.",
    "France backs Ukraine's NATO membership — but not now.",
    "France backs Ukraine's NATO membership — not yet, officials said.",
    "France supports an invitation to join NATO, but not immediately, officials said.",
    "Britain backs the NATO invitation — albeit not before the summit, a diplomat said.",
])
def test_support_limited_to_later_is_hesitant(text: str) -> None:
    # Support qualified by a limit of time is open in principle but not now, with no no of its
    # own: hesitant, as support deferred to a later day is (above). The step itself denied now
    # (`supports eventual membership but not an invitation now`) stays a no
    # (test_offline_stance_turns.py).
    assert list(stances(text).values()) == ["hesitant"]


@pytest.mark.parametrize("text", [
    # A comma alone before `not` is no limit; nor a limit of something else.
    "Estonia backs an invitation to join NATO now, not after the war, officials said.",
    "Poland supports an invitation to NATO, and not just in words.",
    "Poland supports an invitation to NATO, but not without conditions on Russia.",
])
def test_no_limit_of_time_stays_support(text: str) -> None:
    assert list(stances(text).values()) == ["supports"]
