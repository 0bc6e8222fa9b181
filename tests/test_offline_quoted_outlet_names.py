"""An outlet's name printed in quotation marks (`reports “Eurowire”`, `the newspaper
“Vedomosti”`) is nobody's words: no statement; a quote after a report verb that is not a
name stays one."""

from __future__ import annotations

from tests.conftest import direct_speakers


def test_outlet_name_after_reports_is_no_quote() -> None:
    text = ("NATO chief Mark Rutte said nothing had changed, reports \u201cEurowire\u201d on "
            "Wednesday.")
    assert "Eurowire" not in direct_speakers(text)


def test_outlet_name_after_newspaper_is_no_quote() -> None:
    text = "Ann Roe told the newspaper \u201cVedomir\u201d that talks would resume."
    assert "Vedomir" not in direct_speakers(text)


def test_words_after_reported_that_are_no_name_stay_a_quote() -> None:
    text = "Ann Roe reported that the plan was \u201ca serious mistake,\u201d aides said."
    assert "a serious mistake" in direct_speakers(text, ",")
