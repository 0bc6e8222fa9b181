"""Dates in article text made absolute against the article's own publication date.

"Yesterday" in an article published on 17 October is 16 October; "on Wednesday" is the latest
Wednesday on or before publication (news reports past events); "Oct. 16" takes the year that
puts it nearest the publication date. Without a publication date a relative expression stays
unresolved (None) rather than being anchored to today.
"""

from __future__ import annotations

import datetime as dt
import re

_MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
            ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
            ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for m in names
}
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_OFFSETS = {"today": 0, "yesterday": -1, "tomorrow": 1}

_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_MONTH_DAY = re.compile(
    rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}})(?:\s*[-–]\s*\d{{1,2}})?(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?\b",
    re.I,
)
_DAY_MONTH = re.compile(
    rf"\b(\d{{1,2}})(?:\s*[-–]\s*\d{{1,2}})?(?:st|nd|rd|th)?\s+({_MONTH_RE})\.?(?:,?\s+(\d{{4}}))?\b",
    re.I,
)
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_RELATIVE = re.compile(
    r"\b(today|yesterday|tomorrow|(?:on |last |this )?(?:" + "|".join(_WEEKDAYS) + r"))\b", re.I
)
_DAYS_AGO = re.compile(r"\b(\d+|one|two|three|four|five|six|seven)\s+days?\s+ago\b", re.I)
_SMALL = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


def resolve_relative(phrase: str, published: dt.date | None) -> dt.date | None:
    """The date a relative expression ('yesterday', 'on Wednesday', '2 days ago') points to."""
    if published is None:
        return None
    text = phrase.strip().casefold()
    for word, offset in _OFFSETS.items():
        if re.search(rf"\b{word}\b", text):
            return published + dt.timedelta(days=offset)
    ago = _DAYS_AGO.search(text)
    if ago:
        count = ago.group(1).casefold()
        days = int(count) if count.isdigit() else _SMALL[count]
        return published - dt.timedelta(days=days)
    for index, day in enumerate(_WEEKDAYS):
        if re.search(rf"\b{day}\b", text):
            back = (published.weekday() - index) % 7
            if text.startswith("last ") and back == 0:
                back = 7
            return published - dt.timedelta(days=back)
    return None


def dates_in_text(text: str, published: dt.date | None) -> list[dt.date]:
    """Every date the text names, absolute or relative (resolved against `published`)."""
    found: list[tuple[int, dt.date]] = []
    for match in _ISO.finditer(text):
        day = _safe_date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        if day:
            found.append((match.start(), day))
    for match in _MONTH_DAY.finditer(text):
        month, day_str, year = match.group(1), match.group(2), match.group(3)
        _add(found, match.start(), month, day_str, year, published)
    for match in _DAY_MONTH.finditer(text):
        day_str, month, year = match.group(1), match.group(2), match.group(3)
        _add(found, match.start(), month, day_str, year, published)
    for match in [*_RELATIVE.finditer(text), *_DAYS_AGO.finditer(text)]:
        resolved = resolve_relative(match.group(0), published)
        if resolved:
            found.append((match.start(), resolved))
    return [day for _, day in sorted(found)]


def _add(
    found: list[tuple[int, dt.date]],
    start: int,
    month: str,
    day_str: str,
    year: str | None,
    published: dt.date | None,
) -> None:
    month_no = _MONTHS[month.casefold()]
    day_no = int(day_str)
    if year:
        day = _safe_date(int(year), month_no, day_no)
    elif published:
        # The year that puts the date nearest publication ("Dec. 30" in a 2 January article).
        options = [_safe_date(published.year + d, month_no, day_no) for d in (-1, 0, 1)]
        valid = [o for o in options if o]
        day = min(valid, key=lambda o: abs((o - published).days)) if valid else None
    else:
        day = None
    if day:
        found.append((start, day))


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
