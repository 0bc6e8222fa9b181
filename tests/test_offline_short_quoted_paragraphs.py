"""A short line standing alone in quotation marks is a pull quote or a quoted sub-heading
(`“DIVISIVE AND WRONG”`, `'A change warrior.'`), but a sentence in double marks closed by its
own stop is a short paragraph of quoted speech: the last paragraph of a quote run over several
paragraphs (`“He will win in November.”`), or a one-line quote after its speaker's paragraph.
Its words are a quote of the article, not page furniture."""

from __future__ import annotations

from conftest import direct_speakers, extract_text

from summarizer.extract.offline.boilerplate import classify_lines


def _kinds(text: str) -> list[str]:
    return [kind for _, _, kind in classify_lines(text, 0, None)]


def test_the_closing_paragraph_of_a_quote_over_paragraphs_is_quoted() -> None:
    text = ("Mayor Dana Pell backed the council plan on Sunday.\n\n"
            "“The city needs a leader,” Pell said. “The plan gives it one.\n\n"
            "“It will pass in November.”\n\n"
            "The vote is set for next week.")
    direct = [s for s in extract_text(text).statements if s.kind == "direct"]
    assert all(s.speaker is not None and s.speaker.name == "Dana Pell" for s in direct)
    pieces = [text[a:b] for s in direct for a, b in s.spans]
    assert any(p.startswith("It will pass in November") for p in pieces)


def test_a_one_line_quote_after_its_speaker_is_quoted() -> None:
    text = ("The mayor spoke to reporters for an hour on Monday. The audit had leaked, Dana Pell "
            "told them, and the leak broke the law.\n\n"
            "“This is deeply irresponsible.”\n\n"
            "The council meets on Friday.")
    speaker = direct_speakers(text, strip=".").get("This is deeply irresponsible")
    assert speaker is not None and speaker.name == "Dana Pell"


def test_quoted_headings_and_lone_words_stay_headings() -> None:
    text = ("The leaders met on Monday.\n\n“DIVISIVE, STUPID AND WRONG.”\n\n"
            "The talks went on all night.\n\n'A change warrior.'\n\nShe was fired.\n\n"
            "“Nooooo!”\n\nThe crowd laughed.\n\n“Related:”\n\nMore talks are due.")
    assert _kinds(text) == ["content", "heading", "content", "heading", "content", "heading",
                            "content", "heading", "content"]
