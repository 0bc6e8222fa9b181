"""A paragraph ending in a colon whose last sentence has no speech verb of its own carries on
the report right before it in that paragraph (`Roe noted that … . Still, there is no deal
yet:`): a quote opening the next paragraph is that report's speaker's. Not after a sentence
that reports no one's words, nor when the colon sentence has a speaker of its own.

Each rule on invented sentences, with a near miss that the rule must leave alone.
"""

from __future__ import annotations

import pytest
from conftest import direct_speakers

_QUOTE = "“There is a debate among the allies. There is no consensus yet.”"


def test_colon_lead_in_carries_on_the_report_before_it() -> None:
    text = ("The talks ended on Monday.\n\n"
            "Paul Ostrander noted that parts of the plan are already under way. Still, there is "
            f"no agreement on the invitation:\n\n{_QUOTE}\n")
    who = direct_speakers(text, ".")[_QUOTE.strip("“”.")]
    assert who is not None and who.name == "Paul Ostrander"


@pytest.mark.parametrize("before", [
    "Paul Ostrander arrived in Vilnius on Monday. Still, there is no agreement on the "
    "invitation:",
    "Paul Ostrander noted that parts of the plan are already under way. The invitation, Carla "
    "Medina wrote, is another matter:",
])
def test_near_miss_no_report_before_or_a_speaker_of_its_own(before: str) -> None:
    text = f"The talks ended on Monday.\n\n{before}\n\n{_QUOTE}\n"
    who = direct_speakers(text, ".").get(_QUOTE.strip("“”."))
    assert who is None or who.name != "Paul Ostrander"
