"""The candidate's word that others back its plan is its claim, not their position (stances.
_candidate_claim): a group named after a determiner (`said the Nordic countries support it`),
members named after `such as`, a pronoun for the candidate before the claimed clause, and the
candidate as the sentence's `According to` source (stance_indirect.toml [candidate]
claim_fillers, claim_sources). Their own words, or a neutral source's, still count."""

from __future__ import annotations

import pytest

from tests.conftest import extract_text

_OPENING = ("Ukrainian President Volodymyr Zelensky presented his victory plan, which calls for "
            "an immediate invitation to NATO.\n\n")


def _stances(text: str) -> dict[str, str]:
    return {s.country: s.position for s in extract_text(_OPENING + text).stances}


@pytest.mark.parametrize("text", [
    "Zelensky said the Nordic countries support the plan.",
    "Zelensky said the Baltic states and Poland back the plan fully.",
    "According to Zelensky, the Nordic countries support the plan.",
    "Zelensky told reporters that partners such as Denmark and the Netherlands support the plan.",
    "Zelensky said he was grateful that the Nordic countries support the plan.",
])
def test_the_candidates_claim_of_others_support_is_not_theirs(text: str) -> None:
    got = _stances(text)
    assert set(got) == {"UA"}


@pytest.mark.parametrize(("text", "country"), [
    ("Denmark's foreign minister said the Nordic countries support the plan.", "DK"),
    ("According to diplomats, the Netherlands supports the plan.", "NL"),
])
def test_others_words_still_count(text: str, country: str) -> None:
    assert _stances(text).get(country) == "supports"
