"""rules-8: the classes of error the invented synth split showed, each on invented sentences
(two or more wordings, and a near miss that must not fire)."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text, stances

from summarizer.schemas import Speaker


def speakers(text: str) -> list[tuple[str, Speaker]]:
    return [(s.kind, s.speaker) for s in extract_text(text).statements]


# --- speakers ----------------------------------------------------------------------------------


def test_a_relative_clause_between_subject_and_speech_verb_belongs_to_the_subject() -> None:
    got = speakers("A senior Danish official, who spoke on condition of anonymity, said "
                   "Copenhagen had made up its mind.")
    assert [(k, s.role, s.country) for k, s in got] == [
        ("paraphrase", "senior Danish official", "DK")]
    got = speakers("Mirela Stanescu, who chairs the Romanian senate's defence panel, said the "
                   "talks were \"long overdue\".")
    assert [(k, s.name) for k, s in got] == [("direct", "Mirela Stanescu")]


def test_a_source_placed_in_a_city_is_the_speaker_not_the_city() -> None:
    got = speakers("A Czech diplomat in Vienna said the talks had \"stalled completely\".")
    assert [(s.role, s.country) for _, s in got] == [("Czech diplomat in Vienna", "CZ")]
    got = speakers("Officials in Oslo said they would wait for the summit.")
    assert [(s.role, s.country) for _, s in got] == [("Officials in Oslo", "NO")]


def test_a_source_with_its_own_country_keeps_it_in_another_capital() -> None:
    got = speakers("A Greek official in Brussels said the summit would run late.")
    assert [s.country for _, s in got] == ["GR"]


def test_the_official_is_the_unnamed_source_just_introduced() -> None:
    text = ("A senior Portuguese official said the government had made its decision. \"We "
            "will not wait for others,\" the official said.")
    assert [s.country for _, s in speakers(text)] == ["PT", "PT"]
    text = ("A Latvian diplomat said the talks had gone well. \"We are patient,\" the "
            "diplomat added.")
    assert [s.country for _, s in speakers(text)] == ["LV", "LV"]


def test_another_title_is_not_the_unnamed_source() -> None:
    text = ("A Latvian diplomat said the talks had gone well. \"We are patient,\" the "
            "minister said.")
    assert [s.country for _, s in speakers(text)] == ["LV", None]


# --- stances -----------------------------------------------------------------------------------


def test_against_is_a_cue_only_against_the_question() -> None:
    assert stances("Malta voted against the NATO invitation.") == {"MT": "opposes"}
    assert stances("Greece has argued against it in NATO talks.") == {"GR": "opposes"}
    assert stances("The plan would let Kyiv fire missiles against targets deep inside "
                   "Russia, and Ukraine wants NATO to agree.").get("UA") != "opposes"


def test_support_qualified_after_but_is_hesitant() -> None:
    assert stances("Portugal has backed Ukraine's NATO membership but has avoided naming a "
                   "date.") == {"PT": "hesitant"}
    assert stances("Croatia welcomed the NATO bid but avoids committing to a "
                   "timeline.") == {"HR": "hesitant"}


def test_support_continued_by_and_stays_support() -> None:
    assert stances("Croatia welcomed the NATO bid and wants talks to start.") == {
        "HR": "supports"}


def test_a_position_kept_private_is_unclear() -> None:
    assert stances("Austria has settled on a position on the invitation but has not made it "
                   "public.") == {"AT": "unclear"}
    assert stances("Estonia backs the NATO invitation. Ireland's position was hard to "
                   "read.") == {"EE": "supports", "IE": "unclear"}


def test_a_withheld_it_that_is_no_position_says_nothing() -> None:
    assert stances("Austria has discussed the invitation but has not made it public.") == {}


def test_declining_to_take_sides_inside_the_cue_is_neutral() -> None:
    text = ("Kemal Arslan, a spokesman for Turkey's foreign ministry, said Ankara would \"not "
            "take sides\" on the NATO invitation.")
    assert stances(text) == {"TR": "neutral"}
    assert stances("Cyprus will not take a side on NATO membership.") == {"CY": "neutral"}


def test_in_no_hurry_either_continues_the_question() -> None:
    text = "Hungary has refused to back the NATO bid. Austria is in no hurry either."
    assert stances(text) == {"HU": "opposes", "AT": "hesitant"}
    text = "Slovenia is reluctant to invite Kyiv into NATO. Portugal is in no hurry either."
    assert stances(text) == {"SI": "hesitant", "PT": "hesitant"}


def test_in_no_hurry_off_the_question_is_no_position() -> None:
    assert stances("The weather was mild. Austria is in no hurry either.") == {}


def test_not_on_the_table_is_a_no() -> None:
    text = ("\"An invitation is not on the table this year,\" Belgian Foreign Minister Anouk "
            "Peeters said.")
    assert stances(text) == {"BE": "opposes"}
    assert stances("Madrid considers NATO membership for Kyiv off the table.") == {
        "ES": "opposes"}


def test_a_cue_in_a_relative_clause_on_others_is_not_the_speakers() -> None:
    text = ("\"Every ally that hesitates on the NATO invitation helps Moscow,\" Estonian "
            "Foreign Minister Liis Tamm said.")
    assert "EE" not in stances(text)
    text = ("\"Those who oppose NATO membership for Kyiv are wrong,\" Estonian Foreign "
            "Minister Liis Tamm said.")
    assert "EE" not in stances(text)


def test_a_cue_of_the_speakers_own_government_still_counts() -> None:
    text = ("\"Our government hesitates on the NATO invitation,\" Estonian Foreign Minister "
            "Liis Tamm said.")
    assert stances(text) == {"EE": "hesitant"}


def test_support_for_the_country_itself_is_not_support_for_membership() -> None:
    assert stances("Norway's support for Kyiv is unwavering, NATO diplomats said.") == {}
    assert stances("Norway's support for Ukraine remains firm as NATO meets.") == {}
    assert stances("Norway's support for Kyiv's NATO membership is firm.") == {
        "NO": "supports"}


# --- the plan ----------------------------------------------------------------------------------


def test_presenter_through_a_phrasal_verb_after_a_time_phrase() -> None:
    got = extract_text("Olena Hordiienko on Monday set out her victory plan to allies.").plan
    assert got is not None and got.presented_by == "Olena Hordiienko"
    got = extract_text("Olena Hordiienko last week laid out her victory plan in Kyiv.").plan
    assert got is not None and got.presented_by == "Olena Hordiienko"


def test_presenter_of_a_relative_clause_on_the_plan() -> None:
    text = ("Poland moved on Friday to back the victory plan that Prime Minister Olena "
            "Hordiienko presented to her parliament.")
    got = extract_text(text)
    assert got.plan is not None and got.plan.presented_by == "Olena Hordiienko"
    assert stances(text)["PL"] == "supports"


def test_presenting_in_a_relative_clause_is_not_the_main_subjects_support() -> None:
    text = "Austria criticised the victory plan that President Volodymyr Zelensky presented."
    assert "AT" not in stances(text)
    text = "Austria criticised the victory plan Volodymyr Zelensky presented."
    assert "AT" not in stances(text)


def test_a_presentation_the_day_before_the_sentences_date() -> None:
    friday = dt.date(2024, 10, 18)
    text = ("Volodymyr Zelensky took his victory plan to Brussels on Friday, a day after "
            "unveiling it in parliament.")
    got = extract_text(text, friday).plan
    assert got is not None and got.presented_on == dt.date(2024, 10, 17)
    text = ("Lithuania on Friday backed the victory plan that Volodymyr Zelensky presented to "
            "parliament the day before.")
    got = extract_text(text, friday).plan
    assert got is not None and got.presented_on == dt.date(2024, 10, 17)


def test_a_presentation_with_no_day_before_keeps_its_own_date() -> None:
    text = "Volodymyr Zelensky unveiled his victory plan in parliament on Wednesday."
    got = extract_text(text, dt.date(2024, 10, 18)).plan
    assert got is not None and got.presented_on == dt.date(2024, 10, 16)


def _points(text: str) -> list[str]:
    plan = extract_text(text).plan
    assert plan is not None
    return [p.evidence[0].text for p in plan.points]


def test_calls_for_a_and_for_b_are_two_points() -> None:
    text = ("Volodymyr Zelensky unveiled his victory plan. It also calls for new air defence "
            "systems for the cities and for joint arms production with European partners.")
    assert _points(text) == ["new air defence systems for the cities",
                             "joint arms production with European partners"]
    text = ("Volodymyr Zelensky unveiled his victory plan. It asks for sanctions on Russian "
            "banks, and also for frozen assets to be seized.")
    assert _points(text) == ["sanctions on Russian banks", "frozen assets to be seized"]


def test_a_series_whose_last_item_opens_with_a_time_phrase() -> None:
    text = ("Volodymyr Zelensky unveiled his victory plan. It asks for more artillery shells, "
            "long-range drones for the front and, after a ceasefire, a permanent role for "
            "Ukrainian engineers in rebuilding European defence industries.")
    assert _points(text) == [
        "more artillery shells", "long-range drones for the front",
        "after a ceasefire, a permanent role for Ukrainian engineers in rebuilding European "
        "defence industries"]


def test_one_demand_with_and_inside_is_one_point() -> None:
    text = ("Volodymyr Zelensky unveiled his victory plan. It calls for training and "
            "equipment for ten new brigades.")
    assert len(_points(text)) == 1
