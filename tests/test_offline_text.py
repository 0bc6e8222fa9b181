"""Boilerplate, headings and captions never produce content; dates resolve against the article."""

from __future__ import annotations

import datetime as dt

from summarizer.extract.offline.boilerplate import classify_lines
from summarizer.extract.offline.dates import find_date, published_date
from summarizer.extract.offline.rules import extract_article
from summarizer.load import Article
from summarizer.schemas import DEFAULT_QUESTION, ArticleMeta


def kinds(text: str, title: str | None = None) -> list[str]:
    return [kind for _, _, kind in classify_lines(text, 0, title)]


def test_page_furniture_is_boilerplate() -> None:
    text = ("Advertisement\nRelated: Ten things to know\n3 min read\n"
            "(Photo by Jan Kos/Getty Images)\nBecome a Patron!\nA real sentence is here.\n")
    assert kinds(text) == ["boiler", "boiler", "boiler", "boiler", "boiler", "content"]


def test_everything_after_a_tail_marker_is_boilerplate() -> None:
    text = "A real sentence.\nRead more\nAnother story about \"quotes,\" she said.\n"
    assert kinds(text) == ["content", "boiler", "boiler"]


def test_headlines_captions_and_summary_boxes() -> None:
    text = ("Minister quits over “bad deal”\nMinister quits over “bad deal”\n"
            "Finance Minister Ola Berg.\nSummary\n- Berg says “it is over”\n"
            "Berg resigned on Monday, saying “it is over.”\n")
    assert kinds(text) == ["heading", "heading", "boiler", "boiler", "boiler", "content"]


def test_boilerplate_quotes_produce_no_statements() -> None:
    text = ("Ola Berg: “I quit” — video\nAdvertisement\n"
            "Help us reach 1,000 members: “Journalism matters,” says our editor.\n"
            "The talks ended.\n")
    result = extract_article(Article(ArticleMeta(id="t"), text, 0), DEFAULT_QUESTION)
    assert result.statements == []


def test_dates_explicit_weekday_and_relative() -> None:
    text = "on Oct. 16 | 16 October | on Wednesday | yesterday"
    day = dt.date(2024, 10, 17)
    assert find_date(text, 0, 10, day, 2024) == dt.date(2024, 10, 16)
    assert find_date(text, 13, 23, day, 2024) == dt.date(2024, 10, 16)
    assert find_date(text, 26, 38, day, 2024) == dt.date(2024, 10, 16)
    assert find_date(text, 41, 50, day, 2024) == dt.date(2024, 10, 16)
    assert find_date(text, 26, 38, None, 2024) is None


def test_published_date_from_a_dateline() -> None:
    text = "Big news today\n\nOct 17, 2024 - 13:00\nThe talks ended.\n"
    assert published_date(Article(ArticleMeta(id="t"), text, 0)) == dt.date(2024, 10, 17)


def test_month_day_dates_take_their_year_from_month_dated_text_not_bare_years() -> None:
    from summarizer.extract.offline.dates import reference_year
    from summarizer.load import Article
    from summarizer.schemas import ArticleMeta

    text = (
        "Help us reach 5,000 readers by the end of 2031.\n\n"
        "The minister spoke on Oct. 3. The talks began in March 2019 and resumed in May 2020."
    )
    article = Article(ArticleMeta(id="x"), text)
    assert reference_year(article, None) == 2020
    assert reference_year(Article(ArticleMeta(id="y"), "Targets for 2030 were set."), None) is None


def test_typographic_marks_squash_like_any_other_non_word_character() -> None:
    from summarizer.extract.offline.boilerplate import _TYPOGRAPHIC, _squash

    marks = [chr(code) for code in range(0x110000) if _TYPOGRAPHIC.match(chr(code))]
    assert marks and not any(mark.isalnum() for mark in marks)
    squashed = _squash("“Ukraine’s plan” — a 5‑point list… «Über»")
    assert squashed == "ukraine s plan a 5 point list über"
    # An ASCII line (read through a byte table) squashes as a non-ASCII one does.
    assert _squash("\tKyiv's_plan: 5-point list (2024)!\x1f") == "kyiv s plan 5 point list 2024"
    assert _squash("Kyiv's_plan: 5-point list (2024) é") == "kyiv s plan 5 point list 2024 é"


def test_a_quote_in_a_headline_case_first_line_is_no_statement() -> None:
    text = ("Dana Okafor: ‘We Will Not Sign This Deal.’\n\n"
            "LAGOS — Dana Okafor told reporters on Monday: “We will not sign this deal.”\n")
    result = extract_article(Article(ArticleMeta(id="t"), text, 0), DEFAULT_QUESTION)
    direct = [(s.text, s.speaker.name) for s in result.statements if s.kind == "direct"]
    assert direct == [("We will not sign this deal", "Dana Okafor")]


def test_near_miss_a_first_line_in_sentence_case_keeps_its_quote() -> None:
    text = "Dana Okafor called the deal “a disgrace.”\n\nShe left early.\n"
    result = extract_article(Article(ArticleMeta(id="t"), text, 0), DEFAULT_QUESTION)
    assert [s.text for s in result.statements if s.kind == "direct"] == ["a disgrace"]


def test_a_first_line_quoting_in_single_marks_over_a_double_quoting_body_is_a_headline() -> None:
    text = ("Okafor says deal is ‘a disgrace.’\n\n"
            "LAGOS — Dana Okafor called the deal “a disgrace” on Monday.\n")
    result = extract_article(Article(ArticleMeta(id="t"), text, 0), DEFAULT_QUESTION)
    direct = [(s.text, s.speaker.name) for s in result.statements if s.kind == "direct"]
    assert direct == [("a disgrace", "Dana Okafor")]


def test_a_headline_printed_again_as_the_lead_sentence_keeps_the_sentence() -> None:
    # The page shows the lead as a heading, then the same words closed by a stop: only the
    # heading is the copy.
    lead = "Lirian envoy Tomas Vell urged the council to admit Varda"
    text = f"{lead}\n{lead} .\nThe vote is due next week.\n"
    assert kinds(text, lead) == ["heading", "content", "content"]
    assert kinds(f"{lead}\n{lead}.\n", None) == ["heading", "content"]
    # Copies that all close with a stop (a caption printed twice) or none (a headline printed
    # twice) stay page furniture.
    caption = "Envoy Tomas Vell speaks to reporters in Ostra on Monday, March 3, 2025."
    assert kinds(f"{caption}\n{caption}\nThe vote is due.\n") == [
        "heading", "heading", "content"]
    assert kinds(f"{lead}\n{lead}\nThe vote is due.\n", lead) == [
        "heading", "heading", "content"]
    # A stopped line first, then its unstopped copy: nothing is prose twice.
    assert kinds(f"{lead}.\n{lead}\nThe vote is due.\n") == ["heading", "heading", "content"]
