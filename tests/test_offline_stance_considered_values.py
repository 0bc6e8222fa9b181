"""A verb of considering whose object is the step, valued as the best or only guarantee
(`considers NATO membership the only real security guarantee`) backs the step, as the copula
form does (`membership is the only real guarantee`; stance_indirect.toml [values]
considering). Invented sentences."""

from __future__ import annotations

import pytest
from conftest import stances

_PLAN = "Kostenko presented his victory plan to parliament. "


@pytest.mark.parametrize(("text", "expected"), [
    ("The foreign ministry said Kyiv regarded NATO membership the only reliable security "
     "guarantee for the nation.", {"UA": "supports"}),
    ("Warsaw considers NATO membership the only real security guarantee for Ukraine.",
     {"PL": "supports"}),
])
def test_considering_the_step_the_only_guarantee_backs_it(text: str,
                                                         expected: dict[str, str]) -> None:
    assert stances(text) == expected


@pytest.mark.parametrize("text", [
    # Guaranteeing a harm is no value; a denied consideration states nothing here.
    _PLAN + "Budapest regarded the plan as the best guarantee of a wider war.",
    "Budapest does not consider NATO membership the best security guarantee for Ukraine.",
    # Something else valued, the step named after it.
    "Minsk considers neutrality the only real security guarantee for Ukraine, not NATO "
    "membership.",
])
def test_no_support_from_other_values(text: str) -> None:
    assert "supports" not in stances(text).values()
