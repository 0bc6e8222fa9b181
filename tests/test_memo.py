"""The briefing memo from hand-made briefings: content, citations, caps and escaping."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from summarizer.countries import country_in_prose, country_name
from summarizer.render import Limits, build_memo, render_memo, write_memos
from summarizer.render.parts import Cites
from summarizer.render.text import md_escape, truncate_words, venue_in_prose
from summarizer.schemas import (
    ArticleMeta,
    Briefing,
    Conflict,
    ConflictSource,
    Evidence,
    MergedPlanPoint,
    MergedStance,
    MergedStatement,
    SourceRef,
    Speaker,
    StanceEvidence,
)

SAMPLE = Path(__file__).parent / "golden" / "briefing_sample.json"
HOSTILE = "<script>alert(1)</script>"
CITE = re.compile(r"\[(\d+)\]")


def sample() -> Briefing:
    return Briefing.model_validate_json(SAMPLE.read_text(encoding="utf-8"))


def section(md: str, title: str) -> str:
    """The body of one `## title` section of the Markdown memo."""
    match = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## |\Z)", md, re.M | re.S)
    assert match, f"no section {title!r}"
    return match.group(1)


def source_numbers(md: str) -> list[int]:
    return [int(n) for n in re.findall(r"^- \*\*\[(\d+)\]\*\*", section(md, "Sources"), re.M)]


def test_unknown_format_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="pdf"):
        render_memo(sample(), "pdf")


def test_bottom_line_is_three_to_five_sentences_each_cited() -> None:
    bluf = build_memo(sample()).bluf
    assert 3 <= len(bluf) <= 5
    for sentence in bluf:
        assert any(isinstance(part, Cites) and part.numbers for part in sentence), sentence


def test_bottom_line_says_who_proposed_objects_supports_and_what_is_unsettled() -> None:
    md = section(render_memo(sample(), "md"), "Bottom line")
    assert "Volodymyr Zelensky presented the victory plan to the Verkhovna Rada" in md
    assert "5 public points plus 3 classified annexes" in md
    assert "opposition from Germany, Hungary, Slovakia and the United States [3]" in md
    assert "hesitation from Belgium [3]" in md
    assert "support from Poland [3]" in md
    assert "Unsettled: sources disagree on France's position [4][5]" in md


def test_bottom_line_follows_the_data_not_fixed_text() -> None:
    briefing = sample()
    briefing.stances = [s for s in briefing.stances if s.country != "PL"]
    assert briefing.plan is not None
    briefing.plan.presented_by = "Someone Else"
    briefing.conflicts = []
    md = section(render_memo(briefing, "md"), "Bottom line")
    assert "support from" not in md and "Poland" not in md
    assert "Someone Else presented the victory plan" in md
    assert "Unsettled" not in md


def test_an_empty_briefing_renders_and_says_so() -> None:
    empty = Briefing(articles=[])
    md = render_memo(empty, "md")
    assert "no extracted facts" in md and "No country stances were extracted." in md
    assert "No country stances were extracted." in render_memo(empty, "html")


def test_every_citation_resolves_to_a_listed_source_numbered_in_reading_order() -> None:
    md = render_memo(sample(), "md")
    body, _, _ = md.partition("\n## Sources\n")
    cited = [int(n) for n in CITE.findall(body)]
    first_seen = list(dict.fromkeys(cited))
    assert first_seen == sorted(first_seen) and first_seen[0] == 1
    assert set(cited) <= set(source_numbers(md))
    html = render_memo(sample(), "html")
    targets = set(re.findall(r'href="#src-(\d+)"', html))
    assert targets and targets <= set(re.findall(r'<li id="src-(\d+)"', html))


def test_every_plan_point_quote_and_stance_row_carries_a_citation() -> None:
    md = render_memo(sample(), "md")
    titles = ("The plan", "Who said what", "Country stances", "Disagreements between sources")
    lines = [
        line
        for title in titles
        for line in section(md, title).splitlines()
        if line.startswith("- ") or (line.startswith("| ") and "---" not in line)
    ]
    lines = [line for line in lines if not line.startswith("| Country |")]
    assert len(lines) >= 15
    for line in lines:
        assert CITE.search(line), line


def test_who_said_what_groups_by_speaker_with_role_and_verbatim_quotes() -> None:
    md = section(render_memo(sample(), "md"), "Who said what")
    after = md.split("**Julianne Smith** — U.S. Ambassador to NATO, United States\n\n", 1)[1]
    smith = after.split("\n\n", 1)[0].splitlines()
    assert len(smith) == 2  # both of her statements, under one heading
    # No source prints the hand-made canonical wording: the memo shows the fullest source's
    # own words, cites only it, and the others as reporting them in other words.
    assert smith[0].startswith("- “We are not at the stage where the Alliance is discussing")
    assert smith[0].endswith("” [2]; also reported, in other words, by [1][4] (16 October 2024)")
    assert "*(reported speech)*" in md  # the paraphrase is not dressed up as a quote
    assert md.index("Mark Rutte") < md.index("Unnamed source (NATO)")


def test_stance_table_marks_conflicts() -> None:
    md = section(render_memo(sample(), "md"), "Country stances")
    rows = [line for line in md.splitlines() if line.startswith("| ")]
    assert rows[0] == "| Country | Position | Key evidence | Sources |"
    france = next(row for row in rows if row.startswith("| France"))
    assert "⚠ disputed: supports [4]; unclear [5]" in france
    assert sum("disputed" in row for row in rows) == 1
    html = render_memo(sample(), "html")
    assert html.count('class="unclear conflict"') == 1


def test_plan_disagreements_move_to_the_disagreements_section_without_a_plan() -> None:
    briefing = sample()
    briefing.plan = None
    md = render_memo(briefing, "md")
    assert "No source describes the plan." in section(md, "The plan")
    disagreements = section(md, "Disagreements between sources")
    assert "**Plan points:** Sources list different points for the plan" in disagreements
    assert "listed under “The plan”" not in disagreements


def test_sources_fall_back_to_the_article_id_and_name_the_file_or_url() -> None:
    briefing = sample()
    briefing.articles[1].url = "https://example.org/a?b=1&c=2"
    md = section(render_memo(briefing, "md"), "Sources")
    assert "000\\_93e9d3437e0608df. File: fixtures/articles/000_93e9d3437e0608df.txt" not in md
    assert "- **[1]** 000_93e9d3437e0608df. File: fixtures/articles/000_93e9d3437e0608df.txt" in md
    assert "The Kyiv Independent, “NATO does not have plans" in md
    assert "URL: https://example.org/a?b=1&c=2" in md
    assert "membership bid anytime soon”, 17 October 2024. File: fixtures/articles/003" in md
    html = render_memo(briefing, "html")
    assert '<a href="https://example.org/a?b=1&amp;c=2" rel="noreferrer">' in html


def hostile_briefing() -> Briefing:
    briefing = sample()
    meta = briefing.articles[0]
    meta.title, meta.outlet, meta.url = f"T {HOSTILE}", f"O {HOSTILE}", "javascript:alert(1)"
    briefing.statements[0].text = f"quote {HOSTILE} | pipe"
    briefing.statements[0].speaker.name = f"# Heading {HOSTILE}"
    briefing.stances[0].country_name = "Ger|many"
    briefing.stances[0].sources[0].evidence[0].text = f"a | b\n\n# c {HOSTILE} [x](http://e.test)"
    assert briefing.plan is not None
    briefing.plan.points[0].summary = f"- {HOSTILE}"
    briefing.conflicts[0].sources[0].says = HOSTILE
    return briefing


def test_html_renders_article_text_as_text() -> None:
    html = render_memo(hostile_briefing(), "html")
    assert "<script" not in html.lower()
    assert html.count("&lt;script&gt;alert(1)&lt;/script&gt;") >= 7
    assert 'href="javascript' not in html
    assert "URL: javascript:alert(1)" in html  # shown, not linked
    assert "default-src 'none'" in html  # and the page may not run or fetch anything anyway


def test_markdown_escapes_what_would_break_its_structure() -> None:
    md = render_memo(hostile_briefing(), "md")
    headings = [line for line in md.splitlines() if line.startswith("#")]
    assert headings == [
        "# Briefing: Should Ukraine be invited to join NATO now?",
        *(f"## {t}" for t in ("Bottom line", "The plan", "Who said what", "Country stances",
                              "Disagreements between sources", "Sources")),
    ]
    assert not re.search(r"(?<!\\)<", md) and "\\<script\\>" in md
    assert "**\\# Heading" in md and "- **1.** \\- \\<script" in md
    assert "\\[x\\](http://e.test)" in md
    rows = [line for line in section(md, "Country stances").splitlines() if line.startswith("|")]
    for row in rows:  # every row keeps exactly four cells
        assert len(re.findall(r"(?<!\\)\|", row)) == 5, row


def test_markdown_parses_to_the_intended_structure_despite_hostile_text() -> None:
    """Parsed by a real CommonMark parser (markdown-it, which rich already depends on)."""
    from markdown_it import MarkdownIt

    parser = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    briefing = hostile_briefing()
    tokens = parser.parse(render_memo(briefing, "md"))
    kinds = [t.type for t in tokens] + [c.type for t in tokens for c in t.children or []]
    assert "html_block" not in kinds and "html_inline" not in kinds
    assert "link_open" not in kinds and "s_open" not in kinds
    assert [t.tag for t in tokens if t.type == "heading_open"] == ["h1"] + ["h2"] * 6
    cells_per_row = []
    for token in tokens:
        if token.type == "tr_open":
            cells_per_row.append(0)
        elif token.type in ("td_open", "th_open"):
            cells_per_row[-1] += 1
    assert cells_per_row == [4] * (1 + len(briefing.stances))
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in parser.render(render_memo(briefing, "md"))


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [
        ("one two three", 3, ("one two three", False)),
        ("one two three four", 3, ("one two three", True)),
        ("One two. Three four five six.", 5, ("One two.", True)),  # a whole sentence fits
        ("One. Two three four five six.", 5, ("One. Two three four five", True)),  # too short
        ("Ask the U.S. ambassador now please", 4, ("Ask the U.S. ambassador", True)),
        ("a,\n  b c", 1, ("a", True)),
    ],
)
def test_truncate_words_prefers_whole_sentences(
    text: str, limit: int, expected: tuple[str, bool]
) -> None:
    assert truncate_words(text, limit) == expected


_PUNCT = re.compile(r"\\([!-/:-@\[-`{-~])")


@given(st.text())
def test_md_escape_loses_nothing_and_leaves_no_bare_markup(text: str) -> None:
    out = md_escape(text)
    assert "\n" not in out and "\r" not in out
    # CommonMark reads a backslash before ASCII punctuation as that character: a round trip.
    assert _PUNCT.sub(r"\1", out) == re.sub(r"\s+", " ", text)
    for char in "|<>[]`*~":
        assert len(re.findall(rf"(?<!\\){re.escape(char)}", out.replace("\\\\", ""))) == 0


def big_briefing() -> Briefing:
    articles = [ArticleMeta(id=f"a{i:02d}", outlet=f"Outlet {i}") for i in range(45)]

    def ref(i: int, text: str = "t") -> SourceRef:
        return SourceRef(article_id=f"a{i:02d}", text=text)

    statements = [
        MergedStatement(id=f"s{p}-{q}", speaker=Speaker(name=f"Person {p:02d}"), text=f"Words {q}",
                        kind="direct", sources=[ref(p, f"Words {q}")])
        for p in range(12) for q in range(5)
    ]
    stances = [
        MergedStance(country=code, country_name=code, position="opposes", confidence=0.5,
                     sources=[StanceEvidence(article_id=f"a{12 + i:02d}", position="opposes",
                                             evidence=[Evidence(text="e")])])
        for i, code in enumerate(["AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR",
                                  "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL"])
    ]
    conflicts = [
        Conflict(kind="figure", description=f"Figure {i}",
                 sources=[ConflictSource(article_id=f"a{32 + i:02d}", says="x")])
        for i in range(9)
    ]
    return Briefing(articles=articles, statements=statements, stances=stances, conflicts=conflicts)


def test_long_lists_are_capped_and_say_how_many_were_left_out() -> None:
    limits = Limits(speakers=8, quotes_per_speaker=3, stances=15, conflicts=6, sources=30)
    md = render_memo(big_briefing(), "md", limits)
    who = section(md, "Who said what")
    assert who.count("**Person") == 8
    assert "*4 more speakers left out.*" in who
    assert who.count("*(2 more statements left out)*") == 8
    assert who.count("\n- “Words") == 8 * 3
    stances = section(md, "Country stances")
    assert len([r for r in stances.splitlines() if r.startswith("| ")]) == 1 + 15
    assert "*5 more countries left out.*" in stances
    assert "- *3 more left out.*" in section(md, "Disagreements between sources")
    # 8 + 15 + 6 cited sources (only what is shown is cited), then uncited ones up to 30.
    assert len(source_numbers(md)) == 30 and "*15 more uncited articles left out.*" in md
    assert md.count("*(not cited above)*") == 1
    html = render_memo(big_briefing(), "html", limits)
    assert html.count("<tr class=") == 15 and "4 more speakers left out." in html


def test_write_memos_writes_both_files_and_the_html_fetches_nothing(tmp_path: Path) -> None:
    write_memos(sample(), tmp_path)
    assert (tmp_path / "memo.md").read_text(encoding="utf-8") == render_memo(sample(), "md")
    html = (tmp_path / "memo.html").read_text(encoding="utf-8")
    # Beside sources.html, citations link into it; otherwise to the memo's source list.
    assert (tmp_path / "sources.html").is_file()
    assert _unlinked(html) == _unlinked(render_memo(sample(), "html"))
    for needle in ("<script", "<link", "src=", "@import", "url(", "<iframe"):
        assert needle not in html, needle
    assert "<style>" in html and "@media print" in html
    assert '<table id="stance-table">' in html
    assert not list(tmp_path.glob(".*.tmp"))


def _unlinked(html: str) -> str:
    return re.sub(r'href="(sources\.html)?#[^"]*"', 'href=""', html)


def test_country_names_read_as_prose() -> None:
    assert [country_in_prose(c) for c in ("US", "NL", "GB", "DE", "CZ")] == [
        "the United States", "the Netherlands", "the United Kingdom", "Germany", "Czechia"
    ]


def test_venues_that_are_bodies_read_with_the() -> None:
    venues = ("Verkhovna Rada", "the Sejm", "Brussels", "European Council")
    assert [venue_in_prose(v) for v in venues] == [
        "the Verkhovna Rada", "the Sejm", "Brussels", "the European Council"]


def test_a_speakers_whole_sentences_come_before_one_word_fragments() -> None:
    briefing = sample()
    smith = [s for s in briefing.statements if s.speaker.name == "Julianne Smith"]
    fragment = smith[0].model_copy(update={"id": "frag", "text": "irreversible",
                                           "sources": smith[0].sources * 3})
    briefing.statements = [fragment, *briefing.statements]
    who = section(render_memo(briefing, "md"), "Who said what")
    shown = who.split("**Julianne Smith**")[1].split("\n**")[0]
    # The most-cited of her statements, but one word: her two sentences are shown instead.
    assert "“irreversible”" not in shown
    assert shown.count("\n- “") == 2


def test_a_stance_row_does_not_name_its_country_again_as_an_actor() -> None:
    briefing = sample()
    stance = briefing.stances[0]
    name = country_name(stance.country)
    briefing.stances[0] = stance.model_copy(update={"actors": [name, "Jane Roe"]})
    md = section(render_memo(briefing, "md"), "Country stances")
    row = next(line for line in md.splitlines() if line.startswith(f"| {name}"))
    assert f"{name} (Jane Roe)" in row and f"({name}" not in row


def test_plan_points_shown_first_are_the_ones_more_accounts_report() -> None:
    """Numbered points in plan order; among points of one number, and among unnumbered ones,
    the more accounts the earlier, so the capped list keeps the best attested."""
    def point(summary: str, number: int | None, *articles: str) -> MergedPlanPoint:
        return MergedPlanPoint(number=number, summary=summary, sources=[
            SourceRef(article_id=a, text=f"{summary} ({a})", spans=[]) for a in articles])

    briefing = sample()
    assert briefing.plan is not None
    ids = [a.id for a in briefing.articles]
    plan = briefing.plan.model_copy(update={"points": [
        point("aardvark grants", None, ids[0]),
        point("beekeeping loans", 2, ids[0]),
        point("canal tolls", 2, *ids[:3]),
        point("zebra crossings", None, *ids[:3]),
        point("first demand", 1, ids[1]),
    ]})
    md = render_memo(briefing.model_copy(update={"plan": plan}), "md",
                     Limits(plan_points=4))
    shown = re.findall(r"^- (?:\*\*\d\.\*\* )?([a-z ]+) \[", section(md, "The plan"), re.M)
    assert shown == ["first demand", "canal tolls", "beekeeping loans", "zebra crossings"]
