"""A question asserts no position, whatever its cue words (stances._question)."""

from __future__ import annotations

from conftest import stances


def test_a_question_holds_no_position() -> None:
    assert stances("Will Spain back an invitation for Ukraine to join NATO at the summit? "
                   "Diplomats are not sure.") == {}
    assert stances("PRESENTER: Does Madrid support an invitation for Ukraine to join NATO "
                   "now?") == {}
    # Near miss: the answer, a statement, holds one.
    assert stances("Does Spain back an invitation to NATO? Spain backs it, the minister "
                   "said.") == {"ES": "supports"}
