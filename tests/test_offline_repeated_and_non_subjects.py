"""`repeated` reports quoted words (`X repeated the claim that we must “…!”`), but not as an
adjective (`despite repeated requests`) nor as a passive (`“…” is likely to be repeated`); and a
phrase a preposition opens (`calls for Western allies to …`) is no one's subject."""

from __future__ import annotations

from tests.conftest import direct_speakers, extract_text


def test_repeated_reports_the_quote_its_clause_carries() -> None:
    text = ("Prime Minister Ilona Varga spoke on Friday.\n"
            "Varga once again repeated the old argument that we need to move “from a policy of "
            "arms to a policy of talks. We need a truce now!”")
    speaker = direct_speakers(text)[
        "from a policy of arms to a policy of talks. We need a truce now!"]
    assert speaker is not None and speaker.name == "Ilona Varga"


def test_repeated_after_despite_is_no_verb() -> None:
    text = ("Mayor Ann Roe spoke on Monday. Despite repeated requests from the “harbour "
            "committee”, she refused to reopen the pier.")
    speakers = direct_speakers(text)
    assert all(s is None or s.role != "Despite" for s in speakers.values())


def test_a_passive_after_a_quote_is_no_tag() -> None:
    text = ("Senator Ann Roe spoke on Monday. Her husband’s old answer — “I will be fine "
            "whatever happens” — is likely to be repeated, aides say.")
    speaker = direct_speakers(text).get("I will be fine whatever happens")
    assert speaker is None or speaker.role != "is likely to be"


def test_a_preposition_s_object_is_no_subject_of_a_coordinated_verb() -> None:
    text = ("Anton Petrenko's plan also rejects any territorial concessions, calls for Western "
            "allies to lift limits on donated weapons, and suggests deploying a “regional "
            "deterrence package” on Moldovan soil.")
    roles = [s.speaker.role for s in extract_text(text).statements]
    assert not any(r and r.lower().startswith("for ") for r in roles)
