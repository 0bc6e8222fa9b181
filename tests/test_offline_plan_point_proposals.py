"""Plan points are proposals the plan makes, told as complete phrases; a clause that only
mentions, counts, praises or rejects the plan is not a point. Invented sentences, each with a
near miss that is a point."""

from __future__ import annotations

from conftest import extract_text

from summarizer.extract.offline.points import content_words, items, proposal, series, summary

INTRO = "Volodymyr Zelensky presented his victory plan to parliament on Wednesday. "


def _points(text: str) -> list[str]:
    result = extract_text(INTRO + text)
    return [p.summary for p in result.plan.points] if result.plan else []


def test_a_mention_of_the_plan_is_not_a_point() -> None:
    assert _points("Critics focused on the five-point plan that was presented in a speech.") == []
    assert _points("The plan calls for an invitation to join NATO.") == [
        "invitation to join NATO"]


def test_a_reaction_to_a_point_is_not_a_point() -> None:
    assert _points("The first point of the plan drew sharp criticism in Berlin.") == []
    assert _points("The second point of the plan was praised by Polish officials.") == []
    assert _points("The first point of the plan is an invitation to join NATO.") == [
        "invitation to join NATO"]


def test_a_reaction_in_a_series_is_not_an_item() -> None:
    got = _points("The plan calls for an invitation, longer-range weapons and, prompting a "
                  "warning that Kyiv was pushing the alliance, more troops.")
    assert "prompting a warning that Kyiv was pushing the alliance" not in got
    assert {"invitation", "longer-range weapons", "more troops"} <= set(got)


def test_a_judgement_on_the_plan_is_not_a_point() -> None:
    assert _points("Key elements of the plan are hard to sell in Washington.") == []
    assert _points("Key elements of the plan are security guarantees for Kyiv.") != []


def test_proposal_shapes() -> None:
    assert not proposal("but this is a real irreversibility")
    assert not proposal("prompting a warning that Kyiv was pushing the alliance")
    assert not proposal("drew the most criticism from Berlin")
    assert proposal("real security guarantees for Ukraine")
    assert proposal("lifting restrictions on long-range weapons")
    assert proposal("and the lifting of limits on strikes")


def test_a_summary_ends_on_a_complete_phrase() -> None:
    got = summary("lifting restrictions on the use of long-range Western weapons against "
                  "military targets inside Russian territory and its airfields")
    assert got == ("lifting restrictions on the use of long-range Western weapons against "
                   "military targets")
    # Near miss: a clause a little over the limit with nowhere to cut is kept whole.
    whole = ("permanent multinational air-defence umbrella covering western Ukrainian cities "
             "including nuclear power plants")
    assert summary("a " + whole) == whole


def test_same_point_in_two_wordings_is_one_point() -> None:
    got = _points("The plan includes an immediate invitation to join NATO. Its first point is "
                  "an invitation to join the alliance immediately.")
    assert len(got) == 1
    assert content_words("invitation to join the alliance immediately") == content_words(
        "immediate invitation to join NATO")
    # Near miss: another demand shares a word but is its own point.
    assert content_words("invitation to join NATO") != content_words("more air defence for NATO")


def test_and_for_splits_two_demands_whatever_the_spacing() -> None:
    text = "calls for an invitation,   and  for longer-range weapons."
    assert [text[a:b] for a, b in items(text, 0, len(text), "calls for")] == [
        "calls for an invitation", "longer-range weapons"]
    padded = "calls for a" + " " * 5000 + "b"
    assert items(padded, 0, len(padded), "calls for") == []
    spaced = "a b," + " " * 5000 + "c d   and e f"
    assert [spaced[a:b] for a, b in series(spaced, 0, len(spaced))] == ["a b", "c d", "e f"]


def test_what_is_said_of_a_point_is_not_its_content() -> None:
    assert _points("The fifth point is the most controversial.") == []
    assert _points("The third point of the plan is classified.") == []
    assert _points("Point two of the plan was drafted by his office.") == []
    # Near miss: the point's content after the same copula.
    assert _points("The fifth point is a non-nuclear deterrence package.") == [
        "non-nuclear deterrence package"]


def test_a_participle_goes_with_the_phrase_it_opens() -> None:
    got = summary("the lifting of all the restrictions on the use of long-range missiles "
                  "supplied by Britain")
    assert got == "lifting of all the restrictions on the use of long-range missiles"
