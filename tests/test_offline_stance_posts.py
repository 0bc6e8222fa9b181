"""`the US envoy to Russia`: the country after a title's `to` is the post, not the holder."""

from __future__ import annotations

from conftest import stances


def test_the_country_of_a_post_holds_nothing() -> None:
    # A former envoy speaks for no government; the country of the post does not take over.
    assert stances("The former Danish envoy to Russia, Karen Lund, said she supports inviting "
                   "Ukraine to NATO.") == {}
    assert stances("The Danish envoy to Russia, Karen Lund, said she supports inviting Ukraine "
                   "to NATO.") == {"DK": "supports"}


def test_a_titles_of_still_names_the_holders_country() -> None:
    assert stances("The government of Greece said it supports inviting Ukraine to NATO.") == {
        "GR": "supports"}
