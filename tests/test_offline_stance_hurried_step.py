"""The step as a clause's subject with a modal and a word of haste after it (stance.toml [deontic]
hurried): not to be rushed holds it back without a no (hesitant), to be hurried wants it now
(supports); a plain denial after the modal stays a no."""

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
