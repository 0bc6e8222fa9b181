"""`labeling` as `calling` is: `…, with one official labeling it simply a “…”` gives the words
to the unnamed official (its own speaker, never a leader named in the sentence)."""

from __future__ import annotations

from conftest import direct_speakers


def test_with_one_official_labeling_it() -> None:
    text = ("Sources told the agency that President Ann Roe's canal plan lacks “real surprises,” "
            "with one official labeling it simply a “wish list.”")
    speaker = direct_speakers(text, strip=".,").get("wish list")
    assert speaker is not None and speaker.name is None and speaker.role == "official"
