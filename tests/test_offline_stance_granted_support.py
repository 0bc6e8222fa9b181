"""The step that has a country's support (`Ukraine's bid has the backing of Poland`, `the
invitation enjoys the full backing of the Baltic states`) is backed by that country; whose
support is sought, a possessor's neighbours, and support for Ukraine in general give none.
Invented sentences."""

from __future__ import annotations

import pytest
from conftest import stances


@pytest.mark.parametrize(("text", "expected"), [
    ("Ukraine's bid has the backing of Poland, Lithuania and Estonia.",
     {"UA": "supports", "PL": "supports", "LT": "supports", "EE": "supports"}),
    ("Ukraine's request for an invitation has won the support of France.",
     {"UA": "supports", "FR": "supports"}),
    ("The invitation enjoys the full backing of the Baltic states.",
     {"EE": "supports", "LV": "supports", "LT": "supports"}),
    # Near misses: support sought or needed, another's support, support in general.
    ("Kyiv is seeking the support of Germany for its NATO bid.", {"UA": "supports"}),
    ("Ukraine needs the backing of the United States to join NATO.", {"UA": "supports"}),
    ("The proposal has the support of Hungary's neighbours in NATO.", {}),
    ("Zelensky said Ukraine has the backing of Germany, as NATO leaders met.",
     {"UA": "supports"}),
])
def test_the_step_with_a_countrys_backing(text: str, expected: dict[str, str]) -> None:
    assert stances(text) == expected
