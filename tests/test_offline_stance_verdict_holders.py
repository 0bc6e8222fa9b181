"""Whose verdict a cue is: the one who judges, never the one judged or the plan's presenter.

Shapes of real coverage (invented sentences): a demonym that opens a possessor's phrase
(`the Polish defence minister's remarks`), a presented plan's destination (`presented to
Ukraine's parliament`), a denied wish to know more (`had yet to see the details`), a verdict
on the candidate's request quoted with the candidate as its subject, and a person's title
between a demonym and the reported clause of another country.
"""

from __future__ import annotations

from conftest import stances

from summarizer.extract.offline import document
from summarizer.extract.offline.groups import group_subject
from summarizer.load import Article
from summarizer.schemas import ArticleMeta


def test_a_demonym_opening_a_possessors_phrase_does_not_take_the_verdict_after_it() -> None:
    got = stances("NATO chief Jan Olsen described the Polish defence minister's remarks on the "
                  "NATO invitation as premature.")
    assert "PL" not in got


def test_a_demonym_possessor_still_owns_the_noun_right_after_it() -> None:
    got = stances("Officials welcomed the Polish defence minister's proposal to invite Ukraine "
                  "into NATO.")
    assert got.get("PL") == "supports"


def test_presenting_the_plan_to_the_candidates_parliament_is_presenting_it() -> None:
    got = stances("Volodymyr Zelensky will travel to Rome to promote his victory plan, presented "
                  "to Ukraine's parliament on Tuesday.")
    assert got == {"UA": "supports"}


def test_not_yet_having_seen_the_details_is_no_support() -> None:
    got = stances("The victory plan asks for a NATO invitation. Kremlin spokesman Ivan Sokolov "
                  "said on Monday he had yet to see the details of the victory plan.")
    assert "RU" not in got


def test_a_hesitation_denied_outright_is_still_support() -> None:
    assert stances("Norway is not reluctant to back a NATO invitation for Ukraine.") == {
        "NO": "supports"}


def test_a_verdict_on_the_candidates_request_is_not_the_candidates_position() -> None:
    got = stances("Danish envoy Julia Holm said Ukraine is on an irreversible path to membership, "
                  "but added that it was not at the stage where an invitation is discussed.")
    assert got == {"DK": "opposes"}


def test_the_candidates_own_request_still_counts() -> None:
    got = stances("Kyiv is pressing for an immediate NATO invitation.")
    assert got == {"UA": "supports"}


def test_a_reported_clause_of_another_country_is_not_the_reporters() -> None:
    got = stances("Czech Prime Minister Petr Dvorak told reporters Hungary opposes the NATO "
                  "invitation for Ukraine.")
    assert got == {"HU": "opposes"}


def test_a_list_still_shares_its_cue() -> None:
    got = stances("Latvian Prime Minister Ieva Ozola and Estonia back a NATO invitation for "
                  "Ukraine.")
    assert got == {"LV": "supports", "EE": "supports"}


def test_quoted_words_after_another_country_are_that_countrys_predicate() -> None:
    got = stances('Polish Prime Minister Donald Tusk said Germany "remains skeptical" about the '
                  "NATO invitation.")
    assert got == {"DE": "hesitant"}
    got = stances('Berlin is "not ready" to back an invitation, Latvian Foreign Minister Baiba '
                  "Braze said on Monday.")
    assert got == {"DE": "hesitant"}


def test_quoted_words_after_the_speakers_own_country_stay_the_speakers() -> None:
    got = stances('Polish Prime Minister Donald Tusk said Poland "fully supports" a NATO '
                  "invitation for Ukraine.")
    assert got == {"PL": "supports"}
    got = stances('"We fully support a NATO invitation," Latvian Foreign Minister Baiba Braze '
                  "said.")
    assert got == {"LV": "supports"}


def test_a_list_set_off_by_dashes_keeps_its_verb() -> None:
    got = stances("Two other allies — Greece and Cyprus — are not backing Ukraine's NATO "
                  "membership, the report said.")
    assert got == {"GR": "opposes", "CY": "opposes"}


def test_a_which_clause_after_an_object_list_is_that_lists_position() -> None:
    got = stances("The stance contrasts with Norway and Denmark, which are the strongest "
                  "supporters of Ukraine's NATO membership.")
    assert got == {"NO": "supports", "DK": "supports"}


def test_a_which_clause_after_a_place_states_nothing_without_a_cue() -> None:
    got = stances("Zelensky discussed the NATO bid in Budapest, which hosted the talks.")
    assert "HU" not in got


def test_a_group_that_only_sources_a_quotation_opens_no_clause() -> None:
    # (a page that lost the space after a full stop runs two sentences into one, so the tag's
    # `they` would take the next sentence's verb)
    text = "It will come later, they added.Two other allies are not backing the invitation."
    doc = document.build(Article(ArticleMeta(id="t"), text, 0))
    assert group_subject(doc, 0, len(text)) is None
    text = '"We will see," one said. They are not backing the NATO invitation.'
    doc = document.build(Article(ArticleMeta(id="t"), text, 0))
    assert group_subject(doc, text.index("They"), len(text)) is not None


def test_a_list_link_does_not_reach_back_to_an_earlier_clauses_verb() -> None:
    got = stances("Anna Berg of Sweden dismissed the call for a quick NATO invitation, citing the "
                  "spring summit in Oslo where its proponents failed to convince the doubters, "
                  "including Greece and Portugal.")
    assert "GR" not in got and "PT" not in got
    assert stances("Members skeptical about the NATO invitation include Greece and Portugal.") == {
        "GR": "hesitant", "PT": "hesitant"}


def test_another_country_presenting_its_own_plan_does_not_back_the_invitation() -> None:
    got = stances("Zelensky's victory plan asks for a NATO invitation. Hungarian Prime Minister "
                  "Gabor Farkas presented his own peace plan in Brussels on Friday.")
    assert "HU" not in got
    got = stances("The victory plan asks for a NATO invitation. Slovak Prime Minister Ivan Kral "
                  "unveiled a rival roadmap on Friday.")
    assert "SK" not in got


def test_the_candidate_presenting_its_plan_still_backs_it() -> None:
    got = stances("Zelensky presented his victory plan to the Rada on Wednesday. It calls for an "
                  "immediate NATO invitation.")
    assert got == {"UA": "supports"}


def test_a_noun_cue_right_after_its_subject_is_the_subjects_own() -> None:
    got = stances("Slovak Prime Minister Ivan Kral spoke on Monday. He doubts that Ukraine's "
                  "membership in NATO is a good idea.")
    assert got == {"SK": "hesitant"}
    assert stances("Greek doubts about a NATO invitation for Ukraine grew on Monday.") == {
        "GR": "hesitant"}
    # (someone else's reluctance, criticised, is still not the critic's)
    assert stances("Zelensky criticised the reluctance of some allies over the NATO "
                   "invitation.") == {}


def test_the_plan_presented_by_the_candidates_president_is_its_ask() -> None:
    got = stances("Five states are not ready to implement the first point of the victory plan "
                  "presented by President Volodymyr Zelensky.")
    assert got.get("UA") == "supports"
    assert "HU" not in stances("The victory plan was presented by Hungarian Prime Minister "
                               "Gabor Farkas.")


def test_the_object_of_a_verb_in_ing_holds_no_position() -> None:
    got = stances("Zelensky warned allies of strengthening Russia by not endorsing the plan for "
                  "a NATO invitation.")
    assert "RU" not in got
    # (a clause after a verb in -ing keeps its subject)
    assert stances("Zelensky spoke on Monday, saying Germany opposes the NATO invitation.") == {
        "DE": "opposes"}
    assert stances("On Tuesday morning Germany said it opposes the NATO invitation.") == {
        "DE": "opposes"}


def test_a_dismissal_or_rejection_is_its_possessors_no() -> None:
    got = stances("The Kremlin's dismissal of Zelensky's victory plan, which asks for a NATO "
                  "invitation, was swift.")
    assert got.get("RU") == "opposes"
    # (a rejection of something against the step is no no, and the noun is only its possessor's)
    assert "HU" not in stances("Hungary's rejection of the criticism of its NATO stance was "
                               "swift.")
    assert "HU" not in stances("Officials in Budapest discussed the rejection of the NATO "
                               "invitation by Slovakia's neighbours.")


def test_the_candidates_claim_covers_the_whole_list_it_names() -> None:
    got = stances("Volodymyr Zelensky said Portugal, Norway and Greece have shown signs of "
                  "support for the NATO invitation.")
    assert not {"PT", "NO", "GR"} & set(got)
    got = stances("Portugal, Norway and Greece have shown signs of support for the NATO "
                  "invitation.")
    assert got == {"PT": "supports", "NO": "supports", "GR": "supports"}
