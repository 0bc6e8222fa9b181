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


def test_a_step_toward_the_plan_itself_is_not_a_point() -> None:
    assert _points("He urged allies to act now, asserting that this is the first critical step "
                   "toward achieving his victory plan.") == []
    assert _points("Berlin rejected the idea, which is the first point in President Roe's "
                   "Victory Plan.") == []
    assert not proposal("in President Roe's Victory Plan")
    assert not proposal("towards carrying out the plan")
    # Near misses: a phrase opened by a preposition whose object is something asked for.
    assert proposal("on inviting Ukraine to NATO")
    assert proposal("for Ukraine to be invited to join NATO before the end of the war")


def test_a_participle_alone_is_not_a_point() -> None:
    # (the element named before the participle is the point)
    assert _points("The harbour deal, a central element of Zelensky's victory plan, was "
                   "signed.") == ["harbour deal"]
    assert not proposal("signed")
    # Near miss: a participle opening a phrase that asks for something.
    assert proposal("increased air defence for Kyiv")


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


def test_a_verdict_on_a_point_after_its_copula_is_not_a_point() -> None:
    for verdict in ("Point 1 of the plan is the right place to start.",
                    "The first point of the plan is a good idea, but the rest is not.",
                    "The first point of the plan is where the trouble starts.",
                    "The second point of the plan is what worries Berlin most.",
                    "The first point of the plan is the one that allies like least.",
                    "The first point of the plan is the one allies like least.",
                    "The third point of the plan is the easiest to accept.",
                    "The third point of the plan is a non-starter for Washington.",
                    "Point 2 of the plan is the key to everything."):
        assert _points(verdict) == [], verdict
    # Near miss: `right` heading a noun phrase of its own is what the point asks.
    assert _points("Point 2 of the plan is the right to strike military targets inside "
                   "Russia.") == ["right to strike military targets inside Russia"]


def test_a_reaction_quote_naming_a_point_is_not_a_point() -> None:
    assert _points("“Point 1 of the plan is the right place to start,” the Danish minister "
                   "said.") == []
    assert _points("Item two of the plan is a disaster, one diplomat said.") == []
    # Near miss: a quote that states the point's content.
    assert _points("“Point 1 of the plan is an invitation to join NATO,” the minister "
                   "said.") == ["invitation to join NATO"]


def test_a_count_of_points_is_not_a_point() -> None:
    assert _points("The plan has five points.") == []
    assert _points("The plan includes five points and three secret annexes.") == []
    assert _points("The plan consists of five public points and three classified annexes.") == []


def test_a_clause_about_the_plan_after_it_is_not_a_point() -> None:
    assert _points("The plan was presented in a speech, but this is a real "
                   "irreversibility.") == []
    assert _points("The plan calls for more sanctions, prompting a warning that Kyiv was "
                   "pushing the alliance.") == ["more sanctions"]


def test_a_point_cut_where_the_excerpt_stops_ends_on_a_whole_phrase() -> None:
    got = _points("The plan calls for lifting limits on the use of long-range weapons against "
                  "targets inside")
    assert got == ["lifting limits on the use of long-range weapons against targets"]
    assert summary("more troops for the front and") == "more troops for the front"


def test_an_aside_between_an_ordinal_and_its_copula_is_not_the_point() -> None:
    assert _points("The first point, and the one that has drawn most attention, is an "
                   "invitation to join NATO now.") == ["invitation to join NATO now"]
    assert _points("The first point, which drew sharp criticism, is an invitation to join "
                   "NATO now.") == ["invitation to join NATO now"]
    assert _points("The fifth point, under which Ukrainian troops would replace some US forces "
                   "in Europe, is the most unusual.") == [
        "Ukrainian troops would replace some US forces in Europe"]
    # Near miss: the words between the commas are the point itself.
    assert _points("The first point, the invitation, is the most contested.") == ["invitation"]


def test_a_point_set_off_by_dashes_ends_at_the_dash() -> None:
    assert _points("The first point — an immediate invitation to join NATO — has yet to win "
                   "over the allies.") == ["immediate invitation to join NATO"]


def test_what_is_said_of_a_request_is_not_part_of_it() -> None:
    assert _points("Critics said the plan's call for strikes deep inside Russia showed that "
                   "Kyiv wants a wider war.") == ["strikes deep inside Russia"]
    assert _points("The plan is bold. Its appeal to voters grows out of fear.") == []
    # Near miss: a request read before `to` and a verb.
    assert _points("The plan's request to lift limits on long-range weapons would be "
                   "granted.") == ["lift limits on long-range weapons"]


def test_a_second_predicate_or_an_abbreviation_does_not_cut_a_point_wrongly() -> None:
    assert summary("to outlaw face coverings and is aimed at delinquents") == (
        "to outlaw face coverings")
    assert summary("confiscating assets that oligarchs in the U.S. hold abroad") == (
        "confiscating assets that oligarchs in the U.S. hold abroad")
    assert summary("more air defence. Allies were silent") == "more air defence"


def test_a_quantity_or_a_comparison_with_no_demand_is_not_a_point() -> None:
    for said in ("The plan calls for nothing less than victory, one analyst joked.",
                 "The plan envisages nothing new, a diplomat said.",
                 "The plan proposes too much too soon, Berlin believes.",
                 "The plan calls for more, not less, Western involvement.",
                 "Among its demands are several that allies have rejected.",
                 "The fourth point is similar to earlier requests.",
                 "The third point, however, is secret.",
                 "The first point of the plan is also its most ambitious.",
                 "The plan's second point is a long shot.",
                 "The plan's core is still a mystery.",
                 "The plan includes some ideas that are not new.",
                 "The first point of the plan was first floated in August.",
                 "“The plan calls for them to do the impossible,” an official complained."):
        assert _points(said) == [], said
    # Near misses: a quantity or a possessive opening a demand.
    assert _points("The plan calls for more weapons.") == ["more weapons"]
    assert _points("The plan calls for its accession to NATO.") == ["its accession to NATO"]
    assert _points("The plan calls for US forces to stay in Europe.") == [
        "US forces to stay in Europe"]
    assert _points("The plan offers allies shared access to critical minerals.") == [
        "allies shared access to critical minerals"]


def test_what_is_asked_of_the_plan_itself_is_not_a_point() -> None:
    assert _points("Kyiv wants the plan to be read in full.") == []
    assert _points("Kyiv wants an invitation to join NATO.") == ["invitation to join NATO"]


def _evidence(text: str) -> list[tuple[str, list[str]]]:
    result = extract_text(INTRO + text)
    points = result.plan.points if result.plan else []
    return [(p.summary, [e.text for e in p.evidence]) for p in points]


def test_a_point_wrapped_over_two_lines_is_told_to_the_end_of_its_clause() -> None:
    got = _evidence("The plan calls for lifting limits on the use of long-range\nweapons "
                    "against targets in Russia.")
    assert got[0][0] == "lifting limits on the use of long-range weapons against targets in Russia"
    assert "weapons against targets in Russia" in got[0][1][0]
    # Near misses: a line that ends its sentence, or a next line that opens a new one.
    assert _points("The plan calls for an invitation to join NATO.\nlater, allies met.") == [
        "invitation to join NATO"]
    assert _points("The plan includes:\n\n- an invitation to join NATO\n- lifting limits on "
                   "the use of long-range weapons against\n- a deterrence package") == [
        "invitation to join NATO", "lifting limits on the use of long-range weapons",
        "deterrence package"]


def test_an_abbreviation_inside_a_point_does_not_end_it() -> None:
    # An abbreviation's dot ends no sentence (document.py); it ends no clause of a point
    # either: `replace some U.S.` was a point cut mid-phrase.
    assert _points("It also proposes that Ukrainian troops replace some U.S. forces in Europe "
                   "after the war.") == ["Ukrainian troops replace some U.S. forces in Europe "
                                         "after the war"]
    assert _points("The plan calls for more Western aid, a deterrence package and troops to "
                   "replace U.K. units in Estonia.") == [
        "more Western aid", "deterrence package", "troops to replace U.K. units in Estonia"]
    # A full stop that ends the sentence still ends the point.
    assert _points("It also proposes that Ukrainian troops replace some forces. Germany "
                   "objected.") == ["Ukrainian troops replace some forces"]


def test_points_described_in_the_plural_are_no_point() -> None:
    assert _points("The plan's five points include requests that allies have rejected "
                   "before.") == []
    assert _points("The plan includes demands which Washington has long resisted.") == []
    # Near misses: a singular noun opens what it asks; a plural one with its content after it.
    assert proposal("proposal that Ukrainian troops take over duties of US forces")
    assert _points("The plan includes demands for long-range missiles.") == [
        "demands for long-range missiles"]


def test_a_phrase_that_asks_for_nothing_in_particular_is_no_point() -> None:
    assert _points("The plan calls for a just and lasting peace.") == []
    assert _points("The plan offers no details on financing.") == []
    assert _points("The plan covers a lot of ground.") == []
    assert _points("The plan calls for more of the same.") == []
    # Near misses: such words inside a phrase that does ask for something.
    assert _points("The plan calls for peace talks on Ukraine's terms.") == [
        "peace talks on Ukraine's terms"]
    assert _points("The plan calls for a no-fly zone over western Ukraine.") == [
        "no-fly zone over western Ukraine"]
    assert _points("The plan calls for more air defence systems.") == [
        "more air defence systems"]


def test_the_plans_annexes_are_counted_not_points() -> None:
    assert _points("Notably, the document contains four sealed annexes tied to the economy, "
                   "which Kyiv showed to Rome and Madrid.") == []
    # Near miss: what the document contains that is a proposal.
    assert _points("Notably, the document contains a fund tied to the economy, which Kyiv "
                   "showed to Rome and Madrid.") == ["fund tied to the economy"]


def test_a_point_the_excerpt_stops_inside_keeps_its_whole_items_or_is_left_out() -> None:
    text = ("The victory plan has four points:\n1. An invitation to join the bloc.\n2. Joint "
            "guarding of the grain ports and opening its")
    assert _points(text) == ["invitation to join the bloc", "Joint guarding of the grain ports"]
    # Cut inside a phrase with no whole item before it: left out.
    assert _points("The plan also envisages a Western role in paying for and jointly running "
                   "the grain termin") == []
    # Near miss: a text that ends its sentence keeps its last point whole.
    assert _points("The plan also envisages a Western role in building and jointly running "
                   "the grain terminals.") == [
        "Western role in building and jointly running the grain terminals"]


def test_aims_joined_by_and_say_what_the_plan_is_for() -> None:
    assert _points("The five-point plan focuses on securing the country's future and "
                   "deterring further attacks.") == []
    # Near miss: one gerund that asks for something is the plan's point.
    assert _points("The five-point plan focuses on persuading partners to fund air "
                   "defence.") == ["persuading partners to fund air defence"]


def test_a_participle_after_a_noun_is_not_the_head_of_a_verdict() -> None:
    # `part` after a participle is what the troops would replace, not a verdict (`the best part`).
    assert proposal("Polish engineers replacing part of the German garrison in Lithuania")
    assert proposal("allied crews taking over part of the air patrols")
    # `part of` after a verb: a share of something the point acts on.
    assert proposal("swap part of the Danish garrison for Latvian units")
    # Near misses: a verdict whose head comes after an article and an adjective in -ing; a
    # verdict's `part of` after a judgement.
    assert not proposal("best part of the plan")
    assert not proposal("the most interesting part")
    assert not proposal("a winning idea")


def test_a_summary_is_not_cut_inside_a_noun_phrase() -> None:
    # Not before `of` (the noun's complement) nor before `and` joining two bare nouns: the
    # clause is kept whole when it is short enough ...
    assert summary("a binding pact with the Nordic states and Canada on the shared custody "
                   "of Moldova's gas reserves") == (
        "binding pact with the Nordic states and Canada on the shared custody of Moldova's gas "
        "reserves")
    assert summary("its troops and tanks must be shielded from Belarusian rocket and glide bomb "
                   "strikes") == (
        "its troops and tanks must be shielded from Belarusian rocket and glide bomb strikes")
    # ... else cut at another break before it.
    assert summary("drafting a framework treaty with Nordic lenders regarding the storage and "
                   "resale of surplus grain held in Moldovan silos") == (
        "drafting a framework treaty with Nordic lenders")
    # A plural before `and` ends a phrase: the cut may fall there.
    assert summary("allow the Latvian army to train in Nordic winter camps and share lessons "
                   "learned over two winters of war") == (
        "allow the Latvian army to train in Nordic winter camps")
    # Near miss: a gerund after `and` opens an action of its own, where a cut may fall.
    assert summary("expanding patrols through drills in northern provinces and countering "
                   "hostile naval drone capabilities there") == (
        "expanding patrols through drills in northern provinces")


def test_who_made_a_point_or_the_plan_is_not_a_point() -> None:
    # A participle and its agent opening the content: who drafted it, not what it asks.
    assert not proposal("first drafted by a senator from Ohio")
    assert not proposal("written by advisers in his office")
    assert _points("Another point of the plan was originally devised by a think tank in "
                   "Warsaw.") == []
    # `the plan proposed by X.` and the next sentence: neither is a point.
    assert _points("Lawmakers back the victory plan proposed by Olena Marchuk. The assembly is "
                   "fully engaged in carrying it out.") == []
    # Near miss: a noun before the participle (what is asked, and how it is paid for).
    assert proposal("a reconstruction fund financed by frozen Russian assets")


def test_what_a_point_is_for_or_whom_the_plan_would_sway_is_not_a_point() -> None:
    assert not proposal("designed for the years after the ceasefire")
    assert not proposal("intended for a later stage")
    assert not proposal("to reassure both voters and lenders")
    assert not proposal("rallying a tired public")
    # Near misses: a noun before the participle; a demand after `to`.
    assert proposal("a reconstruction fund designed for frontline towns")
    assert proposal("to lift caps on artillery shells")
