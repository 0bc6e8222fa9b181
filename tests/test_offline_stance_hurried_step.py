"""The step as a clause's subject with a modal and a word of haste after it (stance.toml [deontic]
hurried): not to be rushed holds it back without a no (hesitant), to be hurried wants it now
(supports); a plain denial after the modal stays a no. `has to` is a modal of obligation too."""

from __future__ import annotations

import pytest

from tests.conftest import extract_text


def _stances(text: str) -> dict[str, str]:
    return {s.country: s.position for s in extract_text(text).stances}


@pytest.mark.parametrize(("text", "want"), [
    ("Portugal's prime minister said Ukraine's membership in NATO should not be rushed.",
     "hesitant"),
    ("Portugal's prime minister said Ukraine's membership in NATO must be fast-tracked.",
     "supports"),
    ("Portugal's prime minister said membership for Ukraine should not come now.", "opposes"),
])
def test_haste_after_the_modal(text: str, want: str) -> None:
    assert _stances(text).get("PT") == want


def test_has_to_is_a_modal_of_obligation() -> None:
    assert _stances("Portugal's prime minister said membership for Ukraine has to come "
                    "now.").get("PT") == "supports"
    assert _stances("Portugal's prime minister said membership for Ukraine has to "
                    "wait.").get("PT") == "opposes"
