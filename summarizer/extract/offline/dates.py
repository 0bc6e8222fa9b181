"""Dates in prose: explicit ("Oct. 16", "16 October 2024"), weekdays and yesterday/today,
resolved against the article's publication date when it is known (never guessed otherwise).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from summarizer.extract.offline.language import language, per_language
from summarizer.extract.offline.prefilter import Filtered
from summarizer.load import Article

# The first three patterns cannot match a stretch without a digit (a fast scan to rule out),
# and each pattern only a stretch holding one of its words (see prefilter.py).
_DIGITS_NEEDED = 3
_DIGIT = re.compile(r"\d")
# Lines at the top of an article that may carry its date (after the header), and how far into
# such a line the date may start ("date 2024-10-17 …").
DATE_LINES = 10
DATELINE_OFFSET = 8


@dataclass(frozen=True)
class _Tables:
    """The date patterns of one language's names (dates.toml)."""

    months: dict[str, int]
    weekdays: dict[str, int]
    relative: dict[str, int]
    patterns: tuple[re.Pattern[str], ...]
    filtered: tuple[Filtered, ...]
    # A full date starting at most DATELINE_OFFSET characters into a line: the leftmost match
    # `search` would find if it starts that early, without scanning the rest of a long line.
    datelines: tuple[re.Pattern[str], ...]
    month_year: re.Pattern[str]
    month_chars: int  # the longest month with its dot ("september.")


@per_language
def _tables() -> _Tables:
    names = language().dates
    months = dict(names.months)
    weekdays = {day: number for number, day in enumerate(names.days.weekdays)}
    relative = dict(names.days.relative)
    month = (r"(?P<month>" + "|".join(map(re.escape, sorted(months, key=len, reverse=True)))
             + r")\.?")
    patterns = (
        re.compile(r"\b(?P<year>\d{4})-(?P<mnum>\d{2})-(?P<day>\d{2})\b"),
        re.compile(rf"\b{month}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>\d{{4}}))?",
                   re.I),
        re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{month}\b(?:,?\s+(?P<year>\d{{4}}))?",
                   re.I),
        re.compile(r"\b(?P<weekday>" + "|".join(map(re.escape, weekdays)) + r")\b", re.I),
        re.compile(r"\b(?P<relative>" + "|".join(map(re.escape, relative)) + r")\b", re.I),
    )
    return _Tables(
        months, weekdays, relative, patterns,
        filtered=tuple(Filtered(pattern) for pattern in patterns),
        datelines=tuple(re.compile(rf"[\s\S]{{0,{DATELINE_OFFSET}}}?(?:{p.pattern})", p.flags)
                        for p in patterns[:_DIGITS_NEEDED]),
        month_year=re.compile(
            rf"\b{month}\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?(?P<year>19[89]\d|20\d\d)\b", re.I),
        month_chars=max(map(len, months)) + 1,
    )


def published_date(article: Article) -> dt.date | None:
    """The publication date: from metadata, else a dateline at the top of the body (a line
    that starts with a full date, such as `Oct 17, 2024 - 13:00` or `date 2024-10-17`)."""
    if article.meta.published:
        return article.meta.published
    lines = article.text[article.body_start :].splitlines()
    datelines = _tables().datelines
    for line in [ln.strip() for ln in lines if ln.strip()][:DATE_LINES]:
        for pattern in datelines:
            match = pattern.match(line)
            if match and match.group("year"):
                found = _resolve(match, None, None)
                if found is not None:
                    return found
    return None


def reference_year(article: Article, published: dt.date | None) -> int | None:
    """The year a month-and-day date belongs to: the publication year, else the latest year
    the article names together with a month ("in July 2024", "Oct. 1, 2024"); None otherwise.

    A bare year is not evidence of when the article was written: it is as often a target or a
    banner ("by the end of 2025") as a date, so it never decides.
    """
    if published:
        return published.year
    years = [int(m.group("year")) for m in _month_years(article.text, article.body_start)]
    return max(years) if years else None


# How far before its year a month_year match may start when its spaces are short.
_REACH = 64
# A year as month_year reads it (it always follows whitespace), found with a fast scan; and a
# character that cannot sit between a month and its year (spaces, day digits, st/nd/rd/th, ",").
_YEAR_DIGITS = re.compile(r"(?:19[89]|20\d)\d")
_NOT_BETWEEN = re.compile(r"[^\s\d,.stndrhSTNDRH\u017f]")


def _month_years(text: str, start: int) -> list[re.Match[str]]:
    """_tables().month_year.finditer(text, start), without scanning the whole text.

    `re` cannot skip ahead to a pattern starting with \b, so the full scan tried the month
    alternation at every character. Every match ends with a year preceded by whitespace, and
    matches never overlap (between a month and its year there is no room for another month):
    so the search runs only just before each such year, from _REACH characters back (or from
    the previous match, when a long run of spaces or digits could put the month further back).
    The search stops one character past the year, which its closing \b still sees.
    """
    tables = _tables()
    found: list[re.Match[str]] = []
    pos = start
    for candidate in _YEAR_DIGITS.finditer(text, start):
        year = candidate.start()
        if year <= pos or not text[year - 1].isspace():
            continue
        lo = max(pos, year - _REACH)
        if lo > pos and not _NOT_BETWEEN.search(text, lo + tables.month_chars, year):
            lo = pos
        match = tables.month_year.search(text, lo, min(len(text), year + 5))
        if match is not None:
            found.append(match)
            pos = match.end()
    return found


def find_date(text: str, start: int, end: int, published: dt.date | None,
              year: int | None) -> dt.date | None:
    """The first date expressed in text[start:end], resolved; None when it cannot be."""
    best: tuple[int, dt.date] | None = None
    filtered = _tables().filtered
    patterns = filtered if _DIGIT.search(text, start, end) else filtered[_DIGITS_NEEDED:]
    for pattern in patterns:
        for match in pattern.finditer(text, start, end):
            value = _resolve(match, published, year)
            if value is not None and (best is None or match.start() < best[0]):
                best = (match.start(), value)
    return best[1] if best else None


def _resolve(match: re.Match[str], published: dt.date | None, year: int | None) -> dt.date | None:
    groups = match.groupdict()
    tables = _tables()
    try:
        if groups.get("weekday"):
            if published is None:
                return None
            back = (published.weekday() - tables.weekdays[groups["weekday"].lower()]) % 7
            return published - dt.timedelta(days=back)
        if groups.get("relative"):
            if published is None:
                return None
            return published + dt.timedelta(days=tables.relative[groups["relative"].lower()])
        month = (int(groups["mnum"]) if groups.get("mnum")
                 else tables.months[groups["month"].lower()])
        use_year = int(groups["year"]) if groups.get("year") else year
        if use_year is None:
            return None
        return dt.date(use_year, month, int(groups["day"]))
    except (ValueError, KeyError):
        return None
