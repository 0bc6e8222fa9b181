"""Cue words that state no position where they stand (a past position, a position given up, a
refusal of something else, a word of importance said of something else), and holders a cue word
does not reach by itself (the source of a reaction; whose support is only sought). Invented
sentences, each with a near miss."""

from __future__ import annotations

from conftest import stances

from summarizer.extract.offline import cues, stance_scope, stance_turns
from summarizer.extract.offline.stance_turns import turns

PLAN = "Volodymyr Zelensky presented his victory plan on Wednesday. "


def test_only_the_present_position_counts() -> None:
    assert stances("Germany, which previously opposed an invitation to NATO, now backs it.") == {
        "DE": "supports"}
    assert stances("France, once sceptical of Ukraine's NATO membership, now supports it.") == {
        "FR": "supports"}
    assert stances("Germany backed the plan to invite Ukraine last year but now opposes an "
                   "invitation to NATO.") == {"DE": "opposes"}
    # A past position alone says nothing of the present one.
    assert stances("Germany initially opposed an invitation to NATO but has since come "
                   "round.") == {}
    # Near misses: a position held since then, or held long, is present.
    assert stances("Germany has opposed an invitation to NATO since last year.") == {
        "DE": "opposes"}
    assert stances("Germany has long opposed an invitation to NATO.") == {"DE": "opposes"}


def test_a_position_given_up_is_no_position() -> None:
    assert stances("Hungary dropped its opposition to the NATO invitation.") == {}
    assert stances("Germany has softened its opposition to the NATO invitation.") == {}
    assert stances("Germany withdrew its support for the NATO invitation.") == {}
    # Near miss: a position restated is held.
    assert stances("Hungary restated its opposition to the NATO invitation.") == {
        "HU": "opposes"}


def test_refusing_something_other_than_the_step_is_no_refusal_of_it() -> None:
    assert stances("Germany refused to rule out a NATO invitation.") == {}
    assert stances("Germany refused to say whether it would back the NATO invitation.") == {}
    # Near misses: refusing the step itself, or a refusal whose words are a cue of their own.
    assert stances("Germany refused to back the NATO invitation.") == {"DE": "opposes"}
    assert stances("Germany refused to invite Ukraine to join NATO.") == {"DE": "opposes"}
    assert stances("Germany refused to commit to a NATO invitation.") == {"DE": "hesitant"}


def test_rejecting_calls_for_a_delay_is_no_rejection_of_the_step() -> None:
    assert stances("Germany rejected calls for a delay to the NATO invitation.") == {}
    # Near miss: calls for the step itself.
    assert stances("Germany rejected calls for a NATO invitation.") == {"DE": "opposes"}


def test_a_word_of_importance_backs_only_the_step_it_is_said_of() -> None:
    assert stances("Germany has fundamental objections to a NATO invitation for Ukraine.") == {
        "DE": "opposes"}
    assert stances("US support would be essential for any NATO invitation.") == {}
    assert stances("Germany has been critical of the plan to invite Ukraine into NATO.") == {
        "DE": "hesitant"}
    # Near misses: the step is what is important.
    assert stances("Poland says NATO membership is crucial for Ukraine's security.") == {
        "PL": "supports"}
    assert stances("Zelensky said it was crucial that Ukraine be invited to join NATO.") == {
        "UA": "supports"}


def test_a_negated_no_is_no_position() -> None:
    assert stances("Germany did not rule out a NATO invitation.") == {}
    assert stances("Hungary said it would not block a NATO invitation.") == {}
    assert stances("Germany has no objection to a NATO invitation.") == {}
    # Near miss: a negated yes is a no.
    assert stances("Germany does not support a NATO invitation.") == {"DE": "opposes"}


def test_unlikely_support_is_hesitation() -> None:
    assert stances("Germany is unlikely to support a NATO invitation this year.") == {
        "DE": "hesitant"}
    # Near miss: unlikely opposition is no position (a negated no).
    assert stances("Germany is unlikely to block a NATO invitation this year.") == {}


def test_the_source_of_a_reaction_holds_it() -> None:
    assert stances("The NATO invitation faces resistance from Germany and the United "
                   "States.") == {"DE": "opposes", "US": "opposes"}
    assert stances(PLAN + "The plan was met with scepticism in Berlin.") == {
        "UA": "supports", "DE": "hesitant"}
    # Near misses: `in` a country is its people, not its government; no reaction noun.
    assert stances(PLAN + "The plan was met with scepticism in Germany.") == {"UA": "supports"}
    assert stances(PLAN + "The plan was presented in Berlin.") == {"UA": "supports"}


def test_whose_support_is_sought_gives_none() -> None:
    assert stances("Zelensky sought Germany's backing for the NATO invitation.") == {
        "UA": "supports"}
    assert stances("Kyiv needs Washington's support for a NATO invitation.") == {
        "UA": "supports"}
    # Near miss: the possessor's own position.
    assert stances("Germany's backing for the NATO invitation is firm.") == {"DE": "supports"}


def test_a_possessor_owning_a_cue_takes_it_from_the_subject() -> None:
    assert stances("Kyiv is frustrated by Berlin's caution over the NATO invitation.") == {
        "DE": "hesitant"}
    # Near miss: the subject's own cue comes first.
    assert stances("Germany opposes Ukraine's NATO bid.") == {"DE": "opposes", "UA": "supports"}


def test_a_sourcing_phrase_does_not_make_the_subject_an_object() -> None:
    assert stances("According to diplomats, Germany opposes a NATO invitation.") == {
        "DE": "opposes"}
    # Near miss: a mention after a preposition, no sourcing phrase, is its object.
    assert stances("Zelensky wrote to Germany, asking for a NATO invitation.") == {
        "UA": "supports"}


def test_support_for_something_of_ukraines_must_be_the_step() -> None:
    assert stances("Germany reaffirmed its support for Ukraine's sovereignty as NATO ministers "
                   "met.") == {}
    # Near misses: what of Ukraine's is supported is the step.
    assert stances("Germany reaffirmed its support for Ukraine's NATO membership.") == {
        "DE": "supports"}
    # Ukraine's path to NATO is membership later, which the keen and the hesitant both back:
    # no position (test_offline_stance_deferred.py).
    assert stances("Poland backs Ukraine's path to NATO.") == {}


def test_support_deferred_to_later_is_no_support_now() -> None:
    # Open in principle, not now: hesitant (test_offline_stance_deferred.py).
    assert stances("Germany would support an invitation to NATO once the war ends.") == {
        "DE": "hesitant"}
    assert stances("Germany's backing for the NATO invitation is conditional on a "
                   "ceasefire.") == {}
    # Near miss: a deferral denied.
    assert stances("Zelensky said Ukraine needed an invitation now, not after the war.") == {
        "UA": "supports"}


def test_arguing_for_the_step_backs_it() -> None:
    assert stances("Zelensky made the case for an immediate NATO invitation.") == {
        "UA": "supports"}
    assert stances("Poland wants Ukraine in NATO as soon as possible.") == {"PL": "supports"}
    assert stances("Poland wants Ukraine to join NATO now.") == {"PL": "supports"}
    assert stances("Germany does not want Ukraine in NATO while the war continues.") == {
        "DE": "opposes"}
    # Near misses: arguing for, or wanting, something else.
    assert stances("Zelensky made the case for more air defence at the NATO meeting.") == {}
    assert stances("Poland wants Ukraine to win, its NATO envoy said.") == {}
    assert stances("France is open to sending troops to Ukraine, NATO officials said.") == {}


def test_turning_the_request_down_is_a_no() -> None:
    assert stances("Berlin turned down Kyiv's request for a NATO invitation.") == {
        "DE": "opposes", "UA": "supports"}
    # Near miss: turning down something else.
    assert stances("Berlin turned down the volume of its criticism at the NATO meeting.") == {}


def test_more_plural_anaphora_and_named_groups() -> None:
    assert stances("Germany and France discussed NATO with Zelensky. The two countries are "
                   "wary of an invitation.") == {"DE": "hesitant", "FR": "hesitant"}
    assert stances("The Bucharest Nine are pushing for an immediate NATO invitation.") == {
        code: "supports" for code in ("BG", "CZ", "EE", "HU", "LV", "LT", "PL", "RO", "SK")}
    assert stances("The Baltic and Nordic countries want an invitation this year.") == {
        code: "supports" for code in ("DK", "EE", "FI", "IS", "LV", "LT", "NO", "SE")}
    # Near misses: the group's capital city alone is its own country; one country is no pair.
    assert stances("Bucharest is pushing for an immediate NATO invitation.") == {
        "RO": "supports"}
    assert stances("Germany discussed NATO with Zelensky. The two countries are wary of an "
                   "invitation.") == {}


def test_asking_that_the_step_be_given_up_is_a_no() -> None:
    assert stances("Moscow has demanded that Ukraine abandon its bid to join NATO.") == {
        "RU": "opposes"}
    assert stances("The Kremlin has called for Ukraine to renounce NATO membership.") == {
        "RU": "opposes"}
    # Rejecting that demand is no rejection of the step (nor support stated).
    assert stances("Zelensky rejected Russian demands that Ukraine abandon its NATO bid.") == {}
    # Near misses: the request is for the step; the renouncing is in another clause.
    assert stances("Poland has demanded that allies invite Ukraine to join NATO.") == {
        "PL": "supports"}
    assert stances("Poland has called for a NATO invitation, and critics want Kyiv to drop "
                   "its bid.") == {"PL": "supports"}


def test_neither_one_nor_the_other_is_no_position() -> None:
    assert stances("Germany did not support or oppose the NATO invitation.") == {}
    assert stances("Germany neither backed nor rejected the NATO invitation.") == {}
    # Near miss: two cues of one position.
    assert stances("Poland backed and endorsed the NATO invitation.") == {"PL": "supports"}


def test_unwillingness_and_coolness_are_hesitation() -> None:
    assert stances("Berlin is unwilling to invite Ukraine into NATO while the war "
                   "continues.") == {"DE": "hesitant"}
    assert stances("Washington has been cool on the idea of a NATO invitation.") == {
        "US": "hesitant"}
    assert stances("Zelensky's call for an immediate invitation met a cool reception in "
                   "Washington and Berlin.") == {"UA": "supports", "US": "hesitant",
                                                 "DE": "hesitant"}
    # Near miss: willing is no hesitation.
    assert stances("Poland is willing to invite Ukraine into NATO now.") == {"PL": "supports"}


def test_saying_no_and_standing_in_the_way() -> None:
    assert stances("Slovakia said no to an invitation for Ukraine to join NATO.") == {
        "SK": "opposes"}
    assert stances("Hungary stands in the way of an invitation to NATO.") == {"HU": "opposes"}
    assert stances("Germany and the US remain the main holdouts on a NATO invitation for "
                   "Ukraine.") == {"DE": "opposes", "US": "opposes"}
    # Near misses: not standing in the way is no position; saying no to something else.
    assert stances("Hungary said it would not stand in the way of an invitation to NATO.") == {}
    assert stances("Slovakia said no to more sanctions as NATO ministers met.") == {}


def test_agreeing_to_the_candidate_joining() -> None:
    assert stances("Hungarian Prime Minister Viktor Orban said Hungary would never agree to "
                   "Ukraine joining NATO.") == {"HU": "opposes"}
    # Near miss: agreeing to something else.
    assert stances("Hungary agreed to Ukraine receiving aid, NATO diplomats said.") == {}


def test_a_contrast_phrase_holds_nothing_and_keeps_the_subject() -> None:
    assert stances("Unlike Germany, Poland supports an invitation to NATO.") == {
        "PL": "supports"}
    assert stances("Poland, unlike Germany, supports an invitation to NATO.") == {
        "PL": "supports"}
    # Near miss: a list is no contrast.
    assert stances("Germany, Poland and Italy support an invitation to NATO.") == {
        "DE": "supports", "PL": "supports", "IT": "supports"}


def test_more_verdicts_and_harms() -> None:
    assert stances(PLAN + "Russian Foreign Ministry spokeswoman Maria Zakharova called the plan "
                   "a set of incoherent slogans.") == {"UA": "supports", "RU": "opposes"}
    assert stances("The Kremlin said NATO membership for Ukraine would pose a threat to "
                   "Russia.") == {"RU": "opposes"}
    assert stances(PLAN + 'Kremlin spokesman Dmitry Peskov said Kyiv should "sober up" and that '
                   "the plan would push NATO into direct conflict with Russia.") == {
        "UA": "supports", "RU": "opposes"}
    # Near miss: the threat denied.
    assert stances("Poland said NATO membership for Ukraine would not pose a threat to "
                   "Russia.") == {}


def test_a_co_subject_shares_the_position() -> None:
    assert stances("Germany, along with Hungary, is reluctant to invite Ukraine into NATO.") == {
        "DE": "hesitant", "HU": "hesitant"}
    assert stances("Germany, together with the United States, opposes an invitation to "
                   "NATO.") == {"DE": "opposes", "US": "opposes"}
    # Near miss: whom one talks with is an object, not a co-subject.
    assert "HU" not in stances("Germany, after talks with Hungary, is reluctant to invite "
                               "Ukraine into NATO.")


def test_both_after_a_single_subject_is_the_list_it_acted_on() -> None:
    assert stances(PLAN + "He met German Chancellor Olaf Scholz and French President Emmanuel "
                   "Macron in Berlin. Both were noncommittal about the plan.") == {
        "UA": "supports", "DE": "hesitant", "FR": "hesitant"}
    assert stances(PLAN + "Zelensky took the plan to Berlin and Paris. Both capitals were "
                   "cautious.") == {"UA": "supports", "DE": "hesitant", "FR": "hesitant"}
    # Near miss: a list as the subject is the one `both` stands for.
    assert stances("Germany and France hosted Zelensky and Kyiv's envoy to discuss NATO. Both "
                   "are wary of an invitation.") == {"DE": "hesitant", "FR": "hesitant"}


def test_support_but_not_the_step_now_is_a_no() -> None:
    assert stances("The US supports Ukraine's eventual NATO membership but not an invitation "
                   "now.") == {"US": "opposes"}
    # Near miss: `but not` something else.
    assert stances("The US supports Ukraine's NATO membership but not sending troops.") == {
        "US": "supports"}


def test_a_position_denied_is_no_position() -> None:
    assert stances("Germany denied reports that it opposes a NATO invitation.") == {}
    assert stances("Germany denied it was blocking a NATO invitation.") == {}
    # Near miss: a report of the position is the position.
    assert stances("Diplomats reported that Germany opposes a NATO invitation.") == {
        "DE": "opposes"}


def test_an_absolute_phrase_names_its_subject() -> None:
    assert stances("Allies failed to agree on a NATO invitation, with Germany and the United "
                   "States opposed.") == {"DE": "opposes", "US": "opposes"}
    # Near miss: `with` with no comma before it is a preposition.
    assert stances("Zelensky discussed the NATO invitation with Germany.") == {}


def test_moving_closer_is_not_arriving() -> None:
    assert stances("France has moved closer to supporting a NATO invitation.") == {
        "FR": "hesitant"}
    # Deferred to after a ceasefire: open in principle, not now (test_offline_stance_deferred.py).
    assert stances("Germany would support a NATO invitation after a ceasefire.") == {
        "DE": "hesitant"}
    # Near miss: support stated now.
    assert stances("France supports a NATO invitation.") == {"FR": "supports"}


def test_support_for_a_slower_way_is_a_wait() -> None:
    assert stances("Washington favours a slower path to NATO membership for Ukraine.") == {
        "US": "hesitant"}
    assert stances("Germany supports a step-by-step approach to Ukraine joining NATO.") == {
        "DE": "hesitant"}
    assert stances("Washington favours a bridge to NATO membership rather than an "
                   "invitation.") == {"US": "hesitant"}
    # Near misses: the step itself, preferred to something else.
    assert stances("France favours an invitation to NATO rather than more talks.") == {
        "FR": "supports"}
    assert stances("France favours a NATO invitation.") == {"FR": "supports"}


def test_not_saying_whether_is_no_no() -> None:
    # (Not deciding whether is hesitant: test_offline_stance_undecided.py.)
    assert stances("Romania has not said whether it will support a NATO invitation.") == {}
    assert stances("Germany has not yet said whether it would support a NATO invitation.") == {}
    assert stances("Germany is not yet ready to invite Ukraine to NATO.") == {"DE": "hesitant"}
    # Near miss: the negation is the cue's own.
    assert stances("Romania has decided not to support a NATO invitation.") == {
        "RO": "opposes"}


def test_a_countrys_position_is_its_own_voice() -> None:
    assert stances("Turkey's position on the NATO invitation remains unclear.") == {
        "TR": "unclear"}
    assert stances("Germany's view is that a NATO invitation is premature.") == {
        "DE": "hesitant"}
    # Near miss: something unclear that is no position.
    assert stances("The NATO timeline is unclear, Turkey said.") == {}


def test_a_cue_ending_its_clause_before_an_attribution_takes_the_question_before() -> None:
    before = "Kyiv asked allies for an invitation to join NATO. "
    assert stances(before + "Talks ended without a reply, with Washington and Budapest "
                   "opposed, according to diplomats.") == {
        "UA": "supports", "US": "opposes", "HU": "opposes"}
    # Near miss: the cue has an object of its own (another question).
    assert stances(before + "Talks ended without a reply, with Washington and Budapest "
                   "opposed to new sanctions, diplomats said.") == {"UA": "supports"}


def test_others_in_a_speakers_words_are_not_the_speaker() -> None:
    intro = "Volodymyr Zelensky presented his victory plan to parliament on Wednesday. "
    assert stances(intro + '"Some partners say an invitation is dangerous. I say it is the only '
                   'way," Zelensky said.') == {"UA": "supports"}
    assert stances(intro + '"They say the plan is provocative," Zelensky said of his '
                   "critics.") == {"UA": "supports"}
    assert stances(intro + '"Not everyone supports the plan," Zelensky said.') == {
        "UA": "supports"}
    assert stances('"Some allies oppose an invitation to NATO now, but we do not," Polish '
                   "Foreign Minister Jan Nowicki said.") == {}
    # Near misses: the speaker's own cue, with others as its object.
    assert stances('"We want allies to invite Ukraine into NATO now," Polish Foreign Minister '
                   "Jan Nowicki said.") == {"PL": "supports"}
    assert stances('"We oppose an invitation to NATO now," German Foreign Minister Karl '
                   "Brandt said.") == {"DE": "opposes"}


def test_wanting_to_wait_and_worry_about_the_step_are_hesitation() -> None:
    assert stances("Berlin would prefer to wait before inviting Ukraine to NATO.") == {
        "DE": "hesitant"}
    assert stances("Germany has concerns about inviting Ukraine to NATO.") == {
        "DE": "hesitant"}
    assert stances("Lithuania is keen on an immediate NATO invitation.") == {"LT": "supports"}
    # Near misses: worry about something else; not wanting to wait.
    assert stances("Poland is concerned about Russian aggression and backs Ukraine's NATO "
                   "bid.") == {"PL": "supports", "UA": "supports"}
    assert stances("Kyiv does not want to wait for a NATO invitation.") == {"UA": "supports"}


def test_a_position_on_another_ask_of_the_allies_is_not_on_the_step() -> None:
    assert stances("Hungary, which opposes military aid to Ukraine, said it would not block "
                   "the NATO invitation.") == {}
    assert stances("Germany backs sending more weapons to Kyiv, as NATO ministers met.") == {}
    # Near miss: the step named next to the other ask.
    assert stances("Germany opposes an invitation to join NATO and more sanctions.") == {
        "DE": "opposes"}


def test_a_passive_verdict_on_the_plan_is_the_agents_only() -> None:
    intro = "Volodymyr Zelensky presented his victory plan to parliament on Wednesday. "
    assert stances(intro + "Zelensky said his plan had been rejected by Hungary.") == {
        "UA": "supports", "HU": "opposes"}
    assert stances(intro + "Zelensky said his plan had been rejected.") == {"UA": "supports"}
    assert stances(intro + '"The plan was rejected out of fear," Zelensky said.') == {
        "UA": "supports"}
    # Near misses: adjectival `opposed to`; active perfect; a judgement after `is`.
    assert stances("Germany is opposed to an invitation to join NATO.") == {"DE": "opposes"}
    assert stances("France has backed Ukraine's eventual membership but has avoided naming a "
                   "date.") == {"FR": "hesitant"}
    assert stances("Russian officials have said NATO membership for Ukraine is a red "
                   "line.") == {"RU": "opposes"}


def test_reluctance_someone_criticises_is_not_theirs() -> None:
    intro = "Volodymyr Zelensky presented his victory plan to parliament on Wednesday. "
    assert stances(intro + "Zelensky criticised the reluctance of some allies to invite "
                   "Ukraine.") == {"UA": "supports"}
    assert stances(intro + "Kyiv criticised the opposition to an invitation.") == {
        "UA": "supports"}
    assert stances(intro + "Kyiv was angered by Germany's refusal to back an invitation.") == {
        "UA": "supports", "DE": "opposes"}
    # Near misses: a reluctance had, voiced or owned.
    assert stances("Germany has reservations about a NATO invitation.") == {"DE": "hesitant"}
    assert stances("Hungary has voiced strong objections to a NATO invitation.") == {
        "HU": "opposes"}
    assert stances("Germany's reluctance to invite Ukraine into NATO is well known.") == {
        "DE": "hesitant"}


def test_a_second_complement_is_the_reporters() -> None:
    # Kyiv is the subject of the first complement only: the second is Peskov's.
    assert stances(PLAN + 'Kremlin spokesman Dmitry Peskov said Kyiv should "sober up" and that '
                   "the plan would push NATO into direct conflict with Russia.") == {
        "UA": "supports", "RU": "opposes"}
    # Near miss: one complement, whose subject holds its cue.
    assert stances("Diplomats said Germany opposes a NATO invitation and that talks would "
                   "continue.") == {"DE": "opposes"}


def test_neither_nor_lists_share_the_denied_cue() -> None:
    assert stances("Neither Washington nor Berlin supports a NATO invitation.") == {
        "US": "opposes", "DE": "opposes"}
    assert stances("Neither Germany nor France has endorsed the NATO invitation.") == {
        "DE": "hesitant", "FR": "hesitant"}
    # Near miss: no cue.
    assert stances("Either Germany or France will host the NATO meeting.") == {}


def test_what_the_candidate_should_do_is_said_by_whoever_says_it() -> None:
    assert stances("Poland's foreign minister said Ukraine should join NATO as soon as "
                   "possible.") == {"PL": "supports"}
    assert stances("Lithuania says Ukraine must become a NATO member now.") == {
        "LT": "supports"}
    assert stances("The Netherlands sees Ukraine's future in NATO.") == {"NL": "supports"}
    assert stances("Latvia called for Ukraine to be invited to join NATO this year.") == {
        "LV": "supports"}
    assert stances("Canada said it stood ready to welcome Ukraine into NATO.") == {
        "CA": "supports"}
    # Near misses: nobody of a government says so; support for Ukraine itself.
    assert stances("Ukraine should join NATO, analysts say.") == {}
    assert stances("Poland will support Ukraine to the end, as NATO ministers met.") == {}


def test_staying_on_the_sidelines_is_neutral() -> None:
    assert stances("Turkey has stayed on the sidelines of the NATO invitation debate.") == {
        "TR": "neutral"}
    # Near miss: a country's troops on the sidelines of a summit are no position.
    assert stances("Turkey sent its envoy to the NATO meeting.") == {}


def test_support_for_a_no_is_no_support() -> None:
    assert stances("Russia welcomed the refusal to invite Ukraine into NATO.") == {}
    assert stances("Hungary welcomed the decision not to invite Ukraine to NATO.") == {}
    assert stances("Hungary backed the decision to delay the NATO invitation.") == {}
    # Near misses: support for the step; a no of one's own after a conjunction.
    assert stances("Poland welcomed the decision to invite Ukraine to NATO.") == {
        "PL": "supports"}
    assert stances("Poland backs the NATO invitation and opposes any delay.") == {
        "PL": "supports"}
    assert stances("Poland urged allies to invite Ukraine into NATO without delay.") == {
        "PL": "supports"}


def test_a_support_noun_facing_a_no_is_its_target() -> None:
    # `The request faces opposition from X`: the request is what X's opposition is aimed at,
    # not support given to a no (the no is X's position).
    text = "Kyiv wants an invitation to NATO now. The request faces opposition from Germany."
    assert stances(text) == {"UA": "supports", "DE": "opposes"}
    text = ("Kyiv wants an invitation to NATO now. The request met with resistance from "
            "Hungary and Slovakia.")
    assert stances(text) == {"UA": "supports", "HU": "opposes", "SK": "opposes"}
    # Near misses: support given to a no still states nothing; a request for a no told by
    # its holder.
    assert stances("Hungary backed the refusal to invite Ukraine into NATO, which faces "
                   "opposition from Poland.").get("HU") is None
    assert stances("Russia welcomed the decision not to invite Ukraine to NATO.") == {}


def test_a_share_of_the_people_is_not_the_government() -> None:
    assert stances("Polls show most Germans oppose an invitation to NATO.") == {}
    assert stances("Many Poles back an invitation to NATO.") == {}
    # Near miss: the people's name as a metonym for its government.
    assert stances("The Germans are reluctant to invite Ukraine to NATO.") == {"DE": "hesitant"}


def test_a_list_after_a_copula_takes_the_predicate_before_it() -> None:
    assert stances("The most sceptical allies on the NATO invitation are Germany and the "
                   "United States.") == {"DE": "hesitant", "US": "hesitant"}
    assert stances("The biggest obstacle to a NATO invitation is Hungary.") == {"HU": "opposes"}
    # The group's own predicate, not a cue inside its complement.
    assert stances("Those most reluctant to invite Ukraine to NATO are Germany and the US.") == {
        "DE": "hesitant", "US": "hesitant"}
    assert stances("Countries reluctant to invite Ukraine to NATO include Germany and the "
                   "US.") == {"DE": "hesitant", "US": "hesitant"}
    # Near misses: no cue before the copula; a possessive after it.
    assert stances("The host of the NATO meeting is Belgium.") == {}
    assert stances("The NATO invitation is Kyiv's top priority.") == {"UA": "supports"}


def test_the_turns_load_as_a_typed_pack() -> None:
    pack = turns()
    assert "previously" in pack.past.before
    assert "dropped" in pack.given_up.verbs
    assert all(w == w.lower() for w in pack.reactions.nouns)


def test_the_words_around_a_cue_are_read_as_the_plain_tokenizer_reads_them() -> None:
    """The words around a cue, split from the range lowered at once, are the pattern's matches
    lowered one by one (stance_turns, stance_scope, cues alike), also across a dotted `İ` (two
    characters lowered) and a Greek final sigma (lowered by what follows)."""
    text = ("Berlin’s “cautious” backing — for now; İstanbul's (ΑΘΗΝΑΣ.Β) view: anti-NATO, "
            "won't wait! KYIV-BASED officials")
    for a, b in [(0, len(text)), (3, 40), (10, 11), (30, 90), (70, len(text)), (5, 2)]:
        plain = [(m.group().lower().replace("’", "'"), m.start(), m.end())
                 for m in stance_turns._TOKEN.finditer(text, a, b)]
        assert stance_turns._tokens(text, a, b) == plain
        assert stance_turns._words(text, a, b) == [w for w, _, _ in plain]
        assert stance_scope._words(text, a, b) == [
            w.lower() for w in stance_scope._WORD.findall(text, a, b)]
        assert cues._lower_words(text[a:b]) == [w.lower() for w in cues._WORD.findall(text[a:b])]
