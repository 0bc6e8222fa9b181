"""An appeal to the reader (`Sign up for our newsletter`, `Subscribe here`, `Donate`) is page
furniture; a paragraph of prose that only mentions a newsletter, a donation or signing up is
content, and its quotes are quotes (`…,” said Ann Roe, who runs a state politics newsletter`).

The appeal is told by its imperative (the call opens a sentence or clause) or its own phrases
(`sign up for our`); a paragraph that mentions one in passing is prose."""

from __future__ import annotations

from conftest import direct_speakers

from summarizer.extract.offline.boilerplate import classify_lines


def _kinds(text: str) -> dict[str, str]:
    return {text[start:end]: kind for start, end, kind in classify_lines(text, 0, None)}


_LONG_QUOTE = ("“They have a real problem if they lose the state next week, because then the "
               "governor can say he wins anywhere,” said Dana Pell, who runs a state politics "
               "newsletter.")


def test_a_quote_in_prose_that_mentions_a_newsletter_is_a_quote() -> None:
    text = "The race moved to Nevada on Tuesday.\n\n" + _LONG_QUOTE + "\n\nVoting starts at noon."
    assert _kinds(text)[_LONG_QUOTE] == "content"
    speaker = direct_speakers(text, strip=",").get(
        "They have a real problem if they lose the state next week, because then the governor "
        "can say he wins anywhere")
    assert speaker is not None and speaker.name == "Dana Pell"


def test_prose_that_mentions_donating_or_signing_up_is_content() -> None:
    lines = [
        "She only wanted her friends to sign up for updates from the campaign.",
        ("The mill lost orders all winter. In March, after the owners asked workers to sign up "
         "for an unpaid week off, most of the staff agreed, some in the belief that it would "
         "save their jobs."),
        ("Foreign citizens may not give to campaigns, but companies they own are allowed to "
         "donate as long as the money comes from profits made here and citizens decide it."),
    ]
    kinds = _kinds("\n\n".join(lines))
    assert [kinds[line] for line in lines] == ["content"] * len(lines)


def test_appeals_to_the_reader_stay_boilerplate() -> None:
    lines = [
        "Sign up for the Morning Digest newsletter.",
        "(Subscribe to the weekly politics podcast.)",
        "For more, sign up for the Good Work newsletter.",
        ("Dana Pell is a co-host of the Capitol podcast “What Just Happened,” which looks back "
         "at each week in the statehouse. Subscribe here, and listen to the latest episode."),
        ("<tweet>The governor spoke for an hour on the budget and the schools tonight, and the "
         "hall was full to the doors with supporters and critics alike. pic.example/x SIGN UP "
         "FOR OUR NEWSLETTER</tweet>"),
    ]
    kinds = _kinds("The budget passed on Monday.\n\n" + "\n\n".join(lines))
    assert [kinds[line] for line in lines] == ["boiler"] * len(lines)
