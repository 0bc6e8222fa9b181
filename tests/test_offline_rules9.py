"""rules-9: general forms of plan points and quotes the rules missed, each on invented sentences
(two or more wordings, and a near miss that must not fire)."""

from __future__ import annotations

from conftest import extract_text

PLAN = "Volodymyr Zelensky presented his victory plan to parliament on Wednesday. "


def points(text: str) -> list[tuple[int | None, str]]:
    plan = extract_text(PLAN + text).plan
    return [(p.number, p.summary) for p in plan.points] if plan else []


def statements(text: str) -> list[tuple[str, str | None, str]]:
    return [(s.kind, s.speaker.name, s.text) for s in extract_text(text).statements]


# --- plan points -------------------------------------------------------------------------------


def test_the_plans_centerpiece_is_a_point() -> None:
    assert points("The blueprint's cornerstone is a joint air shield over western Ukraine.") == [
        (None, "joint air shield over western Ukraine")]
    assert points("The core of Zelensky's victory plan is a binding security pact with "
                  "Washington.") == [(None, "binding security pact with Washington")]
    # near miss: the core of an objection to the plan is not a point of it
    assert points("The core of Berlin's objection to the plan is the cost of escalation.") == []


def test_what_the_plan_puts_at_the_top_is_point_one() -> None:
    assert points("The roadmap puts air defence at the top of its six points.") == [
        (1, "air defence")]
    assert points("In the victory plan, a binding security pact tops the list.") == [
        (1, "binding security pact")]
    # near miss: critics of the plan are not the plan
    assert points("Critics of the victory plan put price caps at the top of their demands.") == []


def test_a_copular_ordinal_numbers_what_stands_before_it() -> None:
    assert points("Air defence is the second of the plan's seven points.") == [(2, "Air defence")]
    assert points("A joint arms fund was the third point in Kyiv's blueprint.") == [
        (3, "joint arms fund")]
    # near miss: a point of contention, not of the plan: `Security` is not made a point
    got = points("Security is the first point of contention between the allies, not the plan.")
    assert (1, "Security") not in got


def test_the_plans_request_is_a_point() -> None:
    assert points("Several capitals balked at the plan's request for fighter jets.") == [
        (None, "fighter jets")]
    assert points("Whether the proposal's demand to lift the ban on Western missiles will be "
                  "met is unclear.") == [(None, "lift the ban on Western missiles")]
    # near miss: another country's request, and `its` before the plan is named
    assert points("Germany's request for more time was granted after the plan came out.") == []
    assert extract_text("Poland renewed its request for air defence. The victory plan was unveiled "
                "later.").plan.points == []  # type: ignore[union-attr]


def test_whom_the_plan_asks_to_act_gives_a_point() -> None:
    assert points("The blueprint, presented in Kyiv on Monday, asks partners to fund a drone "
                  "coalition.") == [(None, "fund a drone coalition")]
    assert points("Under the plan, Zelensky urges Western allies to close the sky over the "
                  "western regions.") == [(None, "close the sky over the western regions")]
    # near miss: asking before the plan is named; critics asking
    assert points("Zelensky asks allies to stay patient, a week after presenting his plan.") == []
    assert points("Critics of the plan urge the EU to wait.") == []


_LIST = ("\n\nThe plan's three points are:\n\n• A joint air shield over western Ukraine.\n"
         "• Funding for a drone coalition.\n• Sanctions on Russian banks.\n")


def test_an_ordinal_point_and_the_list_item_at_its_position_are_one_point() -> None:
    plan = extract_text(PLAN + "Its first point is the air shield itself." + _LIST).plan
    assert plan is not None
    got = [(p.number, p.summary, len(p.evidence)) for p in plan.points]
    assert got == [(1, "joint air shield over western Ukraine", 2),
                   (None, "Funding for a drone coalition", 1),
                   (None, "Sanctions on Russian banks", 1)]
    plan = extract_text(PLAN + "The plan's second point is the drone coalition." + _LIST).plan
    assert plan is not None
    assert [(p.number, p.summary) for p in plan.points][1] == (2, "Funding for a drone coalition")
    # near miss: an ordinal that shares no word with the item at its position stays its own
    plan = extract_text(PLAN + "Its first point is membership." + _LIST).plan
    assert plan is not None
    assert [p.number for p in plan.points] == [1, None, None, None]


# --- quotes and statements ---------------------------------------------------------------------


def test_adding_that_after_a_quote_is_a_paraphrase_of_its_own() -> None:
    got = statements("In Oslo, ministry spokesman Henrik Dahl said Norway's backing for the "
                     "'long road' was 'firm', adding that officials would review the plan soon.")
    assert got[-1] == ("paraphrase", "Henrik Dahl",
                       "adding that officials would review the plan soon")
    got = statements("\u201cWe will not wait,\u201d Lotte Brandt told Danish radio, adding that "
                     "Copenhagen would not block aid.")
    assert got == [("direct", "Lotte Brandt", "We will not wait"),
                   ("paraphrase", "Lotte Brandt", "adding that Copenhagen would not block aid")]
    # near miss: `adding:` with a quote of its own is a direct quote, not a paraphrase
    got = statements("Lotte Brandt called the plan \u201ca serious offer\u201d, adding: \u201cWe "
                     "will study it.\u201d")
    assert [k for k, _, _ in got] == ["direct", "direct"]


def test_a_long_clause_before_a_colon_quote_keeps_its_only_speaker() -> None:
    got = statements("Speaking to reporters in Tartu, Liis Kask was clear about what she expected "
                     "from the bigger members: \"If the answer is later, then it is no.\"")
    assert got == [("direct", "Liis Kask", "If the answer is later, then it is no")]
    got = statements("After the vote in the chamber on Friday, Liis Kask left no doubt about where "
                     "her party now stood on the question of membership: \"We want a date.\"")
    assert got == [("direct", "Liis Kask", "We want a date")]
    # near miss: a long clause that names someone else
    assert statements("Liis Kask arrived in Tartu on Friday morning after a long flight from "
                      "Brussels and a meeting with Mart Tamm: \"We are tired.\"") == []


def test_a_split_quote_stays_one_statement_when_a_paraphrase_follows() -> None:
    text = ("\u201cIt is a bet on Berlin,\u201d said Paul Verhoeven, a senior fellow at the Centre "
            "for Baltic Studies in Ghent. \u201cKyiv wants a partner, not a patron.\u201d\n\n"
            "Verhoeven argued that the offer was aimed at the next government.")
    got = statements(text)
    assert got[0] == ("direct", "Paul Verhoeven",
                      "It is a bet on Berlin … Kyiv wants a partner, not a patron")
    assert [k for k, _, _ in got] == ["direct", "paraphrase"]
    text = ("\u201cThe offer is real,\u201d said Ines Barros, a lecturer at the University of "
            "Porto. \u201cThe money is not.\u201d\n\nBarros said that the figures were vague.")
    assert [k for k, _, _ in statements(text)] == ["direct", "paraphrase"]
    # near miss: a bare attribution in the next paragraph still attributes the quote
    text = ("Ines Barros spoke at the forum.\n\n\u201cThe money is not there, and it will "
            "not be there next year,\u201d\n\nBarros said.")
    assert statements(text) == [("direct", "Ines Barros", "The money is not there, and it "
                                 "will not be there next year")]


def test_a_quote_holding_its_own_said_is_the_outer_speakers() -> None:
    got = statements("\"The council said never. Never means nothing,\" Marta Lindqvist, a member "
                     "of the Swedish parliament's defence committee, told reporters.")
    assert got == [("direct", "Marta Lindqvist", "The council said never. Never means nothing")]
    got = statements("\u201cBrussels said soon. Soon is not a date,\u201d Jonas Keller, the head "
                     "of the Bundestag's foreign affairs panel, said on Friday.")
    assert got == [("direct", "Jonas Keller", "Brussels said soon. Soon is not a date")]
    # near miss: a long set-off phrase that names no person gives no named speaker
    got = statements("\"Nobody said yes. Nobody said no,\" the group, a loose circle of the "
                     "governing party's younger members, told reporters.")
    assert all(name is None for _, name, _ in got)


def test_a_paragraph_ending_in_a_speech_verb_and_colon_attributes_the_next_quote() -> None:
    text = ("Finland's trade minister, Aino Lehto, stopped to speak to reporters on her way out. "
            "She told us:\n\n\u201cPoint two of the plan is where we can help.\u201d\n\nLehto "
            "added that Helsinki was ready to pay for training.")
    assert statements(text) == [
        ("direct", "Aino Lehto", "Point two of the plan is where we can help"),
        ("paraphrase", "Aino Lehto", "Lehto added that Helsinki was ready to pay for training")]
    text = ("Jonas Keller, the head of the Bundestag's foreign affairs panel, wrote on social "
            "media on Friday:\n\n\u201cThe plan needs a date. Soon is not a date.\u201d")
    assert statements(text) == [
        ("direct", "Jonas Keller", "The plan needs a date. Soon is not a date")]
    text = "Ines Barros said in a statement:\n\n\"The money is not there for the plan.\""
    assert statements(text) == [("direct", "Ines Barros", "The money is not there for the plan")]
    # near misses: a colon after no speech verb, or after a verb with a clause of its own
    text = ("Zelensky presented the plan on Wednesday. The plan's five points are:\n\n\u201cPeace "
            "through strength.\u201d")
    assert [k for k, _, _ in statements(text)] == []
    text = "Ines Barros said the plan had five points:\n\n\u201cPeace through strength.\u201d"
    assert [k for k, _, _ in statements(text)] == ["paraphrase"]


def test_quoted_fragments_in_one_reported_clause_are_its_speakers() -> None:
    text = ("Karin Holm spoke first. Across the aisle, Petr Novak, a deputy from the liberal "
            "opposition, said Czechia had \u201clittle to win and much to risk\u201d from a pledge "
            "made \u201cunder fire\u201d.\n\nHolm said Sweden was ready to help Ukraine.")
    assert statements(text)[:2] == [("direct", "Petr Novak", "little to win and much to risk"),
                                    ("direct", "Petr Novak", "under fire")]
    text = ("Marta Lindqvist listened. Lotte Brandt told Danish radio that Copenhagen saw \u201cno "
            "rush\u201d on the plan and would wait for a \u201cclear signal\u201d.\n\nLindqvist "
            "said Sweden was ready to help Ukraine.")
    assert statements(text)[:2] == [("direct", "Lotte Brandt", "no rush"),
                                    ("direct", "Lotte Brandt", "clear signal")]
    # near misses: a contrasting clause with a subject of its own; a place is no apposed speaker
    text = ("Lotte Brandt said the plan was \u201cdead\u201d, while Kyiv's envoy to Denmark "
            "considers it \u201ca start\u201d.")
    assert statements(text) == [("direct", "Lotte Brandt", "dead")]
    assert statements("Berlin, a city of the opposition, said the plan had \u201clittle to "
                      "win\u201d.") == []
