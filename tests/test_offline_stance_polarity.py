"""Polarity is sacred: mixed evidence or a cue that states no position gives no stance, never a
guess. Invented sentences, each with a near miss that does state a position."""

from __future__ import annotations

from conftest import stances

from summarizer.extract.offline.stance_scope import decide


def test_support_and_rejection_of_equal_weight_is_the_more_specific_no() -> None:
    # evals/README.md section 3: the more specific sentence (the no) wins.
    assert stances("Norway backed the NATO invitation. Norway also rejected the invitation.") == {
        "NO": "opposes"}


def test_majority_support_with_a_no_that_is_not_about_now_is_mixed() -> None:
    assert decide(["supports", "supports", "opposes"], [False, False, False]) is None
    # Near miss: the no is about now, which support for later membership does not contradict.
    assert decide(["supports", "supports", "opposes"], [False, False, True]) == "opposes"


def test_qualified_support_is_hesitant_and_outvoted_hesitation_is_mixed() -> None:
    assert decide(["supports", "hesitant"], [False, False]) == "hesitant"
    assert decide(["supports", "supports", "hesitant"], [False, False, False]) is None
    assert decide(["supports", "supports"], [False, False]) == "supports"


def test_eventual_support_and_not_now_is_opposition() -> None:
    text = ("Italy supports Ukraine's eventual NATO membership. Italy opposes an invitation "
            "now.")
    assert stances(text) == {"IT": "opposes"}


def test_a_condition_is_not_support() -> None:
    assert stances("US backing is crucial if Ukraine is to be invited to join NATO.") == {}
    assert stances("German support will be essential for any NATO invitation.") == {}
    assert stances("Berlin would back an invitation to NATO if Congress agreed.") == {}
    # Support deferred to after the war is open in principle but not now: hesitant
    # (test_offline_stance_deferred.py), no longer a condition that states nothing.
    # Near miss: the same country's support stated as its own.
    assert stances("German support for the NATO invitation is firm.") == {"DE": "supports"}
    assert stances("Berlin would back an invitation to NATO.") == {"DE": "supports"}


def test_support_for_ukraine_in_general_is_not_support_for_the_invitation() -> None:
    assert stances("Denmark will continue to support Ukraine with military aid as NATO "
                   "ministers meet.") == {}
    assert stances("Spain reaffirmed its support for Ukraine as NATO ministers met.") == {}
    assert stances('"We will support the president," Dutch Foreign Minister Kees Veld said at '
                   "the NATO meeting.") == {}
    # Near misses: the object's own phrase is the question.
    assert stances("Denmark will support Ukraine's NATO membership.") == {"DK": "supports"}
    assert stances("Spain backs Kyiv in its bid to join the alliance.") == {"ES": "supports"}
    assert stances('"We support an invitation to NATO now," Dutch Foreign Minister Kees Veld '
                   "said.") == {"NL": "supports"}


def test_a_request_for_something_else_is_not_support() -> None:
    assert stances("Poland called for more air defence for Ukraine at the NATO meeting.") == {}
    assert stances("Italy is seeking more ammunition for Kyiv ahead of the NATO summit.") == {}
    # Near misses: what is asked for is the step.
    assert stances("Poland is pushing for an invitation at the NATO meeting.") == {
        "PL": "supports"}
    assert stances("Poland called on allies to invite Ukraine into NATO.") == {"PL": "supports"}


def test_not_asking_is_no_refusal() -> None:
    assert stances("Kyiv has not asked allies to extend an invitation to join NATO.") == {}
    assert stances("Kyiv could ask allies to extend an invitation to join NATO.") == {}
    assert stances("Poland is not pushing hard for an invitation to join NATO.") == {}
    assert stances("Poland did not push for an invitation to join NATO.") == {}
    assert stances("Poland has not argued for an invitation to join NATO.") == {}
    # A negated asking form is no request either (it was read as support).
    assert stances("Poland will not lobby for an invitation to join NATO.") == {}
    assert stances("Poland did not press allies for an invitation to NATO.") == {}
    assert stances("Poland pressed allies for an invitation to NATO.") == {"PL": "supports"}
    # Near miss: a refusal in words of its own is a position.
    assert stances("Sweden does not want an invitation for Ukraine to join NATO this "
                   "year.") == {"SE": "opposes"}


def test_rejecting_a_rejection_is_no_position_either_way() -> None:
    intro = "Volodymyr Zelensky presented his victory plan to parliament on Wednesday. "
    assert stances(intro + "Zelensky rejected suggestions that the plan was premature.") == {
        "UA": "supports"}
    assert stances(intro + "Zelensky dismissed the criticism of his plan.") == {
        "UA": "supports"}
    assert stances("Ukraine rejected any delay to the NATO invitation.") == {}
    assert stances("Kyiv refused to drop its demand for a NATO invitation.") == {}
    # Near miss: rejecting the step itself.
    assert stances("Hungary rejected the NATO invitation.") == {"HU": "opposes"}


def test_withholding_a_view_until_later_is_hesitant() -> None:
    assert stances("Austria will study the NATO invitation before deciding.") == {
        "AT": "hesitant"}
    # Near miss: deciding already.
    assert stances("Austria has decided to back the NATO invitation.") == {"AT": "supports"}


def test_support_only_if_others_back_the_step_first_hides_behind_them() -> None:
    # evals/README.md section 3: hiding behind others is hesitant (not support, not nothing).
    assert stances("Berlin would back an invitation to NATO if Washington did.") == {
        "DE": "hesitant"}
    assert stances("Lisbon would support the NATO invitation only if a clear majority of "
                   "allies did.") == {"PT": "hesitant"}
    # Near misses: a condition on the candidate or on the holder's own institutions, and
    # `even if`, state nothing.
    assert stances("Berlin would back an invitation to NATO if Kyiv did.") == {}
    assert stances("Berlin would back an invitation to NATO if the Bundestag agreed.") == {}
    assert stances("Berlin would back an invitation to NATO even if Washington did not.") == {}


def test_welcoming_the_plan_is_not_backing_the_invitation() -> None:
    # stance.toml [scope.welcomed]: the welcome's object must name the step.
    assert stances("Denmark welcomed Zelensky's victory plan on Thursday.") == {}
    assert stances("Denmark welcomed the victory plan, which calls for an immediate NATO "
                   "invitation.") == {}
    assert stances("Germany welcomed the NATO plan for Ukraine as ministers met in "
                   "Brussels.") == {}
    # Near misses: the welcome names the step.
    assert stances("Denmark welcomed the plan's call for an immediate NATO invitation.") == {
        "DK": "supports"}
    assert stances("Denmark would welcome an invitation for Ukraine to join NATO.") == {
        "DK": "supports"}
    assert stances("Denmark would welcome Ukraine into NATO.") == {"DK": "supports"}


def test_another_questions_object_ends_at_its_mark() -> None:
    # stance_forms.other_question: the object ends at the first mark, so a NATO word in the
    # next clause does not make an EU bid the question.
    assert stances("Sweden supports Ukraine's EU membership bid, and NATO ministers meet on "
                   "Friday.") == {}
    # Near miss: the object names NATO itself.
    assert stances("Sweden supports Ukraine's NATO membership bid, and EU ministers meet on "
                   "Friday.") == {"SE": "supports"}


def test_backing_part_of_the_plan_is_not_backing_the_plan() -> None:
    # stance.toml [scope.plan_parts]: the plan's first point is the invitation; its other parts
    # are not.
    assert stances("Norway backed the plan's economic points, but said nothing of the NATO "
                   "invitation.") == {}
    assert stances("Norway supports parts of the victory plan, officials said before the NATO "
                   "meeting.") == {}
    # Near misses: the first point, the invitation, the whole plan.
    assert stances("Norway backed the plan's first point, an immediate NATO invitation.") == {
        "NO": "supports"}
    assert stances("Norway backs the plan's call for an immediate invitation to NATO.") == {
        "NO": "supports"}
    assert stances("Norway backs the victory plan, officials said.") == {"NO": "supports"}
