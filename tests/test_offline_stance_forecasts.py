"""What one country fears, predicts, suspects or doubts of another is its own forecast, not the
other's position (stance.toml [turns] forecasters): `Latvia fears that Washington will block
it` gives the US nothing, and the forecast cue does not pass to Latvia either."""

from __future__ import annotations

import pytest

from tests.conftest import extract_text


def _stances(text: str) -> dict[str, str]:
    return {s.country: s.position for s in extract_text(text).stances}


@pytest.mark.parametrize(("text", "other"), [
    ("Denmark fears that Washington will block an invitation for Ukraine to join NATO.", "US"),
    ("Denmark worries the United States will oppose an invitation for Ukraine to join NATO.",
     "US"),
    ("Denmark predicts that Germany will reject the invitation of Ukraine to NATO.", "DE"),
    ("Denmark suspects Berlin would veto an invitation for Ukraine to join NATO.", "DE"),
    ("Denmark is afraid that Hungary will veto the invitation of Ukraine to NATO.", "HU"),
    ("Denmark doubts that Germany will back an invitation for Ukraine to join NATO.", "DE"),
])
def test_the_forecast_country_holds_nothing(text: str, other: str) -> None:
    got = _stances(text)
    assert other not in got
    assert got.get("DK") != "opposes"  # the feared no is not the forecaster's


def test_the_forecasters_own_fear_of_the_step_stays() -> None:
    got = _stances("Hungary fears that an invitation would drag NATO into the war, and it will "
                   "veto an invitation for Ukraine to join NATO.")
    assert got == {"HU": "opposes"}
