"""The forms in which news tells a plan's points beyond a list under the plan: its main part
with an aside before the copula, labelled and ordinal series, what the plan or its presenter
asks for. Invented sentences, each with a near miss that is not a point."""

from __future__ import annotations

from conftest import extract_text

INTRO = "Volodymyr Zelensky presented his victory plan to parliament on Wednesday. "


def _points(text: str) -> list[str]:
    result = extract_text(INTRO + text)
    return [p.summary for p in result.plan.points] if result.plan else []


def test_the_plans_main_part_after_an_aside_before_the_copula() -> None:
    assert _points("The plan's centerpiece, officials say, is an invitation to join NATO.") == [
        "invitation to join NATO"]
    assert _points("The core of the plan, according to diplomats, is a request for long-range "
                   "missiles.") == ["request for long-range missiles"]
    assert _points("The main demand of the plan, aides said, is an immediate invitation to "
                   "join the alliance.") == ["immediate invitation to join the alliance"]
    # Near misses: a verdict after the aside, an aside that is a whole clause of its own.
    assert _points("The plan's centerpiece, officials say, is unrealistic.") == []
    assert _points("The plan's centerpiece, officials say. It is an invitation.") == []


def _numbered(text: str) -> list[tuple[int | None, str]]:
    result = extract_text(INTRO + text)
    return [(p.number, p.summary) for p in result.plan.points] if result.plan else []


def test_a_series_of_labelled_points_goes_on_past_the_plans_paragraph() -> None:
    got = _numbered("Here is a reminder of what the plan holds.\n\nPoint 1: an invitation to "
                    "join NATO.\nPoint 2: more air defence systems.\nPoint 3: a non-nuclear "
                    "deterrence package.\nPoint 4: joint use of critical minerals.\n\nPoint 6: "
                    "a new round of sanctions.")
    assert got == [(1, "invitation to join NATO"), (2, "more air defence systems"),
                   (3, "non-nuclear deterrence package"), (4, "joint use of critical minerals")]
    # Near miss: a label far from the plan that continues no series.
    assert _numbered("Markets rose.\nTraders were calm.\nBanks reported.\nPoint 3: a rate "
                     "cut in the spring.") == []


def test_a_labelled_point_after_a_semicolon() -> None:
    got = _numbered("Point 1 of the plan is an immediate invitation to join the alliance; "
                    "point 3 asks for a non-nuclear deterrence package on Ukrainian soil.")
    assert (3, "non-nuclear deterrence package on Ukrainian soil") in got
    assert any(s == "immediate invitation to join the alliance" for _, s in got)


def test_an_ordinal_alone_after_a_semicolon_continues_the_series() -> None:
    got = _numbered("The first point is an invitation to join NATO; the second is permission "
                    "to use long-range weapons in Russia; the third, a deterrence package.")
    assert got == [(1, "invitation to join NATO"),
                   (2, "permission to use long-range weapons in Russia"),
                   (3, "deterrence package")]
    # Near miss: an ordinal that does not continue the series is no point.
    assert _numbered("The first point is an invitation to join NATO; the fourth time this "
                     "year that Kyiv has asked.") == [(1, "invitation to join NATO")]


def test_what_the_plan_puts_first_is_its_first_point() -> None:
    assert _numbered("The plan, which he laid out in Kyiv, puts the invitation to join NATO "
                     "first.") == [(1, "invitation to join NATO")]
    # Near misses: someone else puts it first; a slogan with no determiner.
    assert _numbered("Poland puts the invitation to join NATO first.") == []
    assert _numbered("The plan puts Ukraine first.") == []


def test_an_inline_list_of_points_splits_its_last_and() -> None:
    got = _points("The plan has five points. Among its points: an invitation to join NATO, "
                  "permission to strike targets in Russia and a deterrence package.")
    assert got == ["invitation to join NATO", "permission to strike targets in Russia",
                   "deterrence package"]
    # Near miss: after a comma before the last `and`, an `and` inside an item is its own.
    got = _points("The plan has five points. The remaining points: more air defence, "
                  "strengthening defence and targeting Russian territory, and a deterrence "
                  "package.")
    assert "strengthening defence and targeting Russian territory" in got


def test_what_a_series_said_by_the_plan_holds() -> None:
    want = ["invitation to join NATO", "long-range weapons", "deterrence package"]
    # The plan is named only at the end, after a paragraph about something else.
    other = "Markets were calm on Thursday.\n\n"
    assert _points(other + "Kyiv wants an invitation to join NATO, long-range weapons and a "
                   "deterrence package, according to the plan.") == want
    assert _points(other + "An invitation to join NATO, long-range weapons and a deterrence "
                   "package, according to the plan.") == want
    assert _points("The plan calls for an invitation to join NATO, long-range weapons and a "
                   "deterrence package, officials said.") == want
    # Near misses: a clause with its own verb; a series said by someone else.
    assert _points(other + "Ukraine would get an invitation, long-range weapons and a "
                   "deterrence package, according to the plan.") == []
    assert _points(other + "An invitation to join NATO, long-range weapons and a deterrence "
                   "package, according to Polish officials.") == []


def test_what_kyiv_asks_for_in_the_plan() -> None:
    assert _points("Markets were calm.\n\nIn the plan, Kyiv asks for an immediate invitation "
                   "to join NATO.") == ["immediate invitation to join NATO"]
    assert _points("Markets were calm.\n\nIn the plan, he asks for more air defence "
                   "systems.") == ["more air defence systems"]
    # Near miss: what Kyiv asks for in another document.
    assert _points("Markets were calm.\n\nIn the budget, Kyiv asks for more money for "
                   "pensions.") == []


def test_what_the_presenter_asks_for_as_he_presents_the_plan() -> None:
    assert _points("Presenting the victory plan, Zelensky called for an immediate invitation "
                   "to join NATO.") == ["immediate invitation to join NATO"]
    assert _points("Zelensky urged allies to supply more air defence systems as he presented "
                   "the plan.") == ["supply more air defence systems"]
    assert _points("Zelensky called for more air defence and for long-range missiles as he "
                   "presented the plan.") == ["more air defence", "long-range missiles"]
    assert _points("Zelensky urged partners to lift restrictions on long-range strikes, a key "
                   "part of the victory plan.") == ["lift restrictions on long-range strikes"]
    # Near misses: a plea about the plan, a plea with no content, someone else's plea, a plea
    # in a sentence that names the plan only in passing.
    assert _points("Zelensky, whose victory plan was dismissed by Orban, called for more "
                   "sanctions on Russian oil.") == []
    assert _points("Zelensky urged allies to study the plan carefully as he presented it.") == []
    assert _points("Zelensky, presenting his plan, urged allies to act quickly.") == []
    assert _points("Orban called for a ceasefire as Zelensky presented his plan.") == []
    # What the plan is for, not one of its points.
    assert _points("As he presented his plan, Zelensky called for a just and lasting "
                   "peace.") == []
    assert _points("Zelensky called for an end to the war as he presented the plan.") == []


def test_what_the_plan_foresees_or_provides_for() -> None:
    assert _points("The plan foresees the joint use of critical minerals with partners.") == [
        "joint use of critical minerals with partners"]
    assert _points("The plan provides for a deterrence package on Ukrainian soil.") == [
        "deterrence package on Ukrainian soil"]
    # Near miss: a count of what it provides for is no point.
    assert _points("The plan provides for five steps.") == []


def test_the_thing_the_plan_proposes_named_before_it() -> None:
    assert _points("Markets were calm.\n\nUnder the published version of the plan, the "
                   "deterrence package it proposes would be non-nuclear.") == [
        "deterrence package"]
    assert _points("The long-range weapons the plan calls for are unlikely to arrive soon.") == [
        "long-range weapons"]
    # Near misses: a count of points, a head that says nothing, `it` not the plan.
    assert _points("The five points the plan proposes drew scorn.") == []
    assert _points("The sweeping changes which the plan demands are modest.") == []
    assert _points("Orban dismissed the plan. The immediate ceasefire it demands would "
                   "freeze the front.") == []


def test_the_plans_main_part_in_other_wordings() -> None:
    want = ["invitation to join NATO"]
    assert _points("Its centerpiece, officials say, is an invitation to join NATO.") == want
    assert _points("The centerpiece of Zelensky’s “victory plan,” officials say, is an "
                   "invitation to join NATO.") == want
    assert _points("Central to the plan is an invitation to join NATO.") == want
    assert _points("The plan's centerpiece is, officials say, an invitation to join NATO.") == want
    assert _points("The centerpiece of the plan – an invitation to join NATO – has divided "
                   "allies.") == want
    # The appositive names the part; what the copula says of it is a verdict.
    assert _points("The plan's centerpiece, an invitation to join NATO, is a big ask.") == want
    assert _points("The centerpiece of the plan, the officials say, is an invitation to join "
                   "NATO.") == want
    # Near misses: another thing's centerpiece; what is key to the plan's success.
    assert _points("The centerpiece of the summit, officials say, is a dinner.") == []
    assert _points("Key to the plan's success, officials say, is American support.") == []


def test_what_the_plan_calls_for_past_an_aside_or_through_its_points() -> None:
    assert _points("The plan, which Zelensky presented on Wednesday, calls for an immediate "
                   "invitation to join NATO.") == ["immediate invitation to join NATO"]
    assert _points("The plan, he said, calls for a non-nuclear deterrence package.") == [
        "non-nuclear deterrence package"]
    assert _points("Its points include an invitation to join NATO, long-range weapons and a "
                   "deterrence package.") == [
        "invitation to join NATO", "long-range weapons", "deterrence package"]
    assert _points("The plan's five points include an invitation to join NATO and a deterrence "
                   "package.") == ["invitation to join NATO", "deterrence package"]
    assert _points("The plan asks the West for more air defence systems.") == [
        "more air defence systems"]
    assert _points("Markets were calm.\n\nIn the plan, Zelensky proposes that Ukrainian troops "
                   "replace US troops in Europe.") == [
        "Ukrainian troops replace US troops in Europe"]
    # Near misses: the plan not the subject; another plan's points; one item with `and the`.
    assert _points("Critics of the plan, led by Hungary, call for immediate peace talks.") == []
    assert _points("Markets were calm.\n\nHungary has a plan of its own. Its points include a "
                   "ceasefire, talks with Moscow and an end to sanctions.") == []
    assert _points("Among the plan's demands are membership of NATO and the EU.") == [
        "membership of NATO and the EU"]
    assert _points("The plan asks allies for patience.") == []


def test_forms_that_already_worked() -> None:
    assert _points("The plan calls for an invitation to join NATO.") == ["invitation to join NATO"]
    assert _points("The plan envisages the deployment of a deterrence package.") == [
        "deployment of a deterrence package"]
    assert _points("The plan includes a request for more air defence systems.") == [
        "request for more air defence systems"]
    assert _points("The plan proposes that Ukrainian troops replace some US forces in "
                   "Europe.") == ["Ukrainian troops replace some US forces in Europe"]
    assert _points("The plan seeks an immediate invitation to join NATO.") == [
        "immediate invitation to join NATO"]
    assert _points("In presenting the plan, Zelensky asked partners to lift restrictions on "
                   "long-range weapons.") == ["lift restrictions on long-range weapons"]


def test_an_ordinal_point_past_the_plans_name_its_verb_or_an_aside() -> None:
    assert _numbered("The first point calls for an immediate invitation to join NATO.") == [
        (1, "immediate invitation to join NATO")]
    assert _numbered("The third point of the plan concerns a non-nuclear deterrence "
                     "package.") == [(3, "non-nuclear deterrence package")]
    assert _numbered("The fourth point, on the economy, proposes joint use of critical "
                     "minerals.") == [(4, "joint use of critical minerals")]
    assert _numbered("Its fifth point would see Ukrainian troops replace US troops in Europe "
                     "after the war.") == [
        (5, "Ukrainian troops replace US troops in Europe after the war")]
    # Near miss: what is said of the point past the plan's name.
    assert _numbered("The third point of the plan drew scorn in Moscow.") == []


def test_an_ordinal_point_told_in_the_plan_with_an_aside_or_an_addressee() -> None:
    # `in the plan`, then an aside before the copula: the content is past both.
    assert _numbered("The third point in the plan, the president said, is a joint fund for "
                     "rebuilding the power grid.") == [
        (3, "joint fund for rebuilding the power grid")]
    # `The first of the N points included in the plan calls on X to Y`: what X is asked to do.
    assert _numbered("The first of the six points included in the new plan calls on Kyiv's "
                     "European partners to admit Ukraine to the bloc this year.") == [
        (1, "admit Ukraine to the bloc this year")]
    # `describing the first step as A and the last B`: A, never running on into B.
    got = _numbered("He described the first step of his plan as a binding invitation to the "
                    "bloc and the last a pledge to host allied troops, ideas that irked Moscow.")
    assert got == [(1, "binding invitation to the bloc")]
    # One word of judgement between the ordinal and its noun; a gerund before the plan.
    assert _numbered("The first crucial point in implementing the plan calls for a permanent "
                     "seat on the council.") == [(1, "permanent seat on the council")]
    # The plan's proper name capitalised; `stresses the need for` before what it asks.
    assert _numbered("The second point of the Victory Plan stresses the need for joint air "
                     "patrols over the west.") == [(2, "joint air patrols over the west")]
    # Near miss: what the point drew, past `in the plan`.
    assert _numbered("The third point in the plan, the president said, drew scorn.") == []


def test_a_list_right_below_a_line_that_counts_the_plans_points() -> None:
    assert _numbered("The plan has five points.\n1. An invitation to join NATO.\n2. Stronger "
                     "air defences.\n3. A non-nuclear deterrence package.") == [
        (1, "invitation to join NATO"), (2, "Stronger air defences"),
        (3, "non-nuclear deterrence package")]
    assert _points("\nHere are the plan's five points\n- An invitation to join NATO\n- Stronger "
                   "air defences") == ["invitation to join NATO", "Stronger air defences"]
    # Near misses: a headline naming a five-point plan; a count that does not end the line.
    assert _points("\nZelensky's five-point plan goes to Brussels\n- Zelensky briefs EU leaders "
                   "on Thursday\n- Allies remain split") == []
    assert _points("\nThe plan has five points. Here is how allies reacted.\n- Germany wants "
                   "more time\n- Poland backs it") == []


def test_one_more_point_after_the_plan() -> None:
    assert _points("Another point calls for joint use of critical minerals.") == [
        "joint use of critical minerals"]
    assert _points("The final point proposes that Ukrainian troops replace US troops in "
                   "Europe.") == ["Ukrainian troops replace US troops in Europe"]
    assert _points("A further demand is a non-nuclear deterrence package.") == [
        "non-nuclear deterrence package"]
    assert _points("The plan also asks that allies share intelligence.") == [
        "allies share intelligence"]
    # Near misses: a remark, a point of contention, a verdict, far from the plan.
    assert _points("Another point is that allies are divided.") == []
    assert _points("Another point would be that allies are divided.") == []
    assert _points("Another point of contention is the cost.") == []
    assert _points("Another demand is unrealistic.") == []
    assert _points("Markets were calm.\n\nTraders shrugged.\n\nAnother demand is a new "
                   "trade deal.") == []


def test_an_adverb_before_the_plans_verb_and_an_according_to_opener() -> None:
    assert _points("The plan reportedly calls for an invitation to join NATO.") == [
        "invitation to join NATO"]
    assert _points("Markets were calm.\n\nAccording to the plan, Ukraine seeks an immediate "
                   "invitation to join NATO.") == ["immediate invitation to join NATO"]
    assert _points("Markets were calm.\n\nAccording to the plan, Kyiv wants more air defence "
                   "systems and a deterrence package.") == [
        "more air defence systems", "deterrence package"]
    # Near miss: what critics of the plan say Kyiv wants.
    assert _points("Markets were calm.\n\nAccording to critics of the plan, Kyiv wants a "
                   "quick end to sanctions.") == []


def test_the_plan_urging_allies_towards_its_aim_is_no_point() -> None:
    assert _points("The plan urges allies to lift limits on long-range weapons.") == [
        "lift limits on long-range weapons"]
    assert _points("The plan asks allies for a just and lasting peace.") == []


def test_the_answer_to_a_question_about_the_plan() -> None:
    assert _points("What does the plan ask for? An immediate invitation to join NATO, "
                   "long-range weapons and a deterrence package.") == [
        "immediate invitation to join NATO", "long-range weapons", "deterrence package"]
    assert _numbered("What does the plan ask for?\nFirst, an immediate invitation to join NATO. "
                     "Second, permission to strike targets inside Russia.") == [
        (1, "immediate invitation to join NATO"), (2, "permission to strike targets inside Russia")]
    # Near misses: a question about something else; an adverb series far from the plan.
    assert _points("Markets were calm.\n\nWhat do traders want? Lower rates, cheaper oil and "
                   "a weaker dollar.") == []
    assert _points("Markets were calm.\n\nHe flew to Brussels later.\nFirst, he met lawmakers "
                   "there. Second, a dinner with allies.") == []
    assert _points("Kyiv published the plan. First, the minister met the press. Second, a "
                   "flight to Oslo.") == []


def test_an_adverb_series_in_the_paragraph_after_a_line_counting_the_points() -> None:
    assert _numbered("The plan has three points:\n\nFirst, allies should open talks on "
                     "Moldova's entry now. Second, partners must lift caps on artillery "
                     "shells. Third, a radar shield would cover the Danube ports.") == [
        (1, "allies should open talks on Moldova's entry now"),
        (2, "partners must lift caps on artillery shells"),
        (3, "radar shield would cover the Danube ports")]
    # Near misses: the line before the series introduces something other than the plan; a
    # sentence naming the plan whose colon introduces other things (the meeting's findings).
    assert _numbered("Markets were calm.\n\nThe weather report had two parts:\n\nFirst, rain "
                     "in the west. Second, snow in the hills.") == []
    assert _numbered("After the victory plan was debated, the committee drew two findings: "
                     "first, the budget must be passed by Friday, and second, the ministers "
                     "will report monthly.") == []


def test_kyiv_asking_allies_right_after_the_plan() -> None:
    assert _points("Ukraine also asks allies to lift restrictions on long-range strikes.") == [
        "lift restrictions on long-range strikes"]
    assert _points("Kyiv is asking partners to supply more air defence systems.") == [
        "supply more air defence systems"]
    # Near miss: another country asking.
    assert _points("Hungary asks allies to lift sanctions on Russian oil.") == []


PARAGRAPH = "Volodymyr Zelensky presented his victory plan to parliament on Wednesday.\n\n"


def _points_in_own_paragraph(text: str) -> list[str]:
    result = extract_text(PARAGRAPH + text + "\n")
    return [p.summary for p in result.plan.points] if result.plan else []


def test_what_the_plan_would_do_under_it_is_a_point() -> None:
    assert _points_in_own_paragraph(
        "Under the plan, Ukraine would receive an immediate invitation to join NATO.") == [
        "Ukraine would receive an immediate invitation to join NATO"]
    assert _points_in_own_paragraph(
        "Under Zelensky's victory plan, Western partners would lift limits on long-range "
        "strikes; critics balked.") == ["Western partners would lift limits on long-range strikes"]
    # Near misses: another plan or rules, `under the plan` inside a report, an aside before
    # the clause, a clause that states no proposal.
    assert _points_in_own_paragraph(
        "Under the new rules, Ukraine would receive an invitation.") == []
    assert _points_in_own_paragraph(
        "Diplomats said that under the plan, Ukraine would join NATO.") == []
    assert _points_in_own_paragraph(
        "Under the plan, which critics call unrealistic, Ukraine would join NATO.") == []
    assert _points_in_own_paragraph("Under the plan, it is unclear who would pay.") == []


def test_the_plans_points_named_with_the_article_in_a_paragraph_of_their_own() -> None:
    assert _points_in_own_paragraph(
        "The plan's five points are an invitation to NATO, stronger air defences, a deterrence "
        "package, protection of mineral resources and a role for Ukrainian troops in Europe.") == [
        "invitation to NATO", "stronger air defences", "deterrence package",
        "protection of mineral resources", "role for Ukrainian troops in Europe"]
    # Near misses: `its` with no plan named before it in the paragraph, another party's plan.
    assert _points_in_own_paragraph(
        "Its five points are lower taxes, cheaper energy and a smaller state budget.") == []
    assert _points_in_own_paragraph(
        "Trump's plan's main points are lower tariffs, fewer troops abroad and a trade deal.") == []


def test_a_colon_list_of_the_plans_pillars_or_priorities_gives_its_points() -> None:
    assert _points_in_own_paragraph(
        "The plan rests on five pillars: NATO membership, stronger air defences and post-war "
        "security guarantees.") == [
        "NATO membership", "stronger air defences", "post-war security guarantees"]
    # Near miss: a colon list of demands, which may be anyone's.
    assert _points_in_own_paragraph(
        "Hungary's demands: minority rights, gas transit and fewer sanctions.") == []


def test_one_of_the_plans_points_is_a_point() -> None:
    assert _points_in_own_paragraph(
        "One of the plan's key points is the invitation to join NATO.") == [
        "invitation to join NATO"]
    # Near misses: `its` with no plan named before it in the paragraph, a verdict, a critic.
    assert _points_in_own_paragraph("One of its key points is lower taxes for farmers.") == []
    assert _points_in_own_paragraph("One of the plan's key points is unrealistic.") == []
    assert _points_in_own_paragraph("One of the plan's critics is Viktor Orban.") == []


def test_what_is_asked_as_part_of_the_plan_is_a_point() -> None:
    assert _points_in_own_paragraph(
        "As part of the plan, Zelensky called for a non-nuclear strategic deterrence "
        "package.") == ["non-nuclear strategic deterrence package"]
    # Near misses: another plan, and what someone said of it.
    assert _points_in_own_paragraph(
        "As part of the budget, the minister called for higher taxes.") == []
    assert _points_in_own_paragraph(
        "As part of the plan, Zelensky said allies had been slow.") == []
