"""Patterns of news writing that state a country's stance on the invitation, each on invented
sentences with a near miss that states none (or another)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import extract_text, stances

from summarizer.extract.offline.stance_indirect import indirect_forms, load_indirect
from summarizer.extract.offline.stance_stage import distinct_evidence
from summarizer.extract.offline.stances import Vote
from summarizer.extract.offline.word_packs import PackError

PLAN = "Volodymyr Zelensky presented his victory plan on Wednesday. "


def test_one_piece_of_evidence_is_one_vote() -> None:
    inner = Vote("FR", "supports", (40, 60), "X")
    outer = Vote("FR", "supports", (10, 90), None)
    other = Vote("FR", "hesitant", (100, 140), "X")
    assert distinct_evidence([outer, inner, other]) == [outer, other]
    assert distinct_evidence([inner, outer, other]) == [outer, other]
    # Near miss: a vote of another position inside the same sentence still counts.
    against = Vote("FR", "opposes", (40, 60), "X")
    assert distinct_evidence([outer, against]) == [outer, against]


def test_a_quoted_support_read_twice_does_not_outvote_a_reservation() -> None:
    text = (PLAN + 'Anna Lenoir, a spokesperson for the French foreign ministry, said '
            'France "fully supports Ukraine\'s path towards NATO." But, she said, "a path is '
            'not a date, and we will want to study the plan with our partners before we say '
            'more."')
    assert stances(text).get("FR") == "hesitant"


def test_a_cue_that_ends_a_sentence_takes_the_question_before_it() -> None:
    before = "Allies disagree on when to invite Ukraine to join NATO. "
    assert stances(before + "Portugal was among the most sceptical.") == {"PT": "hesitant"}
    assert stances("Volodymyr Zelensky presented his victory plan to Italian Prime Minister "
                   "Carla Fontana. She was wary.").get("IT") == "hesitant"
    # Near misses: the cue has an object of its own, or nothing before was on the question.
    assert stances(before + "Portugal was sceptical of the budget deal.") == {}
    assert stances("The weather in Lisbon was cold. Portugal was among the most "
                   "sceptical.") == {}


def test_a_step_cue_keeps_ukraine_as_the_one_invited() -> None:
    assert stances("Kyiv wants NATO to invite Ukraine at the summit.") == {"UA": "supports"}
    # Near miss: support for Ukraine itself is support in general.
    assert stances("Poland will continue to support Ukraine as NATO ministers meet.") == {}


def test_what_the_step_would_cause_states_the_position() -> None:
    assert stances("France has long argued that membership would provoke Moscow.") == {
        "FR": "opposes"}
    assert stances("A Dutch official warned that an invitation now \"would make NATO a party to "
                   "the war.\"") == {"NL": "opposes"}
    assert stances("Lithuania says Ukraine in NATO would deter Russia.") == {"LT": "supports"}
    assert stances("Poland believes NATO membership would end the war.") == {"PL": "supports"}
    # Near misses: the step turned round, the claim denied or questioned, the outcome negated.
    assert stances("Poland believes delaying NATO membership would provoke Moscow.") == {}
    assert stances("France denied that NATO membership for Ukraine would provoke Moscow.") == {}
    assert stances("France asked whether NATO membership would provoke Moscow.") == {}
    assert stances("Poland believes NATO membership would not end the war.") == {}
    # Ukraine's own membership as the subject is not Ukraine's view.
    assert stances("Ukraine's membership would provoke Moscow, analysts say.") == {}


def test_a_derisive_verdict_on_the_plan_is_a_rejection() -> None:
    assert stances(PLAN + "Russian lawmaker Ivan Petrov called the plan a wish list.").get(
        "RU") == "opposes"
    assert stances(PLAN + 'Kremlin spokesman Dmitry Peskov dismissed it as "a fantasy".').get(
        "RU") == "opposes"
    # The presenter's verdict is the presenter's: never taken from the one he answers.
    assert stances(PLAN + "He rejected claims that the plan was a fantasy.") == {
        "UA": "supports"}
    # Near misses: the verdict denied; a derisive word about something else.
    assert "RU" not in stances(PLAN + "Russian lawmaker Ivan Petrov did not call the plan a "
                               "wish list.")
    assert "RU" not in stances(PLAN + "Russian lawmaker Ivan Petrov called the sanctions a "
                               "farce.")


def test_a_blessing_given_or_held_back() -> None:
    assert stances(PLAN + "Washington gave the plan its full backing.").get("US") == "supports"
    assert stances(PLAN + "Washington has yet to give the plan its public blessing.").get(
        "US") == "hesitant"
    assert stances(PLAN + "Ottawa has not given the plan its endorsement.").get(
        "CA") == "hesitant"
    # Near miss: backing given to Ukraine is support in general; Ukraine is not its holder.
    assert stances("Washington gave Ukraine its full backing at the NATO meeting.") == {}


def test_something_else_wanted_first_is_a_wait() -> None:
    assert stances("Italy wants security guarantees first before any NATO invitation.") == {
        "IT": "hesitant"}
    assert stances("Rome wants to see a ceasefire first, then talk of NATO membership.") == {
        "IT": "hesitant"}
    # Near misses: the thing wanted is the step; the clause does not name the step; Ukraine.
    assert stances("Kyiv wants an invitation first, before any talks on a ceasefire with NATO "
                   "allies.") == {"UA": "supports"}
    assert stances("Italy wants more air defence first, its minister told the EU summit.") == {}
    assert stances("Kyiv wants more air defence first, before any NATO invitation.") == {}


def test_whom_a_position_is_given_or_asked_of_holds_nothing() -> None:
    assert stances("Poland urged Germany to back the NATO invitation.") == {"PL": "supports"}
    # Near miss: the one asked states its own position in a clause of its own.
    assert stances("Poland urged Germany to back the NATO invitation, but Germany "
                   "refused.").get("PL") == "supports"


def test_the_indirect_forms_load_as_a_typed_pack() -> None:
    pack = indirect_forms()
    assert "provoke" in pack.consequences.harms
    assert "wish list" in pack.verdicts.derisions
    assert all(w == w.lower() for w in pack.grants.nouns)


def test_stance_evidence_is_grounded_and_names_its_holder() -> None:
    text = PLAN + "Russian lawmaker Ivan Petrov called the plan a wish list."
    for stance in extract_text(text).stances:
        for evidence in stance.evidence:
            for a, b in evidence.spans:
                assert text[a:b] in evidence.text or evidence.text in text
        if stance.country == "RU":
            assert stance.actors == ["Ivan Petrov"]
            assert "Petrov" in stance.evidence[0].text


def test_a_parliament_speaks_for_its_country() -> None:
    text = PLAN + ("Ivan Orlov, deputy chairman of the State Duma's defence committee, called "
                   "the plan a fantasy.")
    assert stances(text).get("RU") == "opposes"
    # Near miss: a member of another country's parliament is that country's voice.
    text = PLAN + "Jan Kowal, a member of the Sejm, called the plan a fantasy."
    assert stances(text).get("PL") == "opposes"
    assert "RU" not in stances(text)


def test_the_candidate_judged_is_not_the_judge() -> None:
    assert stances("Prague insists that Ukraine's place is in NATO.") == {"CZ": "supports"}
    assert stances("The Czech government says Ukraine belongs in NATO.") == {"CZ": "supports"}
    assert stances('"Ukraine belongs in NATO," Czech Foreign Minister Jan Novak said.') == {
        "CZ": "supports"}
    # Ukraine's own voice still holds it.
    assert stances("Zelensky said Ukraine belongs in NATO.") == {"UA": "supports"}
    # Near misses: nobody judges; the judge's own verb is a doubt, never a report of support.
    assert stances("Ukraine belongs in NATO.") == {}
    assert stances("Greece hopes that Ukraine belongs in NATO one day.") == {}


def test_doubt_about_the_step_is_hesitation() -> None:
    assert stances("Greece remains unconvinced that Ukraine should be invited to NATO now.") == {
        "GR": "hesitant"}
    assert stances("Greece is not sure that Ukraine should be invited to NATO now.") == {
        "GR": "hesitant"}
    assert stances("Bulgaria has questioned the timing of a NATO invitation for Ukraine.") == {
        "BG": "hesitant"}
    # Near miss: convinced is a report of the holder's own claim.
    assert stances("Greece is convinced that Ukraine belongs in NATO.") == {"GR": "supports"}


def test_a_cue_in_a_relative_clause_on_others_is_theirs() -> None:
    assert stances(PLAN + "He said allies who hesitate were reckless.") == {"UA": "supports"}
    # Near miss: the relative clause on the holder itself keeps its cue.
    assert stances("Slovakia, which opposes the NATO invitation, abstained.") == {
        "SK": "opposes"}


def test_the_step_named_the_best_of_something_valued_backs_it() -> None:
    assert stances('"There is no cheaper security guarantee for Europe than Ukraine in NATO," '
                   "Lithuanian Deputy Foreign Minister Rasa Jankaite said.") == {"LT": "supports"}
    assert stances("Estonia says an invitation to NATO is the best guarantee of peace.") == {
        "EE": "supports"}
    # Near misses: the best guarantee is something else; denied; another union's membership.
    assert stances("Germany argues that the best security guarantee is a strong Ukrainian "
                   "army.") == {}
    assert stances("Germany argues that NATO membership is not the best security "
                   "guarantee.") == {}
    assert stances("Germany argues that the best guarantee is membership of the EU.") == {}
    assert stances("Poland believes EU membership would end the war.") == {}


def test_the_step_declared_impossible_now_is_a_no() -> None:
    assert stances("Germany's chancellor said membership cannot be decided in the middle of a "
                   "war.") == {"DE": "opposes"}
    # Near misses: the impossibility turned round (`cannot be ruled out`, `cannot come soon
    # enough`) states no position rather than a flipped one.
    assert stances("Germany's chancellor said membership cannot be ruled out.") == {}
    assert stances("Germany's chancellor said an invitation cannot come soon enough.") == {}


def test_a_government_asking_for_the_invitation_backs_it() -> None:
    assert stances("Ukrainian officials asked NATO members for an invitation this year.") == {
        "UA": "supports"}
    assert stances("Kyiv has repeatedly asked the alliance for a formal invitation.") == {
        "UA": "supports"}
    # Near misses: asking for something else; being asked is no position of one's own.
    assert stances("Kyiv asked allies for more air defence systems ahead of the NATO "
                   "summit.") == {}
    assert stances("Hungary was asked for its consent to the NATO invitation.") == {}
    assert stances("Germany was urged to back the NATO invitation.") == {}


def test_refusing_to_accept_the_candidate_is_a_no() -> None:
    assert stances("Russia says it will never accept Ukraine in NATO.") == {"RU": "opposes"}
    assert stances("Norway would accept Ukraine into the alliance tomorrow.") == {
        "NO": "supports"}
    # Near miss: hedged acceptance states nothing.
    assert stances("Norway could accept Ukraine into NATO if the war ended.") == {}


def test_short_judgements_of_the_step() -> None:
    assert stances("Norway says an invitation to join NATO is long overdue.") == {
        "NO": "supports"}
    assert stances("Russian officials have said NATO membership for Ukraine is a red "
                   "line.") == {"RU": "opposes"}
    # Near misses: someone else's red line (its owner's: test_offline_stance_red_lines.py);
    # a red line crossed.
    assert stances("Polish officials said NATO membership for Ukraine is a red line for "
                   "Moscow.") == {"RU": "opposes"}
    assert stances("Polish officials said an invitation would not cross any red line.") == {}


def test_a_kremlin_warning_about_the_plan_is_a_rejection() -> None:
    text = PLAN + ("Kremlin spokesman Dmitry Peskov told reporters the plan would only escalate "
                   "the conflict.")
    assert stances(text) == {"UA": "supports", "RU": "opposes"}
    # Near miss: fears about the step dismissed are no position.
    assert stances("Berlin dismissed fears that an invitation would drag the alliance into "
                   "the war.") == {}
    assert stances("Berlin fears an invitation would drag the alliance into the war.") == {
        "DE": "opposes"}


def test_the_object_of_support_does_not_take_the_subjects_reservation() -> None:
    text = PLAN + ('German Chancellor Olaf Scholz said Germany would support Ukraine "as long as '
                   'necessary" but would not commit to a NATO invitation.')
    assert stances(text) == {"UA": "supports", "DE": "hesitant"}


def test_indirect_forms_never_guess_a_polarity() -> None:
    # The content of someone's fears; a step turned round by a cue word of its own.
    assert stances("Lithuania said fears that membership would provoke Moscow were "
                   "overblown.") == {}
    assert stances(PLAN + "Germany warned that rejecting the plan would provoke Moscow.") == {
        "UA": "supports"}
    # A verdict on what follows derides it: the derided cue is nobody's position.
    assert stances(PLAN + "He called it nonsense to suggest the plan was premature.") == {
        "UA": "supports"}
    assert stances(PLAN + "Zelensky said it was absurd that allies still hesitate.") == {
        "UA": "supports"}
    # A judgement of something other than the step.
    assert stances("Hungary said a debate on the NATO invitation was long overdue.") == {}
    assert stances("Russian officials said sending troops to Ukraine was a red line, as NATO "
                   "ministers met.") == {}
    # Near misses: the same forms said of the step.
    assert stances("Slovakia considers Ukraine's membership in NATO a red line.") == {
        "SK": "opposes"}
    assert stances(PLAN + "Hungary said the plan would drag NATO into war.") == {
        "UA": "supports", "HU": "opposes"}


def test_the_presenter_reporting_others_takes_none_of_their_verdict() -> None:
    assert stances(PLAN + "Zelensky said critics had called the plan dangerous.") == {
        "UA": "supports"}
    assert stances(PLAN + "German Chancellor Olaf Scholz, who met Zelensky on Friday, remained "
                   "cautious about the plan.") == {"UA": "supports", "DE": "hesitant"}
    # Near misses: the holder's own report; whom one tells is no subject.
    assert stances(PLAN + "Hungary said the plan was dangerous.") == {
        "UA": "supports", "HU": "opposes"}
    assert stances("Germany told allies it would oppose the NATO invitation.") == {
        "DE": "opposes"}


def test_what_the_candidate_needs_is_said_by_whoever_says_it() -> None:
    assert stances("Zelensky said Ukraine needed an invitation now, not after the war.") == {
        "UA": "supports"}
    assert stances("Germany said Ukraine did not need an invitation now.") == {"DE": "opposes"}
    # Near miss: nobody says so.
    assert stances("Ukraine needs an invitation to join NATO.") == {}


def test_a_condition_voids_the_indirect_forms_too() -> None:
    assert stances(PLAN + "Washington would give the plan its blessing if Congress "
                   "agreed.") == {"UA": "supports"}
    assert stances("Poland said membership would end the war only if the US agreed.") == {}
    # Consent conditioned on another country hides behind it, as `would back it if Washington
    # did` does (test_offline_stance_polarity.py): hesitant, not nothing.
    assert stances("Berlin would accept Ukraine into NATO if Washington did.") == {
        "DE": "hesitant"}
    # Near miss: the same without the condition.
    assert stances("Berlin would accept Ukraine into NATO.") == {"DE": "supports"}


def test_a_broken_indirect_pack_names_its_file(tmp_path: Path) -> None:
    from summarizer.extract.offline.pack_base import DATA_DIR

    good = (DATA_DIR / "stance_indirect.toml").read_text(encoding="utf-8")
    broken = tmp_path / "stance_indirect.toml"
    broken.write_text(good.replace("[verdicts]", "[verdictz]"), encoding="utf-8")
    with pytest.raises(PackError, match=r"stance_indirect\.toml"):
        load_indirect(broken)
    # Near miss: the shipped file loads.
    assert load_indirect(DATA_DIR / "stance_indirect.toml") == indirect_forms()


def test_a_quotations_stance_evidence_names_its_speaker() -> None:
    text = PLAN + ('Anna Lenoir, a spokesperson for the French foreign ministry, said on Monday '
                   'that Paris had questions. "We will want to study the plan with our partners '
                   'before we say more," she said.')
    (france,) = [s for s in extract_text(text).stances if s.country == "FR"]
    assert france.position == "hesitant"
    evidence = france.evidence[0]
    assert evidence.text.startswith("Anna Lenoir … ")
    # Grounded: every piece is the article's own text at its spans, in order.
    assert evidence.text == " … ".join(text[a:b] for a, b in evidence.spans)
    # Near miss: a sentence that names the holder itself brings no extra piece.
    text = PLAN + "France is wary of the NATO invitation, its foreign minister said."
    (france,) = [s for s in extract_text(text).stances if s.country == "FR"]
    assert len(france.evidence[0].spans) == 1


PLAN = "Zelensky presented his victory plan to parliament on Wednesday. "


def test_a_role_noun_possessed_by_the_question_is_the_subjects_position() -> None:
    assert stances(PLAN + "Norway and Estonia have been the plan's most vocal backers.") == {
        "UA": "supports", "NO": "supports", "EE": "supports"}
    assert stances(PLAN + "Austria is one of the invitation's fiercest critics.") == {
        "UA": "supports", "AT": "opposes"}
    # Near miss: the supporters of someone else (Ukraine in general) are no position.
    assert stances(PLAN + "Norway has been among Ukraine's loudest supporters.") == {
        "UA": "supports"}


def test_a_role_noun_as_an_object_is_others_position_not_the_subjects() -> None:
    assert stances(PLAN + "Austria criticised the supporters of the plan.") == {
        "UA": "supports"}
    assert stances(PLAN + "Austria mocked the plan's backers.") == {"UA": "supports"}
    # Near misses: predicate and apposition.
    assert stances(PLAN + "Austria is a firm supporter of the plan.") == {
        "UA": "supports", "AT": "supports"}
    assert stances(PLAN + "Austria, a firm supporter of the plan, hosted the talks.") == {
        "UA": "supports", "AT": "supports"}


def test_consent_to_the_step_given_or_withheld() -> None:
    assert stances("Lisbon and Madrid have said privately that they will not agree to an "
                   "invitation this year.") == {"PT": "opposes", "ES": "opposes"}
    assert stances("Athens agreed to an immediate NATO invitation.") == {"GR": "supports"}
    assert stances("Athens has yet to sign off on the invitation to NATO.") == {
        "GR": "hesitant"}
    # Wanting the step with a modifier (`a NATO invitation`), or not wanting it.
    assert stances("Estonia's government wants a NATO invitation for Ukraine this year.") == {
        "EE": "supports"}
    assert stances("Bratislava does not want a NATO invitation for Ukraine.") == {
        "SK": "opposes"}
    # Near misses: hedged, or agreeing to something else about the step.
    assert stances("Athens could agree to an invitation to NATO.") == {}
    assert stances("Athens agreed to discuss an invitation to NATO.") == {}


def test_questions_about_the_timing_are_hesitation() -> None:
    assert stances("Asked about the NATO invitation, a Dutch minister said The Hague had "
                   "serious questions about the timing.") == {"NL": "hesitant"}
    assert stances("Vienna has doubts over the timing of an invitation to NATO.") == {
        "AT": "hesitant"}
    # Near miss: the doubts denied are no hesitation.
    assert stances("Vienna has no doubts about the timing of an invitation to NATO.") == {
        "AT": "supports"}


def test_issuing_the_invitation_is_backing_it() -> None:
    assert stances("Oslo is ready to extend an invitation to join NATO.") == {"NO": "supports"}
    assert stances("Washington will not extend an invitation to join NATO this year.") == {
        "US": "opposes"}
    # `if it were up to us`: emphasis, not a condition.
    assert stances("Oslo would send the NATO invitation tomorrow if it were up to us.") == {
        "NO": "supports"}
    # Near misses: an invitation to a meeting, a real condition, a request of others.
    assert stances("Oslo sent an invitation to the NATO summit.") == {}
    assert stances("Oslo would send the NATO invitation if Congress agreed.") == {}
    assert stances("Kyiv has not asked allies to extend an invitation to join NATO.") == {}


def test_issuing_the_invitation_is_read_when_no_other_form_word_is_near() -> None:
    # The indirect forms are scanned only where one of their first words is present: the verbs
    # of issuing and consenting must open the scan on their own, with no `ready` or `accept`.
    assert stances("Lisbon would send the invitation to join NATO tomorrow.") == {
        "PT": "supports"}
    assert stances("Allies weighed a NATO invitation for Ukraine. Lisbon would send the "
                   "invitation tomorrow.") == {"PT": "supports"}


def test_openness_and_dismissal_are_positions() -> None:
    assert stances("Lisbon has signalled openness to a NATO invitation for Kyiv.") == {
        "PT": "supports"}
    assert stances("Croatian officials dismissed the idea of NATO membership for Kyiv.") == {
        "HR": "opposes"}


def test_a_possessive_holds_a_cue_past_one_modifier() -> None:
    assert stances("Diplomats discussed Moldova's membership bid for NATO.") == {"MD": "supports"}


def test_an_obligation_on_the_step_backs_it_and_a_delay_denies_it() -> None:
    assert stances("Greek officials said an invitation to join NATO must come soon.") == {
        "GR": "supports"}
    assert stances("Greek officials said NATO membership should wait.") == {"GR": "opposes"}
    assert stances("Greek officials asked whether an invitation should come.") == {}
    # Whose membership is meant does not make it their view.
    assert stances("Norwegian officials said Moldova's membership of NATO should wait.") == {
        "NO": "opposes"}


def test_against_is_a_cue_only_against_the_question() -> None:
    assert stances("Malta voted against the NATO invitation.") == {"MT": "opposes"}
    assert stances("Greece has argued against it in NATO talks.") == {"GR": "opposes"}
    assert stances("The plan would let Kyiv fire missiles against targets deep inside "
                   "Russia, and Ukraine wants NATO to agree.").get("UA") != "opposes"


def test_a_position_kept_private_is_unclear() -> None:
    assert stances("Austria has settled on a position on the invitation but has not made it "
                   "public.") == {"AT": "unclear"}
    assert stances("Estonia backs the NATO invitation. Ireland's position was hard to "
                   "read.") == {"EE": "supports", "IE": "unclear"}


def test_a_withheld_it_that_is_no_position_says_nothing() -> None:
    assert stances("Austria has discussed the invitation but has not made it public.") == {}


def test_support_for_the_country_itself_is_not_support_for_membership() -> None:
    assert stances("Norway's support for Kyiv is unwavering, NATO diplomats said.") == {}
    assert stances("Norway's support for Ukraine remains firm as NATO meets.") == {}
    assert stances("Norway's support for Kyiv's NATO membership is firm.") == {
        "NO": "supports"}


def test_a_role_noun_with_the_question_as_object_holds_a_position() -> None:
    assert stances("Latvia has been among the most vocal supporters of Ukraine's NATO "
                   "membership.") == {"LV": "supports"}
    assert stances("Slovenia is a long-standing opponent of the invitation to join NATO.") == {
        "SI": "opposes"}
    assert stances("Oslo remains among the sceptics of an early NATO invitation.") == {
        "NO": "hesitant"}


def test_a_role_noun_with_ukraine_in_general_as_object_holds_none() -> None:
    assert stances("Latvia has been among the most vocal supporters of military aid to Kyiv "
                   "since the NATO summit.") == {}
    assert stances("Slovenia, a steady backer of Ukraine's reconstruction, hosted NATO "
                   "envoys.") == {}


def test_ruling_out_the_invitation_opposes_it() -> None:
    assert stances("Hungary ruled out an invitation to join NATO while the war continues.") == {
        "HU": "opposes"}
    assert stances("Sofia has ruled out inviting Kyiv into the alliance this year.") == {
        "BG": "opposes"}


def test_ruling_out_something_else_holds_none() -> None:
    assert stances("Hungary ruled out sending troops, NATO diplomats said.") == {}


def test_wanting_details_or_a_consensus_first_and_wrong_timing_are_hesitant() -> None:
    assert stances("Belgium wants to see the plan's details first on the NATO invitation.") == {
        "BE": "hesitant"}
    assert stances("Athens would wait for a consensus before backing an invitation to join "
                   "NATO.") == {"GR": "hesitant"}
    assert stances("The Portuguese foreign minister said the timing was not right for NATO "
                   "membership.") == {"PT": "hesitant"}


def test_a_cue_on_another_question_holds_none() -> None:
    assert stances("Austria backed the opening of EU accession talks with Kyiv as the NATO "
                   "invitation was discussed.") == {}
    assert stances("Malta blocked new EU sanctions on Russia at the meeting on the NATO "
                   "invitation.") == {}
    # A near miss the other way: the EU and NATO both named, NATO's question stands.
    assert stances("Poland backs Ukraine's NATO and EU membership.") == {"PL": "supports"}


def test_a_cue_on_a_meeting_or_a_ceasefire_holds_none() -> None:
    # (`not keen on meeting with` him is no verdict on the plan he brought)
    assert stances("Olena Kostenko planned to discuss her victory plan with German leaders. "
                   "However, it appears that Berlin does not appear keen on meeting with "
                   "Kostenko.") == {}
    assert stances("Norway rejected a ceasefire on the day the NATO invitation was "
                   "discussed.") == {}
    # The near miss: keen on the step itself.
    assert stances("Germany is not keen on inviting Ukraine to NATO.") == {"DE": "hesitant"}
