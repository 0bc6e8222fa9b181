"""Plan points in an outlet's own words where the plan is named just before the point's
sentence (point_asks.py): `Among its demands: …`, what Kyiv or the presenter wants right after
the plan, the answer under a question on the plan, a synonym of the plan, a labelled number.
Invented sentences (two or more wordings, and a near miss that must not fire)."""

from __future__ import annotations

from conftest import plan_points as points

PLAN = "Volodymyr Zelensky presented his victory plan to parliament on Wednesday. "
# A paragraph between the plan and a sentence: the sentence is no longer right after it.
APART = "\n\nThe weather in Kyiv was cold and wet all week.\n\n"


def test_among_its_demands_lists_points() -> None:
    assert points(PLAN + "Among its demands: a joint air shield over western Ukraine, "
                  "Western-funded drone production and a seat at any peace talks.") == [
        (None, "joint air shield over western Ukraine"),
        (None, "Western-funded drone production"), (None, "seat at any peace talks")]
    assert points(PLAN + "Among its main demands are a joint air shield over western Ukraine, "
                  "Western-funded drone production and the release of frozen Russian assets.") == [
        (None, "joint air shield over western Ukraine"),
        (None, "Western-funded drone production"), (None, "release of frozen Russian assets")]
    # near miss: `its` with no plan before it is someone else's list
    assert points("Among its demands: an end to the grain blockade, new Black Sea ports and a "
                  "seat at the table. " + PLAN) == []


def test_what_kyiv_or_the_presenter_wants_right_after_the_plan() -> None:
    assert points(PLAN + "He is asking for an invitation to join NATO and for more "
                  "long-range missiles.") == [
        (None, "invitation to join NATO"), (None, "more long-range missiles")]
    assert points(PLAN + "\n\nKyiv wants a joint air shield over western Ukraine. It also "
                  "seeks to build drones with Western money.") == [
        (None, "joint air shield over western Ukraine"), (None, "build drones with Western money")]
    assert points(PLAN + "Zelenskyy also wants allies to share intelligence on Russian "
                  "airfields.") == [(None, "allies to share intelligence on Russian airfields")]


def test_demands_not_tied_to_the_plan_are_not_points() -> None:
    # another country's demand, a critic's (`He` = Orbán), a request a paragraph away
    assert points(PLAN + "Hungary demands guarantees for its minority in Transcarpathia.") == []
    assert points("Viktor Orbán dismissed Zelensky's victory plan on Thursday. He demands "
                  "guarantees for the Hungarian minority in Ukraine.") == []
    assert points(PLAN + APART + "Kyiv also wants more Patriot batteries before winter.") == []


def test_the_answer_under_a_question_on_the_plan() -> None:
    assert points("What does the victory plan ask for?\n\nKyiv wants a joint air shield over "
                  "western Ukraine. It also seeks Western-funded drone production.") == [
        (None, "joint air shield over western Ukraine"), (None, "Western-funded drone production")]
    assert points(PLAN + "\n\nWhat is in the plan?\n\nThe document envisages a joint air "
                  "shield over western Ukraine.") == [
        (None, "joint air shield over western Ukraine")]
    # near miss: a question on something else
    assert points(PLAN + APART + "What did the ministers discuss?\n\nKyiv wants a joint air "
                  "shield over western Ukraine.") == []


def test_a_synonym_of_the_plan_states_a_point() -> None:
    assert points(PLAN + "The document envisages a joint air shield over western Ukraine.") == [
        (None, "joint air shield over western Ukraine")]
    assert points(PLAN + "The strategy calls for Western-funded drone production on Ukrainian "
                  "soil.") == [(None, "Western-funded drone production on Ukrainian soil")]
    # near miss: the strategy just named is the EU's, not the plan
    assert points(PLAN + "\n\nThe EU adopted a new defence strategy on Friday. The strategy "
                  "calls for joint purchases of ammunition.") == []


def test_a_labelled_number_is_the_points_number() -> None:
    assert points(PLAN + "\n\nPoint 3 of the plan: a joint air shield over western Ukraine.\n\n"
                  "Item four concerns Western-funded drone production.") == [
        (3, "joint air shield over western Ukraine"), (4, "Western-funded drone production")]
    assert points(PLAN + "Priority two is a seat at any peace talks.") == [
        (2, "seat at any peace talks")]
    # near miss: an agenda item, and a label far from the plan
    assert points(PLAN + "\n\nPoint 3 on the agenda of the summit is migration.") == []
    assert points(PLAN + APART + "Ministers met in Brussels on Friday.\n\n"
                  "Item two deals with the migration pact.") == []


def test_in_it_opens_what_the_presenter_asks_of_the_plan_just_named() -> None:
    assert points("Zelensky's victory plan has five points. In it, he asked allies for an "
                  "immediate invitation to join NATO.") == [
        (None, "immediate invitation to join NATO")]
    assert points(PLAN + "In it, Zelensky asked partners for a non-nuclear deterrence "
                  "package.") == [(None, "non-nuclear deterrence package")]
    assert points(PLAN + "In it, he urged allies to lift limits on long-range strikes.") == [
        (None, "lift limits on long-range strikes")]
    # Near misses: `it` is not the plan (the sentence before names none); `he` is a critic;
    # a plea with no content of its own.
    assert points(PLAN + APART + "In it, he asked allies for more air defence systems.") == []
    assert points("Viktor Orban criticised Zelensky's victory plan. In it, he asked allies for "
                  "more air defence systems.") == []
    assert points(PLAN + "In it, he asked allies for patience.") == []


def test_a_demand_told_in_the_past_needs_a_tie_to_the_plan() -> None:
    assert points(PLAN + "In the plan, Kyiv sought permission to strike military targets inside "
                  "Russia.") == [(None, "permission to strike military targets inside Russia")]
    assert points(PLAN + "Kyiv demanded a non-nuclear deterrence package, according to the "
                  "plan.") == [(None, "non-nuclear deterrence package")]
    # Near misses: right after the plan but told as another matter of the past; a plea with no
    # content; a demand a paragraph away from the plan.
    assert points(PLAN + "He proposed a summit in November.") == []
    assert points(PLAN + "Kyiv demanded an apology from Budapest last year.") == []
    assert points(PLAN + "He calls for patience.") == []
    assert points(PLAN + APART + "In the budget, he called for more money for pensions.") == []


def test_demands_told_in_the_past_right_after_the_presentation_are_its_points() -> None:
    # The presentation is reported, then what he asked for, in the paragraphs that follow.
    assert points(PLAN + "\n\nZelensky called for an immediate invitation to join NATO. He "
                  "asked allies to lift their caps on strikes deep inside Russia.\n\nHe also "
                  "proposed a joint fund to mine Ukraine's lithium with Western firms.") == [
        (None, "immediate invitation to join NATO"),
        (None, "lift their caps on strikes deep inside Russia"),
        (None, "joint fund to mine Ukraine's lithium with Western firms")]
    # A run of the plan's points goes on with a demand told in the past, paragraphs later.
    assert points(PLAN + "\n\nThe plan's opening demand is an immediate invitation to join "
                  "NATO.\n\nHe also called for more radar stations along the northern "
                  "border.") == [
        (None, "immediate invitation to join NATO"),
        (None, "more radar stations along the northern border")]
    # Near misses: a demand with a time of its own; a run broken by a sentence that asks for
    # nothing; the plan named but not presented.
    assert points(PLAN + "\n\nZelensky called for a new grain corridor in March 2023.") == []
    assert points(PLAN + "\n\nHe proposed that lawmakers meet again on Friday.") == []
    # (The presentation's own day is no other time.)
    assert points(PLAN + "\n\nHe also called for radar posts on the Danube on Wednesday.") == [
        (None, "radar posts on the Danube on Wednesday")]
    assert points(PLAN + "\n\nHe thanked the lawmakers. He also proposed a joint fund to mine "
                  "lithium.") == []
    assert points("Critics doubt the victory plan will work.\n\nZelensky called for a new "
                  "grain corridor.") == []


def test_a_run_of_point_paragraphs_goes_on_past_a_lead_phrase() -> None:
    text = (PLAN + "\n\nThe plan's opening demand is an immediate invitation to join NATO.\n\n"
            "Beyond that, Kyiv wants permission to strike military targets inside Russia.\n\n"
            "Ukraine is also offering Western partners joint use of its critical minerals.")
    assert points(text) == [
        (None, "immediate invitation to join NATO"),
        (None, "permission to strike military targets inside Russia"),
        (None, "Western partners joint use of its critical minerals")]
    # Near misses: the paragraph before told no point; the asker is someone else.
    assert points(PLAN + APART + "Beyond that, Kyiv wants permission to strike military "
                  "targets inside Russia.") == []
    assert points(PLAN + "\n\nThe plan's opening demand is an immediate invitation to join "
                  "NATO.\n\nBeyond that, Hungary wants talks with Moscow.") == [
        (None, "immediate invitation to join NATO")]


def test_a_lead_phrase_of_five_words_before_kyiv_wants() -> None:
    assert points(PLAN + "\n\nAmong the points made public, Kyiv demands a seat on the "
                  "council.") == [(None, "seat on the council")]
    # Near miss: another country's demand after the same lead.
    assert points(PLAN + "\n\nAmong the points made public, Hungary demands a seat on "
                  "the council.") == []


def test_one_of_the_points_or_ideas_right_after_the_plan() -> None:
    text = ("Trump liked two points of the victory plan, a source said.\n\n")
    assert points(text + "One of the points suggests moving Ukrainian brigades to bases in "
                  "Poland after the war.") == [
        (None, "moving Ukrainian brigades to bases in Poland after the war")]
    assert points(text + "One of the ideas involves swapping part of the US garrison in "
                  "Germany for Ukrainian units.") == [
        (None, "swapping part of the US garrison in Germany for Ukrainian units")]
    assert points(text + "Among the proposed points is to open Ukraine's lithium mines to "
                  "American firms.") == [(None, "open Ukraine's lithium mines to American firms")]
    # Near misses: no plan before; `one of the ideas` that is a remark on the plan.
    assert points("Markets were calm.\n\nOne of the ideas involves cheaper loans for "
                  "farmers.") == []
    assert points(text + "One of the points is that the plan came too late.") == []


def test_a_proposal_made_as_part_of_the_plan() -> None:
    assert points("Last year Kyiv proposed opening its gas storage to European traders as part "
                  "of its victory plan.") == [
        (None, "opening its gas storage to European traders")]
    # Near miss: a proposal as part of something else.
    assert points(PLAN + "\n\nKyiv proposed new tariffs as part of a trade deal.") == []


def test_a_label_inside_the_sentence_gives_its_numbered_point() -> None:
    text = (PLAN + "\n\nPoint four requests a radar shield over the Danube ports.\n\n")
    assert points(text + "The plan concludes with point five, urging partners to fund a "
                  "drone school in Lviv.") == [
        (4, "radar shield over the Danube ports"), (5, "fund a drone school in Lviv")]
    assert points(text + "The plan ends with point five petitioning allies to open their "
                  "arms fairs to Ukrainian firms.") == [
        (4, "radar shield over the Danube ports"),
        (5, "open their arms fairs to Ukrainian firms")]
    # Near miss: a label far from any plan.
    assert points("Markets were calm.\n\nThe weather report ends with point five, urging "
                  "drivers to slow down.") == []


def test_a_sentence_opening_on_the_first_place_numbers_its_point() -> None:
    assert points(PLAN + "First and foremost, the plan calls for a seat at the summit.") == [
        (1, "seat at the summit")]


def test_a_label_with_no_or_number_sign() -> None:
    assert points(PLAN + "\n\nPoint No. 1 – a seat for Ukraine at the summit.\n\nPoint No. 2 – "
                  "radar posts along the Danube.") == [
        (1, "seat for Ukraine at the summit"), (2, "radar posts along the Danube")]
