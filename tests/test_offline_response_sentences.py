"""A sentence that is only a speaker and a verb of response (`Roe agreed.`) answers what was
said before it: a quote standing alone right after it is that speaker's. Not a response with
more to it (`agreed to the terms`), nor a group's (`The unions agreed.`)."""

from __future__ import annotations

import pytest
from conftest import direct_speakers

_QUOTE = "“The mill has run out of time and the town knows it.”"
_INTRO = ("“We have one more season at most,” said Piet Anker, who manages the mill.\n\n"
          "Mayor Ines Varga spoke in the town hall on Friday.\n\n")


@pytest.mark.parametrize("response", ["Varga agreed.", "Varga also disagreed.",
                                      "She agreed.\n\n"])
def test_quote_after_a_response_is_the_responders(response: str) -> None:
    sep = "" if response.endswith("\n") else " "
    text = f"{_INTRO}{response}{sep}{_QUOTE}\n\nThe mill employs 400 people.\n"
    who = direct_speakers(text, ".")[_QUOTE.strip("“”.")]
    assert who is not None and who.name == "Ines Varga"


@pytest.mark.parametrize("response", ["Varga agreed to the terms.", "The unions agreed."])
def test_no_bare_response_no_speaker(response: str) -> None:
    text = f"{_INTRO}{response} {_QUOTE}\n\nThe mill employs 400 people.\n"
    who = direct_speakers(text, ".").get(_QUOTE.strip("“”."))
    assert who is None or who.name != "Ines Varga"
