"""A paragraph ending `told <listener>:` introduces the quote paragraph after it, however the
listener is described (`the crowd`, `parliament`, `his audience in Ohio`); a verb of telling
followed by a clause of its own (`told them the vote had failed:`) does not."""

from __future__ import annotations

import pytest
from conftest import direct_speakers

_QUOTE = "“We will keep the mill open and nobody will lose a job this year.”"


@pytest.mark.parametrize("lead", ["She told the crowd", "She told parliament",
                                  "She told her Labour audience, to loud applause",
                                  "She told a packed hall in the town centre"])
def test_listener_of_telling_before_a_colon(lead: str) -> None:
    text = (f"Mayor Ines Varga visited the mill on Friday.\n\n{lead}:\n\n{_QUOTE}\n\n"
            "The mill employs 400 people.\n")
    speakers = direct_speakers(text, ".")
    who = speakers[_QUOTE.strip("“”.")]
    assert who is not None and who.name == "Ines Varga"


@pytest.mark.parametrize("lead", ["She told them the vote had failed",
                                  "She told the crowd that the vote had failed"])
def test_telling_a_clause_is_no_lead_in(lead: str) -> None:
    text = (f"Mayor Ines Varga visited the mill on Friday.\n\n{lead}:\n\n{_QUOTE}\n\n"
            "The mill employs 400 people.\n")
    speakers = direct_speakers(text, ".")
    who = speakers.get(_QUOTE.strip("“”."))
    assert who is None or who.name != "Ines Varga"
